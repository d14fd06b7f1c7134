/**
 * The condition context AWS would attach to a scenario's request. Only
 * keys that AWS sets for the action are added: the evaluator rejects any
 * key the action does not know, so a misspelled key cannot make a
 * scenario pass by being silently ignored.
 */
import { EnvironmentConfig } from '../../config/types';
import { Caller } from './callers';
import { OTHER_REGION, exampleKmsKeyArn, otherKmsKeyArn } from './example-values';
import { RequestOptions, UploadEncryption, isListing } from './request-options';
import { Target } from './targets';

export type RequestContext = Record<string, string | string[]>;

/** A fixed clock keeps every run identical. */
const NOW = { 'aws:CurrentTime': '2025-03-14T10:15:42Z', 'aws:EpochTime': '1741947342' };

/** Documentation addresses (RFC 5737) for people, a private one for EC2. */
const SOURCE_IPS = { internet: '203.0.113.10', instance: '10.0.1.23' };

/** A header signature made just now; AWS reports its age in milliseconds. */
const FRESH_SIGNATURE_MS = 1000;

function transportKeys(options: RequestOptions): RequestContext {
  const transport = options.transport ?? 'TLS 1.3';
  if (transport === 'plain HTTP') return { 'aws:SecureTransport': 'false' };
  return { 'aws:SecureTransport': 'true', 's3:TlsVersion': transport.replace('TLS ', '') };
}

function signatureKeys(caller: Caller, options: RequestOptions): RequestContext {
  if (caller.kind === 'anonymous') return {};
  if (options.linkAgeSeconds !== undefined) {
    return {
      's3:authType': 'REST-QUERY-STRING',
      's3:signatureversion': 'AWS4-HMAC-SHA256',
      's3:signatureAge': String(options.linkAgeSeconds * 1000),
    };
  }
  return {
    's3:authType': 'REST-HEADER',
    's3:signatureversion': 'AWS4-HMAC-SHA256',
    's3:signatureAge': String(FRESH_SIGNATURE_MS),
  };
}

function uploadKeys(config: EnvironmentConfig, upload: UploadEncryption): RequestContext {
  const algorithm = 's3:x-amz-server-side-encryption';
  const keyId = 's3:x-amz-server-side-encryption-aws-kms-key-id';
  switch (upload) {
    case 'no encryption header':
      return {};
    case 'AES256':
      return { [algorithm]: 'AES256' };
    case 'aws:kms with the certificate key':
      return { [algorithm]: 'aws:kms', [keyId]: exampleKmsKeyArn(config) };
    case 'aws:kms without a key id':
      return { [algorithm]: 'aws:kms' };
    case 'aws:kms with another key':
      return { [algorithm]: 'aws:kms', [keyId]: otherKmsKeyArn(config) };
    case 'aws:kms:dsse with the certificate key':
      return { [algorithm]: 'aws:kms:dsse', [keyId]: exampleKmsKeyArn(config) };
  }
}

/** What a well-behaved upload sends in the configured mode. */
export function configuredUpload(config: EnvironmentConfig): UploadEncryption {
  return config.encryption === 'SSE-KMS' ? 'aws:kms with the certificate key' : 'AES256';
}

function s3Keys(
  config: EnvironmentConfig,
  caller: Caller,
  action: string,
  target: Target,
  options: RequestOptions,
): RequestContext {
  const keys: RequestContext = {
    ...transportKeys(options),
    ...signatureKeys(caller, options),
    's3:ResourceAccount': target.account,
  };

  if (action === 's3:PutObject') {
    Object.assign(keys, uploadKeys(config, options.upload ?? configuredUpload(config)));
    if (options.acl !== undefined) keys['s3:x-amz-acl'] = options.acl;
  }
  if (isListing(action)) {
    Object.assign(keys, { 's3:prefix': options.prefix ?? '', 's3:delimiter': '/' });
  }
  return keys;
}

/** S3 calls KMS over TLS, in the bucket's region, naming the object it works on. */
function kmsKeys(config: EnvironmentConfig, caller: Caller, options: RequestOptions) {
  const path = options.kms ?? 'directly';
  const keys: RequestContext = {
    'aws:SecureTransport': 'true',
    'kms:CallerAccount': caller.account ?? config.accountId,
  };
  const via = {
    'through S3': `s3.${config.region}.amazonaws.com`,
    'through S3 in another region': `s3.${OTHER_REGION}.amazonaws.com`,
    'through SSM': `ssm.${config.region}.amazonaws.com`,
  };

  if (path === 'directly') return keys;
  return {
    ...keys,
    'kms:ViaService': via[path],
    'aws:ViaAWSService': 'true',
    'kms:EncryptionContextKeys': [path === 'through SSM' ? 'PARAMETER_ARN' : 'aws:s3:arn'],
  };
}

/** Where people and workloads call from; a service calling for them names no address. */
function sourceIp(caller: Caller): RequestContext {
  if (caller.kind === 'service') return {};
  return { 'aws:SourceIp': caller.name === 'app' ? SOURCE_IPS.instance : SOURCE_IPS.internet };
}

/**
 * Sessions carry `aws:MultiFactorAuthPresent`; requests signed with a
 * user's access keys carry it only when MFA was used, as AWS does.
 */
function mfaKeys(caller: Caller, mfa: boolean): RequestContext {
  if (caller.kind !== 'person-or-workload') return {};
  if (mfa || caller.context['aws:PrincipalType'] === 'AssumedRole') {
    return { 'aws:MultiFactorAuthPresent': String(mfa) };
  }
  return {};
}

/** Tagging calls name their tag keys; setting a tag also names its value. */
function tagKeys(action: string, options: RequestOptions): RequestContext {
  if (options.tags === undefined) return {};
  const tags = Object.entries(options.tags);
  const values = action.includes(':Untag')
    ? {}
    : Object.fromEntries(tags.map(([key, value]) => [`aws:RequestTag/${key}`, value]));
  return { 'aws:TagKeys': tags.map(([key]) => key), ...values };
}

function serviceSource(options: RequestOptions): RequestContext {
  if (options.source === undefined) return {};
  return { 'aws:SourceArn': options.source.arn, 'aws:SourceAccount': options.source.account };
}

export function requestContext(
  config: EnvironmentConfig,
  caller: Caller,
  action: string,
  target: Target,
  options: RequestOptions,
): RequestContext {
  const service = action.split(':')[0];
  const common: RequestContext = {
    ...NOW,
    ...caller.context,
    ...serviceSource(options),
    ...mfaKeys(caller, options.mfa ?? caller.mfa),
  };

  if (service === 's3') {
    return { ...common, ...sourceIp(caller), ...s3Keys(config, caller, action, target, options) };
  }
  if (service === 'kms') {
    const direct = (options.kms ?? 'directly') === 'directly';
    return {
      ...common,
      ...(direct ? sourceIp(caller) : {}),
      ...tagKeys(action, options),
      ...kmsKeys(config, caller, options),
    };
  }
  return {
    ...common,
    ...sourceIp(caller),
    ...tagKeys(action, options),
    'aws:SecureTransport': 'true',
  };
}
