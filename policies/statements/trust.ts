/**
 * Who may assume each role. Roles used by people or CI are assumable
 * from this account only; the production app role only by EC2.
 */
import { EnvironmentConfig } from '../../config/types';
import { accountRootArn } from '../principals';
import { Statement } from '../types';

export function allowEc2ToAssume(): Statement {
  return {
    Sid: 'AllowEc2ToAssume',
    Effect: 'Allow',
    Principal: { Service: 'ec2.amazonaws.com' },
    Action: ['sts:AssumeRole'],
  };
}

/**
 * The account delegates to its own IAM policies who may assume the
 * role; `requireMfa` adds the condition that the caller signed in with
 * MFA, for roles people assume by hand.
 */
export function allowAccountToAssume(config: EnvironmentConfig, requireMfa: boolean): Statement {
  return {
    Sid: requireMfa ? 'AllowAccountToAssumeWithMfa' : 'AllowAccountToAssume',
    Effect: 'Allow',
    Principal: { AWS: accountRootArn(config) },
    Action: ['sts:AssumeRole'],
    ...(requireMfa ? { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } } : {}),
  };
}
