/**
 * The alarms and their SNS topic as the emulator holds them after apply,
 * compared with what `addAlarms` declares for the environment: all of
 * them where alarms are on, none where they are off.
 */
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListTopicsCommand,
} from '@aws-sdk/client-sns';
import { Construct } from 'constructs';
import { ENVIRONMENT_NAMES, EnvironmentConfig } from '../../../config/types';
import { addAlarms } from '../../../stacks/alarms';
import { DeployedStacks } from '../deployed-stacks';
import { appliedEnvironment, environmentConfig } from './applied-environment';
import { ResourceArguments, generatedResources, reference } from './generated-resources';

const TOPIC = 'aws_sns_topic';

/** The alarm fields a read-back compares, in the CloudWatch API's shape. */
interface ComparedAlarm {
  readonly AlarmName?: string;
  readonly AlarmDescription?: string;
  readonly Namespace?: string;
  readonly MetricName?: string;
  readonly Dimensions?: readonly { Name?: string; Value?: string }[];
  readonly Statistic?: string;
  readonly Period?: number;
  readonly EvaluationPeriods?: number;
  readonly Threshold?: number;
  readonly ComparisonOperator?: string;
  readonly TreatMissingData?: string;
  readonly AlarmActions?: readonly string[];
  readonly OKActions?: readonly string[];
}

interface GeneratedAlarms {
  readonly topicArn: string;
  readonly alarms: ComparedAlarm[];
}

function topicArn(config: EnvironmentConfig, topic: ResourceArguments): string {
  return `arn:aws:sns:${config.region}:${config.accountId}:${topic.string('name')}`;
}

/** What `addAlarms` declares, with references to the topic resolved to its ARN. */
function generatedAlarms(config: EnvironmentConfig): GeneratedAlarms {
  const declare = (scope: Construct) => {
    addAlarms(scope, config);
  };
  const topics = [...generatedResources(declare, TOPIC)];
  if (topics.length !== 1) throw new Error(`addAlarms declares ${topics.length} topics, not 1`);
  const [[topicId, topic]] = topics;
  const arn = topicArn(config, topic);
  const resolve = (actions: string[]) =>
    actions.map((action) => (action === reference(TOPIC, topicId, 'arn') ? arn : action));

  const alarms = [...generatedResources(declare, 'aws_cloudwatch_metric_alarm').values()]
    .map((alarm) => ({
      AlarmName: alarm.string('alarm_name'),
      AlarmDescription: alarm.string('alarm_description'),
      Namespace: alarm.string('namespace'),
      MetricName: alarm.string('metric_name'),
      Dimensions: Object.entries(alarm.stringMap('dimensions'))
        .map(([Name, Value]) => ({ Name, Value })),
      Statistic: alarm.string('statistic'),
      Period: alarm.number('period'),
      EvaluationPeriods: alarm.number('evaluation_periods'),
      Threshold: alarm.number('threshold'),
      ComparisonOperator: alarm.string('comparison_operator'),
      TreatMissingData: alarm.string('treat_missing_data'),
      AlarmActions: resolve(alarm.strings('alarm_actions')),
      OKActions: resolve(alarm.strings('ok_actions')),
    }));

  return { topicArn: arn, alarms: comparable(alarms) };
}

/** Alarms by name with dimensions by name: neither order means anything. */
function comparable(alarms: readonly ComparedAlarm[]): ComparedAlarm[] {
  return alarms
    .map((alarm) => ({
      AlarmName: alarm.AlarmName,
      AlarmDescription: alarm.AlarmDescription,
      Namespace: alarm.Namespace,
      MetricName: alarm.MetricName,
      Dimensions: [...(alarm.Dimensions ?? [])]
        .sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? '')),
      Statistic: alarm.Statistic,
      Period: alarm.Period,
      EvaluationPeriods: alarm.EvaluationPeriods,
      Threshold: alarm.Threshold,
      ComparisonOperator: alarm.ComparisonOperator,
      TreatMissingData: alarm.TreatMissingData,
      AlarmActions: alarm.AlarmActions,
      OKActions: alarm.OKActions,
    }))
    .sort((a, b) => (a.AlarmName ?? '').localeCompare(b.AlarmName ?? ''));
}

export function describeAlarms(stacks: DeployedStacks): void {
  describe.each(ENVIRONMENT_NAMES)('the %s alarms, read back', (name) => {
    const config = environmentConfig(name);
    const applied = () => appliedEnvironment(stacks, name);
    const generated = generatedAlarms(config);
    const AlarmNames = generated.alarms.map((alarm) => alarm.AlarmName ?? '');

    if (!config.alarms.enabled) {
      it('do not exist, nor does their topic: alarms are off', async () => {
        const { clients } = await applied();

        const alarms = await clients.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames }));
        const topics = await clients.sns.send(new ListTopicsCommand({}));

        expect(alarms.MetricAlarms).toEqual([]);
        expect(topics.Topics?.map((topic) => topic.TopicArn)).not.toContain(generated.topicArn);
      });
      return;
    }

    it('watch the generated metrics, thresholds and periods, and notify the topic',
      async () => {
        const { clients } = await applied();

        const read = await clients.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames }));

        expect(comparable(read.MetricAlarms ?? [])).toEqual(generated.alarms);
        // The four required alarms: 4xx, 5xx, GET floods and failed uploads.
        expect(read.MetricAlarms).toHaveLength(4);
      });

    it('notify a topic that exists and emails the configured address', async () => {
      const { clients } = await applied();
      const TopicArn = generated.topicArn;

      const topic = await clients.sns.send(new GetTopicAttributesCommand({ TopicArn }));
      const subscribed = await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));

      const email = config.alarms.notificationEmail;
      expect(topic.Attributes?.TopicArn).toBe(TopicArn);
      expect(subscribed.Subscriptions?.map(({ Protocol, Endpoint }) => ({ Protocol, Endpoint })))
        .toEqual(email === undefined ? [] : [{ Protocol: 'email', Endpoint: email }]);
    });
  });
}
