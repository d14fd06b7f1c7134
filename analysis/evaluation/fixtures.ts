/**
 * Policies that are not ours but shape what our policies must withstand:
 * an administrator's grant, and the default policy of another KMS key.
 */
import { EnvironmentConfig } from '../../config/types';
import { PolicyDocument } from '../../policies/types';

/** AWS's AdministratorAccess managed policy, as people in an account often hold it. */
export const ADMINISTRATOR_ACCESS: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'AdministratorAccess', Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
};

/**
 * The policy KMS gives a key created without one: the account's IAM
 * policies decide. A grant that reaches such a key by a wildcard is a
 * real way to decrypt someone else's data.
 */
export function defaultKeyPolicy(config: EnvironmentConfig): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EnableIamUserPermissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${config.accountId}:root` },
        Action: ['kms:*'],
        Resource: ['*'],
      },
    ],
  };
}
