/**
 * What every read-back test starts from: the stack applied, the validated
 * configuration it was built from, and clients pointed at the emulator.
 */
import { GetBucketEncryptionCommand } from '@aws-sdk/client-s3';
import { loadEnvironments } from '../../../config/load';
import { EnvironmentConfig, EnvironmentName } from '../../../config/types';
import { PolicyContext, usesKms } from '../../../policies/context';
import { EmulatorClients, emulatorClients } from '../clients';
import { DeployedStacks } from '../deployed-stacks';

export interface AppliedEnvironment {
  readonly config: EnvironmentConfig;
  readonly clients: EmulatorClients;
}

/** The configuration of one environment, for deciding which tests it gets. */
export function environmentConfig(name: EnvironmentName): EnvironmentConfig {
  return loadEnvironments([name])[0];
}

/** Waits for the stack; a stack that failed to apply fails the calling test. */
export async function appliedEnvironment(
  stacks: DeployedStacks,
  name: EnvironmentName,
): Promise<AppliedEnvironment> {
  await stacks.applied(name);
  return { config: environmentConfig(name), clients: emulatorClients() };
}

/**
 * The context the generators need. In SSE-KMS mode the key's ARN is the
 * one value configuration cannot give: Terraform learns it on apply, so
 * it is taken from the certificate bucket's default encryption.
 */
export async function appliedPolicyContext(applied: AppliedEnvironment): Promise<PolicyContext> {
  const { config, clients } = applied;
  if (!usesKms({ config })) return { config };

  const encryption = await clients.s3.send(
    new GetBucketEncryptionCommand({ Bucket: config.certificateBucketName }),
  );
  const rule = encryption.ServerSideEncryptionConfiguration?.Rules?.[0];
  return { config, kmsKeyArn: rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID };
}
