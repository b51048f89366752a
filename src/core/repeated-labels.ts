/**
 * Labels a text shows by repeating them: a taxonomy label put in by a single find-and-replace
 * pass leaves no cascade, but where the term was used several times the label stands
 * mid-sentence several times, with the capital of a label and a lower-case rest
 * (`several thousand Children's rights under the age`, `the Libraries and archives in the
 * county`). This finds the phrases of a label's shape (a capitalised word, possessive or
 * joined by `and`/`&` to a lower-case word) that stand mid-sentence at least twice. They are
 * candidates only: the `no-label-injection` rule reads each occurrence's context and offers
 * at most a suggestion.
 *
 * The search is a few `indexOf` passes for the joiners and a constant look around each hit,
 * so it is linear in the text and costs next to nothing in prose without such phrases.
 */
import { normaliseApostrophes } from './analyze.js';
import { CharClass, classAt } from './scanner.js';

/** How often a phrase must stand mid-sentence to read as a label. */
const minimumRepeats = 2;

/** What follows the head of a label: a possessive or a joiner, each with a space after it. */
const joiners: ReadonlyArray<{ text: string; possessive: boolean }> = [
  { text: "'s ", possessive: true },
  { text: '\u2019s ', possessive: true },
  { text: "' ", possessive: true },
  { text: '\u2019 ', possessive: true },
  { text: ' and ', possessive: false },
  { text: ' & ', possessive: false },
];

/** The last text read and its labels (the checks of one text ask more than once). */
let last: { text: string; labels: string[] } | undefined;

/**
 * Finds the label-shaped phrases a text uses mid-sentence at least twice.
 * @param text the prose text.
 * @returns the labels as first written (`Children's rights`), in order of first use.
 */
export function findRepeatedLabels(text: string): string[] {
  if (last !== undefined && last.text === text) return last.labels;
  const counts = new Map<string, { label: string; count: number; first: number }>();
  for (const joiner of joiners) {
    for (let at = text.indexOf(joiner.text); at >= 0; at = text.indexOf(joiner.text, at + 1)) {
      const label = labelAt(text, at, joiner.text, joiner.possessive);
      if (label === undefined) continue;
      const key = normaliseApostrophes(label.text);
      const entry = counts.get(key);
      if (entry) {
        entry.count += 1;
        entry.first = Math.min(entry.first, label.start);
      } else counts.set(key, { label: label.text, count: 1, first: label.start });
    }
  }
  const labels = [...counts.values()].filter((entry) => entry.count >= minimumRepeats).sort((left, right) => left.first - right.first).map((entry) => entry.label);
  last = { text, labels };
  return labels;
}

/**
 * Reads the label around a joiner, when it has a label's shape and stands mid-sentence.
 * @param text the text.
 * @param at where the joiner starts.
 * @param joiner the joiner's text.
 * @param possessive whether the joiner is a possessive (part of the head word).
 * @returns the label and its start, or undefined.
 */
function labelAt(text: string, at: number, joiner: string, possessive: boolean): { text: string; start: number } | undefined {
  // The head: a word ending at the joiner (`Children`, `Teachers` before `'`, `Libraries`).
  let start = at;
  while (start > 0 && classAt(text, start - 1) === CharClass.Letter) start--;
  if (at - start < 3 || !isTitleWord(text, start, at)) return undefined;
  // `' ` is a plural's possessive only after an `s` (`Teachers' pay`), not a closing quote;
  // `'s` after an `s` is a singular's (`Cummings's`): a plural in `s` takes the bare `'`.
  if (possessive && (joiner.endsWith('s ') ? text.charAt(at - 1) === 's' : text.charAt(at - 1) !== 's')) return undefined;
  if (!midSentence(text, start)) return undefined;
  // The rest: one lower-case word of three letters or more.
  const restStart = at + joiner.length;
  let end = restStart;
  while (end < text.length && classAt(text, end) === CharClass.Letter) end++;
  if (end - restStart < 3 || !isLowerWord(text, restStart, end)) return undefined;
  // `Children's rightsholders` or `rights-based`: a longer word, not the label.
  if (end < text.length && (classAt(text, end) === CharClass.Digit || text.charAt(end) === '-' || text.charAt(end) === "'" || text.charAt(end) === '\u2019')) return undefined;
  return { text: text.slice(start, end), start };
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
