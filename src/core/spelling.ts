/**
 * The English spelling dictionaries (Hunspell's, from `dictionary-en` and `dictionary-en-gb`,
 * read by `nspell`), loaded on first use like compromise: they tell whether letters make a word
 * as written, and which words English writes with a capital only (`Meyer`, `Queensland`,
 * `PlayStation`). A word the damage hid shows no letter case, so the dictionary's is the best
 * guess where the words around it say nothing. A word is spelled right when either holds it, so
 * British spellings count (`programme`, `organisation`): the British dictionary is read only
 * for a word the American one does not hold. Loading each takes about 0.3 s and 30 MB, so only
 * restorations ask them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { modernWords } from '../rules/data/modern-words.js';

type Checker = ReturnType<typeof nspell>;

const loaded = new Map<string, Checker>();

/**
 * Returns a spelling checker, loading its dictionary the first time. The `dictionary-en`
 * packages read their files with a top-level `await`; they are read here directly, so checks
 * stay synchronous.
 * @param name the dictionary package (`dictionary-en`, `dictionary-en-gb`).
 * @returns the checker.
 */
function checker(name: string): Checker {
  let found = loaded.get(name);
  if (found === undefined) {
    const folder = dirname(createRequire(import.meta.url).resolve(name));
    found = nspell({ aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) });
    loaded.set(name, found);
  }
  return found;
}

const known = new Map<string, boolean>();

const modern = new Set(modernWords);

/**
 * A word in lower case with its first letter capitalised (`meyer` → `Meyer`).
 * @param lower the word in lower case.
 * @returns the capitalised form.
 */
function capitalisedForm(lower: string): string {
  return `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
}

/**
 * Whether a word is one of the recent words the dictionaries lack (see `modernWords`), in lower
 * case or capitalised, or its plural in `s`.
 * @param word the word.
 * @returns true for such a word.
 */
function isModernWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower && word !== capitalisedForm(lower) && word !== word.toUpperCase()) return false;
  return modern.has(lower) || (lower.endsWith('s') && modern.has(lower.slice(0, -1)));
}

/**
 * Whether the dictionary holds a word written exactly so (`passport`, `Meyer`; not
 * `playstation`), or it is a recent word it lacks (`wellbeing`). A capitalised or
 * all-capitals spelling of a lower-case word is held too.
 * @param word the word.
 * @returns true when it is spelled right.
 */
export function isSpelledWord(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    answer = word.length > 0 && word.length <= 40 && (isModernWord(word) || checker('dictionary-en').correct(word) || checker('dictionary-en-gb').correct(word));
    known.set(word, answer);
  }
  return answer;
}

/**
 * Whether English writes a word with a capital only: the dictionary holds it capitalised and
 * not in lower case (`Meyer`, `Queensland`; not `Congress`, which is also `congress`).
 * @param word the word in any case.
 * @returns true for a word written with a capital only.
 */
export function isCapitalOnly(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word.toUpperCase()) return false;
  return isSpelledWord(capitalisedForm(lower)) && !isSpelledWord(lower);
}

/**
 * Whether the dictionary holds a word in lower case or with only its first letter capitalised,
 * whatever its letter case as written (`HiStory` for `history`, `FaceBook` for `Facebook`; not
 * `YouTube`, which it holds only so).
 * @param word the word in any case.
 * @returns true when one of those forms is a word.
 */
export function isSpelledPlainly(word: string): boolean {
  const lower = word.toLowerCase();
  return isSpelledWord(lower) || isSpelledWord(capitalisedForm(lower));
}
