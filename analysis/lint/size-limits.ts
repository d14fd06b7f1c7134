/**
 * How large AWS lets a document be where it is attached, and how AWS
 * measures it.
 *
 * IAM does not count whitespace, so IAM documents (inline, managed and
 * trust policies) are measured as their characters without any
 * whitespace. S3 and KMS limit the bytes they receive; Terraform sends
 * the compact JSON our renderer writes, so bucket and key policies are
 * measured as the UTF-8 bytes of compact JSON.
 *
 * Known shortcoming: AWS limits a user's or role's inline policies
 * together; each principal here has one inline policy, so the limit is
 * checked per document. The trust limit is AWS's default quota, which
 * an account may raise to 4,096.
 */
import { PolicyTarget } from '../grammar/policy-input';

export interface SizeLimit {
  readonly limit: number;
  readonly unit: 'characters' | 'bytes';
  /** The target, for messages: `an inline user policy`. */
  readonly description: string;
}

export const SIZE_LIMITS: Readonly<Record<PolicyTarget, SizeLimit>> = {
  'inline-user-policy': { limit: 2048, unit: 'characters', description: 'an inline user policy' },
  'inline-role-policy': {
    limit: 10240,
    unit: 'characters',
    description: 'an inline role policy',
  },
  'managed-policy': { limit: 6144, unit: 'characters', description: 'a managed policy' },
  'trust-policy': { limit: 2048, unit: 'characters', description: 'a trust policy' },
  'bucket-policy': { limit: 20 * 1024, unit: 'bytes', description: 'a bucket policy' },
  'kms-key-policy': { limit: 32 * 1024, unit: 'bytes', description: 'a KMS key policy' },
};

/** How AWS counts each unit, for messages. */
export const MEASURES: Readonly<Record<SizeLimit['unit'], string>> = {
  characters: 'whitespace excluded',
  bytes: 'as compact JSON',
};

/** The document's size as AWS counts it for `target`. */
export function documentSize(document: unknown, target: PolicyTarget): number {
  const compact = JSON.stringify(document) ?? '';
  if (SIZE_LIMITS[target].unit === 'bytes') return Buffer.byteLength(compact, 'utf8');
  return compact.replace(/\s/g, '').length;
}
