/**
 * A scenario is one row of an expectation table: who asks to do what to
 * which resource, how, the decision AWS must reach, and why. Tables are
 * written as groups of rows that share a decision and a reason.
 */
import { CallerName } from './callers';
import { RequestOptions, optionsLabel } from './request-options';
import { Target } from './targets';

/** The three outcomes of IAM policy evaluation. */
export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

/**
 * Policy layers a scenario leaves out, to prove that another layer holds
 * on its own: the writers' identity policies repeat the upload guards so
 * that editing the bucket policy alone cannot open unencrypted writes.
 */
export type LeftOut = 'bucket policy';

export interface Scenario {
  /** The request in words; unique within a variant. */
  readonly request: string;
  readonly caller: CallerName;
  readonly action: string;
  readonly target: Target;
  readonly options: RequestOptions;
  readonly expected: Decision;
  readonly why: string;
  readonly leftOut?: LeftOut;
  /** The table the row comes from, e.g. `transport`. */
  readonly table: string;
}

/** caller | action | resource | how (optional) */
export type Row = readonly [CallerName, string, Target, RequestOptions?];

export interface Group {
  readonly expected: Decision;
  readonly why: string;
  readonly rows: readonly Row[];
  readonly leftOut?: LeftOut;
}

export function describeRequest(
  caller: CallerName,
  action: string,
  target: Target,
  options: RequestOptions,
  leftOut?: LeftOut,
): string {
  const how = optionsLabel(action, options);
  const without = leftOut === undefined ? '' : ` [without the ${leftOut}]`;
  return `${caller} ${action} on ${target.label}${how === '' ? '' : `, ${how}`}${without}`;
}

/** A scenario's test title: the request and the decision it must get. */
export function scenarioTitle(scenario: Scenario): string {
  return `${scenario.request} is ${scenario.expected}: ${scenario.why}`;
}

export function table(name: string, groups: readonly Group[]): Scenario[] {
  return groups.flatMap(({ expected, why, rows, leftOut }) =>
    rows.map(([caller, action, target, options = {}]) => ({
      request: describeRequest(caller, action, target, options, leftOut),
      caller,
      action,
      target,
      options,
      expected,
      why,
      table: name,
      ...(leftOut === undefined ? {} : { leftOut }),
    })),
  );
}
