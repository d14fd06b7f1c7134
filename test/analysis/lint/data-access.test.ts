import { actionsMatched } from '../../../analysis/lint/action-expansion';
import { IamCatalog, loadIamCatalog } from '../../../analysis/lint/catalog';
import { isDataAccess } from '../../../analysis/lint/data-access';

describe('isDataAccess', () => {
  let catalog: IamCatalog;

  beforeAll(async () => {
    catalog = await loadIamCatalog({ services: ['s3', 'kms', 'ssm', 'secretsmanager'] });
  });

  const accesses = (action: string) => actionsMatched(catalog, action).every(isDataAccess);

  it.each([
    's3:GetObject',
    's3:PutObject',
    's3:DeleteObject',
    's3:PutObjectAcl',
    'kms:Decrypt',
    'kms:GenerateDataKeyWithoutPlaintext',
    'ssm:GetParameter',
    'secretsmanager:GetSecretValue',
  ])('given %s, then it is data access', (action) => {
    expect(accesses(action)).toBe(true);
  });

  it.each(['s3:ListBucket', 's3:GetBucketPolicy', 'kms:DescribeKey', 'kms:CreateKey'])(
    'given %s, then it is not data access',
    (action) => {
      expect(accesses(action)).toBe(false);
    },
  );
});
