/**
 * A monthly cost budget that emails when actual spend passes the limit.
 * Both environments may share an account, so each budget counts only
 * costs tagged with its environment (the Environment cost allocation tag
 * must be activated in the billing console).
 */
import { BudgetsBudget } from '@cdktf/provider-aws/lib/budgets-budget';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/types';

export function addBudget(scope: Construct, config: EnvironmentConfig): BudgetsBudget {
  const { budget } = config;

  return new BudgetsBudget(scope, 'monthly_budget', {
    name: `${config.namePrefix}-monthly-cost`,
    budgetType: 'COST',
    limitAmount: budget.monthlyLimitUsd.toFixed(1),
    limitUnit: 'USD',
    timeUnit: 'MONTHLY',
    costFilter: [{ name: 'TagKeyValue', values: [`user:Environment$${config.name}`] }],
    notification: [
      {
        comparisonOperator: 'GREATER_THAN',
        threshold: 100,
        thresholdType: 'PERCENTAGE',
        notificationType: 'ACTUAL',
        subscriberEmailAddresses: [budget.notificationEmail],
      },
    ],
  });
}
