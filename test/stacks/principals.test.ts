import { accessPolicy } from '../../policies/documents';
import { renderPolicy } from '../../policies/render';
import { resourceOf, resourcesOf, shippedConfig, synthesizeStacks } from '../support/synthesized';

describe('IAM principals', () => {
  const staging = shippedConfig('staging');
  const production = shippedConfig('production');
  const synthesized = synthesizeStacks([staging, production]);
  const { stacks } = synthesized;


  it('gives staging an app user and no stored access key', () => {
    const user = resourceOf(stacks.staging, 'aws_iam_user', 'app_user');

    expect(user.name).toBe('deltacrown-certs-staging-app');
    expect(resourcesOf(stacks.staging, 'aws_iam_access_key')).toEqual({});
  });

  it('gives production an app role that only EC2 may assume, with an instance profile', () => {
    const role = resourceOf(stacks.production, 'aws_iam_role', 'app_role');
    const profile = resourceOf(stacks.production, 'aws_iam_instance_profile', 'app_instance_profile');

    expect(role.name).toBe('deltacrown-certs-production-app');
    expect(JSON.parse(role.assume_role_policy as string).Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'ec2.amazonaws.com' } }),
    ]);
    expect(profile).toMatchObject({ role: '${aws_iam_role.app_role.name}' });
    expect(resourcesOf(stacks.production, 'aws_iam_user')).toEqual({});
  });

  it('creates the key-rotation operator in staging only, assumable with MFA', () => {
    const operator = resourceOf(stacks.staging, 'aws_iam_role', 'key_rotation_role');
    const trust = JSON.parse(operator.assume_role_policy as string);

    expect(operator.name).toBe('deltacrown-certs-staging-key-rotation');
    expect(trust.Statement[0].Condition).toEqual({
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    });
    expect(resourcesOf(stacks.production, 'aws_iam_role').key_rotation_role).toBeUndefined();
  });

  it.each(['backfill', 'checker', 'ci-deployer'])('names the %s role per environment', (role) => {
    const id = `${role.replace('-', '_')}_role`;

    expect(resourceOf(stacks.staging, 'aws_iam_role', id).name).toBe(
      `deltacrown-certs-staging-${role}`,
    );
    expect(resourceOf(stacks.production, 'aws_iam_role', id).name).toBe(
      `deltacrown-certs-production-${role}`,
    );
  });

  it('attaches to every principal exactly its generated policy', () => {
    const roles = ['app', 'backfill', 'checker', 'ci-deployer'] as const;

    for (const role of roles) {
      const id = `${role.replace('-', '_')}_policy`;
      const expected = renderPolicy(accessPolicy({ config: production }, role).document);

      expect(resourceOf(stacks.production, 'aws_iam_role_policy', id).policy).toBe(expected);
    }
    expect(resourceOf(stacks.staging, 'aws_iam_user_policy', 'app_policy').policy).toBe(
      renderPolicy(accessPolicy({ config: staging }, 'app').document),
    );
  });
});
