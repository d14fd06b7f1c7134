import { resourcesOf, shippedConfig, synthesizeStacks } from '../support/synthesized';

describe('environment stacks', () => {
  const configs = [shippedConfig('staging'), shippedConfig('production')];
  const synthesized = synthesizeStacks(configs);
  const { stacks } = synthesized;


  it.each(['staging', 'production'])('%s matches its committed snapshot', (name) => {
    expect(JSON.parse(synthesized.raw[name])).toMatchSnapshot();
  });

  it('writes byte-identical JSON when synthesized again', () => {
    const again = synthesizeStacks(configs);

    expect(again.raw).toEqual(synthesized.raw);
  });

  it('pins the AWS provider to 5.100.0 from hashicorp', () => {
    expect(stacks.staging.terraform.required_providers).toEqual({
      aws: { source: 'hashicorp/aws', version: '5.100.0' },
    });
  });

  it('refuses to apply to any account but the configured one', () => {
    expect(stacks.production.provider.aws).toEqual([
      expect.objectContaining({ allowed_account_ids: ['123456789012'], region: 'us-east-1' }),
    ]);
  });

  it('keeps each environment state in its own S3 key with a lock file', () => {
    expect(stacks.staging.terraform.backend).toEqual({
      s3: {
        bucket: 'deltacrown-terraform-state',
        key: 'certificates/staging.tfstate',
        region: 'us-east-1',
        encrypt: true,
        use_lockfile: true,
      },
    });
    expect(stacks.production.terraform.backend).toMatchObject({
      s3: { key: 'certificates/production.tfstate' },
    });
  });

  it('stores no secret-bearing resource in state', () => {
    for (const stack of Object.values(stacks)) {
      expect(resourcesOf(stack, 'aws_iam_access_key')).toEqual({});
      expect(resourcesOf(stack, 'aws_ssm_parameter')).toEqual({});
    }
  });
});
