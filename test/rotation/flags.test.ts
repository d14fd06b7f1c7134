/**
 * Flag parsing: defaults, both spellings of values, and errors that name
 * the flag and the fix, all reported at once.
 */
import { UsageError } from '../../scripts/rotate-key/errors';
import { parseFlags } from '../../scripts/rotate-key/flags';

function problemsOf(argv: readonly string[]): readonly string[] {
  try {
    parseFlags(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseFlags', () => {
  it('defaults to staging with everything else from the configuration', () => {
    expect(parseFlags([])).toEqual({
      environment: 'staging',
      user: undefined,
      parameter: undefined,
      graceDays: undefined,
      force: false,
      rollback: false,
      dryRun: false,
      debug: false,
      help: false,
    });
  });

  it('reads values given as --flag value and as --flag=value', () => {
    const flags = parseFlags([
      '--env=staging',
      '--user', 'app-user',
      '--parameter=/deltacrown/test/key',
      '--grace-days', '3',
      '--dry-run',
    ]);

    expect(flags).toMatchObject({
      environment: 'staging',
      user: 'app-user',
      parameter: '/deltacrown/test/key',
      graceDays: 3,
      dryRun: true,
    });
  });

  it('reports every problem at once, each naming its flag and fix', () => {
    expect(problemsOf(['--env', 'qa', '--grace-days', '-1', '--colour', '--user'])).toEqual([
      'Unknown argument --colour; the options are --env, --user, --parameter, --grace-days, '
        + '--force, --rollback, --dry-run, --debug, --help (see --help).',
      '--user needs a value, e.g. --user deltacrown-certs-staging-app.',
      "--env must be one of staging, production; got 'qa'.",
      "--grace-days must be a whole number of days (0 or more); got '-1'.",
    ]);
  });

  it('does not take the next flag as a value', () => {
    expect(problemsOf(['--user', '--dry-run'])).toContain(
      '--user needs a value, e.g. --user deltacrown-certs-staging-app.',
    );
  });

  it('rejects names AWS would reject, and fractions of days', () => {
    expect(problemsOf(['--user', 'app user', '--parameter', 'no spaces', '--grace-days', '1.5']))
      .toHaveLength(3);
  });

  it('refuses --force with --rollback, and a flag given twice', () => {
    expect(problemsOf(['--force', '--rollback', '--env', 'staging', '--env', 'staging'])).toEqual([
      '--env is given twice; give it once.',
      '--force and --rollback cannot be combined: --force pushes the rotation forward, '
        + '--rollback undoes it; give one of them.',
    ]);
  });

  it('refuses a value on a switch', () => {
    expect(problemsOf(['--force=yes'])).toEqual(['--force takes no value; write --force alone.']);
  });
});
