/**
 * The emulator override: what it replaces in a synthesized stack and what
 * it leaves alone.
 */
import { StackJson } from '../../scripts/terraform';
import { emulatorOverride, emulatorProviderEnv } from './override';

const ENDPOINT = 'http://127.0.0.1:4566';

const stack: StackJson = {
  terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } },
  provider: {
    aws: [
      { region: 'us-east-1', allowed_account_ids: ['123456789012'] },
      { region: 'eu-west-1', alias: 'replica' },
    ],
  },
  resource: {
    aws_s3_bucket: { certificate_bucket: { bucket: 'c' }, log_bucket: { bucket: 'l' } },
    aws_iam_user: { app_user: { name: 'app' } },
  },
};

describe('the emulator override', () => {
  it('replaces the S3 backend with local state in the work folder', () => {
    const override = emulatorOverride(stack, ENDPOINT);

    expect(override.terraform).toEqual({ backend: { local: { path: 'terraform.tfstate' } } });
  });

  it('overrides every aws provider configuration, keeping each alias', () => {
    const { provider } = emulatorOverride(stack, ENDPOINT) as { provider: { aws: object[] } };

    expect(provider.aws).toHaveLength(2);
    expect(provider.aws[1]).toMatchObject({ alias: 'replica' });
    expect(provider.aws[0]).not.toHaveProperty('alias');
  });

  it('leaves region, allowed accounts and tags to the stack', () => {
    const { provider } = emulatorOverride(stack, ENDPOINT) as { provider: { aws: object[] } };

    for (const config of provider.aws) {
      expect(config).not.toHaveProperty('region');
      expect(config).not.toHaveProperty('allowed_account_ids');
      expect(config).not.toHaveProperty('default_tags');
    }
  });

  it('uses path-style S3 and still asks the emulator for the account', () => {
    const { provider } = emulatorOverride(stack, ENDPOINT) as { provider: { aws: object[] } };

    expect(provider.aws[0]).toMatchObject({
      s3_use_path_style: true,
      skip_credentials_validation: true,
      skip_metadata_api_check: true,
      skip_requesting_account_id: false,
    });
  });

  it('lets destroy empty every bucket and touches no other resource', () => {
    const override = emulatorOverride(stack, ENDPOINT);

    expect(override.resource).toEqual({
      aws_s3_bucket: {
        certificate_bucket: { force_destroy: true },
        log_bucket: { force_destroy: true },
      },
    });
  });

  it('sends every AWS service to the emulator through the provider environment', () => {
    expect(emulatorProviderEnv(ENDPOINT)).toEqual({ AWS_ENDPOINT_URL: ENDPOINT });
  });
});
