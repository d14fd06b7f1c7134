/**
 * Remote state per environment in S3, encrypted, with Terraform's native
 * lock file next to the state object (no DynamoDB table to manage).
 */
import { S3Backend, TerraformStack } from 'cdktf';
import { EnvironmentConfig } from '../config/types';

export function addStateBackend(stack: TerraformStack, config: EnvironmentConfig): void {
  const { bucket, key, region } = config.stateBackend;

  new S3Backend(stack, { bucket, key, region, encrypt: true });

  stack.addOverride('terraform.backend.s3.use_lockfile', true);
}
