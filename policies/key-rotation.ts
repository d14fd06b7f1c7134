/**
 * The key-rotation operator may manage access keys of the staging app
 * user only, and read and write the one parameter that hands the key to
 * the app. The action list is the rotation command's own call list, so
 * the operator can do exactly what the runbook does.
 */
import { EnvironmentConfig } from '../config/types';
import { compose } from './compose-named';
import { userArn } from './principals';
import { keyParameterArn } from './resources';
import { NamedPolicy, Statement } from './types';

/** IAM actions the rotation command calls on the app user. */
export const KEY_ROTATION_IAM_ACTIONS = [
  'iam:CreateAccessKey',
  'iam:DeleteAccessKey',
  'iam:GetAccessKeyLastUsed',
  'iam:GetUser',
  'iam:ListAccessKeys',
  'iam:ListUserTags',
  'iam:TagUser',
  'iam:UntagUser',
  'iam:UpdateAccessKey',
] as const;

/** SSM actions the rotation command calls on the key parameter. */
export const KEY_ROTATION_SSM_ACTIONS = [
  'ssm:GetParameter',
  'ssm:GetParameterHistory',
  'ssm:PutParameter',
] as const;

function allowAppKeyManagement(config: EnvironmentConfig): Statement {
  return {
    Sid: 'AllowAppKeyManagement',
    Effect: 'Allow',
    Action: [...KEY_ROTATION_IAM_ACTIONS],
    Resource: [userArn(config, 'app')],
  };
}

function allowKeyParameter(config: EnvironmentConfig, parameterName: string): Statement {
  return {
    Sid: 'AllowKeyParameter',
    Effect: 'Allow',
    Action: [...KEY_ROTATION_SSM_ACTIONS],
    Resource: [keyParameterArn(config, parameterName)],
  };
}

export function keyRotationPolicy(config: EnvironmentConfig): NamedPolicy {
  if (config.keyRotation === undefined) {
    throw new Error(`${config.name}: the app has no access keys, so nothing rotates`);
  }

  return compose('key-rotation', 'identity', [
    allowAppKeyManagement(config),
    allowKeyParameter(config, config.keyRotation.parameterName),
  ]);
}
