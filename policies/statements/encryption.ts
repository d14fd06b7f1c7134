/**
 * Upload guards: a PutObject must ask for the configured encryption.
 * The same statements serve the bucket policy (with a Principal) and
 * the writers' identity policies (without one), so a bucket policy
 * edit alone cannot open unencrypted writes.
 *
 * Known shortcoming: UploadPart carries no encryption header, so these
 * denies refuse multipart uploads. Certificates are about 1 MB and are
 * sent in one PutObject; revisit if large objects ever arrive.
 */
import { PolicyContext, requireKmsKeyArn, usesKms } from '../context';
import { Principal, Statement } from '../types';

const SSE_HEADER = 's3:x-amz-server-side-encryption';
const KMS_KEY_HEADER = 's3:x-amz-server-side-encryption-aws-kms-key-id';

interface UploadGuardProps {
  readonly context: PolicyContext;
  /** Object ARNs the guard covers. */
  readonly resources: readonly string[];
  /** `'*'` in a bucket policy; omitted in an identity policy. */
  readonly principal?: Principal;
}

function guard(props: UploadGuardProps, sid: string, condition: Statement['Condition']) {
  const statement: Statement = {
    Sid: sid,
    Effect: 'Deny',
    ...(props.principal === undefined ? {} : { Principal: props.principal }),
    Action: ['s3:PutObject'],
    Resource: props.resources,
    Condition: condition,
  };
  return statement;
}

/**
 * A PutObject that names another algorithm than the configured one, or
 * none: IAM's StringNotEquals also matches when the header is missing,
 * so a separate Null check would add nothing a request could observe.
 */
export function denyUploadsWithOtherEncryption(props: UploadGuardProps): Statement {
  const algorithm = usesKms(props.context) ? 'aws:kms' : 'AES256';
  return guard(props, 'DenyUploadsWithOtherEncryption', {
    StringNotEquals: { [SSE_HEADER]: algorithm },
  });
}

/** In SSE-KMS mode, a PutObject must name our key, not another or none. */
export function denyUploadsWithOtherKmsKey(props: UploadGuardProps): Statement {
  return guard(props, 'DenyUploadsWithOtherKmsKey', {
    StringNotEquals: { [KMS_KEY_HEADER]: requireKmsKeyArn(props.context) },
  });
}

/** Every upload guard the configured encryption mode needs. */
export function uploadGuards(props: UploadGuardProps): Statement[] {
  const algorithm = denyUploadsWithOtherEncryption(props);
  return usesKms(props.context) ? [algorithm, denyUploadsWithOtherKmsKey(props)] : [algorithm];
}
