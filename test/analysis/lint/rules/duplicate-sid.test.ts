import { certificateReads, identityPolicy, lintWithCatalog } from '../fixtures';

describe('the duplicate-sid rule', () => {
  const lint = lintWithCatalog();

  it('given two statements with one Sid, then the second is reported by position', () => {
    const policy = identityPolicy(
      certificateReads(),
      certificateReads({ Action: ['s3:PutObject'] }),
    );

    expect(lint(policy)).toEqual([
      {
        rule: 'duplicate-sid',
        document: 'test-access',
        statement: 'Statement[1]',
        message: 'test-access, statement Statement[1]: Sid "AllowCertificateReads" of ' +
          'Statement[1] is already used by Statement[0]. Fix: give each statement its own Sid.',
        fix: 'give each statement its own Sid',
      },
    ]);
  });

  it('given two statements with their own Sids, then nothing is reported', () => {
    const policy = identityPolicy(
      certificateReads(),
      certificateReads({ Sid: 'AllowCertificateWrites', Action: ['s3:PutObject'] }),
    );

    expect(lint(policy)).toEqual([]);
  });
});
