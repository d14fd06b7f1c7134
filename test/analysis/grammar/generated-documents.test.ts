import { checkGrammar } from '../../../analysis/grammar/check-grammar';
import { generatedCases } from '../lint/generated-fixture';

describe('the grammar check on every generated document', () => {
  const cases = generatedCases();

  it('given both environments in both encryption modes, then it sees every kind of target', () => {
    const targets = new Set(cases.map(({ deployed }) => deployed.target));

    expect([...targets].sort()).toEqual([
      'bucket-policy',
      'inline-role-policy',
      'inline-user-policy',
      'kms-key-policy',
      'trust-policy',
    ]);
  });

  it.each(cases.map((generated) => [generated.title, generated]))(
    'given %s, when checked against the grammar of its target, then nothing is reported',
    (_title, { deployed }) => {
      expect(checkGrammar(deployed.policy, { target: deployed.target })).toEqual([]);
    },
  );
});
