/**
 * Which deployed documents a scenario's decision depends on: the caller's
 * identity policy and the resource's policy. A change to any other
 * document cannot change the decision, so the mutation run skips it.
 */
import { DocumentName } from './document-names';
import { guardingDocument } from './resource-policy';
import { Scenario } from './scenario';
import { EvaluationSetting } from './simulate';

export function documentsUsed(scenario: Scenario, setting: EvaluationSetting): DocumentName[] {
  const used: DocumentName[] = [];
  const identity = setting.callers.get(scenario.caller)?.identity;
  if (identity !== undefined && identity !== 'none' && 'deployed' in identity) {
    used.push(identity.deployed);
  }

  const guard = guardingDocument(scenario, setting.env.at);
  if (guard !== undefined) used.push(guard);
  return used;
}

/** The scenarios each document takes part in. */
export function scenariosByDocument(
  scenarios: readonly Scenario[],
  setting: EvaluationSetting,
): ReadonlyMap<DocumentName, readonly Scenario[]> {
  const byDocument = new Map<DocumentName, Scenario[]>();
  for (const scenario of scenarios) {
    for (const name of documentsUsed(scenario, setting)) {
      byDocument.set(name, [...(byDocument.get(name) ?? []), scenario]);
    }
  }
  return byDocument;
}
