/** Modes and durations: encryption, app principal, log retention, link lifetime, grace. */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('validateEnvironment, given a mode or duration out of range', () => {
  it.each([
    {
      behaviour: 'rejects an encryption mode other than SSE-S3 or SSE-KMS',
      change: { encryption: 'AES256' },
      expected: line('staging: encryption "AES256"', "encryption is 'SSE-S3' or 'SSE-KMS'",
        'use "SSE-S3" (AES256, the default) or "SSE-KMS" (a customer-managed KMS key)'),
    },
    {
      behaviour: 'rejects an unknown kind of app principal',
      change: { appPrincipal: 'lambda-role' },
      expected: line('staging: appPrincipal "lambda-role"',
        "appPrincipal is 'iam-user' or 'ec2-role'",
        'use "iam-user" (an IAM user with access keys) or "ec2-role" (an EC2 instance role)'),
    },
    {
      behaviour: 'rejects keeping access logs for zero days',
      change: { accessLogRetentionDays: 0 },
      expected: line('staging: accessLogRetentionDays 0',
        'access logs are kept a whole number of days, at least 1',
        'use a whole number of days, e.g. 90'),
    },
    {
      behaviour: 'rejects a presigned link lifetime beyond the 7 days SigV4 allows',
      change: { presignedUrlLifetimeMinutes: 10081 },
      expected: line('staging: presignedUrlLifetimeMinutes 10081',
        'presigned links live 1 to 10080 whole minutes (SigV4 allows at most 7 days)',
        'use a whole number of minutes, e.g. 10'),
    },
    {
      behaviour: 'rejects a presigned link lifetime of zero minutes',
      change: { presignedUrlLifetimeMinutes: 0 },
      expected: line('staging: presignedUrlLifetimeMinutes 0',
        'presigned links live 1 to 10080 whole minutes (SigV4 allows at most 7 days)',
        'use a whole number of minutes, e.g. 10'),
    },
    {
      behaviour: 'rejects deleting an old access key after zero days of grace',
      change: { keyRotation: { graceDays: 0 } },
      expected: line('staging: keyRotation.graceDays 0',
        'an old key is kept a whole number of days, at least 1',
        'use a whole number of days, e.g. 7'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });

  it('accepts a presigned link lifetime of exactly 7 days', () => {
    const config = validateEnvironment(stagingWith({ presignedUrlLifetimeMinutes: 10080 }));

    expect(config.presignedUrlLifetimeMinutes).toBe(10080);
  });
});
