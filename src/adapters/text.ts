/**
 * The plain-text adapter: the whole text is prose, except bare URLs (`https://…`,
 * `/press-releases/…`), which only the link rules read. The view is the text itself (no
 * copy, no second scan) unless it writes an apostrophe with another character (`Women´s`),
 * which the view makes `’`, or a line break falls inside a cascade, which it reads as a space
 * (see `softenCascadeBreaks`); `check` drops prose findings that fall inside a listed URL.
 */
import { CharClass, classAt, normaliseApostropheLookalikes } from '../core/scanner.js';
import { findBareUrls } from '../core/slug.js';
import type { LinkRange, ProseView } from './types.js';

/**
 * Builds the prose view of a plain-text file.
 * @param text the file's text.
 * @param prose the text with its apostrophes made one, when the caller has it.
 * @returns a view whose text is the text (line breaks inside cascades as spaces), with its
 * URLs as links.
 */
export function textView(text: string, prose: string = normaliseApostropheLookalikes(text)): ProseView {
  const links: LinkRange[] = findBareUrls(text).map((url) => ({ start: url.start, end: url.end, kind: 'url' }));
  return { format: 'text', text: softenCascadeBreaks(prose), links, warnings: [] };
}

/**
 * A text with the line breaks that fall inside a possessive cascade read as spaces (the same
 * length: each break's code units become spaces): a paragraph wrapped after the damage breaks
 * the run anywhere (`Women's rights's rightss⏎rights's rights's rights's rights`), and each line
 * alone reads wrong (`rightss` as `right`). A break is read so where the words on either side
 * are units of one cascade: the word after it ends in `'s`, `’s` or `s'`, or in `ss` after a
 * consonant, and the word before it does too or has its core (`rights's⏎rights`), or the word
 * before it is such a unit and the word after it has its core. Other breaks, a list's items
 * on their lines (`Open Government⏎Open Government Directive`) among them, are kept: plain text
 * does not say which lines were wrapped, and its lines may be a list's.
 * @param text the text.
 * @returns the text with those breaks as spaces, or the text itself when it has none.
 */
export function softenCascadeBreaks(text: string): string {
  let result = '';
  let position = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const breakStart = at > 0 && text.charCodeAt(at - 1) === 13 ? at - 1 : at;
    const before = wordBefore(text, breakStart);
    const after = wordAfter(text, at + 1);
    if (before === '' || after === '' || !cascadeBreak(before, after)) continue;
    result += text.slice(position, breakStart) + ' '.repeat(at + 1 - breakStart);
    position = at + 1;
  }
  return position === 0 ? text : result + text.slice(position);
}

/**
 * Whether two words on either side of a line break are units of one cascade (see
 * `softenCascadeBreaks`).
 * @param before the word before the break.
 * @param after the word after it.
 * @returns true for such words.
 */
function cascadeBreak(before: string, after: string): boolean {
  const sameCore = unitCore(before) === unitCore(after);
  return (isCascadeUnit(after) && (isCascadeUnit(before) || sameCore)) || (isCascadeUnit(before) && sameCore);
}

/**
 * Whether a word carries a cascade unit's mark: a possessive (`'s`, `’s`, `s'`) or `ss` after
 * a consonant (`rightss`).
 * @param word the word.
 * @returns true for such a word.
 */
function isCascadeUnit(word: string): boolean {
  const lower = word.toLowerCase();
  if (/['\u2019]s$|s['\u2019]$/u.test(lower)) return lower.length > 3;
  return lower.length > 4 && lower.endsWith('ss') && !'aeiouys'.includes(lower.charAt(lower.length - 3));
}

/**
 * A word without its possessive and the `s` letters at its end, in lower case (`rights's` →
 * `right`).
 * @param word the word.
 * @returns its core.
 */
function unitCore(word: string): string {
  let core = word.toLowerCase().replace(/['\u2019]s?$/u, '');
  while (core.length > 2 && core.endsWith('s')) core = core.slice(0, -1);
  return core;
}

/**
 * The word that ends right before an offset (letters and apostrophes; empty where a space or
 * anything else stands there).
 * @param text the text.
 * @param end the offset.
 * @returns the word.
 */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isWordCode(text, start - 1)) start--;
  return text.slice(start, end);
}

/**
 * The word that starts at an offset (see `wordBefore`).
 * @param text the text.
 * @param start the offset.
 * @returns the word.
 */
function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && isWordCode(text, end)) end++;
  return text.slice(start, end);
}

/**
 * Whether the code unit at an offset is part of a word here: a letter (as the scanner
 * classes it) or an apostrophe (the view writes every apostrophe as `'` or `’`).
 * @param text the text.
 * @param index the offset.
 * @returns true for those.
 */
function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 39 || code === 0x2019 || classAt(text, index) === CharClass.Letter;
}
