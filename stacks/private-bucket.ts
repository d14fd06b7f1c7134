/**
 * A bucket nobody outside the account can reach: all four public-access
 * block settings, ACLs off, default encryption and a lifecycle. Both the
 * certificate bucket and the log bucket start from here.
 */
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import {
  S3BucketLifecycleConfiguration,
} from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import {
  S3BucketServerSideEncryptionConfigurationA,
} from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { Construct } from 'constructs';
import { LifecycleRule, TRANSITION_MINIMUM_OBJECT_SIZE } from '../lifecycle/storage-class';

/** Default encryption: SSE-S3, or SSE-KMS with a customer-managed key. */
export type BucketEncryption =
  | { readonly mode: 'SSE-S3' }
  | { readonly mode: 'SSE-KMS'; readonly kmsKeyArn: string };

export interface PrivateBucketProps {
  /** Prefix of every Terraform resource name, e.g. `certificate`. */
  readonly id: string;
  readonly bucketName: string;
  readonly encryption: BucketEncryption;
  readonly lifecycleRules: readonly LifecycleRule[];
}

export interface PrivateBucket {
  readonly bucket: S3Bucket;
  /** The public-access block; policies are attached after it exists. */
  readonly publicAccessBlock: S3BucketPublicAccessBlock;
}

function encryptionRule(encryption: BucketEncryption) {
  if (encryption.mode === 'SSE-S3') {
    return { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } };
  }
  return {
    applyServerSideEncryptionByDefault: {
      sseAlgorithm: 'aws:kms',
      kmsMasterKeyId: encryption.kmsKeyArn,
    },
    bucketKeyEnabled: true,
  };
}

export function addPrivateBucket(scope: Construct, props: PrivateBucketProps): PrivateBucket {
  const { id } = props;
  const bucket = new S3Bucket(scope, `${id}_bucket`, { bucket: props.bucketName });

  const publicAccessBlock = new S3BucketPublicAccessBlock(scope, `${id}_public_access_block`, {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });

  new S3BucketOwnershipControls(scope, `${id}_ownership`, {
    bucket: bucket.id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });

  new S3BucketServerSideEncryptionConfigurationA(scope, `${id}_encryption`, {
    bucket: bucket.id,
    rule: [encryptionRule(props.encryption)],
  });

  new S3BucketLifecycleConfiguration(scope, `${id}_lifecycle`, {
    bucket: bucket.id,
    transitionDefaultMinimumObjectSize: TRANSITION_MINIMUM_OBJECT_SIZE,
    rule: [...props.lifecycleRules],
  });

  return { bucket, publicAccessBlock };
}
