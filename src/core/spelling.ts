/**
 * The English spelling dictionary (Hunspell's, from `dictionary-en`, read by `nspell`), loaded
 * on first use like compromise: it tells whether letters make a word as written, and which
 * words English writes with a capital only (`Meyer`, `Queensland`, `PlayStation`). A word the
 * damage hid shows no letter case, so the dictionary's is the best guess where the words
 * around it say nothing. Loading takes about 0.3 s and 30 MB, so only restorations ask it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';

let loaded: ReturnType<typeof nspell> | undefined;

/**
 * Returns the spelling checker, loading the dictionary the first time. `dictionary-en` reads
 * its files with a top-level `await`; they are read here directly, so checks stay synchronous.
 * @returns the checker.
 */
function checker(): ReturnType<typeof nspell> {
  if (loaded === undefined) {
    const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
    loaded = nspell({ aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) });
  }
  return loaded;
}

const known = new Map<string, boolean>();

/**
 * Whether the dictionary holds a word written exactly so (`passport`, `Meyer`; not
 * `playstation`). A capitalised or all-capitals spelling of a lower-case word is held too.
 * @param word the word.
 * @returns true when it is spelled right.
 */
export function isSpelledWord(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    answer = word.length > 0 && word.length <= 40 && checker().correct(word);
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
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  return isSpelledWord(capital) && !isSpelledWord(lower);
}
