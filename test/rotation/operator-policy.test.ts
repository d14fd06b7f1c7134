/**
 * The operator policy, evaluated as AWS would: every call the rotation
 * command makes is allowed on the staging app user and its key parameter,
 * the same calls on any other user or parameter are denied, and the
 * policy grants nothing the command does not call. The fault-injection
 * test proves the action lists are exactly the calls the command makes;
 * the app's own policy must allow the request that checks a new key.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { loadEnvironments } from '../../config/load';
import { appAccessPolicy } from '../../policies/app-access';
import { keyRotationPolicy } from '../../policies/key-rotation';
import { PolicyDocument } from '../../policies/types';
import {
  KEY_ROTATION_IAM_ACTIONS,
  KEY_ROTATION_OPERATOR_ACTIONS,
  KEY_ROTATION_SSM_ACTIONS,
} from '../../policies/key-rotation-actions';

const staging = loadEnvironments(['staging'])[0];
const { accountId, region, namePrefix } = staging;
const parameterName = staging.keyRotation?.parameterName ?? '';

const OPERATOR = `arn:aws:sts::${accountId}:assumed-role/${namePrefix}-key-rotation/operator`;
const APP_USER = `arn:aws:iam::${accountId}:user/${namePrefix}-app`;
const KEY_PARAMETER = `arn:aws:ssm:${region}:${accountId}:parameter${parameterName}`;
const OTHER_USER = `arn:aws:iam::${accountId}:user/${namePrefix}-ci-deployer`;
const OTHER_PARAMETER = `arn:aws:ssm:${region}:${accountId}:parameter/deltacrown/staging/other`;

async function evaluate(
  policy: PolicyDocument,
  principal: string,
  action: string,
  resource: string,
): Promise<string> {
  const result = await runSimulation({
    request: {
      principal,
      action,
      resource: { resource, accountId },
      contextVariables: {},
    },
    identityPolicies: [{ name: 'under-test', policy }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  }, {});
  if (result.resultType === 'error') {
    throw new Error(`${action} on ${resource}: ${result.errors.message}`);
  }
  return result.overallResult;
}

const operatorPolicy = keyRotationPolicy(staging).document;

describe('the key-rotation operator policy', () => {
  it.each([...KEY_ROTATION_IAM_ACTIONS])('allows %s on the app user', async (action) => {
    expect(await evaluate(operatorPolicy, OPERATOR, action, APP_USER)).toBe('Allowed');
  });

  it.each([...KEY_ROTATION_IAM_ACTIONS])('denies %s on another user', async (action) => {
    expect(await evaluate(operatorPolicy, OPERATOR, action, OTHER_USER))
      .toBe('ImplicitlyDenied');
  });

  it.each([...KEY_ROTATION_SSM_ACTIONS])('allows %s on the key parameter', async (action) => {
    expect(await evaluate(operatorPolicy, OPERATOR, action, KEY_PARAMETER)).toBe('Allowed');
  });

  it.each([...KEY_ROTATION_SSM_ACTIONS])('denies %s on another parameter', async (action) => {
    expect(await evaluate(operatorPolicy, OPERATOR, action, OTHER_PARAMETER))
      .toBe('ImplicitlyDenied');
  });

  it('grants no action the command does not call', () => {
    const granted = operatorPolicy.Statement
      .filter((statement) => statement.Effect === 'Allow')
      .flatMap((statement) => statement.Action ?? []);

    expect([...new Set(granted)].sort()).toEqual([...KEY_ROTATION_OPERATOR_ACTIONS].sort());
  });
});

describe('the app policy and the new-key check', () => {
  it('allows the probe delete the check signs with the app key', async () => {
    const appPolicy = appAccessPolicy({ config: staging }).document;
    const probe = `arn:aws:s3:::${staging.certificateBucketName}/`
      + `${staging.prefixes.certificates}.key-rotation-probe`;

    expect(await evaluate(appPolicy, APP_USER, 's3:DeleteObject', probe)).toBe('Allowed');
  });
});
