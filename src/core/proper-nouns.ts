/**
 * Whether a restored word is a proper noun whatever its place (`Myanmar`, `London`,
 * `Monday`), from compromise's lexicon. compromise is loaded on first use only, so texts
 * without a cascade never pay for it.
 */
import { loadNlp } from './nlp.js';

const cache = new Map<string, boolean>();

/**
 * Whether a single word is a proper noun, a place or a day or month name.
 * @param word the word in any case.
 * @returns true when compromise's lexicon says so.
 */
export function isProperNoun(word: string): boolean {
  const key = word.toLowerCase();
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (!/^\p{L}+$/u.test(key)) return false;
  const document = loadNlp()(key);
  const result = document.has('#ProperNoun') || document.has('#Place') || document.has('#WeekDay') || document.has('#Month');
  cache.set(key, result);
  return result;
}
