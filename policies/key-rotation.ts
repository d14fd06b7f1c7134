/**
 * The key-rotation operator may manage access keys of the staging app
 * user only, keep its rotation record in that user's tags, and read and
 * write the one parameter that hands the key to the app. The action
 * lists are the rotation command's own call list, so the operator can do
 * exactly what the runbook does.
 */
import { EnvironmentConfig } from '../config/types';
import { compose } from './compose-named';
import {
  KEY_ROTATION_IAM_ACTIONS,
  KEY_ROTATION_SSM_ACTIONS,
  KEY_ROTATION_TAG_ACTIONS,
  ROTATION_RECORD_TAGS,
} from './key-rotation-actions';
import { userArn } from './principals';
import { keyParameterArn } from './resources';
import { NamedPolicy, Statement } from './types';

function allowAppKeyManagement(config: EnvironmentConfig): Statement {
  const actions = KEY_ROTATION_IAM_ACTIONS.filter(
    (action) => !KEY_ROTATION_TAG_ACTIONS.includes(action),
  );
  return {
    Sid: 'AllowAppKeyManagement',
    Effect: 'Allow',
    Action: actions,
    Resource: [userArn(config, 'app')],
  };
}

/** Tagging is how the command records a rotation; other tags stay out of reach. */
function allowRotationRecordTags(config: EnvironmentConfig): Statement {
  return {
    Sid: 'AllowRotationRecordTags',
    Effect: 'Allow',
    Action: KEY_ROTATION_TAG_ACTIONS,
    Resource: [userArn(config, 'app')],
    Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ROTATION_RECORD_TAGS } },
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
    allowRotationRecordTags(config),
    allowKeyParameter(config, config.keyRotation.parameterName),
  ]);
}
