/**
 * `npm run validate`: Terraform's own check of every synthesized stack.
 * Each stack is initialised without its S3 backend (validation needs no
 * state) with the provider from the offline mirror, then validated.
 *
 * Progress goes to stderr, the summary to stdout; the exit code is
 * non-zero when any stack fails or when nothing was synthesized.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SynthesizedStack,
  TerraformCli,
  TerraformResult,
  listSynthesizedStacks,
  outputTail,
  prepareTerraform,
  runTerraform,
  terraformOptionsFromEnvironment,
} from './terraform';

/** Where `npm run synth` writes; the same default as main.ts. */
const OUTDIR = 'cdktf.out';

interface StackOutcome {
  readonly stack: SynthesizedStack;
  /** The failed command, if any. */
  readonly failure?: TerraformResult;
  readonly seconds: number;
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

async function validateStack(cli: TerraformCli, stack: SynthesizedStack): Promise<StackOutcome> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  progress(`${stack.name}: terraform init -backend=false`);

  const init = await runTerraform(
    cli,
    ['init', '-backend=false', '-input=false', '-no-color'],
    { cwd: stack.dir },
  );
  if (init.exitCode !== 0) return { stack, failure: init, seconds: seconds() };

  progress(`${stack.name}: terraform validate`);
  const validate = await runTerraform(cli, ['validate', '-no-color'], { cwd: stack.dir });
  if (validate.exitCode !== 0) return { stack, failure: validate, seconds: seconds() };

  return { stack, seconds: seconds() };
}

function summary(outcomes: readonly StackOutcome[]): string {
  const lines = outcomes.map(({ stack, failure, seconds }) => {
    const verdict = failure === undefined ? 'valid' : `FAILED (terraform ${failure.args[0]})`;
    return `${stack.name.padEnd(12)} ${verdict.padEnd(32)} ${seconds.toFixed(1)} s`;
  });
  const failed = outcomes.filter((outcome) => outcome.failure !== undefined).length;
  lines.push(`${outcomes.length - failed} of ${outcomes.length} stacks valid`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const stacks = listSynthesizedStacks(OUTDIR);

  const configDir = mkdtempSync(join(tmpdir(), 'terraform-validate-'));
  try {
    const cli = prepareTerraform(terraformOptionsFromEnvironment(), configDir);

    // Stacks are independent; validating them side by side halves the wait.
    const outcomes = await Promise.all(stacks.map((stack) => validateStack(cli, stack)));

    for (const { stack, failure } of outcomes) {
      if (failure !== undefined) progress(`\n${stack.name}:\n${outputTail(failure)}`);
    }
    process.stdout.write(`${summary(outcomes)}\n`);
    return outcomes.some((outcome) => outcome.failure !== undefined) ? 1 : 0;
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    progress(`validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
