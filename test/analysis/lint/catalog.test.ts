import { actionsMatched } from '../../../analysis/lint/action-expansion';
import { loadIamCatalog } from '../../../analysis/lint/catalog';

describe('loadIamCatalog', () => {
  it('given a subset of services, then their actions and ARN formats are known', async () => {
    const catalog = await loadIamCatalog({ services: ['s3'] });
    const [getObject] = actionsMatched(catalog, 's3:GetObject');

    expect(getObject.accessLevel).toBe('Read');
    expect(getObject.resourceTypes).toContainEqual({
      name: 'object',
      arnFormat: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
    });
    expect(getObject.supportsConditionKey('s3:signatureAge')).toBe(true);
    expect(getObject.supportsConditionKey('s3:x-amz-server-side-encryption')).toBe(false);
  });

  it('given a subset of services, then a known service left out fails loudly', async () => {
    const catalog = await loadIamCatalog({ services: ['s3'] });

    expect(catalog.hasService('kms')).toBe(true);
    expect(() => catalog.actionsOf('kms')).toThrow(
      'the IAM catalog was loaded without service "kms"; call loadIamCatalog() without ' +
        'services, or name this one too',
    );
  });

  it('given global condition keys, then they are known with or without a tag', async () => {
    const catalog = await loadIamCatalog({ services: [] });

    expect(catalog.isGlobalConditionKey('aws:SecureTransport')).toBe(true);
    expect(catalog.isGlobalConditionKey('aws:PrincipalTag/team')).toBe(true);
    expect(catalog.isGlobalConditionKey('s3:prefix')).toBe(false);
  });

  it('given no options, then every service loads once and is shared', async () => {
    const first = loadIamCatalog();

    expect(loadIamCatalog()).toBe(first);
    expect(actionsMatched(await first, 'sts:AssumeRole')).toHaveLength(1);
  });
});
