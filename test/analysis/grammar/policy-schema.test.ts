import Ajv2020 from 'ajv/dist/2020';
import { ASSERTION_KEYWORDS, ON_FAILURE_KEYWORD } from '../../../analysis/grammar/on-failure';
import { PolicyGrammar, isRecord } from '../../../analysis/grammar/policy-input';
import { policySchema } from '../../../analysis/grammar/policy-schema';

const GRAMMARS: readonly PolicyGrammar[] = ['identity', 'resource', 'trust'];

/** Every subschema, with where it sits, skipping property-name patterns. */
function subschemas(schema: unknown, at = '#'): [string, Record<string, unknown>][] {
  if (!isRecord(schema)) return [];

  const children = Object.entries(schema).flatMap(([keyword, value]) => {
    // Property-name patterns are reported through their `propertyNames`.
    if (keyword === 'propertyNames' || keyword === ON_FAILURE_KEYWORD) return [];
    if (Array.isArray(value)) {
      return value.flatMap((item, index) => subschemas(item, `${at}/${keyword}/${index}`));
    }
    if (keyword === 'properties' && isRecord(value)) {
      return Object.entries(value).flatMap(([name, item]) =>
        subschemas(item, `${at}/properties/${name}`),
      );
    }
    return subschemas(value, `${at}/${keyword}`);
  });
  return [[at, schema], ...children];
}

/** Constraints that report failures; inside `if` and `not` they only steer. */
function assertions(at: string, schema: Record<string, unknown>): string[] {
  if (at.endsWith('/if') || at.endsWith('/not')) return [];
  const keywords: string[] = ASSERTION_KEYWORDS.filter((keyword) => keyword in schema);
  return schema.additionalProperties === false ? [...keywords, 'additionalProperties'] : keywords;
}

describe('the IAM policy schema', () => {
  it.each(GRAMMARS)(
    'given the %s grammar, then every constraint carries its rule, problem and fix',
    (grammar) => {
      const unexplained = subschemas(policySchema(grammar)).flatMap(([at, schema]) => {
        const onFailure = schema[ON_FAILURE_KEYWORD];
        return assertions(at, schema)
          .filter((keyword) => !isRecord(onFailure) || !isRecord(onFailure[keyword]))
          .map((keyword) => `${at}/${keyword}`);
      });

      expect(unexplained).toEqual([]);
    },
  );

  it.each(GRAMMARS)(
    'given the %s grammar, when a plain draft 2020-12 validator compiles it, then it validates',
    (grammar) => {
      // A validator that does not know the explanations treats them as annotations.
      const ajv = new Ajv2020({ strict: false });
      const validate = ajv.compile(JSON.parse(JSON.stringify(policySchema(grammar))));

      expect(validate({ Version: '2012-10-17', Statement: [] })).toBe(false);
    },
  );
});
