/**
 * The grammar and lint half of the suite, applied to a mutant: the
 * mutant is caught when it brings a finding its original did not have.
 * Findings the original already has are accepted ones, so they cannot
 * count as catching anything.
 */
import { AnalysisFinding, IamCatalog, analyzePolicy } from '../lint';
import { StackDocument } from '../evaluation/stack-documents';
import { PolicyDocument } from '../../policies/types';
import { Mutant } from './mutant';

export interface StaticVerdict {
  /** The first new grammar finding, if any. */
  readonly grammar?: string;
  /** The first new lint finding, if any. */
  readonly lint?: string;
}

function findingKey(finding: AnalysisFinding): string {
  return `${finding.rule} ${finding.statement} ${finding.message}`;
}

export type StaticCheck = (mutant: Mutant) => StaticVerdict;

/** `documents` as the stack holds them; `resolved` as they are evaluated. */
export function staticCheck(
  catalog: IamCatalog,
  documents: readonly StackDocument[],
  resolved: ReadonlyMap<string, PolicyDocument>,
): StaticCheck {
  const analyze = (stacked: StackDocument, document: PolicyDocument) =>
    analyzePolicy(
      { name: stacked.name, kind: stacked.kind, document },
      { target: stacked.target, catalog },
    );
  const baseline = new Map(
    documents.map((stacked) => {
      const original = resolved.get(stacked.name);
      const findings = original === undefined ? [] : analyze(stacked, original);
      return [stacked.name, new Set(findings.map(findingKey))];
    }),
  );

  return (mutant) => {
    const stacked = documents.find((one) => one.name === mutant.document);
    if (stacked === undefined) throw new Error(`no stack document named ${mutant.document}`);

    const known = baseline.get(mutant.document) ?? new Set<string>();
    const fresh = analyze(stacked, mutant.mutated).filter((f) => !known.has(findingKey(f)));
    const grammar = fresh.find((finding) => finding.rule.startsWith('grammar/'));
    const lint = fresh.find((finding) => !finding.rule.startsWith('grammar/'));
    return {
      ...(grammar === undefined ? {} : { grammar: grammar.message }),
      ...(lint === undefined ? {} : { lint: lint.message }),
    };
  };
}
