/**
 * Key prefixes scope every grant, so one that is empty, wildcarded or
 * nested in another would widen access without anyone asking for it.
 */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('validateEnvironment, given a key prefix that would widen access', () => {
  it.each([
    {
      behaviour: 'rejects an empty prefix, which would grant the whole bucket',
      change: { prefixes: { certificates: '' } },
      expected: line('staging: prefixes.certificates ""',
        'a prefix is never empty; an empty prefix is the whole bucket',
        'use a folder such as "pdf/"'),
    },
    {
      behaviour: 'rejects a prefix without a trailing slash',
      change: { prefixes: { certificates: 'pdf' } },
      expected: line('staging: prefixes.certificates "pdf"',
        "a prefix ends with '/', so 'pdf' cannot also match 'pdf-old/'", 'use "pdf/"'),
    },
    {
      behaviour: 'rejects a prefix with a leading slash, which no S3 key has',
      change: { prefixes: { archive: '/_archive/' } },
      expected: line('staging: prefixes.archive "/_archive/"',
        "a prefix does not start with '/'; S3 keys have no leading slash", 'use "_archive/"'),
    },
    {
      behaviour: 'rejects a wildcard in a prefix',
      change: { prefixes: { certificates: 'pdf/*' } },
      expected: line('staging: prefixes.certificates "pdf/*"',
        "a prefix has no '*' or '?'; policies add their own wildcard", 'use "pdf/"'),
    },
    {
      behaviour: 'rejects characters that would need encoding in keys and policy ARNs',
      change: { prefixes: { archive: 'old files/' } },
      expected: line('staging: prefixes.archive "old files/"',
        "a prefix uses only letters, digits, '_', '-', '.' and '/'", 'use "old-files/"'),
    },
    {
      behaviour: 'rejects an archive prefix nested inside the certificate prefix',
      change: { prefixes: { archive: 'pdf/archive/' } },
      expected: line('staging: prefixes.archive "pdf/archive/"',
        'prefixes do not overlap, so a grant on one never reaches the other',
        'use a folder that neither contains nor lies within certificates "pdf/"'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });
});
