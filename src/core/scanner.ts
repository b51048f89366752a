/**
 * The linear scanner: one pass over the raw text that finds candidate spans (runs of a
 * repeated token or of a repeated group of up to six tokens), and a tokeniser used on the
 * small windows around those candidates.
 *
 * No regular expression ever runs over user text here; characters are classified by code
 * with a table for ASCII and a cached Unicode test for the rest.
 */
import { abbreviations, dottedTitles, labelParticles, nameAbbreviations } from '../rules/data/words.js';

/** Character classes of the scanner. */
export const enum CharClass {
  /** Punctuation and anything else that ends a run (`.`, `,`, `:`, `(`, `–`, `/`). */
  Other = 0,
  /** A letter or combining mark of any script. */
  Letter = 1,
  /** A decimal or other numeric character. */
  Digit = 2,
  /** `'` or `’`. */
  Apostrophe = 3,
  /** `-`, `‐`, `‑`. */
  Hyphen = 4,
  /** Space, tab and other horizontal white space. */
  Space = 5,
  /** `\n`, `\r`, line and paragraph separators. */
  Newline = 6,
  /** `&` and `+`, which stand as tokens of their own (`Arts & Culture`). */
  Symbol = 7,
  /** An adapter's join filler: the rest of an entity inside a word, read as nothing. */
  Join = 8,
}

/** Abbreviated titles whose full stop is no break (see `isTitleDot`). */
const titleAbbreviations = new Set(dottedTitles);

/** The abbreviations a label's unit may end in (see `nameAbbreviations`). */
const unitAbbreviations = new Set([...abbreviations, ...dottedTitles, ...nameAbbreviations]);

/** Phrasal labels' particles of two letters (`in`, `up`, `by`; see `labelParticles`). */
const twoLetterParticles = new Set(labelParticles.filter((word) => word.length === 2));

const asciiClasses = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  let value = CharClass.Other;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) value = CharClass.Letter;
  else if (code >= 48 && code <= 57) value = CharClass.Digit;
  // `'`, and `` ` `` written for one (`Women`s`): see `normaliseApostropheLookalikes`.
  else if (code === 39 || code === 96) value = CharClass.Apostrophe;
  else if (code === 45) value = CharClass.Hyphen;
  else if (code === 32 || code === 9 || code === 11 || code === 12) value = CharClass.Space;
  else if (code === 10 || code === 13) value = CharClass.Newline;
  else if (code === 38 || code === 43) value = CharClass.Symbol;
  asciiClasses[code] = value;
}

/** Classes of BMP code units above ASCII, filled on first sight (0xff = not yet known). */
const wideClasses = new Uint8Array(65536).fill(0xff);
const letterPattern = /^[\p{L}\p{M}]$/u;
const digitPattern = /^\p{N}$/u;
const spacePattern = /^\p{Zs}$/u;

/**
 * Classifies a non-ASCII code unit or code point.
 * @param code a code point above 127.
 * @returns its character class.
 */
function classifyWide(code: number): CharClass {
  if (isApostrophe(code)) return CharClass.Apostrophe;
  // Adapter fillers (see src/adapters/types.ts): soft = space, join = nothing, break = punctuation.
  if (code === 0xe000) return CharClass.Space;
  if (code === 0xe002) return CharClass.Join;
  if (code === 0xe001) return CharClass.Other;
  if (code === 0x2010 || code === 0x2011) return CharClass.Hyphen;
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return CharClass.Newline;
  const character = String.fromCodePoint(code);
  if (letterPattern.test(character)) return CharClass.Letter;
  if (digitPattern.test(character)) return CharClass.Digit;
  if (spacePattern.test(character)) return CharClass.Space;
  return CharClass.Other;
}

/**
 * Characters written for an apostrophe inside a word besides `'` and `’`: the modifier letter
 * apostrophe `ʼ`, the opening quote `‘`, the acute accent `´`, the grave accent `` ` ``, the
 * prime `′` and the full-width `＇` (keyboards and word processors of many languages).
 */
const apostropheLookalikes = ['\u02bc', '\u2018', '\u00b4', '`', '\u2032', '\uff07'];

/** The lookalikes' code units, `’` with them: every apostrophe above ASCII. */
const wideApostrophes = new Set(['\u2019', ...apostropheLookalikes].map((character) => character.charCodeAt(0)).filter((code) => code >= 128));

/**
 * A same-length copy of a text in which every apostrophe lookalike that follows a letter
 * (`Women´s`, `Women‘s`, `Womenʼs`, `Veterans´ pay`) is `’`, so the engine reads one
 * apostrophe in every language's habits. Elsewhere (`‘quoted`, `` `code``, `5′`) they stay. Offsets are
 * unchanged, and rules take what they keep (a carried `´s`) from the text as written. A text
 * without any lookalike is returned as it is, after one native search per character (near
 * the candidates only, when they are given); each lookalike found costs a look at its
 * neighbours.
 * @param text the text.
 * @param near when given, only lookalikes near these candidates are made
 *   `’`: the analysis reads nothing else, so only those stretches are searched, and a big
 *   text with few candidates costs little more than a small one.
 * @returns the text, or its copy with the apostrophes made one.
 */
export function normaliseApostropheLookalikes(text: string, near?: readonly Candidate[]): string {
  if (near && near.length === 0) return text;
  const stretches = near ? stretchesAround(near, nearDistance, text.length) : [0, text.length];
  let positions: number[] | undefined;
  for (let stretch = 0; stretch < stretches.length; stretch += 2) {
    const from = Math.max(1, stretches[stretch] as number);
    const to = Math.min(text.length, stretches[stretch + 1] as number);
    // A slice shares the text's characters (no copy) and keeps each search inside its stretch.
    const piece = near ? text.slice(from, to) : text;
    const offset = near ? from : 0;
    for (const character of apostropheLookalikes) {
      for (let at = piece.indexOf(character, near ? 0 : 1); at >= 0; at = piece.indexOf(character, at + 1)) {
        // After a letter: inside a word (`Women´s`) or ending one (`Veterans´ pay`, and the
        // `assembly´ assembly` of a cascade of `Citizens' assembly`); never opening a quote.
        if (classAt(text, offset + at - 1) === CharClass.Letter) (positions ??= []).push(offset + at);
      }
    }
  }
  if (!positions) return text;
  positions.sort((a, b) => a - b);
  // One join, not a string grown piece by piece (a rope that a 50 MB text pays for twice).
  const parts: string[] = [];
  let copied = 0;
  for (const index of positions) {
    parts.push(text.slice(copied, index), '\u2019');
    copied = index + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** How far from a candidate the analysis may read (its window and a head before it). */
const nearDistance = 400;

/**
 * The stretches of a text within `reach` of some spans, merged, clamped to the text and in
 * order: what a reading near candidates (or near a label's cascades) needs to search.
 * @param spans the spans, in any order.
 * @param reach how far around each span a stretch goes.
 * @param length the text's length.
 * @returns the stretches, flat `[start, end]` pairs.
 */
export function stretchesAround(spans: ReadonlyArray<{ start: number; end: number }>, reach: number, length: number): number[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const stretches: number[] = [];
  for (const span of sorted) {
    const from = Math.max(0, span.start - reach);
    const to = Math.min(length, span.end + reach);
    if (stretches.length > 0 && from <= (stretches[stretches.length - 1] as number)) {
      stretches[stretches.length - 1] = Math.max(stretches[stretches.length - 1] as number, to);
    } else stretches.push(from, to);
  }
  return stretches;
}

/**
 * Class of the character at an index; a surrogate pair is classified by its code point
 * (both halves get the pair's class).
 * @param text the text.
 * @param index an index inside the text.
 * @returns the character class.
 */
export function classAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if (code < 128) return asciiClasses[code] as CharClass;
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(code <= 0xdbff ? index : index - 1) ?? code;
    // A lone surrogate is not a letter.
    if (point <= 0xffff) return CharClass.Other;
    return classifyWide(point);
  }
  let value = wideClasses[code] as number;
  if (value === 0xff) {
    value = classifyWide(code);
    wideClasses[code] = value;
  }
  return value as CharClass;
}

/** How two neighbouring tokens are separated. */
export const enum Separator {
  /** The first token of a window or of the text. */
  Start = 0,
  /** Only horizontal white space. */
  Space = 1,
  /** White space with exactly one line break. */
  Newline = 2,
  /** Exactly one hyphen, as in slugs and compounds (`rightss-rights`). */
  Hyphen = 3,
  /** Two or more line breaks: a paragraph or heading boundary. */
  Paragraph = 4,
  /** Anything else: punctuation, symbols, slashes. */
  Break = 5,
  /**
   * A comma and one space (`Waste, bins & recycling`): a label may hold one, so copies of a
   * group of words may stand after one (`…, bins & recycling, bins & recycling`). Otherwise it
   * reads as a break: no run of one word goes on across it (`very, very`), and a group's copies
   * match across one only where each copy has it (`New York, New York` is no run).
   */
  Comma = 6,
  /**
   * A full stop between a letter and a lower-case letter, no space around it
   * (`Regulations.gov`, `index.html`): a site's or a file's name. Copies of a group that each
   * stand after one match (`Regulations.gov notices.gov notices`); no run of one word goes on
   * across one in prose (see the rules' readings).
   */
  Dot = 7,
}

/** A token of the detailed tokeniser. */
export interface Token {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-case form. */
  lower: string;
  /**
   * Lower-case form without a trailing possessive or `s` noise (`rights's`, `rightss` →
   * `right`); a sign's with letters glued on is the sign alone (`%s` → `%`).
   */
  core: string;
  /** How this token is separated from the previous one. */
  separator: Separator;
  /**
   * `word` (letters and digits), `number` (digits only) or `symbol` (`&`, `+`, a mark, a per cent
   * or currency sign, which may carry glued letters: `%s`).
   */
  kind: 'word' | 'number' | 'symbol';
}

/** A run of a repeated token or group found by the linear scan. */
export interface Candidate {
  /** Group length in tokens (1 to 6); 0 for one token that ends in a run of `s` (`Eventsss`). */
  period: number;
  /** Offset of the first token of the run. */
  start: number;
  /** Offset after the last token of the run. */
  end: number;
  /** Number of tokens in the run (set for runs of a repeated group). */
  count?: number;
  /** Start of the run's last token. */
  lastStart?: number;
  /**
   * For a label holding a mark (see `markUnitCascade`): the offsets of the two like marks one
   * unit apart that the scan read it from.
   */
  marks?: [number, number];
}

/**
 * The longest group the scan compares, in tokens: a tail of four words with a mark between
 * them (`Price match: how it works match: how it works`, five tokens) or a phrase of six words.
 * The ring of the scan keeps eight tokens, so a group one period back is always in it.
 */
const maxPeriod = 6;

/** Every period's bit (`1 << period` for 1 to `maxPeriod`). */
const allPeriods = ((1 << (maxPeriod + 1)) - 1) & ~1;

/** The shortest unit of a label glued to its term that a token is searched for (`kits`). */
export const gluedUnitMin = 4;
/** A unit this short (`ing`) counts only when it stands three times, or twice at a word's end (see `shortPairAt`). */
export const shortUnit = 3;
/** The longest such unit (`guard`, `services`). */
export const gluedUnitMax = 10;
/** Letters of the term before the first glued unit. */
export const gluedTermMin = 3;
/** The longest token searched for a glued unit. */
export const gluedWordMax = 80;

/** The longest unit of a label with brackets that is looked for (`ing (grants)`). */
const bracketUnitMax = 40;

/** A label with brackets glued to its term and re-applied: where it stands. */
export interface BracketCascade {
  /** Where the term starts (`Fund` in `Funding (grants)ing (grants)amental`). */
  start: number;
  /** Where the first copy of the unit starts (`ing (grants)`). */
  unitStart: number;
  /** The unit's length. */
  unitLength: number;
  /** How many copies stand one after the other. */
  copies: number;
  /** After the last copy (copies a pass wrote without the unit's apostrophe are shorter). */
  copiesEnd: number;
  /** After the last copy and the letters glued to it (`amental`). */
  end: number;
}

/**
 * Reads a label that holds a word in brackets, glued to its term and re-applied, at a closing
 * bracket with a letter or an apostrophe right after it: `Funding (grants)` for `fund`, run three times over
 * `fundamental`, leaves `Funding (grants)ing (grants)ing (grants)amental`, the unit
 * `ing (grants)` copied right after itself. The unit holds a space and an opening bracket
 * (`f(x)f(x)` is code), at most `bracketUnitMax` characters, and follows letters of the term.
 * Only the few characters around one bracket are read.
 * @param text the text.
 * @param close offset of a closing bracket.
 * @returns the cascade, or undefined.
 */
export function bracketCascadeAt(text: string, close: number): BracketCascade | undefined {
  if (text.charCodeAt(close) !== 41) return undefined;
  // `Help desk (IT) desk (IT)` (`Help desk (IT)` for `help`): the unit after the term starts
  // with a space, and so does each copy; `Policy (archived) (archived)`: it may be the bracket.
  const spaced = text.charCodeAt(close + 1) === 32 && (classAt(text, close + 2) === CharClass.Letter || classAt(text, close + 2) === CharClass.Symbol || text.charCodeAt(close + 2) === 40);
  if (!spaced && classAt(text, close + 1) !== CharClass.Letter && classAt(text, close + 1) !== CharClass.Apostrophe) return undefined;
  // The opening bracket, near and with no other bracket between (read back a bounded stretch).
  let open = close - 1;
  while (open > close - bracketUnitMax && open > 0 && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 41) open--;
  if (open < 2 || text.charCodeAt(open) !== 40 || text.charCodeAt(open - 1) !== 32) return undefined;
  if (spaced) return spacedBracketCascade(text, open, close);
  // The unit ends at the bracket and starts inside a word before the space, glued to the
  // term's letters: words, numbers, apostrophes, spaces, `&` and `+` between (`Questions &
  // answers (Q&A)s & answers (Q&A)` for `question`, `Students’ Union (SU)s’ Union (SU)` for
  // `student`); a possessive label's starts at its apostrophe (`User’s guide (v2)’s guide (v2)`).
  for (let length = close - open + 3; length <= bracketUnitMax && close + 1 - length > 0; length++) {
    const unitStart = close + 1 - length;
    const value = classAt(text, unitStart);
    if (value !== CharClass.Letter && value !== CharClass.Space && value !== CharClass.Symbol && value !== CharClass.Digit && value !== CharClass.Apostrophe) return undefined;
    if ((value !== CharClass.Letter && value !== CharClass.Apostrophe) || classAt(text, unitStart - 1) !== CharClass.Letter) continue;
    const found = copiesAfter(text, unitStart, close);
    if (found !== null) return found;
  }
  return undefined;
}

/**
 * The cascade whose unit runs from `unitStart` to a closing bracket, when the unit is copied
 * right after it: its copies, the term's letters before it and the letters glued after the
 * last copy.
 * @param text the text.
 * @param unitStart where the unit starts.
 * @param close offset of the closing bracket that ends it.
 * @returns the cascade; undefined when the term is shorter than two letters (nothing else
 *   will do); null when the unit is not copied (a longer one may be).
 */
function copiesAfter(text: string, unitStart: number, close: number): BracketCascade | undefined | null {
  const length = close + 1 - unitStart;
  // Most units are not copied at all: the next code unit tells (a copy without the unit's
  // apostrophe starts with the one after it where the unit starts with one).
  const next = text.charCodeAt(close + 1);
  if (next !== text.charCodeAt(unitStart) && !(isApostrophe(text.charCodeAt(unitStart)) && next === text.charCodeAt(unitStart + 1))) return null;
  const unit = text.slice(unitStart, close + 1);
  // A pass that swallowed the apostrophe (as `rights's rightss` shows) wrote a copy without
  // it: `User’s guide (v2)’s guide (v2)s guide (v2)` for `users`.
  let step = text.startsWith(unit, close + 1) ? length : 0;
  const swallowed = unit.includes('’') || unit.includes("'") ? unit.replaceAll('’', '').replaceAll("'", '') : undefined;
  if (step === 0 && (swallowed === undefined || !text.startsWith(swallowed, close + 1))) return null;
  let copies = 1;
  let position = close + 1;
  if (step === 0) step = (swallowed as string).length;
  while (step > 0) {
    copies++;
    position += step;
    step = text.startsWith(unit, position) ? length : swallowed !== undefined && text.startsWith(swallowed, position) ? swallowed.length : 0;
  }
  let start = unitStart;
  while (start > 0 && classAt(text, start - 1) === CharClass.Letter) start--;
  const end = lettersAfter(text, position);
  if (unitStart - start < 2) return undefined;
  return { start, unitStart, unitLength: length, copies, copiesEnd: position, end };
}

/**
 * `bracketCascadeAt` for a unit that starts with a space: words and a bracket after the term
 * (` desk (IT)`, ` (IT)`), copied right after itself. The unit holds letters, spaces, `&` and
 * `+` before its opening bracket and follows a word of two letters or more.
 * @param text the text.
 * @param open offset of the opening bracket.
 * @param close offset of the closing bracket.
 * @returns the cascade, or undefined.
 */
function spacedBracketCascade(text: string, open: number, close: number): BracketCascade | undefined {
  const found = spacedCopiesBefore(text, open - 1, close);
  // A unit that is only a bracket (` (archived)`) follows a label's capitalised head
  // (`Policy (archived) (archived)`; a doubled aside, `and (see above) (see above)`, does not).
  if (found && found.unitStart === open - 1 && !isUpperLetter(text.charAt(found.start))) return undefined;
  return found;
}

/**
 * The copies of a unit that starts with a space, read back from `from` to a unit's end at
 * `close` (a closing bracket or mark): the first space after a letter whose unit is copied
 * right after `close` (see `copiesAfter`). Letters, `&`, `+` and dashes may stand between;
 * anything else ends the search.
 * @param text the text.
 * @param from where the search back starts.
 * @param close the offset of the unit's last character.
 * @returns the cascade, or undefined.
 */
function spacedCopiesBefore(text: string, from: number, close: number): BracketCascade | undefined {
  for (let unitStart = from; unitStart > close - bracketUnitMax && unitStart > 0; unitStart--) {
    if (text.charCodeAt(unitStart) !== 32) {
      // `Research & Development (R&D)`: `&` and `+` join the words before the bracket; a
      // dash may stand between the head and the words (`Jobs — apply today! — apply today!`).
      const value = classAt(text, unitStart);
      const code = text.charCodeAt(unitStart);
      if (value !== CharClass.Letter && value !== CharClass.Symbol && code !== 0x2014 && code !== 0x2013) return undefined;
      continue;
    }
    if (classAt(text, unitStart - 1) !== CharClass.Letter) continue;
    const found = copiesAfter(text, unitStart, close);
    if (found !== null) return found;
  }
  return undefined;
}

/** A label whose term comes after words in brackets or quotes, re-applied: where it stands. */
export interface MarkedPrefix {
  /** Where the first copy's opening mark stands. */
  start: number;
  /** One copy's length, marks included (`(New)`). */
  unitLength: number;
  /** How many copies stand one after the other, one space apart. */
  copies: number;
  /** Where the term starts, one space after the last copy. */
  termStart: number;
  /** Where the term's word ends. */
  end: number;
}

/** The longest copy, marks included, that `markedPrefixAt` reads (`[Archived]`, `“Fix it”`). */
const markedPrefixMax = 32;

/** The marks around a copy before a term, opening and closing: `(New)`, `[Archived]`, `“Fix it”`, `"Fix it"`. */
const prefixMarkPairs: ReadonlyArray<readonly [number, number]> = [
  [40, 41],
  [91, 93],
  [0x201c, 0x201d],
  [34, 34],
];

/** Each closing mark of `prefixMarkPairs` → its opening mark. */
const prefixOpenings = new Map(prefixMarkPairs.map(([open, close]) => [close, open]));

/** Each opening mark of `prefixMarkPairs` → its closing mark. */
export const prefixClosings: ReadonlyMap<number, number> = new Map(prefixMarkPairs);

/**
 * Reads a label whose term comes after words in brackets or quotes (`(New) products`,
 * `[Archived] pages`, `“Fix it” reports` for `products`, `pages`, `reports`), re-applied,
 * at the first copy's closing mark: two passes leave `(New) (New) products`, the copies one
 * space apart, then the term. A copy holds two letters or more and no line break; only the
 * characters of one copy are read before its mark, and a mark not followed by a space and the
 * same opening mark is left at once.
 * @param text the text.
 * @param close offset of a closing bracket or quote.
 * @returns where the copies and the term stand, or undefined.
 */
export function markedPrefixAt(text: string, close: number): MarkedPrefix | undefined {
  const closeCode = text.charCodeAt(close);
  const openCode = prefixOpenings.get(closeCode) ?? -1;
  if (openCode < 0 || text.charCodeAt(close + 1) !== 32 || text.charCodeAt(close + 2) !== openCode) return undefined;
  let open = close - 1;
  let letters = 0;
  for (; open >= 0 && close - open < markedPrefixMax; open--) {
    const code = text.charCodeAt(open);
    if (code === openCode || code === closeCode || code === 10 || code === 13) break;
    if (classAt(text, open) === CharClass.Letter) letters++;
  }
  if (open < 0 || text.charCodeAt(open) !== openCode || letters < 2) return undefined;
  // The first copy opens after white space or at the text's start.
  if (open > 0 && classAt(text, open - 1) !== CharClass.Space && classAt(text, open - 1) !== CharClass.Newline) return undefined;
  const unitLength = close + 1 - open;
  const unit = text.slice(open, close + 1);
  // Only the first copy is read from: a copy after the same copy was read with it (so many
  // copies with no word after them cost one reading, not one per copy).
  if (open > unitLength && text.charCodeAt(open - 2) === closeCode && text.startsWith(unit, open - 1 - unitLength)) return undefined;
  let copies = 1;
  let at = close + 2;
  while (text.startsWith(unit, at)) {
    copies++;
    at += unitLength;
    if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== openCode) break;
    at++;
  }
  if (copies < 2 || text.charCodeAt(at) !== 32) return undefined;
  const termStart = at + 1;
  let end = termStart;
  while (end < text.length && (classAt(text, end) === CharClass.Letter || (end > termStart && isApostrophe(text.charCodeAt(end)) && classAt(text, end + 1) === CharClass.Letter))) end++;
  // A possessive after the term is the term's (`pages’`, `page’s`).
  if (end < text.length && isApostrophe(text.charCodeAt(end)) && (text.charCodeAt(end - 1) | 32) === 115) end++;
  if (end - termStart < 2) return undefined;
  return { start: open, unitLength, copies, termStart, end };
}

/** A label in quotes, or ending in `!` or `?`, re-applied: where it stands. */
export interface MarkedCascade extends BracketCascade {
  /** Where the opening quotes the passes left before the term start, one per copy (the term's
   * start for a label that has none). */
  opensAt: number;
}

/**
 * Whether a word is written as a label's head: capitalised, or holding a capital after a
 * lower-case letter where the replace hit inside a word (`usaJobs`).
 * @param text the text.
 * @param start where the word starts.
 * @param end where it ends.
 * @returns true for such a word.
 */
function labelHead(text: string, start: number, end: number): boolean {
  return isUpperLetter(text.charAt(start)) || hasHump(text, start, end);
}

/**
 * Whether copies of a unit of words after a head that stands apart from them (`Game on! on!
 * on!`, `Game day ⚽ day ⚽`) are a label's: the head is capitalised (not `was great! great!`,
 * `and Why? Why?`), or holds a capital after a lower-case letter where the replace hit inside a
 * word, and stands mid-sentence (after a word, a comma, or joined to a word by a hyphen or a
 * slash) unless three copies follow it: at a sentence's start every head is capitalised (`Who
 * knew? knew?`).
 * @param text the text.
 * @param start where the head's word starts.
 * @param headEnd where the head's word ends (a hump is looked for before it).
 * @param copies how many copies follow the head.
 * @returns true for a label's copies.
 */
function spacedHeadHolds(text: string, start: number, headEnd: number, copies: number): boolean {
  if (!labelHead(text, start, headEnd)) return false;
  if (copies >= 3) return true;
  // `cross-Agency Co. Co.`, `Unique/Agency Co. Co.`: a head joined to a word before it.
  if (start >= 2 && (text.charCodeAt(start - 1) === 45 || text.charCodeAt(start - 1) === 47) && classAt(text, start - 2) === CharClass.Letter) return true;
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  const beforeClass = before < 0 ? CharClass.Newline : classAt(text, before);
  return before < start - 1 && (beforeClass === CharClass.Letter || beforeClass === CharClass.Digit || text.charCodeAt(before) === 44);
}

/**
 * Reads a label in quotes re-applied, at a closing quote: `“Help to Buy”` for `help`, run
 * three times, leaves `“““Help to Buy” to Buy” to Buy”`, the unit ` to Buy”` copied right
 * after itself and one opening quote per copy before the term. The unit holds letters,
 * spaces, `&` and `+` before its quote, at most `bracketUnitMax` characters, and follows a
 * word of two letters or more; the opening quotes are the same mark (`“` for `”`, `‘` for
 * `’`, `"` for `"`). So too a label ending in `!` or `?`, which has no opening mark, after a
 * capitalised head (`Game on! on! on!`). Only the few characters before one mark are read.
 * @param text the text.
 * @param close offset of a closing quote, `!` or `?`.
 * @returns the cascade, or undefined.
 */
export function markedCascadeAt(text: string, close: number): MarkedCascade | undefined {
  const mark = text.charCodeAt(close);
  // `Game on!` for `game`, run three times: `Game on! on! on!`, no opening mark; the head is
  // capitalised (not `was great! great!`), and mid-sentence unless three copies follow it.
  const opening = mark === 0x201d ? 0x201c : mark === 0x2019 ? 0x2018 : mark === 34 ? 34 : mark === 33 || mark === 63 ? 0 : -1;
  if (opening < 0 || classAt(text, close - 1) !== CharClass.Letter || text.charCodeAt(close + 1) !== 32) return undefined;
  const found = spacedCopiesBefore(text, close - 1, close);
  if (found === undefined) return undefined;
  if (opening === 0) return spacedHeadHolds(text, found.start, found.start, found.copies) ? { ...found, opensAt: found.start } : undefined;
  let opensAt = found.start;
  while (opensAt > 0 && found.start - opensAt < found.copies && text.charCodeAt(opensAt - 1) === opening) opensAt--;
  return found.start - opensAt === found.copies ? { ...found, opensAt } : undefined;
}

/** The shortest unit, mark included, that `markUnitCascade` reads (`? us`). */
const markUnitMin = 4;

/**
 * Whether a code unit is a mark a label may hold inside its tail (`Help? Ask us`, `Cards® &
 * passes`, `Party 🎉 time`, `Food — what’s on`), whose copies `markUnitCascade` looks for:
 * `!`, `?`, `;`, `:`, `@`, `#`, `*`, `|`, `~`, `=`, `<`, `>`, a full stop (`Agency Co.`,
 * `Tools etc.`), and every character above ASCII that is no letter, digit, space, line break,
 * hyphen, quote or apostrophe (symbols, emoji, dashes, arrows, `…`). A comma is left to the
 * scan's runs (`Separator.Comma`: lists repeat words after commas, `JSON, XLS, XLSX`), a slash
 * and brackets to the readings of addresses and brackets.
 * @param code a UTF-16 code unit the scan read as no token's.
 * @returns true for such a mark.
 */
function isUnitMark(code: number): boolean {
  if (code < 128) return asciiUnitMarks[code] === 1;
  return !(code >= 0x2018 && code <= 0x201f) && code !== 0xab && code !== 0xbb && code !== 0x2039 && code !== 0x203a && !wideApostrophes.has(code);
}

/** `isUnitMark` for ASCII. */
const asciiUnitMarks = new Uint8Array(128);
for (const character of '!?;:@#*|~=<>.') asciiUnitMarks[character.charCodeAt(0)] = 1;

/**
 * Whether a code unit joins the parts of an address or a search between letters: `.`, `/`,
 * `:`, `@` (`site:agency.gov`, `name@agency.gov`).
 * @param code a code unit.
 * @returns true for such a mark.
 */
function isAddressMark(code: number): boolean {
  return code === 46 || code === 47 || code === 58 || code === 64;
}

/**
 * Where the stretch that repeats with a period of `second - first` ends, read on from `second`
 * (two like marks, `first` before `second`): the first code unit that differs from the one a
 * period back.
 * @param text the text.
 * @param first offset of the first mark.
 * @param second offset of the second mark.
 * @returns the end of the repeating stretch.
 */
export function periodicEnd(text: string, first: number, second: number): number {
  const period = second - first;
  let end = second;
  while (end < text.length && text.charCodeAt(end) === text.charCodeAt(end - period)) end++;
  return end;
}

/**
 * Reads a label holding a mark, glued to its term and re-applied, from two like marks one
 * unit apart: `Help? Ask us` for `help`, run three times, leaves `Help? Ask us? Ask us? Ask
 * us`, the unit `? Ask us` copied right after itself; `Reports… and more` for `report` leaves
 * `Reports… and mores… and more`, the unit `s… and more`. The unit starts where the stretch
 * that repeats starts (read back less than one unit from the first mark) and holds a space and
 * two letters or more, no line break, at most `bracketUnitMax` characters; two copies or
 * more follow a term of two letters or more glued to the first. So `Why? Why? Why?` (no term
 * before the copies) and `Yes, yes, yes` (a term of one letter) are not read, nor addresses,
 * hashtags and a form's empty fields.
 * @param text the text.
 * @param first offset of the first mark.
 * @param second offset of the same mark one unit on.
 * @param end where the repeating stretch ends (see `periodicEnd`).
 * @returns the cascade, or undefined.
 */
export function markUnitCascade(text: string, first: number, second: number, end: number): BracketCascade | undefined {
  const period = second - first;
  let unitStart = first;
  while (unitStart > 0 && first - unitStart < period - 1 && text.charCodeAt(unitStart - 1) === text.charCodeAt(unitStart - 1 + period)) unitStart--;
  const copies = Math.floor((end - unitStart) / period);
  if (copies < 2 || unitStart < 2 || classAt(text, unitStart - 1) !== CharClass.Letter) return undefined;
  // A unit starting inside a pair of code units (an emoji's second half) is no unit.
  if ((text.charCodeAt(unitStart) & 0xfc00) === 0xdc00) return undefined;
  let letters = 0;
  let spaced = false;
  // Whether a mark stands since the last letter or digit: `Phone: ; Phone: ;`, two marks with
  // only white space between, is a form's empty fields (the second half of an emoji's pair of
  // code units is its first's).
  let marked = false;
  for (let at = unitStart; at < unitStart + period; at++) {
    const value = classAt(text, at);
    const code = text.charCodeAt(at);
    if (value === CharClass.Letter || value === CharClass.Digit) {
      if (value === CharClass.Letter) letters++;
      marked = false;
    } else if (value === CharClass.Space) spaced = true;
    else if (value === CharClass.Newline) return undefined;
    else if ((code & 0xfc00) === 0xdc00) continue;
    else if (marked && isUnitMark(code)) return undefined;
    // `YOURAGENCY.gov OR site:AGENCY.gov OR site:AGENCY`: an address or a search, not a label
    // (`U.S.`, `e.g.` and a plural's `s` glued after a full stop, `Ltd.s`, join single letters).
    else if (isAddressMark(code) && lettersBefore(text, at) <= at - 2 && lettersAfter(text, at + 1) >= at + 3) return undefined;
    // `He could be.  He could be`, `U.S. Army U.S. Army`: a full stop before white space and a
    // capital inside the unit ends a sentence or an initialism; the copies are prose or a name.
    else if (code === 46 && sentenceEndAt(text, at, unitStart + period)) return undefined;
    // `Tweet #OpenData #OpenData`: a hashtag or a handle written twice.
    else if ((code === 35 || code === 64) && (classAt(text, at + 1) === CharClass.Letter || classAt(text, at + 1) === CharClass.Digit)) return undefined;
    else if (isUnitMark(code)) marked = true;
  }
  // A copy ends where the text the term stood in went on: never in a space (`langu|age, age, |etc`).
  if (letters < 2 || !spaced || classAt(text, unitStart + period - 1) === CharClass.Space) return undefined;
  let start = unitStart - 1;
  while (start > 0 && classAt(text, start - 1) === CharClass.Letter) start--;
  if (unitStart - start < 2) return undefined;
  if (text.charCodeAt(unitStart) === 32) {
    if (classAt(text, unitStart + 1) === CharClass.Letter) {
      // Copies of words one space after the head (`Game day ⚽ day ⚽`) are a label's as those
      // of `markedCascadeAt` are (`and Why? Why? Why?` is a slip). A unit ending in a full stop
      // that is no abbreviation's may be a sentence said again (`Then Stop. Stop. Stop.`): its
      // head stands mid-sentence however many copies follow it.
      const sentences = text.charCodeAt(unitStart + period - 1) === 46 && !abbreviationBefore(text, unitStart + period - 1);
      if (!spacedHeadHolds(text, start, unitStart, sentences ? 0 : copies)) return undefined;
    } else if (!labelHead(text, start, unitStart) || wrappedWord(text, unitStart + 1, unitStart + period)) {
      // Before a unit opening with a mark (`Party 🎉 time`), the head is capitalised as a
      // label's (`is *very* *very*`, `in <em> <em> tags` are emphasis and markup), and a word
      // wrapped in marks (`Use <br> <br>`) is none.
      return undefined;
    }
  }
  const copiesEnd = unitStart + copies * period;
  // `Open Data. Data.gov`: words one space apart, the last copy's full stop before a word of
  // letters, are an address's (`Partners Ltd.s Ltd.ships` is `partnerships`).
  if (text.charCodeAt(copiesEnd - 1) === 46 && text.charCodeAt(unitStart) === 32 && lettersAfter(text, copiesEnd) > copiesEnd + 1) return undefined;
  // A unit that ends in `!`, `?` or a closing quote is `markedCascadeAt`'s to read (`Game on!
  // on!`; `Wow — great! — great!` is none). One that starts with a mark the text goes on with
  // after the copies may be sentences said again (`wow! Come on! Come on!`): a label's where
  // its head holds as a spaced one's does (`Want to Help? Ask us? Ask us?`).
  const last = text.charCodeAt(copiesEnd - 1);
  if (last === 33 || last === 63 || last === 0x201d || last === 0x2019 || last === 34) return undefined;
  if (classAt(text, unitStart) === CharClass.Other && text.charCodeAt(copiesEnd) === text.charCodeAt(unitStart) && !spacedHeadHolds(text, start, unitStart, copies)) return undefined;
  return { start, unitStart, unitLength: period, copies, copiesEnd, end: lettersAfter(text, copiesEnd) };
}

/**
 * Whether the two code units after two like marks, or the two before them, are the same: what
 * copies of a unit holding the mark have, and two sentences' full stops mostly lack (`. The`,
 * `. We`). The scan's quick test before `periodicEnd`.
 * @param codes the text's code units (read past the text's end only as a filter).
 * @param first the first mark's offset.
 * @param second the second mark's offset.
 * @returns true when they match.
 */
function nearCodesMatch(codes: Uint16Array, first: number, second: number): boolean {
  return (codes[second + 1] === codes[first + 1] && codes[second + 2] === codes[first + 2]) || (codes[second - 1] === codes[first - 1] && codes[second - 2] === codes[first - 2]);
}

/**
 * Whether the word before a full stop is an abbreviation a label may end in (`Co`, `Inc`,
 * `etc`, `e.g`, `St`: see `unitAbbreviations`).
 * @param text the text.
 * @param stop the full stop's offset.
 * @returns true for such a word.
 */
function abbreviationBefore(text: string, stop: number): boolean {
  const from = lettersBefore(text, stop);
  const word = text.slice(from, stop).toLowerCase();
  if (unitAbbreviations.has(word)) return true;
  // `e.g.`: one letter and a full stop before.
  return from >= 2 && text.charCodeAt(from - 1) === 46 && lettersBefore(text, from - 1) === from - 2 && unitAbbreviations.has(`${text.charAt(from - 2).toLowerCase()}.${word}`);
}

/**
 * Whether a stretch is one word wrapped in marks, no space inside (`*very*`, `<br>`, `<em>`).
 * @param text the text.
 * @param start the stretch's start (a mark).
 * @param end the stretch's end.
 * @returns true for such a stretch.
 */
function wrappedWord(text: string, start: number, end: number): boolean {
  if (end - start < 3 || classAt(text, end - 1) === CharClass.Letter || classAt(text, end - 1) === CharClass.Digit) return false;
  for (let at = start; at < end; at++) if (classAt(text, at) === CharClass.Space) return false;
  return true;
}

/**
 * Whether a full stop stands before white space and a capital, all before `end`.
 * @param text the text.
 * @param at the full stop's offset.
 * @param end where the stretch read ends.
 * @returns true for such a full stop.
 */
function sentenceEndAt(text: string, at: number, end: number): boolean {
  let next = at + 1;
  while (next < end && classAt(text, next) === CharClass.Space) next++;
  return next > at + 1 && next < end && isUpperLetter(text.charAt(next));
}

/**
 * Finds, in a word, the first unit of four to ten letters repeated right after itself at
 * least three letters into the word (`Tool|kits|kits|s`, `Child|care|care|ren`), or of three
 * letters repeated three times (`Host|ing|ing|ing`): a one-word label made of its term and a
 * glued unit (`Toolkits` for `tool`), re-applied. English words do not repeat so long a unit
 * (`Kamehameha` starts it too early), nor a short one three times.
 * @param word the word as written.
 * @param from where the head proper starts (after a lower-case prefix glued before it).
 * @returns the unit's start and length in the word, or undefined.
 */
export function findGluedUnit(word: string, from = 0): { at: number; length: number } | undefined {
  return gluedUnitIn(word, 0, word.length, from);
}

/**
 * `findGluedUnit` over a token of a text, read in place: letters compared in lower case one
 * code unit at a time, so a plain ASCII token is never copied.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param from where the head proper starts, from the token's start.
 * @returns the unit's start (from the token's start) and length, or undefined.
 */
function gluedUnitIn(text: string, start: number, end: number, from: number): { at: number; length: number } | undefined {
  if (end - start > gluedWordMax) return undefined;
  for (let at = start + from + gluedTermMin; at + 2 * gluedUnitMin <= end; at++) {
    const first = lowerCodeAt(text, at);
    if (at + 3 * shortUnit <= end && lowerCodeAt(text, at + shortUnit) === first && lowerCodeAt(text, at + 2 * shortUnit) === first) {
      if (sameLetters(text, at, at + shortUnit, shortUnit) && sameLetters(text, at, at + 2 * shortUnit, shortUnit)) return { at: at - start, length: shortUnit };
    }
    for (let length = gluedUnitMin; length <= gluedUnitMax && at + 2 * length <= end; length++) {
      if (lowerCodeAt(text, at + length) === first && sameLetters(text, at, at + length, length)) return { at: at - start, length };
    }
  }
  return undefined;
}

/**
 * Whether two stretches of a text hold the same letters, case aside, code unit by code unit.
 * @param text the text.
 * @param one the first stretch's start.
 * @param other the second stretch's start.
 * @param length the stretches' length.
 * @returns true when they match.
 */
function sameLetters(text: string, one: number, other: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) if (lowerCodeAt(text, one + offset) !== lowerCodeAt(text, other + offset)) return false;
  return true;
}

/**
 * Whether two stretches of a text hold the same code units, letter case included.
 * @param text the text.
 * @param one the first stretch's start.
 * @param other the second stretch's start.
 * @param length their length.
 * @returns true when they are alike.
 */
function sameCodes(text: string, one: number, other: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) if (text.charCodeAt(one + offset) !== text.charCodeAt(other + offset)) return false;
  return true;
}

/**
 * The code unit at an offset, in lower case (`A`–`Z` by arithmetic, other scripts by
 * `toLowerCase`).
 * @param text the text.
 * @param index the offset.
 * @returns the lower-case code unit.
 */
function lowerCodeAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return text.charAt(index).toLowerCase().charCodeAt(0);
}

/**
 * Whether a token may hold a glued unit repeated (see `findGluedUnit`): long enough, and a
 * token of another script only letters (a plain ASCII token with digits that passes is
 * turned down by the reading).
 * @param text the text.
 * @param start token start.
 * @param end token end.
 * @param wide whether the token holds code units outside ASCII.
 * @returns true when `findGluedUnit` finds one.
 */
function hasGluedUnit(text: string, start: number, end: number, wide: boolean): boolean {
  // A glued word is a word: a token longer than `gluedWordMax` (a hash, a run of letters
  // megabytes long) is not searched.
  if (end - start > gluedWordMax) return false;
  // `Hostinging`: two passes of a one-word label whose glued unit is three letters; `analyze`
  // reads it only when the word without the copies is an English word.
  if (!wide && isCapitalisedAscii(text, start) && shortPairAt(text, start, end) > 0) return true;
  if (end - start < gluedTermMin + 2 * gluedUnitMin) return false;
  if (wide) {
    for (let index = start; index < end; index++) if (classAt(text, index) !== CharClass.Letter) return false;
  }
  return gluedUnitIn(text, start, end, 0) !== undefined;
}

/**
 * A quick test on the scan's code units that `hasGluedUnit` may hold for a token of ASCII
 * letters, digits and apostrophes: two equal stretches of `shortUnit` to `gluedUnitMax` units
 * side by side after the first `gluedTermMin`, letter case folded by `| 32` (which folds more
 * than case, never less). Most long words have none, and are not read again.
 * @param codes the text's code units.
 * @param start token start.
 * @param end token end.
 * @returns false when `hasGluedUnit` is false.
 */
function mayHoldGluedUnit(codes: Uint16Array, start: number, end: number): boolean {
  if (end - start > gluedWordMax) return false;
  for (let at = start + gluedTermMin; at + 2 * shortUnit <= end; at++) {
    const first = (codes[at] as number) | 32;
    for (let length = shortUnit; length <= gluedUnitMax && at + 2 * length <= end; length++) {
      if (((codes[at + length] as number) | 32) !== first) continue;
      let offset = 1;
      while (offset < length && ((codes[at + offset] as number) | 32) === ((codes[at + length + offset] as number) | 32)) offset++;
      if (offset === length) return true;
    }
  }
  return false;
}

/** The shortest word searched for two copies of a three-letter unit: a term of three and six. */
const shortPairWord = 9;

/**
 * Where two copies of a three-letter unit start near the end of a plain ASCII word, with at
 * most two letters after them and three before (`Host|inging`, `Host|inging|ed`).
 * @param text the text.
 * @param start the word's start.
 * @param end the word's end.
 * @returns the copies' offset from the word's start, or 0 when there are none.
 */
export function shortPairAt(text: string, start: number, end: number): number {
  for (let after = 0; after <= 2; after++) {
    const pairEnd = end - after;
    const at = pairEnd - 2 * shortUnit;
    if (at < start + gluedTermMin) return 0;
    if (sameLetters(text, at, at + shortUnit, shortUnit)) return at - start;
  }
  return 0;
}

/**
 * Whether a token ends in, or holds, a run of `s` that no English word has: three or more
 * (`Eventsss`, `prEventssssion`), or two at the end after a consonant (`Electionss`). Such a
 * token is a label whose tail is only `s`, re-applied.
 * @param text the text.
 * @param start token start.
 * @param end token end.
 * @param coreLength length of the token's core (without trailing `s`).
 * @param longestS the longest run of `s` in the token.
 * @returns true for such tokens.
 */
function hasSuffixRun(text: string, start: number, end: number, coreLength: number, longestS: number): boolean {
  if (longestS >= 3) return true;
  const trailing = end - start - coreLength;
  if (trailing < 2 || coreLength < 3) return false;
  let sCount = 0;
  for (let index = start + coreLength; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 115 || code === 83) sCount++;
  }
  if (sCount !== trailing) return false;
  if (sCount >= 3) return true;
  const before = text.charCodeAt(start + coreLength - 1) | 32;
  // `class`, `press`, `business`: two `s` after a vowel are English.
  return !(before === 97 || before === 101 || before === 105 || before === 111 || before === 117 || before === 121) && before >= 97 && before <= 122;
}

/**
 * Where the copies of `es` start in a word that holds its stem, two copies of `es` or more and
 * any letters after them (`Processeseses`, `synTaxesesespayer`): a one-word label that is its
 * term's plural in `es` (`Processes` for `process`), re-applied. The stem ends as a word whose
 * plural takes `es` does (`s`, `x`, `z`, `ch`, `sh`, `o`), three letters or more after the
 * word's start or a capital inside it; `theses` and `parentheses` have such letters too, which
 * the analysis reads as the words they are.
 * @param text the text.
 * @param start the word's start.
 * @param end the word's end.
 * @returns the first copy's offset from the word's start, or 0 when there is none.
 */
export function esCopiesAt(text: string, start: number, end: number): number {
  for (let at = start + gluedTermMin; at + 4 <= end; at++) {
    if ((text.charCodeAt(at) | 32) !== 101 || (text.charCodeAt(at + 1) | 32) !== 115 || (text.charCodeAt(at + 2) | 32) !== 101 || (text.charCodeAt(at + 3) | 32) !== 115) continue;
    const last = text.charCodeAt(at - 1) | 32;
    const before = text.charCodeAt(at - 2) | 32;
    if (last === 115 || last === 120 || last === 122 || last === 111 || (last === 104 && (before === 99 || before === 115))) return at - start;
  }
  return 0;
}

/**
 * Whether an ASCII code unit is a consonant letter other than `s` (either case).
 * @param code a UTF-16 code unit.
 * @returns true for `b`, `c`, `d`, … but not vowels, `y` or `s`.
 */
function isConsonant(code: number): boolean {
  const lower = code | 32;
  if (lower < 97 || lower > 122) return false;
  return lower !== 97 && lower !== 101 && lower !== 105 && lower !== 111 && lower !== 117 && lower !== 121 && lower !== 115;
}

/**
 * Whether a slice has a lower-case ASCII letter followed by an upper-case one (`PrEvents`):
 * a replacement glued inside a word. `Ericsson` has none.
 * @param text the text.
 * @param start slice start.
 * @param end slice end.
 * @returns true when it does.
 */
function hasHump(text: string, start: number, end: number): boolean {
  for (let index = start + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    const previous = text.charCodeAt(index - 1);
    if (code >= 65 && code <= 90 && previous >= 97 && previous <= 122) return true;
  }
  return false;
}

/**
 * Whether a word starts with an upper-case ASCII letter followed by a lower-case one (`Eventss…`,
 * not `DNSSEC`).
 * @param text the text.
 * @param start the word start.
 * @returns true for such a word.
 */
function isCapitalisedAscii(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/**
 * Whether a code unit is `s` or `S`.
 * @param code a UTF-16 code unit.
 * @returns true for `s` and `S`.
 */
function isLetterS(code: number): boolean {
  return code === 115 || code === 83;
}

/**
 * Whether a code unit is an apostrophe: `'`, `’`, or a character written for one (`ʼ`, `‘`,
 * `´`, `` ` ``, `′`, `＇`), which the raw scan reads alike so that it finds the same
 * candidates; the analysis reads a copy in which those are `’`.
 * @param code a UTF-16 code unit.
 * @returns true for every apostrophe.
 */
function isApostrophe(code: number): boolean {
  if (code < 128) return code === 39 || code === 96;
  return wideApostrophes.has(code);
}

/**
 * End of a token's core: the token without a trailing apostrophe, possessive `'s`, or
 * trailing `s` letters, so that `rights`, `rights's`, `rightss` and `rights’` compare equal.
 * @param text the text.
 * @param start token start.
 * @param end token end.
 * @returns the end offset of the core (at least `start + 1`).
 */
export function coreEnd(text: string, start: number, end: number): number {
  let cut = skipJoinBack(text, start, end);
  if (cut - start > 1 && isApostrophe(text.charCodeAt(cut - 1))) cut = skipJoinBack(text, start, cut - 1);
  if (cut - start > 2 && isLetterS(text.charCodeAt(cut - 1))) {
    const before = skipJoinBack(text, start, cut - 1);
    if (before - start > 1 && isApostrophe(text.charCodeAt(before - 1))) cut = skipJoinBack(text, start, before - 1);
  }
  // Short words keep their `s`: `as` and `a`, `is` and `i` are different words.
  while (cut - start > 3 && isLetterS(text.charCodeAt(cut - 1))) cut = skipJoinBack(text, start, cut - 1);
  return cut;
}

/**
 * Moves an end offset back over join fillers.
 * @param text the text.
 * @param start the token start, which it never passes.
 * @param end an end offset.
 * @returns the end offset with trailing join fillers excluded.
 */
function skipJoinBack(text: string, start: number, end: number): number {
  let cut = end;
  while (cut > start && text.charCodeAt(cut - 1) === 0xe002) cut--;
  return cut;
}

/**
 * Class of the next character that is not a join filler.
 * @param text the text.
 * @param index where to look from.
 * @param limit where to stop.
 * @returns the class, or `Other` at the limit.
 */
function nextClass(text: string, index: number, limit: number): CharClass {
  let position = index;
  while (position < limit && text.charCodeAt(position) === 0xe002) position++;
  return position < limit ? classAt(text, position) : CharClass.Other;
}

/**
 * Class of the previous character that is not a join filler.
 * @param text the text.
 * @param index the index after it.
 * @param start where to stop.
 * @returns the class, or `Other` at the start.
 */
function previousClass(text: string, index: number, start: number): CharClass {
  let position = index;
  while (position > start && text.charCodeAt(position - 1) === 0xe002) position--;
  return position > start ? classAt(text, position - 1) : CharClass.Other;
}

/**
 * Where the letters that end at an offset start: the offset itself when no letter stands
 * before it.
 * @param text the text.
 * @param offset an offset.
 * @param floor the earliest offset the letters may start at.
 * @param most the most letters taken.
 * @returns the start of the letters before the offset.
 */
export function lettersBefore(text: string, offset: number, floor = 0, most = Number.POSITIVE_INFINITY): number {
  let start = offset;
  while (start > floor && offset - start < most && classAt(text, start - 1) === CharClass.Letter) start--;
  return start;
}

/**
 * Where the letters from an offset end (the offset itself where none stand there).
 * @param text the text.
 * @param offset the offset.
 * @returns the offset after the last letter.
 */
export function lettersAfter(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && classAt(text, end) === CharClass.Letter) end++;
  return end;
}

/**
 * Whether the character at an index starts a token: a letter, a digit, `&`, `+`, a slash
 * with a space on one side (`Budget / spending`; `and/or` and URL paths are not tokens), a
 * dash or bar between two spaces (`Sport – results`, `Health | care`), which a label holds as
 * it holds `&`, a colon after a word, a number sign before a digit, or a per cent or currency
 * sign beside a number (`50%`, `£20`).
 * @param text the text.
 * @param index the index.
 * @param value the character's class.
 * @returns true when a token starts there.
 */
function startsToken(text: string, index: number, value: CharClass): boolean {
  if (value === CharClass.Letter || value === CharClass.Digit || value === CharClass.Symbol) return true;
  if (value === CharClass.Apostrophe) return isElidedYear(text, index);
  const code = text.charCodeAt(index);
  if (code === 47) return text.charCodeAt(index - 1) === 32 || text.charCodeAt(index + 1) === 32 || gluedSlash(text, index);
  // `What’s on: events`, `Elections 2028: live`: a colon right after a word or a number and
  // before a space (not `10:30`, `https:`).
  if (code === 58) return text.charCodeAt(index + 1) === 32 && index > 0 && (classAt(text, index - 1) === CharClass.Letter || classAt(text, index - 1) === CharClass.Digit);
  // `Team #1 #1 #1`: a number sign after a space, before a digit (not a Markdown heading's
  // `# `, not `page#top`; a hashtag, `#DigitalGov15 #DigitalGov15`, is written twice on purpose).
  if (code === 35) return index > 0 && text.charCodeAt(index - 1) === 32 && classAt(text, index + 1) === CharClass.Digit;
  // `over £20 over £20`, `50% off 50% off`, `20 € 20 €`: a per cent sign after a number, a
  // currency sign before one or after one (glued, or after one space).
  if (code === 37) return index > 0 && classAt(text, index - 1) === CharClass.Digit;
  if (isCurrencyCode(code)) {
    return classAt(text, index + 1) === CharClass.Digit || (index > 0 && classAt(text, index - 1) === CharClass.Digit) || (index > 1 && text.charCodeAt(index - 1) === 32 && classAt(text, index - 2) === CharClass.Digit);
  }
  return isMarkCode(code) && text.charCodeAt(index - 1) === 32 && text.charCodeAt(index + 1) === 32;
}

/**
 * Whether an apostrophe starts a year written with two digits (`’26`, `'69`, `ʼ26`): after a
 * space or the text's start, before two digits and no third.
 * @param text the text.
 * @param index the apostrophe's offset.
 * @returns true for such an apostrophe.
 */
function isElidedYear(text: string, index: number): boolean {
  const before = index === 0 ? 32 : text.charCodeAt(index - 1);
  if (before !== 32 && before !== 10 && before !== 40) return false;
  const first = text.charCodeAt(index + 1);
  const second = text.charCodeAt(index + 2);
  const third = text.charCodeAt(index + 3);
  return first >= 48 && first <= 57 && second >= 48 && second <= 57 && !(third >= 48 && third <= 57);
}

/**
 * Whether a token closes a run as a short copy glued to lower-case letters, after a copy or a
 * capitalised head: a capital letter alone (`Plan B B Bs`, `Plan B Bned` for `Plan B`) or a
 * year in two digits after an apostrophe (`Design ’26 ’26ers` for `Design ’26`).
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length (1 or 3).
 * @param afterCopy whether a copy or a capitalised head stands before the earlier token.
 * @returns true for such a token.
 */
function shortCopyGlued(text: string, start: number, end: number, backStart: number, backLength: number, afterCopy: boolean): boolean {
  if (!afterCopy) return false;
  if (backLength === 1) return end - start > 1 && text.charCodeAt(start) === text.charCodeAt(backStart) && isUpperAscii(text.charCodeAt(start)) && lowerAsciiOnly(text, start + 1, end);
  return isApostrophe(text.charCodeAt(backStart)) && elidedYearGlued(text, start, end, backStart);
}

/**
 * Whether a token is an earlier year in two digits (`’26`) glued to lower-case letters.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @returns true for such a token.
 */
function elidedYearGlued(text: string, start: number, end: number, backStart: number): boolean {
  if (end - start < 4 || classAt(text, backStart) !== CharClass.Apostrophe || !isElidedYear(text, backStart)) return false;
  return sameCodes(text, start, backStart, 3) && lowerAsciiOnly(text, start + 3, end);
}

/**
 * Whether a code unit is a mark that may stand as a token of its own: a slash, a hyphen, an
 * en or em dash, a vertical bar, a colon, a breadcrumb's `›` or `»`, a middle dot or a bullet
 * between words (`Prototype · demo`), a per cent or currency sign beside a number (see
 * `startsToken`).
 * @param code a UTF-16 code unit.
 * @returns true for those marks.
 */
function isMarkCode(code: number): boolean {
  return code < 128 ? asciiMarks[code] === 1 : code === 0x2013 || code === 0x2014 || code === 0x203a || code === 0xbb || code === 0xb7 || code === 0x2022 || isCurrencyCode(code);
}

/**
 * Whether a code unit is a currency sign: Unicode's `Sc` in the Basic Multilingual Plane (`$`,
 * `¢`, `£`, `¤`, `¥`, `฿`, `€`, `₹`, `₩`, the signs from U+20A0 to U+20C0, the full-width and
 * small forms), which stands as a token of its own beside a number (see `startsToken`).
 * @param code a UTF-16 code unit.
 * @returns true for a currency sign.
 */
function isCurrencyCode(code: number): boolean {
  if (code < 128) return code === 36;
  if (code >= 0x20a0 && code <= 0x20c0) return true;
  return (code >= 0xa2 && code <= 0xa5) || code === 0x58f || code === 0x60b || code === 0x7fe || code === 0x7ff || code === 0x9f2 || code === 0x9f3 || code === 0x9fb || code === 0xaf1 || code === 0xbf9 || code === 0xe3f || code === 0x17db || code === 0xa838 || code === 0xfdfc || code === 0xfe69 || code === 0xff04 || code === 0xffe0 || code === 0xffe1 || code === 0xffe5 || code === 0xffe6;
}

/**
 * `isMarkCode` for ASCII: `/`, `-`, `|`, `:`, `#`, and the per cent and dollar signs beside a
 * number.
 */
const asciiMarks = new Uint8Array(128);
asciiMarks[35] = 1;
asciiMarks[36] = 1;
asciiMarks[37] = 1;
asciiMarks[47] = 1;
asciiMarks[58] = 1;
asciiMarks[45] = 1;
asciiMarks[124] = 1;

/** How far back a glued slash looks for the signs of an address. */
const slashChunkMax = 120;

/**
 * Whether a slash with no spaces around it joins a label's words (`News/Events/Events`): a
 * letter before it, a capital after it, and no address around it (`gov/Data`, `/Data/Data`).
 * Before a lower-case letter (`and/or`, `km/h`), only where the words between two slashes
 * repeat (`News/events/events`, `Station/stop finder/stop finder`).
 * @param text the text.
 * @param index the slash's index.
 * @returns true when it is a token of its own.
 */
function gluedSlash(text: string, index: number): boolean {
  if (index === 0 || classAt(text, index - 1) !== CharClass.Letter) return false;
  const capital = isUpperLetter(text.charAt(index + 1));
  if (!capital && !isLowerLetter(text.charAt(index + 1))) return false;
  const limit = Math.max(-1, index - slashChunkMax);
  for (let back = index - 1; back > limit; back--) {
    const code = text.charCodeAt(back);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 40 || code === 34 || code === 0x201c) return capital || slashChunkRepeats(text, index);
    // `.`, `:`, `@`, `=`, `?`, `#`, `_`, `~`, `%`: an address or a path, not prose.
    if (code === 46 || code === 58 || code === 64 || code === 61 || code === 63 || code === 35 || code === 95 || code === 126 || code === 37) return false;
    if (code === 47 && (back === 0 || text.charCodeAt(back - 1) === 32 || text.charCodeAt(back - 1) === 47 || text.charCodeAt(back - 1) === 10)) return false;
  }
  // The text's start ends the chunk; a chunk longer than that is no prose word.
  return limit === -1 && (capital || slashChunkRepeats(text, index));
}

/**
 * Whether the words on one side of a slash repeat on its other side, between slashes: the
 * chunk since the slash before stands again right after this one (`events/events`, up to a
 * mark or a space; see `chunkCopyAt`), or the chunk up to the next slash stands again right
 * after that one (`News/events/events`). A chunk holds letters and spaces, within `slashChunkMax`.
 * @param text the text.
 * @param index the slash's index.
 * @returns true when a chunk repeats.
 */
function slashChunkRepeats(text: string, index: number): boolean {
  const before = slashChunkLength(text, index, -1);
  if (before > 0 && chunkCopyAt(text, index - before, before, index + 1)) return true;
  if (slashPairBeside(text, index)) return true;
  const after = slashChunkLength(text, index, 1);
  return after > 0 && text.charCodeAt(index + 1 + after) === 47 && chunkCopyAt(text, index + 1, after, index + 2 + after);
}

/** The longest word on either side of a slash that `slashPairBeside` compares. */
const slashWordMax = 40;

/**
 * Whether the words a slash joins stand joined so right before them or right after them, one
 * space between (`Parking permits/zones permits/zones`, a label whose words a slash joins,
 * copied with spaces between copies), where the chunks up to the next slash, as
 * `slashChunkRepeats` reads them, do not repeat: the first copy and the last. The last copy's
 * second word may go on with the rest of the word the replace hit (`media/outreachize`).
 * @param text the text.
 * @param index the slash's index.
 * @returns true for such a copy.
 */
function slashPairBeside(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < slashWordMax && classAt(text, start - 1) === CharClass.Letter) start--;
  let end = index + 1;
  while (end < text.length && end - index < slashWordMax && classAt(text, end) === CharClass.Letter) end++;
  const first = index - start;
  if (first === 0 || end === index + 1 || (start > 0 && classAt(text, start - 1) === CharClass.Letter)) return false;
  // The copy after: ` permits/zones` right after `zones`.
  const next = end + 1;
  if (text.charCodeAt(end) === 32 && sameCodes(text, next, start, first) && text.charCodeAt(next + first) === 47 && sameCodes(text, next + first + 1, index + 1, end - index - 1)) return true;
  // The copy before: `permits/zones ` right before `permits`, its second word the start of this one.
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  let second = start - 1;
  while (second > 0 && start - 1 - second < slashWordMax && classAt(text, second - 1) === CharClass.Letter) second--;
  const secondLength = start - 1 - second;
  const copy = second - 1 - first;
  return secondLength > 0 && secondLength <= end - index - 1 && copy >= 0 && text.charCodeAt(second - 1) === 47 && (copy === 0 || classAt(text, copy - 1) !== CharClass.Letter) && sameCodes(text, copy, start, first) && sameCodes(text, second, index + 1, secondLength);
}

/**
 * Whether a chunk before a slash stands again right after it (see `sameChunkAt`), or, where the
 * chunk ends in `s`, without those letters and with lower-case letters glued on or none: the
 * last copy of a cascade lacks the `s` each copy before it carries, and may carry the rest of
 * the word the replace hit (`Grants/fundings/funding`, `Grants/fundings/fundinged`).
 * @param text the text.
 * @param from the chunk's start.
 * @param length the chunk's length.
 * @param at where its copy would start.
 * @returns true for a copy.
 */
function chunkCopyAt(text: string, from: number, length: number, at: number): boolean {
  if (sameChunkAt(text, from, at, length)) return true;
  let core = length;
  while (core > 3 && (text.charCodeAt(from + core - 1) | 32) === 115) core--;
  if (core === length || at + core > text.length || !sameLetters(text, from, at, core)) return false;
  const next = text.charCodeAt(at + core);
  return Number.isNaN(next) || (next >= 97 && next <= 122) || classAt(text, at + core) !== CharClass.Letter;
}

/**
 * The length of the chunk of letters, spaces and hyphens right before or right after a slash, up to
 * the slash next to it on that side; 0 when none stands within reach.
 * @param text the text.
 * @param index the slash's index.
 * @param step -1 to read back, 1 to read ahead.
 * @returns the chunk's length, or 0.
 */
function slashChunkLength(text: string, index: number, step: -1 | 1): number {
  for (let offset = index + step, length = 0; length < slashChunkMax && offset >= 0 && offset < text.length; offset += step, length++) {
    const code = text.charCodeAt(offset);
    if (code === 47) return length;
    // A hyphen joins a chunk's words too (`Guides/how-tos/how-tos`).
    if (code !== 32 && code !== 45 && classAt(text, offset) !== CharClass.Letter) return 0;
  }
  return 0;
}

/**
 * Whether a chunk stands again at another offset, letter case aside, followed there by no
 * letter (`events/events page`, not `events/eventsful`).
 * @param text the text.
 * @param from the chunk's start.
 * @param at where its copy would start.
 * @param length the chunk's length.
 * @returns true for a copy.
 */
function sameChunkAt(text: string, from: number, at: number, length: number): boolean {
  if (at + length > text.length || !sameLetters(text, from, at, length)) return false;
  // The copy may carry a plural's letters (`finders`), as the last copy of a cascade does.
  let end = at + length;
  while (end < text.length && (text.charCodeAt(end) | 32) === 115) end++;
  return end >= text.length || classAt(text, end) !== CharClass.Letter;
}

/**
 * Whether a full stop, a slash or a comma grouping thousands stands between digits inside a
 * token (`2.0`, `3.14`, `2025/26`, `24/7`, `3,000`), not at its start.
 * @param text the text.
 * @param index the mark's offset.
 * @param tokenStart where the token starts.
 * @returns true for such a mark inside a number.
 */
function isNumberMark(text: string, index: number, tokenStart: number): boolean {
  if (index <= tokenStart) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  if (!isDigitCode(before) || !isDigitCode(after)) return false;
  if (text.charCodeAt(index) !== 44) return true;
  // A comma groups thousands: three digits after it and no fourth (`£3,000`, not `1,2,3`).
  const third = text.charCodeAt(index + 3);
  const fourth = text.charCodeAt(index + 4);
  return isDigitCode(text.charCodeAt(index + 2)) && isDigitCode(third) && !isDigitCode(fourth);
}

/**
 * Whether a code is an ASCII digit.
 * @param code a character code.
 * @returns true for `0` to `9`.
 */
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether an English plural of a word can end in `es` added to it (`boxes`, `wishes`,
 * `heroes`, `buses`); `supportes` is no plural.
 * @param word a lower-case word.
 * @returns true for words ending in `s`, `x`, `z`, `ch`, `sh` or `o`.
 */
export function takesEsPlural(word: string): boolean {
  return /(?:[sxzo]|[cs]h)$/u.test(word);
}

/**
 * Whether a code is an ASCII capital letter.
 * @param code a character code.
 * @returns true for `A` to `Z`.
 */
function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Whether an ampersand stands between capital letters inside a token (`A&E`, `Q&A`, `AT&T`):
 * such an initialism is one word, as a label holds it (`Health A&E waiting times`).
 * @param text the text.
 * @param index the ampersand's offset.
 * @param tokenStart where the token starts.
 * @returns true for such an ampersand.
 */
function isInitialismMark(text: string, index: number, tokenStart: number): boolean {
  if (index <= tokenStart) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  return before >= 65 && before <= 90 && after >= 65 && after <= 90;
}

/**
 * Finds the end of the token that starts at `start`.
 * @param text the text.
 * @param start index of a letter, digit or symbol.
 * @param limit index the token may not pass.
 * @param tokenStart where the token started, when `start` is inside it.
 * @returns the end offset of the token.
 */
function tokenEnd(text: string, start: number, limit: number, tokenStart = start): number {
  const first = classAt(text, start);
  if (start === tokenStart && (first === CharClass.Symbol || isMarkCode(text.charCodeAt(start)))) return signEnd(text, start, limit);
  let index = start;
  // `’26`: the apostrophe of a year in two digits starts the token.
  if (start === tokenStart && first === CharClass.Apostrophe) index++;
  while (index < limit) {
    const value = classAt(text, index);
    if (value === CharClass.Letter || value === CharClass.Digit || value === CharClass.Join) {
      index++;
      continue;
    }
    const code = text.charCodeAt(index);
    if (((code === 46 || code === 47 || code === 44) && isNumberMark(text, index, tokenStart)) || (code === 38 && isInitialismMark(text, index, tokenStart))) {
      index++;
      continue;
    }
    if (value === CharClass.Apostrophe) {
      const previous = previousClass(text, index, tokenStart);
      if (previous !== CharClass.Letter && previous !== CharClass.Digit) break;
      const next = nextClass(text, index + 1, limit);
      if (next === CharClass.Letter) {
        // Internal apostrophe: `Women's`, `don't`.
        index++;
        continue;
      }
      if (next !== CharClass.Digit && previous === CharClass.Letter) {
        // Trailing apostrophe of a plural possessive or a joiner: `students'`, `news'`.
        index++;
        while (index < limit && text.charCodeAt(index) === 0xe002) index++;
      }
      break;
    }
    break;
  }
  return index;
}

/**
 * The end of a token of one mark: a per cent or currency sign after a number takes the
 * lower-case letters glued to it (`10%s`, the copy of `save 10%` whose term had an `s`), as a
 * word takes a plural's; its core is the sign alone (see `tokenCoreEnd`).
 * @param text the text.
 * @param start the mark's offset.
 * @param limit index the token may not pass.
 * @returns the token's end.
 */
function signEnd(text: string, start: number, limit: number): number {
  let end = start + 1;
  if (!isSignCode(text.charCodeAt(start)) || start === 0 || classAt(text, start - 1) !== CharClass.Digit) return end;
  // (Lower-case letters only: `100%Organic` starts a word of its own.)
  while (end < limit && classAt(text, end) === CharClass.Letter && isLowerLetter(text.charAt(end))) end++;
  return end;
}

/**
 * The end of a token's core: a sign token's is the sign alone (`%s` is `%`), another's that of
 * `coreEnd`.
 * @param text the text.
 * @param start token start.
 * @param end token end.
 * @returns the end offset of the core.
 */
function tokenCoreEnd(text: string, start: number, end: number): number {
  return end - start > 1 && isSignCode(text.charCodeAt(start)) ? start + 1 : coreEnd(text, start, end);
}

/**
 * Whether a code unit is a per cent or currency sign.
 * @param code a UTF-16 code unit.
 * @returns true for those signs.
 */
function isSignCode(code: number): boolean {
  return code === 37 || isCurrencyCode(code);
}

/**
 * Whether a token is a per cent or currency sign, letters glued to it or not (`%`, `£`, `%s`).
 * @param token a token of `tokenize`.
 * @returns true for a sign.
 */
export function isSignToken(token: Token): boolean {
  return token.kind === 'symbol' && token.core.length === 1 && isSignCode(token.core.charCodeAt(0));
}

/**
 * Whether a dash stands between two letters or digits with no space, as a hyphen does
 * (`A–Z`, `2024–25`): the runs read it as one.
 * @param text the text.
 * @param index the dash's offset.
 * @returns true for a glued dash.
 */
function isGluedDash(text: string, index: number): boolean {
  if (index === 0) return false;
  const before = classAt(text, index - 1);
  const after = classAt(text, index + 1);
  return (before === CharClass.Letter || before === CharClass.Digit) && (after === CharClass.Letter || after === CharClass.Digit);
}

/**
 * Whether a full stop ends an abbreviated title before a name (`St. Mary’s`, `Dr. Lee`): a
 * word of `dottedTitles` with a capital before it, one space and a capital after it. The runs
 * read it and its space as a space.
 * @param text the text.
 * @param index the full stop's offset.
 * @returns true for such a full stop.
 */
function isTitleDot(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 46 || text.charCodeAt(index + 1) !== 32 || !isUpperAscii(text.charCodeAt(index + 2))) return false;
  // A capital and one to three lower-case letters (`St`, `Prof`)…
  let start = index;
  while (start > 0 && index - start < 3 && isLowerAscii(text.charCodeAt(start - 1))) start--;
  start--;
  if (start < 0 || index - start < 2 || !isUpperAscii(text.charCodeAt(start))) return false;
  // …opening a word (after a space, a bracket or a hyphen: `world-Mr. Brown’s`), or glued after
  // lower-case letters of a word the replace hit (`ChristSt. John’s church`, `St. John’s
  // church` for `church`); not inside a word of capitals or digits (`ASt.`, `5St.`).
  if (start > 0 && !isLowerAscii(text.charCodeAt(start - 1))) {
    const before = classAt(text, start - 1);
    if (before === CharClass.Letter || before === CharClass.Digit || before === CharClass.Apostrophe || before === CharClass.Join) return false;
  }
  return isDottedTitle(text.slice(start, index).toLowerCase());
}

/**
 * Whether a word is a title abbreviated with a full stop (`st`, `dr`: see `dottedTitles`).
 * @param word the word in lower case.
 * @returns true for such a title.
 */
export function isDottedTitle(word: string): boolean {
  return titleAbbreviations.has(word);
}

/**
 * Whether a code is an ASCII lower-case letter.
 * @param code a character code.
 * @returns true for `a` to `z`.
 */
function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Whether a full stop joins a name's parts (`Regulations.gov`): a letter before it and a
 * lower-case letter after it.
 * @param text the text.
 * @param index the index of the character.
 * @returns true for such a full stop.
 */
function isNameDot(text: string, index: number): boolean {
  return text.charCodeAt(index) === 46 && index > 0 && classAt(text, index - 1) === CharClass.Letter && isLowerLetter(text.charAt(index + 1));
}

/**
 * Classifies the characters between two tokens.
 * @param text the text.
 * @param from end of the previous token.
 * @param to start of the next token.
 * @returns the separator kind.
 */
function separatorBetween(text: string, from: number, to: number): Separator {
  if (to - from === 2 && text.charCodeAt(from) === 44 && text.charCodeAt(from + 1) === 32) return Separator.Comma;
  if (to - from === 2 && isTitleDot(text, from)) return Separator.Space;
  if (to - from === 1 && isNameDot(text, from)) return Separator.Dot;
  let newlines = 0;
  let hyphens = 0;
  for (let index = from; index < to; index++) {
    const value = classAt(text, index);
    if (value === CharClass.Space) continue;
    if (value === CharClass.Newline) {
      // `\r\n` counts once; a paragraph separator (U+2029) counts as a blank line.
      if (!(text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10)) newlines++;
      if (text.charCodeAt(index) === 0x2029) newlines++;
      continue;
    }
    if (value === CharClass.Hyphen || (text.charCodeAt(index) === 0x2013 && isGluedDash(text, index))) {
      hyphens++;
      continue;
    }
    return Separator.Break;
  }
  if (hyphens > 0) return hyphens === 1 && newlines === 0 && to - from === 1 ? Separator.Hyphen : Separator.Break;
  if (newlines >= 2) return Separator.Paragraph;
  if (newlines === 1) return Separator.Newline;
  return Separator.Space;
}

/**
 * Tokenises a window of the text in detail.
 * @param text the whole text.
 * @param from where the window starts (a token cut by it is kept from `from`).
 * @param to where the window ends.
 * @param limit how many tokens at most (the first ones).
 * @returns the tokens with their separators; the first token has `Separator.Start`.
 */
export function tokenize(text: string, from = 0, to = text.length, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  let index = from;
  let previousEnd = -1;
  while (index < to && tokens.length < limit) {
    const value = classAt(text, index);
    if (!startsToken(text, index, value)) {
      index++;
      continue;
    }
    const start = index;
    const end = tokenEnd(text, start, to);
    let kind: Token['kind'] = 'number';
    if (value === CharClass.Symbol || value === CharClass.Other || isMarkCode(text.charCodeAt(start))) kind = 'symbol';
    else {
      for (let inner = start; inner < end; inner++) {
        if (classAt(text, inner) === CharClass.Letter) {
          kind = 'word';
          break;
        }
      }
    }
    const raw = text.slice(start, end);
    const lowerRaw = raw.toLowerCase();
    const hasJoin = raw.includes('\uE002');
    const lower = hasJoin ? lowerRaw.replaceAll('\uE002', '') : lowerRaw;
    const cut = tokenCoreEnd(text, start, end);
    // The core is the lower-case token or a prefix of it (the same length in plain text).
    let core = lower;
    if (cut < end) core = hasJoin || lowerRaw.length !== raw.length ? coreText(text, start, cut) : lowerRaw.slice(0, cut - start);
    tokens.push({
      start,
      end,
      text: hasJoin ? raw.replaceAll('\uE002', '') : raw,
      lower,
      core,
      separator: previousEnd < 0 ? Separator.Start : separatorBetween(text, previousEnd, start),
      kind,
    });
    previousEnd = end;
    index = end;
  }
  return tokens;
}

/**
 * The shapes, other than the same core or the core glued to more letters (`asciiMatch`), in
 * which a plain token matches the token one period back where they share a first code: a
 * short word glued to what followed the term, a short copy with the label's `s`, capitals or
 * an initialism glued to lower-case letters, a plural's core glued. Each closes a run open at
 * this period or follows a word of three letters or fewer one token back; the scanner asks
 * only then.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param period the period.
 * @param tokenCount this token's index.
 * @param segmentLength tokens in the current segment, this one included.
 * @param ring the scanner's ring of tokens.
 * @returns 1 for a copy, 2 for a glued copy that ends the run, 0 otherwise.
 */
function shortShapeMatch(text: string, start: number, end: number, period: number, tokenCount: number, segmentLength: number, ring: TokenRing): number {
  const { starts, coreLengths, runCounts } = ring;
  const back = (tokenCount - period) & 7;
  let match = 0;
  // `Sale now on now ons`: a short word glued to what followed the term closes a
  // group whose other words matched.
  // `Form W-2 W-2 W-2ation` (`Form W-2` for `form`, hit inside `information`): so too a
  // number glued to lower-case letters.
  if (period > 1 && closesGroup(runCounts[period] ?? 0, period) && (shortGlued(text, start, end, starts[back] as number, coreLengths[back] as number) || digitsGlued(text, start, end, starts[back] as number, coreLengths[back] as number))) match = 2;
  // `Events – what’s ons – what’s on`, `Services A–Zs A–Zs A–Z`: a word of two letters or
  // one and the same with the label's `s` (cores keep the `s` of words of three letters)
  // close a group as a copy. Glued to the rest of a word, two letters close the run
  // (`– what’s onable`).
  const shortWord = (coreLengths[back] as number) - 1;
  if (match === 0 && period > 1 && (shortWord === 1 || shortWord === 2) && closesGroup(runCounts[period] ?? 0, period) && isLetterS(text.charCodeAt((starts[back] as number) + shortWord)) && sameAsciiCore(text, start, starts[back] as number, shortWord)) {
    if (end - start === shortWord) match = 1;
    else if (shortWord === 2 && !isLetterS(text.charCodeAt(start + 2)) && shortGlued(text, start, end, starts[back] as number, 2)) match = 2;
  }
  // `apps apps appsgeddon`: a plural of three letters and `s` glued to the rest of the
  // word the replace hit, after a run of at least two copies.
  // `Market days daysplace`, `Gift aid aid aidofspeed`: so too a word of three letters,
  // with its `s` or not, after a copy or after a capitalised head.
  if (match === 0 && period === 1 && coreLengths[back] === shortUnit && text.charCodeAt(start) === text.charCodeAt(starts[back] as number)) {
    // A word with its `s` is glued with the `s` (not `apps applications`); one without
    // it after two copies (not `the theme`, `use user`), or after one copy and a
    // capitalised head with two letters or more glued (`Budget day daying`, `Budget
    // day` for `budget`, hit inside `budgeting`), which `analyze` keeps only where they
    // make a word with the head.
    const backStart = starts[back] as number;
    const copied = (runCounts[1] ?? 0) > 0;
    // After a head glued inside a word too (`imPro Tips Tipsve` for `improve`).
    const headAt = starts[(tokenCount - 2) & 7] as number;
    const headLength = coreLengths[(tokenCount - 2) & 7] as number;
    const headed = headsCopy(text, segmentLength, ring, tokenCount);
    // After a head of three letters or more in lower case, one letter glued (`star maps
    // mapst`, `star maps` for `star`, hit inside `start`), which `analyze` keeps only where it
    // makes a word with the head and none with the copy.
    const lowerHead = !headed && segmentLength >= 3 && headLength >= 3 && lowerAsciiOnly(text, headAt, headAt + headLength);
    if ((copied || headed || lowerHead) && pluralGlued(text, start, end, backStart, shortUnit, copied || lowerHead ? 1 : 2)) match = 2;
    else if ((copied || (end - start >= shortUnit + 2 && headed)) && classAt(text, backStart + shortUnit) !== CharClass.Letter && shortGlued(text, start, end, backStart, shortUnit)) match = 2;
  }
  // `Partner up up ups` (`Partner up` for `partner`, hit inside `partners`): so too a word of
  // two letters after two copies of it, glued to lower-case letters; after one copy and a head
  // (capitalised or glued inside a word) only a phrasal label's particle, with two letters or
  // more glued (`Stand by byards` for `standards`): prose holds the shape with other words
  // (`Since we were` is no `sincere`). The copy is written as the word before it (not `in
  // Institute`).
  if (match === 0 && period === 1 && coreLengths[back] === 2 && text.charCodeAt(start) === text.charCodeAt(starts[back] as number) && ((runCounts[1] ?? 0) > 0 || (end - start >= 3 && twoLetterParticles.has(text.slice(starts[back] as number, (starts[back] as number) + 2).toLowerCase()) && headsCopy(text, segmentLength, ring, tokenCount))) && classAt(text, (starts[back] as number) + 2) !== CharClass.Letter && shortGlued(text, start, end, starts[back] as number, 2)) match = 2;
  // `Age UK UK UKncy` (`Age UK` for `age`, hit inside `agency`): after two copies of a
  // word of two capitals, the same capitals glued to lower-case letters close the run.
  // After one copy, so too where a capitalised head stands before it (`Age UK UKncy`).
  // After a head glued inside a word too (`pAge UK UKs`).
  if (match === 0 && period === 1 && coreLengths[back] === 2 && ((runCounts[1] ?? 0) > 0 || headsCopy(text, segmentLength, ring, tokenCount)) && capitalsGlued(text, start, end, starts[back] as number)) match = 2;
  // `Lab 42 42 42le` (`Lab 42` for `lab`, hit inside `available`): so too a number glued to
  // lower-case letters after copies of it, or after one copy and a capitalised head or one
  // glued inside a word (`colLab 42 42oration`).
  if (match === 0 && period === 1 && digitsGlued(text, start, end, starts[back] as number, coreLengths[back] as number) && ((runCounts[1] ?? 0) > 0 || headsCopy(text, segmentLength, ring, tokenCount))) match = 2;
  // `Testing & QAing & QA` (`Testing & QA` for `test`, run twice): a word of two
  // capitals after the same capitals glued to lower-case letters, one group back,
  // closes the first group as a copy; glued to other lower-case letters (`QAs`,
  // `QAers`), it closes the run. `analyze` reads the glue against the head. Longer runs
  // end at their last whole copy, as before.
  if (match === 0 && period > 1 && (runCounts[period] ?? 0) + 1 === period && capitalsGlued(text, starts[back] as number, (starts[back] as number) + (coreLengths[back] as number), start)) {
    if (end - start === 2) match = 1;
    else if (capitalsGlued(text, start, end, starts[back] as number)) match = 2;
  }
  // `Author Q&A Q&Aity` (`Author Q&A` for `author`, hit inside `authority`): so too an
  // initialism joined by `&`, after a head glued inside a word too (`unAuthor Q&A Q&Aized`).
  if (match === 0 && period === 1 && coreLengths[back] === 3 && text.charCodeAt((starts[back] as number) + 1) === 38 && closesInitialism(text, start, end, ring, tokenCount, segmentLength)) match = 2;
  // `Ideas labs labs labl` (`Ideas lab` for `idea`, hit inside `ideal`): after two copies
  // that end in the label's `s`, the same word without it glued to other letters.
  if (match === 0 && period === 1 && (runCounts[1] ?? 0) > 0 && joinerSwapped(text, start, end, starts[back] as number, coreLengths[back] as number)) match = 2;
  return match;
}

/**
 * Whether the token two back, before one copy, reads as a label's head: capitalised, or glued
 * inside a word after lower-case letters (`Age UK UKncy`, `pAge UK UKs`).
 * @param text the text.
 * @param segmentLength tokens in the current segment, this one included.
 * @param ring the scanner's ring of tokens.
 * @param tokenCount this token's index.
 * @returns true for such a head.
 */
function headsCopy(text: string, segmentLength: number, ring: TokenRing, tokenCount: number): boolean {
  const head = (tokenCount - 2) & 7;
  const headAt = ring.starts[head] as number;
  return capitalisedAt(text, segmentLength, headAt) || (segmentLength >= 3 && hasHump(text, headAt, headAt + (ring.coreLengths[head] as number)));
}

/**
 * Whether two plain ASCII token cores are the same word, letter case aside.
 * @param text the text.
 * @param first start of the first core.
 * @param second start of the second core.
 * @param length the length of both.
 * @returns true when they are equal.
 */
function sameAsciiCore(text: string, first: number, second: number, length: number): boolean {
  for (let index = 0; index < length; index++) {
    const left = text.charCodeAt(first + index);
    const right = text.charCodeAt(second + index);
    // Cores hold letters, digits and apostrophes: `| 32` folds only the letters' case.
    if (left !== right && ((left | 32) !== (right | 32) || (left | 32) < 97 || (left | 32) > 122)) return false;
  }
  return true;
}

/**
 * How a plain ASCII token compares with an earlier one of the same first letter.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param coreLength its core's length.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @returns 1 for the same core, 2 when this token is the other's core glued to more letters
 *   (`healtht` after `health's`), 0 otherwise.
 */
function asciiMatch(text: string, start: number, end: number, coreLength: number, backStart: number, backLength: number): number {
  if (backLength === coreLength) return sameAsciiCore(text, start, backStart, coreLength) ? 1 : 0;
  return mayBeGlued(text, start, end, backStart, backLength) && sameAsciiCore(text, start, backStart, backLength) ? 2 : 0;
}

/**
 * `asciiMatch` where either token holds another script or a join filler: cores compare by
 * their lower-case text.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param coreEndOffset the end of its core.
 * @param wideText its core's lower-case text, when it is not plain ASCII.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @param backText the earlier core's lower-case text, when it is not plain ASCII.
 * @returns 1, 2 or 0 as `asciiMatch`.
 */
function wideMatch(text: string, start: number, end: number, coreEndOffset: number, wideText: string | undefined, backStart: number, backLength: number, backText: string | undefined): number {
  const back = backText ?? coreText(text, backStart, backStart + backLength);
  const own = wideText ?? (coreEndOffset - start === back.length ? coreText(text, start, coreEndOffset) : undefined);
  if (own === back) return 1;
  return mayBeGlued(text, start, end, backStart, backLength) && coreText(text, start, start + backLength) === back ? 2 : 0;
}

/**
 * Whether a token can be an earlier token's core glued to more letters (`healtht` after
 * `health's`): it is longer than that core of four or more, and starts with its first letter.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @returns true when the letters are worth comparing.
 */
function mayBeGlued(text: string, start: number, end: number, backStart: number, backLength: number): boolean {
  return backLength >= 4 && end - start > backLength && text.charCodeAt(start) === text.charCodeAt(backStart);
}

/**
 * Whether a plain ASCII token is an earlier token of a three-letter core and a plural `s`
 * (`apps`) glued to more letters (`appsgeddon`, `appsGov`): `mayBeGlued` asks for a core of
 * four letters or more, so this shape is tested on its own, with the `s`.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @param glued the fewest letters glued after the `s`: one after two copies (`Route maps maps
 * mapsd` for `routed`), two after a head alone.
 * @returns true when the token starts with the earlier core and its `s`.
 */
function pluralGlued(text: string, start: number, end: number, backStart: number, backLength: number, glued: number): boolean {
  if (backLength !== 3 || end - start < 4 + glued || (text.charCodeAt(backStart + 3) | 32) !== 115) return false;
  if (classAt(text, backStart + 4) === CharClass.Letter) return false;
  return sameAsciiCore(text, start, backStart, 4);
}

/** The scanner's ring of the last eight tokens, by `tokenCount & 7`. */
interface TokenRing {
  starts: Int32Array;
  coreLengths: Int32Array;
  firstCodes: Int32Array;
  wideTexts: Array<string | undefined>;
  runCounts: Int32Array;
}

/**
 * Opens a run of a group of two or three words where the token one group back ends in a copy
 * of this capitalised token glued inside a word (`upSave the Save the date`), as the run of one
 * token does for `TranGrassroots Grassroots`.
 * @param text the text.
 * @param start this token's start.
 * @param end this token's end.
 * @param coreLength this token's core length.
 * @param tokenCount this token's index.
 * @param segmentLength tokens in the current segment, this one included.
 * @param ring the scanner's ring of tokens; its run counts are set for the runs opened.
 * @param runStarts run starts by period.
 * @param runEnds run ends by period.
 * @param runLastStarts starts of the runs' last tokens by period.
 * @returns the bits of the periods opened.
 */
function openGluedGroupRuns(text: string, start: number, end: number, coreLength: number, tokenCount: number, segmentLength: number, ring: TokenRing, runStarts: Int32Array, runEnds: Int32Array, runLastStarts: Int32Array): number {
  let opened = 0;
  for (let period = 2; period <= 3; period++) {
    const groupBack = (tokenCount - period) & 7;
    const groupBackLength = ring.coreLengths[groupBack] as number;
    if (period >= segmentLength || (ring.runCounts[period] ?? 0) !== 0 || ring.wideTexts[groupBack] !== undefined || groupBackLength <= coreLength) continue;
    if (!gluedCopy(text, start, coreLength, ring.starts[groupBack] as number, groupBackLength)) continue;
    ring.runCounts[period] = 1;
    opened |= 1 << period;
    runStarts[period] = ring.starts[groupBack] as number;
    runEnds[period] = end;
    runLastStarts[period] = start;
  }
  return opened;
}

/**
 * Adds a candidate for two passes of a glued-head label ending at this token, for a tail of
 * one to three tokens: the copy one period back, the head two periods back, the tokens
 * between them equal (see `gluedHeadPair`).
 * @param text the text.
 * @param start this token's start.
 * @param end this token's end.
 * @param sameFirst bit `period` set where the token one period back shares this one's first letter.
 * @param tokenCount this token's index.
 * @param segmentLength tokens in the current segment, this one included.
 * @param ring the scanner's ring of tokens.
 * @param candidates the candidates found so far.
 */
function gluedHeadCandidates(text: string, start: number, end: number, sameFirst: number, tokenCount: number, segmentLength: number, ring: TokenRing, candidates: Candidate[]): void {
  for (let period = 1; period <= 3; period++) {
    if ((sameFirst & (1 << period)) === 0 || 2 * period >= segmentLength || ring.runCounts[period] !== 0) continue;
    const back = (tokenCount - period) & 7;
    const head = (tokenCount - 2 * period) & 7;
    // `gluedHeadPair` asks for a copy of four letters or more and a head of four or more.
    if ((ring.coreLengths[back] as number) < 4 || (ring.coreLengths[head] as number) < 4) continue;
    if (ring.wideTexts[back] !== undefined || ring.wideTexts[head] !== undefined) continue;
    let inner = true;
    for (let position = 1; position < period && inner; position++) {
      const one = (tokenCount - position) & 7;
      const other = (tokenCount - position - period) & 7;
      // (A word of another script, or a dash, compares by its text: `Buses – live timeses – live`.)
      const oneText = ring.wideTexts[one];
      inner = ring.coreLengths[one] === ring.coreLengths[other] && oneText === ring.wideTexts[other] && (oneText !== undefined || sameAsciiCore(text, ring.starts[one] as number, ring.starts[other] as number, ring.coreLengths[one] as number));
    }
    // The tail's last word may be the end of a hyphenated word (`round-uping round-up`).
    const compound = period > 1 && text.charCodeAt(start - 1) === 45 && text.charCodeAt((ring.starts[back] as number) - 1) === 45;
    if (inner && gluedHeadPair(text, start, end - start, ring.starts[back] as number, ring.coreLengths[back] as number, ring.starts[head] as number, ring.coreLengths[head] as number, compound)) {
      candidates.push({ period, start: ring.starts[(tokenCount - 2 * period + 1) & 7] as number, end, count: 2 * period, lastStart: start });
    }
  }
}

/**
 * Whether three plain ASCII tokens read `Shipping newsping news…`: the head and the copy end in
 * the same glued letters (three or more), and what comes before them in the copy (the tail,
 * three letters or more) starts the last token.
 * @param text the text.
 * @param start the last token's start.
 * @param length the last token's length.
 * @param copyStart the copy's start.
 * @param copyLength the copy's core length.
 * @param headStart the head's start.
 * @param headLength the head's core length.
 * @param compound whether the copy and the last token end hyphenated words, whose part after
 * the hyphen may be two letters (`Funding round-uping round-up` for `fund`).
 * @returns true for that shape.
 */
function gluedHeadPair(text: string, start: number, length: number, copyStart: number, copyLength: number, headStart: number, headLength: number, compound: boolean): boolean {
  const shortest = compound ? 2 : 3;
  if (length < shortest || copyLength < shortest + 2 || headLength < 4) return false;
  let shared = 0;
  while (shared < copyLength && shared < headLength) {
    const left = text.charCodeAt(copyStart + copyLength - 1 - shared) | 32;
    if (left < 97 || left > 122 || left !== (text.charCodeAt(headStart + headLength - 1 - shared) | 32)) break;
    shared++;
  }
  // The head is more than its glued letters, and the copy is not the head again.
  const tail = copyLength - shared;
  // The `s` and apostrophes the cores leave off are glued letters too when both words end in
  // the same ones (`Renters'` and `rightsers'` share `ers'`).
  const stripped = shared === 1 || shared === 2 ? sameStrippedEnd(text, copyStart + copyLength, headStart + headLength) : 0;
  let glued = shared === 2 ? shared + stripped : shared;
  // `Carers’` and `weekrs’` share `r` and `s’`: a glue of one letter before the label's own
  // `s’` (the apostrophe counts, as it is what a name seldom shares).
  if (shared === 1 && stripped === 1 && isApostrophe(text.charCodeAt(copyStart + copyLength + 1))) glued = 3;
  // Two glued letters only on long words (`Visitor informationor information`) or after a tail
  // of four letters (`Forestry newsry news`), one only on longer ones (`User researchr
  // research` for `use`), for the reading to check against the dictionary.
  // `Taxes and dutieses and dutiespayer` (`Taxes and duties` for `tax`): the plural `es` of a
  // term that takes it, an `e` and the `s` the cores leave off; with the term's own `s` where
  // the tail's last word ends in one too (`Buses – live timeses – live timesy` for `busy`).
  const esGlue = (shared === 1 || shared === 2) && stripped === 1 && (text.charCodeAt(headStart + headLength - 1) | 32) === 101 && copyLength >= 6 && headLength >= 4 && takesEsPlural(text.slice(headStart, headStart + headLength - 1).toLowerCase());
  // One letter on a shorter copy in Title Case, both copies capitalised (`User Guidesr Guides`).
  const titleCopies = isUpperAscii(text.charCodeAt(copyStart)) && isUpperAscii(text.charCodeAt(start));
  // `Maths` and `centrehs` share `h` and the `s` the cores leave off: two letters glued after a
  // tail of four letters or more (`Maths support centre` for `mat`).
  const letterAndS = shared === 1 && stripped === 1 && copyLength - shared >= 4 && headLength - shared >= 3;
  // A shorter copy after a capitalised head of four letters or more before the glue, the
  // dictionary to check the term (`Commuter tipsr tips` for `commute`).
  const shortGlue = glued === 1 && shared === 1 && stripped === 0 && copyLength >= 5 && headLength - shared >= 4 && isUpperAscii(text.charCodeAt(headStart));
  const enough =
    (headLength >= 5 && (glued >= 3 || (glued === 2 && shared === 2 && (copyLength >= 8 || copyLength - shared >= 4) && headLength - shared >= 4))) ||
    letterAndS ||
    (glued === 1 && shared === 1 && stripped === 0 && (copyLength >= 8 || (titleCopies && copyLength >= 6)) && headLength - shared >= 3) ||
    shortGlue ||
    esGlue;
  return enough && tail >= shortest && (copyLength >= 6 || glued > shared || compound || shortGlue) && headLength - shared >= 2 && tail <= length && sameAsciiCore(text, start, copyStart, tail);
}

/**
 * How many letters the equal ends that two cores leave off hold: the `s` and apostrophes after
 * each core, compared code unit by code unit.
 * @param text the text.
 * @param one where the first core ends.
 * @param other where the second core ends.
 * @returns the letters (`s`) of the common end, or 0 when the ends differ.
 */
function sameStrippedEnd(text: string, one: number, other: number): number {
  let letters = 0;
  let offset = 0;
  for (;;) {
    const left = text.charCodeAt(one + offset);
    const right = text.charCodeAt(other + offset);
    const leftPart = isLetterS(left) || isApostrophe(left) || left === 0xe002;
    const rightPart = isLetterS(right) || isApostrophe(right) || right === 0xe002;
    if (!leftPart && !rightPart) return letters;
    if (left !== right || !leftPart) return 0;
    if (isLetterS(left)) letters++;
    offset++;
  }
}

/**
 * Whether a token that does not match the token one period back would close a whole group
 * of the run: the other tokens of its group have matched.
 * @param count tokens of the run matched so far.
 * @param period the group length.
 * @returns true when this token is the last of a group.
 */
function closesGroup(count: number, period: number): boolean {
  return count + 1 >= period && (count + 1) % period === 0;
}

/**
 * Whether the token two back in the segment starts with an ASCII capital (a label's head).
 * @param text the text.
 * @param segmentLength tokens in the current segment, this one included.
 * @param start that token's start.
 * @returns true for a capital.
 */
function capitalisedAt(text: string, segmentLength: number, start: number): boolean {
  if (segmentLength < 3) return false;
  const code = text.charCodeAt(start);
  return code >= 65 && code <= 90;
}

/**
 * Whether a plain ASCII token is an earlier word of three letters and `s` (`labs`, core
 * `lab`) with one to three other lower-case letters in place of that `s` (`labl`): a label's
 * tail whose copies carry its `s`, glued in its last copy to the rest of the word the replace
 * hit. (Longer cores glued so are `asciiMatch`'s.)
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @returns true for that shape.
 */
function joinerSwapped(text: string, start: number, end: number, backStart: number, backLength: number): boolean {
  // At most three letters after it: more make a word of its own (`apps application`).
  if (backLength !== shortUnit || !isLetterS(text.charCodeAt(backStart + backLength)) || end - start <= backLength || end - start > backLength + 3) return false;
  if (!sameAsciiCore(text, start, backStart, backLength) || isLetterS(text.charCodeAt(start + backLength))) return false;
  return lowerAsciiOnly(text, start + backLength, end);
}

/**
 * Whether a token is an earlier number of one to three digits glued to lower-case letters
 * (`2ation` after `2`): the last copy of a label's tail that ends in a number.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @returns true for that shape.
 */
function digitsGlued(text: string, start: number, end: number, backStart: number, backLength: number): boolean {
  if (backLength < 1 || backLength > 3 || end - start <= backLength) return false;
  for (let offset = 0; offset < backLength; offset++) {
    const code = text.charCodeAt(backStart + offset);
    if (code < 48 || code > 57 || text.charCodeAt(start + offset) !== code) return false;
  }
  return lowerAsciiOnly(text, start + backLength, end);
}

/**
 * Whether a stretch of a text holds only the ASCII letters `a`–`z`.
 * @param text the text.
 * @param from the stretch's start.
 * @param to its end.
 * @returns true when every code unit in it is one.
 */
function lowerAsciiOnly(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * Whether a token is an earlier word of two capitals (`UK`) glued to lower-case letters
 * (`UKncy`): the last copy of a label's tail, glued to the rest of the word the replace hit.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @returns true for that shape.
 */
function capitalsGlued(text: string, start: number, end: number, backStart: number): boolean {
  for (let offset = 0; offset < 2; offset++) {
    const code = text.charCodeAt(backStart + offset);
    if (code < 65 || code > 90 || text.charCodeAt(start + offset) !== code) return false;
  }
  const next = text.charCodeAt(start + 2);
  // A possessive after the glued letters is the word's own (`Age UK UKncy’s` is `agency’s`).
  let lettersEnd = end;
  if (lettersEnd - start > 4 && (text.charCodeAt(lettersEnd - 1) | 32) === 115 && (text.charCodeAt(lettersEnd - 2) === 39 || text.charCodeAt(lettersEnd - 2) === 0x2019)) lettersEnd -= 2;
  return next >= 97 && next <= 122 && shortGlued(text, start, lettersEnd, backStart, 2);
}

/**
 * Whether a token is an earlier initialism of two capitals joined by `&` (`Q&A`, `A&E`) glued to
 * lower-case letters (`Q&Aity`).
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @returns true for that shape.
 */
function initialismGlued(text: string, start: number, end: number, backStart: number): boolean {
  if (end - start <= 3 || text.charCodeAt(start + 1) !== 38) return false;
  const first = text.charCodeAt(backStart);
  const last = text.charCodeAt(backStart + 2);
  if (first < 65 || first > 90 || last < 65 || last > 90 || text.charCodeAt(start) !== first || text.charCodeAt(start + 2) !== last) return false;
  for (let index = start + 3; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * Whether a token closes a run of one copy of an initialism joined by `&` (see
 * `initialismGlued`): after a copy, or after a head that is capitalised or glued inside a word.
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param ring the last tokens.
 * @param tokenCount how many tokens were read before this one.
 * @param segmentLength how many tokens the segment holds, this one included.
 * @returns true when it closes such a run.
 */
function closesInitialism(text: string, start: number, end: number, ring: TokenRing, tokenCount: number, segmentLength: number): boolean {
  if (!initialismGlued(text, start, end, ring.starts[(tokenCount - 1) & 7] as number)) return false;
  if ((ring.runCounts[1] ?? 0) > 0) return true;
  const headStart = ring.starts[(tokenCount - 2) & 7] as number;
  return capitalisedAt(text, segmentLength, headStart) || (segmentLength >= 3 && hasHump(text, headStart, headStart + (ring.coreLengths[(tokenCount - 2) & 7] as number)));
}

/**
 * Whether a plain ASCII token is a short earlier core (two or three letters) glued to more
 * letters (`ons` after `on`), the shape a label's last unit takes when the term stood inside
 * a longer word, a possessive after them or not (`tipsers’`).
 * @param text the text.
 * @param start the token's start.
 * @param end the token's end.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @returns true when the token starts with that core and goes on with letters only.
 */
function shortGlued(text: string, start: number, end: number, backStart: number, backLength: number): boolean {
  if (backLength < 2 || backLength >= 4 || end - start <= backLength || !sameAsciiCore(text, start, backStart, backLength)) return false;
  for (let index = start + backLength; index < end; index++) {
    const code = text.charCodeAt(index);
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) continue;
    // A possessive after the letters (`tipsers’` for `researchers’`).
    return (code === 39 || code === 0x2019) && index > start + backLength && (index + 1 === end || (index + 2 === end && (text.charCodeAt(index + 1) | 32) === 115));
  }
  return true;
}

/**
 * Whether an earlier plain ASCII token ends in a copy of this token's core glued after a
 * lower-case letter (`TranGrassroots` before `Grassroots`): a label whose term comes last,
 * put in inside a word and then once more before it.
 * @param text the text.
 * @param start this token's start (an upper-case letter).
 * @param coreLength this token's core length.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @returns true when the earlier core ends in this core, starting at a lower-to-upper hump.
 */
function gluedCopy(text: string, start: number, coreLength: number, backStart: number, backLength: number): boolean {
  // A copy of three letters keeps the `s` that ends it, which the longer word's core drops
  // (`lostNHS NHS Apps`).
  const keptS = coreLength === 3 && isLetterS(text.charCodeAt(start + 2)) && text.charCodeAt(backStart + backLength) === text.charCodeAt(start + 2) ? 1 : 0;
  const at = backStart + backLength + keptS - coreLength;
  // An acronym's copy (`hNHS NHS Appens` for `happens`, `MNHS NHS Apping` for `Mapping`).
  const acronym = coreLength === 3 && isUpperAscii(text.charCodeAt(start + 1)) && isUpperAscii(text.charCodeAt(start + 2));
  // Letters before the hump: two, or one before a copy of four letters or more (`pPeer Peer
  // review`) or before an acronym; the reading keeps only those that leave a word (`preview`,
  // not `iPhone Phone`). A copy of three letters (`ComOur Our mission`, `adOur Our mission`)
  // needs two.
  if (coreLength < 3 || at < backStart + (coreLength < 4 && !acronym ? 2 : 1) || text.charCodeAt(at) !== text.charCodeAt(start)) return false;
  const before = text.charCodeAt(at - 1);
  // One capital too before a copy of four letters or more (`ASchool School bus passes` for
  // `abuse`) or before an acronym, for the reading to check with the word the letter makes.
  if ((before < 97 || before > 122) && !(before >= 65 && before <= 90 && at === backStart + 1 && (coreLength >= 4 || acronym))) return false;
  return sameAsciiCore(text, start, at, coreLength);
}

/**
 * `gluedCopy` for tokens that are not plain ASCII (`AgriCafé` before `Café`): the same
 * test on the lower-case text, the hump after a lower-case letter of any script.
 * @param text the text.
 * @param start this token's start (an upper-case letter).
 * @param coreLength this token's core length.
 * @param backStart the earlier token's start.
 * @param backLength the earlier token's core length.
 * @returns true when the earlier core ends in this core, starting at a lower-to-upper hump.
 */
function wideGluedCopy(text: string, start: number, coreLength: number, backStart: number, backLength: number): boolean {
  const at = backStart + backLength - coreLength;
  if (coreLength < 3 || at < backStart + (coreLength < 4 ? 2 : 1) || text.charCodeAt(at) !== text.charCodeAt(start)) return false;
  if (!isLowerLetter(text.charAt(at - 1))) return false;
  return text.slice(at, at + coreLength).toLowerCase() === text.slice(start, start + coreLength).toLowerCase();
}

/**
 * Whether a one-character string is a lower-case letter (any script).
 * @param character the character.
 * @returns true for `a`, `é`, not for `A` or `1`.
 */
export function isLowerLetter(character: string): boolean {
  return character !== character.toUpperCase() && character === character.toLowerCase();
}

/**
 * Whether a one-character string is an upper-case letter (any script).
 * @param character the character.
 * @returns true for `A`, `É`, not for `a` or `1`.
 */
export function isUpperLetter(character: string): boolean {
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

/** The most code units the array kept from call to call holds (2 MB). */
const codeBufferMax = 1 << 20;
let codeBuffer = new Uint16Array(4096);

/**
 * The text's UTF-16 code units in a typed array (one native copy), which the scan's loop reads
 * faster than `charCodeAt`, followed by a 0. The array is reused from call to call.
 * @param text the text.
 * @returns the code units (the array may be longer than the text).
 */
function codeUnitsOf(text: string): Uint16Array {
  let codes = codeBuffer;
  if (text.length >= codeBufferMax) {
    // A text over a million code units gets an array of its own, not kept after the call.
    codes = new Uint16Array(text.length + 1);
  } else if (codes.length <= text.length) {
    codes = codeBuffer = new Uint16Array(Math.min(codeBufferMax, Math.max(text.length + 1, codes.length * 2)));
  }
  Buffer.from(codes.buffer, codes.byteOffset, text.length * 2).write(text, 'utf16le');
  // A code no character test accepts after the text, as `charCodeAt` past the end gives none.
  codes[text.length] = 0;
  return codes;
}

/**
 * The lower-case text of a core without join fillers.
 * @param text the text.
 * @param start core start.
 * @param end core end.
 * @returns its text.
 */
function coreText(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().replaceAll('\uE002', '');
}

/**
 * Whether a code unit can end a token whose core is shorter than the token: `s`, an
 * apostrophe or a join filler.
 * @param code the token's last code unit.
 * @returns true when `coreEnd` must look at the token.
 */
function mayTrimCore(code: number): boolean {
  return code === 115 || code === 83 || code === 0xe002 || isApostrophe(code);
}

/**
 * Whether a word after a comma is compared with the word before the comma. `very, very` is
 * prose, so only where that word carries two `s` or more after its core (`Parents, carerss,
 * carerss, carers`); where both are the same capitalised word (`Arts, Arts, culture`, the
 * copies of a label whose term comes last after a comma); or where this word is written as
 * that one, which itself follows a comma after a capital or copies (`Members, volunteers,
 * volunteers`, `Members, volunteers` for `members`, whose term leaves no `s`, its head glued
 * inside a word or not, `reMembers`; not `very, very, very`). The reading decides. (A comma
 * separator is `, ` alone, so the word before ends two units before this one.)
 * @param text the text.
 * @param start this word's start.
 * @param end this word's end.
 * @param tokenCount this word's index.
 * @param ring the scanner's ring of tokens.
 * @param separators the separators before the ring's tokens.
 * @returns true when the two words are compared.
 */
function wordAcrossComma(text: string, start: number, end: number, tokenCount: number, ring: TokenRing, separators: Int32Array): boolean {
  const back = (tokenCount - 1) & 7;
  const backStart = ring.starts[back] as number;
  if (start - 2 - backStart - (ring.coreLengths[back] as number) >= 2 || capitalisedCopy(text, start, end, backStart)) return true;
  const head = (tokenCount - 2) & 7;
  const afterCapitalOrCopies = (ring.runCounts[1] ?? 0) > 0 || hasUpperAscii(text, ring.starts[head] as number, (ring.starts[head] as number) + (ring.coreLengths[head] as number));
  return separators[back] === Separator.Comma && afterCapitalOrCopies && sameWordBefore(text, start, end, backStart);
}

/**
 * Whether a stretch of the text holds an ASCII capital: a word that starts with one (`Members`)
 * or has one inside (`reMembers`, a label's head glued inside the word the replace hit).
 * @param text the text.
 * @param start the stretch's start.
 * @param end the stretch's end.
 * @returns true when one stands there.
 */
function hasUpperAscii(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isUpperAscii(text.charCodeAt(index))) return true;
  return false;
}

/**
 * Whether a word is written as the word before it, a capital and lower-case letters
 * (`Arts, Arts`), which ends two units before it.
 * @param text the text.
 * @param start the word's start.
 * @param end the word's end.
 * @param backStart the word before's start.
 * @returns true for such a copy.
 */
function capitalisedCopy(text: string, start: number, end: number, backStart: number): boolean {
  const length = end - start;
  if (backStart + length !== start - 2 || length < 2) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return isUpperAscii(first) && second >= 97 && second <= 122 && sameCodes(text, start, backStart, length);
}

/**
 * Whether a word starts with the word of three letters or more before it, which ends two units
 * before it, written alike, with nothing after or lower-case letters only (`volunteers,
 * volunteers`; `volunteers, volunteership`, the last copy glued to the rest of the word).
 * @param text the text.
 * @param start the word's start.
 * @param end the word's end.
 * @param backStart the word before's start.
 * @returns true for such a copy.
 */
function sameWordBefore(text: string, start: number, end: number, backStart: number): boolean {
  const length = start - 2 - backStart;
  return length >= 3 && end - start >= length && sameCodes(text, start, backStart, length) && lowerThenPossessive(text, start + length, end);
}

/**
 * Whether a stretch holds ASCII lower-case letters only, a possessive after them or not
 * (`hip`, `’`, `s'`): what a label's last copy may carry (`volunteers, volunteers'`).
 * @param text the text.
 * @param start the stretch's start.
 * @param end the stretch's end.
 * @returns true for such a stretch.
 */
function lowerThenPossessive(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && text.charCodeAt(at) >= 97 && text.charCodeAt(at) <= 122) at++;
  if (at === end) return true;
  const code = text.charCodeAt(at);
  return (code === 39 || code === 0x2019) && (at + 1 === end || (at + 2 === end && text.charCodeAt(at + 1) === 115));
}

/**
 * One linear pass that finds every run in which a token, or a group of up to six tokens,
 * repeats at least twice with only white space, one line break or one hyphen between them.
 * Tokens compare by their core, so `rights's rightss` is a run. Nothing else is built: a text
 * without candidates costs this pass only.
 * @param text the text to scan.
 * @param apostrophes when given, receives the offset of every `'` and `’` read inside a token, in
 *   text order (what `findRepeatedLabels` would search the text for).
 * @returns the candidates in text order (several periods may cover one region).
 */
export function findCandidates(text: string, apostrophes?: number[]): Candidate[] {
  if (text.length < codeBufferMax) return scanCandidates(text, apostrophes);
  // A long text is scanned a piece at a time, each piece ending after a blank line, which no
  // run crosses, so each piece is read into the array kept from call to call: a fresh array as
  // long as the text costs more to fill (the memory is new to the process) than the scan.
  const candidates: Candidate[] = [];
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    const pieceApostrophes: number[] | undefined = apostrophes === undefined ? undefined : [];
    for (const candidate of scanCandidates(from === 0 && to === text.length ? text : text.slice(from, to), pieceApostrophes)) {
      candidate.start += from;
      candidate.end += from;
      if (candidate.lastStart !== undefined) candidate.lastStart += from;
      if (candidate.marks !== undefined) candidate.marks = [candidate.marks[0] + from, candidate.marks[1] + from];
      candidates.push(candidate);
    }
    if (apostrophes !== undefined) for (const offset of pieceApostrophes as number[]) apostrophes.push(offset + from);
    from = to;
  }
  return candidates;
}

/** The length a piece of a long text is cut at when a blank line allows (see `pieceEnd`). */
const pieceLength = 1 << 18;

/**
 * Where the piece of a long text that starts at `from` ends: after the first blank line
 * (`\n\n`, `\n\r\n`) at least `pieceLength` code units on, so the piece fits the kept array;
 * the text's end when none comes before that array's size.
 * @param text the text.
 * @param from the piece's start.
 * @returns the piece's end.
 */
function pieceEnd(text: string, from: number): number {
  if (text.length - from < codeBufferMax) return text.length;
  const limit = from + codeBufferMax - 4;
  for (let at = text.indexOf('\n', from + pieceLength); at >= 0 && at < limit; at = text.indexOf('\n', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 10) return at + 2;
    if (next === 13 && text.charCodeAt(at + 2) === 10) return at + 3;
  }
  return text.length;
}

/** What the scan keeps to find labels holding a mark (see `readMarkUnit`). */
interface MarkState {
  /** The end of the last stretch read as repeating a whole unit: no mark inside it is read again. */
  end: number;
}

/**
 * The scan's last offset of each mark, by its low byte (marks that share one share a slot),
 * and the offset before that: made once, emptied at each scan's start (an earlier text's, or
 * an earlier piece's, offsets may fall on marks this scan did not record).
 */
const lastMarks = new Int32Array(256).fill(-1);
const earlierMarks = new Int32Array(256).fill(-1);

/**
 * The scan's reading at a mark of a label holding one (`Help? Ask us? Ask us`, see
 * `markUnitCascade`): the mark is read against the last two marks with its low byte before
 * it, where they are like marks (a unit may hold one twice, `, e.g. how-tos`), and the two
 * code units before or after both are the same (rare in prose).
 * @param text the text.
 * @param codes its code units.
 * @param index the mark's offset.
 * @param last the last like mark's offset (from `lastMarks`).
 * @param earlier the one before it.
 * @param marks the scan's marks; updated.
 * @param bracketEnd the end of the last label with brackets or marks found.
 * @param candidates receives the candidate.
 * @returns the end of the last label with brackets or marks found, this one's when found.
 */
function readMarkUnit(text: string, codes: Uint16Array, index: number, last: number, earlier: number, marks: MarkState, bracketEnd: number, candidates: Candidate[]): number {
  const code = codes[index] as number;
  for (let back = 0, first = last; back < 2; back++, first = earlier) {
    if (first < 0 || index - first < markUnitMin || index - first > bracketUnitMax || text.charCodeAt(first) !== code || !nearCodesMatch(codes, first, index)) continue;
    const end = periodicEnd(text, first, index);
    // A stretch that repeats a whole unit on is not read again from a mark inside it, which
    // pairs as this one did. A shorter match says nothing of the marks inside it (`yourss!
    // Share yourss. For Ideas! Share yourss! Share …`: the next cascade's copies), and costs
    // less than a unit to read.
    if (end - index >= index - first) marks.end = Math.max(marks.end, end);
    const found = markUnitCascade(text, first, index, end);
    if (found) {
      candidates.push({ period: 0, start: found.start, end: found.end, marks: [first, index] });
      return found.end;
    }
  }
  return bracketEnd;
}

/**
 * {@link findCandidates} over one text read into one array.
 * @param text the text to scan.
 * @param apostrophes receives the apostrophes' offsets, when given.
 * @returns the candidates in text order.
 */
function scanCandidates(text: string, apostrophes?: number[]): Candidate[] {
  const candidates: Candidate[] = [];
  const codes = codeUnitsOf(text);
  // The last eight tokens, in a ring: start, core length, first code (lower case), and for a
  // token that holds anything but ASCII its core's lower-case text.
  const starts = new Int32Array(8);
  const coreLengths = new Int32Array(8);
  const firstCodes = new Int32Array(8);
  const wideTexts: Array<string | undefined> = new Array<string | undefined>(8).fill(undefined);
  const separators = new Int32Array(8);
  const keys = new Int32Array(8);
  const runCounts = new Int32Array(maxPeriod + 1);
  const ring: TokenRing = { starts, coreLengths, firstCodes, wideTexts, runCounts };
  const runStarts = new Int32Array(maxPeriod + 1);
  const runEnds = new Int32Array(maxPeriod + 1);
  const runLastStarts = new Int32Array(maxPeriod + 1);
  // Bit `period` is set while a run of that period is open: most tokens open none, and then
  // nothing needs resetting.
  let open = 0;
  // Bit `slot` is set while that ring slot holds a token compared by its text (`wideTexts`).
  let wideSlots = 0;
  let tokenCount = 0;
  let segmentLength = 0;
  let previousEnd = -1;
  const length = text.length;

  /** Emits the runs that qualify and resets all counters (at a break or the end). */
  const flush = (): void => {
    // A count is set only with its period's bit in `open`: the other periods hold none.
    for (let bits = open; bits !== 0; bits &= bits - 1) {
      const period = 31 - Math.clz32(bits & -bits);
      if ((runCounts[period] ?? 0) >= period) {
        candidates.push(runCandidate(period));
      }
      runCounts[period] = 0;
    }
    open = 0;
  };

  /**
   * The candidate of the run of one period that has just ended.
   * @param period the period.
   * @returns the candidate.
   */
  const runCandidate = (period: number): Candidate => ({
    period,
    start: runStarts[period] ?? 0,
    end: runEnds[period] ?? 0,
    count: (runCounts[period] ?? 0) + period,
    lastStart: runLastStarts[period] ?? 0,
  });

  // What stood between the previous token and this one.
  let newlines = 0;
  let hyphens = 0;
  let other = false;
  let gap = 0;
  let index = 0;
  // The end of the last label with brackets found: its other brackets are not read again.
  let bracketEnd = 0;
  // The end of the last copies of words in brackets before a term found (`(New) (New) products`).
  let prefixEnd = 0;
  lastMarks.fill(-1);
  earlierMarks.fill(-1);
  const marks: MarkState = { end: 0 };
  /**
   * Adds the candidate of a label in quotes or ending in a mark whose unit ends at `close`.
   * @param close offset of the closing quote or mark.
   */
  const readMarked = (close: number): void => {
    const found = markedCascadeAt(text, close);
    if (found) {
      candidates.push({ period: 0, start: found.opensAt, end: found.end });
      bracketEnd = found.end;
    }
  };
  while (index < length) {
    const code = codes[index] as number;
    // Most separators are one space: counted and passed at once.
    if (code === 32) {
      gap++;
      index++;
      continue;
    }
    let value = code < 128 ? (asciiClasses[code] as CharClass) : classAt(text, index);
    // `’26`: a year in two digits is a token from its apostrophe (see `isElidedYear`).
    if (value !== CharClass.Letter && value !== CharClass.Digit && value !== CharClass.Symbol && (value !== CharClass.Apostrophe || !isElidedYear(text, index))) {
      if (!isMarkCode(code) || !startsToken(text, index, value)) {
        // A separator character: classify it on the way.
        gap++;
        if (value === CharClass.Newline) {
          if (!(code === 13 && text.charCodeAt(index + 1) === 10)) newlines++;
          // An adapter's paragraph separator (U+2029) ends a block like a blank line.
          if (code === 0x2029) newlines++;
        } else if (value === CharClass.Hyphen || (code === 0x2013 && isGluedDash(text, index))) hyphens++;
        else if (value !== CharClass.Space && !(code === 46 && index === previousEnd && isTitleDot(text, index))) {
          other = true;
          // `Funding (grants)ing (grants)…`: a label with brackets glued to its term.
          if (code === 41 && index >= bracketEnd) {
            const bracket = bracketCascadeAt(text, index);
            if (bracket) {
              candidates.push({ period: 0, start: bracket.start, end: bracket.end });
              bracketEnd = bracket.end;
            }
          }
          // `“““Help to Buy” to Buy” to Buy”`, `Game on! on! on!`: a label in double quotes or
          // ending in a mark, re-applied.
          if ((code === 0x201d || code === 34 || code === 33 || code === 63) && index >= bracketEnd) {
            readMarked(index);
          }
          // `(New) (New) products`, `“Fix it” “Fix it” reports`: copies of words in brackets
          // or quotes before a label's term.
          // (A label glued to its term may read the same copies, `Create (New) (New)`: both
          // are candidates, and the analysis chooses. The codes are the closing marks of
          // `prefixMarkPairs`, written out on this path.)
          if ((code === 41 || code === 93 || code === 0x201d || code === 34) && index >= prefixEnd && text.charCodeAt(index + 1) === 32) {
            const prefix = markedPrefixAt(text, index);
            if (prefix) {
              candidates.push({ period: 0, start: prefix.start, end: prefix.end });
              prefixEnd = prefix.end;
            }
          }
          // `Help? Ask us? Ask us`, `Party 🎉 time 🎉 time`: a label holding a mark, re-applied.
          // (Each mark's last two offsets are kept here; the pairs are read only where a like
          // mark stands near with the same code units beside it, rare for a sentence's full
          // stop.)
          if (index >= marks.end && isUnitMark(code) && index >= bracketEnd) {
            const slot = code & 255;
            const last = lastMarks[slot] as number;
            const earlier = earlierMarks[slot] as number;
            earlierMarks[slot] = last;
            lastMarks[slot] = index;
            if (index - last <= bracketUnitMax && (nearCodesMatch(codes, last, index) || (index - earlier <= bracketUnitMax && nearCodesMatch(codes, earlier, index)))) bracketEnd = readMarkUnit(text, codes, index, last, earlier, marks, bracketEnd, candidates);
          }
        }
        index++;
        continue;
      }
      value = CharClass.Symbol;
    }
    const start = index;
    let end: number;
    let tokenCore: number;
    let wide = code >= 128;
    let longestS = 0;
    let doubleSAfterConsonant = false;
    let esTwice = false;
    // Whether the token is a number with its thousands grouped (`1,000,000`: no glued unit).
    let grouped = false;
    // Whether the token holds anything but ASCII letters, digits and decimal points.
    let general = false;
    if (value === CharClass.Symbol) {
      // `10%s`: a sign after a number takes the letters glued to it; its core is the sign.
      end = isSignCode(code) ? signEnd(text, start, length) : start + 1;
      tokenCore = start + 1;
    } else {
      let run = 0;
      let position = start;
      while (position < length) {
        let character = codes[position] as number;
        // Most of a word is lower-case letters other than `s`: passed at once, in a loop of
        // their own (the code after the text stops it).
        if (character >= 97 && character <= 122 && character !== 115) {
          run = 0;
          do character = codes[++position] as number;
          while (character >= 97 && character <= 122 && character !== 115);
          if (position >= length) break;
        }
        if (character < 128) {
          const characterClass = asciiClasses[character];
          if (characterClass === CharClass.Letter || characterClass === CharClass.Digit) {
            if ((character | 32) === 115) {
              run++;
              if (run > longestS) longestS = run;
              // `Eventssually`: two `s` after a consonant inside a word.
              if (run === 2 && position >= start + 3 && isConsonant(text.charCodeAt(position - 2))) doubleSAfterConsonant = true;
              // `Processeses`: `es` twice (checked at an `s` after `ese`).
              else if (run === 1 && position >= start + 5 && ((codes[position - 1] as number) | 32) === 101 && ((codes[position - 2] as number) | 32) === 115 && ((codes[position - 3] as number) | 32) === 101) esTwice = true;
            } else run = 0;
            position++;
            continue;
          }
          if (characterClass !== CharClass.Apostrophe) {
            // `2.0`, `2025/26`, `3,000`: a full stop, a slash or a thousands comma between
            // digits is inside a number (`Web 2.0 2.0site`, `Budget 2025/26 2025/26`).
            if (((character === 46 || character === 47 || character === 44) && isNumberMark(text, position, start)) || (character === 38 && isInitialismMark(text, position, start))) {
              if (character === 44) grouped = true;
              run = 0;
              position++;
              continue;
            }
            break;
          }
        }
        // Apostrophes, join fillers and other scripts: the general rules of `tokenEnd`.
        const next = tokenEnd(text, position, length, start);
        if (next === position) break;
        general = true;
        for (let inner = position; inner < next; inner++) {
          const character = text.charCodeAt(inner);
          if (character === 0xe002) {
            wide = true;
            continue;
          }
          // An apostrophe typed as a lookalike (`Walkersʼ`) is read as `’` is, not as another
          // script's letter: the analysis reads it as `’`.
          if (character >= 128 && !wideApostrophes.has(character)) wide = true;
          else if (apostrophes !== undefined && (character === 39 || wideApostrophes.has(character))) apostrophes.push(inner);
          run = (character | 32) === 115 && character < 128 ? run + 1 : 0;
          if (run > longestS) longestS = run;
        }
        position = next;
      }
      end = position;
      // `‘‘Help to Buy’ to Buy’`: a closing single quote is the token's apostrophe.
      if (general && text.charCodeAt(end - 1) === 0x2019 && text.charCodeAt(end) === 32 && end > bracketEnd) {
        readMarked(end - 1);
      }
      // Plain letters and digits: the core drops the trailing `s` letters (`run`), but a word
      // of three letters or fewer keeps them (as `coreEnd` does).
      if (!general) tokenCore = run === 0 ? end : Math.max(end - run, Math.min(end, start + 3));
      else tokenCore = mayTrimCore(text.charCodeAt(end - 1)) ? coreEnd(text, start, end) : end;
      if (end - start >= 5 && (longestS >= 3 || end - tokenCore >= 2) && hasSuffixRun(text, start, end, tokenCore - start, longestS)) {
        candidates.push({ period: 0, start, end });
      } else if (end - start >= shortPairWord && !grouped && (wide || mayHoldGluedUnit(codes, start, end)) && hasGluedUnit(text, start, end, wide)) {
        // `Toolkitskitskits`, `Hostinging`: a one-word label glued to its term, re-applied.
        candidates.push({ period: 0, start, end });
      } else if (esTwice && esCopiesAt(text, start, end) > 0) {
        // `Processeseses`: a one-word label that is its term's plural in `es`, re-applied.
        candidates.push({ period: 0, start, end });
      } else if (doubleSAfterConsonant && end - start >= 6 && (isCapitalisedAscii(text, start) || hasHump(text, start, end))) {
        // `prEventssion` glued inside a word, or `Eventssually`, whose reading waits for the
        // same label elsewhere in the text (`Ericsson` is a name; `DNSSEC` is no candidate).
        candidates.push({ period: 0, start, end });
      }
    }
    let separator: Separator;
    if (previousEnd < 0) separator = Separator.Start;
    else if (other && gap === 2 && text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32) separator = Separator.Comma;
    else if (other && gap === 1 && isNameDot(text, start - 1)) separator = Separator.Dot;
    else if (other || hyphens > 1 || (hyphens === 1 && (newlines > 0 || gap > 1))) separator = Separator.Break;
    else if (hyphens === 1) separator = Separator.Hyphen;
    else if (newlines >= 2) separator = Separator.Paragraph;
    else if (newlines === 1) separator = Separator.Newline;
    else separator = Separator.Space;
    newlines = 0;
    hyphens = 0;
    other = false;
    gap = 0;
    if (separator === Separator.Break || separator === Separator.Paragraph) {
      // A run's count is set only with its bit in `open`: with none open there is nothing to emit.
      if (open !== 0) flush();
      segmentLength = 0;
    }
    segmentLength++;
    const coreLength = tokenCore - start;
    const firstCode = code < 128 ? code | 32 : code;
    // A core with another script or a join filler compares by its lower-case text, made once.
    const wideText = wide ? coreText(text, start, tokenCore) : undefined;
    const slot = tokenCount & 7;
    starts[slot] = start;
    coreLengths[slot] = coreLength;
    firstCodes[slot] = firstCode;
    wideTexts[slot] = wideText;
    separators[slot] = separator;
    if (wideText === undefined) wideSlots &= ~(1 << slot);
    else wideSlots |= 1 << slot;
    // The first letter and the core's length in one number (for a plain token; one compared by
    // its text is read at every period, see `wideSlots`).
    const key = firstCode + (coreLength << 16);
    keys[slot] = key;
    // Bit 1 is set where the token one back shares this one's first letter.
    const sameBack = firstCodes[(tokenCount - 1) & 7] === firstCode ? 2 : 0;
    // A period is read only where a token compared by its text is near, or a run of that period
    // is open, or the token one period back may match this one: one token back, it shares the
    // first letter (the short and glued shapes of one token); further back, its core too has
    // this one's first letter and length, as a copy that opens a run must (a glued last copy,
    // `healtht`, only closes a run, and a run is then open). Most tokens match none of the six
    // before them and no run is open: then the loop is skipped.
    const sameKey = sameBack | (keys[(tokenCount - 2) & 7] === key ? 4 : 0) | (keys[(tokenCount - 3) & 7] === key ? 8 : 0) | (keys[(tokenCount - 4) & 7] === key ? 16 : 0) | (keys[(tokenCount - 5) & 7] === key ? 32 : 0) | (keys[(tokenCount - 6) & 7] === key ? 64 : 0);
    // Only periods shorter than the segment so far: bits 1 to `segmentLength - 1`.
    const periodMask = (wideSlots !== 0 ? allPeriods : sameKey | open) & (segmentLength > maxPeriod ? allPeriods : (1 << segmentLength) - 2);
    // Each period whose bit is set, lowest first.
    for (let bits = periodMask; bits !== 0; ) {
      const period = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const back = (tokenCount - period) & 7;
      const backText = wideTexts[back];
      // Across a comma, only copies of a group that each stand after one match (see
      // `Separator.Comma`), and a word only in the shapes of `wordAcrossComma`.
      const commaBlocked = separator === Separator.Comma && (period === 1 ? !wordAcrossComma(text, start, end, tokenCount, ring, separators) : separators[back] !== Separator.Comma);
      // 1: the same core; 2: this token starts with the other's core and goes on (`health's
      // healtht` from `government`: a last unit glued to the text that followed the term).
      let match = 0;
      if (commaBlocked) match = 0;
      else if (wideText === undefined && backText === undefined) {
        // Most pairs differ in their first letter: no other comparison.
        if (firstCodes[back] === firstCode) {
          match = asciiMatch(text, start, end, coreLength, starts[back] as number, coreLengths[back] as number);
          // The other shapes close a run open at this period, or follow a short word one
          // token back: most pairs are neither, and are not read again.
          if (match === 0 && ((runCounts[period] ?? 0) > 0 || (period === 1 && (coreLengths[back] as number) <= shortUnit))) match = shortShapeMatch(text, start, end, period, tokenCount, segmentLength, ring);
        }
      } else {
        match = wideMatch(text, start, end, tokenCore, wideText, starts[back] as number, coreLengths[back] as number, backText);
      }
      // `Plan B Bned`, `Design ’26 ’26ers`: a short copy glued to lower-case letters.
      if (match === 0 && period === 1 && coreLengths[back] !== undefined && (coreLengths[back] === 1 || coreLengths[back] === 3) && firstCodes[back] === firstCode && shortCopyGlued(text, start, end, starts[back] as number, coreLengths[back] as number, (runCounts[1] ?? 0) > 0 || capitalisedAt(text, segmentLength, starts[(tokenCount - 2) & 7] as number))) match = 2;
      if (match === 1) {
        const count = (runCounts[period] ?? 0) + 1;
        runCounts[period] = count;
        open |= 1 << period;
        if (count === 1) runStarts[period] = starts[back] as number;
        runEnds[period] = end;
        runLastStarts[period] = start;
        continue;
      }
      if (match === 2) {
        // The glued unit ends the run and belongs to it.
        const count = (runCounts[period] ?? 0) + 1;
        if (count === 1) runStarts[period] = starts[back] as number;
        if (count >= period) candidates.push({ period, start: runStarts[period] ?? 0, end });
        runCounts[period] = 0;
        open &= ~(1 << period);
        continue;
      }
      if ((open & (1 << period)) !== 0) {
        if ((runCounts[period] ?? 0) >= period) candidates.push(runCandidate(period));
        runCounts[period] = 0;
        open &= ~(1 << period);
      }
    }
    if (((code >= 65 && code <= 90) || (wide && isUpperLetter(text.charAt(start)))) && segmentLength > 1 && (runCounts[1] ?? 0) === 0) {
      // `TranGrassroots Grassroots sportation`: the earlier token ends in a copy of this one,
      // glued inside a word after a lower-case letter; it opens a run of one token.
      const back = (tokenCount - 1) & 7;
      const backLength = coreLengths[back] as number;
      const plain = wideText === undefined && wideTexts[back] === undefined;
      if (backLength >= coreLength && (plain ? gluedCopy(text, start, coreLength, starts[back] as number, backLength) : wideGluedCopy(text, start, coreLength, starts[back] as number, backLength))) {
        runCounts[1] = 1;
        open |= 2;
        runStarts[1] = starts[back] as number;
        runEnds[1] = end;
        runLastStarts[1] = start;
      }
      // `upSave the Save the date` (`Save the date` for `date`, hit inside `update`): so too
      // for a group of two or three words, the token one group back.
      // (Called only where the token one or two groups back has this token's capital at the
      // place a glued copy would start it.)
      const twoBack = (tokenCount - 2) & 7;
      const threeBack = (tokenCount - 3) & 7;
      if (plain && (((coreLengths[twoBack] as number) > coreLength && text.charCodeAt((starts[twoBack] as number) + (coreLengths[twoBack] as number) - coreLength) === code) || ((coreLengths[threeBack] as number) > coreLength && text.charCodeAt((starts[threeBack] as number) + (coreLengths[threeBack] as number) - coreLength) === code))) {
        open |= openGluedGroupRuns(text, start, end, coreLength, tokenCount, segmentLength, ring, runStarts, runEnds, runLastStarts);
      }
    }
    if (!wide && (end - start >= 3 || (end - start === 2 && text.charCodeAt(start - 1) === 45)) && (value === CharClass.Letter || value === CharClass.Digit)) {
      // `Shipping newsping news`, `Lighting & signalsing & signals`: two passes of a label whose
      // first word is its term with letters glued on (`Shipping news` for `ship`); the last
      // word does not repeat the copy, so the shape is looked for where a token one to three
      // back starts with the same letter (rare enough to keep the scan fast).
      // Bit `period` is set where the token one period back, one to three, shares this one's
      // first letter.
      const sameFirst = sameBack | (firstCodes[(tokenCount - 2) & 7] === firstCode ? 4 : 0) | (firstCodes[(tokenCount - 3) & 7] === firstCode ? 8 : 0);
      if (sameFirst !== 0) {
        gluedHeadCandidates(text, start, end, sameFirst, tokenCount, segmentLength, ring, candidates);
      }
    }
    tokenCount++;
    previousEnd = end;
    index = end;
    // Most tokens end before one space: passed here, not by another turn of the loop.
    if ((codes[index] as number) === 32) {
      gap++;
      index++;
    }
  }
  flush();
  return candidates;
}

/** How long runs are measured: by exact lower-case tokens or by their cores. */
export type RepeatMode = 'exact' | 'core';

/**
 * Counts how many times a group of tokens repeats from `start`, walking the raw text without
 * building tokens, so a run of millions of copies (`a a a …`) stays linear and small.
 * @param text the text.
 * @param start offset of the first token of the run.
 * @param group the group's tokens, lower case (`exact`) or their cores (`core`).
 * @param mode how tokens compare.
 * @returns whole repetitions, the end of the last whole one, and the start of its last token.
 */
export function countRepeats(text: string, start: number, group: readonly string[], mode: RepeatMode): { repetitions: number; end: number; lastStart: number } {
  const period = group.length;
  let index = start;
  let position = 0;
  let repetitions = 0;
  let end = start;
  let lastStart = start;
  let previousEnd = -1;
  const length = text.length;
  while (index < length) {
    const value = classAt(text, index);
    if (!startsToken(text, index, value)) {
      index++;
      continue;
    }
    const tokenStart = index;
    const tokenStop = tokenEnd(text, tokenStart, length);
    if (previousEnd >= 0) {
      const separator = separatorBetween(text, previousEnd, tokenStart);
      if (separator !== Separator.Space && separator !== Separator.Newline) break;
    }
    const stop = mode === 'core' ? tokenCoreEnd(text, tokenStart, tokenStop) : tokenStop;
    if (!sameWord(text, tokenStart, stop, group[position] ?? '')) break;
    position++;
    if (position === period) {
      position = 0;
      repetitions++;
      end = tokenStop;
      lastStart = tokenStart;
    }
    previousEnd = tokenStop;
    index = tokenStop;
  }
  return { repetitions, end, lastStart };
}

/**
 * Whether a slice of the text equals a lower-case word, letter case aside, without building
 * a string for plain ASCII.
 * @param text the text.
 * @param start slice start.
 * @param end slice end.
 * @param word the lower-case word.
 * @returns true when they are equal.
 */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start === word.length) {
    let ascii = true;
    for (let index = 0; index < word.length; index++) {
      let code = text.charCodeAt(start + index);
      if (code >= 128) {
        ascii = false;
        break;
      }
      if (code >= 65 && code <= 90) code |= 32;
      if (code !== word.charCodeAt(index)) return false;
    }
    if (ascii) return true;
  }
  return text.slice(start, end).toLowerCase().replaceAll('\uE002', '') === word;
}
