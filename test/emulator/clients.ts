/**
 * AWS SDK clients pointed at the emulator, for tests that read back what
 * Terraform applied.
 */
import { BudgetsClient } from '@aws-sdk/client-budgets';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { EMULATOR_CREDENTIALS, EMULATOR_REGION, emulatorSettings } from './settings';

export interface EmulatorClients {
  readonly budgets: BudgetsClient;
  readonly cloudtrail: CloudTrailClient;
  readonly cloudwatch: CloudWatchClient;
  readonly iam: IAMClient;
  readonly kms: KMSClient;
  readonly s3: S3Client;
  readonly sns: SNSClient;
  readonly ssm: SSMClient;
  readonly sts: STSClient;
}

/** The settings every client shares. */
export function clientConfig(endpoint: string) {
  return {
    endpoint,
    region: EMULATOR_REGION,
    credentials: { ...EMULATOR_CREDENTIALS },
    // Tests should see an emulator error at once, not after retries.
    maxAttempts: 1,
  };
}

export function emulatorClients(endpoint: string = emulatorSettings().endpoint): EmulatorClients {
  const config = clientConfig(endpoint);
  return {
    budgets: new BudgetsClient(config),
    cloudtrail: new CloudTrailClient(config),
    cloudwatch: new CloudWatchClient(config),
    iam: new IAMClient(config),
    kms: new KMSClient(config),
    // Path-style URLs: <bucket>.127.0.0.1 does not resolve.
    s3: new S3Client({ ...config, forcePathStyle: true }),
    sns: new SNSClient(config),
    ssm: new SSMClient(config),
    sts: new STSClient(config),
  };
}
