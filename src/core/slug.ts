/**
 * Slugs: the path segments of URLs built from titles. Splits a slug into tokens, finds
 * replacement cascades in it (`womens-rightss-rightss-rightss-rights`: head `womens`, tail
 * `rights`, joiners `s`) with the tail reading shared with prose (`readTail`), finds bare
 * URLs in text, and makes slugs from titles the way a site does.
 *
 * In a slug every apostrophe is gone, so the prose joiners `'s`, `s` and `'` read `s`, `s`
 * and nothing: the slug form of a cascade is its prose form without apostrophes.
 */
import { slugStopWords } from '../rules/data/stop-words.js';
import { joinerForms, readTail, type TailReading } from './analyze.js';

/** A token of a slug: a run of characters between separators. */
export interface SlugToken {
  /** Start offset in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The token normalised: percent-decoded, lower case, apostrophes removed. */
  value: string;
  /** `value` without trailing `s` letters, so `rights` and `rightss` compare equal. */
  core: string;
}

/** A replacement cascade found in a slug. */
export interface SlugCascade {
  /** Offset of the head's first character. */
  start: number;
  /** Offset after the last unit. */
  end: number;
  /** The head token (`womens`). */
  head: SlugToken;
  /** The units, each a list of tokens (`[rightss]`, `[and, justice]`). */
  units: SlugToken[][];
  /** The term in slug form (`women`). */
  term: string;
  /** The label's tail, one entry per token (`['rights']`). */
  tail: string[];
  /** Joiners in slug form, the head's first; one per unit (`['s', 's', …]`). */
  joiners: string[];
  /**
   * What follows the tail in the last unit: a carried suffix (`s` of `women's`), or, when
   * the run is truncated, the joiner where the cut fell.
   */
  carried: string;
  /** Whether the run reaches the end of the slug without a final plain unit (cut at a length limit). */
  truncated: boolean;
  /** Evidence for the explanation (`units 1–5 have a doubled s`). */
  evidence: string[];
  /** Whether the units show affix noise (a doubled or tripled `s`). */
  anomaly: boolean;
  /** Key of the label in slug form: term and tail (`women\u0000rights`). */
  labelKey: string;
}

/** How slugs are made from titles. */
export interface SlugOptions {
  /** Words dropped from titles (default: Pathauto's list, `slugStopWords`). */
  stopWords?: readonly string[];
  /** Longest slug; a longer one is cut at the last word boundary before it (default 100). */
  maxLength?: number;
}

/** Default longest slug, as Pathauto makes them. */
export const defaultMaxLength = 100;

const defaultStopWords = new Set(slugStopWords);

/** Periods (tokens per unit) looked for, as in prose. */
const maximumPeriod = 4;

/**
 * Whether a code unit separates slug tokens (`-`, `_`, `+`, `.`, `~`, `,`).
 * @param code a code unit.
 * @returns true for a separator.
 */
function isSeparator(code: number): boolean {
  return code === 45 || code === 95 || code === 43 || code === 46 || code === 126 || code === 44;
}

/**
 * Whether the text at an offset is `%20` (an encoded space, also a separator).
 * @param text the text.
 * @param index an offset.
 * @returns true for `%20`.
 */
function isEncodedSpace(text: string, index: number): boolean {
  return text.charCodeAt(index) === 37 && text.charCodeAt(index + 1) === 50 && text.charCodeAt(index + 2) === 48;
}

/**
 * Normalises a raw slug token: percent-decoded, lower case, without apostrophes.
 * @param raw the token as written.
 * @returns the normalised token.
 */
export function normaliseSlugToken(raw: string): string {
  let decoded = raw;
  if (raw.includes('%')) {
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // A stray `%` is kept as written.
    }
  }
  return decoded.toLowerCase().replace(/['\u2019\u2018]/gu, '');
}

/**
 * Core of a normalised token: without trailing `s` letters (at least two characters kept).
 * @param value a normalised token.
 * @returns its core.
 */
function coreOf(value: string): string {
  let end = value.length;
  while (end > 2 && value.charCodeAt(end - 1) === 115) end--;
  return value.slice(0, end);
}

/**
 * Splits a slug into tokens on `-`, `_`, `+`, `.`, `~`, `,` and `%20`.
 * @param text the text holding the slug.
 * @param start the slug's start.
 * @param end the slug's end (exclusive).
 * @returns the tokens with their offsets in the text.
 */
export function slugTokens(text: string, start: number, end: number): SlugToken[] {
  const tokens: SlugToken[] = [];
  let index = start;
  let tokenStart = start;
  /**
   * Adds the token that ends at `tokenEnd`, if it is not empty.
   * @param tokenEnd the token's end.
   */
  const push = (tokenEnd: number): void => {
    if (tokenEnd > tokenStart) {
      const value = normaliseSlugToken(text.slice(tokenStart, tokenEnd));
      if (value !== '') tokens.push({ start: tokenStart, end: tokenEnd, value, core: coreOf(value) });
    }
  };
  while (index < end) {
    if (isSeparator(text.charCodeAt(index))) {
      push(index);
      index++;
      tokenStart = index;
    } else if (isEncodedSpace(text, index)) {
      push(index);
      index += 3;
      tokenStart = index;
    } else index++;
  }
  push(end);
  return tokens;
}

/**
 * Maps a prose joiner to its slug form (`'s` → `s`, `'` → nothing).
 * @param joiner a joiner as analyze reads it.
 * @returns the joiner without apostrophes.
 */
export function slugJoiner(joiner: string): string {
  return joiner.replace(/['\u2019]/gu, '');
}

/**
 * Key of a label in slug form, so a prose label (`Women` + `rights`, `Arts` + `& Culture`)
 * and a slug label (`women` + `rights`, `arts` + `culture`) compare equal.
 * @param term the term.
 * @param tail the tail tokens.
 * @returns the key.
 */
export function slugLabelKey(term: string, tail: readonly string[]): string {
  return `${toSlug(term)}\u0000${toSlug(tail.join(' '))}`;
}

/**
 * Whether a word has a letter or digit.
 * @param value a token.
 * @returns true when it has one.
 */
function isWordToken(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value);
}

/**
 * Reads the units' last tokens as tail + joiner. A complete run ends with a plain unit or
 * one that carries a suffix; a run cut at the end of the slug (`…-womens-rightss-rightss`)
 * has no plain unit, and is read as if the cut-off plain unit followed (truncated).
 * @param lasts last tokens of the units.
 * @param head the head token.
 * @param atEnd whether the run ends the slug.
 * @returns the reading and whether the run is truncated, or undefined.
 */
function readSlugUnits(lasts: string[], head: string, atEnd: boolean): { reading: TailReading; truncated: boolean } | undefined {
  const plain = readTail(lasts, head);
  const hasJoiner = plain?.joiners.some((joiner) => joiner !== '') ?? false;
  if (plain && hasJoiner) return { reading: plain, truncated: false };
  // Every unit ends alike (`rightss`): either each carries the joiner the head has and the
  // last one a suffix (`…-rightss-day`) or a cut (`…-rightss` at the end), or the tail itself
  // ends so (`girls-and-girls`). Read it with the joiner when a plain unit after it agrees.
  const last = lasts[lasts.length - 1] ?? '';
  for (const form of joinerForms) {
    if (form === '' || form.includes("'") || !last.endsWith(form) || !head.endsWith(form.charAt(0))) continue;
    const virtual = last.slice(0, last.length - form.length);
    const reading = readTail([...lasts, virtual], head);
    if (reading && reading.tailLast === virtual && reading.joiners.some((joiner) => joiner !== '')) {
      return {
        reading: { tailLast: virtual, joiners: reading.joiners.slice(0, lasts.length - 1), carried: reading.joiners[lasts.length - 1] ?? '' },
        truncated: atEnd,
      };
    }
  }
  return plain ? { reading: plain, truncated: false } : undefined;
}

/**
 * Finds replacement cascades in a slug's tokens: a head followed by two or more units of one
 * tail with affix noise (`womens-rightss-rightss-rights`). A single unit counts only when it
 * ends the slug, shows a doubled `s` and its label is known from the file's prose
 * (`…-penalising-womens-rightss`, cut after one unit).
 * @param tokens the slug's tokens.
 * @param knownLabels label keys (slug form) of cascades seen in the file's prose.
 * @returns the cascades, in order, not overlapping.
 */
export function findSlugCascades(tokens: readonly SlugToken[], knownLabels: ReadonlySet<string> = new Set()): SlugCascade[] {
  const cascades: SlugCascade[] = [];
  let headIndex = 0;
  while (headIndex < tokens.length - 1) {
    const cascade = cascadeAt(tokens, headIndex, knownLabels);
    if (cascade) {
      cascades.push(cascade);
      headIndex = tokens.findIndex((token) => token.start >= cascade.end);
      if (headIndex < 0) break;
    } else headIndex++;
  }
  return cascades;
}

/**
 * Reads a cascade whose head is the token at `headIndex`, trying the shortest period first.
 * @param tokens the slug's tokens.
 * @param headIndex index of the head candidate.
 * @param knownLabels label keys known from prose.
 * @returns the cascade, or undefined.
 */
function cascadeAt(tokens: readonly SlugToken[], headIndex: number, knownLabels: ReadonlySet<string>): SlugCascade | undefined {
  const head = tokens[headIndex];
  if (!head || !isWordToken(head.value)) return undefined;
  for (let period = 1; period <= maximumPeriod; period++) {
    const first = headIndex + 1;
    const unitTokens = tokens.slice(first, first + period);
    if (unitTokens.length < period) break;
    const lastCore = unitTokens[period - 1]?.core ?? '';
    // A run of one token with no head (`news-news-news`) is not a cascade.
    if (period === 1 && head.core === lastCore) continue;
    let count = 1;
    while (first + (count + 1) * period <= tokens.length) {
      const offset = first + count * period;
      let same = true;
      for (let position = 0; position < period; position++) {
        const candidate = tokens[offset + position];
        const reference = unitTokens[position];
        if (!candidate || !reference) {
          same = false;
          break;
        }
        const equal = position === period - 1 ? candidate.core === reference.core : candidate.value === reference.value;
        if (!equal) {
          same = false;
          break;
        }
      }
      if (!same) break;
      count++;
    }
    const cascade = readCascade(tokens, headIndex, period, count, knownLabels);
    if (cascade) return cascade;
  }
  return undefined;
}

/**
 * Builds a cascade from a head, a period and a unit count, when the tail reading and the
 * evidence allow.
 * @param tokens the slug's tokens.
 * @param headIndex index of the head.
 * @param period tokens per unit.
 * @param count units found.
 * @param knownLabels label keys known from prose.
 * @returns the cascade, or undefined.
 */
function readCascade(tokens: readonly SlugToken[], headIndex: number, period: number, count: number, knownLabels: ReadonlySet<string>): SlugCascade | undefined {
  const head = tokens[headIndex] as SlugToken;
  const units: SlugToken[][] = [];
  for (let index = 0; index < count; index++) {
    const from = headIndex + 1 + index * period;
    units.push(tokens.slice(from, from + period));
  }
  const lastUnit = units[units.length - 1] ?? [];
  const lastToken = lastUnit[lastUnit.length - 1];
  if (!lastToken) return undefined;
  const atEnd = lastToken === tokens[tokens.length - 1];
  const lasts = units.map((unit) => unit[unit.length - 1]?.value ?? '');
  const read = readSlugUnits(lasts, head.value, atEnd);
  if (!read) return undefined;
  const { reading, truncated } = read;
  const nonEmpty = reading.joiners.filter((joiner) => joiner !== '');
  if (truncated && reading.carried !== '') nonEmpty.push(reading.carried);
  let headJoiner = '';
  for (const form of joinerForms) {
    if (form !== '' && nonEmpty.includes(form) && head.value.endsWith(form) && head.value.length > form.length + 1) {
      headJoiner = form;
      break;
    }
  }
  const term = head.value.slice(0, head.value.length - headJoiner.length);
  const tail = [...(units[0] ?? []).slice(0, -1).map((token) => token.value), reading.tailLast];
  const joiners = [headJoiner, ...reading.joiners];
  const evidence: string[] = [];
  const doubled: number[] = [];
  const unitJoiners = truncated ? [...reading.joiners, reading.carried] : reading.joiners;
  unitJoiners.forEach((joiner, index) => {
    if ((joiner === 's' && reading.tailLast.endsWith('s')) || joiner === 'ss') doubled.push(index + 1);
  });
  if (doubled.length > 0) evidence.push(`${describeUnits(doubled)} ${doubled.length === 1 ? 'has' : 'have'} a doubled \`s\``);
  const anomaly = doubled.length > 0;
  // A tail of numbers (`report-2019-2019-2019`) is a doubled number, not a label.
  if (!tail.some((word) => /\p{L}/u.test(word))) return undefined;
  const labelKey = slugLabelKey(term, tail);
  const known = knownLabels.has(labelKey);
  if (known) evidence.push('the same label is a cascade in the prose');
  if (count < 2) {
    // `…-penalising-womens-rightss`: one unit, cut by the length limit.
    if (!(truncated && anomaly && known)) return undefined;
  } else if (!anomaly && !known && count < 3) return undefined;
  if (term.length < 2) return undefined;
  return {
    start: head.start,
    end: lastToken.end,
    head,
    units,
    term,
    tail,
    joiners,
    carried: reading.carried,
    truncated,
    evidence,
    anomaly,
    labelKey,
  };
}

/**
 * Describes unit numbers compactly (`unit 3`, `units 1–5`, `units 1, 3`).
 * @param numbers 1-based unit numbers, ascending.
 * @returns the description.
 */
function describeUnits(numbers: readonly number[]): string {
  if (numbers.length === 1) return `unit ${numbers[0] ?? 0}`;
  const first = numbers[0] ?? 0;
  const last = numbers[numbers.length - 1] ?? 0;
  const contiguous = last - first === numbers.length - 1;
  return contiguous ? `units ${first}\u2013${last}` : `units ${numbers.join(', ')}`;
}

/**
 * Makes the plain slug of a text: lower case, apostrophes dropped, accents removed, every
 * run of other characters a `-`. No stop words, no length limit.
 * @param value a text (a title, a term, a restoration).
 * @returns the slug.
 */
export function toSlug(value: string): string {
  return slugWords(value).join('-');
}

/**
 * Splits a text into slug words: lower case, apostrophes dropped, accents removed.
 * @param value a text.
 * @returns its words.
 */
function slugWords(value: string): string[] {
  const plain = value
    .replace(/[\uE000-\uE002]/gu, (filler) => (filler === '\uE002' ? '' : ' '))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018]/gu, '');
  return plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * Makes a slug from a title the way a site does (Pathauto by default): lower case,
 * apostrophes dropped, other punctuation a `-`, stop words dropped, cut at the last word
 * boundary within the length limit.
 * @param title the title.
 * @param options stop words and length limit.
 * @returns the slug.
 */
export function slugify(title: string, options: SlugOptions = {}): string {
  const stopWords = options.stopWords ? new Set(options.stopWords.map((word) => word.toLowerCase())) : defaultStopWords;
  const maxLength = options.maxLength ?? defaultMaxLength;
  const words = slugWords(title).filter((word) => !stopWords.has(word));
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      // A first word longer than the limit is cut inside; otherwise stop at the boundary.
      if (slug === '') slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/** A range of the text. */
export interface TextRange {
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/**
 * Whether a code unit ends a bare URL (white space, quotes, angle brackets, fillers).
 * @param code a code unit.
 * @returns true when the URL stops before it.
 */
function endsUrl(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 60 || code === 62 || code === 96 || (code >= 0xe000 && code <= 0xe002) || code === 0x2019 || code === 0x201d || code === 0xa0;
}

/**
 * Finds bare URLs (`http://…`, `https://…`) and root-relative paths with a hyphen
 * (` /press-releases/…`) in a text, in one pass. Trailing punctuation and an unbalanced `)`
 * are not part of the URL.
 * @param text the text (a prose view: markup is blanked).
 * @returns the URL ranges, in order.
 */
export function findBareUrls(text: string): TextRange[] {
  const found: TextRange[] = [];
  const length = text.length;
  let index = 0;
  // Every URL holds a `/`: jump from one to the next (`indexOf` is far faster than a loop
  // over every character), then look back for an `http://` or `https://` before it.
  while (index < length) {
    const slash = text.indexOf('/', index);
    if (slash < 0) break;
    let start = -1;
    if (text.charCodeAt(slash - 1) === 58 && text.charCodeAt(slash + 1) === 47) {
      start = schemeStart(text, slash - 1, index);
    } else if ((slash === 0 || isPathOpener(text.charCodeAt(slash - 1))) && isUrlWordChar(text.charCodeAt(slash + 1))) {
      start = slash;
    }
    if (start < 0) {
      index = slash + 1;
      continue;
    }
    let end = start;
    let depth = 0;
    while (end < length) {
      const current = text.charCodeAt(end);
      if (endsUrl(current)) break;
      if (current === 40) depth++;
      else if (current === 41) {
        if (depth === 0) break;
        depth--;
      }
      end++;
    }
    while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
    const isPath = start === slash;
    if (!isPath || text.slice(start, end).includes('-')) {
      if (end > start + 1) found.push({ start, end });
    }
    index = Math.max(end, slash + 1);
  }
  return found;
}

/**
 * Slugs written in prose with no address around them (`the file
 * womens-rightss-rightss-rights.html`, a tag `womens_rightss_rights`), which the prose reads
 * a word at a time (`rightss` alone is `right`, and the fix would leave
 * `womens-right-right-rights`). Around each cascade the analysis read, the stretch
 * of letters, digits, `%`, hyphens and underscores (and a file extension after a full stop)
 * is a slug when it is in lower case, holds two hyphens or underscores or more and a slug
 * cascade, and the prose does not read a cascade from its first letter (`ice-skating-skating`
 * with its term first is prose's, which reads its case).
 * @param text the prose view's text.
 * @param seeds where the analysis read a cascade, in any order.
 * @param proseStarts where the prose's cascades start.
 * @param links the view's links: a stretch inside one is already read as an address.
 * @returns the slugs' ranges, in text order.
 */
export function findSlugChains(text: string, seeds: readonly TextRange[], proseStarts: ReadonlySet<number>, links: readonly TextRange[]): TextRange[] {
  const chains: TextRange[] = [];
  const seen = new Set<number>();
  for (const seed of seeds) {
    let start = seed.start;
    while (start > 0 && isChainCode(text.charCodeAt(start - 1))) start--;
    if (seen.has(start)) continue;
    seen.add(start);
    let end = Math.max(seed.end, start);
    for (;;) {
      while (end < text.length && isChainCode(text.charCodeAt(end))) end++;
      // `….html`: a full stop before a lower-case letter goes on (a sentence's ends the stretch).
      const next = text.charCodeAt(end + 1);
      if (text.charCodeAt(end) === 46 && next >= 97 && next <= 122) end++;
      else break;
    }
    if (end - start > 2000 || proseStarts.has(start) || links.some((link) => link.start < end && start < link.end)) continue;
    let joins = 0;
    let capital = false;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === 45 || code === 95) joins++;
      else if (code >= 65 && code <= 90) capital = true;
    }
    if (joins < 2 || capital) continue;
    const tokens = slugTokens(text, start, end);
    if (tokens.length >= 3 && findSlugCascades(tokens).length > 0) chains.push({ start, end });
  }
  return chains.sort((left, right) => left.start - right.start);
}

/**
 * Whether a code unit may stand in a slug written in prose: an ASCII letter or digit (as in
 * a URL, `isUrlWordChar`), `%`, a hyphen or an underscore.
 * @param code a UTF-16 code unit.
 * @returns true for those.
 */
function isChainCode(code: number): boolean {
  return isUrlWordChar(code) || code === 45 || code === 95 || code === 37;
}

/**
 * Start of an `http:` or `https:` scheme (any letter case) that ends at a colon, when it
 * starts a word at or after `from`.
 * @param text the text.
 * @param colon index of the `:` before `//`.
 * @param from the first index the scheme may start at.
 * @returns the scheme's start, or -1.
 */
function schemeStart(text: string, colon: number, from: number): number {
  let start = colon;
  if ((text.charCodeAt(start - 1) | 32) === 115) start--;
  start -= 4;
  if (start < from || (start > 0 && isUrlWordChar(text.charCodeAt(start - 1)))) return -1;
  return text.slice(start, start + 4).toLowerCase() === 'http' ? start : -1;
}

/**
 * Whether a code unit is a letter or digit for the purpose of URL boundaries.
 * @param code a code unit.
 * @returns true for ASCII letters and digits.
 */
function isUrlWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a code unit may stand before a root-relative path (white space or an opening bracket).
 * @param code a code unit.
 * @returns true for space, tab, line breaks, `(` and `[`.
 */
function isPathOpener(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 40 || code === 91 || code === 0xe000;
}

/**
 * Whether a code unit is punctuation that ends a sentence rather than a URL.
 * @param code a code unit.
 * @returns true for `.`, `,`, `;`, `:`, `!`, `?`.
 */
function isTrailingPunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63;
}

/** A path segment (or fragment) of a URL that may hold a slug. */
export interface SlugSegment extends TextRange {
  /** Whether this is the last segment of the path (the page's slug). */
  last: boolean;
}

/**
 * Splits a URL into the segments that may hold slugs: each path segment and the fragment;
 * the scheme, host and query are skipped. A bare slug (no `/`) is one segment.
 * @param text the text holding the URL.
 * @param start the URL's start.
 * @param end the URL's end.
 * @returns the segments, in order.
 */
export function urlSegments(text: string, start: number, end: number): SlugSegment[] {
  let pathStart = start;
  const schemeEnd = text.indexOf('://', start);
  if (schemeEnd >= 0 && schemeEnd < end && /^[A-Za-z][A-Za-z0-9+.-]*$/u.test(text.slice(start, schemeEnd))) {
    pathStart = schemeEnd + 3;
    while (pathStart < end && text.charCodeAt(pathStart) !== 47 && text.charCodeAt(pathStart) !== 63 && text.charCodeAt(pathStart) !== 35) pathStart++;
  } else if (text.startsWith('//', start)) {
    pathStart = start + 2;
    while (pathStart < end && text.charCodeAt(pathStart) !== 47) pathStart++;
  } else if (text.startsWith('www.', start)) {
    while (pathStart < end && text.charCodeAt(pathStart) !== 47) pathStart++;
  }
  let pathEnd = pathStart;
  while (pathEnd < end && text.charCodeAt(pathEnd) !== 63 && text.charCodeAt(pathEnd) !== 35) pathEnd++;
  const segments: SlugSegment[] = [];
  let segmentStart = pathStart;
  for (let index = pathStart; index <= pathEnd; index++) {
    if (index === pathEnd || text.charCodeAt(index) === 47) {
      if (index > segmentStart) segments.push({ start: segmentStart, end: index, last: false });
      segmentStart = index + 1;
    }
  }
  const lastSegment = segments[segments.length - 1];
  if (lastSegment) lastSegment.last = true;
  const hash = text.indexOf('#', pathEnd);
  if (hash >= 0 && hash + 1 < end) segments.push({ start: hash + 1, end, last: false });
  return segments;
}
