/**
 * Everything the command prints goes through here: progress and
 * diagnostics to stderr, the result as one JSON line to stdout. Every line
 * is cleaned first: registered secrets are replaced and key ids masked, so
 * that even an AWS error message cannot leak a credential.
 */
import { maskKeyIdsIn } from './mask';

/** Where text goes; `process.stdout` fits, and so does a test's buffer. */
export interface TextSink {
  write(text: string): unknown;
}

/** Shorter values are not treated as secrets, so that masking stays exact. */
const MIN_SECRET_LENGTH = 8;

export class Reporter {
  private readonly secrets = new Set<string>();
  private debugEnabled = false;

  constructor(
    private readonly stdout: TextSink,
    private readonly stderr: TextSink,
  ) {}

  /** Turns on `debug` lines (the AWS calls made, never their payloads). */
  enableDebug(): void {
    this.debugEnabled = true;
  }

  /** Registers a secret that must never appear in any output. */
  protect(secret: string): void {
    if (secret.length >= MIN_SECRET_LENGTH) {
      this.secrets.add(secret);
    }
  }

  /** One line of progress for the operator. */
  progress(line: string): void {
    this.stderr.write(`${this.clean(line)}\n`);
  }

  debug(line: string): void {
    if (this.debugEnabled) {
      this.stderr.write(`debug: ${this.clean(line)}\n`);
    }
  }

  /** The command's result, for scripts: one JSON object on one line. */
  data(value: Readonly<Record<string, unknown>>): void {
    this.stdout.write(`${this.clean(JSON.stringify(value))}\n`);
  }

  private clean(text: string): string {
    let cleaned = text;
    for (const secret of this.secrets) {
      cleaned = cleaned.split(secret).join('[secret removed]');
    }
    return maskKeyIdsIn(cleaned);
  }
}
