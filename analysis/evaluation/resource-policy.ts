/**
 * Which resource policy AWS consults for a request: the bucket policy of
 * the bucket it touches, the key policy of the key, a role's trust policy
 * when someone assumes it. Everything else has none.
 */
import { PolicyDocument } from '../../policies/types';
import { DeployedPolicies } from './deployed-policies';
import { DocumentName, PRINCIPAL_ROLES, trustDocument } from './document-names';
import { defaultKeyPolicy } from './fixtures';
import { Scenario } from './scenario';
import { Targets } from './targets';

function inBucket(arn: string, bucketArn: string): boolean {
  return arn === bucketArn || arn.startsWith(`${bucketArn}/`);
}

/** The deployed document that guards the scenario's resource, if any. */
export function guardingDocument(scenario: Scenario, at: Targets): DocumentName | undefined {
  const { arn } = scenario.target;
  const service = scenario.action.split(':')[0];

  if (service === 's3' && inBucket(arn, at.certificateBucket.arn)) {
    return scenario.leftOut === 'bucket policy' ? undefined : 'certificate-bucket';
  }
  if (service === 's3' && inBucket(arn, at.logBucket.arn)) {
    return scenario.leftOut === 'bucket policy' ? undefined : 'log-bucket';
  }
  if (service === 'kms' && arn === at.kmsKey.arn) return 'kms-key';
  if (service === 'sts') {
    const role = PRINCIPAL_ROLES.find((candidate) => at.role(candidate).arn === arn);
    return role === undefined ? undefined : trustDocument(role);
  }
  return undefined;
}

export function resourcePolicy(
  policies: DeployedPolicies,
  scenario: Scenario,
  at: Targets,
): PolicyDocument | undefined {
  // Every other key of the account keeps the policy KMS gives by default.
  const { arn } = scenario.target;
  if (arn.startsWith('arn:aws:kms:') && arn !== at.kmsKey.arn) {
    return defaultKeyPolicy(policies.variant.config);
  }

  const name = guardingDocument(scenario, at);
  if (name === undefined) return undefined;

  const document = policies.documents.get(name);
  if (document === undefined) {
    throw new Error(
      `${policies.variant.label}: "${scenario.request}" needs the ${name} policy, ` +
        'which the stack does not have',
    );
  }
  return document;
}
