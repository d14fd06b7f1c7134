import { conditionKeyMatcher } from '../../../analysis/lint/condition-key-matcher';

describe('conditionKeyMatcher', () => {
  it.each([
    ['s3:prefix', 's3:prefix'],
    ['s3:prefix', 'S3:Prefix'],
    ['aws:ResourceTag/${TagKey}', 'aws:ResourceTag/team'],
    ['s3:ExistingObjectTag/<key>', 's3:ExistingObjectTag/kind'],
    ['aws:PrincipalTag/tag-key', 'aws:PrincipalTag/team'],
    ['kms:EncryptionContext:${EncryptionContextKey}', 'kms:EncryptionContext:aws:s3:arn'],
  ])('given the catalog key %s, then %s matches', (template, key) => {
    expect(conditionKeyMatcher(template)(key)).toBe(true);
  });

  it.each([
    ['s3:prefix', 's3:prefixes'],
    ['aws:ResourceTag/${TagKey}', 'aws:ResourceTag/'],
    ['aws:PrincipalTag/tag-key', 'aws:PrincipalTags/team'],
    ['s3:x-amz-acl', 's3:x-amz-aclx'],
  ])('given the catalog key %s, then %s does not match', (template, key) => {
    expect(conditionKeyMatcher(template)(key)).toBe(false);
  });
});
