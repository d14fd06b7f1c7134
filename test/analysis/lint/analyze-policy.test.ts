import { analyzePolicy } from '../../../analysis/lint/analyze-policy';
import { IamCatalog, loadIamCatalog } from '../../../analysis/lint/catalog';
import { bucketPolicy, certificateReads, identityPolicy } from './fixtures';

describe('analyzePolicy', () => {
  let catalog: IamCatalog;

  beforeAll(async () => {
    catalog = await loadIamCatalog();
  });

  it('given a Sid with a dash, then grammar and lint both report it, grammar first', () => {
    const policy = identityPolicy(certificateReads({ Sid: 'Allow-Reads' }));

    const findings = analyzePolicy(policy, { target: 'inline-role-policy', catalog });

    expect(findings.map(({ rule, statement }) => [rule, statement])).toEqual([
      ['grammar/sid-format', 'Allow-Reads'],
      ['sid-not-alphanumeric', 'Allow-Reads'],
    ]);
  });

  it('given a Principal in an identity policy, then the grammar reports it', () => {
    const policy = identityPolicy(certificateReads({ Principal: { AWS: '123456789012' } }));

    const findings = analyzePolicy(policy, { target: 'inline-role-policy', catalog });

    expect(findings.map(({ rule }) => rule)).toEqual(['grammar/principal-forbidden']);
  });

  it('given a bucket policy statement without Principal, then the grammar reports it', () => {
    const policy = bucketPolicy(certificateReads({ Effect: 'Deny' }));

    const findings = analyzePolicy(policy, { target: 'bucket-policy', catalog });

    expect(findings.map(({ rule }) => rule)).toEqual(['grammar/principal-required']);
  });

  it('given a document that is not an object, then lint adds nothing to the grammar', () => {
    const policy = { name: 'broken', kind: 'identity' as const, document: 42 };

    const findings = analyzePolicy(policy, { target: 'managed-policy', catalog });

    expect(findings.map(({ rule }) => rule)).toEqual(['grammar/document-shape']);
  });
});
