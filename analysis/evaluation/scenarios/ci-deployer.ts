/**
 * The CI deployer can plan and apply this environment's stack: its state
 * file, its buckets' configuration, its principals, key, alarms and
 * trail, each by exact name. It cannot touch anything else, and cannot
 * widen its own role.
 */
import { PrincipalRole } from '../../../policies/principals';
import { Row, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';
import { Target } from '../targets';

const DEPLOYER = 'ci-deployer';

function on(target: Target, actions: readonly string[]): Row[] {
  return actions.map((action): Row => [DEPLOYER, action, target]);
}

function stateScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at, config } = env;
  const { key } = config.stateBackend;
  const objectActions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];
  const list = (target: Target, prefix: string): Row =>
    [DEPLOYER, 's3:ListBucket', target, { prefix }];

  return table('ci deployer', [
    {
      expected: 'Allowed',
      why: 'Terraform reads, writes and locks this stack\'s state',
      rows: [
        ...on(at.stateFile, objectActions),
        ...on(at.stateLock, objectActions),
        list(at.stateBucket, key),
        list(at.stateBucket, `${key}.tflock`),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'other stacks\' state, and the state\'s history, are not this deployer\'s',
      rows: [
        ...on(at.foreignState, ['s3:GetObject', 's3:PutObject']),
        ...on(at.stateFile, ['s3:DeleteObjectVersion']),
        list(at.stateBucket, ''),
        list(at.stateBucket, at.foreignState.label.replace('state bucket ', '')),
        list(at.unrelatedBucket, key),
      ],
    },
  ]);
}

function storageScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  return table('ci deployer', [
    {
      expected: 'Allowed',
      why: 'the deployer configures both buckets of its stack',
      rows: [
        ...on(at.certificateBucket, ['s3:CreateBucket', 's3:PutBucketTagging', 's3:GetBucketAcl']),
        ...on(at.logBucket, ['s3:CreateBucket', 's3:PutBucketTagging', 's3:GetBucketAcl']),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'buckets of other stacks are not the deployer\'s',
      rows: on(at.unrelatedBucket, ['s3:PutBucketPolicy', 's3:DeleteBucket', 's3:CreateBucket']),
    },
  ]);
}

function principalScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  const managed = env.roles.filter(
    (role): role is PrincipalRole => role !== DEPLOYER && (role !== 'app' || !env.appIsUser),
  );
  const own = at.role(DEPLOYER);
  // The instance profile takes the app role, which needs iam:PassRole on it.
  const app = env.appIsUser
    ? on(at.appUser, ['iam:CreateUser', 'iam:PutUserPolicy', 'iam:DeleteUser'])
    : [
        ...on(at.appInstanceProfile, [
          'iam:CreateInstanceProfile',
          'iam:AddRoleToInstanceProfile',
        ]),
        ...on(at.role('app'), ['iam:PassRole']),
      ];
  const unpassed = managed.filter((role) => role !== 'app');
  const otherApp = env.appIsUser
    ? on(at.otherUser, ['iam:PutUserPolicy', 'iam:CreateUser'])
    : on(at.otherInstanceProfile, ['iam:CreateInstanceProfile', 'iam:AddRoleToInstanceProfile']);

  return table('ci deployer', [
    {
      expected: 'Allowed',
      why: 'the deployer manages the other principals of its stack by name',
      rows: [
        ...managed.flatMap((role) => on(at.role(role), ['iam:CreateRole', 'iam:PutRolePolicy'])),
        ...on(own, ['iam:GetRole', 'iam:GetRolePolicy']),
        ...app,
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the deployer cannot widen its own role; that takes an administrator',
      rows: on(own, ['iam:PutRolePolicy', 'iam:UpdateAssumeRolePolicy', 'iam:AttachRolePolicy']),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'principals of other stacks are not the deployer\'s',
      rows: [
        ...on(at.unrelatedRole, ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:GetRole']),
        ...otherApp,
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the stack uses inline policies only',
      rows: managed.flatMap((role) => on(at.role(role), ['iam:AttachRolePolicy'])),
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'the stack hands no role but the app\'s to a service',
      rows: unpassed.flatMap((role) => on(at.role(role), ['iam:PassRole'])),
    },
  ]);
}

function monitoringScenarios(env: ScenarioEnvironment): Scenario[] {
  const { at } = env;
  const trail = on(at.trail, ['cloudtrail:CreateTrail', 'cloudtrail:PutEventSelectors']);
  const newKey: Target = { arn: '*', label: 'a new key', account: env.config.accountId };
  // The provider's default tags travel with CreateKey.
  const tags = {
    Project: 'deltacrown-certificates',
    Environment: env.config.name,
    ManagedBy: 'cdktf',
  };

  return table('ci deployer', [
    {
      expected: 'Allowed',
      why: 'the deployer manages the stack\'s alarm topic, alarms and budget',
      rows: [
        ...on(at.alarmTopic, ['sns:CreateTopic', 'sns:Subscribe']),
        ...on(at.alarm, ['cloudwatch:PutMetricAlarm', 'cloudwatch:DeleteAlarms']),
        ...on(at.budget, ['budgets:ModifyBudget', 'budgets:ViewBudget']),
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'other topics, alarms and trails are not the deployer\'s, and it never publishes',
      rows: [
        ...on(at.alarmTopic, ['sns:Publish']),
        ...on(at.otherTopic, ['sns:SetTopicAttributes', 'sns:DeleteTopic']),
        ...on(at.otherAlarm, ['cloudwatch:DeleteAlarms']),
        ...on(at.otherBudget, ['budgets:ModifyBudget']),
        ...on(at.otherTrail, ['cloudtrail:StopLogging']),
      ],
    },
    {
      expected: env.trail ? 'Allowed' : 'ImplicitlyDenied',
      why: env.trail ? 'the deployer manages the data-event trail' : 'this stack has no trail',
      rows: trail,
    },
    {
      expected: env.kms ? 'Allowed' : 'ImplicitlyDenied',
      why: env.kms ? 'SSE-KMS mode creates the key' : 'SSE-S3 mode creates no key',
      rows: [[DEPLOYER, 'kms:CreateKey', newKey, { tags }]],
    },
  ]);
}

export function ciDeployerScenarios(env: ScenarioEnvironment): Scenario[] {
  return [
    ...stateScenarios(env),
    ...storageScenarios(env),
    ...principalScenarios(env),
    ...monitoringScenarios(env),
  ];
}
