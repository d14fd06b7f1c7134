/**
 * Data access for the certificate principals, always scoped to key
 * prefixes so that no grant covers the whole bucket by accident.
 */
import { Statement } from '../types';

/** S3 object actions the principals of this project may be granted. */
export type ObjectAction = 's3:GetObject' | 's3:PutObject' | 's3:DeleteObject';

export function allowObjectActions(
  sid: string,
  actions: readonly ObjectAction[],
  objectArns: readonly string[],
): Statement {
  return { Sid: sid, Effect: 'Allow', Action: actions, Resource: objectArns };
}

/** Listing is allowed only when the request names one of the prefixes. */
export function allowPrefixListing(
  sid: string,
  bucketArn: string,
  prefixes: readonly string[],
): Statement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Action: ['s3:ListBucket'],
    Resource: [bucketArn],
    Condition: { StringLike: { 's3:prefix': prefixes.map((prefix) => `${prefix}*`) } },
  };
}
