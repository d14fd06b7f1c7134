/**
 * The rotate-key command: read the real state, decide the next safe step,
 * take it (or only print it on a dry run), and end with one JSON result on
 * stdout. Progress goes to stderr. Every failure ends in the one handler
 * at the bottom, which chooses the exit code.
 */
import { EnvironmentConfig, EnvironmentName } from '../../config/types';
import { describeAction } from './actions';
import { AwsRotationAdapter } from './aws-adapter';
import { checkKey, KeyCheckProps } from './check-key';
import { CallObserver, operatorClients, StaticCredentials } from './clients';
import { decide, followUp } from './decide';
import { describeState } from './describe-state';
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_REFUSED,
  ExitCode,
  RefusalError,
  UsageError,
  VerificationError,
} from './errors';
import { executeActions } from './execute';
import { parseFlags, USAGE } from './flags';
import { Reporter, TextSink } from './reporter';
import { classify } from './situation';
import { resolveTarget, RotationTarget } from './target';
import { traceCalls } from './trace';

export interface CommandDeps {
  /** Validated configuration of one environment; throws when it is invalid. */
  readonly loadEnvironment: (name: EnvironmentName) => EnvironmentConfig;
  /** An emulator's URL (AWS_ENDPOINT_URL); AWS's own endpoints when omitted. */
  readonly endpoint?: string;
  /** The operator's credentials; the SDK's default chain when omitted. */
  readonly credentials?: StaticCredentials;
  readonly clock: () => Date;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** See every AWS call, including those signed by the key under test. Default none. */
  readonly observers?: readonly CallObserver[];
  /** How a new key's check waits for AWS to accept it. Default 8 tries, 5 s apart. */
  readonly keyCheckRetry?: { readonly attempts: number; readonly delayMs: number };
}

export async function runRotateKey(
  argv: readonly string[],
  deps: CommandDeps,
): Promise<ExitCode> {
  const reporter = new Reporter(deps.stdout, deps.stderr);
  try {
    return await rotate(argv, deps, reporter);
  } catch (error) {
    return reportFailure(error, reporter);
  }
}

async function rotate(
  argv: readonly string[],
  deps: CommandDeps,
  reporter: Reporter,
): Promise<ExitCode> {
  const flags = parseFlags(argv);
  if (flags.help) {
    deps.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (flags.debug) {
    reporter.enableDebug();
  }
  const target = resolveTarget(flags, loadConfig(deps, flags.environment));

  const observers = [...(deps.observers ?? []), traceCalls(reporter)];
  const client = { region: target.region, endpoint: deps.endpoint, observers };
  const adapter = new AwsRotationAdapter(
    operatorClients({ ...client, credentials: deps.credentials }),
    (secret) => reporter.protect(secret),
  );
  reporter.progress(`rotate-key${flags.dryRun ? ' (dry run)' : ''}: ${target.environment}, `
    + `user ${target.userName}, parameter ${target.parameterName}`);
  const state = await adapter.readState(target.userName, target.parameterName);
  describeState(state).forEach((line) => reporter.progress(line));

  const situation = classify(state);
  const decision = decide(situation, {
    userName: target.userName,
    parameterName: target.parameterName,
    rollback: flags.rollback,
    force: flags.force,
    graceDays: target.graceDays,
    now: deps.clock(),
  });
  const result = {
    environment: target.environment,
    user: target.userName,
    parameter: target.parameterName,
    state: situation.kind,
  };
  if (decision.kind === 'refuse') {
    reporter.progress(`Refused: ${decision.found}`);
    reporter.progress(`What to do: ${decision.advice}`);
    reporter.progress('Nothing was changed.');
    reporter.data({ ...result, outcome: 'refused' });
    return EXIT_REFUSED;
  }
  decision.notes.forEach((note) => reporter.progress(`Note: ${note}`));
  if (decision.kind === 'wait') {
    reporter.progress(`Nothing to do yet. ${decision.title}`);
    reporter.data({ ...result, outcome: 'nothing-to-do' });
    return EXIT_OK;
  }

  const context = {
    userName: target.userName,
    parameterName: target.parameterName,
    probeObject: `s3://${target.bucket}/${target.probeKey}`,
  };
  if (flags.dryRun) {
    reporter.progress(`Next step: ${decision.title}`);
    decision.actions.forEach((action, index) =>
      reporter.progress(`  ${index + 1}. ${describeAction(action, context)}`));
    reporter.progress('Dry run: nothing was changed.');
    reporter.data({ ...result, step: decision.step, outcome: 'planned' });
    return EXIT_OK;
  }

  // Every step is decided on a state with a user; its ARN is what a key must prove.
  const userArn = state.user?.arn;
  if (userArn === undefined) {
    throw new Error(`step ${decision.step} was chosen without a user`);
  }
  reporter.progress(`Next step: ${decision.title}`);
  await executeActions(decision.actions, {
    adapter,
    checkKey: (key) => checkKey(key, keyCheckProps(target, client, userArn, deps)),
    reporter,
    context,
    parameterKeyId: state.parameter?.accessKeyId ?? '',
    kmsKeyId: state.parameter?.kmsKeyId,
    clock: deps.clock,
  });
  reporter.progress(`Done. ${followUp(decision.step, target)}`);
  reporter.data({ ...result, step: decision.step, outcome: 'done' });
  return EXIT_OK;
}

function loadConfig(deps: CommandDeps, name: EnvironmentName): EnvironmentConfig {
  try {
    return deps.loadEnvironment(name);
  } catch (error) {
    throw new RefusalError(
      `The configuration of ${name} is invalid: ${error instanceof Error ? error.message : error}`,
      'Fix config/environments.ts; npm run validate lists every problem.',
    );
  }
}

function keyCheckProps(
  target: RotationTarget,
  client: { region: string; endpoint?: string; observers: readonly CallObserver[] },
  userArn: string,
  deps: CommandDeps,
): KeyCheckProps {
  return {
    client,
    expectedArn: userArn,
    bucket: target.bucket,
    probeKey: target.probeKey,
    attempts: deps.keyCheckRetry?.attempts,
    retryDelayMs: deps.keyCheckRetry?.delayMs,
  };
}

/** The one place where an error becomes an exit code and a message. */
function reportFailure(error: unknown, reporter: Reporter): ExitCode {
  if (error instanceof UsageError) {
    error.problems.forEach((problem) => reporter.progress(`Usage error: ${problem}`));
    reporter.progress('Run with --help to see every option.');
    return EXIT_REFUSED;
  }
  if (error instanceof RefusalError) {
    reporter.progress(`Refused: ${error.found}`);
    reporter.progress(`What to do: ${error.advice}`);
    return EXIT_REFUSED;
  }
  if (error instanceof VerificationError) {
    reporter.progress(`Failed: the key check ${error.check} failed: ${error.message}.`);
  } else {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    reporter.progress(`Failed: ${name}: ${message}`);
    if (error instanceof Error && error.stack) {
      reporter.debug(error.stack);
    }
  }
  reporter.progress('Every run starts from the state it finds: run again to continue, '
    + 'or with --dry-run to see the next step first.');
  return EXIT_FAILED;
}
