/**
 * The names the analysis gives the policy documents of one stack. They
 * name the snapshot files, the mutants and the evaluation's messages.
 */
import { PrincipalRole } from '../../policies/principals';
import { PolicyKind } from '../../policies/types';

export const PRINCIPAL_ROLES: readonly PrincipalRole[] = [
  'app',
  'backfill',
  'checker',
  'key-rotation',
  'ci-deployer',
];

export type DocumentName =
  | 'certificate-bucket'
  | 'log-bucket'
  | 'kms-key'
  | `${PrincipalRole}-access`
  | `${PrincipalRole}-trust`;

export function accessDocument(role: PrincipalRole): DocumentName {
  return `${role}-access`;
}

export function trustDocument(role: PrincipalRole): DocumentName {
  return `${role}-trust`;
}

/** Identity policies attach to a principal; the others sit on a resource. */
export function documentKind(name: DocumentName): PolicyKind {
  return name.endsWith('-access') ? 'identity' : 'resource';
}

/** `ci_deployer` (a Terraform id part) as the role `ci-deployer`, if it is one. */
export function roleFromTerraformId(idPart: string): PrincipalRole | undefined {
  return PRINCIPAL_ROLES.find((role) => role.replace(/-/g, '_') === idPart);
}
