/**
 * How a scenario's request is made, in the words of the scenario tables.
 * Everything left out is a well-behaved request: TLS 1.3, signed a
 * second ago in the Authorization header, and for an upload exactly the
 * encryption headers the configured mode asks for.
 */

export type Transport = 'TLS 1.3' | 'TLS 1.2' | 'TLS 1.1' | 'TLS 1.0' | 'plain HTTP';

/** The encryption headers a PutObject sends. */
export type UploadEncryption =
  | 'no encryption header'
  | 'AES256'
  | 'aws:kms with the certificate key'
  | 'aws:kms without a key id'
  | 'aws:kms with another key'
  | 'aws:kms:dsse with the certificate key';

/** Who calls KMS: S3 on the caller's behalf, or the caller itself. */
export type KmsPath = 'through S3' | 'directly' | 'through S3 in another region' | 'through SSM';

/** The AWS resource a service acts for (`aws:SourceArn`, `aws:SourceAccount`). */
export interface ServiceSource {
  readonly arn: string;
  readonly account: string;
  readonly label: string;
}

export interface RequestOptions {
  /** Default TLS 1.3. */
  readonly transport?: Transport;
  /** PutObject only. Default: what the configured encryption mode asks for. */
  readonly upload?: UploadEncryption;
  /** Age in seconds of a presigned link's signature; default a fresh header signature. */
  readonly linkAgeSeconds?: number;
  /** ListBucket only: the prefix listed. Default `""`, the whole bucket. */
  readonly prefix?: string;
  /** KMS only. Default `directly`. */
  readonly kms?: KmsPath;
  /** Overrides whether the caller's session was signed in with MFA. */
  readonly mfa?: boolean;
  /** Services only: the resource the service acts for. */
  readonly source?: ServiceSource;
  /** PutObject only: the canned ACL header, which CloudTrail sends. */
  readonly acl?: string;
  /** Tagging and creating calls only: the tags set (or, to untag, removed). */
  readonly tags?: Readonly<Record<string, string>>;
}

/** The parts of a request that differ from a well-behaved one, in words. */
export function optionsLabel(action: string, options: RequestOptions): string {
  const parts: string[] = [];

  if (options.transport !== undefined) parts.push(`over ${options.transport}`);
  if (action === 's3:PutObject') {
    parts.push(`with ${options.upload ?? 'the configured encryption'}`);
  }
  if (options.linkAgeSeconds !== undefined) {
    parts.push(`by a link signed ${options.linkAgeSeconds} s ago`);
  }
  if (options.prefix !== undefined || isListing(action)) {
    const prefix = options.prefix ?? '';
    parts.push(prefix === '' ? 'listing the whole bucket' : `listing "${prefix}"`);
  }
  if (options.kms !== undefined) parts.push(options.kms);
  if (options.mfa !== undefined) parts.push(options.mfa ? 'with MFA' : 'without MFA');
  if (options.source !== undefined) parts.push(`for ${options.source.label}`);
  if (options.acl !== undefined) parts.push(`with ACL ${options.acl}`);
  if (options.tags !== undefined) parts.push(`tags ${Object.keys(options.tags).join(' ')}`);

  return parts.join(', ');
}

export function isListing(action: string): boolean {
  return action === 's3:ListBucket' || action === 's3:ListBucketVersions';
}
