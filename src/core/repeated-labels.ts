/**
 * Labels a text shows by repeating them: a taxonomy label put in by a single find-and-replace
 * pass leaves no cascade, but where the term was used several times the label stands
 * mid-sentence several times, with the capital of a label and a lower-case rest
 * (`several thousand Children's rights under the age`). This finds the phrases of a label's
 * shape (a capitalised possessive and a lower-case word) that stand mid-sentence at least
 * twice. They are candidates only: the `no-label-injection` rule reads each occurrence's
 * context and offers at most a suggestion.
 *
 * The search is one `indexOf` pass for each apostrophe and a constant look around each hit,
 * so it is linear in the text and costs little: prose has few apostrophes.
 */
import { functionWords } from '../rules/data/words.js';
import { normaliseApostrophes } from './analyze.js';
import { CharClass, classAt } from './scanner.js';

/** How often a phrase must stand mid-sentence to read as a label. */
const minimumRepeats = 2;

/** The apostrophes a possessive is written with. */
const apostrophes = ["'", '\u2019'];

/** Words that never end a label (`Treasury and the`, `Sass and can`). */
const closedClass = new Set(functionWords);

/** A label a text repeats, with where it stands mid-sentence. */
export interface RepeatedLabel {
  /** The label as first written (`Children's rights`). */
  label: string;
  /** Start offsets of its uses, either apostrophe, in text order (two or more mid-sentence). */
  starts: number[];
}

/** The last text read and its labels (the checks of one text ask more than once). */
let last: { text: string; labels: RepeatedLabel[] } | undefined;

/**
 * Finds the label-shaped phrases a text uses mid-sentence at least twice.
 * @param text the prose text.
 * @param inTokens the offsets of the `'` and `’` that `findCandidates` read inside the text's
 *   tokens, in text order, when the caller has them: every possessive is among them, so the
 *   text is not searched again.
 * @returns the labels, in order of first use, each with all its uses.
 */
export function findRepeatedLabels(text: string, inTokens?: readonly number[]): RepeatedLabel[] {
  if (last !== undefined && last.text === text) return last.labels;
  const counts = new Map<string, RepeatedLabel & { mid: number }>();
  // Apostrophes are rare next to spaces and letters: one native search for each kind.
  for (const apostrophe of apostrophes) {
    for (const at of inTokens === undefined ? searchAll(text, apostrophe) : inTokens) {
      if (text.charAt(at) !== apostrophe) continue;
      const label = labelAt(text, at);
      if (label === undefined) continue;
      const key = normaliseApostrophes(label.text);
      const entry = counts.get(key);
      const mid = label.mid ? 1 : 0;
      if (entry) {
        entry.starts.push(label.start);
        entry.mid += mid;
      } else counts.set(key, { label: label.text, starts: [label.start], mid });
    }
  }
  // Uses mid-sentence make the label; every use is then read (`Palestinian Children's rights`).
  const labels: RepeatedLabel[] = [...counts.values()].filter((entry) => entry.mid >= minimumRepeats).map(({ label, starts }) => ({ label, starts }));
  for (const entry of labels) entry.starts.sort((left, right) => left - right);
  labels.sort((left, right) => (left.starts[0] as number) - (right.starts[0] as number));
  last = { text, labels };
  return labels;
}

/**
 * Every offset of a character in a text.
 * @param text the text.
 * @param character the character.
 * @yields its offsets, in text order.
 */
function* searchAll(text: string, character: string): Generator<number> {
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) yield at;
}

/**
 * Reads the label around an apostrophe, when it has a label's shape (a possessive head and a
 * lower-case word), and whether it stands mid-sentence.
 * @param text the text.
 * @param at where the apostrophe is.
 * @returns the label, its start and whether it stands mid-sentence, or undefined.
 */
function labelAt(text: string, at: number): { text: string; start: number; mid: boolean } | undefined {
  // `'s ` after a singular (`Children's rights`), or a bare `' ` after a plural in `s`
  // (`Teachers' pay`; elsewhere a closing quote). `'s` after an `s` is a singular's
  // (`Cummings's`): a plural in `s` takes the bare `'`.
  const afterS = text.charAt(at - 1) === 's';
  let restStart: number;
  if (text.charAt(at + 1) === 's' && text.charAt(at + 2) === ' ') {
    if (afterS) return undefined;
    restStart = at + 3;
  } else if (text.charAt(at + 1) === ' ' && afterS) restStart = at + 2;
  else return undefined;
  // The head: a word ending at the apostrophe (`Children`, `Teachers`).
  let start = at;
  while (start > 0 && classAt(text, start - 1) === CharClass.Letter) start--;
  if (at - start < 3 || !isTitleWord(text, start, at)) return undefined;
  // The rest: one lower-case word of three letters or more.
  let end = restStart;
  while (end < text.length && classAt(text, end) === CharClass.Letter) end++;
  if (end - restStart < 3 || !isLowerWord(text, restStart, end) || closedClass.has(text.slice(restStart, end))) return undefined;
  // `rights-based`, `area51`: a longer word, not the label.
  if (end < text.length && (classAt(text, end) === CharClass.Digit || text.charAt(end) === '-' || text.charAt(end) === "'" || text.charAt(end) === '\u2019')) return undefined;
  return { text: text.slice(start, end), start, mid: midSentence(text, start) };
}

/**
 * Whether a word is a capital followed by lower-case letters only (`Children`, not `UNICEF`
 * or `iPhone`).
 * @param text the text.
 * @param start the word's start.
 * @param end its end.
 * @returns true for such a word.
 */
function isTitleWord(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  return isLowerWord(text, start + 1, end);
}

/**
 * Whether letters are all lower case.
 * @param text the text.
 * @param start the first letter.
 * @param end after the last.
 * @returns true when none is upper case.
 */
function isLowerWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return word === word.toLowerCase() && word !== word.toUpperCase();
}

/**
 * Whether a word stands inside a sentence: after a space, after a word in lower case, a number
 * or a comma (not at a line or sentence start, after a colon or inside a quotation).
 * @param text the text.
 * @param start the word's start.
 * @returns true mid-sentence.
 */
function midSentence(text: string, start: number): boolean {
  if (start < 2 || text.charAt(start - 1) !== ' ') return false;
  const before = text.charAt(start - 2);
  if (before === ',') return true;
  if (classAt(text, start - 2) === CharClass.Digit) return true;
  // The word before is lower case throughout: `two Children's rights`, not `New Year's`.
  let wordStart = start - 2;
  while (wordStart > 0 && classAt(text, wordStart - 1) === CharClass.Letter) wordStart--;
  return classAt(text, start - 2) === CharClass.Letter && isLowerWord(text, wordStart, start - 1);
}
