/**
 * Turns the scanner's candidate runs into structured runs and recognises replacement
 * cascades among them. Only the small window around each candidate is tokenised in detail.
 */
import { articles as articleList, calendarNames as calendarNameList } from '../rules/data/context-words.js';
import { doubledNames, functionWords, labelParticles, legitimateDoubles, numberWords, tailConnectors } from '../rules/data/words.js';
import { isAbbreviationBefore, isCapitalised, isShouted, occurrences } from './context.js';
import { isAdjective, isFirstName, isLexiconWord, isOrdinal, isPastTense, isPlacePhrase, isProperNoun, withoutPossessive } from './proper-nouns.js';
import { bracketCascadeAt, CharClass, classAt, countRepeats, esCopiesAt, findCandidates, findGluedUnit, gluedTermMin, isDottedTitle, isLowerLetter, isSignToken, isUpperLetter, lettersAfter, lettersBefore, markedCascadeAt, markedPrefixAt, markUnitCascade, periodicEnd, prefixClosings, Separator, shortPairAt, shortUnit, takesEsPlural, tokenize, type BracketCascade, type Candidate, type Token } from './scanner.js';
import { isCapitalOnly, isSpelledPlainly, isSpelledWord } from './spelling.js';

const connectors = new Set(tailConnectors);
const closedClass = new Set(functionWords);
/** Month and day names, which a label may hold (`Plastic Free July`). */
const calendarNames = new Set(calendarNameList);
const legitimate = new Set(legitimateDoubles);
const nameDoubles = new Set(doubledNames);
const numbers = new Set(numberWords);
const possessives = new Set(["'s", "'"]);
/** An acronym as written: two to five capitals (`NHS`, `GPS`). */
const acronymPattern = /^\p{Lu}{2,5}$/u;

/** A run of a repeated token or group, with the tokens around it. */
export interface Run {
  /** Tokens of the group that repeats (1 to 6). */
  period: number;
  /** Tokens of the window around the run. */
  tokens: Token[];
  /** Index in `tokens` of the first token of the run. */
  first: number;
  /** Index in `tokens` after the last token of the run. */
  last: number;
  /** Number of whole repetitions of the group. */
  repetitions: number;
  /**
   * Set for a run too long to tokenise (`a a a …` over megabytes): `tokens` then hold only
   * its first copies, and these fields describe the whole run.
   */
  long?: {
    /** Whole repetitions by core. */
    repetitions: number;
    /** End of the run's last whole repetition. */
    end: number;
    /** Start of the run's last token. */
    lastStart: number;
  };
}

/** A replacement cascade: a head followed by two or more units of one label's tail. */
export interface Cascade {
  /** The run it was recognised in. */
  run: Run;
  /** The head token (`Women's`, `schoolChildren's`). */
  head: Token;
  /** Offset where the head proper starts (after a lower-case prefix such as `school`). */
  start: number;
  /** Offset after the last unit, carried suffix included. */
  end: number;
  /** Text glued before the head inside the same word (`school`), kept by the fix. */
  prefix: string;
  /** The term as it stands in the head, without its affix (`Women`). */
  term: string;
  /** Lower-case tail of the label, one entry per token (`['rights']`, `['and', 'justice']`). */
  tail: string[];
  /** Tail as written in the first unit (`rights`, `& Culture`). */
  tailText: string;
  /** Affixes between the term and each unit, first the head's (`'s`, `s`, ``), normalised to `'`. */
  joiners: string[];
  /** Text glued to the last unit that followed the term in the original (`’s`, `s`). */
  carried: string;
  /** Offset where the carried suffix starts (equal to `end` when there is none). */
  carriedStart: number;
  /** Units (tokens of each repetition), in order. */
  units: Token[][];
  /** Evidence found for the explanation (`unit 3 has a doubled s`). */
  evidence: string[];
  /** Whether the evidence is strong enough to call the run a cascade. */
  isCascade: boolean;
  /**
   * Set on a reading too weak to be a cascade that still reads as one: what two passes leave
   * of a plural (`Innovation lab labs` for `innovations`) is also a phrase people write
   * (`Word document documents`). Such readings are reported without a fix unless something
   * else names the label.
   */
  possible?: true;
  /** Why a possible reading is no more than possible, where not for a plural (see `possible`). */
  doubt?: string;
  /** Another reading of a possible one's span, offered beside it (`NHS Approach` for `NHS NHS Approach`). */
  alternative?: string;
  /**
   * Set on an `s`-only reading whose passes the copies of a word before it count (`Network
   * Network Mapsss`), so its last `s` is no longer read from the words around it.
   */
  passesCounted?: true;
  /**
   * Set where a doubled word or phrase starts at the last unit's word (`Usability | testing |
   * testing testing`, `…: alls: all of all of`): the copy after the cascade is the original's
   * own, so a reading that keeps the last unit would double it.
   */
  doubledAfter?: true;
  /** Key that groups cascades of one label: term and tail, lower case. */
  labelKey: string;
  /**
   * `head`: term first (`Women's rights's …`); `prefix`: term last (`Severe Severe weather`);
   * `suffix`: a label that only adds `s` (`Eventsss`).
   */
  kind: 'head' | 'prefix' | 'suffix';
}

/** The analysis of one text: its runs and the cascades among them. */
export interface Analysis {
  /** The analysed text. */
  text: string;
  /** Runs that are not cascades, in text order. */
  runs: Run[];
  /** Cascades, in text order. */
  cascades: Cascade[];
  /** Readings that may be cascades (`Cascade.possible`), in text order; their runs stay in `runs`. */
  possible?: Cascade[];
}

/** Runs longer than this (in UTF-16 units) are read from their first copies only. */
const longRunLength = 2000;

/** Affixes a pass can leave between the term and a unit, longest first. */
export const joinerForms = ["'s", 's\'', "'", 'ss', 's', ''];

/**
 * Normalises apostrophes to `'` so that forms compare regardless of quote style.
 * @param value a string.
 * @returns the string with `’` replaced by `'`.
 */
export function normaliseApostrophes(value: string): string {
  return value.replaceAll('\u2019', "'");
}

/**
 * A text as written with either apostrophe: the straight form, then the curly one when the
 * text has an apostrophe at all.
 * @param value a string.
 * @returns one form, or the straight and the curly form.
 */
export function apostropheForms(value: string): string[] {
  const straight = normaliseApostrophes(value);
  const curly = straight.replaceAll("'", '\u2019');
  return straight === curly ? [straight] : [straight, curly];
}

/**
 * Builds structured runs from candidates, keeping for each region the smallest period.
 * @param text the text.
 * @param candidates candidates from the scanner.
 * @returns the runs in text order.
 */
function buildRuns(text: string, candidates: readonly Candidate[]): Run[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || a.period - b.period);
  const runs: Run[] = [];
  let coveredEnd = -1;
  let coveredPeriod = 0;
  let coveredLastStart = -1;
  // Windows are tokenised once and shared by the candidates they hold, so text dense with
  // candidates (`the the text` a hundred thousand times) is still read about once.
  let window: { from: number; to: number; tokens: Token[] } | undefined;
  for (let position = 0; position < sorted.length; position++) {
    const candidate = sorted[position] as Candidate;
    // A run of one token also repeats with period 2, 3 and 4: keep the smallest period.
    // A longer period that starts at the run's last copy and goes on past it is a run of its
    // own: `the The A-The A-Team` doubles `the` and repeats `The A`.
    const ownRun = candidate.start === coveredLastStart && candidate.end > coveredEnd;
    if (candidate.start < coveredEnd && candidate.period > coveredPeriod && !ownRun) continue;
    const from = Math.max(0, candidate.start - 120);
    const isLong = candidate.end - candidate.start > longRunLength;
    let to = Math.min(text.length, isLong ? candidate.start + longRunLength : candidate.end + 80);
    // A long run is read from its first copies only; never end the window inside a token.
    while (isLong && to < text.length && classAt(text, to) !== CharClass.Space && classAt(text, to) !== CharClass.Newline) to--;
    const fits = window !== undefined && (window.from <= from || window.from === 0) && (window.to >= to || window.to === text.length) && window.from <= candidate.start;
    if (!window || !fits || isLong) {
      const windowTo = isLong ? to : sharedWindowEnd(text, sorted, position, from, to);
      window = { from, to: windowTo, tokens: tokenize(text, from, windowTo) };
    }
    const tokens = window.tokens;
    let first = indexStartingAt(tokens, candidate.start);
    let last = isLong ? tokens.length : indexStartingAt(tokens, candidate.lastStart ?? -1) + 1;
    if (!isLong && (last <= 0 || tokens[last - 1]?.end !== candidate.end)) last = tokens.findIndex((token) => token.end === candidate.end) + 1;
    if (first < 0 || last <= first) continue;
    const count = last - first;
    const repetitions = Math.floor(count / candidate.period);
    if (repetitions < 2) continue;
    last = first + repetitions * candidate.period;
    const run: Run = { period: candidate.period, tokens, first, last, repetitions };
    if (isLong) {
      // The scanner measured the run by cores; a group run ending inside a copy is counted again.
      const whole = Math.floor((candidate.count ?? 0) / candidate.period);
      if (candidate.period === 1 && candidate.lastStart !== undefined) {
        run.long = { repetitions: whole, end: candidate.end, lastStart: candidate.lastStart };
      } else {
        const group = tokens.slice(first, first + candidate.period).map((token) => token.core);
        run.long = countRepeats(text, candidate.start, group, 'core');
      }
    }
    runs.push(run);
    if (candidate.end > coveredEnd) {
      coveredEnd = candidate.end;
      coveredPeriod = candidate.period;
      coveredLastStart = candidate.lastStart ?? -1;
    }
    first = 0;
  }
  return runs;
}

/** How long a shared window may grow while it takes in the candidates that follow. */
const sharedWindowLength = 8192;

/** Candidates whose contexts are at most this far apart share one window. */
const windowGap = 200;

/**
 * End of the window opened for a candidate: its own context, extended over the candidates that
 * follow closely, so text dense with candidates (`the the text` a hundred thousand times) is
 * tokenised about once, and text with a candidate here and there only around each of them.
 * @param text the text.
 * @param sorted candidates in text order.
 * @param position index of the candidate that opens the window.
 * @param from window start.
 * @param to end of that candidate's context.
 * @returns the window end, never inside a token.
 */
function sharedWindowEnd(text: string, sorted: readonly Candidate[], position: number, from: number, to: number): number {
  let end = to;
  for (let next = position + 1; next < sorted.length && end - from < sharedWindowLength; next++) {
    const candidate = sorted[next] as Candidate;
    if (candidate.start - 120 > end + windowGap) break;
    if (candidate.end - candidate.start > longRunLength) break;
    end = Math.max(end, Math.min(text.length, candidate.end + 80));
  }
  // Never end a window inside a token.
  while (end < text.length && end > to && classAt(text, end) !== CharClass.Space && classAt(text, end) !== CharClass.Newline) end--;
  return end;
}

/**
 * Index of the token that starts at an offset, by binary search.
 * @param tokens tokens in text order.
 * @param offset the offset.
 * @returns the index, or -1.
 */
function indexStartingAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = (tokens[middle] as Token).start;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A reading of the units' last tokens as one tail token plus joiners. */
export interface TailReading {
  tailLast: string;
  joiners: string[];
  carried: string;
}

/**
 * Reads the last tokens of the units as `tail + joiner` (joiner of the next unit), the last
 * one as `tail + carried suffix`, choosing among the possible tails the one consistent with
 * the head.
 * @param lasts last tokens of the units, as written.
 * @param headLower the head, lower case, apostrophes normalised.
 * @param shortest the shortest tail token accepted: 2, or 1 for a unit of several tokens
 *   (`A-Z` in `Courses A-Z A-Z A-Z`).
 * @param inProse whether the units stand in prose, not in a slug.
 * @param pluralHead whether a head's plain `s` reads a doubled `s` as the tail's and a joiner,
 *   as a possessive head's does (units after a comma).
 * @returns the reading, or undefined when the units do not share a tail.
 */
export function readTail(lasts: string[], headLower: string, shortest = 2, inProse = false, pluralHead = false): TailReading | undefined {
  const first = normaliseApostrophes(lasts[0] ?? '').toLowerCase();
  const readings: TailReading[] = [];
  for (const form of joinerForms) {
    if (!first.endsWith(form)) continue;
    const tailLast = first.slice(0, first.length - form.length);
    // A tail never ends in an apostrophe: in `rights' rights’s` the `'` is a joiner.
    if (tailLast.length < shortest || tailLast.endsWith("'")) continue;
    const joiners: string[] = [];
    let valid = true;
    for (let index = 0; index < lasts.length - 1; index++) {
      const value = normaliseApostrophes(lasts[index] ?? '').toLowerCase();
      const rest = value.startsWith(tailLast) ? value.slice(tailLast.length) : undefined;
      if (rest === undefined || !joinerForms.includes(rest)) {
        valid = false;
        break;
      }
      joiners.push(rest);
    }
    if (!valid) continue;
    const lastValue = normaliseApostrophes(lasts[lasts.length - 1] ?? '').toLowerCase();
    if (!lastValue.startsWith(tailLast)) continue;
    const carriedLength = lastValue.length - tailLast.length;
    const lastRaw = lasts[lasts.length - 1] ?? '';
    readings.push({ tailLast, joiners, carried: lastRaw.slice(lastRaw.length - carriedLength) });
  }
  if (readings.length === 0) return undefined;
  // Prefer a reading whose joiners the head also carries (`Women's` + `rights's`), then the
  // longest tail (`updates` over `update` + `s`).
  const possessiveHead = headLower.endsWith("'s");
  const consistent = readings.filter((reading) => {
    const nonEmpty = reading.joiners.filter((joiner) => joiner !== '');
    if (nonEmpty.length === 0) return true;
    // A head with `'s` may leave `'s`, `s` (a pass that swallowed the apostrophe) or `'`.
    if (possessiveHead && nonEmpty.every((joiner) => joiner === "'s" || joiner === 's' || joiner === "'")) return true;
    return nonEmpty.some((joiner) => headLower.endsWith(joiner));
  });
  // Joiners come from the text that followed the term: a head without that affix cannot have
  // them (`Software as a` is not `a` + `s`).
  let pool = consistent.length > 0 ? consistent : readings.filter((reading) => reading.joiners.every((joiner) => joiner === ''));
  // `Nation's story's story’s`: the `'s` of each unit is the label's own joiner and the last
  // one is carried, with its own apostrophe; a tail `story's` would lose it.
  const joinedPossessive = pool.filter((reading) => reading.joiners.includes("'s"));
  if (joinedPossessive.length > 0) pool = pool.filter((reading) => !reading.tailLast.endsWith("'s") || joinedPossessive.includes(reading));
  if (pool.length === 0) return undefined;
  // `Lines of enquirys of enquiryss` (`Lines of enquiry` for `line`, hit inside `timeliness`):
  // a head that ends in the `s` every copy has, on a tail no plural writes with a bare `s`
  // (`enquirys`), shows the label's own `s` after its term; the last copy's letters after the
  // tail are then all carried (`ss`).
  const headAffix = pool.filter((reading) => reading.joiners.length > 0 && takesEs(reading.tailLast) && reading.joiners.every((joiner) => joiner === 's') && headLower.endsWith('s') && !headLower.endsWith('ss'));
  if (headAffix.length > 0 && pool.some((reading) => reading.joiners.every((joiner) => joiner === ''))) pool = headAffix;
  // `Manager’s notess notess` (`Manager’s notes` for `managers`, a pass that swallowed the
  // apostrophe after a possessive head): in prose, a tail that ends in a doubled `s` no word
  // has is the word with an `s` glued to each copy, not the longer tail (`Business`, `class`
  // keep theirs). A slug's reader decides such units itself (`…-womens-rightss-rightss` may
  // be cut).
  // So too, for units after a comma, after a head that ends in a plural's `s` (`Parks, play
  // areass, play areass` for `parks`).
  const sHead = possessiveHead || (pluralHead && headLower.endsWith('s') && !headLower.endsWith('ss'));
  const doubledS = pool.filter((reading) => inProse && sHead && reading.joiners.every((joiner) => joiner === '') && reading.tailLast.endsWith('ss') && !isSpelledWord(reading.tailLast) && pool.some((other) => other.tailLast === reading.tailLast.slice(0, -1) && isSpelledWord(other.tailLast)));
  if (doubledS.length > 0 && doubledS.length < pool.length) pool = pool.filter((reading) => !doubledS.includes(reading));
  return pool.reduce((best, reading) => (reading.tailLast.length > best.tailLast.length ? reading : best));
}

/**
 * Whether an English plural of a word ends in `es` (or `ies`), never in a bare `s`: a word
 * ending in a consonant and `y`, in `x`, `z` or `sh` (`quality`, `box`, `wish`).
 * @param word a lower-case word.
 * @returns true when `word + s` is no plural.
 */
function takesEs(word: string): boolean {
  const last = word.charAt(word.length - 1);
  const before = word.charAt(word.length - 2);
  if (last === 'y') return before !== '' && !'aeiouy'.includes(before) && /^\p{L}$/u.test(before);
  return last === 'x' || last === 'z' || (last === 'h' && before === 's');
}

/**
 * Splits a head token into a lower-case prefix glued by a substring replace and the head
 * proper: `schoolChildren's` → `school` + `Children's`.
 * @param head the head text.
 * @returns the prefix length (0 when the head starts the token).
 */
export function humpOffset(head: string): number {
  // The last hump: in `HelpWithMyBanking` the label starts at `Banking`, the rest is the word's.
  for (let index = head.length - 1; index >= 1; index--) {
    const previous = head.charAt(index - 1);
    const current = head.charAt(index);
    const previousLower = previous !== previous.toUpperCase() && previous === previous.toLowerCase();
    const currentUpper = current !== current.toLowerCase() && current === current.toUpperCase();
    if (previousLower && currentUpper) {
      // `iPhone`, `eBay`: a hump after one letter is part of the name; `imMedia`, `YeMen` are
      // a replace that hit inside a word.
      return index < 2 ? 0 : index;
    }
    // `FBOpen`, `DOSCareers`: capitals of an acronym, then a capitalised word of two lower-case
    // letters or more (not `CEOs`).
    if (index >= 2 && isUpperLetter(previous) && currentUpper && isLowerLetter(head.charAt(index + 1)) && isLowerLetter(head.charAt(index + 2)) && isUpperLetter(head.charAt(index - 2))) return index;
  }
  return 0;
}

/**
 * Whether a word is one lower-case letter glued before a capitalised word (`cHalls`, `eMail`),
 * not before capitals (`iOS`).
 * @param word the word.
 * @returns true for that shape.
 */
function isOneLetterHump(word: string): boolean {
  return word.length >= 4 && isLowerLetter(word.charAt(0)) && isUpperLetter(word.charAt(1)) && word.slice(2) !== word.slice(2).toUpperCase();
}

/**
 * Whether a word is one lower-case letter glued before two capitals or more (`rAPI`, `iOS`).
 * @param word the word.
 * @returns true for that shape.
 */
function isLetterBeforeCapitals(word: string): boolean {
  if (word.length < 3 || !isLowerLetter(word.charAt(0))) return false;
  for (let index = 1; index < word.length; index++) if (!isUpperLetter(word.charAt(index))) return false;
  return true;
}

/**
 * Whether the last of two copies is the first glued to lower-case letters that make a word
 * with the head (`referencedly` after `reference`, with `rAPI`: `rapidly`), a possessive or
 * an apostrophe after them aside (`DESIGNners’`).
 * @param head the head's text.
 * @param first the first copy's last word.
 * @param last the last copy's last word.
 * @returns true when they do.
 */
function spellsWithGlue(head: string, first: string, last: string): boolean {
  if (first === '' || last.length <= first.length || last.slice(0, first.length).toLowerCase() !== first.toLowerCase()) return false;
  const glue = withoutPossessive(last.slice(first.length));
  return /^\p{Ll}+$/u.test(glue) && isSpelledWord(`${head.toLowerCase()}${glue}`);
}

/**
 * Whether a run of one token is a lower-case word followed by two or more identical
 * capitalised copies of it (`public Public Public`).
 * @param run the run.
 * @returns true for that shape.
 */
function isOriginalBeforeCopies(run: Run): boolean {
  if (run.period !== 1 || run.repetitions < 3 || run.long) return false;
  const copies = run.tokens.slice(run.first + 1, run.last);
  return !isCapitalised(run.tokens[run.first]) && copies.every((token) => isCapitalised(token) && token.text === copies[0]?.text);
}

/**
 * `isOriginalBeforeCopies` for a group: words in lower case, then two or more copies of them
 * that start with a capital, written alike (`frequently asked Frequently asked Frequently
 * asked questionsss`: the original's own words before the copies of `Frequently asked
 * questions`).
 * @param run the run.
 * @returns true for that shape.
 */
function isOriginalGroupBeforeCopies(run: Run): boolean {
  if (run.period < 2 || run.repetitions < 3 || run.long || isCapitalised(run.tokens[run.first])) return false;
  const copyText = (copy: number): string => textOfTokens(run.tokens.slice(run.first + copy * run.period, run.first + (copy + 1) * run.period));
  for (let copy = 1; copy < run.repetitions; copy++) {
    if (!isCapitalised(run.tokens[run.first + copy * run.period]) || copyText(copy) !== copyText(1)) return false;
  }
  return true;
}

/**
 * A run of a group moved on by the tokens that go on repeating after its last whole unit, so
 * that it ends where the repetition ends: the scanner starts a run at the first token that
 * repeats, and where the text before a term-last label ends as the label does (`the Meet the
 * Meet the team` for `team`), that is the word before the copies (`the Meet | the Meet | the`).
 * @param run a run of a group of tokens.
 * @returns the run moved on, or as it was.
 */
function alignedToStretchEnd(run: Run): Run {
  if (run.long) return run;
  let shift = 0;
  while (shift < run.period - 1) {
    const next = run.tokens[run.last + shift];
    const same = run.tokens[run.first + shift];
    if (!next || !same || next.lower !== same.lower || next.separator !== Separator.Space) break;
    shift++;
  }
  return shift === 0 ? run : { ...run, first: run.first + shift, last: run.last + shift };
}

/**
 * Whether a run of a group starts in lower case and, moved on to end where the repetition
 * ends (`alignedToStretchEnd`), starts with a capital: `the Friends of | the Friends of | the`.
 * @param run a run.
 * @returns true for such a run.
 */
function alignsOnCapital(run: Run): boolean {
  if (run.period < 2 || isCapitalised(run.tokens[run.first])) return false;
  const aligned = alignedToStretchEnd(run);
  return aligned !== run && isCapitalised(aligned.tokens[aligned.first]);
}

/**
 * A run without its last unit when that unit is capitalised and the first is not, or the
 * other way round: a pass writes every unit alike, so `Veterans' affairs' affairs' affairs
 * Affairs` ends with the text's own next word (`Veterans Affairs`). Two units stay at least.
 * @param run the run.
 * @returns the run, shortened or as it was.
 */
function withoutCapitalisedLastUnit(run: Run): Run {
  if (run.repetitions < 3 || run.long) return run;
  const first = run.tokens[run.first];
  const lastStart = run.tokens[run.first + (run.repetitions - 1) * run.period];
  if (!first || !lastStart) return run;
  // So too `Open Source Projects Source Projects source project`: capitalised copies end where
  // the text's own words in lower case start.
  const ownLastUnit = isCapitalised(first) && !isShouted(first) && /^\p{Ll}/u.test(lastStart.text);
  if (!ownLastUnit && (isCapitalised(first) || !isCapitalised(lastStart))) return run;
  return { ...run, repetitions: run.repetitions - 1, last: run.last - run.period };
}

/**
 * Recognises a cascade in a run: a head right before the run and units that share a tail.
 * @param text the text.
 * @param run the run.
 * @returns the cascade reading (with `isCascade` false when the evidence is weak), or undefined.
 */
function readCascade(text: string, whole: Run): Cascade | undefined {
  // `federal public Public Public health`: a lower-case word, then capitalised copies of it, is
  // the original word before a label whose term comes last (`Public health`), read by
  // `readPrefixCascade`.
  if (isOriginalBeforeCopies(whole) || isOriginalGroupBeforeCopies(whole)) return undefined;
  const run = withoutCapitalisedLastUnit(whole);
  let headIndex = run.first - 1;
  let head = run.tokens[headIndex];
  // `COVID-19 updates updates`: a head of a word and a number joined by a hyphen.
  const word = run.tokens[headIndex - 1];
  // `Follow-up reports reports` (`Follow-up reports` for `follow-up`): so too a head of a small
  // word after a hyphen.
  const smallWord = head?.kind === 'word' && (closedClass.has(head.lower) || particles.has(head.lower));
  if ((head?.kind === 'number' || smallWord) && head?.separator === Separator.Hyphen && word?.kind === 'word') {
    const compound = text.slice(word.start, head.end);
    head = { ...word, end: head.end, text: compound, lower: compound.toLowerCase(), core: compound.toLowerCase() };
    headIndex -= 1;
  }
  const firstUnitToken = run.tokens[run.first];
  if (!head || !firstUnitToken || head.kind !== 'word') return undefined;
  // A head cut by the start of the window is not a whole token.
  if (headIndex === 0 && head.start > 0 && classAt(text, head.start - 1) === CharClass.Letter) return undefined;
  // A capital glued before a copy of the unit (`FClean Clean Clean Clean Air`, `Clean Air Zone`
  // for `air` hit inside `Fair`) is one more copy, read by `readPrefixCascade`.
  if (run.period === 1 && head.text.length === firstUnitToken.text.length + 1 && isUpperLetter(head.text.charAt(0)) && head.text.slice(1) === firstUnitToken.text && isCapitalised(firstUnitToken)) return undefined;
  // `Star-gazing nights-gazing nights` (`Star-gazing nights` for `star`): each unit joined to
  // what comes before it by a hyphen, its other words by spaces, as a label's hyphenated head
  // glues it; a slug has no spaces.
  // `Ice-skating-skating-skating` (`Ice-skating` for `ice`): so too a unit of one word after a
  // capitalised head, glued inside a word or not (`servIce-skating-skating`), which no
  // compound of prose repeats (`back-to-back`, `so-so` have none).
  const headHump = humpOffset(head.text);
  // (Two copies after one letter where the letter and the head make a word: `uSing-along-along`
  // was `using`, for `Sing-along`.)
  const hyphenUnits =
    firstUnitToken.separator === Separator.Hyphen &&
    (run.period > 1 || ((isCapitalised(head) || headHump > 0 || (isOneLetterHump(head.text) && (run.repetitions >= 3 || isSpelledWord(head.text.toLowerCase())))) && firstUnitToken.kind === 'word' && firstUnitToken.lower.length >= 3));
  // `Regulations.gov notices.gov notices` (`Regulations.gov notices` for `regulations`): each
  // unit joined to what comes before it by a full stop, as a site's name glues it, after a
  // capitalised head; no name repeats its dotted part so.
  const dotUnits = firstUnitToken.separator === Separator.Dot && firstUnitToken.kind === 'word' && (isCapitalised(head) || headHump > 0);
  // `Waste, bins & recycling, bins & recycling` (`Waste, bins & recycling` for `waste`): each
  // unit after a comma, as the label's own comma puts it, and joined inside by a connector
  // (`&`, `and`), as a list of names or places is not (`New York, New York, New York`).
  const afterComma = firstUnitToken.separator === Separator.Comma;
  const connectorUnits = afterComma && run.period > 2 && run.tokens.slice(run.first + 1, run.first + run.period).some((token) => connectors.has(token.lower));
  // `Lights, camera, actions, camera, action` (`Lights, camera, action` for `light`): a label
  // that is a list of words, each copy after a comma and its words parted by commas; it stands
  // only where every copy but the last carries the joiner the head's `s` left (checked on the
  // reading below), as `New York, New York` and `left, right, left, right` do not.
  const commaList = afterComma && !connectorUnits && run.period > 1 && run.tokens.slice(run.first, run.last).every((token) => token.kind === 'word' && token.separator === Separator.Comma);
  // Every other unit after a comma, its words parted by spaces, reads as the connector's do.
  const commaUnits = afterComma && !commaList;
  // `Parks, play areass, play areas` (`Parks, play areas` for `park`): such a unit of words with
  // no connector, or of one word (`Parents, carerss, carers`), stands only where every copy but
  // the last carries the joiner the head's `s` left, as `New York City, New York City` does not.
  const commaPhrase = commaUnits && !connectorUnits;
  if (firstUnitToken.separator !== Separator.Space && !hyphenUnits && !dotUnits && !commaUnits && !commaList) return undefined;
  const units: Token[][] = [];
  for (let index = 0; index < run.repetitions; index++) {
    units.push(run.tokens.slice(run.first + index * run.period, run.first + (index + 1) * run.period));
  }
  // A compound that repeats its head (`back-to-back-to-back`, `face-to-face`) is no label's tail.
  if (hyphenUnits && (units[0] ?? []).some((token) => token.core === head.core)) return undefined;
  // Inner tokens of each unit (all but the last) must be equal, letter case aside.
  for (let position = 0; position < run.period - 1; position++) {
    const reference = units[0]?.[position]?.lower;
    if (!units.every((unit) => unit[position]?.lower === reference)) return undefined;
  }
  // `is Open source source-source` (`Open source` for `open`, hit inside `open-source`): a last
  // copy joined by a hyphen, after copies joined by spaces, is the text's own word.
  const lastUnitStart = run.tokens[run.last - run.period];
  if (!hyphenUnits && !commaUnits && !commaList && !run.long && run.repetitions >= 3 && lastUnitStart?.separator === Separator.Hyphen && run.tokens.slice(run.first + 1, run.last - run.period).every((token) => token.separator === Separator.Space)) {
    return readCascade(text, { ...run, repetitions: run.repetitions - 1, last: run.last - run.period });
  }
  // Units are separated by spaces only: a label holds no line break (`API⏎APIs` is a heading
  // and its paragraph) and no hyphen between units (that is a slug or a compound). Inside a
  // unit of several tokens a hyphen may join them when every unit has it (`Courses A-Z A-Z`).
  for (let index = run.first + 1; index < run.last; index++) {
    const separator = run.tokens[index]?.separator;
    const position = (index - run.first) % run.period;
    if (commaList) continue;
    if ((hyphenUnits || dotUnits) && position > 0) {
      // Inside a unit, words are joined as in the first copy, by spaces or hyphens
      // (`Rent-a-room scheme-a-room scheme`, `Buy-to-let-to-let`).
      const own = run.tokens[run.first + position]?.separator;
      if (separator !== own || (own !== Separator.Space && own !== Separator.Hyphen)) return undefined;
      continue;
    }
    if (hyphenUnits || dotUnits || commaUnits) {
      if (separator !== (position === 0 ? (hyphenUnits ? Separator.Hyphen : dotUnits ? Separator.Dot : Separator.Comma) : Separator.Space)) return undefined;
      continue;
    }
    if (separator === Separator.Space) continue;
    if (position === 0 || separator !== Separator.Hyphen || run.tokens[run.first + position]?.separator !== Separator.Hyphen) return undefined;
  }
  // `cHalls of residences of residenceenges` (`challenges`): after one letter a hump is a
  // name's (`iPhone`) unless copies of a label follow it.
  const lastDiffers = units.length > 1 && units[units.length - 1]?.[run.period - 1]?.lower !== units[0]?.[run.period - 1]?.lower;
  // So too after one letter that makes a word with the head (`dRiver cruises cruises` was
  // `driver`; `iPhone cases cases` makes no word).
  // A letter before a word in capitals (`rAPI reference referencedly` for `rapidly`, `API
  // reference` for `api`) is a hump only where the last copy is glued to letters, proven below
  // by the word the letter, the head and those letters make (not `iOS`), in two passes or more
  // (`aDJ Booth Booth Booth Boothust` for `adjust`, `DJ Booth` for `dj`).
  const firstLast = units[0]?.[run.period - 1]?.text ?? '';
  const lastLast = run.long ? '' : (units[units.length - 1]?.[run.period - 1]?.text ?? '');
  const capitalsHump = headHump === 0 && lastDiffers && isLetterBeforeCapitals(head.text) && spellsWithGlue(head.text, firstLast, lastLast);
  // So is a capital before a capitalised head, proven the same way (`PArt Trail Trailnership’s`
  // for `partnership’s`, `Art Trail` for `art`).
  const capitalGlueHump = headHump === 0 && run.period === 1 && lastDiffers && /^\p{Lu}\p{Lu}\p{Ll}+$/u.test(head.text) && spellsWithGlue(head.text, firstLast, lastLast);
  // A capital before a capitalised head, before copies of one word in Title Case, where the
  // dictionary holds the whole in lower case (`PAge Well Well` for `Page`, `Age Well` for `age`):
  // two copies, which nothing else reads (three are read as they stand, and `PAge Well Well
  // WellR` is `PAGER`).
  const capitalHump =
    headHump === 0 && run.period === 1 && run.repetitions === 2 && /^\p{Lu}\p{Lu}\p{Ll}{2,}$/u.test(head.text) && isSpelledPlainly(head.text) && titleCaseCopiesAlike(units) && /^\p{Ll}*$/u.test((units[1]?.[0]?.text ?? '').slice(firstUnitToken.text.length));
  const hump = headHump || ((isOneLetterHump(head.text) && (run.repetitions >= 3 || lastDiffers || isSpelledWord(head.text.toLowerCase()))) || capitalsHump || capitalHump || capitalGlueHump ? 1 : 0);
  const headProper = head.text.slice(hump);
  const headLower = normaliseApostrophes(headProper).toLowerCase();
  // A head equal to the unit (`TranGrassroots Grassroots Grassroots sport`) is a copy of a
  // label whose term comes last: read by `readPrefixCascade`.
  if (run.period === 1 && headLower === firstUnitToken.lower) return undefined;
  const lasts = units.map((unit) => unit[unit.length - 1]?.text ?? '');
  let longLast: Token | undefined;
  if (run.long) {
    // The last copy of a long run is read where it really is.
    longLast = tokenize(text, run.long.lastStart, run.long.end)[0];
    if (longLast) lasts[lasts.length - 1] = longLast.text;
  }
  // A one-letter tail token only after a hyphen inside the unit (`A-Z`): `do I do it` is no label.
  if (run.repetitions === 2 && !run.long && (isCapitalised(head) || hump > 0) && lastDiffers) {
    // `Shipping newsping news`: two passes of a label glued to its term, read from the first
    // copy and the word after it.
    const glued = readGluedHead(text, { ...run, repetitions: 1, last: run.last - run.period }, head, hump, units.slice(0, 1), gluedPartMin) ?? readTwoLetterGluedHead(text, run, head, hump, units);
    if (glued) return glued;
  }
  // So in lower case (`parking baysing bays`, `parking bays` for `park`), where the dictionary
  // holds the term and not the copy with the glued letters: words that merely end alike are
  // words (`the running seeing see`).
  if (run.repetitions === 2 && !run.long && hump === 0 && lastDiffers && /^\p{Ll}+$/u.test(head.text)) {
    const copy = units[0]?.[run.period - 1];
    const glued = readGluedHead(text, { ...run, repetitions: 1, last: run.last - run.period }, head, 0, units.slice(0, 1), gluedPartMin);
    if (glued && copy !== undefined && isSpelledWord(glued.term) && !isSpelledWord(copy.lower)) return glued;
  }
  // `Plan B B B Bs` (`Plan B` for `plan`): a tail of one capital letter after a capitalised head.
  const letterTail = run.period === 1 && /^\p{Lu}$/u.test(firstUnitToken.text) && (isCapitalised(head) || hump > 0);
  // (A number of one digit after a number sign is a whole tail too: `Team #1 #1 #1`.)
  const signedDigit = run.period === 2 && firstUnitToken.text === '#';
  // (So is one after a currency sign, `Parking from €5 from €5 from €5`, and a per cent or
  // currency sign after a number, which may carry the term's letters, `save 10%s save 10%`.)
  const lastUnitToken = units[0]?.[run.period - 1];
  const beforeLast = units[0]?.[run.period - 2];
  const pricedDigit = run.period > 1 && lastUnitToken !== undefined && beforeLast !== undefined && ((lastUnitToken.kind === 'number' && isSignToken(beforeLast)) || (isSignToken(lastUnitToken) && beforeLast.kind === 'number'));
  let reading = readTail(lasts, headLower, (run.period > 1 && units[0]?.[run.period - 1]?.separator === Separator.Hyphen) || letterTail || signedDigit || pricedDigit ? 1 : 2, true, commaPhrase);
  // `TranSports days days dayation` (`Sports day` for `sport`, hit inside `transportation`): the
  // copies carry the `s` the head has, and the word after them is the last copy, without it,
  // glued to the rest of the word the replace hit.
  const after = run.period === 1 && !run.long ? run.tokens[run.last] : undefined;
  if (reading && after?.kind === 'word' && after.separator === Separator.Space && /[^s]s$/u.test(headLower) && reading.joiners.every((joiner) => joiner === '') && reading.carried === '') {
    const extended = readTail([...lasts, after.text], headLower);
    if (extended && extended.joiners.every((joiner) => joiner === 's') && extended.carried.length >= 2 && /^\p{L}+$/u.test(extended.carried) && !extended.carried.toLowerCase().startsWith('s')) {
      reading = extended;
      units.push([after]);
    }
  }
  if (!reading) {
    // `Design systems systems systems system`: the word after the label's copies shares their
    // core (the original `design system`), so the scanner counted it as one more copy; so too
    // after copies joined by an apostrophe (`Farmers’ marketss’ markets’s market` was
    // `farmer’s market`).
    const firstLast = (lasts[0] ?? '').toLowerCase();
    const lastLast = (lasts[lasts.length - 1] ?? '').toLowerCase();
    const following = lastLast.length > 0 && lastLast.length < firstLast.length && firstLast.startsWith(lastLast) && /^\p{L}+['’]?$/u.test(firstLast) && /^\p{L}+$/u.test(lastLast);
    return following && run.repetitions >= 3 && !run.long ? readCascade(text, { ...run, repetitions: run.repetitions - 1, last: run.last - run.period }) : undefined;
  }
  // The `s` may stay on the last copy too (`Lights, camera, actions, camera, actions` for
  // `lights`), read then as the tail's own, where the head has it.
  if (commaList && !reading.joiners.every((joiner) => joiner !== '') && !(headLower.endsWith('s') && reading.tailLast.endsWith('s') && !reading.tailLast.endsWith('ss'))) return undefined;
  // `Members, volunteers, volunteers` (`Members, volunteers` for `members`): a plural term,
  // replaced whole, leaves no joiner; its copies in lower case after a capitalised head are the
  // label's where they are no words of emphasis (`Yes, really, really`).
  // (The last copy may carry the rest of the word the replace hit: `Members, volunteers,
  // volunteership` is `membership`, or the original's possessive: `Members, volunteers,
  // volunteers'` is `members'`; the head may be glued inside a word: `reMembers, volunteers,
  // volunteers` is `remembers`.)
  const pluralHeadPhrase = commaPhrase && /^\p{Lu}\p{Ll}+s$/u.test(headProper) && (hump === 0 || /^\p{Ll}+$/u.test(head.text.slice(0, hump))) && (reading.carried === '' || possessives.has(normaliseApostrophes(reading.carried)) || (/^\p{Ll}+$/u.test(reading.carried) && isSpelledWord(`${headLower}${reading.carried}`))) && reading.joiners.every((joiner) => joiner === '') && units.every((unit) => unit.every((token) => token.kind === 'word' && !isCapitalised(token) && !legitimate.has(token.lower) && !closedClass.has(token.lower)));
  if (commaPhrase && !pluralHeadPhrase && !reading.joiners.every((joiner) => joiner !== '')) return undefined;
  const carried = normaliseApostrophes(reading.carried);
  if ((carried === '' || carried === "'" || carried === "'s") && reading.joiners.every((joiner) => normaliseApostrophes(joiner) === carried) && !run.long) {
    // Two or more identical copies already show the repeat: glued letters may be two (`Visitor
    // informationor informationors` for `visitors`), and may end in an apostrophe (`Renters'
    // rightsers' rightsers' rights` for `rent`) or a possessive (`Campaigner's toolkiter's
    // toolkit` for `campaign`).
    // The last copy may be the word the replace hit, the head's own word again (`Manager
    // Specialsager Specialsager` for `manager`, `Manager Specials` for `man`).
    const glued =
      readGluedHead(text, run, head, hump, units, 2) ??
      readOneLetterGluedHead(text, run, head, hump, units) ??
      readHeadWordAgain(text, run, head, hump, units);
    if (glued) return glued;
  }
  const nonEmptyJoiners = reading.joiners.filter((joiner) => joiner !== '');
  let headJoiner = '';
  if (nonEmptyJoiners.length > 0 && headLower.endsWith("'s") && headLower.length > 2 && (nonEmptyJoiners.includes("'s") || nonEmptyJoiners.includes('s'))) {
    // `Men's healths healthts`: a pass that swallowed the apostrophe left `s` joiners, but the
    // head keeps the label's own `'s`.
    headJoiner = "'s";
  } else {
    for (const form of joinerForms) {
      // `Press`, `Business`: a double `s` is the word's own, not a joiner's.
      if (form === 's' && headLower.endsWith('ss')) continue;
      if (form !== '' && nonEmptyJoiners.includes(form) && headLower.endsWith(form) && headLower.length > form.length) {
        headJoiner = form;
        break;
      }
    }
  }
  // `Veterans' affairs affairs`: an apostrophe after the head belongs to the label.
  if (headJoiner === '' && (headLower.endsWith("s'") || headLower.endsWith("'")) && headLower.length > 2) headJoiner = "'";
  const term = headProper.slice(0, headProper.length - headJoiner.length);
  if (term.length === 0) return undefined;
  // A label's head and tail are content words: `JQuery to to` and `I’ve still still` are
  // doubled words after a capitalised word, not cascades.
  // A small word in capitals before a tail in lower case is an initialism (`IT support support
  // support` for `it`, `US aid aid` for `us`).
  const initialismHead = term.length >= 2 && /^\p{Lu}+$/u.test(term) && !isCapitalised(firstUnitToken);
  if ((closedClass.has(headLower) && !initialismHead) || headLower.startsWith("i'")) return undefined;
  const contentInTail = (units[0] ?? []).some((token) => token.kind === 'word' && !closedClass.has(token.core) && !closedClass.has(token.lower));
  // A group of two or more words repeated with the plural the term had glued to its last
  // copy (`Sale now on now ons` for `sales`) is no slip of the pen, even when its words are
  // small (`How do I do it` is no label).
  const pluralGroup = run.period > 1 && (reading.carried.toLowerCase() === 's' || reading.carried.toLowerCase() === 'es');
  // `Transport for all for allation` (`Transport for all` for `transport`, hit inside
  // `transportation`): so too a group glued to letters that make a word with a capitalised head.
  // `Budget day daying`: so too a word of three letters.
  // So too one letter glued to a phrasal label's particle (`Tune in ind` for `tuned`).
  const wordGroup = (run.period > 1 || reading.tailLast.length < 4) && (/^\p{Ll}{2,}$/u.test(reading.carried) || (/^\p{Ll}$/u.test(reading.carried) && particles.has(reading.tailLast))) && isCapitalised(head) && isSpelledWord(`${headLower}${reading.carried}`);
  // `Census 2030 2030 2030`, `Budget 2025/26 2025/26 2025/26`: a label ending in a year or a
  // year's range, three copies after a capitalised word (two read as a slip, `Fiscal Year 2019
  // 2019`; other numbers as a table row, `Total 10 10 10`).
  const unitToken = units[0]?.[0];
  // `Design ’26 ’26 ’26`: so too a year in two digits after an apostrophe, and a last copy
  // glued to letters that make a word with the head (`Design ’26 ’26ers` is `designers`).
  const yearText = yearPattern.test(reading.tailLast) || yearRangePattern.test(reading.tailLast) || elidedYearPattern.test(reading.tailLast);
  const yearCarried = reading.carried === '' || (/^\p{Ll}+$/u.test(reading.carried) && isSpelledWord(`${headLower}${reading.carried}`));
  const numberTail = run.period === 1 && run.repetitions >= (reading.carried === '' ? 3 : 2) && yearText && isCapitalised(head) && yearCarried;
  // `Web 2.0 2.0 2.0site` (`Web 2.0` for `web`), `Bus 24/7 24/7 24/7y`: a label ending in a
  // version number or a number with a slash, proven by letters glued to its last copy or by
  // its head glued inside a word (`Web 2.0 2.0 2.0` alone may be a table row, and waits for
  // the same label elsewhere in the text).
  // So too a label ending in another number (`Data 101 101 101`, `avaiLab 42 42le` for
  // `available`, `Lab 42` for `lab`), whose copies in prose need three.
  const plainNumber = unitToken?.kind === 'number' && /^\d+$/u.test(unitToken.text) && !yearText;
  const versionTail = run.period === 1 && unitToken?.kind === 'number' && (unitToken.text.includes('.') || unitToken.text.includes('/') || plainNumber) && (isCapitalised(head) || hump > 0) && !numberTail;
  // `the Team #1 #1 #1 players` (`Team #1` for `team`): a number after a number sign, read as
  // another number is.
  const numberSignTail = signedDigit && units[0]?.[1]?.kind === 'number' && (isCapitalised(head) || hump > 0);
  // `Class of 2027 of 2027 of 2027`, `Class of 2027 of 2027ification`: so too a group of small
  // words before a year, three copies or the last glued to the rest of a word (two alone may
  // be a slip, `in Paris in 2019 in 2019`, and removing one copy is the fix).
  const yearToken = units[0]?.[run.period - 1];
  const yearGroup = run.period > 1 && run.period <= 3 && yearToken?.kind === 'number' && yearPattern.test(yearToken.text) && (units[0] ?? []).slice(0, -1).every((token) => token.kind === 'word' && closedClass.has(token.lower)) && isCapitalised(head) && (run.repetitions >= 3 || /^\p{Ll}{2,}$/u.test(reading.carried));
  // `Tickets from £10 from £10 from £10`, `Offers up to 30% up to 30% up to 30%`: so too a group
  // that holds a price or a share (a number beside a currency or per cent sign) after a
  // capitalised head, three copies or the last glued to letters (a price written twice may be a
  // slip, `from £10 from £10`).
  const priceGroup = run.period > 1 && (units[0] ?? []).some((token, index, unit) => isSignToken(token) && (unit[index - 1]?.kind === 'number' || unit[index + 1]?.kind === 'number')) && (isCapitalised(head) || hump > 0) && (run.repetitions >= 3 || /^\p{Ll}{2,}$/u.test(reading.carried));
  // `We are Open 9–5 9–5 9–5 daily` (`Open 9–5` for `open`): so too a range of two numbers
  // joined by a dash, three copies or the last glued to letters (twice may be a slip); not a
  // hyphen, which scores and telephone numbers hold (`Won 2-0 2-0 2-0`).
  const rangeGroup = run.period === 2 && units[0]?.[0]?.kind === 'number' && units[0]?.[1]?.kind === 'number' && units[0]?.[1]?.separator === Separator.Hyphen && text.charCodeAt((units[0]?.[1]?.start ?? 1) - 1) !== 45 && (isCapitalised(head) || hump > 0) && (run.repetitions >= 3 || /^\p{Ll}{2,}$/u.test(reading.carried));
  // Two copies of a year in two digits (`User-centered Design ’26 ’26`) are possible: a replace
  // left them where the text has them twice.
  const elidedPair = run.period === 1 && run.repetitions === 2 && reading.carried === '' && elidedYearPattern.test(reading.tailLast) && isCapitalised(head);
  // `Sign up up up`, `Waste not not not` (`Sign up` for `sign`): a small word repeated three
  // times after a capitalised head is a phrasal label's, no slip of the pen, at a sentence's
  // start too (`Check in in in`). So too twice after a head glued inside a word that it
  // completes, with the letters glued to the last copy (`underStand by by` for `understand`,
  // `outStand by by bying` for `outstanding`).
  const midSentence = hump > 0 || (headIndex > 0 && isMidSentence(run.tokens, headIndex, text));
  const wholeWord = hump > 0 ? normaliseApostrophes(head.text).toLowerCase() : '';
  const gluedSmallHead = hump > 0 && (isSpelledWord(wholeWord) || (/^\p{Ll}+$/u.test(reading.carried) && isSpelledWord(`${wholeWord}${reading.carried}`)));
  const smallTail = !contentInTail && run.period === 1 && (run.repetitions >= 3 || gluedSmallHead) && (isCapitalised(head) || gluedSmallHead) && !isCapitalised(firstUnitToken) && particles.has(reading.tailLast);
  // Two copies of a particle after a capitalised head mid-sentence (`Check in in`) are what a
  // slip leaves too: possible, proven where the same two copies stand twice in the text.
  const particlePair = !contentInTail && run.period === 1 && run.repetitions === 2 && hump === 0 && reading.carried === '' && isCapitalised(head) && !isCapitalised(firstUnitToken) && particles.has(reading.tailLast) && midSentence;
  // Two copies of a year (`Report 2025 2025`) are read, as no cascade: copies of the label's
  // first part before the head may prove them (see `readDoubledMiddleTerms`).
  const yearPair = run.period === 1 && run.repetitions === 2 && reading.carried === '' && yearText && isCapitalised(head) && !numberTail;
  // `Medicines & yous & yous & you` (`Medicines & you` for `medicine`): a group of small words
  // whose copies carry the head's own joiner glued on, which prose does not repeat so.
  // So too where every copy carries it (`Medicines & yous & yous` was `medicines`).
  const smallWordAndS = headLower.endsWith('s') && reading.tailLast.endsWith('s') && closedClass.has(reading.tailLast.slice(0, -1)) && !closedClass.has(reading.tailLast);
  const joinedSmallTail = !contentInTail && run.period > 1 && (isCapitalised(head) || hump > 0) && ((headJoiner !== '' && reading.joiners.some((joiner) => joiner === headJoiner)) || smallWordAndS);
  if (!contentInTail && !pluralGroup && !wordGroup && !numberTail && !versionTail && !numberSignTail && !yearGroup && !priceGroup && !rangeGroup && !elidedPair && !smallTail && !yearPair && !joinedSmallTail && !particlePair) return undefined;
  // Cells of a table in plain text (`SSO | yes | yes | yes` under a `--- | ---` row) repeat.
  if (firstUnitToken.text === '|' && inPlainTable(text, head.start)) return undefined;
  const tail = [...(units[0] ?? []).slice(0, -1).map((token) => token.lower), reading.tailLast];
  const joiners = [headJoiner, ...reading.joiners];

  const evidence: string[] = [];
  let anomaly = false;
  reading.joiners.forEach((joiner, index) => {
    if (joiner === 's' && reading.tailLast.endsWith('s')) {
      evidence.push(`unit ${index + 2} has a doubled \`s\``);
      anomaly = true;
    } else if (joiner === 'ss') {
      evidence.push(`unit ${index + 2} has a tripled \`s\``);
      anomaly = true;
    } else if (joiner === "'s" && reading.tailLast.endsWith('s')) {
      if (!evidence.some((item) => item.startsWith('a possessive'))) evidence.push(`a possessive on the plural \`${reading.tailLast}\``);
      anomaly = true;
    }
  });
  if (new Set(reading.joiners).size > 1) {
    evidence.push('units carry different affixes');
    anomaly = true;
  }
  const headToken: Token = hump > 0 ? { ...head, start: head.start + hump, text: headProper } : head;
  const headCapital = isCapitalised(headToken) && headProper.length > 1;
  const unitLower = !isCapitalised(firstUnitToken);
  const connector = run.period > 1 && connectors.has(firstUnitToken.lower);
  const firstJoiner = reading.joiners[0];
  const repeatedJoiner = headJoiner !== '' && (headJoiner === firstJoiner || (headJoiner === "'s" && firstJoiner === 's'));
  // A carried `s` on a tail that ends in `s` (`Opinion pieces piecess`) is a doubled `s`.
  const carriedPlural = normaliseApostrophes(reading.carried).toLowerCase();
  // `Staff stories storiess’ roles`: the same with a plural possessive carried.
  if ((carriedPlural === 's' || carriedPlural === "s'") && reading.tailLast.endsWith('s')) {
    evidence.push('the last unit has a doubled `s`');
    anomaly = true;
  } else if (reading.carried.toLowerCase() === 's' && takesEs(reading.tailLast)) {
    // `Water quality qualitys`: an `s` no English plural of the tail takes (`qualities`).
    evidence.push(`the last unit has an \`s\` no plural of \`${reading.tailLast}\` takes`);
    anomaly = true;
  } else if (headCapital && reading.carried.toLowerCase() === 's' && reading.tailLast.length >= 4 && isSpelledWord(reading.tailLast) && !isSpelledWord(`${reading.tailLast}s`)) {
    // `Animal welfare welfares`: a plural English never writes (a mass noun's) after a
    // label's capital, so the `s` is the word the replace hit (`animals`), not the writer's
    // (`known knowns` is a coinage).
    evidence.push(`the last unit has an \`s\` no plural of \`${reading.tailLast}\` takes`);
    anomaly = true;
  } else if (reading.carried.toLowerCase() === 'es' && reading.tailLast.length >= 4 && /[^siu]s$/u.test(reading.tailLast)) {
    // `Business rates rateses` for `businesses`: an `es` on a plural already (not `buses`,
    // `campuses`, `analyses`).
    evidence.push(`the last unit has an \`es\` on the plural \`${reading.tailLast}\``);
    anomaly = true;
  } else if (reading.carried.toLowerCase() === 'es' && !takesEsPlural(reading.tailLast)) {
    // `Business support supportes` for `businesses`: the `es` of the word the replace hit.
    evidence.push(`the last unit has an \`es\` no plural of \`${reading.tailLast}\` takes`);
    anomaly = true;
  }
  // Letters glued after the last unit (`impact impacters`, `centre centretely`, `centre
  // centren` for `median`) are the rest of a word the replace hit inside; one letter other
  // than a plural `s`, or two or more that are not a plural `es`.
  const carriedLower = reading.carried.toLowerCase();
  const gluedLetters =
    reading.tailLast.length >= 4 && /^\p{L}+$/u.test(reading.carried) && (reading.carried.length >= 2 ? carriedLower !== 'es' : carriedLower !== 's');
  if (gluedLetters) evidence.push(`the last unit is glued to \`${reading.carried}\``);
  let isCascade = anomaly;
  // A letter repeated stands in tables (`Grade B B B`): three copies of one are a label's
  // mid-sentence, or with lower-case letters glued to the last (`Plan B B Bt` for `plant`).
  const letterGlued = letterTail && /^\p{Ll}+$/u.test(reading.carried) && isSpelledWord(`${headLower}${reading.carried}`);
  if (letterGlued) evidence.push(`the last unit is glued to \`${reading.carried}\``);
  if (headCapital && run.repetitions >= 3 && (!letterTail || letterGlued || (midSentence && reading.carried === ''))) isCascade = true;
  if (headCapital && letterGlued) isCascade = true;
  if (wordGroup && !gluedLetters) {
    evidence.push(`the last unit is glued to \`${reading.carried}\`, which makes a word with the head`);
    isCascade = true;
  }
  // The weakest evidence, a capitalised head mid-sentence before a doubled lower-case tail
  // (`Transport updates updates`), is not enough when the doubling reads as a human slip:
  // `presentation presentations` (a plural added), `there there`, `Fifty years years`.
  const plainCarried = reading.carried === '' || possessives.has(normaliseApostrophes(reading.carried)) || gluedLetters;
  const weakTail = run.period === 1 && (legitimate.has(firstUnitToken.lower) || numbers.has(headLower));
  // Copies alike in letter case: in `Rainbow bridge Bridge` the capital starts another name.
  const casesAgree = units.every((unit) => !isCapitalised(unit[0] as Token));
  // `the code Health A&E waiting times A&E waiting times` (`Health A&E waiting times` for
  // `health`): so too a group led by the same initialism in each copy, its other words lower case.
  const initialismLed = run.period > 1 && isShouted(firstUnitToken) && units.every((unit) => unit[0]?.text === firstUnitToken.text) && (units[0] ?? []).slice(1).every((token) => token.kind === 'word' && !isCapitalised(token));
  // `a SOCIAL MEDIA HUB MEDIA HUB site` (`SOCIAL MEDIA HUB` for `social`): so too a label in
  // capitals whose words are English words, not initialisms (`the NASA JPL JPL team`), between
  // words in lower case, which no emphasis doubles.
  // So too after a capitalised word where a word in lower case follows (`Strict Transport
  // SECURITY HELP DESK HELP DESK enabled`).
  const beforeHead = run.tokens[headIndex - 1];
  const afterRun = run.tokens[run.last];
  const lowerAround = beforeHead?.kind === 'word' && (beforeHead.text === beforeHead.lower || (!isShouted(beforeHead) && afterRun?.kind === 'word' && afterRun.text === afterRun.lower));
  // So too one word in capitals twice after such a head (`the DELIVERY INFO INFO page`), a
  // content word of four letters or more (not emphasis: `please STOP NOW NOW or`).
  const shoutedWord = run.period > 1 || (reading.tailLast.length >= 4 && !closedClass.has(reading.tailLast) && !legitimate.has(reading.tailLast));
  const shoutedLabel = shoutedWord && hump === 0 && reading.carried === '' && isShouted(head) && isSpelledWord(headLower) && units.every((unit) => unit.every((token) => token.kind === 'word' && isShouted(token) && isSpelledWord(token.lower))) && lowerAround && !(afterRun?.kind === 'word' && isShouted(afterRun));
  if (shoutedLabel && midSentence) evidence.push('a label in capitals between words that are not');
  if (headCapital && midSentence && ((unitLower && casesAgree) || initialismLed || shoutedLabel) && plainCarried && !weakTail) isCascade = true;
  // The same shape with a plural glued to the second copy (`the Innovation lab labs` for
  // `innovations`) is what two passes leave of a plural, and what people write of a product
  // (`Word document documents`): possible, not proven. Not after a CamelCase name
  // (`PowerPoint presentation presentations`).
  // So too two copies of a capital letter mid-sentence (`we Plan B B to share`), which a slip
  // of the pen may leave: where the same two copies stand twice in the text, a replace did.
  const possible =
    (hump === 0 && headCapital && midSentence && unitLower && !weakTail && run.period === 1 && run.repetitions === 2 && (carriedLower === 's' || carriedLower === 'es')) ||
    (letterTail && hump === 0 && headCapital && midSentence && run.repetitions === 2 && reading.carried === '') ||
    (elidedPair && hump === 0 && headCapital && midSentence) ||
    // So too two copies of a year after a capitalised word (`Trends 2027 2027`), which a slip
    // of the pen leaves too (`Fiscal Year 2019 2019`), but not twice alike; alone at a
    // sentence's start they are no finding (`Summer '24 '24`; see `openingYearPairs`).
    (yearPair && hump === 0 && headCapital) ||
    particlePair;
  if (headCapital && unitLower && gluedLetters && !weakTail) isCascade = true;
  // So too after a head in lower case, where the letters make a word with the head and none
  // with the copy (`star maps mapst` for `start`, `gene therapy therapyral` for `general`,
  // `availab notes notesle` for `available`): prose doubles no word to glue more letters on.
  if (!headCapital && hump === 0 && run.period === 1 && unitLower && casesAgree && gluedLetters && !weakTail && head.kind === 'word' && headLower.length >= 3 && !closedClass.has(headLower) && /^\p{Ll}+$/u.test(headLower) && isSpelledWord(`${headLower}${carriedLower}`) && !isSpelledWord(`${reading.tailLast}${carriedLower}`)) {
    evidence.push(`the last unit is glued to \`${reading.carried}\`, which makes a word with the head`);
    isCascade = true;
  }
  // `Market Town Initiative Town Initiativeing` (`Market Town Initiative` for `market`, hit
  // inside `marketing`): a capitalised tail whose last copy is glued to letters that make a
  // word with the head; names repeat, but glue none on.
  // Such letters prove a replace even where the copies would read as an idiom alone (`Age Well
  // Wellncies` for `agencies`; `well well` is said so).
  if (headCapital && (!unitLower || weakTail) && gluedLetters && !numbers.has(headLower) && isSpelledWord(`${headLower}${carriedLower}`)) isCascade = true;
  // So too where the letters start with a capital, the rest of a CamelCase name the replace hit
  // (`Digital Skills SkillsGov` for `DigitalGov`), after a common word: a name may double a
  // word, but glues no capitalised word on its second copy.
  if (headCapital && gluedLetters && !weakTail && /^\p{Lu}\p{Ll}+$/u.test(reading.carried) && isCapitalisedCommonWord(headToken) && titleCaseCopiesAlike(units) && (units[0] ?? []).every(isCapitalisedCommonWord)) isCascade = true;
  // So too copies of two words or more, all capitalised and written alike, the last glued to
  // letters that make it no word (`Road Works Notices Works Noticesmap` for `roadmap`, `Bridge
  // Repair Program Repair Programt` for `Bridget`): no name doubles its words and glues more on.
  // Common words, not a place's name (`a Visit New York New Yorker`).
  // So too one such word after a capitalised common word (`Digital Badges Badgesgov` for
  // `digitalgov`): a name that doubles a word glues nothing on.
  if (
    headCapital &&
    (run.period > 1 || (hump === 0 && isCapitalisedCommonWord(headToken) && /^\p{Ll}+$/u.test(reading.carried))) &&
    gluedLetters &&
    !weakTail &&
    titleCaseCopiesAlike(units) &&
    (units[0] ?? []).every(isCapitalisedCommonWord) &&
    !isSpelledWord((units[units.length - 1]?.[run.period - 1]?.text ?? '').toLowerCase())
  ) {
    isCascade = true;
  }
  // Copies of a Title Case group each joined by a hyphen (`Car-Free Day-Free Daye` for `care`,
  // `Car-Free Day` for `car`), the last glued to letters that make a word with the head, however
  // short its last word: no compound repeats its words so.
  if (!isCascade && headCapital && hyphenUnits && run.period > 1 && !gluedLetters && /^\p{Ll}+$/u.test(reading.carried) && isSpelledWord(`${headLower}${reading.carried}`) && titleCaseCopiesAlike(units)) {
    evidence.push(`the last unit is glued to \`${reading.carried}\`, which makes a word with the head`);
    isCascade = true;
  }
  // Words repeated after a capitalised head with a plural glued to the last copy (`Sale now
  // on now ons`).
  if (headCapital && unitLower && pluralGroup) isCascade = true;
  if (headCapital && connector) isCascade = true;
  if (dotUnits) {
    evidence.push('copies each joined by a full stop');
    isCascade = true;
  }
  // So too two copies of one word in lower case, each after a bar, a middle dot or a bullet,
  // following a capitalised head (`Usability | testing | testing` for `usability`): a menu or
  // a breadcrumb repeats no item in lower case (a table does, and is no label: see above).
  const markPair =
    run.period === 2 &&
    run.repetitions === 2 &&
    hump === 0 &&
    pairMarks.has(firstUnitToken.text) &&
    units.every((unit) => unit[0]?.text === firstUnitToken.text && unit[1]?.kind === 'word' && isLowerLetter(unit[1].text.charAt(0)) && unit[1].lower === units[0]?.[1]?.lower);
  if (headCapital && markPair && plainCarried) {
    evidence.push(`two copies in lower case after \`${firstUnitToken.text}\``);
    isCascade = true;
  }
  // So too a Title Case group with a connector inside, written alike in each copy, mid-sentence
  // or three times (`need Pain Relief and Recovery Relief and Recovery after`, `Pain Relief and
  // Recovery` for `pain`): no name after a capitalised word doubles so.
  const innerConnector = run.period >= 3 && (units[0] ?? []).slice(1, -1).some((token) => connectors.has(token.lower)) && (units[0] ?? []).every((token) => token.kind === 'word' && (isCapitalised(token) || connectors.has(token.lower))) && units.every((unit) => unit.length === run.period && unit.every((token, index) => token.text === units[0]?.[index]?.text));
  if (headCapital && innerConnector && hump === 0 && !weakTail && (midSentence || run.repetitions >= 3)) {
    evidence.push('a Title Case group joined inside by a connector, repeated');
    isCascade = true;
  }
  if (headCapital && repeatedJoiner) isCascade = true;
  // A head glued inside a word before copies of a word in capitals, written alike (`pAge UK
  // UK` for `page`, `Age UK` for `age`): no slip of the pen glues a capital inside a word.
  if (hump > 0 && headCapital && run.period === 1 && !weakTail && units.every((unit) => isShouted(unit[0]) && unit[0]?.text === firstUnitToken.text)) isCascade = true;
  // So too a head glued after lower-case letters before copies whose every word is capitalised,
  // written alike (`onLine Closures Closures` for `online`, `rePort Authority News Authority
  // News` for `report`): a Title Case label hit inside a word; a name glued so (`iPhone`) is
  // not followed by its own words twice, nor by an idiom's (`pAge Well Well` for `page`).
  // A capital may start the word where the copies are of two words or more, which no name
  // doubles (`RePort Authority News Authority News` at a sentence's start, `CamBridge Repair
  // Program Repair Program`).
  // So too copies of one word after a capital inside a word the dictionary holds in lower case
  // or capitalised (see `isSpelledPlainly`: `HiStory Time Time` for `history`, `PlayBook Swaps
  // Swaps`, `FaceBook Swaps Swaps` for `Facebook`; not `YouTube`, which it holds so).
  // So too after one capital (`PAge Well Well` for `Page`).
  const capitalInside = run.period > 1 ? /^\p{Lu}\p{Ll}+$/u.test(head.text.slice(0, hump)) : /^\p{Lu}\p{Ll}*$/u.test(head.text.slice(0, hump)) && /^\p{L}+$/u.test(head.text) && isSpelledPlainly(head.text);
  if (hump > 0 && headCapital && (/^\p{Ll}+$/u.test(head.text.slice(0, hump)) || capitalInside) && !numbers.has(headLower) && titleCaseCopiesAlike(units)) isCascade = true;
  // A capitalised head before copies in capitals, the last glued to lower-case letters (`Age
  // UK UKncy` for `agency`), where the head and those letters make a word (not `Visit UK
  // UKulele`).
  // A possessive after the letters is the word's own (`Age UK UKncy’s`).
  const carriedLetters = withoutPossessive(reading.carried);
  if (headCapital && run.period === 1 && isShouted(firstUnitToken) && /^\p{Ll}+$/u.test(carriedLetters) && (units[units.length - 1]?.[0]?.text ?? '').startsWith(firstUnitToken.text) && isSpelledWord(`${headLower}${carriedLetters}`)) isCascade = true;
  // A head glued inside a word (`developMen's healths healtht`) with a glued last unit.
  if (hump > 0 && headCapital && reading.carried !== '' && reading.carried.toLowerCase() !== 's' && /^\p{L}+$/u.test(reading.carried)) isCascade = true;
  // So too with a plural `s` where the word glued round the head takes it (`webSite map maps`
  // is `websites`; `PowerPoint presentation presentations` makes no word).
  // So too where the word glued round the head is no name the dictionary holds as written
  // (`cronJob board boards` is `cronjobs`; `PowerPoint` is one).
  if (hump > 0 && headCapital && reading.carried.toLowerCase() === 's' && (isSpelledWord(`${head.text}${reading.carried}`.toLowerCase()) || (run.period === 1 && !isSpelledWord(head.text) && !isSpelledWord(head.text.toLowerCase())))) isCascade = true;
  // Lower-case labels (`climate change change change`, `housing and homelessness and
  // homelessness`): three units, or a connector tail, after a content-word head.
  const unitIdiom = legitimate.has(firstUnitToken.lower);
  // A connector tail of content words only (`and homelessness`): `edge and the guide’s page
  // and the guide’s page` repeats a phrase, it is no label.
  const contentConnector = connector && (units[0] ?? []).slice(1).every((token) => !closedClass.has(token.lower));
  // Not copies of one capitalised word after a word in lower case (`drew Network Network
  // Network Mapsss`: the copies belong to the word after them).
  if (!headCapital && (unitLower || run.period > 1) && !unitIdiom && (run.repetitions >= 3 || contentConnector) && head.kind === 'word' && headLower.length > 2) isCascade = true;
  // As many copies of the label's first part before the term, joined by hyphens (`Non-Non-profit
  // sector sector` for `profit`), as the units after it.
  if (hump === 0 && head.kind === 'word' && hyphenCopiesBefore(text, head.start, run.repetitions) !== undefined) {
    evidence.push('copies joined by hyphens before the term');
    isCascade = true;
  }
  if (headCapital && midSentence) evidence.push('capitalised head mid-sentence');
  if (hump > 0) evidence.push(`head glued inside the word \`${head.text}\``);
  // A version number's copies are a cascade only with that proof (not `Score 2.0 2.0 2.0`).
  // So too three copies or more between words of running prose (`deploy Web 2.0 2.0 2.0
  // services`): a table row has no lower-case word on either side (`after`, the word after a
  // run of one token, is the version tail's). Two copies where a word in lower case stands
  // right before the head too (`the first Version 2.0 2.0 of the map`).
  const wordBeforeHead = run.tokens[headIndex - 1];
  const proseBefore = wordBeforeHead?.kind === 'word' && !isCapitalised(wordBeforeHead) && head.separator === Separator.Space;
  const inProse = (run.repetitions >= 3 || (run.repetitions === 2 && proseBefore && hump === 0 && !plainNumber)) && midSentence && after?.kind === 'word' && after.separator === Separator.Space && !isCapitalised(after) && units.every((unit) => unit[0]?.separator === Separator.Space);
  // Another number's glue must leave a word with the head (not `Room 101 101st`).
  const gluedWord = (): boolean => (hump > 0 || reading.carried !== '') && /^\p{Ll}*$/u.test(reading.carried) && isSpelledWord(`${head.text.slice(0, hump)}${headLower}${reading.carried}`.toLowerCase());
  if (versionTail && plainNumber) isCascade = (reading.carried === '' && inProse) || gluedWord();
  else if (versionTail) isCascade = hump > 0 || /^\p{Ll}+$/u.test(reading.carried) || inProse;
  if (numberSignTail) {
    // Three copies between words of running prose (a run of two tokens has no `after`: the
    // word after its last copy), or glue that leaves a word with the head.
    const next = run.tokens[run.last];
    const between = run.repetitions >= 3 && midSentence && next?.kind === 'word' && next.separator === Separator.Space && !isCapitalised(next);
    isCascade = between || gluedWord();
  }
  // Two copies of a year alone read as a slip (`Fiscal Year 2019 2019`).
  if (yearPair) isCascade = false;
  // `Events 2025s 2025` (`Events 2025` for `event`), `Courses 2026/27s 2026/27`: copies of a
  // number that each carry, glued on, the letters the head carries after its term (a label in
  // the plural over a term in the singular), which no slip leaves: two copies are proof.
  if (run.period === 1 && /^\p{N}/u.test(reading.tailLast) && hump === 0 && isCapitalised(head) && /^\p{Ll}+$/u.test(headJoiner) && reading.joiners.length > 0 && reading.joiners.every((joiner) => joiner === headJoiner)) {
    evidence.push(`each copy of the number but the last carries the head's \`${headJoiner}\``);
    isCascade = true;
  }
  const lastToken = longLast ?? units[units.length - 1]?.[run.period - 1];
  const end = lastToken?.end ?? firstUnitToken.end;
  // (A pair of particles alone is never more than possible: `the Reading Room in in the library`.)
  if (particlePair && !smallTail && !wordGroup) isCascade = false;
  const start = head.start + hump;
  // Alone, a pair of years may be a slip (`Fiscal Year 2019 2019`): its reading, one copy of
  // the year, is offered beside the label's.
  const doubtfulYears = possible && !isCascade && yearPair;
  const cascade: Cascade = {
    run,
    head: headToken,
    start,
    end,
    prefix: head.text.slice(0, hump),
    term,
    tail,
    tailText: text.slice(dotUnits ? firstUnitToken.start - 1 : firstUnitToken.start, offsetAfterLetters(text, units[0]?.[run.period - 1]?.start ?? 0, reading.tailLast.length, firstUnitToken.end + 200)).replaceAll('\uE002', ''),
    joiners,
    carried: reading.carried,
    carriedStart: lastToken ? offsetAfterLetters(text, lastToken.start, reading.tailLast.length, lastToken.end) : end,
    units,
    evidence,
    isCascade,
    ...(possible && !isCascade ? { possible: true as const } : {}),
    ...(doubtfulYears ? { doubt: 'two copies of a year also read as one doubled by a slip, so no fix unless the same two copies stand elsewhere in the text or a glossary, profile or other files name the label', alternative: text.slice(start, firstUnitToken.end) } : {}),
    labelKey: `${normaliseApostrophes(term).toLowerCase()}\u0000${tail.join(' ')}`,
    kind: 'head',
  };
  if (doubtfulYears && !midSentence) openingYearPairs.add(cascade);
  return cascade;
}

/**
 * Readings of two copies of a year after a capitalised word at a sentence's start (`Summer
 * '24 '24`): a cascade where the same two copies stand twice in the text, no finding alone.
 */
const openingYearPairs = new WeakSet<Cascade>();

/** Small words that end phrasal labels (see `labelParticles`). */
const particles = new Set(labelParticles);

/** The fewest letters of a glued part, of the term before it and of the tail's last word. */
const gluedPartMin = 3;

/**
 * Recognises a label whose first word is its term with letters glued on (`Shipping news` for
 * `ship`, `Rainfall records` for `rain`), re-applied: every pass puts the glued letters after
 * the tail again, so the copies read `Shipping newsping newsping news` and the word the replace
 * hit ends the last copy (`newsped` for `shipped`). The head and each copy end in the same
 * glued letters, and the word after the copies starts with the tail.
 * @param text the text.
 * @param run the run of the copies (`newsping newsping`).
 * @param head the head token (`Shipping`).
 * @param hump where the head proper starts in the head token.
 * @param units the copies' tokens.
 * @param minimumGlue the fewest glued letters that count.
 * @returns the cascade, or undefined when the run has not that shape.
 */
function readGluedHead(text: string, run: Run, head: Token, hump: number, units: Token[][], minimumGlue: number): Cascade | undefined {
  const copyText = units[0]?.[run.period - 1]?.text ?? '';
  // The glued letters may end in the label's apostrophe (`Renters'` and `rightsers'`): both
  // words then end in it, written alike.
  const apostrophe = trailingApostrophe(copyText);
  if (trailingApostrophe(head.text) !== apostrophe) return undefined;
  const headProper = head.text.slice(hump, head.text.length - apostrophe.length).toLowerCase();
  const copy = copyText.slice(0, copyText.length - apostrophe.length).toLowerCase();
  // The copy may be a number with the glue after it (`Helpline 24/7line 24/7line 24/7` for
  // `help`, `Helpline 24/7`).
  if (!/^\p{L}+$/u.test(headProper) || !/^(?:\p{L}+|\p{N}[\p{N}./]*\p{L}+)$/u.test(copy)) return undefined;
  let shared = commonEnd(headProper, copy);
  // The words may end alike beyond the glue (`Processes & procedureses` share `ses`, the glue is
  // `es`): fewer letters are the glue where they leave a word that the longest cut does not.
  // So too the plural `es` of a term that takes it, which two letters of glue otherwise
  // too few would not prove.
  if (shared > 2 && !isSpelledWord(headProper.slice(0, headProper.length - shared))) {
    for (let fewer = shared - 1; fewer >= 2; fewer--) {
      const term = headProper.slice(0, headProper.length - fewer);
      if ((fewer >= minimumGlue || (fewer === 2 && headProper.endsWith('es') && takesEsPlural(term))) && isSpelledWord(term)) {
        shared = fewer;
        break;
      }
    }
  }
  const glue = copy.slice(copy.length - shared) + normaliseApostrophes(apostrophe);
  const tailLast = copy.slice(0, copy.length - shared);
  const term = head.text.slice(hump, head.text.length - apostrophe.length - shared);
  // The label's apostrophe counts as glue (`Carers’` and `weekrs’` share `rs’`).
  const pluralGlue = shared === 2 && headProper.endsWith('es') && takesEsPlural(headProper.slice(0, -2));
  // The tail's last word may be a two-letter word in capitals (`Testing & QAing & QA` for
  // `test`): lower-case letters glued onto capitals are no word's own ending.
  const acronymTail = tailLast.length === 2 && /^\p{Lu}+$/u.test(copyText.slice(0, tailLast.length)) && /^\p{Ll}+$/u.test(copyText.slice(tailLast.length, copy.length));
  // So may the last part of a hyphenated word (`Funding round-uping round-up` for `fund`).
  const compoundTail = tailLast.length >= 2 && run.period > 1 && units[0]?.[run.period - 1]?.separator === Separator.Hyphen;
  if ((shared + (apostrophe === '' ? 0 : 1) < minimumGlue && !pluralGlue) || (tailLast.length < gluedPartMin && !acronymTail && !compoundTail) || term.length < 2) return undefined;
  // The copy after the run: the unit's other tokens, joined as in the copies, then a word
  // that starts with the tail.
  const next = run.tokens.slice(run.last, run.last + run.period);
  if (next.length < run.period || next.some((token, position) => token.separator !== (position === 0 ? Separator.Space : units[0]?.[position]?.separator))) return undefined;
  for (let position = 0; position < run.period - 1; position++) {
    if (next[position]?.lower !== units[0]?.[position]?.lower) return undefined;
  }
  const lastToken = next[run.period - 1] as Token;
  if ((lastToken.kind !== 'word' && !(lastToken.kind === 'number' && /^\p{N}/u.test(tailLast))) || !lastToken.lower.startsWith(tailLast)) return undefined;
  const carriedStart = offsetAfterLetters(text, lastToken.start, tailLast.length, lastToken.end);
  const firstUnit = units[0] ?? [];
  const tail = [...firstUnit.slice(0, -1).map((token) => token.lower), tailLast];
  const lastOfFirst = firstUnit[firstUnit.length - 1] as Token;
  const start = head.start + hump;
  const all = [...units, next];
  return {
    run,
    head: hump > 0 ? { ...head, start, text: head.text.slice(hump) } : head,
    start,
    end: lastToken.end,
    prefix: head.text.slice(0, hump),
    term,
    tail,
    tailText: text.slice(firstUnit[0]?.start ?? lastOfFirst.start, offsetAfterLetters(text, lastOfFirst.start, tailLast.length, lastOfFirst.end)),
    joiners: all.map(() => glue),
    carried: text.slice(carriedStart, lastToken.end),
    carriedStart,
    units: all,
    evidence: [`the head and each copy end in the same glued letters \`${glue}\``],
    isCascade: true,
    labelKey: `${normaliseApostrophes(term).toLowerCase()}\u0000${tail.join(' ')}`,
    kind: 'head',
  };
}

/**
 * Two passes of a label glued to its term by two letters (`Visitor information` for `visit`:
 * `Visitor informationor information`): read as `readGluedHead` does, where the dictionary
 * holds the head and the tail's word but not the copy with the glued letters
 * (`informationor`), so two words that merely end alike (`better winter wintry`) are not.
 * @param text the text.
 * @param run the run (one copy and the word after it).
 * @param head the head token.
 * @param hump where the head proper starts.
 * @param units the copies' tokens.
 * @returns the cascade, or undefined.
 */
function readTwoLetterGluedHead(text: string, run: Run, head: Token, hump: number, units: Token[][]): Cascade | undefined {
  const copy = units[0]?.[run.period - 1]?.lower ?? '';
  // Two letters glued, or one (`User researchr research` for `use`) on a copy of eight or more,
  // of six or more in Title Case, or where the dictionary holds the term (see
  // `takesOneLetterGlue`).
  for (const letters of [2, 1]) {
    const glued = readGluedHead(text, { ...run, repetitions: 1, last: run.last - run.period }, head, hump, units.slice(0, 1), letters);
    if (glued && spellsGlue(glued, head, hump, copy) && (letters === 2 || takesOneLetterGlue(units[0]?.[run.period - 1], glued))) return glued;
  }
  return undefined;
}

/**
 * Whether the dictionary bears out a reading of a few glued letters: it holds the head and
 * the tail's last word, but not the copy with the glued letters (`informationor`).
 * @param glued the reading.
 * @param head the head token.
 * @param hump where the head proper starts.
 * @param copy the copy's last word, in lower case.
 * @returns true when it does.
 */
function spellsGlue(glued: Cascade, head: Token, hump: number, copy: string): boolean {
  return isSpelledWord(head.text.slice(hump).toLowerCase()) && isSpelledWord(glued.tail[glued.tail.length - 1] ?? '') && !isSpelledWord(copy);
}

/**
 * Passes of a label glued to its term by one letter (`User research` for `use`: `User
 * researchr researchr research`), read as `readGluedHead` does where the dictionary holds the
 * head and the tail's word but not the copy with the glued letter (`researchr`).
 * @param text the text.
 * @param run the run of the copies.
 * @param head the head token.
 * @param hump where the head proper starts.
 * @param units the copies' tokens.
 * @returns the cascade, or undefined.
 */
function readOneLetterGluedHead(text: string, run: Run, head: Token, hump: number, units: Token[][]): Cascade | undefined {
  const copy = units[0]?.[run.period - 1]?.lower ?? '';
  const glued = readGluedHead(text, run, head, hump, units, 1);
  return glued && spellsGlue(glued, head, hump, copy) && takesOneLetterGlue(units[0]?.[run.period - 1], glued) ? glued : undefined;
}

/**
 * Whether one letter glued to a copy's last word may be read: the word is eight letters or
 * more (`User researchr research`), or six or more where it is capitalised, which a slip of
 * the pen in prose does not leave (`User Guidesr Guides` for `use`); a shorter one where the
 * dictionary holds the term too (`Commuter tipsr tips` for `commute`, `Commuter tips`).
 * @param copy the first copy's last token.
 * @param glued the reading.
 * @returns true when one glued letter may be read.
 */
function takesOneLetterGlue(copy: Token | undefined, glued: Cascade): boolean {
  if (!copy) return false;
  return copy.lower.length >= 8 || (copy.lower.length >= 6 && isCapitalised(copy) && !isShouted(copy)) || isSpelledWord(glued.term.toLowerCase());
}

/**
 * Two passes or more of a label glued to its term whose last copy is the word the replace hit,
 * the head's own word again (`Manager Specialsager Specialsager` for `manager`, `Manager
 * Specials` for `man`): read as the copies before it and that word, after a capitalised head
 * or one glued inside a word, where the tail is a word (not `getting Rising Rising`).
 * @param text the text.
 * @param run the run of the copies.
 * @param head the head token.
 * @param hump where the head proper starts in the head token.
 * @param units the copies' tokens.
 * @returns the cascade, or undefined.
 */
function readHeadWordAgain(text: string, run: Run, head: Token, hump: number, units: Token[][]): Cascade | undefined {
  if (run.long || !(isCapitalised(head) || hump > 0)) return undefined;
  const glued = readGluedHead(text, { ...run, repetitions: run.repetitions - 1, last: run.last - run.period }, head, hump, units.slice(0, -1), gluedPartMin);
  return glued && isSpelledWord(glued.tail[glued.tail.length - 1] ?? '') ? glued : undefined;
}

/**
 * The apostrophe a word ends in (`'`, `’` or another apostrophe form), or its possessive
 * (`'s`), or ''.
 * @param word the word.
 * @returns the apostrophe or the possessive, or ''.
 */
function trailingApostrophe(word: string): string {
  if (word !== '' && isApostropheCode(word.charCodeAt(word.length - 1))) return word.charAt(word.length - 1);
  // A possessive `'s` too (`Campaigner's` and `toolkiter's`).
  return possessiveEnding(word);
}

/**
 * Offset after the first `count` characters of a token, not counting join fillers (an
 * entity's tail), so a suffix can be cut from the raw text.
 * @param text the text.
 * @param start the token start.
 * @param count characters to pass.
 * @param limit offset not to pass.
 * @returns the offset.
 */
export function offsetAfterLetters(text: string, start: number, count: number, limit: number): number {
  let position = start;
  let seen = 0;
  while (position < limit && seen < count) {
    if (text.charCodeAt(position) !== 0xe002) seen++;
    position++;
  }
  while (position < limit && text.charCodeAt(position) === 0xe002) position++;
  return position;
}

/**
 * Recognises a cascade of a label whose term comes last (`Severe weather` for `weather`):
 * copies of the label's first part before the term, `Severe Severe Severe weather`, or glued
 * inside a word, `pasGrassroots Grassroots Grassroots sport` for `passport`. Two copies and
 * no glued one (`Severe Severe weather`) come back with `isCascade` false: a doubled name
 * reads the same (`Sirhan Sirhan stabbed`), and `analyze` decides with the rest of the text.
 * A Title Case label capitalises its term too (`Club Club Club Shop` for `shop`): such a term
 * is read only where no capitalised head before the copies offers a reading of its own
 * (`Home Fixtures Fixtures Screen` is `Home Fixtures` for `home`, before `Screen`).
 * @param text the text.
 * @param run a run of one repeated token.
 * @param capitalTerm whether the term may be capitalised.
 * @returns the cascade, or undefined.
 */
function readPrefixCascade(text: string, run: Run, capitalTerm = false): Cascade | undefined {
  // The original's own words before the copies stay (`frequently asked Frequently asked …`).
  if (run.period > 1) {
    const aligned = alignedToStretchEnd(run);
    return readGroupPrefixCascade(isOriginalGroupBeforeCopies(aligned) ? { ...aligned, first: aligned.first + aligned.period, repetitions: aligned.repetitions - 1 } : aligned, capitalTerm);
  }
  let firstIndex = run.first;
  const lead = run.tokens[run.first];
  const next = run.tokens[run.first + 1];
  // `TranGrassroots Grassroots sportation`: the scanner starts the run at the copy glued
  // inside a word, which the code below reads as the prefix and one more copy.
  if (lead && next && run.last - run.first >= 2) {
    // (One letter before the hump, `pPeer Peer review`, is checked with the word it makes below.)
    // (So too a capital, `ASchool School bus passes passese`, checked the same way.)
    const hump = humpOffset(lead.text) || (lead.text.length === next.text.length + 1 && (isLowerLetter(lead.text.charAt(0)) || isUpperLetter(lead.text.charAt(0))) ? 1 : 0);
    if (hump > 0 && lead.text.slice(hump).toLowerCase() === next.lower) firstIndex = run.first + 1;
  }
  if (isOriginalBeforeCopies(run)) firstIndex = run.first + 1;
  const first = run.tokens[firstIndex];
  const termToken = run.tokens[run.last];
  // `Arts, Arts, Arts, culture` (`Arts, culture` for `culture`): copies and term joined by
  // commas, which neither a doubled name nor emphasis writes, so two copies are proof.
  const joinedBy = termToken?.separator;
  if (!first || !termToken || termToken.kind !== 'word' || (joinedBy !== Separator.Space && joinedBy !== Separator.Comma)) return undefined;
  for (let index = firstIndex + 1; index <= run.last; index++) {
    if (run.tokens[index]?.separator !== joinedBy) return undefined;
  }
  const copies = run.tokens.slice(firstIndex, run.last);
  if (joinedBy === Separator.Comma) {
    if (!isCapitalised(first) || isCapitalised(termToken) || closedClass.has(termToken.lower) || legitimate.has(first.lower) || closedClass.has(first.lower)) return undefined;
    if (!copies.every((token) => token.text === first.text)) return undefined;
    // A copy glued inside the word before (`AgriArts, Arts, culture` for `agriculture`) is one
    // more copy, and the letters before it the word's own.
    const glued = run.tokens[firstIndex - 1];
    const hump = glued !== undefined && text.slice(glued.end, first.start) === ', ' && glued.text.endsWith(first.text) && /^\p{Ll}+$/u.test(glued.text.slice(1, glued.text.length - first.text.length)) ? glued.text.length - first.text.length : 0;
    const count = copies.length + (hump > 0 ? 1 : 0);
    if (count < 2) return undefined;
    const head: Token = hump > 0 ? { ...first, start: (glued as Token).start + hump } : first;
    const prefix = hump > 0 ? (glued as Token).text.slice(0, hump) : '';
    const glue = hump > 0 ? [`head glued inside the word \`${(glued as Token).text}\``] : [];
    const reading = prefixReading(run, head, head.start, prefix, termToken, [first], count, ['copies joined by commas', ...glue], copies.map((token) => [token]));
    reading.isCascade = true;
    return reading;
  }
  // `24/7 24/7 24/7 support line line line` (`24/7 support line` for `support`): copies of a
  // number before a word in lower case are a label's only where as many copies of one word
  // stand after it, which no list of figures writes.
  if (first.kind === 'number' && joinedBy === Separator.Space && copies.length >= 2 && copies.every((token) => token.text === first.text) && /^\p{Ll}+$/u.test(termToken.text) && !closedClass.has(termToken.lower) && tailAfterTerm(run, termToken, copies.length) !== undefined) {
    const reading = prefixReading(run, first, first.start, '', termToken, [first], copies.length, [], copies.map((token) => [token]));
    reading.isCascade = true;
    return reading;
  }
  // `stem stem stem cellsss` (`stem cells` for `cell`): copies in lower case are a label's only
  // where the term carries one plural per copy (read below), which no emphasis leaves.
  const lowerCopies = !isCapitalised(first) && /^\p{Ll}{3,}$/u.test(first.text) && !closedClass.has(first.lower) && !legitimate.has(first.lower) && /^\p{Ll}+$/u.test(termToken.text) && copies.every((token) => token.text === first.text);
  if (lowerCopies) return readLowerPrefixCascade(text, run, firstIndex, first, termToken, copies);
  // (A capitalised term after copies of a function word is no Title Case label's: `The The
  // Office (US) (US)` is `The Office (US)` for `office`.)
  if (!isCapitalised(first) || (isCapitalised(termToken) && (!capitalTerm || closedClass.has(first.lower))) || closedClass.has(termToken.lower)) return undefined;
  // Every copy keeps the label's capital: `Many many many things` is emphasis.
  if (!copies.every((token) => token.lower === first.lower && isCapitalised(token))) return undefined;
  // `bye bye`, `big big` are said so; capitalised copies mid-sentence of an adjective are a
  // label's (`we studied Big Big data`), as emphasis keeps lower case, and so are three
  // capitalised copies at a sentence's start (`Big Big Big data quality`; emphasis writes
  // `Big big`).
  if (legitimate.has(first.lower) && !(isAdjective(first.lower) && (copies.length >= 3 || (firstIndex > 0 && isMidSentence(run.tokens, firstIndex, text))))) return undefined;
  // A copy glued inside the word before (`pasGrassroots`) is one more copy and the prefix.
  const before = run.tokens[firstIndex - 1];
  // The term without a possessive, for the words a glued copy leaves (`preview`, `admission`).
  const termWord = termToken.text.slice(0, termToken.text.length - possessiveEnding(termToken.text).length);
  let start = first.start;
  let prefix = '';
  let count = copies.length;
  // (A window's first token may start inside a word: read it only where a word starts there.)
  if (before && (before.separator !== Separator.Start || classAt(text, before.start - 1) !== CharClass.Letter) && text.slice(before.end, first.start) === ' ') {
    // One letter before the hump only where it belongs to the word the replace hit (see
    // `leadLetterBelongs`).
    const oneLetter = before.text.length === first.text.length + 1 && before.text.slice(1) === first.text && leadLetterBelongs(before.text.charAt(0), termWord, run, termToken, count + 1);
    const hump = humpOffset(before.text) || (oneLetter ? 1 : 0);
    if (hump > 0 && before.text.slice(hump).toLowerCase() === first.lower) {
      start = before.start + hump;
      prefix = before.text.slice(0, hump);
      count++;
    }
  }
  if (count < 2) return undefined;
  // Two passes glued inside a word leave a word no dictionary holds (`ComOur Our mission`,
  // `WikiSocial Social media`); `JavaScript Script` is a word and its copy, not a cascade.
  // (The dictionary must hold it with its capitals: it also takes `reSearch` for `research`.)
  if (prefix !== '' && count === 2 && before !== undefined && isSpelledWord(before.text) && !isSpelledWord(before.text.toLowerCase())) return undefined;
  // Two copies of three letters after two (`adOur Our mission`) must leave a word
  // (`admission`): `myApp App store` leaves none.
  if (prefix.length === 2 && first.text.length === 3 && count === 2 && !isSpelledWord(`${prefix}${termWord}`.toLowerCase())) return undefined;
  const headToken: Token = prefix === '' ? first : { ...first, start, text: first.text };
  const glue = prefix === '' ? [] : [`head glued inside the word \`${prefix}${first.text}\``];
  return prefixReading(run, headToken, start, prefix, termToken, [first], count, glue, copies.map((token) => [token]));
}

/**
 * `readPrefixCascade` for copies in lower case, joined by spaces (`stem stem stem cellsss` for
 * `cell`, `stem cells` its label): a cascade only where the term carries one plural per copy, the copy glued
 * inside the word before counted (`exstem stem cellssent` was `excellent`), and the dictionary
 * holds the word that leaves.
 * @param text the text.
 * @param run the run of the copies.
 * @param firstIndex the index of the first copy standing alone.
 * @param first that copy.
 * @param termToken the term.
 * @param copies the copies standing alone.
 * @returns the cascade, or undefined.
 */
function readLowerPrefixCascade(text: string, run: Run, firstIndex: number, first: Token, termToken: Token, copies: readonly Token[]): Cascade | undefined {
  const before = run.tokens[firstIndex - 1];
  // A copy glued after letters of the word before (`exstem`), the word read in full.
  const glued = before !== undefined && before.kind === 'word' && before.end === first.start - 1 && before.text.length > first.text.length && before.text.endsWith(first.text) && /^\p{L}+$/u.test(before.text) && (before.separator !== Separator.Start || classAt(text, before.start - 1) !== CharClass.Letter);
  const prefix = glued ? before.text.slice(0, before.text.length - first.text.length) : '';
  const count = copies.length + (glued ? 1 : 0);
  if (count < 2) return undefined;
  const term = withoutCopiedPlural(termToken.text, count, /^\p{Ll}+$/u.test(prefix) ? prefix : '');
  if (term === undefined) return undefined;
  const word = `${prefix}${term}`.toLowerCase();
  if (!isSpelledOrPlural(word)) return undefined;
  const start = glued ? before.start + prefix.length : first.start;
  const headToken: Token = glued ? { ...first, start } : first;
  const glue = glued ? [`head glued inside the word \`${before.text}\``] : [];
  return prefixReading(run, headToken, start, prefix, termToken, [first], count, glue, copies.map((token) => [token]));
}

/**
 * Whether the dictionary holds a word in lower case, or its singular: a plural it does not
 * list counts by its singular (`learnings`).
 * @param word a word in lower case.
 * @returns true when it or the word without its last `s` is spelled.
 */
function isSpelledOrPlural(word: string): boolean {
  return isSpelledWord(word) || (word.endsWith('s') && isSpelledWord(word.slice(0, -1)));
}

/**
 * Whether one letter glued before a term-last label's first copy belongs to the word the
 * replace hit. In lower case: where it makes a word with the term (`pPeer Peer review` was
 * `preview`; `iPhone Phone cases` makes no `icases`), a word in CamelCase with a capitalised
 * term (`mGood Good Health` was `mHealth`), or one with the term the passes' glued
 * letters leave (`sStreet Street lightinginginly` was `slightly`, for `Street lighting`), or
 * where the label's words after the term have one copy more than those before it (`/sOpen
 * Open data portal portal-…` for `/sdata-…`). A capital: where the copies carry one plural
 * each and it makes a word with the term they leave, or three plurals or more prove the glued
 * copy alone (`PPony Pony ridess` was `Pride`, for `Pony rides`; `SWeekly Weekly Weekly
 * talksssowski` was `Stalkowski`), or where it makes a word with the term and the letters
 * after the last copy of the label's words after it (`ASchool School bus passes passese` was
 * `Abuse`, for `School bus passes`), or where the copies are an acronym's and it makes a word
 * with the term (`MNHS NHS Apping` was `Mapping`).
 * @param letter the glued letter.
 * @param termWord the term as written, without a possessive.
 * @param run the run of the copies.
 * @param termToken the term.
 * @param copies the copies, the glued one included.
 * @returns true when the letter is read as the word's.
 */
function leadLetterBelongs(letter: string, termWord: string, run: Run, termToken: Token, copies: number): boolean {
  const withoutPlurals = withoutCopiedPlural(termWord, copies);
  const after = tailAfterTerm(run, termToken, copies);
  if (isLowerLetter(letter)) return isSpelledWord(`${letter}${termWord}`.toLowerCase()) || isSpelledWord(`${letter}${withoutPlurals ?? ''}`.toLowerCase()) || after !== undefined || camelCaseAfter(letter, termWord);
  if (!isUpperLetter(letter)) return false;
  // Before an acronym's copies, one that makes a word with the term (`MNHS NHS Apping` was
  // `Mapping`, for `NHS App`): no acronym is a capital and a copy of the acronym after it.
  if (acronymPattern.test(run.tokens[run.last - 1]?.text ?? '') && isSpelledWord(`${letter}${termWord}`.toLowerCase())) return true;
  if (withoutPlurals !== undefined && withoutPlurals.length >= 2 && (copies >= 3 || isSpelledWord(`${letter}${withoutPlurals}`.toLowerCase()))) return true;
  return after !== undefined && isSpelledWord(`${letter}${termWord}${after.carried}`.toLowerCase());
}

/**
 * Whether the first copy of a run of one word's copies is also glued inside the word before
 * it (`iDaily Daily Daily`: `Daily` after `i`).
 * @param run the run.
 * @param afterLower whether the copy must follow a lower-case letter (not `SPersonal Personal`).
 * @returns true for such a glued copy.
 */
function gluedFirstCopy(run: Run, afterLower = false): boolean {
  const first = run.tokens[run.first];
  const next = run.tokens[run.first + 1];
  const before = run.tokens[run.first - 1];
  // The scan may start the run at the glued copy itself (`aHospital Hospital`).
  const endsWith = (word: Token | undefined, copy: Token | undefined): boolean =>
    word !== undefined && copy !== undefined && word.text.length > copy.text.length && word.text.endsWith(copy.text) && isUpperLetter(copy.text.charAt(0)) && (!afterLower || isLowerLetter(word.text.charAt(word.text.length - copy.text.length - 1)));
  return endsWith(first, next) || (endsWith(before, first) && before !== undefined && first !== undefined && before.end === first.start - 1);
}

/**
 * Recognises a label of several words whose term comes last (`Support for carers` for
 * `carers`), re-applied: `Support for Support for Support for carers`. Each copy keeps the
 * label's capital, and the term is a lower-case word none of the copies holds. Two copies
 * come back with `isCascade` false, for `analyze` to decide with the rest of the text.
 * A Title Case label capitalises its term too (`Four-Day Four-Day Four-Day Week` for `week`),
 * read as `readPrefixCascade` reads one word's copies.
 * @param run a run of a repeated group of words.
 * @param capitalTerm whether the term may be capitalised.
 * @returns the cascade, or undefined.
 */
function readGroupPrefixCascade(run: Run, capitalTerm = false): Cascade | undefined {
  const group = run.tokens.slice(run.first, run.first + run.period);
  const first = group[0];
  const termToken = run.tokens[run.last];
  // `Back-to-Back-to-school tips tips` (`Back-to-school tips` for `school`): copies joined by
  // hyphens, to each other and to the term.
  const joiner = termToken?.separator;
  if (!first || !termToken || termToken.kind !== 'word' || (joiner !== Separator.Space && joiner !== Separator.Hyphen)) return undefined;
  // `The A-The A-The A-Team` (`The A-Team` for `team`): words with a space between, joined to
  // the term by a hyphen, are a label's, not a compound; its term may keep the label's capital.
  const spacedHyphenLabel = joiner === Separator.Hyphen && group.slice(1).some((token) => token.separator === Separator.Space);
  // (Not a place's name before a capitalised word: `the New York New York Hotel`.)
  const titleCaseLabel = capitalTerm && !closedClass.has(first.lower) && group.every((token) => isCapitalised(token) || closedClass.has(token.lower)) && !(isCapitalised(termToken) && isPlacePhrase(textOfTokens(group)));
  if (!isCapitalised(first) || (isCapitalised(termToken) && !spacedHyphenLabel && !titleCaseLabel) || closedClass.has(termToken.lower) || legitimate.has(first.lower)) return undefined;
  if (group.some((token) => token.lower === termToken.lower)) return undefined;
  const units: Token[][] = [];
  for (let copy = 0; copy < run.repetitions; copy++) {
    const unit = run.tokens.slice(run.first + copy * run.period, run.first + (copy + 1) * run.period);
    if (!isCapitalised(unit[0] as Token) || unit.some((token, index) => token.lower !== group[index]?.lower)) return undefined;
    units.push(unit);
  }
  // Copies are joined to each other and to the term alike; inside a copy, as in the first
  // (`How-to How-to guidess`, `How-to guides` for `guide`), where a copy joined otherwise is
  // all words (not `platForm W-2 W-2`, a label's tail glued inside a word).
  if (group.some((token, index) => index > 0 && token.separator !== joiner) && group.some((token) => token.kind !== 'word')) return undefined;
  for (let index = run.first + 1; index <= run.last; index++) {
    const offset = (index - run.first) % run.period;
    const expected = offset === 0 ? joiner : group[offset]?.separator;
    const separator = run.tokens[index]?.separator;
    if (separator !== expected || (separator !== Separator.Space && separator !== Separator.Hyphen)) return undefined;
  }
  // Hyphenated copies are one compound only with copies after the term too (not `Pick-Me-Pick-Me-up`).
  if (joiner === Separator.Hyphen && !spacedHyphenLabel && tailAfterTerm(run, termToken, units.length) === undefined) return undefined;
  // `prWhat’s on: What’s on: eventsss` for `prevent`: one more copy glued inside the word before.
  const before = run.tokens.slice(run.first - run.period, run.first);
  const lead = before[0];
  // One letter before the copy only where it makes a word with the term (`bClick and collect
  // Click and collect order` was `border`, `HSmart Home Smart Home Appy` was `Happy`).
  const oneLetter = lead !== undefined && isOneLetterLead(lead, first) && letterMakesWord(lead, termToken);
  const hump = lead ? humpOffset(lead.text) || (oneLetter ? 1 : 0) : 0;
  // (The copy's words joined as the first copy's are: `workPop-up Pop-up Pop-up shop`.)
  const glued =
    lead !== undefined &&
    hump > 0 &&
    before.length === run.period &&
    lead.text.slice(hump).toLowerCase() === first.lower &&
    before.every((token, index) => index === 0 || (token.lower === group[index]?.lower && token.separator === group[index]?.separator)) &&
    run.tokens[run.first]?.separator === Separator.Space;
  if (!glued || !lead) {
    const reading = prefixReading(run, first, first.start, '', termToken, group, units.length, [], units);
    // Two such copies already show the replace: no compound repeats words with a space between.
    if (spacedHyphenLabel && !reading.isCascade) {
      reading.isCascade = true;
      reading.evidence.push('copies of words with a space between, joined by hyphens');
    }
    return reading;
  }
  const start = lead.start + hump;
  return prefixReading(run, { ...first, start, text: first.text }, start, lead.text.slice(0, hump), termToken, group, units.length + 1, [`head glued inside the word \`${lead.text}\``], [before, ...units]);
}

/**
 * The run of a term-last label of several words whose first copy is glued inside a word
 * (`prWhat’s on: What’s on: eventsss`): the scanner starts the run after the glued word, so
 * its group reads turned (`on: What’s`). Returns the run turned back to start at the copies'
 * first word, or undefined when the run has not that shape.
 * @param run a run of a repeated group.
 * @returns the run aligned on the copies.
 */
function gluedGroupRun(run: Run): Run | undefined {
  if (run.period < 2 || run.long) return undefined;
  const lead = run.tokens[run.first - 1];
  const lastOfGroup = run.tokens[run.first + run.period - 1];
  if (!lead || !lastOfGroup) return undefined;
  // One letter glued before the copy as in `humpLedRun` (`HMobile Banking Mobile Banking …
  // Appy`), checked with the term once the copies are counted.
  const humped = humpOffset(lead.text);
  const oneLetter = humped === 0 && isOneLetterLead(lead, lastOfGroup);
  const hump = humped || (oneLetter ? 1 : 0);
  if (hump === 0 || lead.text.slice(hump).toLowerCase() !== lastOfGroup.lower || !isCapitalised(lastOfGroup)) return undefined;
  const first = run.first + run.period - 1;
  const group = run.tokens.slice(first, first + run.period);
  let repetitions = 0;
  while (run.tokens.slice(first + repetitions * run.period, first + (repetitions + 1) * run.period).every((token, index, copy) => copy.length === run.period && token.lower === group[index]?.lower)) repetitions++;
  if (repetitions < 1) return undefined;
  const term = run.tokens[first + repetitions * run.period];
  if (oneLetter && !letterMakesWord(lead, term)) return undefined;
  return { ...run, first, last: first + repetitions * run.period, repetitions };
}

/**
 * The run of a term-last label of several words whose first copy is glued inside a word, where
 * the scanner started the run at that word (`upSave the Save the date`): returns the run from
 * the second copy, so the glued one reads as the copy before it (see `readGroupPrefixCascade`).
 * @param run a run of a repeated group.
 * @returns the run from its second copy, or undefined when it has not that shape.
 */
function humpLedRun(run: Run): Run | undefined {
  if (run.period < 2 || run.long || run.repetitions < 2) return undefined;
  const lead = run.tokens[run.first];
  const second = run.tokens[run.first + run.period];
  const term = run.tokens[run.last];
  if (!lead || !second) return undefined;
  // One letter before the copy where it makes a word with the term (`hMobile Banking Mobile
  // Banking Appening` is `happening`; see `readGroupPrefixCascade`).
  const oneLetter = isOneLetterLead(lead, second) && letterMakesWord(lead, term);
  const hump = humpOffset(lead.text) || (oneLetter ? 1 : 0);
  if (hump === 0 || lead.text.slice(hump).toLowerCase() !== second.lower || !isCapitalised(second)) return undefined;
  return { ...run, first: run.first + run.period, repetitions: run.repetitions - 1 };
}

/**
 * Whether a token is one letter glued before a capitalised copy of another (`hMobile`,
 * `HMobile` before `Mobile`); the copy's letters are compared by the caller.
 * @param lead the token.
 * @param copy the copy.
 * @returns true for that shape.
 */
function isOneLetterLead(lead: Token, copy: Token): boolean {
  return lead.text.length === copy.text.length + 1 && /^\p{L}\p{Lu}\p{Ll}/u.test(lead.text);
}

/**
 * Whether a lead's first letter makes a word with the term (`h` and `Appy` make `happy`; `p`
 * and `Articipants’` make `participants’`), or, before a capitalised term, a word written in
 * CamelCase (`m` and `Health` make `mHealth`, as `eLearning` and `iPlayer` are) or a name (`M`
 * and `Artha` make `Martha`).
 * @param lead the token whose first letter is glued before a copy of a group.
 * @param term the term, if any.
 * @returns true when the dictionary holds the word, or for those shapes.
 */
function letterMakesWord(lead: Token, term: Token | undefined): boolean {
  if (term === undefined) return false;
  const letter = lead.text.charAt(0);
  const word = term.text.slice(0, term.text.length - possessiveEnding(term.text).length);
  // (A capital before a capitalised term makes a name, `M` and `Artha` make `Martha`: the
  // glued copy of a group in Title Case has two capitals before its first lower-case letter.)
  return isSpelledWord(`${letter}${word}`.toLowerCase()) || camelCaseAfter(letter, word) || (isUpperLetter(letter) && /^\p{Lu}\p{Ll}+$/u.test(word));
}

/**
 * Whether a letter in lower case and a word make a word written in CamelCase (`mHealth`).
 * @param letter the glued letter.
 * @param word the word after it, without a possessive.
 * @returns true for a lower-case letter before a capitalised word of three letters or more.
 */
function camelCaseAfter(letter: string, word: string): boolean {
  return isLowerLetter(letter) && /^\p{Lu}\p{Ll}{2,}$/u.test(word);
}

/**
 * Whether two or more copies are written alike with every word capitalised and not in capitals
 * (`Authority News Authority News`), the last copy's last word maybe glued to letters after it
 * (`Authority Newsunities`).
 * @param units the copies.
 * @returns true for that shape.
 */
function titleCaseCopiesAlike(units: readonly (readonly Token[])[]): boolean {
  const first = units[0];
  if (!first || units.length < 2) return false;
  return units.every((unit, copy) =>
    unit.length === first.length &&
    unit.every((token, index) => {
      const model = first[index] as Token;
      if (token.kind !== 'word' || !isCapitalised(token) || isShouted(token)) return false;
      return copy === units.length - 1 && index === unit.length - 1 ? token.text.startsWith(model.text) : token.text === model.text;
    }),
  );
}

/**
 * The words of a group as written, joined as the text joins them where a hyphen does
 * (`Four-Day`), a sign is glued on (`£20`) or a title's full stop stands (`St. Mary’s`), by a
 * space otherwise.
 * @param tokens the tokens.
 * @returns their text.
 */
function writtenText(tokens: readonly Token[]): string {
  return tokens
    .map((token, index) => {
      const previous = tokens[index - 1];
      if (previous === undefined) return token.text;
      if (token.separator === Separator.Hyphen) return `-${token.text}`;
      if (token.start === previous.end) return token.text;
      return token.start === previous.end + 2 && isDottedTitle(previous.lower) ? `. ${token.text}` : ` ${token.text}`;
    })
    .join('');
}

/**
 * The words of a group as written, spaces between them.
 * @param tokens the tokens, separated by single spaces.
 * @returns their text.
 */
function textOfTokens(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ');
}

/**
 * The cascade reading of copies of a label's first part before its term.
 * @param run the run.
 * @param head the first copy's first token (with the glued prefix's start, if any).
 * @param start where the cascade starts.
 * @param prefix letters of the word the first copy is glued to, or ''.
 * @param termToken the term.
 * @param copy the tokens of one copy.
 * @param count how many copies.
 * @param glue the evidence of a first copy glued inside a word, when it is.
 * @param units the copies' tokens.
 * @returns the reading; a cascade with three copies or more, or a glued one. Its evidence
 *   starts with the copies before the term, counted as read.
 */
function prefixReading(
  run: Run,
  head: Token,
  start: number,
  prefix: string,
  termToken: Token,
  copy: readonly Token[],
  count: number,
  glue: readonly string[],
  units: Token[][],
): Cascade {
  const notes: string[] = [];
  // `Useful Useful linksss` (`Useful links` for `link`): a label whose last word adds `s` to
  // the term adds one `s` per copy, so the `s` beyond the copies were the original's.
  // So too before a possessive, which stays (`Regional Regional Officess’s` for `office’s`).
  const owner = possessiveEnding(termToken.text);
  const plain = withoutCopiedPlural(termToken.text, count, /^\p{Ll}+$/u.test(prefix) ? prefix : '');
  const owned = plain === undefined && owner !== '' ? withoutCopiedPlural(termToken.text.slice(0, -owner.length), count) : undefined;
  const term = plain ?? owned;
  if (term !== undefined) notes.push(`one plural on the term per copy`);
  let after = term === undefined ? tailAfterTerm(run, termToken, count) : undefined;
  if (term === undefined && after === undefined && prefix === '' && count >= 3 && units.length === count) {
    // `Open Open Open data portal portal` (`Open data portal` for `data`, run twice over `Open
    // Data`): one copy more before the term than after it is the original's own word, which
    // stays.
    const fewer = tailAfterTerm(run, termToken, count - 1);
    const second = units[1]?.[0];
    if (fewer && second && !copiedOnceMore(run, fewer)) {
      after = fewer;
      notes.push(`one copy more of \`${head.text}\` before the term than after it: the text's own`);
      head = second;
      start = second.start;
      count -= 1;
      units = units.slice(1);
    }
  }
  if (after) notes.push(`${count} copies of \`${after.text}\` after the term too`);
  const evidence = [`${count} copies of \`${writtenText(copy)}\` before the term \`${termToken.text}\``, ...glue, ...notes];
  // A possessive on the term is carried as the file writes it (`guide‘s`), not part of the term.
  const possessive = owned !== undefined || (term === undefined && after === undefined) ? owner : '';
  return {
    run,
    head,
    start,
    end: after?.end ?? termToken.end,
    prefix,
    term: term ?? termToken.text.slice(0, termToken.text.length - possessive.length),
    tail: copy.map((token) => token.lower),
    tailText: textOfTokens(copy),
    // One joiner per copy, the glued one included, so `pasGrassroots Grassroots sports` and
    // `Grassroots Grassroots sports` (two passes each) have one form.
    joiners: ['<', ...Array.from({ length: count }, () => '')],
    carried: after ? after.carried : possessive,
    carriedStart: after?.carriedStart ?? termToken.end - possessive.length,
    units,
    evidence,
    isCascade: prefix !== '' || count >= 3 || term !== undefined || after !== undefined,
    labelKey: `${normaliseApostrophes(termToken.core)}\u0000<${copy.map((token) => token.lower).join(' ')}${after ? `>${after.text.toLowerCase()}` : ''}`,
    kind: 'prefix',
  };
}

/**
 * The possessive ending of a word: an apostrophe and `s` (`guide’s`), or an apostrophe after
 * `s` (`guides’`).
 * @param word the word as the analysis read it.
 * @returns the ending, or ''.
 */
function possessiveEnding(word: string): string {
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('S')) && isApostropheCode(word.charCodeAt(word.length - 2))) return word.slice(-2);
  if (word.length > 3 && isApostropheCode(word.charCodeAt(word.length - 1)) && /s$/iu.test(word.slice(0, -1))) return word.slice(-1);
  return '';
}

/**
 * The copies of a label's last part after its term, for a label whose term stands in the
 * middle (`Public health advice` for `health`): two passes leave `Public Public health advice
 * advice`, as many copies after the term as before it. The last copy may be glued to the rest
 * of the word the replace hit (`Council Council tax bands bandspaying` for `taxpaying`).
 * @param run the run of the copies before the term.
 * @param termToken the term.
 * @param count copies before the term.
 * @returns the copies' text, where they end, and what the last one carried; or undefined.
 */
function tailAfterTerm(run: Run, termToken: Token, count: number): { text: string; end: number; carried: string; carriedStart: number } | undefined {
  const index = run.tokens.indexOf(termToken);
  if (index < 0 || count < 2) return undefined;
  for (let period = 1; period <= 3; period++) {
    const group = run.tokens.slice(index + 1, index + 1 + period);
    // The copies stand after a space, or after a hyphen where the label joins its last part to
    // the term so (`Health Health check-ups-ups` for `check`, `Health check-ups` its label).
    const joiner = group[0]?.separator;
    if (group.length < period || (joiner !== Separator.Space && joiner !== Separator.Hyphen) || group.some((token) => token.kind !== 'word' || closedClass.has(token.lower))) continue;
    if (group.slice(1).some((token) => token.separator !== Separator.Space)) continue;
    let copies = 1;
    let last = group[period - 1] as Token;
    let carried = '';
    let carriedStart = last.end;
    for (; copies < count; copies++) {
      const next = run.tokens.slice(index + 1 + copies * period, index + 1 + (copies + 1) * period);
      if (next.length < period || next.some((token, position) => token.separator !== (position === 0 ? joiner : Separator.Space))) break;
      if (next.slice(0, -1).some((token, position) => token.lower !== group[position]?.lower)) break;
      const end = next[period - 1] as Token;
      const word = (group[period - 1] as Token).lower;
      if (end.lower === word) {
        last = end;
        carriedStart = end.end;
        continue;
      }
      // Only the last copy may carry letters: the rest of the word the replace hit.
      if (copies !== count - 1 || !end.lower.startsWith(word) || !/^\p{L}+$/u.test(end.lower.slice(word.length))) break;
      last = end;
      carried = end.text.slice(word.length);
      carriedStart = end.start + word.length;
    }
    if (copies === count) return { text: textOfTokens(group), end: last.end, carried, carriedStart };
  }
  return undefined;
}

/**
 * Whether the copies after a term go on with one more copy that `tailAfterTerm` did not take,
 * carrying what followed the term (`tips tips’s` after `engine`): the word after them, one
 * space on, starts with their last word.
 * @param run the run.
 * @param tail the copies after the term, as `tailAfterTerm` read them.
 * @returns true when one more copy follows.
 */
function copiedOnceMore(run: Run, tail: { text: string; end: number }): boolean {
  const lastWord = (tail.text.split(' ').pop() ?? '').toLowerCase();
  const following = run.tokens.find((token) => token.start >= tail.end);
  return following !== undefined && following.start === tail.end + 1 && following.lower.startsWith(lastWord);
}

/**
 * The term of a term-last label without the plural its passes added: a label whose last word
 * adds `s` or `es` to the term adds one per copy, so `linksss` after two copies is `links`
 * and `heroesesku` is `heroku` (`Local heroes` for `hero`, glued inside `heroku`). Two `s`
 * after a vowel may be the word's own (`class`, `business` after two copies stay as they are).
 * @param word the term as written.
 * @param copies the copies before it.
 * @param lead letters of the word the first copy is glued to, which the dictionary reads
 *   with the term (`de` before `ridessd` makes `derided`).
 * @returns the term without one plural per copy, or undefined when it has not that shape.
 */
function withoutCopiedPlural(word: string, copies: number, lead = ''): string | undefined {
  if (copies < 2 || !/^\p{L}+$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  for (const plural of ['es', 's']) {
    const added = plural.repeat(copies);
    const at = lower.indexOf(added, 3);
    if (at < 0) continue;
    if (plural === 's') {
      let end = at;
      while (lower.charAt(end) === 's') end++;
      // A word of its own ends in `ss` after a vowel (`class`, `access`), not after a consonant,
      // unless the dictionary holds the word without them and not with them (`releasessd` was
      // `released`, for `Press releases`).
      if (end - at === 2 && isVowel(lower.charAt(at - 1)) && !['', lead.toLowerCase()].some((glued) => isSpelledWord(glued + lower.slice(0, at) + lower.slice(end)) && !isSpelledWord(glued + lower))) continue;
    }
    return word.slice(0, at) + word.slice(at + added.length);
  }
  return withoutCopiedUnit(word, lower, copies);
}

/**
 * The term of a term-last label without the letters its passes glued on: a label whose last
 * word is the term with letters glued on (`Adult learning` for `learn`) glues them on once
 * per copy, so `learninginging` after three copies is `learn`, and `learninginginging` was
 * `learning`. The letters come off only where the dictionary holds the word without them (or
 * its singular) and not the word as written.
 * @param word the term as written.
 * @param lower the term in lower case.
 * @param copies the copies before it.
 * @returns the term without one glued unit per copy, or undefined.
 */
function withoutCopiedUnit(word: string, lower: string, copies: number): string | undefined {
  if (lower.length > 40 || isSpelledWord(lower)) return undefined;
  for (let length = 2; length <= 6; length++) {
    for (let at = 3; at + copies * length <= lower.length; at++) {
      const unit = lower.slice(at, at + length);
      let repeats = 1;
      while (repeats < copies && lower.startsWith(unit, at + repeats * length)) repeats++;
      if (repeats < copies) continue;
      const result = word.slice(0, at) + word.slice(at + copies * length);
      const resultLower = result.toLowerCase();
      if (isSpelledOrPlural(resultLower)) return result;
    }
  }
  return undefined;
}

/**
 * Whether a character is one of the Latin vowels `aeiouy`, either case.
 * @param character one character.
 * @returns true for a vowel.
 */
function isVowel(character: string): boolean {
  return 'aeiouyAEIOUY'.includes(character) && character !== '';
}

/**
 * Recognises a label that only adds `s` to its term (`Events` for `event`), re-applied:
 * `Eventsss`, glued inside a word as `prEventssssion`.
 * @param text the text.
 * @param candidate a period-0 candidate from the scanner (one token).
 * @returns the cascade, or undefined.
 */
function readSuffixCascade(text: string, candidate: Candidate): Cascade | undefined {
  const token = tokenize(text, candidate.start, candidate.end)[0];
  if (!token || token.kind !== 'word') return undefined;
  const word = token.text;
  // `sEventsseen` for `seventeen`: a hump after one letter is a name's (`iPhone`) except
  // before the doubled `s` of a label glued inside a word, read below.
  const oneLetterHump = humpOffset(word) === 0 && isLowerLetter(word.charAt(0)) && isUpperLetter(word.charAt(1));
  let hump = humpOffset(word);
  const glued = hump > 0 || oneLetterHump;
  let runStart = -1;
  let runLength = 0;
  let inside = false;
  for (let index = (oneLetterHump ? 1 : hump) + 3; index < word.length; index++) {
    if ((word.charCodeAt(index) | 32) !== 115) continue;
    let end = index;
    while (end < word.length && (word.charCodeAt(end) | 32) === 115) end++;
    const length = end - index;
    const atEnd = end === word.length;
    // Two `s` after a consonant are no English ending (`Electionss`), nor inside a word with
    // a capital (`Eventssually`, `PrEventssion`).
    const consonantBefore = !'aeiouy'.includes(word.charAt(index - 1).toLowerCase());
    if (length >= 3 || (length === 2 && consonantBefore && (atEnd || glued))) {
      runStart = index;
      runLength = length;
      if (oneLetterHump) hump = 1;
      break;
    }
    // `Eventssually` with no hump: a name reads the same (`Ericsson`), so it is a cascade only
    // when the same label is one elsewhere in the text (decided in `analyze`).
    if (length === 2 && consonantBefore && !atEnd && isUpperLetter(word.charAt(0))) {
      runStart = index;
      runLength = length;
      inside = true;
      break;
    }
    index = end;
  }
  if (runStart < 0 || word.length !== token.end - token.start) return undefined;
  // An abbreviation in capitals (`FLPDSS`) is not a label; a label in capitals is, where three
  // `S` or more follow a word of four letters or more (`GUIDESSS` for `guide`, `GUIDES`): its
  // term is read in lower case, for the text around it to give the case.
  // (Letters in capitals after the `S` keep the word in capitals: `GUIDESSSLINES`.)
  const capitals = word === word.toUpperCase();
  const term = capitals && runStart + runLength === word.length ? word.slice(hump, runStart).toLowerCase() : word.slice(hump, runStart);
  if (capitals && !(runLength >= 3 && term.length >= 4 && isSpelledWord(term.toLowerCase()))) return undefined;
  if (!/^\p{L}+$/u.test(term)) return undefined;
  // `accesss`, `businesss`: a word that ends in `s` or `ss` of its own with one more typed,
  // not a label re-applied to `acce` (the dictionary holds the word with its `s`, not the
  // term without them).
  if (ownEndingS(term.toLowerCase(), runLength)) return undefined;
  const start = token.start + hump;
  const headToken: Token = { ...token, start, text: word.slice(hump) };
  const carriedStart = token.start + runStart + runLength;
  return {
    run: { period: 0, tokens: [token], first: 0, last: 1, repetitions: runLength },
    head: headToken,
    start,
    end: token.end,
    prefix: word.slice(0, hump),
    term,
    tail: ['s'],
    tailText: 's',
    joiners: Array.from({ length: runLength }, () => 's'),
    carried: word.slice(runStart + runLength),
    carriedStart,
    units: [],
    evidence: [`${runLength} \`s\` after the head \`${term}\``],
    isCascade: !inside,
    labelKey: `${normaliseApostrophes(term).toLowerCase()}\u0000s`,
    kind: 'suffix',
  };
}

/**
 * Whether the `s` after a term are partly the word's own: the dictionary holds the term with
 * one or two of them (`access`, `business`, `class`) and not the term alone (`acce`).
 * @param term the term in lower case.
 * @param runLength the `s` after it.
 * @returns true for such a word.
 */
function ownEndingS(term: string, runLength: number): boolean {
  if (isSpelledWord(term)) return false;
  return isSpelledWord(`${term}s`) || (runLength >= 3 && isSpelledWord(`${term}ss`));
}

/**
 * Reads a one-word label that is its term's plural in `es` (`Processes` for `process`),
 * re-applied: `Processeseses`, glued inside a word as `synTaxeseses`. Its units are `es`; the
 * stem before them is a word whose plural takes `es`, and the word is none (`theses`).
 * @param text the text.
 * @param candidate a period-0 candidate from the scanner (one token).
 * @returns the cascade, or undefined.
 */
function readEsCascade(text: string, candidate: Candidate): Cascade | undefined {
  const at = esCopiesAt(text, candidate.start, candidate.end);
  if (at === 0) return undefined;
  const word = text.slice(candidate.start, candidate.end);
  const stem = word.slice(humpOffset(word.slice(0, at)), at).toLowerCase();
  if (!takesEsPlural(stem) || !isSpelledWord(stem) || isSpelledWord(withoutPossessive(word).toLowerCase())) return undefined;
  const reading = readGluedCascade(text, candidate, { at, length: 2, fixed: true });
  return reading !== undefined && reading.joiners.length >= 2 ? reading : undefined;
}

/**
 * Reads two copies of a three-letter glued unit at a word's end (`Hostinging`,
 * `Hostinginged`) when the word without them is in compromise's lexicon (`host`, `hosted`):
 * English words end in such a pair too rarely to read one otherwise.
 * @param text the text.
 * @param candidate a period-0 candidate from the scanner (one token).
 * @returns the cascade, or undefined.
 */
function readShortPair(text: string, candidate: Candidate): Cascade | undefined {
  const at = shortPairAt(text, candidate.start, candidate.end);
  if (at === 0) return undefined;
  const word = text.slice(candidate.start, candidate.end);
  if (!isLexiconWord(`${word.slice(0, at)}${word.slice(at + 2 * shortUnit)}`) || isLexiconWord(word)) return undefined;
  const reading = readGluedCascade(text, candidate, { at, length: shortUnit });
  if (!reading || reading.joiners.length !== 2 || reading.prefix !== '') return undefined;
  reading.evidence.push(`without the copies it is the word \`${`${reading.term}${reading.carried}`.toLowerCase()}\``);
  return reading;
}

/**
 * Reads two copies of a three-letter glued unit (`Hostinging`) where the same label stands
 * with three or more elsewhere in the text (`Hostinginging`): the scanner does not look for
 * two copies of so short a unit, which English words have (`murmur`). Searches the text for
 * each such label's term and two units, so it costs nothing where there is none.
 * @param text the text.
 * @param cascades the cascades found so far; readings are added.
 */
function readShortGluedPairs(text: string, cascades: Cascade[]): void {
  // Term and two units in lower case → the term's length.
  const labels = new Map<string, number>();
  for (const cascade of cascades) {
    const unit = cascade.tail[0] ?? '';
    if (cascade.kind !== 'suffix' || unit.length !== shortUnit || cascade.joiners[0] !== unit || cascade.joiners.length < 3 || cascade.term.length < gluedPartMin) continue;
    labels.set(`${cascade.term.toLowerCase()}${unit}${unit}`, cascade.term.length);
  }
  if (labels.size === 0) return;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return;
  for (const [pattern, termLength] of labels) {
    const unit = pattern.slice(termLength, termLength + shortUnit);
    for (let index = lower.indexOf(pattern); index >= 0; index = lower.indexOf(pattern, index + 1)) {
      // Two copies and no third, at the start of a word or after a hump (`gHostinging`).
      const third = index + pattern.length;
      if (lower.startsWith(unit, third)) continue;
      const start = lettersBefore(text, index);
      let end = third;
      while (end < text.length && (classAt(text, end) === CharClass.Letter || isApostropheCode(text.charCodeAt(end)))) end++;
      if (cascades.some((cascade) => cascade.start - cascade.prefix.length < end && start < cascade.end)) continue;
      if (start < index && humpOffset(text.slice(start, end)) !== index - start) continue;
      const reading = readGluedCascade(text, { period: 0, start, end }, { at: index - start + termLength, length: shortUnit });
      if (!reading || reading.joiners.length !== 2) continue;
      reading.evidence.push('the same label stands with more copies elsewhere in the text');
      cascades.push(reading);
    }
  }
}

/**
 * The word a glued `s` reading stands in, without the glued `s` (`Appssroach` → `Approach`).
 * @param reading a reading of `readSuffixCascade`.
 * @returns the word.
 */
function withoutS(reading: Cascade): string {
  return `${reading.prefix}${reading.term}${reading.carried}`;
}

/**
 * Whether a code unit is an apostrophe (`'` or `’`).
 * @param code a UTF-16 code unit.
 * @returns true for an apostrophe.
 */
function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * A word's ending without a possessive and a plural `s`, in lower case, so that `on`, `on's`
 * and `ons` read as one.
 * @param ending the letters after a glued label.
 * @returns the stem.
 */
function wordStem(ending: string): string {
  let stem = normaliseApostrophes(ending).toLowerCase();
  if (stem.endsWith("'s")) stem = stem.slice(0, -2);
  else if (stem.endsWith("'")) stem = stem.slice(0, -1);
  return stem.endsWith('s') ? stem.slice(0, -1) : stem;
}

/**
 * How many characters the joiners of a suffix cascade hold past the dominant form's count
 * (`s` each for `Eventsss`, the unit each for `Toolkitskitskits`).
 * @param joiners the cascade's joiners.
 * @param kept how many the dominant form has.
 * @returns their total length.
 */
export function extraJoinersLength(joiners: readonly string[], kept: number): number {
  return joiners.slice(kept).reduce((total, joiner) => total + joiner.length, 0);
}

/**
 * Recognises a one-word label made of its term and a glued unit (`Toolkits` for `tool`,
 * `Childcare` for `child`), re-applied: `Toolkitskitskitss`, `Childcarecareren`. It reads as
 * a suffix cascade whose units are the glued unit; what follows the last copy is carried.
 * @param text the text.
 * @param candidate a period-0 candidate from the scanner (one token).
 * @returns the cascade, or undefined.
 */
function readGluedCascade(text: string, candidate: Candidate, known?: { at: number; length: number; fixed?: boolean }): Cascade | undefined {
  const token = tokenize(text, candidate.start, candidate.end)[0];
  if (!token || token.kind !== 'word' || token.end - token.start !== token.text.length) return undefined;
  const word = token.text;
  // A possessive the original word had stays carried (`Toolkitskits's` for `tool's`).
  const apostrophe = word.length > 2 ? Math.max(word.lastIndexOf("'"), word.lastIndexOf('\u2019')) : -1;
  const letters = apostrophe > 0 && apostrophe >= word.length - 2 && (apostrophe === word.length - 1 || word.endsWith('s')) ? word.slice(0, apostrophe) : word;
  // Apostrophes may join the label's letters inside the word (`Tests’n’trialss’n’trials`).
  if (letters === letters.toUpperCase() || !/^\p{L}+(?:['’]\p{L}+)*$/u.test(letters)) return undefined;
  // `HealthwatchwatchCare` (`Healthwatch` for `health` in `HealthCare`): the copies may stand
  // before the word's last hump, which the text after them carries; an earlier hump (or the
  // word's start) then starts the head.
  let hump = humpOffset(letters);
  let found: { at: number; length: number } | undefined;
  for (let from = hump; found === undefined; from = humpOffset(letters.slice(0, from))) {
    if (known === undefined) found = findGluedUnit(letters, from);
    else if (from + gluedTermMin <= known.at || from === 0) found = known;
    if (found !== undefined) hump = from;
    if (from === 0) break;
  }
  if (!found) return undefined;
  let at = found.at;
  let copies = 0;
  let position = at;
  const first = word.slice(at, at + found.length).toLowerCase();
  while (position + found.length <= letters.length && word.slice(position, position + found.length).toLowerCase() === first) {
    copies++;
    position += found.length;
  }
  // The copies end where the word can: `Classroomsrooms` is `Class` and two `rooms`, not
  // `Clas`, two `sroom` and `s`. The unit turns while the letter after the copies repeats
  // its first letter.
  while (!known?.fixed && position < letters.length && word.charAt(position).toLowerCase() === word.charAt(at).toLowerCase()) {
    at++;
    position++;
  }
  const unit = word.slice(at, at + found.length).toLowerCase();
  const term = word.slice(hump, at);
  const start = token.start + hump;
  return {
    run: { period: 0, tokens: [token], first: 0, last: 1, repetitions: copies },
    head: { ...token, start, text: word.slice(hump) },
    start,
    end: token.end,
    prefix: word.slice(0, hump),
    term,
    tail: [unit],
    tailText: word.slice(at, at + found.length),
    joiners: Array.from({ length: copies }, () => unit),
    carried: word.slice(position),
    carriedStart: token.start + position,
    units: [],
    evidence: [`a unit of ${found.length} letters glued ${copies} times`],
    isCascade: true,
    labelKey: `${normaliseApostrophes(term).toLowerCase()}\u0000${unit}`,
    kind: 'suffix',
  };
}

/**
 * Reads a label with brackets glued to its term and re-applied (`Funding (grants)ing
 * (grants)amental`, see `bracketCascadeAt`), from a scan candidate that holds one.
 * @param text the text.
 * @param candidate a candidate of one token or more.
 * @returns the cascade (glued units, read as `suffix` ones), or undefined.
 */
function readBracketCascade(text: string, candidate: Candidate): Cascade | undefined {
  // The first closing bracket inside the candidate, searched there only (a text may hold many
  // candidates and no bracket).
  let close = candidate.start;
  while (close < candidate.end && text.charCodeAt(close) !== 41) close++;
  if (close >= candidate.end) return undefined;
  const found = bracketCascadeAt(text, close);
  if (!found || found.start !== candidate.start) return undefined;
  const unitText = text.slice(found.unitStart, found.unitStart + found.unitLength);
  return unitCascade(text, found, found.start, unitText.toLowerCase(), `the unit \`${unitText}\` glued ${found.copies} times`);
}

/**
 * Reads a label in quotes re-applied (`“““Help to Buy” to Buy” to Buy”ed`, see
 * `markedCascadeAt`), from a scan candidate that starts at its opening quotes: the span holds
 * them, the term is the word after them and the unit is copied after it. So too a label
 * ending in `!` or `?` (`Game on! on! on!s` is `games`).
 * @param text the text.
 * @param candidate the candidate.
 * @returns the cascade, or undefined.
 */
function readMarkedCascade(text: string, candidate: Candidate): Cascade | undefined {
  for (let close = candidate.start + 1; close < candidate.end; close++) {
    const found = markedCascadeAt(text, close);
    if (!found) continue;
    if (found.opensAt !== candidate.start) return undefined;
    const unitText = text.slice(found.unitStart, found.unitStart + found.unitLength);
    const evidence = found.opensAt < found.start ? `the quoted unit \`${unitText}\` copied ${found.copies} times, with one opening quote per copy before the term` : `the unit \`${unitText}\` copied ${found.copies} times`;
    return unitCascade(text, found, found.opensAt, normaliseApostrophes(unitText).toLowerCase(), evidence);
  }
  return undefined;
}

/**
 * Reads a label holding a mark glued to its term and re-applied (`Help? Ask us? Ask us? Ask
 * us`, `Reports… and mores… and more`, see `markUnitCascade`), from the two like marks the
 * scan read it from.
 * @param text the text.
 * @param candidate the candidate.
 * @returns the cascade (its unit read as a glued one), or undefined.
 */
function readMarkUnitCascade(text: string, candidate: Candidate): Cascade | undefined {
  if (candidate.marks === undefined) return undefined;
  const [first, second] = candidate.marks;
  const found = markUnitCascade(text, first, second, periodicEnd(text, first, second));
  if (!found || found.start !== candidate.start || found.end !== candidate.end) return undefined;
  const unitText = text.slice(found.unitStart, found.unitStart + found.unitLength);
  return unitCascade(text, found, found.start, normaliseApostrophes(unitText).toLowerCase(), `the unit \`${unitText}\` copied ${found.copies} times`);
}

/**
 * Reads a label whose term comes after words in brackets or quotes, re-applied (`(New) (New)
 * products`, see `markedPrefixAt`), from a scan candidate that starts at the first copy: a
 * term-last cascade whose copies are the marked words, which come out with the term's word.
 * @param text the text.
 * @param candidate the candidate.
 * @returns the cascade, or undefined.
 */
function readMarkedPrefix(text: string, candidate: Candidate): Cascade | undefined {
  const closing = prefixClosings.get(text.charCodeAt(candidate.start));
  if (closing === undefined) return undefined;
  const found = markedPrefixAt(text, text.indexOf(String.fromCharCode(closing), candidate.start + 1));
  if (!found || found.start !== candidate.start || found.end !== candidate.end) return undefined;
  const termToken = tokenize(text, found.termStart, found.end)[0];
  if (!termToken || termToken.kind !== 'word' || termToken.start !== found.termStart) return undefined;
  const unit = text.slice(found.start, found.start + found.unitLength);
  // Two copies are a label's where they open with a capital, as a label does (`(New) (New)`);
  // `(sic) (sic)` is a slip.
  if (found.copies < 3 && !isUpperLetter(unit.charAt(1))) return undefined;
  const units: Token[][] = [];
  for (let copy = 0; copy < found.copies; copy++) {
    const start = found.start + copy * (found.unitLength + 1);
    units.push([{ start, end: start + found.unitLength, text: unit, lower: unit.toLowerCase(), core: unit.toLowerCase(), separator: copy === 0 ? Separator.Start : Separator.Space, kind: 'word' }]);
  }
  const head = units[0]?.[0] as Token;
  const possessive = possessiveEnding(termToken.text);
  const written = termToken.text.slice(0, termToken.text.length - possessive.length);
  // `“Fix it” “Fix it” reportssing` (`“Fix it” reports` for `report`, in `reporting`): a label
  // whose last word adds `s` to the term adds one per copy.
  const term = withoutCopiedPlural(written, found.copies);
  return {
    run: { period: 0, tokens: [...units.map((copy) => copy[0] as Token), termToken], first: 0, last: found.copies, repetitions: found.copies },
    head,
    start: found.start,
    end: termToken.end,
    prefix: '',
    term: term ?? written,
    tail: [unit.toLowerCase()],
    tailText: unit,
    joiners: ['<', ...Array.from({ length: found.copies }, () => '')],
    carried: possessive,
    carriedStart: termToken.end - possessive.length,
    units,
    evidence: [`${found.copies} copies of \`${unit}\` before the term \`${termToken.text}\``, ...(term === undefined ? [] : ['one plural on the term per copy'])],
    isCascade: true,
    labelKey: `${normaliseApostrophes(termToken.core)}\u0000<${unit.toLowerCase()}`,
    kind: 'prefix',
  };
}

/**
 * Chooses between the two readings of copies of words in brackets between two words:
 * `Create (New) (New) products` is `(New) products` run over `products` (`readMarkedPrefix`)
 * or `Create (New)` run over `create` (`readBracketCascade`). A replace hit one word, so the
 * reading whose word stands most often with the text's copies of the unit is the label's: the
 * term-last one where one word follows them more often than any stands before them, else the
 * other (a single reading keeps the head-first one, as before the term-last one was read).
 * @param cascades the cascades read from the scan's one-token candidates; changed in place.
 */
function chooseMarkedReadings(cascades: Cascade[]): void {
  const byStart = (a: Cascade, b: Cascade): number => a.start - b.start;
  const prefixes = cascades.filter((cascade) => cascade.kind === 'prefix' && cascade.run.period === 0).sort(byStart);
  if (prefixes.length === 0) return;
  const unitOf = (cascade: Cascade): string => (cascade.tail[0] ?? '').trim();
  // Unit → word → how many readings have it.
  const heads = new Map<string, Map<string, number>>();
  const terms = new Map<string, Map<string, number>>();
  const note = (map: Map<string, Map<string, number>>, unit: string, word: string): void => {
    const words = map.get(unit) ?? new Map<string, number>();
    words.set(word.toLowerCase(), (words.get(word.toLowerCase()) ?? 0) + 1);
    map.set(unit, words);
  };
  const most = (words: Map<string, number> | undefined): number => {
    let count = 0;
    for (const value of words?.values() ?? []) count = Math.max(count, value);
    return count;
  };
  const brackets = cascades.filter((cascade) => cascade.kind === 'suffix' && /^ [([“"]/u.test(cascade.tail[0] ?? '')).sort(byStart);
  for (const cascade of prefixes) note(terms, unitOf(cascade), cascade.term);
  for (const cascade of brackets) note(heads, unitOf(cascade), cascade.term);
  const dropped = new Set<Cascade>();
  // Both lists in text order (readings of one kind do not overlap each other): one pointer
  // walks the bracket readings.
  let next = 0;
  for (const prefix of prefixes) {
    while (next < brackets.length && (brackets[next] as Cascade).end <= prefix.start) next++;
    const other = brackets[next];
    if (other === undefined || other.start >= prefix.end) continue;
    const unit = unitOf(prefix);
    const termLast = most(terms.get(unit)) > most(heads.get(unit));
    dropped.add(termLast ? other : prefix);
  }
  dropTaken(cascades, dropped);
}

/**
 * The cascade of a unit copied right after the term (a bracketed or a marked label, read as
 * a `suffix` one): the term before the first copy, the letters after the last carried.
 * @param text the text.
 * @param found where the term, the unit and its copies stand.
 * @param start where the span starts (before opening quotes the passes left, if any).
 * @param unit the unit as the label key holds it.
 * @param evidence the evidence to report.
 * @returns the cascade.
 */
function unitCascade(text: string, found: BracketCascade, start: number, unit: string, evidence: string): Cascade {
  // `USAJobs — apply today! — apply today!` (`Jobs — apply today!` for `jobs`): a head glued
  // after letters of the word the replace hit keeps them, as a glued one does.
  const hump = start === found.start ? humpOffset(text.slice(found.start, found.unitStart)) : 0;
  const whole = text.slice(found.start + hump, found.end);
  const token: Token = { start: found.start + hump, end: found.end, text: whole, lower: whole.toLowerCase(), core: whole.toLowerCase(), separator: Separator.Space, kind: 'word' };
  const term = text.slice(found.start + hump, found.unitStart);
  const carriedStart = found.copiesEnd;
  return {
    run: { period: 0, tokens: [token], first: 0, last: 1, repetitions: found.copies },
    head: token,
    start: start + hump,
    end: found.end,
    prefix: text.slice(found.start, found.start + hump),
    term,
    tail: [unit],
    tailText: text.slice(found.unitStart, found.unitStart + found.unitLength),
    joiners: Array.from({ length: found.copies }, () => unit),
    carried: text.slice(carriedStart, found.end),
    carriedStart,
    units: [],
    evidence: [evidence],
    isCascade: true,
    labelKey: `${normaliseApostrophes(term).toLowerCase()}\u0000${unit}`,
    kind: 'suffix',
  };
}

/**
 * Cuts the text's glued cascades alike. One replace ran the same number of passes over every
 * word it hit, but the same letters may be cut two ways: `Railwayswayswaysway` is `Railway` and
 * three `sway`, or `Rail`, three `ways` and `way`; `Railwayswayswaysways` is `Rail` and four
 * `ways`, or `Railway`, three `sway` and `s`. Every cut of every glued cascade votes for its label
 * and number of copies; the label and count with most votes (then the one most cascades read
 * first) is how the cascades that can be cut that way are read.
 * @param text the text.
 * @param cascades the cascades read so far; glued ones are replaced in place.
 */
function alignGluedUnits(text: string, cascades: Cascade[]): void {
  const glued = cascades.filter((cascade) => cascade.kind === 'suffix' && cascade.run.period === 0 && cascade.units.length === 0 && !cascade.tailText.includes('(') && !cascade.tailText.includes(' ') && !/["”’!?]$/u.test(cascade.tailText));
  if (glued.length < 2) return;
  const cuts = glued.map((cascade) => {
    const token = cascade.run.tokens[0] as Token;
    const unitLength = (cascade.tail[0] ?? '').length;
    const first = cascade.start - token.start + cascade.term.length;
    // Label and count → the reading cut that way.
    const options = new Map<string, Cascade>();
    for (let shift = 1 - unitLength; shift < unitLength; shift++) {
      if (shift === 0 || cascade.term.length + shift < 2) continue;
      const reading = readGluedCascade(text, { period: 0, start: token.start, end: token.end }, { at: first + shift, length: unitLength, fixed: true });
      if (reading && reading.joiners.length >= 2) options.set(`${reading.labelKey}\u0000${reading.joiners.length}`, reading);
    }
    return { cascade, own: `${cascade.labelKey}\u0000${cascade.joiners.length}`, options };
  });
  const votes = new Map<string, number>();
  const firstReadings = new Map<string, number>();
  for (const cut of cuts) {
    votes.set(cut.own, (votes.get(cut.own) ?? 0) + 1);
    firstReadings.set(cut.own, (firstReadings.get(cut.own) ?? 0) + 1);
    for (const key of cut.options.keys()) votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  let best = '';
  for (const [key, count] of votes) {
    const bestCount = votes.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && (firstReadings.get(key) ?? 0) > (firstReadings.get(best) ?? 0))) best = key;
  }
  for (const cut of cuts) {
    const reading = cut.options.get(best);
    if (cut.own === best || reading === undefined) continue;
    cascades[cascades.indexOf(cut.cascade)] = { ...reading, evidence: [...reading.evidence, 'cut as the text’s other glued copies are'] };
  }
}

/** The articles: copies of one before a verb in the past tense name a band (`The The played`). */
const articles = new Set(articleList);

/** Words that end the first part of a label whose term comes last (`Support for`, `Rights of`). */
const leadingWords = new Set(['for', 'of', 'against', 'to', 'with', 'on', 'in', 'at', 'by', 'from', 'about', 'into', 'and', '&', 'the', 'a', 'an', 'our', 'your', 'their', 'my']);

/**
 * Reads copies of a capitalised word again as the tail of the word before them where the
 * text shows them so: a label whose term comes last stands before one term (`Severe Severe
 * weather`, `Severe Severe weathering`), a label whose tail is a name stands after one head
 * before any word (`Police Scotland Scotland centers`, `Police Scotland Scotland data`, for
 * `police`). The same capitalised head before the same copies, with terms of two stems or
 * with the label read with its term first elsewhere in the text, makes each such reading its
 * head reading; so does, for one reading, a head only a Title Case label capitalised (see
 * `headReadingWins`: `developing Digital Skills Skills tools`).
 * @param text the text.
 * @param cascades the cascades found so far, changed in place.
 * @param readings the term-last readings chosen over a head reading, with that reading.
 */
function restoreHeadReadings(text: string, cascades: Cascade[], readings: ReadonlyArray<{ prefix: Cascade; head: Cascade }>): void {
  const groups = new Map<string, Array<{ prefix: Cascade; head: Cascade }>>();
  for (const reading of readings) {
    const key = `${reading.head.head.lower}\u0000${reading.prefix.tail.join(' ')}`;
    const group = groups.get(key);
    if (group) group.push(reading);
    else groups.set(key, [reading]);
  }
  // Labels read with their term first elsewhere in the text (`Product Updates Updates
  // Updatess` for `products`).
  const headLabels = new Set(cascades.filter((cascade) => cascade.kind === 'head').map((cascade) => cascade.labelKey));
  const replaced = new Map<Cascade, Cascade>();
  // A head that only a Title Case label capitalised (see `labelCapitalsHead`).
  for (const { prefix, head } of readings) {
    if (!labelCapitalsHead(text, head.run, head) || !headReadingWins(text, head.run, prefix, head)) continue;
    confirmCascade(head, `\`${head.head.text}\` is capitalised after a word in lower case, as a Title Case label writes it`);
    replaced.set(prefix, head);
  }
  for (const group of groups.values()) {
    if (group.every(({ prefix }) => replaced.has(prefix))) continue;
    const terms = group.map(({ prefix }) => normaliseApostrophes(prefix.term).toLowerCase());
    const first = terms[0] ?? '';
    const label = group[0]?.head;
    if (label === undefined) continue;
    let evidence: string;
    if (headLabels.has(label.labelKey)) evidence = `the label \`${label.head.text} ${label.tailText}\` cascades with its term first elsewhere in the text`;
    // (Not words that start alike, which one label hit at their start: `Mobile NHS NHS Apps`,
    // `Mobile NHS NHS Applications`, `NHS App` for `app`.)
    else if (group.length < 2 || terms.every((term) => sharesStem(term, first)) || commonStart(terms) >= gluedTermMin) continue;
    else evidence = `the copies follow \`${label.head.text}\` before ${new Set(terms).size} different words in the text`;
    for (const { prefix, head } of group) {
      confirmCascade(head, evidence);
      replaced.set(prefix, head);
    }
  }
  if (replaced.size === 0) return;
  for (let index = 0; index < cascades.length; index++) cascades[index] = replaced.get(cascades[index] as Cascade) ?? (cascades[index] as Cascade);
}

/**
 * Decides the two-copy readings of labels whose term comes last (`Severe Severe weather`):
 * each is a cascade when the same label cascades elsewhere in the text with more copies or
 * glued inside a word, when the same two copies stand before the same term twice or more, or
 * when the copy is an adjective (labels whose term comes last are an adjective and a noun,
 * `Severe weather`; a doubled name is not an adjective, `Sirhan Sirhan stabbed`), or when a
 * copy of several words ends with a preposition mid-sentence (`help Support for Support for
 * carers`).
 * @param text the text.
 * @param cascades the cascades found so far; promoted readings are added.
 * @param runs the runs that are not cascades; promoted readings' runs are taken out.
 * @param readings the two-copy readings with their runs.
 */
function promotePrefixes(text: string, cascades: Cascade[], runs: Run[], readings: ReadonlyArray<{ run: Run; reading: Cascade; inName?: Cascade }>): void {
  // The terms of the proven term-last cascades, by copy (each term once).
  const proven = new Map<string, Set<string>>();
  for (const cascade of cascades) {
    if (cascade.kind !== 'prefix') continue;
    const terms = proven.get(cascade.tail[0] ?? '') ?? new Set<string>();
    terms.add(normaliseApostrophes(cascade.term).toLowerCase());
    proven.set(cascade.tail[0] ?? '', terms);
  }
  const promoted = new Set<Run>();
  const seen = new Map<string, number>();
  // (Copies between a capitalised head and term read as the head's label as well, wherever
  // they stand: they count for neither of the next two reasons.)
  const plain = readings.filter((entry) => entry.inName === undefined);
  for (const { reading } of plain) seen.set(reading.labelKey, (seen.get(reading.labelKey) ?? 0) + 1);
  const beforeWords = copiesBeforeWords(text, plain);
  for (const { run, reading, inName } of readings) {
    const copy = reading.tail[0] ?? '';
    const term = normaliseApostrophes(reading.term).toLowerCase();
    // `the NHS NHS Approach`, `the NHS NHS Application` (`NHS App` for `app`): no name doubles
    // an acronym or a CamelCase name, so only the text decides whether one label hit the words
    // after such copies, inside a name too.
    const shaped = acronymCopies(reading) || camelCopies(reading);
    let reason: string | undefined;
    // `TranGrassroots Grassroots sportation` proves `Grassroots Grassroots sports`.
    if ([...(proven.get(copy) ?? [])].some((other) => sharesStem(other, term))) reason = 'the same label cascades elsewhere in the text';
    // A doubled name is no common word (`Bora Bora resorts`, `Pago Pago harbor`, twice each),
    // or one that a known name doubles (`Sing Sing prison`).
    else if (!shaped && (!isCommonWord(withoutOwner(copy)) || (reading.units.length === 2 && nameDoubles.has(copy)))) continue;
    else if (!shaped && inName !== undefined) reason = copiesInNameReason(text, reading, inName);
    else if ((seen.get(reading.labelKey) ?? 0) >= 2) reason = 'the same copies stand before the same term elsewhere in the text';
    else if (beforeWords.has(copy)) reason = `the same copies stand before ${beforeWords.get(copy)?.size ?? 0} different words in the text, which one label hit at their start`;
    else if (shaped) {
      const start = [...(proven.get(copy) ?? [])].find((other) => other.length >= gluedTermMin && term.startsWith(other));
      if (start !== undefined) reason = `the same copies cascade elsewhere in the text before \`${start}\`, which starts this word`;
    } else if (isAdjective(copy)) reason = `\`${reading.head.text}\` is an adjective, not a doubled name`;
    else if (reading.tail.length > 1 && reading.units.every((unit) => unit.slice(1).every((token) => token.separator === Separator.Hyphen && token.kind === 'word'))) {
      // `a Four-Day Four-Day Week`: prose doubles no capitalised compound of words joined by
      // hyphens.
      reason = `two copies of the compound \`${writtenText(reading.units[0] ?? [])}\`, which prose does not double`;
    } else if (reading.tail.length > 1 && leadingWords.has(reading.tail[reading.tail.length - 1] ?? '') && isMidSentence(run.tokens, run.first, text)) {
      // `help Support for Support for carers`, `the Meet the Meet the team`: a copy that ends
      // with a preposition or an article leads on to the term (not `Use this Use this sample` at
      // a line start, a doubled phrase).
      reason = `each copy ends with \`${reading.tail[reading.tail.length - 1] ?? ''}\`, which leads on to the term`;
    } else if (reading.tail.length > 1 && leadingDeterminers.has(copy) && isMidSentence(run.tokens, run.first, text)) {
      // `a Your local Your local library of guidelines`: a determiner capitalised mid-sentence
      // starts a label, and two passes copied it.
      reason = `each copy starts with \`${reading.head.text}\` capitalised mid-sentence, as a label does`;
    } else if (
      reading.tail.length > 1 &&
      !closedClass.has(copy) &&
      reading.tail.slice(1).some((word) => !closedClass.has(word)) &&
      isMidSentence(run.tokens, run.first, text) &&
      !isFirstName(copy) &&
      !isProperNoun(copy) &&
      reading.units.every((unit) => unit.slice(1).every((token) => token.kind === 'word' && !isCapitalised(token)))
    ) {
      // `the first Click and collect Click and collect order`: a phrase of content words in
      // sentence case, capitalised mid-sentence, is a label's, which two passes copied; a name
      // doubled by a slip is in Title Case (`the Working Group Working Group`), and speech
      // repeats function words (`that I should I should speak`).
      reason = `two copies of \`${writtenText(reading.units[0] ?? [])}\` capitalised mid-sentence, as a label is`;
    } else if (reading.tail.length === 1 && isMidSentence(run.tokens, run.first, text) && !isFirstName(copy) && (!isProperNoun(copy) || (calendarNames.has(copy) && /^\p{Lu}/u.test(reading.term))) && !(articles.has(copy) && isPastTense(term))) {
      // `the FOIA Afternoon Afternoon team`: a common word doubled with its capital mid-sentence
      // is a label's first word copied by two passes; prose doubles none (`Yang Yang` is a name).
      // So too a day's or a month's name before a capitalised term (`the Sunday Sunday Service`,
      // `Sunday Service` for `service`).
      // Copies of an article before a verb in the past tense name a band (`the band The The
      // played`); a label hit inside such a verb has a word of its own (`the Afternoon Afternoon
      // teamed up`).
      reason = `two copies of the common word \`${reading.head.text}\` mid-sentence, which no name doubles`;
    }
    if (reason === undefined) continue;
    reading.evidence.push(reason);
    reading.isCascade = true;
    cascades.push(reading);
    promoted.add(run);
  }
  dropTaken(runs, promoted);
}

/**
 * Reads copies of an acronym after a capitalised head again as a term-last label's where the
 * text shows that label: copies in capitals after a word that is not are read as the tail of a
 * label in capitals (`Older Age UK UK UK groups`, `Age UK` for `age`), but where the same copies
 * cascade elsewhere in the text before a word that starts as the word after them does (three
 * letters or more, the term the replace hit), they are that label's (`a Street Sweeper NHS NHS
 * NHS App` beside `our NHS NHS NHS Approach`, `NHS App` for `app`: `a Street Sweeper app`).
 * @param text the text.
 * @param cascades the cascades read so far; changed in place.
 */
function rereadAcronymTails(text: string, cascades: Cascade[]): void {
  const terms = new Map<string, string[]>();
  for (const cascade of cascades) {
    if (cascade.kind !== 'prefix' || !acronymCopies(cascade)) continue;
    const list = terms.get(cascade.tail[0] ?? '') ?? [];
    list.push(normaliseApostrophes(cascade.term).toLowerCase());
    terms.set(cascade.tail[0] ?? '', list);
  }
  if (terms.size === 0) return;
  for (let index = 0; index < cascades.length; index++) {
    const cascade = cascades[index] as Cascade;
    if (cascade.kind !== 'head' || cascade.prefix !== '' || cascade.run.period !== 1 || cascade.carried !== '' || isShouted(cascade.head) || !cascade.units.every((unit) => isShouted(unit[0]))) continue;
    const next = wordAfter(text, cascade.end);
    const term = terms.get(cascade.tail[0] ?? '')?.find((other) => commonStart([other, next]) >= gluedTermMin);
    if (term === undefined) continue;
    const reading = readPrefixCascade(text, cascade.run, true);
    if (!reading?.isCascade || reading.start < cascade.head.end) continue;
    reading.evidence.push(`the same copies stand before \`${term}\` elsewhere in the text, which starts as this word does`);
    cascades[index] = reading;
  }
}

/**
 * A plural's possessive without its apostrophe (`lecturers’` is `lecturers`), as the word is
 * looked up.
 * @param word a word in lower case.
 * @returns the word without an apostrophe after its last `s`.
 */
function withoutOwner(word: string): string {
  return word.length > 3 && isApostropheCode(word.charCodeAt(word.length - 1)) && word.charCodeAt(word.length - 2) === 115 ? word.slice(0, -1) : word;
}

/**
 * Whether a term-last reading's copies are one token each, the same word, of a shape `test`
 * accepts.
 * @param reading the reading.
 * @param test the test of one copy.
 * @returns true for such copies.
 */
function copiesShaped(reading: Cascade, test: (token: Token) => boolean): boolean {
  return reading.tail.length === 1 && reading.prefix === '' && reading.units.every((unit) => unit.length === 1 && unit[0] !== undefined && test(unit[0]));
}

/**
 * Whether a term-last reading's copies are one acronym each (`NHS NHS Approach`), which no
 * common word nor doubled name is written as.
 * @param reading the reading.
 * @returns true for such copies.
 */
function acronymCopies(reading: Cascade): boolean {
  return copiesShaped(reading, (token) => acronymPattern.test(token.text));
}

/**
 * Whether a term-last reading's copies are one CamelCase name each (`GitHub GitHub
 * integration`): a name written so is no common word, and no doubled name is written so.
 * @param reading the reading.
 * @returns true for such copies.
 */
function camelCopies(reading: Cascade): boolean {
  return copiesShaped(reading, (token) => /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(token.text));
}

/**
 * Whether a term-last reading's copies are a day's or a month's name each, capitalised
 * (`Saturday Saturday market`).
 * @param reading the reading.
 * @returns true for such copies.
 */
function calendarCopies(reading: Cascade): boolean {
  return copiesShaped(reading, (token) => isCapitalised(token) && calendarNames.has(token.lower));
}

/**
 * Why two copies of one capitalised word between a capitalised head and a capitalised term are
 * a term-last label's (`the SF First First Team has` for `team`, `First Team`), not the tail of a
 * label whose term is the head (`SF First`): the copy is an adjective, which opens a label and
 * ends none, or the head stands elsewhere in the text without the copy after it, so the replace
 * did not hit it. A name doubles no common word (`Walla Walla`, `Sing Sing`), and neither reading
 * holds across a function word (`Remote Work Work For`).
 * @param text the text.
 * @param reading the term-last reading.
 * @param head the reading of the same run with its term first.
 * @returns the evidence, or undefined where the copies stay in doubt.
 */
function copiesInNameReason(text: string, reading: Cascade, head: Cascade): string | undefined {
  const copy = reading.tail[0] ?? '';
  const term = normaliseApostrophes(reading.term).toLowerCase();
  if (closedClass.has(term) || !isSpelledWord(term) || !isMidSentence(head.run.tokens, head.run.tokens.indexOf(head.head), text)) return undefined;
  // (`the Health and Human Sunday Sunday Services`, `Sunday Service` for `service`.)
  if (calendarNames.has(copy)) return `two copies of \`${reading.head.text}\`, a day's or a month's name, which no name doubles`;
  if (closedClass.has(copy) || isFirstName(copy) || isProperNoun(copy)) return undefined;
  const modifier = isAdjective(copy) ? 'an adjective' : isOrdinal(copy) ? 'an ordinal' : undefined;
  if (modifier !== undefined) return `\`${reading.head.text}\` is ${modifier}, which opens a label and ends none`;
  if (termStandsFree(text, head.term, copy, 'after', head.head.start)) return `\`${head.head.text}\` stands elsewhere in the text without \`${reading.head.text}\` after it`;
  return undefined;
}

/**
 * Reads a label whose term stands in its middle, run twice (`our Fair Fair Work Agenda Agenda.`
 * for `work`, `Fair Work Agenda`): two copies of its first part before the term and two of its
 * last part after, neither a cascade alone. Prose doubles no words on both sides of a word, so
 * as many capitalised copies before a capitalised head as units after it make the head's
 * reading one cascade, the copies before it included (see `takeSpacedCopies`). The copies
 * before may be a reading of their own already (`NetFair Fair Work`, glued inside a word),
 * which gives way.
 * @param text the text.
 * @param cascades the cascades read so far; changed in place.
 * @param runs the runs that are no cascade; changed in place.
 * @param freeHeads the head readings of those runs, by their head's start.
 * @returns the runs taken.
 */
function readDoubledMiddleTerms(text: string, cascades: Cascade[], runs: Run[], freeHeads: ReadonlyMap<number, Cascade>): Set<Run> {
  const taken = new Set<Run>();
  // The copies that end one space before a token, by its start: free runs, and term-last readings.
  // (`small`: copies of a capitalised small word, `The The partners' network' network` for
  // `partners`, `The partners' network`, whose term may be in lower case.)
  const copiesBefore = new Map<number, { run: Run; count: number; reading?: Cascade; small?: true }>();
  // (Copies written alike, which no other reading took: not `Time Off Offs Time Off Offs`, whose
  // `Off Offs` is the first reading's tail.)
  const read = spanIndex(cascades);
  for (const run of runs) {
    const term = run.tokens[run.last];
    const first = run.tokens[run.first];
    // (The last copy's first word, as the first copy may be glued inside a word.)
    const model = run.tokens[run.last - run.period];
    if (term === undefined || first === undefined || model === undefined || !isCapitalised(model) || term.separator !== Separator.Space) continue;
    const small = closedClass.has(model.lower);
    if (small && (run.period !== 1 || isShouted(model))) continue;
    const copies = run.tokens.slice(run.first, run.last);
    // (The first copy may be glued inside a word, `PaperFair Fair Work Agenda Agenda`.)
    const last = copies.slice(-run.period);
    if (copies.some((token, index) => (index < run.period ? !token.text.endsWith(last[index]?.text ?? '') : token.text !== last[index % run.period]?.text)) || reaches(read, first.start, first.start + 1, true)) continue;
    // Nor copies that read as the tail of a capitalised head before them (`the Mobile First First
    // App Gallery Gallery`: two labels, `Mobile First` and `App Gallery`).
    // A sentence's first word says nothing (`Click Get Get Involved Today Today to help`).
    const own = freeHeads.get(run.tokens[run.first - 1]?.start ?? -1);
    if (own !== undefined && own.run === run && isCapitalised(own.head) && isMidSentence(run.tokens, run.first - 1, text)) continue;
    copiesBefore.set(term.start, small ? { run, count: run.repetitions, small } : { run, count: run.repetitions });
  }
  for (const cascade of cascades) {
    const term = cascade.run.tokens[cascade.run.last];
    if (cascade.kind === 'prefix' && term !== undefined && cascade.end === term.end) copiesBefore.set(term.start, { run: cascade.run, count: cascade.units.length, reading: cascade });
  }
  const free = new Set(runs);
  for (const [start, reading] of freeHeads) {
    const before = copiesBefore.get(start);
    if (reading.prefix !== '' || reading.units.length < 2 || (!isCapitalised(reading.head) && before?.small === undefined) || !free.has(reading.run)) continue;
    if (before === undefined) {
      // Copies the scan proposed no run for (`FClean Clean Air Zone Zone`, the first glued after
      // a capital) are read from the text, where no other reading took them.
      // (Not copies the scan did propose, which the checks above turned down: `Mobile First
      // First Security Centre Centre`.)
      const from = middleCopiesStart(text, reading);
      if (from === undefined) continue;
      if (cascades.some((cascade) => cascade.start < reading.head.start && from < cascade.end) || runs.some((run) => (run.tokens[run.first]?.start ?? -1) >= from && (run.tokens[run.first]?.start ?? -1) < reading.head.start)) continue;
      confirmCascade(reading, `as many copies before the term as of \`${reading.tailText}\` after it`);
      cascades.push(reading);
      taken.add(reading.run);
      continue;
    }
    if (before.count !== reading.units.length || taken.has(before.run)) continue;
    if (before.reading !== undefined) cascades.splice(cascades.indexOf(before.reading), 1);
    confirmCascade(reading, `as many copies before the term as of \`${reading.tailText}\` after it`);
    cascades.push(reading);
    taken.add(reading.run);
    taken.add(before.run);
  }
  dropTaken(runs, taken);
  return taken;
}

/**
 * Whether a token is a plain capitalised word that opens a sentence, whose capital says nothing
 * of a label (`Last`, `Follow`; not `IDaily`, a capital glued after another).
 * @param text the text.
 * @param tokens the tokens the token is one of.
 * @param token the token.
 * @returns true for such a word.
 */
function opensSentence(text: string, tokens: Token[], token: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(token.text) && !isMidSentence(tokens, tokens.indexOf(token), text);
}

/**
 * Keeps, in place, the entries whose run was not taken.
 * @param entries readings with their runs.
 * @param taken the runs taken.
 */
function keepUntaken<Entry extends { run: Run }>(entries: Entry[], taken: ReadonlySet<Run>): void {
  let kept = 0;
  for (const entry of entries) if (!taken.has(entry.run)) entries[kept++] = entry;
  entries.length = kept;
}

/**
 * Reads a label whose term stands in its middle (`Board games café` for `game`): each pass puts
 * a copy of its first part before the term and one of its last part after it, so the copies
 * before read as a term-last label's (`Board Board games`) and as many after as a run of no
 * cascade (`games cafés café`, the label's `s` glued to the term and to each copy but the
 * last). The run's head reading, with its copies of the first part taken in by
 * `takeSpacedCopies`, is then the one cascade.
 * @param cascades the cascades read so far; changed in place.
 * @param runs the runs that are no cascade; changed in place.
 * @param freeHeads the head readings of those runs, by their head's start.
 */
function readMiddleTerms(cascades: Cascade[], runs: Run[], freeHeads: ReadonlyMap<number, Cascade>): void {
  const taken = new Set<Run>();
  for (let index = 0; index < cascades.length; index++) {
    const cascade = cascades[index] as Cascade;
    if (cascade.kind !== 'prefix' || cascade.carried !== '') continue;
    const reading = freeHeads.get(cascade.carriedStart - cascade.term.length);
    if (reading === undefined || reading.units.length !== cascade.units.length || taken.has(reading.run)) continue;
    confirmCascade(reading, `as many copies of \`${cascade.head.text}\` before the term as of \`${reading.tailText}\` after it`);
    cascades[index] = reading;
    taken.add(reading.run);
  }
  dropTaken(runs, taken);
}

/**
 * Marks a reading a cascade on new evidence: it is no longer only possible.
 * @param reading the reading, changed in place.
 * @param evidence what proves it.
 */
function confirmCascade(reading: Cascade, evidence: string): void {
  reading.evidence.push(evidence);
  reading.isCascade = true;
  delete reading.possible;
}

/**
 * Takes items (runs read as cascades, readings set aside) out of a list, in place and in one
 * pass (one search and splice for each made a text dense with them quadratic).
 * @param items the list, changed in place.
 * @param taken the items to take out.
 */
function dropTaken<T>(items: T[], taken: ReadonlySet<T>): void {
  if (taken.size === 0) return;
  let kept = 0;
  for (const item of items) if (!taken.has(item)) items[kept++] = item;
  items.length = kept;
}

/**
 * Takes into a cascade the copies of its label's first part that stand before the term,
 * joined to it by hyphens, one per unit after it: `At-At-At-risk groups groups groups` (`At-risk
 * groups` for `risk`), as `Public Public health advice advice` has them joined by spaces.
 * @param text the text.
 * @param cascade a cascade, moved to start at the first copy when it has such copies.
 */
function takeHyphenCopies(text: string, cascade: Cascade): void {
  if (cascade.kind !== 'head' || cascade.prefix !== '') return;
  const copies = hyphenCopiesBefore(text, cascade.start, cascade.units.length);
  if (copies === undefined) return;
  // One copy with its hyphen (`Real-`).
  const copy = text.slice(copies.from, copies.from + (cascade.start - copies.from) / cascade.units.length);
  cascade.evidence.push(`${cascade.units.length} copies of \`${copy}\` before the term`);
  if (copies.prefix !== '') cascade.evidence.push(`the first copy glued inside the word \`${copies.prefix}${copy.slice(0, -1)}\``);
  cascade.start = copies.from;
  cascade.prefix = copies.prefix;
}

/** What may stand before the first of the copies a cascade takes, beside white space: an opening quote or bracket, or a slash between words (`video/Readers’ Readers’ Photosss`). */
const copyOpeners = new Set(['"', '“', '‘', "'", '(', '[', '/']);

/**
 * Takes into a cascade whose term stands after a word of its label the copies of that word
 * before the head, one per unit after it: `GSA’s The The Office (US) (US)` (`The Office (US)`
 * for `office`). One copy more is the text's own word and stays (`the The The Office (US) (US)`
 * was `the office`); fewer or more copies are no such label's.
 * @param text the text.
 * @param cascade a cascade, moved to start at the first copy when it has such copies.
 * @returns true when the cascade took copies.
 */
function takeSpacedCopies(text: string, cascade: Cascade): boolean {
  if ((cascade.kind !== 'head' && cascade.kind !== 'suffix') || cascade.prefix !== '') return false;
  const copies = cascade.kind === 'suffix' ? cascade.joiners.length : cascade.units.length;
  if (copies < 2) return false;
  const starts: number[] = [];
  let at = cascade.start;
  let first = '';
  let gluedPrefix = '';
  while (starts.length <= copies + 1 && text.charCodeAt(at - 1) === 32) {
    // (A plural's possessive is a copy too: `Readers’ Readers’ Readers’ Photossss` for `Readers’
    // Photos`.)
    const owner = at > 2 && isApostropheCode(text.charCodeAt(at - 2)) && text.charCodeAt(at - 3) === 115 ? 1 : 0;
    const from = lettersBefore(text, at - 1 - owner);
    if (owner === 1 && from === at - 2) break;
    // `self-Public Public Public Servicesss` (`self-service`): the first copy joined by a hyphen
    // to the word the replace hit after it is the last one taken.
    const afterHyphen = starts.length > 0 && from > 1 && text.charAt(from - 1) === '-' && classAt(text, from - 2) === CharClass.Letter;
    if (from === at - 1 || (from > 0 && !afterHyphen && classAt(text, from - 1) !== CharClass.Space && classAt(text, from - 1) !== CharClass.Newline && !copyOpeners.has(text.charAt(from - 1)))) break;
    const word = text.slice(from, at - 1);
    // `KOpening Opening Nightss` (`Opening Nights` for `night`, hit inside `Knight`): one
    // capital glued before the first copy is a hump too.
    // So too one lower-case letter where it makes a word with the term (`aNight Night Night Bus
    // Network Network Networke` was `abuse`; `iPhone Phone …` makes none).
    const oneLetter = word.length === first.length + 1 && word.slice(1) === first && (isUpperLetter(word.charAt(0)) || (isLowerLetter(word.charAt(0)) && isSpelledWord(`${word.charAt(0)}${cascade.term}${cascade.carried}`.toLowerCase())));
    const hump = starts.length === 0 ? 0 : oneLetter ? 1 : humpOffset(word);
    // `roadNetwork Network Network Mapsss` (`roadmap`, `RoadNetwork …` at a sentence's start,
    // `OpenStreetNetwork …`): the first copy glued inside the word the replace hit, after a
    // lower-case letter, is the last one taken.
    if (hump > 0 && word.slice(hump) === first && (hump === 1 || /^\p{L}*\p{Ll}$/u.test(word.slice(0, hump)))) {
      starts.push(from + hump);
      gluedPrefix = word.slice(0, hump);
      break;
    }
    if (starts.length === 0) first = word;
    else if (word.toLowerCase() !== first.toLowerCase()) break;
    // The label's copies are written alike; the text's own word before them may not be.
    else if (starts.length < copies && word !== first) break;
    starts.push(from);
    at = from;
    if (afterHyphen) break;
  }
  // `Network Network Mapsss` (`Network Maps` for `map`, run twice over `maps`): one `s` more
  // than the copies before is the plural the original word had, as many is none.
  const pluralKept = mayKeepPlural(cascade, copies) && starts.length === copies - 1;
  if ((starts.length !== copies && starts.length !== copies + 1 && !pluralKept) || !/^\p{Lu}/u.test(first)) return false;
  const taken = pluralKept ? copies - 1 : copies;
  if (gluedPrefix !== '' && taken !== starts.length) return false;
  widenOverCopies(text, cascade, starts[taken - 1] as number, `${taken} copies of \`${first}\` before the head`, pluralKept);
  if (gluedPrefix !== '') {
    cascade.evidence.push(`head glued inside the word \`${gluedPrefix}${first}\``);
    cascade.prefix = gluedPrefix;
  }
  return true;
}

/**
 * Where the copies before a capitalised head start when they are as many as its units after it,
 * as a label whose term stands in its middle leaves them (`Public Public Health Advice Advice`;
 * see `takeSpacedCopies`), and copy another word than its tail (`First First Teams First First
 * Team` is two term-last labels' copies). The cascade itself is not changed.
 * @param text the text.
 * @param reading a head reading.
 * @returns the first copy's start, letters glued before it included, or undefined.
 */
function middleCopiesStart(text: string, reading: Cascade): number | undefined {
  const probe: Cascade = { ...reading, evidence: [] };
  if (!takeSpacedCopies(text, probe) || text.slice(probe.start, lettersAfter(text, probe.start)).toLowerCase() === reading.tail[0]) return undefined;
  return probe.start - probe.prefix.length;
}

/**
 * Whether an `s` cascade of three passes or more, with nothing carried, may hold the plural the
 * original word had as its last `s`, so one copy fewer stands before it (`Network Network
 * Mapsss` for `maps`; see `takeSpacedCopies`), or a cascade of a longer unit the ending the
 * original word had (`Car Car Parkinginging` for `parking`).
 * @param cascade the cascade.
 * @param copies its passes.
 * @returns true for such a cascade.
 */
function mayKeepPlural(cascade: Cascade, copies: number): boolean {
  if (cascade.kind !== 'suffix' || copies < 3) return false;
  const unit = cascade.tail[0] ?? '';
  // An `s` the original word had before more letters, where the dictionary holds the word with
  // it and not without (`Readers’ Readers’ Readers’ Photossssynthesis` for `photosynthesis`).
  if (cascade.carried !== '') return unit === 's' && /^\p{Ll}+$/u.test(cascade.carried) && isSpelledWord(`${cascade.term}s${cascade.carried}`.toLowerCase()) && !isSpelledWord(`${cascade.term}${cascade.carried}`.toLowerCase());
  // So too a unit glued on, where the dictionary holds the term with one (`Car Car
  // Parkinginging` for `parking`, `Car Parking` for `park`).
  return unit === 's' || (unit.length > 1 && isSpelledWord(`${cascade.term}${unit}`.toLowerCase()));
}

/**
 * Moves a cascade's start back over the copies before its head that it takes.
 * @param text the text.
 * @param cascade the cascade.
 * @param from where the first copy taken starts.
 * @param evidence the line of evidence saying what was taken.
 * @param pluralKept whether the term's last `s` is the original word's plural (see
 * `takeSpacedCopies`).
 */
function widenOverCopies(text: string, cascade: Cascade, from: number, evidence: string, pluralKept: boolean): void {
  cascade.evidence.push(evidence);
  cascade.start = from;
  if (cascade.kind !== 'suffix') return;
  cascade.passesCounted = true;
  if (pluralKept) {
    cascade.joiners = cascade.joiners.slice(1);
    cascade.carriedStart -= (cascade.tail[0] ?? 's').length;
    cascade.carried = text.slice(cascade.carriedStart, cascade.end);
  }
}

/** Characters of text looked at per copy of a group before a head (four words of up to 16 letters). */
const groupWindow = 68;

/**
 * Takes into a cascade the copies of a group of words before its head, as `takeSpacedCopies`
 * does those of one word: `Save the Save the Save the Beesssn` (`Save the Bees` for `bee`, hit
 * inside `been` three times) is one cascade, not a repeated phrase beside an `s` cascade. The
 * copies are written alike and stand one per pass, each opening with a capital; one more copy,
 * in any case, is the text's own words and stays.
 * @param text the text.
 * @param cascade a cascade, moved to start at the first copy when it has such copies.
 * @returns true when the cascade took copies.
 */
function takeSpacedGroupCopies(text: string, cascade: Cascade): boolean {
  if ((cascade.kind !== 'head' && cascade.kind !== 'suffix') || cascade.prefix !== '' || text.charCodeAt(cascade.start - 1) !== 32) return false;
  const copies = cascade.kind === 'suffix' ? cascade.joiners.length : cascade.units.length;
  if (copies < 2) return false;
  // Enough text for one copy more than the passes, of four words at most.
  const tokens = tokenize(text, Math.max(0, cascade.start - groupWindow * (copies + 2)), cascade.start - 1);
  const count = tokens.length;
  if (tokens[count - 1]?.end !== cascade.start - 1) return false;
  const pluralMay = mayKeepPlural(cascade, copies);
  for (let period = 2; period <= 4; period++) {
    const group = tokens.slice(count - period);
    const opener = group[0];
    if (group.length < period || !opener || !/^\p{Lu}/u.test(opener.text) || group.some((token, index) => token.kind === 'number' || (index > 0 && token.separator !== Separator.Space))) continue;
    // A group of one word's copies is `takeSpacedCopies`'s.
    if (group.every((token) => token.lower === opener.lower)) continue;
    const same = (at: number, exact: boolean): boolean => at >= 0 && tokens[at + period]?.separator === Separator.Space && group.every((token, index) => (exact ? tokens[at + index]?.text === token.text : tokens[at + index]?.lower === token.lower));
    let found = 1;
    while (found <= copies + 1 && same(count - period * (found + 1), true)) found++;
    const pluralKept = pluralMay && found === copies - 1;
    if (found !== copies && found !== copies + 1 && !pluralKept) continue;
    // More copies than that, in any case, are no such label's.
    const extra = found === copies + 1 ? 0 : same(count - period * (found + 1), false) ? 1 : 0;
    if (same(count - period * (found + extra + 1), false)) continue;
    const taken = pluralKept ? copies - 1 : copies;
    const from = tokens[count - period * taken]?.start;
    if (from === undefined) continue;
    widenOverCopies(text, cascade, from, `${taken} copies of \`${text.slice(opener.start, group[period - 1]?.end)}\` before the head`, pluralKept);
    return true;
  }
  return false;
}

/**
 * Takes into a term-last cascade the marks its label ends with, one per copy, right after the
 * term (`Need Need Need help???` for `help`, `Need help?` run three times), and the letters of
 * the word the replace hit glued after them (`Need Need help??ed` is `helped`). Marks beyond
 * one per copy are the text's own and stay (`Need Need help???` was `help?`).
 * @param text the text.
 * @param cascade a cascade, extended when it has such marks.
 */
function takeCopiedMarks(text: string, cascade: Cascade): void {
  if (cascade.kind !== 'prefix' || cascade.carried !== '' || cascade.end !== cascade.carriedStart) return;
  const mark = text.charCodeAt(cascade.end);
  if (mark !== 33 && mark !== 63) return;
  const copies = cascade.joiners.length - 1;
  let marks = 0;
  while (marks <= copies && text.charCodeAt(cascade.end + marks) === mark) marks++;
  if (marks < copies || copies < 2) return;
  let end = cascade.end + copies;
  cascade.evidence.push(`one \`${text.charAt(cascade.end)}\` after the term per copy`);
  if (marks === copies) end = lettersAfter(text, end);
  cascade.carriedStart = cascade.end + copies;
  cascade.carried = text.slice(cascade.carriedStart, end);
  cascade.end = end;
}

/**
 * Where the copies of a group of letters and hyphens ending in a hyphen start, when that many
 * stand right before an offset and nothing but them since the last space (`At-At-At-` before
 * `risk`), the first maybe glued inside a word the replace hit after its letters in lower case
 * (`someReal-Real-` before `Time Boards Boardss`, `Real-Time Boards` for `time`).
 * @param text the text.
 * @param start the offset (a term's start).
 * @param copies how many copies to find: two or more.
 * @returns the first copy's start and the letters glued before it (or ''), or undefined.
 */
function hyphenCopiesBefore(text: string, start: number, copies: number): { from: number; prefix: string } | undefined {
  if (copies < 2 || text.charCodeAt(start - 1) !== 45) return undefined;
  const limit = Math.max(0, start - hyphenCopiesReach);
  let from = start - 1;
  while (from > limit && (classAt(text, from - 1) === CharClass.Letter || classAt(text, from - 1) === CharClass.Hyphen)) from--;
  if (from > 0 && (from === limit || classAt(text, from - 1) === CharClass.Letter)) return undefined;
  const chunk = text.slice(from, start);
  const alike = (at: number, size: number): boolean => {
    const group = chunk.slice(at, at + size).toLowerCase();
    // `E-E-E-newsletter` (`E-newsletter sign-up` for `newsletter`): a letter and its hyphen too.
    if (size < 2 || classAt(group, 0) !== CharClass.Letter) return false;
    for (let copy = 1; copy < copies; copy++) {
      if (chunk.slice(at + copy * size, at + (copy + 1) * size).toLowerCase() !== group) return false;
    }
    return true;
  };
  if (chunk.length % copies === 0 && alike(0, chunk.length / copies)) return { from, prefix: '' };
  const size = chunk.length - (chunk.lastIndexOf('-', chunk.length - 2) + 1);
  const first = chunk.length - copies * size;
  if (first <= 0 || !alike(first, size) || !isUpperLetter(chunk.charAt(first))) return undefined;
  // The text's own word joined by a hyphen before the copies stays (`part-Real-Real-Time Boards
  // Boards`, `real-Real-Real-Time …` for `part-time`, `real-time`), written otherwise than they
  // are (not `At-At-At-risk groups groups`, a copy more than the units).
  if (chunk.charAt(first - 1) === '-') return chunk.slice(first - size, first) === chunk.slice(first, first + size) ? undefined : { from: from + first, prefix: '' };
  // Glued: the letters before the copies end in lower case.
  if (!isLowerLetter(chunk.charAt(first - 1))) return undefined;
  // (The chunk holds letters and hyphens only: no hyphen in the glued letters.)
  const prefix = chunk.slice(0, first);
  return prefix.includes('-') ? undefined : { from: from + first, prefix };
}

/** How far before a term copies joined by hyphens are looked for. */
const hyphenCopiesReach = 120;

/**
 * Whether a word is a common English word, as a label's words are: the spelling dictionary
 * holds it in lower case, or compromise's lexicon does (`afternoon`, `severe`; not `bora`,
 * `pago`, `sirhan`, the halves of doubled names).
 * @param word the word in lower case.
 * @returns true for a common word.
 */
function isCommonWord(word: string): boolean {
  return isLexiconWord(word) || isSpelledWord(word);
}

/**
 * The copies (by their lower-case word) that stand, mid-sentence, before two different words
 * or more (`Afternoon Afternoon team`, `Afternoon Afternoon teach`, `Afternoon Afternoon
 * teams`): a replace of `tea` by `Afternoon tea`, run twice, hit the term at the start of
 * each word. Only copies of a common word count (see `isCommonWord`): the halves of a doubled
 * name stand before many words too (`Walla Walla wine`, `Walla Walla residents`).
 * @param text the text.
 * @param readings the two-copy readings.
 * @returns the copies, each with the words after them.
 */
function copiesBeforeWords(text: string, readings: ReadonlyArray<{ run: Run; reading: Cascade }>): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const { run, reading } of readings) {
    if (reading.prefix !== '' || !isMidSentence(run.tokens, run.first, text)) continue;
    const copy = reading.tail[0] ?? '';
    const set = words.get(copy) ?? new Set<string>();
    set.add(reading.term.toLowerCase());
    words.set(copy, set);
  }
  // The words start with the one term the label replaced (`tea` in `team`, `teach`): words
  // that share no such start follow a head's copies (`Open Government Partnership Government
  // Partnership today`, `… tools`), not a term-last label's.
  for (const [copy, set] of words) if (set.size < 2 || commonStart([...set]) < gluedTermMin) words.delete(copy);
  return words;
}

/**
 * How many letters a list of words share at their start.
 * @param words the words, two or more.
 * @returns the length of their common start.
 */
function commonStart(words: readonly string[]): number {
  const first = words[0] ?? '';
  let length = first.length;
  for (const word of words) {
    let index = 0;
    while (index < length && index < word.length && word.charCodeAt(index) === first.charCodeAt(index)) index++;
    length = index;
  }
  return length;
}

/**
 * How many letters two words share at their end (`current` and `different` share `rent`).
 * @param a a word.
 * @param b another word.
 * @returns the length of their common ending.
 */
function commonEnd(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a.charCodeAt(a.length - 1 - shared) === b.charCodeAt(b.length - 1 - shared)) shared++;
  return shared;
}

/**
 * Whether a head reading shows nothing of a replace but the copies: identical capitalised
 * units with no affix on the head, the units or the last one (`Team Café Café Café culture`,
 * `18F’s Café Café Café culture`). Such copies before a lower-case word are the first word of
 * a label whose term comes last, and the head is text the replace never touched.
 * @param cascade a head reading of a run of one token.
 * @returns true for such a reading.
 */
function isBareCopies(cascade: Cascade): boolean {
  return cascade.carried === '' && cascade.joiners.every((joiner) => joiner === '') && cascade.evidence.every((item) => item === 'capitalised head mid-sentence' || item.startsWith('head glued inside the word'));
}

/**
 * Whether a head reading is copies of a plural's possessive after a singular's possessive or a
 * closing quote (`Josh Tong’s Lecturers’ Lecturers’ blog`, `our 'How We Work' Lecturers’ Lecturers’
 * blog`): a possessive stands before a noun phrase, here a label whose term comes last
 * (`Lecturers’ blog` for `blog`); read with the head as its term, the copies would leave two
 * possessives on one word (`Tong’s’`).
 * @param cascade a head reading of a run of one token.
 * @returns true for such a reading.
 */
function ownedCopiesAfterOwner(cascade: Cascade): boolean {
  const head = cascade.head.text;
  // (A singular's possessive or a closing quote: after a plural's possessive the copies may be
  // a term-first label's tail, `Players’ Lounges’ Lounges’` for `players’`, `Players’ Lounge`.)
  const owner = /^['’]s$/iu.test(possessiveEnding(head)) || (head.length > 1 && isApostropheCode(head.charCodeAt(head.length - 1)) && !/s$/iu.test(head.slice(0, -1)));
  if (cascade.prefix !== '' || !owner) return false;
  return cascade.units.every((unit) => unit.length === 1 && (unit[0]?.text ?? '') === (cascade.units[0]?.[0]?.text ?? '') && /s['’]$/u.test(unit[0]?.text ?? ''));
}

/**
 * Whether a head word reads as a modifier rather than a replaced term: an adjective
 * (`National`) or an acronym (`BBC`, `US`).
 * @param head the head token.
 * @returns true for such a word.
 */
function readsAsModifier(head: Token): boolean {
  return isShouted(head) || isAdjective(head.lower);
}

/**
 * Whether the text shows a run's copies to follow a replaced term, not to precede one: the word
 * after the copies stands elsewhere as a whole word without them, and the head before them
 * nowhere (a replace hits every whole word it searches for).
 * @param text the text.
 * @param prefix the run's reading as a term-last label's copies.
 * @param head its reading as a term-first label's.
 * @returns true when the word after stands free and the head does not.
 */
function termOnlyFirst(text: string, prefix: Cascade, head: Cascade): boolean {
  const copy = head.units[0]?.[0];
  if (!copy || head.prefix !== '') return false;
  return termStandsFree(text, prefix.term, copy.text, 'before', prefix.carriedStart - prefix.term.length) && !termStandsFree(text, head.term, copy.text, 'after', head.head.start);
}

/**
 * Whether a run of one word's copies read as a term-last label's (`Skills Skills products`,
 * `Skills products` for `products`) is rather its head reading (`Digital Skills` for `digital`):
 * the text shows the word after the copies free and the head nowhere (see `termOnlyFirst`); or,
 * where only a Title Case label explains the head's capital (see `labelCapitalsHead`), the head
 * stands nowhere free and the copies are of no function word nor determiner (`our Twitter My
 * My account` is `My account` for `account`): read the other way, the head would be a capital
 * the writer put on a common word mid-sentence (`an Email Marketing Marketing address` is `an
 * email address`).
 * @param text the text.
 * @param run the run.
 * @param prefix its reading as a term-last label's copies.
 * @param head its head reading.
 * @returns true when the head reading is to be kept.
 */
function headReadingWins(text: string, run: Run, prefix: Cascade, head: Cascade): boolean {
  if (adjectiveBeforePlurals(head) && !isCapitalised(run.tokens[run.last] ?? head.head)) return true;
  if (!readsAsModifier(head.head) && termOnlyFirst(text, prefix, head)) return true;
  if (!labelCapitalsHead(text, run, head)) return false;
  if (termOnlyFirst(text, prefix, head)) return true;
  const copy = head.units[0]?.[0];
  return copy !== undefined && !closedClass.has(copy.lower) && !leadingDeterminers.has(copy.lower) && !termStandsFree(text, head.term, copy.text, 'after', head.head.start);
}

/**
 * The doubtful readings with a head in lower case whose two copies stand in the text after
 * another head in lower case that ends as this one does, in a word of three letters or more
 * (`different arrears arrears` beside `current arrears arrears`, `rent arrears` for `rent`): a
 * replace hit its term inside each such word, where a slip doubles a word after no family of
 * words that end alike.
 * @param readings the doubtful readings of a lower-case label's shape (see `contentCopies`).
 * @returns the ending each such reading shares, by reading.
 */
function sharedHeadEndings(readings: readonly Cascade[]): Map<Cascade, string> {
  const byTail = new Map<string, Cascade[]>();
  for (const reading of readings) {
    if (reading.prefix !== '') continue;
    const key = reading.tail.join(' ');
    const list = byTail.get(key);
    if (list) list.push(reading);
    else byTail.set(key, [reading]);
  }
  const endings = new Map<Cascade, string>();
  for (const list of byTail.values()) {
    const heads = [...new Set(list.map((reading) => reading.head.text))];
    if (heads.length < 2) continue;
    for (const reading of list) {
      const head = reading.head.text;
      let best = '';
      for (const other of heads) {
        const shared = commonEnd(head, other);
        if (other !== head && shared > best.length) best = head.slice(head.length - shared);
      }
      if (best.length >= 3 && isSpelledWord(best)) endings.set(reading, best);
    }
  }
  return endings;
}

/**
 * Whether a reading is a lower-case label's: its head a content word in lower case, its copies
 * content words in lower case, none a word people double (`looked very very`, said twice in
 * one interview, is emphasis; `that HR HR HR` is no lower-case label's).
 * @param reading the reading.
 * @returns true for that shape.
 */
function contentCopies(reading: Cascade): boolean {
  if (!/^\p{Ll}{3,}$/u.test(reading.head.text) || closedClass.has(reading.head.lower)) return false;
  return reading.units.every((unit) => unit.every((token) => /^\p{Ll}/u.test(token.text) && !closedClass.has(token.lower) && !legitimate.has(token.lower)));
}

/**
 * Whether a head reading is an adjective before copies of a plural (`Open Studios Studios
 * Studios up`, `Local Elections Elections businesses`): a term-last label's first word modifies
 * its term, which a plural seldom does, while an adjective and a plural make a term-first label
 * (`Open Studios` for `open`, `Local Elections` for `local`).
 * @param head the head reading.
 * @returns true for that shape.
 */
function adjectiveBeforePlurals(head: Cascade): boolean {
  const copy = head.units[0]?.[0];
  if (copy === undefined || head.prefix !== '' || !isCapitalised(head.head) || !isAdjective(head.head.lower) || isAdjective(copy.lower)) return false;
  const word = copy.lower;
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && isSpelledWord(word.slice(0, -1));
}

/**
 * Whether only a Title Case label explains a head's capital: a common word capitalised after a
 * word in lower case, before copies of a word that is no adjective and a word in lower case that
 * no capitalised word follows (`better Digital Skills Skills Skills products.`, `Digital Skills`
 * for `digital`). Read as a term-last label's copies (`Skills products` for `products`), the
 * head would be a capital the writer put on one word mid-sentence, outside any name; a name goes
 * on capitalised (`the National Severe Severe weather Service`), and copies of an adjective
 * start a term-last label (`Severe weather`).
 * @param text the text.
 * @param run the run of one word's copies.
 * @param cascade its head reading.
 * @returns true when the head reading explains the head's capital.
 */
function labelCapitalsHead(text: string, run: Run, cascade: Cascade): boolean {
  const { head } = cascade;
  const copy = cascade.units[0]?.[0];
  const headIndex = run.tokens.indexOf(head);
  const before = run.tokens[headIndex - 1];
  const term = run.tokens[run.last];
  const next = run.tokens[run.last + 1];
  if (cascade.prefix !== '' || !copy || !before || !term || headIndex < 1) return false;
  if (!isCapitalisedCommonWord(head) || isAdjective(copy.lower)) return false;
  if (before.kind !== 'word' || isCapitalised(before) || head.separator !== Separator.Space || !isMidSentence(run.tokens, headIndex, text)) return false;
  if (term.kind !== 'word' || isCapitalised(term) || term.separator !== Separator.Space) return false;
  return !next || next.kind !== 'word' || !isCapitalised(next) || next.separator !== Separator.Space;
}

/** How far around a reading the text is searched for its term standing undamaged. */
const freeTermWindow = 20000;

/**
 * Whether a term stands near a reading as a whole word, in lower case, capitalised or as
 * written (`API`), with no copy of the label's other word beside it: a replace hits every such
 * word, so a term that stands free somewhere was not the replaced one (`launch` in `the launch
 * went well` where `Product Updates Updates launch` reads as `Product` before `Updates launch`).
 * @param text the text.
 * @param term the term as written.
 * @param copy the copied word that stands beside it in the damage (`Updates`).
 * @param side where the copy stands: `after` a term-first label's term, `before` a term-last's.
 * @param at the reading's own occurrence of the term, not counted.
 * @returns true when a free occurrence is found.
 */
function termStandsFree(text: string, term: string, copy: string, side: 'after' | 'before', at: number): boolean {
  const lower = term.toLowerCase();
  if (lower.length < 3) return false;
  const from = Math.max(0, at - freeTermWindow);
  const to = Math.min(text.length, at + freeTermWindow);
  for (const form of new Set([lower, `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`, term])) {
    for (const index of occurrences(text, form, from, to)) {
      const end = index + form.length;
      if (index === at || letterAt(text, index - 1) || letterAt(text, end)) continue;
      const beside = side === 'after' ? text.slice(end, end + copy.length + 1) : text.slice(index - copy.length - 1, index);
      if (beside.toLowerCase() !== (side === 'after' ? ` ${copy}` : `${copy} `).toLowerCase()) return true;
    }
  }
  return false;
}

/**
 * Whether two terms are one word with different endings (`sport`, `sports`, `sportation`):
 * one starts with the other's first four letters or with all of a shorter one.
 * @param first a lower-case term.
 * @param second another.
 * @returns true when they share that stem.
 */
function sharesStem(first: string, second: string): boolean {
  const length = Math.min(4, first.length, second.length);
  return length > 0 && first.slice(0, length) === second.slice(0, length) && (length === 4 || first.startsWith(second) || second.startsWith(first));
}

/** Marks after which two lower-case copies of a word prove a label (see `markPair`). */
const pairMarks = new Set(['|', '\u00b7', '\u2022']);

/** How far a table's delimiter row is looked for from a run, each way. */
const tableReach = 4000;

/**
 * Whether an index stands in a table written in plain text: its paragraph (the lines between
 * blank lines, read no further than `tableReach` each way) holds a delimiter row, a line of
 * hyphens or equals signs with bars, colons, pluses and spaces only (`--- | ---`,
 * `|:---|---:|`, `+----+----+`).
 * @param text the text.
 * @param index an index in it.
 * @returns true in such a paragraph.
 */
function inPlainTable(text: string, index: number): boolean {
  const from = Math.max(0, index - tableReach);
  const to = Math.min(text.length, index + tableReach);
  let start = index;
  while (start > from && !(text.charCodeAt(start - 1) === 10 && isBlankLine(text, text.lastIndexOf('\n', start - 2) + 1, start - 1))) start--;
  let lineStart = start;
  for (let at = start; at <= to; at++) {
    if (at < to && text.charCodeAt(at) !== 10) continue;
    if (isDelimiterRow(text, lineStart, at)) return true;
    if (at > index && isBlankLine(text, lineStart, at)) return false;
    lineStart = at + 1;
  }
  return false;
}

/**
 * Whether a line holds spaces only.
 * @param text the text.
 * @param start the line's start.
 * @param end the line's end.
 * @returns true for a blank line.
 */
function isBlankLine(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/**
 * Whether a line is a table's delimiter row: three hyphens or equals signs or more, a bar or a
 * plus, and nothing but those, colons and spaces.
 * @param text the text.
 * @param start the line's start.
 * @param end the line's end.
 * @returns true for such a row.
 */
function isDelimiterRow(text: string, start: number, end: number): boolean {
  let rules = 0;
  let bars = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 45 || code === 61) rules++;
    else if (code === 124 || code === 43) bars++;
    else if (code !== 58 && code !== 32 && code !== 9 && code !== 13) return false;
  }
  return rules >= 3 && bars >= 1;
}

/**
 * Whether the head token stands after the first word of its sentence.
 * @param tokens window tokens.
 * @param headIndex index of the head.
 * @param text the text.
 * @returns true when a word of the same sentence precedes the head.
 */
function isMidSentence(tokens: Token[], headIndex: number, text: string): boolean {
  const head = tokens[headIndex];
  const previous = tokens[headIndex - 1];
  if (!head || !previous) return false;
  if (head.separator === Separator.Paragraph || head.separator === Separator.Newline) return false;
  // A colon, a token of its own before a space, opens what follows (`MEXICO: Justice`).
  if (previous.text === ':') return false;
  if (head.separator === Separator.Break) {
    for (let index = previous.end; index < head.start; index++) {
      const character = text.charAt(index);
      // `the U.S. Army cadets cadets`: the full stop of an abbreviation ends no sentence.
      if (character === '.' && isAbbreviationBefore(text, index)) continue;
      if (character === '.' || character === '!' || character === '?' || character === ':' || character === '\n' || character === '\r') return false;
    }
  }
  return true;
}

/** Spans in order of start, with the furthest end reached by each of them and all before it. */
interface SpanIndex {
  /** Starts, ascending. */
  starts: number[];
  /** `reach[i]`: the largest end among the first `i + 1` spans. */
  reach: number[];
}

/**
 * Indexes spans so that `reaches` answers in logarithmic time, where testing each span against
 * every other made a text dense with cascades quadratic.
 * @param spans the spans.
 * @returns the index.
 */
function spanIndex(spans: ReadonlyArray<{ start: number; end: number }>): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const span of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, span.end));
  return { starts: sorted.map((span) => span.start), reach };
}

/**
 * Whether some indexed span starts before `before` (or at it, when `inclusive`) and ends at
 * `end` or later: for `[start, end)`, `reaches(index, end, start + 1)` asks whether a span
 * overlaps it, and `reaches(index, start, end)` whether one starting before it covers it.
 * @param index the span index.
 * @param before the start bound.
 * @param end the least end.
 * @param inclusive whether a span starting at `before` counts.
 * @returns true when such a span exists.
 */
function reaches(index: SpanIndex, before: number, end: number, inclusive: boolean): boolean {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = index.starts[middle] as number;
    if (start < before || (inclusive && start === before)) low = middle + 1;
    else high = middle;
  }
  return low > 0 && (index.reach[low - 1] as number) >= end;
}

/**
 * Whether a head cascade's units are copies another cascade took before its head, its own head
 * the word before them (`Last` before the `Opening` copies of `Opening Opening Opening
 * Nightsss`): its first unit starts among them and its last ends one space before that head.
 * @param taken the copies taken, from the first copy's start to the head's start.
 * @param cascade the head cascade.
 * @returns true when its units are those copies.
 */
function endsInTaken(taken: ReadonlyArray<{ start: number; end: number }>, cascade: Cascade): boolean {
  const firstUnit = cascade.units[0]?.[0];
  return firstUnit !== undefined && taken.some((span) => cascade.start < span.start && span.start <= firstUnit.start && cascade.end === span.end - 1);
}

/** A year a label ends in (`2027`). */
const yearPattern = /^(?:1[89]|2[0-9])[0-9][0-9]$/u;

/** A year's range (`2025/26`). */
const yearRangePattern = /^(?:1[89]|2[0-9])[0-9][0-9]\/[0-9][0-9]$/u;

/** A year in two digits after an apostrophe (`’26`; see `isElidedYear` in the scanner). */
const elidedYearPattern = /^['’ʼ‘][0-9][0-9]$/u;

/** Words that start a term-last label's copies and no head's tail (`Your local library`). */
const leadingDeterminers = new Set(['a', 'an', 'her', 'his', 'its', 'my', 'our', 'the', 'their', 'these', 'this', 'your']);

/**
 * How far back from a finding a nested label's first copy is looked for: its passes leave
 * findings all along the damage, so the first is near its start.
 */
const nestedReach = 600;

/** How far after its first copy a nested label's damage may reach. */
const nestedWindow = 8192;

/** The longest label a nested reading tries. */
const nestedLabelMax = 80;

/** How many passes a nested reading undoes at most. */
const nestedPassesMax = 12;

/**
 * Whether a run is two capitalised copies of one word after a capitalised head (`Science Week
 * Week`), which read alone as a doubled name (`Walla Walla`) or a term-last label's copies.
 * @param run the run.
 * @param reading its reading as a head and copies.
 * @returns true for such copies.
 */
function titleCopies(run: Run, reading: Cascade): boolean {
  const copy = reading.units[0]?.[0];
  return run.period === 1 && run.repetitions === 2 && copy !== undefined && copy.kind === 'word' && copy.text.length > 2 && isCapitalised(copy) && !isShouted(copy);
}

/**
 * Whether a capitalised word is a common word written so, not a name: the dictionary holds it in
 * lower case, and it is no first name (`Community`, `Forum`; not `Walla`, `Meyer`, `Warren`).
 * @param token the word.
 * @returns true for such a word.
 */
function isCapitalisedCommonWord(token: Token): boolean {
  // (A plural's possessive is its plural's: `Members’`.)
  const word = withoutOwner(token.lower);
  return isCommonWord(word) && !isCapitalOnly(token.text) && !isFirstName(token.text);
}

/**
 * Whether a copy is one compound of two words or more joined by hyphens that, written
 * without them, is a common word (`Wi-Fi`: `wifi`), as a label's words are.
 * @param unit the copy's tokens.
 * @returns true for such a compound.
 */
function isCommonCompound(unit: readonly Token[]): boolean {
  if (unit.length < 2 || unit.some((token, index) => token.kind !== 'word' || (index > 0 && token.separator !== Separator.Hyphen))) return false;
  return isCommonWord(unit.map((token) => token.lower).join(''));
}

/**
 * Word endings a replace may glue after a term (`contract|ing`, `manage|ment`); not `er` or
 * `ed`, which two words end in alike too often (`Developer Customer Customer portal`).
 */
const gluedEndings = ['ing', 'ings', 'ion', 'ions', 'ment', 'ments'];

/**
 * Whether a copy ends in a word ending the head ends in too, after a common word: the letters
 * a replace glued after the term, which every pass glues after the copy again
 * (`Opportunitiesing` after `Contracting`, `Basicsing` after `Networking`); not letters two
 * words merely share (`Events` after `Parents`).
 * @param head the head.
 * @param copy the copy's last word.
 * @returns true for such a copy.
 */
function endsInHeadGlue(head: Token, copy: Token): boolean {
  for (const ending of gluedEndings) {
    if (copy.lower.length > ending.length + 2 && copy.lower.endsWith(ending) && head.lower.length > ending.length && head.lower.endsWith(ending) && isCommonWord(copy.lower.slice(0, -ending.length))) return true;
  }
  return false;
}

/** What two Title Case copies may carry after the last (see `titleTailCopies`). */
const titleCarried = new Set(['', 's', 'es', "'s", "s'"]);

/**
 * Whether a run is two copies of a capitalised tail after a capitalised common word in the
 * middle of a sentence, before words that are not capitalised (`their Community Forum Forum of
 * practice`, `an Open Source Projects Source Projects source tool`), or at a sentence's start
 * before three such words: prose capitalises a common word there only inside a name, and a
 * name doubles none of its words but the reduplicated ones no dictionary holds in lower case
 * (`Fort Walla Walla`). A title in Title Case has capitals before the head or after the copies
 * (`Making Remote Work Work for Harbour Crews`).
 * @param text the text.
 * @param reading a run's reading as a head and copies.
 * @returns true for such copies.
 */
function titleTailCopies(text: string, reading: Cascade): boolean {
  const run = reading.run;
  // The letters carried after the last copy are a plural's or a possessive's (`Partner
  // Programme Programmes` for `partners`; not `Visit UK UKulele`).
  const carried = normaliseApostrophes(reading.carried);
  if (reading.kind !== 'head' || reading.prefix !== '' || !titleCarried.has(carried) || reading.units.length !== 2 || run.long) return false;
  const head = reading.head;
  const headIndex = run.tokens.indexOf(head);
  if (headIndex < 0) return false;
  const before = run.tokens[headIndex - 1];
  // Mid-sentence after a word in lower case (`their Community`), a determiner (`Our Community`
  // at a sentence's start) or a possessive (`NASA’s Design`), or after a comma (`agile, Open`,
  // `Today, Mobile`); else at a sentence's start,
  // before words of prose (checked below), not after another capitalised word (`UX Design`).
  // So too after a function word that starts the sentence (`In Order Tracking Tracking to show`).
  // So too after a dotted initialism, which starts no sentence (`the U.S. Digital`).
  const afterWord =
    before?.kind === 'word' &&
    ((head.separator === Separator.Space && (/^\p{Ll}/u.test(before.text) || /['’]s$/u.test(before.text) || leadingDeterminers.has(before.lower) || (closedClass.has(before.lower) && !isMidSentence(run.tokens, headIndex - 1, text)))) ||
      head.separator === Separator.Comma ||
      afterDottedInitialism(text, before, head));
  // Copies of two words or more are doubled by no name (`Office of Science Fair Winners Fair
  // Winners and Technology`, for `science`), wherever they stand.
  const group = (reading.units[0] ?? []).filter((token) => token.kind === 'word').length > 1;
  // Mid-sentence after a capitalised word or an acronym (`API Training Ground Ground and`),
  // before three words of prose (checked below): a name's capitals would go on.
  const afterCapital = !afterWord && before?.kind === 'word' && head.separator === Separator.Space;
  // (After a capitalised word, wherever the name starts: a name's inside, for a group's copies.)
  const inName = afterCapital && before !== undefined && isCapitalised(before) && !isShouted(before);
  // (A name that starts mid-sentence, after prose: not a title's first words, `Making Remote
  // Work Work For …`; nor after an acronym, `the API Design Sprints Sprints Handbook`.)
  const nameInProse = inName && isMidSentence(run.tokens, headIndex - 1, text);
  if (!afterWord && !afterCapital && !group && isMidSentence(run.tokens, headIndex, text)) return false;
  // An acronym of up to five capitals after a word in lower case heads a label too (`build an
  // API Clinic Clinic for`, `API Clinic` for `api`).
  const acronymHead = isShouted(head) && afterWord && head.separator === Separator.Space && /^\p{Lu}{2,5}$/u.test(head.text);
  if (!isCapitalised(head) || (isShouted(head) ? !acronymHead : !isCapitalisedCommonWord(head))) return false;
  // Both copies written alike, as a pass writes them (not `Harbour Data data.csv`).
  const [one, other] = reading.units.map((unit) => unit.map((token) => token.text).join(' '));
  if (one === undefined || (other !== one && other !== `${one}${reading.carried}`)) return false;
  const words = (reading.units[0] ?? []).filter((token) => token.kind === 'word');
  // (A group may hold a month's or a day's name beside a common word: `Plastic Free July Free
  // July`; not a place's, `Hotel New York New York`.)
  const commonInGroup = group && words.some((word) => isCapitalised(word) && isCapitalisedCommonWord(word));
  if (!words.every((word) => isShouted(word) || (isCapitalised(word) && (!isCapitalOnly(word.text) || (commonInGroup && calendarNames.has(word.lower))) && !isFirstName(word.text)))) return false;
  // A word a known name doubles (`the Electric Talk Talk Records shop`).
  if (words.length === 1 && nameDoubles.has(words[0]?.lower ?? '')) return false;
  // A copy may end in letters the head ends in too, glued by the passes (`Contracting
  // Opportunitiesing Opportunitiesing` for `contracting`).
  // So may a compound joined by hyphens whose halves are no words, where the compound is one
  // (`Free Wi-Fi Wi-Fi` for `free`: `wifi`).
  if (!words.some((word) => !isShouted(word) && (isCapitalisedCommonWord(word) || endsInHeadGlue(head, word))) && !isCommonCompound(reading.units[0] ?? [])) return false;
  // The words after it, up to three before a mark or a line break, are not in Title Case
  // either (`Remote Work Work for Harbour Crews`, a title after a damaged word).
  // A group's copies that end a clause (`the Meuse River Ferry Services Ferry Services.`, `New
  // York City Centre Travel Centre Travel, earning`): a title's words go on.
  // So too one common word's copies after a capitalised word (`at Harbour Stadium Tours Tours.`).
  if ((group || nameInProse) && endsClause(text, reading.end)) return true;
  // A group's copies after their own first word (`a Mobile Mobile Banking Mobile Banking Apps`):
  // the text's word, then a replace's copies of the label that starts with it.
  if (group && head.lower === words[0]?.lower && head.text === words[0]?.text) return true;
  // A group of capitalised common words inside a name (see the loop below) stands before the
  // name's acronym in brackets too (`the Department of Public Transport Route Maps Route Maps
  // (DPT)`).
  const commonGroupInName = group && inName && words.every((word) => isCapitalisedCommonWord(word));
  if (commonGroupInName && bracketedAcronymAt(text, reading.end)) return true;
  const after = tokenize(text, reading.end, Math.min(text.length, reading.end + 80));
  let counted = 0;
  for (const token of after) {
    // The first token's separator is the window's start: the text before it is read instead.
    const separator = token === after[0] ? (/^ +$/u.test(text.slice(reading.end, token.start)) ? Separator.Space : Separator.Break) : token.separator;
    if ((separator !== Separator.Space && separator !== Separator.Hyphen) || counted === 3) break;
    if (token.kind !== 'word') continue;
    counted++;
    // A group's copies before the word they start with are the label's words over the text's
    // own, which went on as the label does (`the Small Business Lending Business Lending
    // Business Administration`: `Small Business Lending` for `small`).
    if (group && counted === 1 && token.text === words[0]?.text) return true;
    // Copies of one common word between a head after a word in lower case and a capitalised
    // common word that goes on the name (`the Digital Skills Skills Analytics Program`): a name
    // doubles none of its words, and a title's capitals start before the head (`Making Remote
    // Work Work for`). Read as the head's label or as the next word's, the copies go.
    // So too after a capitalised word (`the Small Business Rates Rates Administration`): a
    // name doubles no common word inside it either.
    // A group of capitalised common words between two capitalised words of a name (`the Federal
    // Housing Help Desk Help Desk Administration`, `Help Desk` for `housing`), at a line's
    // start too: a name repeats no part of itself inside.
    if (isCapitalised(token) && !isShouted(token)) {
      if (commonGroupInName && counted === 1 && isCapitalisedCommonWord(token)) return true;
      return counted === 1 && !group && (afterWord || (nameInProse && !closedClass.has(token.lower))) && head.separator !== Separator.Comma && isCapitalisedCommonWord(token) && !legitimate.has(words[0]?.lower ?? '');
    }
    // A group's copies end a name's part before a word in lower case (`… Fair Winners and
    // Technology Policy`); a list of names goes on with capitals (`U.S. Army U.S. Army Corps`).
    if (group) return true;
  }
  // At a sentence's start, three words of prose follow (`Community Forum Forum members met
  // at`), not a heading's end.
  return afterWord || counted === 3;
}

/**
 * Whether an acronym in brackets stands one space after an offset (` (DHS)`): two to six
 * capitals.
 * @param text the text.
 * @param at the offset.
 * @returns true for such an acronym.
 */
function bracketedAcronymAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 40) return false;
  let end = at + 2;
  while (end < text.length && end - at - 2 <= 6 && isUpperLetter(text.charAt(end))) end++;
  const letters = end - at - 2;
  return letters >= 2 && letters <= 6 && text.charCodeAt(end) === 41;
}

/**
 * Whether a token stands right after a dotted initialism and one space (`U.S. Digital`): a
 * letter between two full stops, which ends no sentence (`isAbbreviationBefore` says so of
 * every such letter).
 * @param text the text.
 * @param before the token before, the initialism's last letter.
 * @param head the token.
 * @returns true for that shape.
 */
function afterDottedInitialism(text: string, before: Token, head: Token): boolean {
  return before.text.length === 1 && text.charAt(before.start - 1) === '.' && text.slice(before.end, head.start) === '. ';
}

/**
 * Whether a mark that ends a clause stands at an offset (`.`, `,`, `;`, `:`, `?`, `!`, `)`),
 * followed by white space or the text's end (not `.gov`, `3,000`).
 * @param text the text.
 * @param offset the offset.
 * @returns true for such a mark.
 */
function endsClause(text: string, offset: number): boolean {
  if (offset >= text.length || !'.,;:?!)'.includes(text.charAt(offset))) return false;
  const next = text.charCodeAt(offset + 1);
  return offset + 1 === text.length || next === 32 || next === 10 || next === 13 || next === 9;
}

/**
 * The word after an offset, past spaces, in lower case (empty before a mark or a line break).
 * @param text the text.
 * @param offset the offset.
 * @returns the word.
 */
function wordAfter(text: string, offset: number): string {
  let start = offset;
  while (text.charCodeAt(start) === 32) start++;
  return text.slice(start, wordEndFrom(text, start)).toLowerCase();
}

/**
 * Whether a character code is a letter in the scanner's classes.
 * @param text the text.
 * @param index an offset.
 * @returns true for a letter.
 */
function letterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && classAt(text, index) === CharClass.Letter;
}

/**
 * Where a word that goes on from an offset ends: letters, and an apostrophe between letters
 * (`Player's`, `What’s`).
 * @param text the text.
 * @param offset an offset inside the word.
 * @returns the end of the word.
 */
function wordEndFrom(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && (letterAt(text, end) || (isApostropheCode(text.charCodeAt(end)) && letterAt(text, end + 1)))) end++;
  return end;
}

/**
 * Reads a label that holds its term twice or more (`Ships & shipping` for `ship`), whose passes
 * nest: each pass puts a copy of the label in every place the term stands, inside earlier
 * copies too, so the text doubles with each pass (`Ships & shippings & Ships & shippingping`).
 * The label is taken as the text from a capital word whose start is the term up to a point
 * where the term has stood twice; the reading undoes the passes one by one (each copy of the
 * label back to the term) and holds only where doing them again gives the text back exactly,
 * two passes or more.
 * @param text the text.
 * @param head offset of the capital letter the label starts with.
 * @returns the cascade, or undefined.
 */
function readNestedAt(text: string, head: number): Cascade | undefined {
  // Most capital words are no such label: their first three letters do not stand again soon.
  if (!startStandsAgain(text, head, head + gluedTermMin)) return undefined;
  const wordEnd = wordEndFrom(text, head);
  if (wordEnd - head < gluedTermMin) return undefined;
  const word = normaliseApostrophes(text.slice(head, wordEnd)).toLowerCase();
  if (word.length !== wordEnd - head) return undefined;
  const reachEnd = Math.min(text.length, head + nestedLabelMax * 2);
  const near = normaliseApostrophes(text.slice(head, reachEnd)).toLowerCase();
  if (near.length !== reachEnd - head) return undefined;
  const terms = new Set<string>();
  for (const ending of ["'s", "'", 's', '']) {
    if (word.endsWith(ending) && word.length - ending.length >= gluedTermMin) terms.add(word.slice(0, word.length - ending.length));
  }
  for (const term of terms) {
    // The term stands again soon after the head, inside the label.
    const second = near.indexOf(term, word.length);
    if (second < 0 || second + term.length > nestedLabelMax) continue;
    // The term's second place is in another word (`shipping` after `Ships`, `player` after
    // `Player's`), or the label goes on after it: copies of one word that end a label are a
    // group's run (`What’s on: What’s on: What’s on: What’s on: events` is four copies of a
    // term-last label's first part, not two passes of `What’s on: what`).
    const sameWord = normaliseApostrophes(text.slice(lettersBefore(text, head + second), wordEndFrom(text, head + second))).toLowerCase() === word;
    for (let labelLength = second + term.length; labelLength <= Math.min(nestedLabelMax, near.length); labelLength++) {
      const label = near.slice(0, labelLength);
      if (label.includes('\n')) break;
      // One word twice stands only with more of the label after it (`Wall-to-wall carpets`,
      // not `What’s on: what`).
      if (sameWord && label.endsWith(term)) continue;
      // Two passes leave the label, the text between its first two terms, and the label again:
      // `ships & shipping` + `s & ` + `ships & shipping`.
      const between = label.slice(term.length, label.indexOf(term, term.length));
      if (near.length < 2 * labelLength + between.length || !near.startsWith(between + label, labelLength)) continue;
      // A label holds a word other than the term's (`&`, `awards`): copies of one word alone
      // are a doubled word's run or a term-last label's (`Afternoon Afternoon team`).
      if (!label.split(/[\s\-]+/u).some((part) => part !== '' && !part.includes(term))) continue;
      const reading = undoNestedPasses(text, head, term, label);
      if (reading === undefined) continue;
      const { end, passes, carried } = reading;
      const prefixStart = lettersBefore(text, head);
      const headToken: Token = { start: head, end: wordEnd, text: text.slice(head, wordEnd), lower: word, core: term, separator: Separator.Space, kind: 'word' };
      const labelText = text.slice(head, head + labelLength);
      const tailText = labelText.slice(wordEnd - head).trim();
      const tail = tailText.toLowerCase().split(/\s+/u).filter(Boolean);
      const restored = `${term}${carried.toLowerCase()}`;
      return {
        run: { tokens: [headToken], first: 0, last: 1, period: 1, repetitions: passes },
        head: headToken,
        start: head,
        end,
        prefix: text.slice(prefixStart, head),
        term: text.slice(head, head + term.length),
        tail,
        tailText,
        joiners: [],
        carried,
        carriedStart: end - carried.length,
        units: Array.from({ length: passes }, () => [headToken]),
        evidence: [`the label \`${labelText}\` holds its term \`${term}\` twice, so its ${passes} passes nest, and doing them again on \`${restored}\` gives the text back exactly`],
        isCascade: true,
        labelKey: `${term}\u0000${tail.join(' ')}\u0000nested`,
        kind: 'head',
      };
    }
  }
  return undefined;
}

/**
 * Whether a word's first three letters stand again, in either case, within a label's length
 * after it: a search without building strings, since it runs for every capital letter near a
 * finding.
 * @param text the text.
 * @param head the word's start.
 * @param wordEnd the word's end.
 * @returns true when they do (or when the letters are not plain ASCII, which the caller reads).
 */
function startStandsAgain(text: string, head: number, wordEnd: number): boolean {
  const first = text.charCodeAt(head) | 32;
  const second = text.charCodeAt(head + 1) | 32;
  const third = text.charCodeAt(head + 2) | 32;
  if (first > 127 || second > 127 || third > 127) return true;
  const end = Math.min(text.length - 2, head + nestedLabelMax);
  for (let index = wordEnd; index < end; index++) {
    if ((text.charCodeAt(index) | 32) === first && (text.charCodeAt(index + 1) | 32) === second && (text.charCodeAt(index + 2) | 32) === third) return true;
  }
  return false;
}

/**
 * Undoes the nested passes of a label from its first copy, and checks them by doing them again.
 * @param text the text.
 * @param head where the first copy starts.
 * @param term the term, lower case.
 * @param label the label, lower case.
 * @returns where the damage ends, how many passes made it, and the letters glued after the term
 *   in the original word (as written); undefined when the text is not such passes.
 */
function undoNestedPasses(text: string, head: number, term: string, label: string): { end: number; passes: number; carried: string } | undefined {
  // The passes stay inside a paragraph.
  let windowEnd = head;
  while (windowEnd < text.length && windowEnd - head < nestedWindow && !(text.charCodeAt(windowEnd) === 10 && text.charCodeAt(windowEnd + 1) === 10)) windowEnd++;
  const window = normaliseApostrophes(text.slice(head, windowEnd)).toLowerCase();
  if (window.length !== windowEnd - head) return undefined;
  let reduced = window;
  let passes = 0;
  // Each pass left a copy of the label where the damage starts; passes elsewhere in the
  // paragraph (another word the replace hit) do not count.
  while (passes < nestedPassesMax && reduced.startsWith(label)) {
    reduced = reduced.replaceAll(label, term);
    passes++;
  }
  if (passes < 2 || !reduced.startsWith(term)) return undefined;
  let carriedLength = 0;
  while (term.length + carriedLength < reduced.length && /\p{L}/u.test(reduced.charAt(term.length + carriedLength))) carriedLength++;
  const original = reduced.slice(0, term.length + carriedLength);
  let redone = original;
  for (let pass = 0; pass < passes; pass++) {
    redone = redone.replaceAll(term, label);
    if (redone.length > window.length) return undefined;
  }
  if (!window.startsWith(redone)) return undefined;
  const end = head + redone.length;
  // The damage ends at a word's end.
  if (letterAt(text, end)) return undefined;
  return { end, passes, carried: text.slice(end - carriedLength, end) };
}

/**
 * Replaces the readings inside a nested label's passes (`Ships & shippings & Ships &
 * shippingping`) by one reading of the whole (see `readNestedAt`). The first copy is looked for
 * among the capital letters before each cascade and run, in the same paragraph.
 * @param text the text.
 * @param cascades the cascades read so far; changed in place.
 * @param runs the runs that are no cascade; changed in place.
 */
function readNestedLabels(text: string, cascades: Cascade[], runs: Run[]): void {
  const found: Cascade[] = [];
  const anchors = [...cascades.map((cascade) => cascade.start), ...runs.map((run) => run.tokens[run.first]?.start ?? 0)].sort((a, b) => a - b);
  // Each capital letter is tried once: `tested` is where the last search stopped.
  let tested = 0;
  for (const anchor of anchors) {
    // Inside a reading found already, or searched up to already.
    if (anchor < tested) continue;
    let from = anchor;
    while (from > tested && anchor - from < nestedReach && !(text.charCodeAt(from - 1) === 10 && text.charCodeAt(from - 2) === 10)) from--;
    let head = from;
    for (; head <= anchor + 1 && head < text.length; head++) {
      const code = text.charCodeAt(head);
      if (!(code >= 65 && code <= 90) && !(code > 127 && isUpperLetter(text.charAt(head)))) continue;
      const reading = readNestedAt(text, head);
      if (reading === undefined || reading.end <= anchor) continue;
      found.push(reading);
      head = reading.end;
      break;
    }
    tested = Math.max(tested, head);
  }
  if (found.length === 0) return;
  const inside = (start: number, end: number): boolean => found.some((reading) => start < reading.end && end > reading.start - reading.prefix.length);
  const kept = cascades.filter((cascade) => !inside(cascade.start - cascade.prefix.length, cascade.end));
  cascades.splice(0, cascades.length, ...kept, ...found);
  const free = runs.filter((run) => !inside(run.tokens[run.first]?.start ?? 0, run.tokens[run.last - 1]?.end ?? 0));
  runs.splice(0, runs.length, ...free);
}

/**
 * Analyses a text: one linear scan, then detailed reading of the candidates only.
 * @param text the text.
 * @param candidates the scan's candidates, when the caller has already scanned the text.
 * @returns runs and cascades in text order.
 */
export function analyze(text: string, candidates: readonly Candidate[] = findCandidates(text)): Analysis {
  if (candidates.length === 0) return { text, runs: [], cascades: [] };
  const runs: Run[] = [];
  const cascades: Cascade[] = [];
  const doubtfulSuffixes: Cascade[] = [];
  // The readings of labels holding a mark (`Gifts® & voucherss® & vouchers`): a word inside
  // one that looks like a cascade of its own (`voucherss`) is its copy's.
  const markUnits: Cascade[] = [];
  for (const candidate of candidates) {
    if (candidate.period !== 0) continue;
    const marked = readMarkedPrefix(text, candidate) ?? readBracketCascade(text, candidate) ?? readMarkedCascade(text, candidate);
    const markUnit = marked ? undefined : readMarkUnitCascade(text, candidate);
    if (markUnit) markUnits.push(markUnit);
    const cascade = marked ?? markUnit ?? readEsCascade(text, candidate) ?? readGluedCascade(text, candidate) ?? readSuffixCascade(text, candidate) ?? readShortPair(text, candidate);
    if (cascade?.isCascade) cascades.push(cascade);
    else if (cascade) doubtfulSuffixes.push(cascade);
  }
  chooseMarkedReadings(cascades);
  alignGluedUnits(text, cascades);
  // `Eventssually` is a cascade where the label `Events` is one elsewhere (`prEventss`), or
  // where it stands glued in other words too (`Appssroach`, `Appsslication`): a name is one
  // word (`Ericsson`), a label glued by a replace is in many. Alone, it is one when the word
  // without the glued `s` is a word of compromise's lexicon (`approach`; not `ericon`).
  const gluedIn = new Map<string, Set<string>>();
  for (const reading of doubtfulSuffixes) {
    const words = gluedIn.get(reading.labelKey) ?? new Set<string>();
    words.add(wordStem(reading.carried));
    gluedIn.set(reading.labelKey, words);
  }
  for (const reading of doubtfulSuffixes) {
    if (cascades.some((other) => other.kind === 'suffix' && other.labelKey === reading.labelKey)) reading.evidence.push('the same label cascades elsewhere in the text');
    else if ((gluedIn.get(reading.labelKey)?.size ?? 0) >= 2) reading.evidence.push('the same label is glued inside other words of the text');
    else if (isLexiconWord(withoutS(reading))) reading.evidence.push(`without its \`s\` it is the word \`${withoutS(reading).toLowerCase()}\``);
    else continue;
    reading.isCascade = true;
    cascades.push(reading);
  }
  if (markUnits.length > 0) dropTaken(cascades, new Set(cascades.filter((cascade) => cascade.run.period === 0 && !markUnits.includes(cascade) && markUnits.some((unit) => unit.start <= cascade.start && cascade.end <= unit.end))));
  // `titleTail`: the reading is two Title Case copies (see `titleTailCopies`), read once.
  // `provenOnly`: a head in lower case, whose copies only the same label proven elsewhere in
  // the text makes a cascade.
  const doubtful: Array<{ run: Run; reading: Cascade; titleTail: boolean; provenOnly?: boolean }> = [];
  // (`inName`: the head reading of copies between a capitalised head and a capitalised term.)
  const doubtfulPrefixes: Array<{ run: Run; reading: Cascade; inName?: Cascade }> = [];
  // Capitalised copies read as a term-last label's, with the capitalised head they followed.
  const overHeads: Array<{ prefix: Cascade; head: Cascade }> = [];
  // The head readings of two-copy runs first read as a term-last label's.
  const prefixHeads = new Map<Cascade, Cascade>();
  // The head readings of runs read as no cascade, by their head's start.
  const freeHeads = new Map<number, Cascade>();
  const runCandidates = candidates.filter((candidate) => candidate.period > 0);
  // Where runs start, and the one-token readings: a capitalised term that starts a run or that
  // such a reading took is theirs (see below), each found in logarithmic time. A word and one
  // copy glued to more letters (`Music in inner`) is no run a term heads: prose holds many.
  const runStarts = new Set(runCandidates.filter((candidate) => !isGluedPair(text, candidate)).map((candidate) => candidate.start));
  const suffixReadings = spanIndex(cascades.filter((cascade) => cascade.kind === 'suffix'));
  const otherReadings = spanIndex(cascades.filter((cascade) => cascade.kind !== 'suffix'));
  for (const run of buildRuns(text, runCandidates)) {
    const glued = gluedGroupRun(run) ?? humpLedRun(run);
    // (A copy glued inside a word shows the replace, whatever the term's case: `postSmart Travel
    // Smart Travel Card` is `postcard`.)
    const gluedReading = glued ? readGroupPrefixCascade(glued, true) : undefined;
    if (gluedReading?.isCascade) {
      cascades.push(gluedReading);
      continue;
    }
    const cascade = readCascade(text, run);
    if (cascade?.isCascade) {
      // `The National Severe Severe Severe weather Service`, `BBC Grassroots Grassroots sport`:
      // copies of a capitalised word after an adjective or an acronym, which no replace put
      // in, are the copies of a label whose term comes last.
      // So too capitalised copies of a group after a word in lower case (`similar Frequently
      // asked Frequently asked questionsss`): a lower-case label's copies are in lower case.
      // So too after a head glued inside a word that makes no word with it (`DigitalGov
      // Afternoon Afternoon team`: `Afternoon tea` for `tea`, hit inside `team`).
      const unprovenHump = cascade.prefix !== '' && !isSpelledWord(`${cascade.prefix}${cascade.term}${cascade.carried}`.toLowerCase());
      // Copies that end in the letters glued after the head's term are its tail (`Contracting
      // Opportunitiesing Opportunitiesing Opportunitiesing officers`), not a term-last label's.
      const lastCopy = cascade.units[0]?.[cascade.units[0].length - 1];
      const capitalCopies = (cascade.prefix === '' || unprovenHump) && isCapitalised(cascade.units[0]?.[0] ?? cascade.head) && !(lastCopy && isCapitalised(cascade.head) && endsInHeadGlue(cascade.head, lastCopy));
      // Copies in capitals after a word that is not (`Older Age UK UK UK groups`) are the
      // tail of a label in capitals (`Age UK`), not the first word of one whose term comes last.
      const shoutedTail = isShouted(cascade.units[0]?.[0]) && !isShouted(cascade.head);
      // `thank the Friends of the Friends of the museum`: copies that start in lower case where
      // the same copies, moved on to end where the repetition does, start with a capital, after
      // a head not glued inside a word (not `simpliCity of Culture 2025 of Culture 2025 of that`).
      // `the National Your local Your local library of Medicine`: copies of a group that starts
      // with a capitalised determiner start a label (`Your local library`); a head's tail goes on
      // with a connector or a noun (`& Culture`, `A&E waiting times`), not with `Your`.
      const determinerCopies = run.period > 1 && leadingDeterminers.has(cascade.units[0]?.[0]?.lower ?? '') && cascade.units[0]?.[1]?.separator === Separator.Space;
      // A head in lower case, or a plain word capitalised only to open a sentence (`Last
      // Four-Day Four-Day Four-Day Week,`), starts no label whose other words are capitalised.
      // (Bare copies before a capitalised term only: `Guided Tours Todayd Tours Todayd Tours
      // Todaylines` shows its head's glued letters, and `Road Works Map Works Map Works Map
      // trips` after a colon reads as well from its head.)
      const closing = run.tokens[run.last];
      const plainHead =
        cascade.prefix === '' &&
        (!isCapitalised(cascade.head) || (isBareCopies(cascade) && closing !== undefined && isCapitalised(closing) && opensSentence(text, run.tokens, cascade.head)));
      // Bare copies of a group that ends in a word leading on to what follows (`the FOIA Meet Our
      // Meet Our Meet Our Team`) lead on to a term: no label's tail ends so.
      const leadingCopies = run.period > 1 && isBareCopies(cascade) && leadingWords.has(cascade.units[0]?.[run.period - 1]?.lower ?? '');
      // Copies of a group before a term in lower case that carries one plural per copy (`the Chess
      // After-school After-school clubss` for `Chess Club`): the plurals tie the copies to
      // the term, not to the head.
      const pluralPerCopy = run.period > 1 && closing !== undefined && closing.kind === 'word' && /^\p{Ll}/u.test(closing.text) && withoutCopiedPlural(closing.text, run.repetitions) !== undefined;
      // Copies of a plural's possessive after a singular's (see `ownedCopiesAfterOwner`).
      const ownedCopies = ownedCopiesAfterOwner(cascade);
      const termLast =
        (capitalCopies && (run.period === 1 ? (cascade.units[0]?.[0]?.text.length ?? 0) > 1 && (readsAsModifier(cascade.head) || (isBareCopies(cascade) && !shoutedTail) || ownedCopies) : plainHead || leadingCopies || !isCapitalised(cascade.head) || determinerCopies || pluralPerCopy)) ||
        (cascade.prefix === '' && alignsOnCapital(run));
      // Copies of a Title Case group after such a head read with their capitalised term (`last
      // Four-Day Four-Day Four-Day Week` is `last week`).
      // Copies of an adjective or an ordinal open a label and end none (`the DAP First First First
      // Team` is `the DAP team`, `First Team` for `team`): they read with a capitalised term. So
      // too copies after a head that stands elsewhere without them, which no replace hit (`the
      // latest API Club Club Club News`, where `the API` stands free).
      // (Not before copies of their own, `Annual Annual Annual Report 2025 2025 2025`, read with
      // its term in the middle.)
      const afterClosing = run.tokens[run.last + 1];
      const firstCopy = cascade.units[0]?.[0];
      const beforeCapitalTerm = run.period === 1 && firstCopy !== undefined && closing !== undefined && isCapitalised(closing) && !closedClass.has(closing.lower) && isSpelledWord(closing.lower) && !(afterClosing !== undefined && runStarts.has(afterClosing.start));
      const modifierCopies = beforeCapitalTerm && (isAdjective(firstCopy.lower) || isOrdinal(firstCopy.lower));
      const freeHead = beforeCapitalTerm && !modifierCopies && termStandsFree(text, cascade.term, firstCopy.text, 'after', cascade.head.start);
      let prefixCascade = termLast ? readPrefixCascade(text, run, (run.period > 1 && (plainHead || leadingCopies)) || modifierCopies || freeHead) : undefined;
      if (freeHead && prefixCascade?.isCascade) prefixCascade.evidence.push(`\`${cascade.head.text}\` stands elsewhere in the text without \`${firstCopy.text}\` after it`);
      // `our first Product Updates Updates launch`, where `launch` stands free elsewhere and
      // `product` nowhere: bare copies after a capitalised word read as a term-last label's
      // only for want of evidence, and a term the replace left standing was not replaced.
      // So too after an adjective that only a Title Case label capitalised (`better Digital Skills
      // Skills Skills products`, where `products` stands free elsewhere and `digital` nowhere).
      if (prefixCascade?.isCascade && run.period === 1 && headReadingWins(text, run, prefixCascade, cascade)) {
        cascade.evidence.push(`\`${prefixCascade.term}\` stands elsewhere in the text without the copies`);
        prefixCascade = undefined;
      }
      // `a Public Public Public Health Advice Advice Advice test` (`Public Health Advice` for
      // `health`): a capitalised head after as many copies as come after it is a label's term in
      // its middle, run over; prose doubles no words on both sides of one. The copies before it
      // are the head reading's (see `takeSpacedCopies`), read as term-last copies or not
      // (`fClean Clean Clean Air`, glued inside `fair`). Copies another reading took stay its own
      // (`Sesame High High High Street Works Works Works`, as in `readDoubledMiddleTerms`; `Night
      // Bus Network Network Request Request Stop`).
      const from = prefixCascade?.isCascade && run.period === 1 && cascade.prefix === '' && isCapitalised(cascade.head) ? middleCopiesStart(text, cascade) : undefined;
      if (from !== undefined) {
        // (The copies' own term-last reading, if any, gives way.)
        const copiesReading = cascades.findIndex((reading) => reading.kind === 'prefix' && reading.end === cascade.head.end);
        if (!cascades.some((reading, index) => index !== copiesReading && reading.start - reading.prefix.length < cascade.head.end && from < reading.end)) {
          if (copiesReading >= 0) cascades.splice(copiesReading, 1);
          confirmCascade(cascade, `as many copies before the term as of \`${cascade.tailText}\` after it`);
          prefixCascade = undefined;
        }
      }
      if (prefixCascade?.isCascade) {
        cascades.push(prefixCascade);
        if (run.period === 1 && isCapitalised(cascade.head)) overHeads.push({ prefix: prefixCascade, head: cascade });
      } else if (prefixCascade !== undefined && ownedCopies) {
        // (Two such copies are decided as other term-last copies are, `'How We Work' Lecturers’
        // Lecturers’ blog`: their head reading would leave two possessives on one word.)
        runs.push(run);
        doubtfulPrefixes.push({ run, reading: prefixCascade });
      } else cascades.push(cascade);
      continue;
    }
    // Two copies of a word whose last starts a group's copies are the text's own word before
    // them, which the group's run reads (`a Mobile Mobile Banking Mobile Banking Apps` is `a
    // Mobile Apps`): no reading of their own.
    const lastCopy = run.tokens[run.last - 1];
    if (run.period === 1 && run.repetitions === 2 && lastCopy !== undefined && lastCopy.start !== run.tokens[run.first]?.start && runStarts.has(lastCopy.start)) continue;
    // A capitalised head before the copies (`Family Matinees Matinees Members’`) has a reading
    // of its own, which a Title Case term does not override; a plain word capitalised to open a
    // sentence says nothing (`Follow Site Site Search protocols` is `Follow search protocols`;
    // not `IDaily Daily Daily Dealsssly`, a copy glued after a capital).
    const sentenceOpener = cascade !== undefined && opensSentence(text, run.tokens, cascade.head);
    const capitalHead = cascade !== undefined && cascade.prefix === '' && isCapitalised(cascade.head) && cascade.head.lower !== cascade.units[0]?.[0]?.lower && !sentenceOpener;
    // Nor does a term that another reading took (`Network Network Mapsss`, an `s`-only one), or
    // that heads a run of its own (`Monday Monday Harbour's boatss' boatss'`). An `s`-only
    // reading of the term alone gives way where a copy is glued inside the word before, after a
    // lower-case letter (`iDaily Daily Daily Dealsss` for `ideal`); with none, or after a
    // capital, that reading takes the copies (`SPersonal Personal Loanss` is `Sloan`).
    const termToken = run.tokens[run.last];
    const afterTerm = run.tokens[run.last + 1];
    const termTaken =
      termToken === undefined ||
      reaches(otherReadings, termToken.start, termToken.start + 1, true) ||
      (gluedFirstCopy(run, true) ? reaches(suffixReadings, termToken.start, termToken.start + 1, false) || reaches(suffixReadings, termToken.start, termToken.end + 1, true) : reaches(suffixReadings, termToken.start, termToken.start + 1, true)) ||
      runStarts.has(termToken.start) ||
      (afterTerm !== undefined && runStarts.has(afterTerm.start));
    // (Copies of a group read with a capitalised term only after a word in lower case or a
    // sentence's first word; after the latter the head reading stays in doubt too, as `Open Data
    // Day Data Day Opportunities` is `Open Data Day` for `open` where that label is proven.)
    const groupOverHead = run.period > 1 && cascade !== undefined && isCapitalised(cascade.head) && termToken !== undefined && isCapitalised(termToken);
    // (So too copies that end in a word leading on to the term: `the Treasury Meet Our Meet Our
    // Team`.)
    const leadsOn = run.period > 1 && leadingWords.has(run.tokens[run.last - 1]?.lower ?? '') && (cascade === undefined || isBareCopies(cascade));
    let prefixCascade = readPrefixCascade(text, run, !termTaken && ((!capitalHead && (!groupOverHead || sentenceOpener)) || leadsOn));
    let inName: Cascade | undefined;
    // A Title Case term that shows one plural per copy (`U.S. Digital Public Public Servicess`
    // for `service`, `Public Services`) is the copies' own, whatever the head before them: no
    // head's reading explains those letters.
    if (!prefixCascade?.isCascade && capitalHead && !termTaken) {
      const titleReading = readPrefixCascade(text, run, true);
      // (A term the dictionary holds: `IDaily Daily Daily Dealsssly` leaves no `dealsly`.)
      if (titleReading?.isCascade && termToken !== undefined && titleReading.term.length + titleReading.carried.length < termToken.text.length && isSpelledWord(titleReading.term.toLowerCase())) prefixCascade = titleReading;
      // `the SF First First Team has`: two copies of one capitalised word between a capitalised
      // head and a capitalised term read either way, and stay in doubt (see `promotePrefixes`).
      // (Not after a copy glued inside the head, `IDaily Daily Daily Dealsssly`.)
      else if (prefixCascade === undefined && titleReading !== undefined && titleReading.units.length === 2 && titleReading.prefix === '' && termToken !== undefined && isCapitalised(termToken) && !gluedFirstCopy(run) && isSpelledWord(titleReading.term.toLowerCase())) inName = titleReading;
    }
    if (prefixCascade?.isCascade) cascades.push(prefixCascade);
    else {
      runs.push(run);
      if (cascade && cascade.prefix === '') freeHeads.set(cascade.head.start, cascade);
      if (prefixCascade) {
        doubtfulPrefixes.push({ run, reading: prefixCascade });
        if (cascade && run.period === 1 && isCapitalised(cascade.head)) prefixHeads.set(prefixCascade, cascade);
      } else if (inName && cascade) {
        doubtfulPrefixes.push({ run, reading: inName, inName: cascade });
        prefixHeads.set(inName, cascade);
      }
      if (cascade && isCapitalised(cascade.head)) {
        const titleTail = titleTailCopies(text, cascade);
        if (!prefixCascade || titleCopies(run, cascade) || titleTail || groupOverHead) doubtful.push({ run, reading: cascade, titleTail });
      } else if (cascade && cascade.prefix === '' && cascade.kind === 'head' && !prefixCascade) {
        // `the nearby star maps maps`, after `two star maps mapss`: copies after a head in lower
        // case say nothing alone, and are a cascade where the same label is one elsewhere.
        doubtful.push({ run, reading: cascade, titleTail: false, provenOnly: true });
      }
    }
  }
  if (freeHeads.size > 0) {
    const middle = readDoubledMiddleTerms(text, cascades, runs, freeHeads);
    if (middle.size > 0) {
      keepUntaken(doubtfulPrefixes, middle);
      keepUntaken(doubtful, middle);
    }
  }
  if (doubtfulPrefixes.length > 0) promotePrefixes(text, cascades, runs, doubtfulPrefixes);
  // `our NHS NHS Approach`, with nothing else in the text: no name doubles an acronym, but a slip
  // may (`the NHS NHS Trust`), as two passes of `NHS App` for `app` do. Both readings are offered
  // where the term has the capital a Title Case label gives it (not `the iPhone UK UK stayed`),
  // and so for a CamelCase name's copies and a day's or a month's (`the Saturday Saturday
  // market`, `Saturday market` for `market`, or `Saturday` doubled).
  const pairsInDoubt: Cascade[] = [];
  for (const { reading, inName } of doubtfulPrefixes) {
    const second = reading.units[1]?.[0];
    const acronym = acronymCopies(reading);
    const calendar = calendarCopies(reading);
    if (reading.isCascade || inName?.isCascade === true || reading.units.length !== 2 || second === undefined || !((acronym && /^\p{Lu}/u.test(reading.term)) || camelCopies(reading) || calendar)) continue;
    reading.possible = true;
    reading.doubt = `two copies of the ${acronym ? 'acronym' : calendar ? "day's or month's name" : 'name'} \`${reading.head.text}\` also read as one doubled by a slip, so no fix unless a glossary, profile or other files name the label`;
    reading.alternative = text.slice(second.start, reading.end);
    pairsInDoubt.push(reading);
  }
  // Two copies promoted as a term-last label's stand with the capitalised head before them too
  // (`larger Product Updates Updates experience`, `Product Updates Updates launches`).
  for (const { reading } of doubtfulPrefixes) {
    const head = prefixHeads.get(reading);
    if (reading.isCascade && head) overHeads.push({ prefix: reading, head });
  }
  if (overHeads.length > 0) restoreHeadReadings(text, cascades, overHeads);
  rereadAcronymTails(text, cascades);
  // A label proven a cascade elsewhere in the text is one here too, even where the evidence
  // alone is weak: `Market updates updates.` at a sentence start, after `the Market updates
  // updates page`.
  const possible: Cascade[] = [];
  if (doubtful.length > 0) {
    const proven = new Set(cascades.map((cascade) => `${cascade.labelKey}\u0000${cascade.head.text}`));
    // Two copies of a particle (`Check in in`) are proven by the label's cascades of two units
    // only: beside `Check in in in`, the pair is no pass of the same replace.
    const provenPairs = new Set(cascades.filter((cascade) => cascade.units.length === 2).map((cascade) => `${cascade.labelKey}\u0000${cascade.head.text}`));
    const promoted = new Set<Run>();
    const promote = (run: Run, reading: Cascade, evidence: string): void => {
      // A reading of the same copies as a term-last label's before the next word gives way
      // (`Science Week Week is`, read once as `Week Week is`).
      for (let index = cascades.length - 1; index >= 0; index--) {
        if (cascades[index]?.run === run) cascades.splice(index, 1);
      }
      confirmCascade(reading, evidence);
      cascades.push(reading);
      promoted.add(run);
    };
    const possibleEntries: Array<{ run: Run; reading: Cascade }> = [];
    // Runs no other reading took.
    const unread = new Set(runs);
    // Two copies of a group of lower-case words after a capitalised head (`Image of the day of
    // the day:` under each photo) read as a doubled phrase alone; standing alike three times
    // or more in one text, they are a replace's.
    const groupEntries: Array<{ run: Run; reading: Cascade }> = [];
    // Capitalised copies after a capitalised common word first (see `titleTailCopies`): the
    // labels they prove are proven where the copies alone say nothing (`Community Forum Forum`
    // in a name or a heading).
    // (Not copies that stand before a capitalised head with as many after it, which that head's
    // reading takes: `Officers’ Late Late Train Times Timesing Corps`, `Late Train Times` for
    // `train`, hit inside `Training`.)
    const heads = new Map(cascades.filter((cascade) => cascade.kind === 'head' && cascade.prefix === '' && isCapitalised(cascade.head)).map((cascade) => [cascade.head.start, cascade]));
    for (const { run, reading, titleTail } of doubtful) {
      const key = `${reading.labelKey}\u0000${reading.head.text}`;
      if (!titleTail || proven.has(key) || !unread.has(run) || heads.get(reading.end + 1)?.units.length === reading.units.length) continue;
      promote(run, reading, `two capitalised copies after \`${reading.head.text}\`, a common word capitalised as in a label`);
      proven.add(key);
    }
    // Labels in lower case proven with their term first, by tail: their terms (read only for
    // heads in lower case).
    const lowerTerms = new Map<string, Set<string>>();
    // (The doubtful readings of a lower-case label's shape, read by the next two rules.)
    const lowerDoubts = doubtful.filter((entry) => entry.provenOnly === true && contentCopies(entry.reading)).map((entry) => entry.reading);
    if (doubtful.some((entry) => entry.provenOnly === true)) {
      for (const cascade of cascades) {
        if (cascade.kind !== 'head' || cascade.prefix !== '' || !/^\p{Ll}{3,}$/u.test(cascade.head.text)) continue;
        const terms = lowerTerms.get(cascade.tailText) ?? new Set<string>();
        terms.add(cascade.head.text);
        lowerTerms.set(cascade.tailText, terms);
      }
    }
    const endings = sharedHeadEndings(lowerDoubts);
    // `job centres centres` twice in one text: a slip of the pen is not made twice alike.
    const lowerSeen = new Map<string, number>();
    const lowerKey = (reading: Cascade): string => `${reading.head.text.toLowerCase()}\u0000${reading.tail.join(' ')}\u0000${normaliseApostrophes(reading.carried).toLowerCase()}`;
    for (const reading of lowerDoubts) {
      const key = lowerKey(reading);
      lowerSeen.set(key, (lowerSeen.get(key) ?? 0) + 1);
    }
    const seenTwice = new Set(lowerDoubts.filter((reading) => (lowerSeen.get(lowerKey(reading)) ?? 0) >= 2));
    for (const { run, reading, provenOnly } of doubtful) {
      if (promoted.has(run)) continue;
      const ending = endings.get(reading);
      const key = `${reading.labelKey}\u0000${reading.head.text}`;
      if (isParticlePair(reading) ? provenPairs.has(key) : proven.has(key)) promote(run, reading, 'the same label cascades elsewhere in the text');
      else if (ending !== undefined) promote(run, reading, `the same copies follow other words in lower case that end in \`${ending}\` in the text, the term the replace hit inside them`);
      else if (seenTwice.has(reading)) promote(run, reading, 'the same two copies stand after the same word elsewhere in the text');
      // `incremental health health`, where `mental health health health` stands: the same
      // label, its term hit inside a longer word in lower case.
      else if (provenOnly === true && /^\p{Ll}+$/u.test(reading.head.text) && [...(lowerTerms.get(reading.tailText) ?? [])].some((term) => reading.head.text.length > term.length && reading.head.text.endsWith(term))) promote(run, reading, 'the same label cascades elsewhere in the text, its term hit inside this word');
      else if (provenOnly === true) continue;
      else if (reading.possible) possibleEntries.push({ run, reading });
      else if (reading.prefix === '' && reading.kind === 'head' && (run.period > 1 ? !isCapitalised(reading.units[0]?.[0]) : titleCopies(run, reading))) groupEntries.push({ run, reading });
    }
    // `the Northern Mariana Island life lifes`, twice in one text: a slip of the pen is not
    // made twice alike, two passes of a replace are.
    const seen = new Map<string, number>();
    const keyOf = (reading: Cascade): string => `${reading.labelKey}\u0000${reading.head.text}\u0000${normaliseApostrophes(reading.carried).toLowerCase()}`;
    for (const { reading } of possibleEntries) seen.set(keyOf(reading), (seen.get(keyOf(reading)) ?? 0) + 1);
    for (const { run, reading } of possibleEntries) {
      if ((seen.get(keyOf(reading)) ?? 0) >= 2) promote(run, reading, 'the same two copies stand elsewhere in the text');
      else if (!openingYearPairs.has(reading)) possible.push(reading);
    }
    const groups = new Map<string, number>();
    for (const { reading } of groupEntries) groups.set(keyOf(reading), (groups.get(keyOf(reading)) ?? 0) + 1);
    // Capitalised copies before the same word each time are a term-last label's (`Women’s
    // Public Public health`), or before words that start alike, the term hit inside them
    // (`Open Big Big data`, `Open Big Big datasets`); a term-first label's go on to other
    // words (`Science Week Week is`).
    const followers = new Map<string, Set<string>>();
    for (const { run, reading } of groupEntries) {
      if (!titleCopies(run, reading)) continue;
      const set = followers.get(keyOf(reading)) ?? new Set<string>();
      set.add(wordAfter(text, reading.end).slice(0, 3));
      followers.set(keyOf(reading), set);
    }
    for (const { run, reading } of groupEntries) {
      if ((groups.get(keyOf(reading)) ?? 0) >= 3 && (followers.get(keyOf(reading))?.size ?? 2) >= 2) promote(run, reading, 'the same two copies stand three times or more in the text');
    }
    dropTaken(runs, promoted);
  }
  if (freeHeads.size > 0) readMiddleTerms(cascades, runs, freeHeads);
  readShortGluedPairs(text, cascades);
  // A unit such as `rightss` inside a longer cascade is not an `s`-only label of its own.
  const others = spanIndex(cascades.filter((cascade) => cascade.kind !== 'suffix'));
  // A reading inside a longer one is part of it too: `school tips tips` inside `Back-to-Back-to-
  // school tips tips`, a label whose term stands in the middle.
  const prefixes = spanIndex(cascades.filter((cascade) => cascade.kind === 'prefix'));
  // So is one inside a group's run of three copies or more that no reading took (`Parks's and
  // recreation' and recreationss and recreation …`): fixed alone, it would leave copies that a
  // second pass reads otherwise.
  const groupRuns = spanIndex(runs.filter((run) => run.period > 1 && run.repetitions >= 3).map((run) => ({ start: run.tokens[run.first]?.start ?? 0, end: run.tokens[run.last - 1]?.end ?? 0 })));
  const kept = cascades.filter((cascade) => (cascade.kind !== 'suffix' || (!reaches(others, cascade.end, cascade.start + 1, false) && !reaches(groupRuns, cascade.start, cascade.end, false))) && !reaches(prefixes, cascade.start, cascade.end, false));
  // Cascades that took copies of a word before their head.
  const widened: Cascade[] = [];
  // The copies a widened cascade took, from its new start to its head.
  const taken: Array<{ start: number; end: number }> = [];
  // Where each cascade ends: copies before a head that end another label's cascade, one space
  // before it, are that label's tail (`Mobile First First App Gallery Gallery` is `Mobile
  // First` for `mobile` beside `App Gallery` for `app`, not `First App Gallery` for `app`).
  // An `s` cascade keeps its copies (`Last Evening Evening Evening Showsss`, below).
  const endings = new Map(kept.map((cascade) => [cascade.end, cascade]));
  // Each head reading → the reading whose tail the copies before its head end.
  const tailsBefore = new Map<Cascade, Cascade>();
  for (const cascade of kept) {
    takeHyphenCopies(text, cascade);
    takeCopiedMarks(text, cascade);
    const head = cascade.start;
    const before = endings.get(head - 1);
    // (Not a reading whose head is its tail's word, `aNight Night Night` before `Bus Network
    // Network Networke`: those are this cascade's copies, the first glued inside `abuse`.)
    const tailBefore =
      cascade.kind === 'head' &&
      before !== undefined &&
      before !== cascade &&
      before.kind === 'head' &&
      text.charCodeAt(head - 1) === 32 &&
      before.tail[before.tail.length - 1] === text.slice(lettersBefore(text, head - 1), head - 1).toLowerCase() &&
      !(before.tail.length === 1 && before.tail[0] === before.term.toLowerCase());
    if (tailBefore) tailsBefore.set(cascade, before);
  }
  // `Everyday My My My Health Record Record Record` (`My Health Record` for `health`, after the
  // name `Everyday`): where the same label takes copies of the same word before its head
  // elsewhere in the text, with no other reading's tail there, the copies are its own too, and
  // the reading that ended in them goes (the capital of `Everyday` stays).
  const middleLabels = new Set<string>();
  if (tailsBefore.size > 0) {
    for (const cascade of kept) {
      if (cascade.kind !== 'head' || tailsBefore.has(cascade)) continue;
      const start = middleCopiesStart(text, cascade);
      if (start !== undefined) middleLabels.add(`${text.slice(start, lettersAfter(text, start)).toLowerCase()}\u0000${cascade.labelKey}`);
    }
  }
  for (const cascade of kept) {
    const head = cascade.start;
    const before = tailsBefore.get(cascade);
    const proven = before !== undefined && middleLabels.has(`${before.tail[before.tail.length - 1] ?? ''}\u0000${cascade.labelKey}`);
    if ((before === undefined || proven) && (takeSpacedCopies(text, cascade) || takeSpacedGroupCopies(text, cascade))) {
      widened.push(cascade);
      if (cascade.kind === 'suffix' || proven) taken.push({ start: cascade.start, end: head });
    }
  }
  // `Last Opening Opening Opening Nightsss`: copies an `s` cascade took, as many as its passes,
  // are its own; a reading of them as another label's copies after the plain word before them
  // (`Last Opening` for `last`) is dropped.
  for (let index = kept.length - 1; index >= 0 && taken.length > 0; index--) {
    const cascade = kept[index] as Cascade;
    if (cascade.kind === 'head' && cascade.prefix === '' && !widened.includes(cascade) && endsInTaken(taken, cascade)) kept.splice(index, 1);
  }
  // A term-last reading of copies a head reading took before its head (`The The makers'` in
  // `The The makers' guild' guild`, `The makers' guild` for `makers`) is part of that one.
  if (widened.length > 0) {
    const wide = spanIndex(widened.filter((cascade) => cascade.kind === 'head'));
    for (let index = kept.length - 1; index >= 0; index--) {
      const cascade = kept[index] as Cascade;
      if (cascade.kind === 'prefix' && !widened.includes(cascade) && reaches(wide, cascade.start, cascade.end, true)) kept.splice(index, 1);
    }
  }
  readNestedLabels(text, kept, runs);
  kept.sort((a, b) => a.start - b.start);
  // A run inside a cascade's span is part of it (`advice advice` in `Public Public health advice
  // advice`), not a doubled word of its own.
  const keptPrefixes = spanIndex([...kept.filter((cascade) => cascade.kind === 'prefix'), ...widened]);
  // So is a run that reaches into copies a cascade took before its head (`the The The` before
  // `Office (US) (US)`).
  const widenedSpans = spanIndex(widened);
  // So is a doubled word or phrase whose first copy starts at a cascade's last word
  // (`Usability | testing | testing testing`): the restoration takes that copy away (see
  // `Cascade.doubledAfter`); where it keeps it, the fixer's next pass reads the run again.
  const keptEnds = new Map(kept.map((cascade) => [cascade.end, cascade]));
  const free = runs.filter((run) => {
    const first = run.tokens[run.first];
    const last = run.tokens[run.last - 1];
    const before = first ? keptEnds.get(first.end) : undefined;
    if (before && first && last && first.start > before.start && last.end > before.end) {
      before.doubledAfter = true;
      return false;
    }
    // So is a doubled word whose second copy starts a term-last label's copies (`the The A-The
    // A-Team`).
    return !first || !last || (!reaches(keptPrefixes, first.start, last.end, true) && !reaches(widenedSpans, last.end, first.start + 1, false) && !(run.period === 1 && reaches(keptPrefixes, last.end, last.start + 1, false)));
  });
  if (pairsInDoubt.length > 0) {
    possible.push(...pairsInDoubt);
    possible.sort((a, b) => a.start - b.start);
  }
  return possible.length > 0 ? { text, runs: free, cascades: kept, possible } : { text, runs: free, cascades: kept };
}

/**
 * Whether a run candidate is one token and a copy glued to more letters (`in inner`, `up
 * upship`): the scanner emits it without a count, and one space stands inside it.
 * @param text the text.
 * @param candidate a run candidate.
 * @returns true for such a pair.
 */
function isGluedPair(text: string, candidate: Candidate): boolean {
  if (candidate.period !== 1 || candidate.count !== undefined) return false;
  let gaps = 0;
  for (let index = candidate.start; index < candidate.end; index++) {
    if (text.charCodeAt(index) === 32 && text.charCodeAt(index - 1) !== 32) gaps++;
  }
  return gaps === 1;
}

/**
 * Whether a reading is two copies of a phrasal label's particle (`Check in in`), which a slip
 * leaves too.
 * @param reading a reading.
 * @returns true for such a pair.
 */
function isParticlePair(reading: Cascade): boolean {
  return reading.kind === 'head' && reading.units.length === 2 && reading.tail.length === 1 && reading.carried === '' && particles.has(reading.tail[0] ?? '');
}
