/**
 * The customer-managed key's policy in SSE-KMS mode. Administration is
 * kept by the CI deployer and, as a break-glass path, the account; use
 * of the key is granted to the certificate principals only, through S3.
 * Nobody else, the account included, may encrypt or decrypt with it.
 */
import { PolicyContext } from './context';
import { compose } from './compose-named';
import { accountRootArn, readerArns, roleArn, writerArns } from './principals';
import { allowKmsUseInKeyPolicy } from './statements/kms-use';
import { NamedPolicy, Statement } from './types';

const KEY_ADMIN_ACTIONS = [
  'kms:CancelKeyDeletion',
  'kms:DescribeKey',
  'kms:DisableKey',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:TagResource',
  'kms:UntagResource',
];

function allowKeyAdministration(context: PolicyContext): Statement {
  const { config } = context;
  return {
    Sid: 'AllowKeyAdministration',
    Effect: 'Allow',
    Principal: { AWS: [accountRootArn(config), roleArn(config, 'ci-deployer')] },
    Action: KEY_ADMIN_ACTIONS,
    Resource: ['*'],
  };
}

export function kmsKeyPolicy(context: PolicyContext): NamedPolicy {
  const { config } = context;

  return compose('kms-key', 'resource', [
    allowKeyAdministration(context),
    allowKmsUseInKeyPolicy(context, 'write', writerArns(config)),
    allowKmsUseInKeyPolicy(context, 'read', readerArns(config)),
  ]);
}
