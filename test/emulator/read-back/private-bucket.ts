/**
 * What both buckets share, read back from the emulator: default
 * encryption, all four public-access blocks, ACLs off, the generated
 * lifecycle rules and the generated bucket policy.
 */
import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  ServerSideEncryptionRule,
} from '@aws-sdk/client-s3';
import { EncryptionMode, EnvironmentConfig } from '../../../config/types';
import { LifecycleRule, TRANSITION_MINIMUM_OBJECT_SIZE } from '../../../lifecycle/storage-class';
import { PolicyContext } from '../../../policies/context';
import { PolicyDocument } from '../../../policies/types';
import { AppliedEnvironment, appliedPolicyContext } from './applied-environment';
import { comparableLifecycle, s3LifecycleRule } from './lifecycle-json';
import { comparablePolicy, parsePolicy, policyJson } from './policy-json';

export interface PrivateBucketExpectations {
  /** The test's environment, once its stack is applied. */
  readonly applied: () => Promise<AppliedEnvironment>;
  readonly bucketName: (config: EnvironmentConfig) => string;
  /** The default-encryption rule S3 should report. */
  readonly encryption: (context: PolicyContext) => ServerSideEncryptionRule;
  readonly lifecycleRules: (config: EnvironmentConfig) => readonly LifecycleRule[];
  readonly policy: (context: PolicyContext) => PolicyDocument;
}

/** SSE-S3 reports AES256 without a bucket key; SSE-KMS names the key and uses one. */
export function encryptionRule(
  mode: EncryptionMode,
  kmsKeyArn?: string,
): ServerSideEncryptionRule {
  if (mode === 'SSE-S3') {
    return {
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
      BucketKeyEnabled: false,
    };
  }
  return {
    ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKeyArn },
    BucketKeyEnabled: true,
  };
}

/** Defines the shared tests inside the caller's describe block. */
export function itIsPrivate(expected: PrivateBucketExpectations): void {
  const target = async () => {
    const applied = await expected.applied();
    return { applied, s3: applied.clients.s3, Bucket: expected.bucketName(applied.config) };
  };

  it('encrypts new objects by default as configured', async () => {
    const { applied, s3, Bucket } = await target();
    const rule = expected.encryption(await appliedPolicyContext(applied));

    const read = await s3.send(new GetBucketEncryptionCommand({ Bucket }));

    expect(read.ServerSideEncryptionConfiguration?.Rules).toEqual([rule]);
  });

  it('blocks every kind of public access', async () => {
    const { s3, Bucket } = await target();

    const read = await s3.send(new GetPublicAccessBlockCommand({ Bucket }));

    expect(read.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('turns ACLs off, so the bucket owner owns every object', async () => {
    const { s3, Bucket } = await target();

    const read = await s3.send(new GetBucketOwnershipControlsCommand({ Bucket }));

    expect(read.OwnershipControls?.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
  });

  it('holds every field of the generated lifecycle rules', async () => {
    const { applied, s3, Bucket } = await target();
    const rules = expected.lifecycleRules(applied.config).map(s3LifecycleRule);

    const read = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));

    expect(comparableLifecycle(read.Rules ?? [])).toEqual(comparableLifecycle(rules));
    expect(read.TransitionDefaultMinimumObjectSize).toBe(TRANSITION_MINIMUM_OBJECT_SIZE);
  });

  it('holds the generated bucket policy', async () => {
    const { applied, s3, Bucket } = await target();
    const generated = policyJson(expected.policy(await appliedPolicyContext(applied)));

    const read = await s3.send(new GetBucketPolicyCommand({ Bucket }));

    expect(comparablePolicy(parsePolicy(read.Policy))).toEqual(comparablePolicy(generated));
  });
}
