/**
 * Encryption key, monitoring and audit resources, each scoped to the
 * names this environment uses.
 */
import { PolicyContext, usesKms } from '../context';
import { EnvironmentConfig } from '../../config/types';
import { trailArn } from '../resources';
import { Statement } from '../types';

/** KMS cannot scope CreateKey to a key that does not exist yet. */
const KMS_CREATE_ACTIONS = ['kms:CreateKey', 'kms:TagResource'];

/** Administration only; the deployer can never encrypt or decrypt. */
const KMS_ADMIN_ACTIONS = [
  'kms:DescribeKey',
  'kms:EnableKeyRotation',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:TagResource',
  'kms:UntagResource',
];

export function allowKeyManagement(context: PolicyContext): Statement[] {
  if (!usesKms(context)) return [];

  const { region, accountId } = context.config;
  return [
    { Sid: 'AllowKeyCreation', Effect: 'Allow', Action: KMS_CREATE_ACTIONS, Resource: ['*'] },
    {
      Sid: 'AllowKeyAdministration',
      Effect: 'Allow',
      Action: KMS_ADMIN_ACTIONS,
      Resource: [`arn:aws:kms:${region}:${accountId}:key/*`],
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
