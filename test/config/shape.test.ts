/**
 * The shape check: a typo, a missing setting or a value of the wrong kind
 * is reported by name, never dropped in favour of a default.
 */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { REMOVE, stagingWith } from './staging-input';

const KNOWN_SETTING = 'every key names a known setting';

describe('validateEnvironment, given settings of the wrong shape', () => {
  it.each([
    {
      behaviour: 'rejects a misspelled top-level key and names the key it resembles',
      change: { acountId: '123456789012' },
      expected: line('staging: acountId "123456789012"', KNOWN_SETTING,
        'rename it to "accountId"'),
    },
    {
      behaviour: 'rejects a key in the wrong case and names the correct spelling',
      change: { alarms: { ServerErrorsPerMinute: 3 } },
      expected: line('staging: alarms.ServerErrorsPerMinute 3', KNOWN_SETTING,
        'rename it to "serverErrorsPerMinute"'),
    },
    {
      behaviour: 'rejects an unknown nested key that resembles none, listing the known keys',
      change: { prefixes: { reports: 'reports/' } },
      expected: line('staging: prefixes.reports "reports/"', KNOWN_SETTING,
        'remove it; the known keys here are certificates, archive'),
    },
    {
      behaviour: 'rejects settings without a required value that has no default',
      change: { accountId: REMOVE },
      expected: line('staging: accountId (not set)', 'this setting is required',
        'set it, e.g. "123456789012"'),
    },
    {
      behaviour: 'rejects a group without a required member',
      change: { stateBackend: { key: REMOVE } },
      expected: line('staging: stateBackend.key (not set)', 'this setting is required',
        'set it, e.g. "certificates/staging.tfstate"'),
    },
    {
      behaviour: 'rejects settings without a required group, naming its keys',
      change: { stateBackend: REMOVE },
      expected: line('staging: stateBackend (not set)', 'this setting is required',
        'set it to an object with the keys bucket, key, region'),
    },
    {
      behaviour: 'rejects a number where a string belongs, such as an unquoted account id',
      change: { accountId: 123456789012 },
      expected: line('staging: accountId 123456789012', 'this setting is a string',
        'write it in quotes, e.g. "123456789012"'),
    },
    {
      behaviour: 'rejects a quoted number where a number belongs',
      change: { accessLogRetentionDays: '90' },
      expected: line('staging: accessLogRetentionDays "90"', 'this setting is a number',
        'write it as a number without quotes, e.g. 90'),
    },
    {
      behaviour: 'rejects a word where true or false belongs',
      change: { cloudTrailDataEvents: 'yes' },
      expected: line('staging: cloudTrailDataEvents "yes"', 'this setting is true or false',
        'write true or false without quotes'),
    },
    {
      behaviour: 'rejects a single value where a group belongs',
      change: { lifecycle: 90 },
      expected: line('staging: lifecycle 90', 'this setting is a group of settings (an object)',
        'write it as an object with the keys infrequentAccessDays, glacierDays, ' +
          'expirationDays, noncurrentVersionExpirationDays, abortIncompleteMultipartUploadDays'),
    },
    {
      behaviour: 'rejects null rather than falling back to the default',
      change: { region: null },
      expected: line('staging: region null', 'this setting is a string',
        'write it in quotes, e.g. "us-east-1"'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });
});
