/**
 * AWS's lifecycle ordering rules, checked before synthesis: both through
 * validateEnvironment and through lifecycleProblems on its own, which
 * the lifecycle rule builders can call with their own path.
 */
import { lifecycleProblems } from '../../lifecycle/aws-rules';
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from '../config/expect-problems';
import { stagingWith } from '../config/staging-input';

const WHOLE_DAYS = 'lifecycle day counts are whole numbers of at least 1';

describe('validateEnvironment, given lifecycle days S3 would refuse', () => {
  it.each([
    {
      behaviour: 'rejects a Standard-IA transition before day 30',
      change: { lifecycle: { infrequentAccessDays: 20 } },
      expected: line('staging: lifecycle.infrequentAccessDays 20',
        'the Standard-IA transition comes at 30 days or later', 'use 30 or more, e.g. 90'),
    },
    {
      behaviour: 'rejects a Glacier transition less than 30 days after Standard-IA',
      change: { lifecycle: { glacierDays: 100 } },
      expected: line('staging: lifecycle.glacierDays 100',
        'the Glacier transition comes at least 30 days after the Standard-IA transition',
        'use 120 or more, or move infrequentAccessDays earlier'),
    },
    {
      behaviour: 'rejects an expiration on or before the last transition',
      change: { lifecycle: { expirationDays: 365 } },
      expected: line('staging: lifecycle.expirationDays 365',
        'expiration comes after the last transition',
        'use 366 or more, or move the transitions earlier'),
    },
    {
      behaviour: 'rejects noncurrent versions expiring after zero days',
      change: { lifecycle: { noncurrentVersionExpirationDays: 0 } },
      expected: line('staging: lifecycle.noncurrentVersionExpirationDays 0', WHOLE_DAYS,
        'use a whole number of days, e.g. 30'),
    },
    {
      behaviour: 'rejects a fractional number of days before aborting multipart uploads',
      change: { lifecycle: { abortIncompleteMultipartUploadDays: 1.5 } },
      expected: line('staging: lifecycle.abortIncompleteMultipartUploadDays 1.5', WHOLE_DAYS,
        'use a whole number of days, e.g. 7'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });

  it('rejects a misspelled lifecycle key, naming the closest key, not using the default', () => {
    const input = stagingWith({ lifecycle: { glacierDay: 400 } });

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(line('staging: lifecycle.glacierDay 400',
      'every key names a known setting', 'rename it to "glacierDays"')));
  });

  it('keeps the other defaults when one day count is set', () => {
    const config = validateEnvironment(stagingWith({ lifecycle: { glacierDays: 400 } }));

    expect(config.lifecycle).toEqual({
      infrequentAccessDays: 90,
      glacierDays: 400,
      expirationDays: 2555,
      noncurrentVersionExpirationDays: 30,
      abortIncompleteMultipartUploadDays: 7,
    });
  });
});

describe('lifecycleProblems', () => {
  it('accepts the product lifecycle, including the tightest legal spacing', () => {
    const product = { infrequentAccessDays: 90, glacierDays: 365, expirationDays: 2555 };
    const tightest = { infrequentAccessDays: 30, glacierDays: 60, expirationDays: 61 };

    expect(lifecycleProblems(product, 'staging.lifecycle')).toEqual([]);
    expect(lifecycleProblems(tightest, 'staging.lifecycle')).toEqual([]);
  });

  it('files problems under the path it is given', () => {
    const problems = lifecycleProblems({ infrequentAccessDays: 10 }, 'production.lifecycle');

    expect(problems).toEqual([{
      path: 'production.lifecycle.infrequentAccessDays',
      value: 10,
      rule: 'the Standard-IA transition comes at 30 days or later',
      fix: 'use 30 or more, e.g. 90',
    }]);
  });

  it('judges ordering only between counts that are whole days', () => {
    const lifecycle = { infrequentAccessDays: 90, glacierDays: Number.NaN, expirationDays: 100 };

    const rules = lifecycleProblems(lifecycle, 'staging.lifecycle').map((p) => p.rule);

    expect(rules).toEqual([WHOLE_DAYS]);
  });

  it('measures expiration against Standard-IA when Glacier is left out', () => {
    const lifecycle = { infrequentAccessDays: 90, expirationDays: 90 };

    const fixes = lifecycleProblems(lifecycle, 'staging.lifecycle').map((p) => p.fix);

    expect(fixes).toEqual(['use 91 or more, or move the transitions earlier']);
  });
});
