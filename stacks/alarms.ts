/**
 * CloudWatch alarms on the certificate bucket, all notifying one SNS
 * topic. S3 request metrics do not separate 403 from 404 or uploads
 * from other writes, so two alarms read what S3 offers (4xx, 5xx, GETs)
 * and the upload alarm reads the metric the app publishes when an
 * upload fails.
 */
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/types';
import { REQUEST_METRICS_ID } from './certificate-bucket';

/** Namespace and metric the app publishes when a certificate upload fails. */
export const APP_METRIC_NAMESPACE = 'DeltaCrown/Certificates';
export const UPLOAD_FAILURE_METRIC = 'UploadFailures';

interface AlarmSpec {
  readonly id: string;
  readonly description: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Record<string, string>;
  /** Seconds per evaluation period. */
  readonly period: number;
  readonly threshold: number;
}

function alarmSpecs(config: EnvironmentConfig): AlarmSpec[] {
  const { alarms } = config;
  const bucket = { BucketName: config.certificateBucketName, FilterId: REQUEST_METRICS_ID };

  return [
    {
      id: 'upload-failures',
      description: 'Certificate uploads are failing',
      namespace: APP_METRIC_NAMESPACE,
      metricName: UPLOAD_FAILURE_METRIC,
      dimensions: { Environment: config.name },
      period: 300,
      threshold: 0,
    },
    {
      id: 'access-denied-spike',
      description: 'Spike of 4xx (mostly 403) responses on the certificate bucket',
      namespace: 'AWS/S3',
      metricName: '4xxErrors',
      dimensions: bucket,
      period: 300,
      threshold: alarms.clientErrorsPerFiveMinutes,
    },
    {
      id: 'server-errors',
      description: 'S3 returns 5xx errors for the certificate bucket',
      namespace: 'AWS/S3',
      metricName: '5xxErrors',
      dimensions: bucket,
      period: 60,
      threshold: alarms.serverErrorsPerMinute,
    },
    {
      id: 'get-flood',
      description: 'Certificate downloads far above normal traffic',
      namespace: 'AWS/S3',
      metricName: 'GetRequests',
      dimensions: bucket,
      period: 3600,
      threshold: alarms.getRequestsPerHour,
    },
  ];
}

export function addAlarms(scope: Construct, config: EnvironmentConfig): SnsTopic {
  const topic = new SnsTopic(scope, 'alarm_topic', { name: `${config.namePrefix}-alarms` });

  if (config.alarms.notificationEmail !== undefined) {
    new SnsTopicSubscription(scope, 'alarm_email', {
      topicArn: topic.arn,
      protocol: 'email',
      endpoint: config.alarms.notificationEmail,
    });
  }

  for (const spec of alarmSpecs(config)) {
    new CloudwatchMetricAlarm(scope, `alarm_${spec.id.replace(/-/g, '_')}`, {
      alarmName: `${config.namePrefix}-${spec.id}`,
      alarmDescription: spec.description,
      namespace: spec.namespace,
      metricName: spec.metricName,
      dimensions: spec.dimensions,
      statistic: 'Sum',
      period: spec.period,
      evaluationPeriods: 1,
      threshold: spec.threshold,
      comparisonOperator: 'GreaterThanThreshold',
      treatMissingData: 'notBreaching',
      alarmActions: [topic.arn],
      okActions: [topic.arn],
    });
  }

  return topic;
}
