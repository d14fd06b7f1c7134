/** Suggestions for misspelled keys: close typos are named, unrelated words are not. */
import { closestMatch } from '../../config/closest-match';

const LIFECYCLE_KEYS = ['infrequentAccessDays', 'glacierDays', 'expirationDays'];

describe('closestMatch', () => {
  it.each([
    { typo: 'glacierDay', meant: 'glacierDays', slip: 'a dropped letter' },
    { typo: 'glaicerDays', meant: 'glacierDays', slip: 'two swapped letters' },
    { typo: 'ExpirationDays', meant: 'expirationDays', slip: 'a different case' },
    { typo: 'infrequentAccesDays', meant: 'infrequentAccessDays', slip: 'a missing double' },
  ])('names "$meant" for $slip', ({ typo, meant }) => {
    expect(closestMatch(typo, LIFECYCLE_KEYS)).toBe(meant);
  });

  it('suggests nothing for a word that resembles no candidate', () => {
    expect(closestMatch('retention', LIFECYCLE_KEYS)).toBeUndefined();
  });
});
