/**
 * Every AWS action the key-rotation command calls, and the user tags it
 * keeps its record in. The operator policy grants exactly these, and the
 * rotation tests prove the command calls nothing else. Action names are
 * IAM's (`service:Operation`), which for these services equal the SDK
 * operation names.
 */

/** Called with the operator's credentials on the app user only. */
export const KEY_ROTATION_IAM_ACTIONS = [
  'iam:GetUser',
  'iam:ListAccessKeys',
  'iam:GetAccessKeyLastUsed',
  'iam:CreateAccessKey',
  'iam:UpdateAccessKey',
  'iam:DeleteAccessKey',
  'iam:TagUser',
  'iam:UntagUser',
] as const;

/** The IAM actions that write the rotation record; limited to its tags. */
export const KEY_ROTATION_TAG_ACTIONS: readonly string[] = ['iam:TagUser', 'iam:UntagUser'];

/**
 * Called with the operator's credentials on the app's key parameter only.
 * With the AWS managed key `alias/aws/ssm` no KMS permission is needed;
 * a customer managed key would also need kms:Decrypt and kms:Encrypt.
 */
export const KEY_ROTATION_SSM_ACTIONS = [
  'ssm:GetParameter',
  'ssm:GetParameterHistory',
  'ssm:PutParameter',
] as const;

/** Everything the operator's credentials call. */
export const KEY_ROTATION_OPERATOR_ACTIONS: readonly string[] = [
  ...KEY_ROTATION_IAM_ACTIONS,
  ...KEY_ROTATION_SSM_ACTIONS,
];

/**
 * Called with the app's key under test, to prove it works: allowed by the
 * app's own policy (GetCallerIdentity needs no permission), not the operator's.
 */
export const KEY_CHECK_ACTIONS: readonly string[] = ['sts:GetCallerIdentity', 's3:DeleteObject'];

/** When the current rotation began (before the second key was created). */
export const ROTATION_STARTED_TAG = 'rotation-started-at';
/** The key being replaced. */
export const ROTATION_OLD_KEY_TAG = 'rotation-old-key-id';
/** When the old key was deactivated; the grace period counts from here. */
export const ROTATION_DEACTIVATED_TAG = 'rotation-old-key-deactivated-at';

/** Every tag of the rotation record. */
export const ROTATION_RECORD_TAGS: readonly string[] = [
  ROTATION_STARTED_TAG,
  ROTATION_OLD_KEY_TAG,
  ROTATION_DEACTIVATED_TAG,
];
