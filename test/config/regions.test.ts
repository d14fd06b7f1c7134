/** Region codes: the shape of a code, and whether AWS offers it in this partition. */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('validateEnvironment, given a region AWS does not have', () => {
  it.each([
    {
      behaviour: 'rejects a region code in capitals, offering it in lowercase',
      change: { region: 'US-EAST-1' },
      expected: line('staging: region "US-EAST-1"', "region codes look like 'us-east-1'",
        'write it in lowercase without spaces: "us-east-1"'),
    },
    {
      behaviour: 'rejects a region name in place of a code',
      change: { region: 'N. Virginia' },
      expected: line('staging: region "N. Virginia"', "region codes look like 'us-east-1'",
        'use a region code such as "us-east-1"'),
    },
    {
      behaviour: 'rejects a well-formed code AWS does not offer, naming the nearest real one',
      change: { region: 'eu-north-9' },
      expected: line('staging: region "eu-north-9"', 'region is a commercial AWS region',
        'use a region such as "eu-north-1"'),
    },
    {
      behaviour: 'rejects a GovCloud region, whose ARNs the policies cannot express',
      change: { region: 'us-gov-west-1' },
      expected: line('staging: region "us-gov-west-1"', 'region is a commercial AWS region',
        'use a region such as "us-west-1"'),
    },
    {
      behaviour: 'checks the state backend region the same way',
      change: { stateBackend: { region: 'us-east' } },
      expected: line('staging: stateBackend.region "us-east"',
        "region codes look like 'us-east-1'", 'use a region code such as "us-east-1"'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });

  it('accepts a region other than the default', () => {
    const config = validateEnvironment(stagingWith({ region: 'eu-central-1' }));

    expect(config.region).toBe('eu-central-1');
  });
});
