/** Where state lives: keys Terraform's S3 backend accepts and that name a state file. */
import { validateEnvironment } from '../../config/validate';
import { line, messageFor, messageOf } from './expect-problems';
import { stagingWith } from './staging-input';

describe('validateEnvironment, given a state location Terraform would refuse', () => {
  it.each([
    {
      behaviour: 'rejects a state key that does not end with .tfstate',
      change: { stateBackend: { key: 'certificates/staging' } },
      expected: line('staging: stateBackend.key "certificates/staging"',
        "state keys end with '.tfstate'",
        'name the state file, e.g. "certificates/staging.tfstate"'),
    },
    {
      behaviour: 'rejects a state key with a leading slash',
      change: { stateBackend: { key: '/certificates/staging.tfstate' } },
      expected: line('staging: stateBackend.key "/certificates/staging.tfstate"',
        "state keys do not start with '/'", 'use "certificates/staging.tfstate"'),
    },
    {
      behaviour: 'rejects a state key with an empty path segment',
      change: { stateBackend: { key: 'certificates//staging.tfstate' } },
      expected: line('staging: stateBackend.key "certificates//staging.tfstate"',
        "state keys have no '//'", 'use "certificates/staging.tfstate"'),
    },
  ])('$behaviour', ({ change, expected }) => {
    const input = stagingWith(change);

    const message = messageOf(() => validateEnvironment(input));

    expect(message).toBe(messageFor(expected));
  });
});
