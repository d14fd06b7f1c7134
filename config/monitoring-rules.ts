/**
 * Rules for alarm thresholds, the budget and the addresses they notify.
 * A zero or negative threshold would fire constantly or never.
 */
import { DEFAULTS } from './defaults';
import { emailProblems } from './identifiers';
import { isPositive } from './numbers';
import { ConfigProblem, problem } from './problems';
import { numberAt, Settings, stringAt } from './settings';

const THRESHOLDS = [
  'serverErrorsPerMinute',
  'getRequestsPerHour',
  'clientErrorsPerFiveMinutes',
] as const;

export function alarmProblems(alarms: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const email = stringAt(alarms, 'notificationEmail');

  for (const key of THRESHOLDS) {
    const threshold = numberAt(alarms, key);
    if (threshold !== undefined && !isPositive(threshold)) {
      problems.push(problem(`${at}.${key}`, threshold, 'alarm thresholds are positive numbers',
        `use a number above 0, e.g. ${DEFAULTS.alarms[key]}`));
    }
  }

  if (email !== undefined) problems.push(...emailProblems(email, `${at}.notificationEmail`));

  return problems;
}

export function budgetProblems(budget: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const limit = numberAt(budget, 'monthlyLimitUsd');
  const email = stringAt(budget, 'notificationEmail');

  if (limit !== undefined && !isPositive(limit)) {
    problems.push(problem(`${at}.monthlyLimitUsd`, limit,
      'the monthly budget is a positive amount of USD',
      `use an amount above 0, e.g. ${DEFAULTS.budget.monthlyLimitUsd}`));
  }

  if (email !== undefined) problems.push(...emailProblems(email, `${at}.notificationEmail`));

  return problems;
}
