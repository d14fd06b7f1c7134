/** How a ConfigError reads: one line per problem, environment first. */
import { ConfigError, formatProblem } from '../../config/problems';

describe('ConfigError', () => {
  it('names the environment, setting, value, rule and fix on one line per problem', () => {
    const error = new ConfigError([
      {
        path: 'staging.certificateBucketName',
        value: 'My_Bucket',
        rule: 'bucket names use only lowercase letters, digits, dots and hyphens',
        fix: 'use a name such as "deltacrown-certificates-staging"',
      },
      {
        path: 'production.lifecycle.glacierDays',
        value: 100,
        rule: 'the Glacier transition comes at least 30 days after the Standard-IA transition',
        fix: 'use 120 or more, or move infrequentAccessDays earlier',
      },
    ]);

    expect(error.message.split('\n')).toEqual([
      'Invalid configuration, 2 problems:',
      'staging: certificateBucketName "My_Bucket" breaks the rule ' +
        '"bucket names use only lowercase letters, digits, dots and hyphens"; ' +
        'fix: use a name such as "deltacrown-certificates-staging"',
      'production: lifecycle.glacierDays 100 breaks the rule ' +
        '"the Glacier transition comes at least 30 days after the Standard-IA transition"; ' +
        'fix: use 120 or more, or move infrequentAccessDays earlier',
    ]);
  });

  it('counts a single problem in the singular', () => {
    const error = new ConfigError([{ path: 'staging.region', value: 'x', rule: 'r', fix: 'f' }]);

    expect(error.message).toBe(
      'Invalid configuration, 1 problem:\nstaging: region "x" breaks the rule "r"; fix: f');
  });
});

describe('formatProblem', () => {
  it.each([
    { shown: 'a missing value as (not set)', value: undefined, text: '(not set)' },
    { shown: 'NaN as NaN rather than null', value: Number.NaN, text: 'NaN' },
    { shown: 'an object as JSON', value: { glacierDays: 1 }, text: '{"glacierDays":1}' },
    { shown: 'a function without its source', value: () => 1, text: '(a function)' },
  ])('shows $shown', ({ value, text }) => {
    const rendered = formatProblem({ path: 'staging.budget', value, rule: 'r', fix: 'f' });

    expect(rendered).toBe(`staging: budget ${text} breaks the rule "r"; fix: f`);
  });

  it('speaks of the environment itself when the path is only its name', () => {
    const rendered = formatProblem({ path: 'prod', value: 'prod', rule: 'r', fix: 'f' });

    expect(rendered).toBe('prod: the environment "prod" breaks the rule "r"; fix: f');
  });
});
