/**
 * Checks a document against the IAM policy grammar with ajv and reports
 * each failure as a finding that names the document, the statement, the
 * path and the fix. The schemas are compiled once, on first use.
 */
import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { PolicyFinding, WHOLE_DOCUMENT, findingMessage, statementLabel } from './finding';
import { FailureExplanation, GrammarRuleId, ON_FAILURE_KEYWORD } from './on-failure';
import { PolicyGrammar, PolicyInput, PolicyTarget, grammarOf, isRecord } from './policy-input';
import { policySchema } from './policy-schema';
import { pointerSegments, readablePath } from './readable-path';

export interface GrammarFinding extends PolicyFinding {
  readonly rule: `grammar/${GrammarRuleId}`;
  /** Where in the document, e.g. `Statement[0].Action[1]`. */
  readonly path: string;
}

export interface GrammarOptions {
  /**
   * Where the document is attached. Default: identity documents follow
   * the identity grammar; resource documents follow the trust grammar
   * when every action assumes a role, the resource grammar otherwise.
   */
  readonly target?: PolicyTarget;
}

const validators = new Map<PolicyGrammar, ValidateFunction>();
let ajv: Ajv2020 | undefined;

function validatorFor(grammar: PolicyGrammar): ValidateFunction {
  const cached = validators.get(grammar);
  if (cached !== undefined) return cached;

  // verbose keeps the failing schema on each error, which holds the
  // explanation. Unknown keywords stay an error; the type and required
  // checks are off because `if`/`then` branches test what a parent set up.
  ajv ??= new Ajv2020({
    allErrors: true,
    verbose: true,
    strictSchema: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
  }).addVocabulary([ON_FAILURE_KEYWORD]);

  const validate = ajv.compile(policySchema(grammar));
  validators.set(grammar, validate);
  return validate;
}

export function checkGrammar(policy: PolicyInput, options: GrammarOptions = {}): GrammarFinding[] {
  const validate = validatorFor(grammarOf(policy, options.target));

  if (validate(policy.document)) return [];

  return (validate.errors ?? [])
    .filter(isReportable)
    .map((error) => toFinding(policy, error));
}

/**
 * `if` only says that its `then` or `else` failed, which is reported on
 * its own; a property-name pattern is reported by its `propertyNames`.
 */
function isReportable(error: ErrorObject): boolean {
  return error.keyword !== 'if' && error.propertyName === undefined;
}

function toFinding(policy: PolicyInput, error: ErrorObject): GrammarFinding {
  const explanation = explanationOf(error);
  const segments = [...pointerSegments(error.instancePath), ...namedProperty(error)];
  const path = readablePath(segments);
  const statement = statementOf(policy.document, segments);
  const subject = segments.length === 0 ? 'the document' : path;
  const problem = `${subject} ${fillIn(explanation.problem, error)}`;

  return {
    rule: `grammar/${explanation.rule}`,
    document: policy.name,
    statement,
    path,
    message: findingMessage(policy.name, statement, problem, explanation.fix),
    fix: explanation.fix,
  };
}

function explanationOf(error: ErrorObject): FailureExplanation {
  const onFailure: unknown = error.parentSchema?.[ON_FAILURE_KEYWORD];
  const explanation = isRecord(onFailure) ? onFailure[error.keyword] : undefined;
  if (isExplanation(explanation)) return explanation;

  // Every constraint of the schema is explained (a test walks them all),
  // so this only guards against a schema edit that forgot one.
  return {
    rule: 'document-shape',
    problem: error.message ?? 'breaks the IAM policy grammar',
    fix: 'follow the IAM policy grammar',
  };
}

function isExplanation(value: unknown): value is FailureExplanation {
  return isRecord(value) && typeof value.rule === 'string' && typeof value.fix === 'string';
}

/** An unknown or misnamed property is reported at its own path. */
function namedProperty(error: ErrorObject): string[] {
  const { additionalProperty, propertyName } = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties' && typeof additionalProperty === 'string') {
    return [additionalProperty];
  }
  if (error.keyword === 'propertyNames' && typeof propertyName === 'string') {
    return [propertyName];
  }
  return [];
}

function fillIn(problem: string, error: ErrorObject): string {
  const { missingProperty } = error.params as Record<string, unknown>;
  return problem
    .replace('{missing}', String(missingProperty))
    .replace('{value}', shown(error.data));
}

/** The offending value, short enough for one line. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** The statement a path points into, by Sid or index. */
function statementOf(document: unknown, segments: readonly string[]): string {
  if (segments[0] !== 'Statement' || segments.length < 2 || !isRecord(document)) {
    return WHOLE_DOCUMENT;
  }

  const statements = document.Statement;
  if (!Array.isArray(statements)) return statementLabel(statements, 0);

  const index = Number(segments[1]);
  return Number.isInteger(index) ? statementLabel(statements[index], index) : WHOLE_DOCUMENT;
}
