/**
 * The three ways the rotate-key command ends, as exit codes, and the
 * errors that select them. One top-level handler maps errors to codes.
 */

/** 0: the step was taken, or there was nothing to do yet. */
export const EXIT_OK = 0;

/** 1: something failed unexpectedly; running again continues safely. */
export const EXIT_FAILED = 1;

/** 2: the command refused (bad usage or a state it does not recognise). */
export const EXIT_REFUSED = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILED | typeof EXIT_REFUSED;

/** Flags the command cannot run with; every problem is listed at once. */
export class UsageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'UsageError';
  }
}

/**
 * A state or setting the command will not act on. `found` says what was
 * seen, `advice` what the operator can do about it.
 */
export class RefusalError extends Error {
  constructor(
    readonly found: string,
    readonly advice: string,
  ) {
    super(`${found} ${advice}`);
    this.name = 'RefusalError';
  }
}

/** A key did not prove that it works; `check` names the failed request. */
export class VerificationError extends Error {
  constructor(
    readonly check: string,
    message: string,
  ) {
    super(message);
    this.name = 'VerificationError';
  }
}
