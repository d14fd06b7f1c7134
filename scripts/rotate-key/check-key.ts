/**
 * Proves that an app key works before the app depends on it: two requests
 * signed with the key itself.
 *
 * 1. sts:GetCallerIdentity must name the app user: the key authenticates
 *    and belongs to the right principal (this call needs no permission).
 * 2. s3:DeleteObject on a fixed probe object under the certificate prefix,
 *    a request the app's policy allows. S3 checks the signature first, so
 *    a forged or unknown key fails with 403 InvalidAccessKeyId, a key
 *    without the app's permission with 403 AccessDenied, and an allowed key
 *    gets 204. Deleting an absent object changes nothing that matters: in
 *    the versioned bucket it adds a delete marker on the probe key, which
 *    the noncurrent-version expiry removes. GetObject or HeadObject would
 *    not do: without s3:ListBucket they answer 403 for any absent object.
 *    Where the bucket does not exist (an emulator without the stacks) S3
 *    answers 404 NoSuchBucket after checking the signature; the check then
 *    proves authentication only, and says so.
 *
 * A brand-new key can take seconds to be accepted everywhere in AWS, so an
 * unknown-key answer is retried a few times before the check fails.
 */
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { AwsClientProps, keyCheckClients, StaticCredentials } from './clients';
import { VerificationError } from './errors';

export interface KeyCheckProps {
  /** Region, endpoint and observers; the credentials are the key under test. */
  readonly client: Omit<AwsClientProps, 'credentials'>;
  /** ARN of the app user the key must belong to. */
  readonly expectedArn: string;
  readonly bucket: string;
  /** Object key of the probe, under the certificate prefix. */
  readonly probeKey: string;
  /** Tries while AWS does not know a new key yet. Default 8. */
  readonly attempts?: number;
  /** Wait between tries, in milliseconds. Default 5,000. */
  readonly retryDelayMs?: number;
  /** Default a real timer; tests pass one that returns at once. */
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

export interface KeyCheckResult {
  /** The ARN STS reported for the key. */
  readonly arn: string;
  /** `allowed`: S3 accepted the request; `bucket-missing`: authentication only. */
  readonly s3: 'allowed' | 'bucket-missing';
}

/** Answers that mean "AWS does not know this key yet" rather than "no". */
const NOT_YET_KNOWN = new Set(['InvalidClientTokenId', 'InvalidAccessKeyId']);

const DEFAULT_ATTEMPTS = 8;
const DEFAULT_RETRY_DELAY_MS = 5000;

export async function checkKey(
  key: StaticCredentials,
  props: KeyCheckProps,
): Promise<KeyCheckResult> {
  const { sts, s3 } = keyCheckClients({ ...props.client, credentials: key });

  const identity = await retryWhileUnknown(props, 'sts:GetCallerIdentity', () =>
    sts.send(new GetCallerIdentityCommand({})),
  );
  if (identity.Arn !== props.expectedArn) {
    throw new VerificationError(
      'sts:GetCallerIdentity',
      `the key belongs to ${identity.Arn ?? 'nobody'}, not to ${props.expectedArn}`,
    );
  }

  const probe = `s3://${props.bucket}/${props.probeKey}`;
  try {
    await retryWhileUnknown(props, 's3:DeleteObject', () =>
      s3.send(new DeleteObjectCommand({ Bucket: props.bucket, Key: props.probeKey })),
    );
  } catch (error) {
    const name = errorName(error);
    if (name === 'NoSuchBucket') {
      return { arn: identity.Arn, s3: 'bucket-missing' };
    }
    if (name === 'AccessDenied') {
      throw new VerificationError(
        's3:DeleteObject',
        `S3 denied DeleteObject on ${probe} to the key: the app's policy does not allow it`,
      );
    }
    throw error;
  }
  return { arn: identity.Arn, s3: 'allowed' };
}

async function retryWhileUnknown<T>(
  props: KeyCheckProps,
  check: string,
  request: () => Promise<T>,
): Promise<T> {
  const attempts = props.attempts ?? DEFAULT_ATTEMPTS;
  const sleep = props.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      if (!NOT_YET_KNOWN.has(errorName(error))) {
        throw error;
      }
      if (attempt >= attempts) {
        throw new VerificationError(
          check,
          `AWS still did not accept the key after ${attempts} tries (${errorName(error)})`,
        );
      }
      await sleep(props.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
    }
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

function defaultSleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
