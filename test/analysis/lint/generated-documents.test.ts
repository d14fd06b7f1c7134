import { IamCatalog, loadIamCatalog } from '../../../analysis/lint/catalog';
import { lintPolicy } from '../../../analysis/lint/lint-policy';
import { generatedCases } from './generated-fixture';

describe('the lint rules on every generated document', () => {
  let catalog: IamCatalog;

  beforeAll(async () => {
    catalog = await loadIamCatalog();
  });

  it.each(generatedCases().map((generated) => [generated.title, generated]))(
    'given %s, when linted for its target, then nothing is reported',
    (_title, { deployed }) => {
      expect(lintPolicy(deployed.policy, { target: deployed.target, catalog })).toEqual([]);
    },
  );
});
