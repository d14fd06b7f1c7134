/** Alarm thresholds and the budget: values that would fire always or never. */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('validateEnvironment, given a threshold that cannot work', () => {
  it.each([
    {
      behaviour: 'rejects a zero 5xx alarm threshold',
      change: { alarms: { serverErrorsPerMinute: 0 } },
      expected: line('staging: alarms.serverErrorsPerMinute 0',
        'alarm thresholds are positive numbers', 'use a number above 0, e.g. 5'),
    },
    {
      behaviour: 'rejects a negative GET flood threshold',
      change: { alarms: { getRequestsPerHour: -10000 } },
      expected: line('staging: alarms.getRequestsPerHour -10000',
        'alarm thresholds are positive numbers', 'use a number above 0, e.g. 10000'),
    },
    {
      behaviour: 'rejects a budget of zero USD',
      change: { budget: { monthlyLimitUsd: 0 } },
      expected: line('staging: budget.monthlyLimitUsd 0',
        'the monthly budget is a positive amount of USD', 'use an amount above 0, e.g. 50'),
    },
    {
      behaviour: 'rejects an infinite budget, showing the value rather than null',
      change: { budget: { monthlyLimitUsd: Number.POSITIVE_INFINITY } },
      expected: line('staging: budget.monthlyLimitUsd Infinity',
        'the monthly budget is a positive amount of USD', 'use an amount above 0, e.g. 50'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });
});
