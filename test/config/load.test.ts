/**
 * loadEnvironments: the shipped environments, names a run may ask for,
 * and rules that span environments, all reported in one error.
 */
import { ENVIRONMENT_SETTINGS } from '../../config/environments';
import { loadEnvironments } from '../../config/load';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('loadEnvironments, given the shipped environments', () => {
  it('accepts staging and production and resolves them to the product defaults', () => {
    const [staging, production] = loadEnvironments(['staging', 'production']);

    for (const config of [staging, production]) {
      expect(config.region).toBe('us-east-1');
      expect(config.encryption).toBe('SSE-S3');
      expect(config.prefixes).toEqual({ certificates: 'pdf/', archive: '_archive/' });
      expect(config.lifecycle).toEqual({
        infrequentAccessDays: 90,
        glacierDays: 365,
        expirationDays: 2555,
        noncurrentVersionExpirationDays: 30,
        abortIncompleteMultipartUploadDays: 7,
      });
      expect(config.accessLogRetentionDays).toBe(90);
      expect(config.presignedUrlLifetimeMinutes).toBe(10);
      expect(config.budget.monthlyLimitUsd).toBe(50);
      expect(config.alarms.serverErrorsPerMinute).toBe(5);
      expect(config.alarms.getRequestsPerHour).toBe(10000);
    }
  });

  it('resolves each environment to the settings the product gives it', () => {
    const [staging, production] = loadEnvironments(['staging', 'production']);

    expect(staging).toMatchObject({
      name: 'staging',
      certificateBucketName: 'deltacrown-certificates-staging',
      appPrincipal: 'iam-user',
      cloudTrailDataEvents: false,
      alarms: { enabled: false },
      keyRotation: { graceDays: 7 },
    });
    expect(production).toMatchObject({
      name: 'production',
      certificateBucketName: 'deltacrown-certificates-prod',
      appPrincipal: 'ec2-role',
      cloudTrailDataEvents: true,
      alarms: { enabled: true },
    });
  });

  it('returns the environments in the order they were asked for', () => {
    const names = loadEnvironments(['production', 'staging']).map((config) => config.name);

    expect(names).toEqual(['production', 'staging']);
  });
});

describe('loadEnvironments, given names or settings that do not fit', () => {
  it('rejects an unknown environment name, listing the known ones', () => {
    const message = messageOf(() => loadEnvironments(['prod']));

    expect(message).toBe(messageFor(line('prod: the environment "prod"',
      'an environment is one of those in config/environments.ts',
      'use one of staging, production')));
  });

  it('rejects an environment asked for twice', () => {
    const message = messageOf(() => loadEnvironments(['staging', 'staging']));

    expect(message).toBe(messageFor(line('staging: the environment "staging"',
      'each environment is asked for once', 'remove the repeated name')));
  });

  it('reports the problems of every environment, and unknown names, in one error', () => {
    const settings = {
      staging: stagingWith({ accountId: '1234' }),
      production: { ...ENVIRONMENT_SETTINGS.production, region: 'eu-north-9' },
    };

    const message = messageOf(() => loadEnvironments(['staging', 'prod', 'production'], settings));

    expect(message).toBe(messageFor(
      line('prod: the environment "prod"',
        'an environment is one of those in config/environments.ts',
        'use one of staging, production'),
      line('staging: accountId "1234"', 'AWS account ids are exactly 12 digits',
        'use the 12-digit id as a string, e.g. "123456789012"'),
      line('production: region "eu-north-9"', 'region is a commercial AWS region',
        'use a region such as "eu-north-1"'),
    ));
  });

  it('rejects settings copied under another key without changing the name', () => {
    const settings = { ...ENVIRONMENT_SETTINGS, production: ENVIRONMENT_SETTINGS.staging };

    const message = messageOf(() => loadEnvironments(['production'], settings));

    expect(message).toBe(messageFor(line('production: name "staging"',
      "name matches the environment's key", 'use "production"')));
  });

  it('rejects two environments sharing a bucket, a name prefix or a state file', () => {
    const production = {
      ...ENVIRONMENT_SETTINGS.production,
      logBucketName: 'deltacrown-certificates-staging-logs',
      namePrefix: 'deltacrown-certs-staging',
      stateBackend: ENVIRONMENT_SETTINGS.staging.stateBackend,
    };
    const settings = { staging: ENVIRONMENT_SETTINGS.staging, production };

    const message = messageOf(() => loadEnvironments(['staging', 'production'], settings));

    expect(message).toBe(messageFor(
      line('production: logBucketName "deltacrown-certificates-staging-logs"',
        'each environment has its own buckets; staging already uses this one',
        'use a name that includes the environment, ' +
          'e.g. "deltacrown-certificates-logs-production"'),
      line('production: namePrefix "deltacrown-certs-staging"',
        'environments in one account have their own name prefix; staging uses this one',
        'use a prefix that includes the environment, e.g. "deltacrown-certs-production"'),
      line('production: stateBackend.key "certificates/staging.tfstate"',
        'each environment has its own state file; staging uses this one',
        'use a key that includes the environment, e.g. "certificates/production.tfstate"'),
    ));
  });
});
