import { resourceOf, resourcesOf, shippedConfig, synthesizeStacks } from '../support/synthesized';

describe('monitoring, cost and audit', () => {
  const staging = shippedConfig('staging');
  const production = shippedConfig('production');
  const synthesized = synthesizeStacks([staging, production]);
  const { stacks } = synthesized;


  it('raises four production alarms, all to one SNS topic', () => {
    const alarms = Object.values(resourcesOf(stacks.production, 'aws_cloudwatch_metric_alarm'));

    expect(alarms.map((alarm) => alarm.alarm_name).sort()).toEqual([
      'deltacrown-certs-production-access-denied-spike',
      'deltacrown-certs-production-get-flood',
      'deltacrown-certs-production-server-errors',
      'deltacrown-certs-production-upload-failures',
    ]);
    for (const alarm of alarms) {
      expect(alarm.alarm_actions).toEqual(['${aws_sns_topic.alarm_topic.arn}']);
    }
  });

  it('alarms on more than 5 server errors a minute', () => {
    const alarm = resourceOf(stacks.production, 'aws_cloudwatch_metric_alarm', 'alarm_server_errors');

    expect(alarm).toMatchObject({
      namespace: 'AWS/S3',
      metric_name: '5xxErrors',
      dimensions: { BucketName: 'deltacrown-certificates-prod', FilterId: 'EntireBucket' },
      period: 60,
      threshold: 5,
      comparison_operator: 'GreaterThanThreshold',
    });
  });

  it('alarms on more than 10,000 downloads an hour', () => {
    const alarm = resourceOf(stacks.production, 'aws_cloudwatch_metric_alarm', 'alarm_get_flood');

    expect(alarm).toMatchObject({ metric_name: 'GetRequests', period: 3600, threshold: 10000 });
  });

  it('creates no alarms where they are switched off', () => {
    expect(resourcesOf(stacks.staging, 'aws_cloudwatch_metric_alarm')).toEqual({});
    expect(resourcesOf(stacks.staging, 'aws_sns_topic')).toEqual({});
  });

  it('alerts by email when the monthly cost passes 50 USD', () => {
    const budget = resourceOf(stacks.staging, 'aws_budgets_budget', 'monthly_budget');

    expect(budget).toMatchObject({
      budget_type: 'COST',
      limit_amount: '50.0',
      limit_unit: 'USD',
      time_unit: 'MONTHLY',
      notification: [
        expect.objectContaining({
          comparison_operator: 'GREATER_THAN',
          threshold: 100,
          threshold_type: 'PERCENTAGE',
          notification_type: 'ACTUAL',
        }),
      ],
    });
  });

  it('records S3 data events of the certificate bucket in production only', () => {
    const trail = resourceOf(stacks.production, 'aws_cloudtrail', 'data_event_trail');

    expect(trail.event_selector).toEqual([
      {
        read_write_type: 'All',
        include_management_events: false,
        data_resource: [
          { type: 'AWS::S3::Object', values: ['arn:aws:s3:::deltacrown-certificates-prod/'] },
        ],
      },
    ]);
    expect(resourcesOf(stacks.staging, 'aws_cloudtrail')).toEqual({});
  });
});
