import { deployedPolicies } from '../../../analysis/lint/deployed-policies';
import { loadEnvironments } from '../../../config/load';
import { KEY_ARN } from './fixtures';

function targets(name: string) {
  const [config] = loadEnvironments([name]);
  const context = { config: { ...config, encryption: 'SSE-KMS' as const }, kmsKeyArn: KEY_ARN };
  return deployedPolicies(context).map(({ policy, target }) => [policy.name, target]);
}

describe('deployedPolicies', () => {
  it('given staging, then the app policy is an inline user policy', () => {
    expect(targets('staging')).toEqual([
      ['certificate-bucket', 'bucket-policy'],
      ['log-bucket', 'bucket-policy'],
      ['kms-key', 'kms-key-policy'],
      ['app-access', 'inline-user-policy'],
      ['backfill-access', 'inline-role-policy'],
      ['checker-access', 'inline-role-policy'],
      ['key-rotation', 'inline-role-policy'],
      ['ci-deployer-access', 'inline-role-policy'],
      ['backfill-trust', 'trust-policy'],
      ['checker-trust', 'trust-policy'],
      ['key-rotation-trust', 'trust-policy'],
      ['ci-deployer-trust', 'trust-policy'],
    ]);
  });

  it('given production, then the app is a role with a trust policy', () => {
    expect(targets('production')).toEqual(
      expect.arrayContaining([
        ['app-access', 'inline-role-policy'],
        ['app-trust', 'trust-policy'],
      ]),
    );
  });
});
