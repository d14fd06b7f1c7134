/**
 * The policies of one variant as AWS would hold them after apply, with
 * Terraform references replaced by concrete example values. A reference
 * without a value stops the run: evaluated as a literal string it would
 * prove nothing.
 */
import { referencesIn, resolveReferences } from '../lint';
import { PolicyDocument } from '../../policies/types';
import { DocumentName } from './document-names';
import { terraformReferenceValues } from './example-values';
import { asPolicyDocument } from './policy-document';
import { SynthesizedVariant } from './synthesized-stacks';
import { Variant } from './variants';

export interface DeployedPolicies {
  readonly variant: Variant;
  readonly documents: ReadonlyMap<DocumentName, PolicyDocument>;
}

function resolved(document: unknown, values: Record<string, string>, where: string): unknown {
  const concrete = resolveReferences(document, values);
  const left = [...new Set(referencesIn(JSON.stringify(concrete)))];
  if (left.length > 0) {
    throw new Error(
      `${where}: unresolved Terraform reference ${left.join(', ')}; ` +
        'give it a concrete example value in analysis/evaluation/example-values.ts',
    );
  }
  return concrete;
}

export function deployedPolicies(synthesized: SynthesizedVariant): DeployedPolicies {
  const { variant } = synthesized;
  const values = terraformReferenceValues(variant.config);

  const documents = new Map<DocumentName, PolicyDocument>();
  for (const { name, address, document } of synthesized.documents) {
    const where = `${variant.label} ${address}`;
    documents.set(name, asPolicyDocument(resolved(document, values, where), where));
  }
  return { variant, documents };
}

/** The same policies with one document replaced. */
export function withDocument(
  policies: DeployedPolicies,
  name: DocumentName,
  document: PolicyDocument,
): DeployedPolicies {
  return { ...policies, documents: new Map(policies.documents).set(name, document) };
}
