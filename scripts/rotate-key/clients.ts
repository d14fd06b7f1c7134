/**
 * AWS SDK clients built from typed options. The endpoint and credentials
 * come in from the entry point; nothing here reads the environment.
 * Observers see every call by service and operation name (never its
 * payload): the --debug trace uses them, and so do the tests that inject
 * failures and check invariants after each call.
 */
import { IAMClient } from '@aws-sdk/client-iam';
import { S3Client } from '@aws-sdk/client-s3';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import type { MiddlewareStack } from '@smithy/types';

/** Whose credentials sign a call. */
export type Signer = 'operator' | 'key-under-test';

export interface AwsCall {
  /** `iam`, `ssm`, `sts` or `s3`. */
  readonly service: string;
  /** The API operation, such as `ListAccessKeys`. */
  readonly operation: string;
  readonly signer: Signer;
}

export interface CallObserver {
  /** Runs before the request is sent; throwing fails the call unsent. */
  before?(call: AwsCall): void | Promise<void>;
  /** Runs after the response, with the failure if there was one; throwing fails the call. */
  after?(call: AwsCall, failure: unknown): void | Promise<void>;
}

export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface AwsClientProps {
  readonly region: string;
  /** An emulator's URL; AWS's own endpoints when omitted. */
  readonly endpoint?: string;
  /** Fixed credentials; the SDK's default chain (env, profile, SSO) when omitted. */
  readonly credentials?: StaticCredentials;
  /** Default none. */
  readonly observers?: readonly CallObserver[];
}

export interface OperatorClients {
  readonly iam: IAMClient;
  readonly ssm: SSMClient;
}

export interface KeyCheckClients {
  readonly sts: STSClient;
  readonly s3: S3Client;
}

/** Clients signed by the operator running the rotation. */
export function operatorClients(props: AwsClientProps): OperatorClients {
  const config = clientConfig(props);
  const iam = new IAMClient(config);
  const ssm = new SSMClient(config);
  observe(iam.middlewareStack, 'iam', 'operator', props.observers);
  observe(ssm.middlewareStack, 'ssm', 'operator', props.observers);
  return { iam, ssm };
}

/** Clients signed by the app key being checked. */
export function keyCheckClients(
  props: AwsClientProps & { readonly credentials: StaticCredentials },
): KeyCheckClients {
  const config = clientConfig(props);
  const sts = new STSClient(config);

  // An emulator on an IP address cannot serve virtual-hosted bucket names.
  const s3 = new S3Client({ ...config, forcePathStyle: props.endpoint !== undefined });
  observe(sts.middlewareStack, 'sts', 'key-under-test', props.observers);
  observe(s3.middlewareStack, 's3', 'key-under-test', props.observers);
  return { sts, s3 };
}

function clientConfig(props: AwsClientProps) {
  return {
    region: props.region,
    ...(props.endpoint === undefined ? {} : { endpoint: props.endpoint }),
    ...(props.credentials === undefined ? {} : { credentials: { ...props.credentials } }),
  };
}

/**
 * Observers run in the first middleware step, outside the SDK's own
 * retries, so a failure they inject reaches the command as it would from
 * AWS after all retries.
 */
function observe<Input extends object, Output extends object>(
  stack: MiddlewareStack<Input, Output>,
  service: string,
  signer: Signer,
  observers: readonly CallObserver[] = [],
): void {
  if (observers.length === 0) {
    return;
  }
  stack.add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const call: AwsCall = { service, operation, signer };
      for (const observer of observers) {
        await observer.before?.(call);
      }
      let result;
      try {
        result = await next(args);
      } catch (failure) {
        for (const observer of observers) {
          await observer.after?.(call, failure);
        }
        throw failure;
      }
      for (const observer of observers) {
        await observer.after?.(call, undefined);
      }
      return result;
    },
    { step: 'initialize', name: 'rotateKeyObservers', priority: 'high' },
  );
}
