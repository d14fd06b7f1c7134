/**
 * Command-line flags of rotate-key. Every problem is collected and
 * reported at once, each naming the flag and how to fix it.
 */
import { ENVIRONMENT_NAMES, EnvironmentName } from '../../config/types';
import { UsageError } from './errors';

export interface RotateKeyFlags {
  /** Default `staging`, the only environment whose app has access keys. */
  readonly environment: EnvironmentName;
  /** Overrides `<namePrefix>-app` from the configuration. */
  readonly user?: string;
  /** Overrides `keyRotation.parameterName` from the configuration. */
  readonly parameter?: string;
  /** Overrides `keyRotation.graceDays` (days). */
  readonly graceDays?: number;
  readonly force: boolean;
  readonly rollback: boolean;
  readonly dryRun: boolean;
  readonly debug: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run rotate-key -- [options]

Takes the next safe step of rotating the app's access key:
  1. one key:              create a second key, prove it works, put it in the parameter
  2. new key handed over:  deactivate the old key if nothing used it since
  3. old key inactive:     delete it once the grace period has passed

Options:
  --env NAME          environment (default staging)
  --user NAME         IAM user (default <namePrefix>-app from the configuration)
  --parameter NAME    SSM parameter holding the key (default from the configuration)
  --grace-days N      days an inactive old key is kept (default from the configuration)
  --force             deactivate the old key even if it was used after the hand-over
  --rollback          undo the rotation: back to the old key, delete the new one
  --dry-run           print the next step and change nothing
  --debug             also print each AWS call made
  --help              print this text

Exit codes: 0 done or nothing to do yet, 1 failed (run again), 2 refused or bad usage.
`;

type ValueFlag = '--env' | '--user' | '--parameter' | '--grace-days';
type SwitchFlag = '--force' | '--rollback' | '--dry-run' | '--debug' | '--help';

const VALUE_FLAGS: readonly ValueFlag[] = ['--env', '--user', '--parameter', '--grace-days'];
const SWITCH_FLAGS: readonly SwitchFlag[] = [
  '--force',
  '--rollback',
  '--dry-run',
  '--debug',
  '--help',
];

/** IAM user names: letters, digits and `+=,.@_-`, 1 to 64 characters. */
const USER_NAME = /^[\w+=,.@-]{1,64}$/;

/** SSM parameter names: letters, digits and `_.-/`, up to 2,048 characters. */
const PARAMETER_NAME = /^[\w.\-/]{1,2048}$/;

const EXAMPLES: Record<ValueFlag, string> = {
  '--env': '--env staging',
  '--user': '--user deltacrown-certs-staging-app',
  '--parameter': '--parameter /deltacrown/staging/certificates/app-access-key',
  '--grace-days': '--grace-days 7',
};

export function parseFlags(argv: readonly string[]): RotateKeyFlags {
  const problems: string[] = [];
  const values = new Map<ValueFlag, string>();
  const switches = new Set<SwitchFlag>();

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const [flag, inlineValue] = splitInline(argument);
    if (isValueFlag(flag)) {
      const value = inlineValue ?? argv[index + 1];
      if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
        problems.push(`${flag} needs a value, e.g. ${EXAMPLES[flag]}.`);
        continue;
      }
      if (inlineValue === undefined) {
        index += 1;
      }
      if (values.has(flag)) {
        problems.push(`${flag} is given twice; give it once.`);
      }
      values.set(flag, value);
    } else if (isSwitchFlag(flag) && inlineValue === undefined) {
      switches.add(flag);
    } else if (isSwitchFlag(flag)) {
      problems.push(`${flag} takes no value; write ${flag} alone.`);
    } else {
      problems.push(`Unknown argument ${argument}; the options are `
        + `${[...VALUE_FLAGS, ...SWITCH_FLAGS].join(', ')} (see --help).`);
    }
  }

  const environment = values.get('--env') ?? 'staging';
  if (!isEnvironmentName(environment)) {
    problems.push(`--env must be one of ${ENVIRONMENT_NAMES.join(', ')}; got '${environment}'.`);
  }
  const user = values.get('--user');
  if (user !== undefined && !USER_NAME.test(user)) {
    problems.push(`--user must be an IAM user name (letters, digits, +=,.@_-; at most 64); `
      + `got '${user}'.`);
  }
  const parameter = values.get('--parameter');
  if (parameter !== undefined && !PARAMETER_NAME.test(parameter)) {
    problems.push(`--parameter must be an SSM parameter name such as `
      + `/deltacrown/staging/certificates/app-access-key; got '${parameter}'.`);
  }
  const graceText = values.get('--grace-days');
  const graceDays = graceText === undefined ? undefined : Number(graceText);
  if (graceText !== undefined && !(/^\d+$/.test(graceText) && Number.isSafeInteger(graceDays))) {
    problems.push(`--grace-days must be a whole number of days (0 or more); got '${graceText}'.`);
  }
  if (switches.has('--force') && switches.has('--rollback')) {
    problems.push('--force and --rollback cannot be combined: --force pushes the rotation '
      + 'forward, --rollback undoes it; give one of them.');
  }

  if (problems.length > 0) {
    throw new UsageError(problems);
  }
  return {
    environment: environment as EnvironmentName,
    user,
    parameter,
    graceDays,
    force: switches.has('--force'),
    rollback: switches.has('--rollback'),
    dryRun: switches.has('--dry-run'),
    debug: switches.has('--debug'),
    help: switches.has('--help'),
  };
}

/** `--user=app` becomes `['--user', 'app']`; `--user` stays `['--user', undefined]`. */
function splitInline(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  if (!argument.startsWith('--') || equals < 0) {
    return [argument, undefined];
  }
  return [argument.slice(0, equals), argument.slice(equals + 1)];
}

function isValueFlag(flag: string): flag is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(flag);
}

function isSwitchFlag(flag: string): flag is SwitchFlag {
  return (SWITCH_FLAGS as readonly string[]).includes(flag);
}

function isEnvironmentName(name: string): name is EnvironmentName {
  return (ENVIRONMENT_NAMES as readonly string[]).includes(name);
}
