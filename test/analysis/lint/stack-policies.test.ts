import { deployedPolicies } from '../../../analysis/lint/deployed-policies';
import { analyzePolicy } from '../../../analysis/lint/analyze-policy';
import { IamCatalog, loadIamCatalog } from '../../../analysis/lint/catalog';
import { resolveReferences } from '../../../analysis/lint/references';
import { stackPolicies } from '../../../analysis/lint/stack-policies';
import { loadEnvironments } from '../../../config/load';
import { ENVIRONMENT_NAMES, EncryptionMode } from '../../../config/types';
import { synthesizeStacks } from '../../support/synthesized';
import { KEY_ARN } from './fixtures';

const KEY_REFERENCE = '${aws_kms_key.certificate_key.arn}';
const MODES: readonly EncryptionMode[] = ['SSE-S3', 'SSE-KMS'];

describe.each(MODES)('the policies of the synthesized stacks in %s mode', (encryption) => {
  const configs = loadEnvironments(ENVIRONMENT_NAMES).map((config) => ({
    ...config,
    encryption,
  }));
  const synthesized = synthesizeStacks(configs);
  let catalog: IamCatalog;

  beforeAll(async () => {
    catalog = await loadIamCatalog();
  });


  function resolvedPolicies(environment: string) {
    return stackPolicies(synthesized.stacks[environment]).map((policy) => ({
      ...policy,
      document: resolveReferences(policy.document, { [KEY_REFERENCE]: KEY_ARN }),
    }));
  }

  it.each(configs.map((config) => [config.name, config]))(
    'given %s, when the stack is read, then it holds the generated documents at their targets',
    (_name, config) => {
      const generated = deployedPolicies({ config, kmsKeyArn: KEY_ARN }).map(
        ({ policy, target }) => ({ target, document: policy.document }),
      );
      const inStack = resolvedPolicies(config.name).map(({ target, document }) => ({
        target,
        document,
      }));

      expect(inStack).toHaveLength(generated.length);
      expect(inStack).toEqual(expect.arrayContaining(generated));
    },
  );

  it.each(configs.map((config) => [config.name]))(
    'given %s, when references are resolved, then grammar and lint report nothing',
    (name) => {
      const findings = resolvedPolicies(name).flatMap((policy) =>
        analyzePolicy(policy, { target: policy.target, catalog }),
      );

      expect(findings).toEqual([]);
    },
  );
});

describe('the synthesized KMS stack read without resolving references', () => {
  const [staging] = loadEnvironments(['staging']);
  const synthesized = synthesizeStacks([{ ...staging, encryption: 'SSE-KMS' }]);


  it('given the app policy, then the key reference is reported, not judged', async () => {
    const catalog = await loadIamCatalog();
    const app = stackPolicies(synthesized.stacks.staging).find(
      ({ name }) => name === 'aws_iam_user_policy.app_policy',
    );
    if (app === undefined) throw new Error('the staging stack has no app user policy');

    const findings = analyzePolicy(app, { target: app.target, catalog });

    expect(findings.map(({ rule, statement }) => [rule, statement])).toEqual([
      ['unresolved-reference', 'DenyUploadsWithOtherKmsKey'],
    ]);
  });
});
