/**
 * Encryption key, monitoring and audit resources, each scoped to the
 * names this environment uses.
 */
import { PolicyContext, usesKms } from '../context';
import { EnvironmentConfig } from '../../config/types';
import { PROJECT_TAG, trailArn } from '../resources';
import { Statement } from '../types';

/**
 * Creating the key, tagged as ours. Administering it afterwards is granted
 * by the key's own policy, which names the deployer; an identity grant on
 * `key/*` would also reach every other key in the account that leaves
 * access to IAM policies.
 */
export function allowKeyCreation(context: PolicyContext): Statement[] {
  if (!usesKms(context)) return [];

  return [
    {
      Sid: 'AllowTaggedKeyCreation',
      Effect: 'Allow',
      Action: ['kms:CreateKey', 'kms:TagResource'],
      Resource: ['*'],
      Condition: { StringEquals: { [`aws:RequestTag/${PROJECT_TAG.key}`]: PROJECT_TAG.value } },
    },
  ];
}

export function allowAlarmManagement(config: EnvironmentConfig): Statement[] {
  const { region, accountId, namePrefix } = config;
  return [
    {
      Sid: 'AllowAlarmTopicManagement',
      Effect: 'Allow',
      Action: [
        'sns:CreateTopic',
        'sns:DeleteTopic',
        'sns:GetSubscriptionAttributes',
        'sns:GetTopicAttributes',
        'sns:ListTagsForResource',
        'sns:SetTopicAttributes',
        'sns:Subscribe',
        'sns:TagResource',
        'sns:Unsubscribe',
      ],
      Resource: [`arn:aws:sns:${region}:${accountId}:${namePrefix}-*`],
    },
    {
      Sid: 'AllowAlarmManagement',
      Effect: 'Allow',
      Action: [
        'cloudwatch:DeleteAlarms',
        'cloudwatch:DescribeAlarms',
        'cloudwatch:ListTagsForResource',
        'cloudwatch:PutMetricAlarm',
        'cloudwatch:TagResource',
      ],
      Resource: [`arn:aws:cloudwatch:${region}:${accountId}:alarm:${namePrefix}-*`],
    },
    {
      Sid: 'AllowBudgetManagement',
      Effect: 'Allow',
      Action: ['budgets:ModifyBudget', 'budgets:ViewBudget'],
      Resource: [`arn:aws:budgets::${accountId}:budget/${namePrefix}-*`],
    },
  ];
}

export function allowTrailManagement(config: EnvironmentConfig): Statement[] {
  if (!config.cloudTrailDataEvents) return [];

  return [
    {
      Sid: 'AllowTrailManagement',
      Effect: 'Allow',
      Action: [
        'cloudtrail:AddTags',
        'cloudtrail:CreateTrail',
        'cloudtrail:DeleteTrail',
        'cloudtrail:GetEventSelectors',
        'cloudtrail:GetTrail',
        'cloudtrail:GetTrailStatus',
        'cloudtrail:ListTags',
        'cloudtrail:PutEventSelectors',
        'cloudtrail:RemoveTags',
        'cloudtrail:StartLogging',
        'cloudtrail:StopLogging',
        'cloudtrail:UpdateTrail',
      ],
      Resource: [trailArn(config)],
    },
  ];
}
