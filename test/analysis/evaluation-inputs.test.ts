/**
 * The evaluation refuses inputs that would let a scenario prove less
 * than its row claims, and says where the problem is.
 */
import { deployedPolicies } from '../../analysis/evaluation/deployed-policies';
import { stackDocuments } from '../../analysis/evaluation/stack-documents';
import { decide } from '../../analysis/evaluation/simulate';
import { evaluatedVariants } from './evaluation-fixture';

const [staging] = evaluatedVariants(['staging']);

describe('reading a synthesized stack', () => {
  it('given a Terraform reference without an example value, then it fails naming it', () => {
    const [first, ...rest] = staging.synthesized.documents;
    const document = Object.assign({}, first.document, { Id: '${aws_foo.bar.arn}' });
    const unknown = { ...first, document };

    expect(() => deployedPolicies({ ...staging.synthesized, documents: [unknown, ...rest] }))
      .toThrow(/unresolved Terraform reference \$\{aws_foo\.bar\.arn\}/);
  });

  it('given a policy the analysis cannot name, then it fails naming its address', () => {
    const stack = {
      resource: { aws_iam_policy: { extra_policy: { policy: '{"Version":"2012-10-17"}' } } },
    };

    expect(() => stackDocuments(stack, 'test stack'))
      .toThrow(/cannot name: aws_iam_policy\.extra_policy/);
  });

  it('given something else than a stack, then it fails saying so', () => {
    expect(() => stackDocuments({}, 'test stack')).toThrow(/no policy found/);
  });
});

describe('evaluating a scenario', () => {
  const { policies, suite } = staging;
  const scenario = suite.scenarios.find((one) => one.caller === 'app');

  it('given a context key the action does not know, then it fails, not ignores it', async () => {
    if (scenario === undefined) throw new Error('no app scenario');
    const app = suite.setting.callers.get('app');
    if (app === undefined) throw new Error('no app caller');
    const typo = { ...app, context: { ...app.context, 's3:TlsVersoin': '1.3' } };
    const callers = new Map(suite.setting.callers).set('app', typo);

    await expect(decide(policies, scenario, { ...suite.setting, callers }))
      .rejects.toThrow(/context keys s3:TlsVersoin do not apply/i);
  });

  it('given a caller the environment lacks, then it fails naming it', async () => {
    if (scenario === undefined) throw new Error('no app scenario');
    const callers = new Map(suite.setting.callers);
    callers.delete('app');

    await expect(decide(policies, scenario, { ...suite.setting, callers }))
      .rejects.toThrow(/app does not exist in this environment/);
  });
});
