import { LINT_RULES } from '../../../analysis/lint/lint-policy';
import { LintRuleId } from '../../../analysis/lint/lint-rule';
import { lintWithCatalog } from './fixtures';

/** Every rule id, kept complete by the compiler. */
const EVERY_RULE: Readonly<Record<LintRuleId, true>> = {
  'unknown-action': true,
  'unknown-condition-operator': true,
  'unsupported-condition-key': true,
  'allow-wildcard-action': true,
  'allow-wildcard-data-resource': true,
  'allow-not-element': true,
  'sid-not-alphanumeric': true,
  'duplicate-sid': true,
  'resource-type-mismatch': true,
  'document-too-large': true,
  'unresolved-reference': true,
};

describe('LINT_RULES', () => {
  it('given the rule ids, then each runs exactly once', () => {
    const ids = LINT_RULES.map(({ id }) => id);

    expect([...ids].sort()).toEqual(Object.keys(EVERY_RULE).sort());
  });

  it('given each rule, then it describes what it catches in one line', () => {
    for (const rule of LINT_RULES) {
      expect(rule.description).toMatch(/^[A-Z].{10,90}\.$/);
    }
  });

  describe('given a document that breaks the grammar everywhere', () => {
    const lint = lintWithCatalog();

    it('when linted, then it judges what it can read and leaves the rest to the grammar', () => {
      const document = {
        Statement: [
          null,
          5,
          { Sid: 7, Effect: 'Allow', Action: [5, 's3:GetObjekt'], Resource: { arn: 'x' } },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: 5 } },
        ],
      };

      const findings = lint({ name: 'broken', kind: 'identity', document });

      expect(findings.map(({ rule, statement }) => [rule, statement])).toEqual([
        ['unknown-action', 'Statement[2]'],
        ['allow-wildcard-data-resource', 'Statement[3]'],
      ]);
    });
  });
});
