/** Settings that depend on each other: separate buckets, and what each app principal needs. */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { REMOVE, stagingWith } from './staging-input';

const ROTATION = { parameterName: '/deltacrown/production/certificates/app-access-key' };

describe('validateEnvironment, given settings that contradict each other', () => {
  it.each([
    {
      behaviour: 'rejects a log bucket that is the certificate bucket itself',
      change: { logBucketName: 'deltacrown-certificates-staging' },
      expected: line('staging: logBucketName "deltacrown-certificates-staging"',
        'the log bucket is separate from the certificate bucket',
        'use a bucket of its own, such as "deltacrown-certificates-staging-logs"'),
    },
    {
      behaviour: 'rejects keeping Terraform state in a bucket the stack manages',
      change: { stateBackend: { bucket: 'deltacrown-certificates-staging-logs' } },
      expected: line('staging: stateBackend.bucket "deltacrown-certificates-staging-logs"',
        'Terraform state lives outside the buckets it manages',
        'use a bucket of its own, such as "deltacrown-terraform-state"'),
    },
    {
      behaviour: 'rejects key rotation settings for an EC2 role, which has no access keys',
      change: { appPrincipal: 'ec2-role', keyRotation: ROTATION },
      expected: line(`staging: keyRotation ${JSON.stringify(ROTATION)}`,
        "keyRotation belongs to an 'iam-user' app principal; an EC2 role has no access keys",
        'remove keyRotation, or set appPrincipal to "iam-user"'),
    },
    {
      behaviour: 'rejects an IAM user app principal without key rotation settings',
      change: { keyRotation: REMOVE },
      expected: line('staging: keyRotation (not set)',
        "an 'iam-user' app principal has keyRotation, so its access keys get rotated",
        'add keyRotation with a parameterName, ' +
          'e.g. {"parameterName":"/deltacrown/staging/certificates/app-access-key"}'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });

  it('rejects SSE-KMS when no app principal exists to grant the key to', () => {
    const input = stagingWith({ encryption: 'SSE-KMS', appPrincipal: REMOVE });

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(
      line('staging: appPrincipal (not set)', 'this setting is required',
        'set it, e.g. "iam-user"'),
      line('staging: encryption "SSE-KMS"', 'SSE-KMS needs an app principal to grant the key to',
        'set appPrincipal to "iam-user" or "ec2-role", or use "SSE-S3"'),
    ));
  });

  it('accepts SSE-KMS with an app principal to grant', () => {
    const config = validateEnvironment(stagingWith({ encryption: 'SSE-KMS' }));

    expect(config.encryption).toBe('SSE-KMS');
  });
});
