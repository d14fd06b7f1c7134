import { certificateReads, identityPolicy, lintWithCatalog } from '../fixtures';

describe('the sid-not-alphanumeric rule', () => {
  const lint = lintWithCatalog();

  it('given a Sid with dashes, then it is reported with a letters-only name', () => {
    const policy = identityPolicy(certificateReads({ Sid: 'Allow-Certificate-Reads' }));

    expect(lint(policy)).toEqual([
      {
        rule: 'sid-not-alphanumeric',
        document: 'test-access',
        statement: 'Allow-Certificate-Reads',
        message: 'test-access, statement Allow-Certificate-Reads: Sid ' +
          '"Allow-Certificate-Reads" has characters other than letters and digits. ' +
          'Fix: rename it to "AllowCertificateReads" or another letters-and-digits name.',
        fix: 'rename it to "AllowCertificateReads" or another letters-and-digits name',
      },
    ]);
  });

  it('given statements without a Sid, then nothing is reported', () => {
    const { Sid: _sid, ...withoutSid } = certificateReads();

    expect(lint(identityPolicy(withoutSid))).toEqual([]);
  });
});
