/**
 * Account id, name prefix, SSM parameter name and email addresses: the
 * identifiers an environment uses outside S3.
 */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

const LONG_PREFIX = `deltacrown-certificates-${'x'.repeat(28)}`;

describe('validateEnvironment, given a malformed identifier', () => {
  it.each([
    {
      behaviour: 'rejects an account id that is not exactly 12 digits',
      change: { accountId: '12345678901' },
      expected: line('staging: accountId "12345678901"', 'AWS account ids are exactly 12 digits',
        'use the 12-digit id as a string, e.g. "123456789012"'),
    },
    {
      behaviour: 'rejects a name prefix IAM, SNS and Budgets names could not all carry',
      change: { namePrefix: 'DeltaCrown_Certs' },
      expected: line('staging: namePrefix "DeltaCrown_Certs"',
        'name prefixes use lowercase letters, digits and hyphens, ' +
          'starting with a letter and ending with a letter or digit',
        'use a prefix such as "deltacrown-certs"'),
    },
    {
      behaviour: 'rejects a name prefix too long for "<prefix>-key-rotation" to be an IAM name',
      change: { namePrefix: LONG_PREFIX },
      expected: line(`staging: namePrefix "${LONG_PREFIX}"`,
        "name prefixes are at most 51 characters, so '<prefix>-key-rotation' " +
          "fits IAM's 64-character limit",
        'shorten it by 1 character'),
    },
    {
      behaviour: 'rejects an SSM parameter name that does not start with "/"',
      change: { keyRotation: { parameterName: 'deltacrown/staging/app-key' } },
      expected: line('staging: keyRotation.parameterName "deltacrown/staging/app-key"',
        "parameter names are paths that start with '/'",
        'use "/deltacrown/staging/app-key"'),
    },
    {
      behaviour: 'rejects an SSM parameter name with characters Parameter Store refuses',
      change: { keyRotation: { parameterName: '/deltacrown/staging/app key' } },
      expected: line('staging: keyRotation.parameterName "/deltacrown/staging/app key"',
        "parameter names use only letters, digits, '.', '-', '_' and '/'",
        'use "/deltacrown/staging/app-key"'),
    },
    {
      behaviour: 'rejects an SSM parameter name under the /aws path AWS reserves',
      change: { keyRotation: { parameterName: '/aws/deltacrown/app-key' } },
      expected: line('staging: keyRotation.parameterName "/aws/deltacrown/app-key"',
        "parameter names do not start with 'aws' or 'ssm', which AWS reserves",
        'use the project\'s own path, e.g. "/deltacrown/staging/certificates/app-access-key"'),
    },
    {
      behaviour: 'rejects an SSM parameter name with an empty level',
      change: { keyRotation: { parameterName: '/deltacrown//app-key/' } },
      expected: line('staging: keyRotation.parameterName "/deltacrown//app-key/"',
        "parameter names have no empty level ('//' or a trailing '/')",
        'use "/deltacrown/app-key"'),
    },
    {
      behaviour: 'rejects a budget email address without a domain',
      change: { budget: { notificationEmail: 'platform-alerts@' } },
      expected: line('staging: budget.notificationEmail "platform-alerts@"',
        "email addresses look like 'name@example.com'",
        'use an address such as "platform-alerts@deltacrown.example"'),
    },
    {
      behaviour: 'rejects an alarm email address containing a space',
      change: { alarms: { notificationEmail: 'platform alerts@deltacrown.example' } },
      expected: line('staging: alarms.notificationEmail "platform alerts@deltacrown.example"',
        "email addresses look like 'name@example.com'",
        'use an address such as "platform-alerts@deltacrown.example"'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });

  it('accepts a name prefix of exactly 51 characters', () => {
    const input = stagingWith({ namePrefix: LONG_PREFIX.slice(0, 51) });

    const config = validateEnvironment(input);

    expect(config.namePrefix).toHaveLength(51);
  });
});
