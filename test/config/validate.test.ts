/**
 * validateEnvironment as a whole: every problem in one error, names that
 * file problems under the right environment, and what a valid result is.
 */
import { ENVIRONMENT_SETTINGS } from '../../config/environments';
import { ConfigError } from '../../config/problems';
import { validateEnvironment } from '../../config/validate';
import { configErrorOf, line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('validateEnvironment', () => {
  it('reports several problems together in one error, one line each', () => {
    const input = stagingWith({
      accountId: '1234',
      certificateBucketName: 'My_Bucket',
      lifecycle: { glacierDay: 400, infrequentAccessDays: 20 },
      presignedUrlLifetimeMinutes: 20000,
      budget: { monthlyLimitUsd: -5 },
    });

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(
      line('staging: lifecycle.glacierDay 400', 'every key names a known setting',
        'rename it to "glacierDays"'),
      line('staging: accountId "1234"', 'AWS account ids are exactly 12 digits',
        'use the 12-digit id as a string, e.g. "123456789012"'),
      line('staging: certificateBucketName "My_Bucket"',
        'bucket names use only lowercase letters, digits, dots and hyphens',
        'use a name such as "my-bucket"'),
      line('staging: lifecycle.infrequentAccessDays 20',
        'the Standard-IA transition comes at 30 days or later', 'use 30 or more, e.g. 90'),
      line('staging: presignedUrlLifetimeMinutes 20000',
        'presigned links live 1 to 10080 whole minutes (SigV4 allows at most 7 days)',
        'use a whole number of minutes, e.g. 10'),
      line('staging: budget.monthlyLimitUsd -5',
        'the monthly budget is a positive amount of USD', 'use an amount above 0, e.g. 50'),
    ));
  });

  it('carries each problem as data as well as text', () => {
    const error = configErrorOf(() => validateEnvironment(stagingWith({ accountId: '1234' })));

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toEqual([{
      path: 'staging.accountId',
      value: '1234',
      rule: 'AWS account ids are exactly 12 digits',
      fix: 'use the 12-digit id as a string, e.g. "123456789012"',
    }]);
  });

  it('rejects a name that is not an environment, filing it under a stand-in label', () => {
    const message = messageOf(() => validateEnvironment(stagingWith({ name: 'prod' })));

    expect(message).toBe(messageFor(line('environment: name "prod"',
      'name is one of the environments this project deploys',
      'use one of staging, production')));
  });

  it('rejects settings whose name differs from the key they are filed under', () => {
    const input = { ...ENVIRONMENT_SETTINGS.production, name: 'staging' };

    const message = messageOf(() => validateEnvironment(input, 'production'));

    expect(message).toBe(messageFor(line('production: name "staging"',
      "name matches the environment's key", 'use "production"')));
  });

  it('rejects settings that are not an object', () => {
    const message = messageOf(() => validateEnvironment(['staging']));

    expect(message).toBe(messageFor(line('environment: the environment ["staging"]',
      "an environment's settings are an object",
      'write them as an object of settings, as in config/environments.ts')));
  });

  it('treats an explicit undefined as not set, keeping the default', () => {
    const config = validateEnvironment(stagingWith({ region: undefined }));

    expect(config.region).toBe('us-east-1');
  });

  it('adds no key rotation defaults to an environment without key rotation', () => {
    const config = validateEnvironment(ENVIRONMENT_SETTINGS.production);

    expect(config.keyRotation).toBeUndefined();
    expect(Object.keys(config)).not.toContain('keyRotation');
  });

  it('fills the key rotation grace period from the defaults when rotation is set', () => {
    const config = validateEnvironment(ENVIRONMENT_SETTINGS.staging);

    expect(config.keyRotation).toEqual({
      parameterName: '/deltacrown/staging/certificates/app-access-key',
      graceDays: 7,
    });
  });

  it('returns a frozen configuration that nothing downstream can change', () => {
    const config = validateEnvironment(ENVIRONMENT_SETTINGS.staging);

    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.lifecycle)).toBe(true);
  });

  it('leaves its input untouched and shares no defaults between results', () => {
    const input = stagingWith({ lifecycle: { glacierDays: 400 } });
    const before = structuredClone(input);

    validateEnvironment(input);
    const shipped = validateEnvironment(ENVIRONMENT_SETTINGS.staging);

    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(shipped.lifecycle.glacierDays).toBe(365);
  });
});
