/**
 * Where the app has access keys, the rotation operator manages the app
 * user's keys, its rotation record in the user's tags, and the one
 * parameter that hands the keys over, and nothing else: no other user,
 * no other tag or permission of the app user, no other secret. Nobody
 * else, the app and the deployer included, mints keys.
 */
import {
  KEY_ROTATION_IAM_ACTIONS,
  KEY_ROTATION_SSM_ACTIONS,
  KEY_ROTATION_TAG_ACTIONS,
  ROTATION_RECORD_TAGS,
} from '../../../policies/key-rotation-actions';
import { CallerName } from '../callers';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';
import { Target } from '../targets';

/** Key management, the runbook's own steps. */
const KEY_ACTIONS = [
  'iam:CreateAccessKey',
  'iam:ListAccessKeys',
  'iam:UpdateAccessKey',
  'iam:DeleteAccessKey',
  'iam:GetAccessKeyLastUsed',
];

/** Ways to take over a user that key management must not include. */
const TAKEOVER_ACTIONS = [
  'iam:PutUserPolicy',
  'iam:AttachUserPolicy',
  'iam:CreateLoginProfile',
  'iam:PutUserPermissionsBoundary',
  'iam:DeleteUser',
];

/** The rotation record's tags, each with an example value. */
const RECORD = Object.fromEntries(
  ROTATION_RECORD_TAGS.map((key) => [key, '2025-03-14T10:15:42Z']),
);

/** Tagging calls carry the rotation record's tags unless told otherwise. */
function rows(caller: CallerName, actions: readonly string[], target: Target): Row[] {
  return actions.map((action): Row =>
    KEY_ROTATION_TAG_ACTIONS.includes(action)
      ? [caller, action, target, { tags: RECORD }]
      : [caller, action, target],
  );
}

export function keyRotationScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  if (!env.roles.includes('key-rotation') || at.keyParameter === undefined) return [];
  const operator = 'key-rotation';

  return table('key rotation', [
    {
      expected: 'Allowed',
      why: 'every call the rotation command makes, on the app user and its key parameter',
      rows: [
        ...rows(operator, KEY_ROTATION_IAM_ACTIONS, at.appUser),
        ...rows(operator, KEY_ROTATION_SSM_ACTIONS, at.keyParameter),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the operator rotates the app user\'s keys only',
      rows: [
        ...rows(operator, KEY_ACTIONS, at.otherUser),
        ...rows(operator, ['ssm:GetParameter', 'ssm:PutParameter'], at.otherParameter),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the operator keeps the rotation record in the app user\'s tags, no other tags',
      rows: [
        ...KEY_ROTATION_TAG_ACTIONS.map((action): Row =>
          [operator, action, at.appUser, { tags: { Environment: 'production' } }]),
        ...rows(operator, KEY_ROTATION_TAG_ACTIONS, at.otherUser),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'managing keys must not become managing the user',
      rows: [
        ...rows(operator, TAKEOVER_ACTIONS, at.appUser),
        ...rows(operator, ['ssm:DeleteParameter'], at.keyParameter),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'keys are minted by the rotation operator only, so none reaches Terraform state',
      rows: [
        ...rows('app', ['iam:CreateAccessKey', 'iam:UpdateAccessKey'], at.appUser),
        ...rows('ci-deployer', ['iam:CreateAccessKey', 'iam:ListAccessKeys'], at.appUser),
        ...rows('backfill', ['iam:CreateAccessKey'], at.appUser),
        ...rows('checker', ['ssm:GetParameter'], at.keyParameter),
      ],
    },
  ]);
}
