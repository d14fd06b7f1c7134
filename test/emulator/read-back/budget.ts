/**
 * The monthly cost budget as the emulator holds it after apply, compared
 * with what `addBudget` declares for the environment.
 */
import {
  DescribeBudgetCommand,
  DescribeNotificationsForBudgetCommand,
  DescribeSubscribersForNotificationCommand,
} from '@aws-sdk/client-budgets';
import { Construct } from 'constructs';
import { ENVIRONMENT_NAMES, EnvironmentConfig } from '../../../config/types';
import { addBudget } from '../../../stacks/budget';
import { DeployedStacks } from '../deployed-stacks';
import { appliedEnvironment, environmentConfig } from './applied-environment';
import { ResourceArguments, generatedResources } from './generated-resources';

function generatedBudget(config: EnvironmentConfig): ResourceArguments {
  const declare = (scope: Construct) => {
    addBudget(scope, config);
  };
  const budgets = [...generatedResources(declare, 'aws_budgets_budget').values()];
  if (budgets.length !== 1) throw new Error(`addBudget declares ${budgets.length} budgets, not 1`);
  return budgets[0];
}

export function describeBudget(stacks: DeployedStacks): void {
  describe.each(ENVIRONMENT_NAMES)('the %s budget, read back', (name) => {
    const config = environmentConfig(name);
    const applied = () => appliedEnvironment(stacks, name);
    const generated = generatedBudget(config);
    const AccountId = config.accountId;
    const BudgetName = generated.string('name');

    it('is the generated monthly cost budget over the environment\'s own costs', async () => {
      const { clients } = await applied();

      const read = await clients.budgets.send(
        new DescribeBudgetCommand({ AccountId, BudgetName }),
      );

      expect(read.Budget).toEqual(expect.objectContaining({
        BudgetName,
        BudgetType: generated.string('budget_type'),
        TimeUnit: generated.string('time_unit'),
        CostFilters: Object.fromEntries(generated.blocks('cost_filter')
          .map((filter) => [filter.string('name'), filter.strings('values')])),
      }));
    });

    it('limits the monthly cost to the configured amount of USD', async () => {
      const { clients } = await applied();

      const read = await clients.budgets.send(
        new DescribeBudgetCommand({ AccountId, BudgetName }),
      );

      const limit = read.Budget?.BudgetLimit;
      expect({ amount: Number(limit?.Amount), unit: limit?.Unit })
        .toEqual({ amount: config.budget.monthlyLimitUsd, unit: generated.string('limit_unit') });
      // The required limit, pinned: a change to the default must be deliberate.
      expect(Number(limit?.Amount)).toBe(50);
    });

    it('emails the configured address when actual cost passes 100% of the limit', async () => {
      const { clients } = await applied();
      const expected = generated.blocks('notification');

      const read = await clients.budgets.send(
        new DescribeNotificationsForBudgetCommand({ AccountId, BudgetName }),
      );
      const notifications = read.Notifications ?? [];
      const subscribers = await Promise.all(notifications.map((Notification) =>
        clients.budgets.send(new DescribeSubscribersForNotificationCommand({
          AccountId,
          BudgetName,
          Notification,
        }))));

      expect(notifications).toEqual(expected.map((notification) => expect.objectContaining({
        NotificationType: notification.string('notification_type'),
        ComparisonOperator: notification.string('comparison_operator'),
        Threshold: notification.number('threshold'),
        ThresholdType: notification.string('threshold_type'),
      })));
      expect(subscribers.map((listed) => listed.Subscribers)).toEqual([
        [{ SubscriptionType: 'EMAIL', Address: config.budget.notificationEmail }],
      ]);
    });
  });
}
