/**
 * Whether a restored word is a proper noun whatever its place (`Myanmar`, `London`,
 * `Monday`), from compromise's lexicon. compromise is loaded on first use only, so texts
 * without a cascade never pay for it.
 */
import { createRequire } from 'node:module';

/** The slice of compromise's API used here. */
type Nlp = (text: string) => { has(match: string): boolean };

let nlp: Nlp | undefined;
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
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  const document = nlp(key);
  const result = document.has('#ProperNoun') || document.has('#Place') || document.has('#WeekDay') || document.has('#Month');
  cache.set(key, result);
  return result;
}
