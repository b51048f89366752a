/**
 * Evaluation corruption generator: damages clean prose the way a runaway find-and-replace does and records
 * exactly which damaged text came from which clean text.
 *
 * The passes run on a list of pieces. A piece is either untouched clean text (which remembers where it came
 * from in the input) or text put in by a replacement (which belongs to a site: one original occurrence, or
 * several occurrences a later match joined). Because every damaged character knows its origin, the truth is
 * exact and needs no diff.
 */
import { cascadeFamilies, injectionFamilies, type LabelFamily } from './families.js';

/** One find-and-replace rule, run `passes` times over the whole text. */
export interface DamageRule {
  /** The text searched for (`women`). Must not be empty. */
  term: string;
  /** The text put in for every match (`Women's rights`). Must not be empty. */
  label: string;
  /** How many times the replace ran; a positive integer. Use 1 for injections. */
  passes: number;
  /**
   * `substring-ci`: case-insensitive replace-all of every substring (the CMS bug); `word-ci`: whole words only,
   * any case; `word-cs`: whole words, exact case.
   */
  mode: 'substring-ci' | 'word-ci' | 'word-cs';
  /**
   * 1-based pass on which a match also consumes an apostrophe (`'` or `’`) directly after the term, so
   * `Women's …` becomes `Women's rights` + `s …` and leaves a `rightss` unit.
   */
  swallowApostrophePass?: number;
}

/** A campaign phrase merged into a label after the passes, case-insensitively, in one pass. */
export interface PhraseMerge {
  /** The phrase as it is searched for in the damaged text (`Stop Violence Against Women`). */
  phrase: string;
  /** The label that replaces it. */
  label: string;
}

/** Options of {@link corrupt}. */
export interface CorruptOptions {
  /** Phrase merges applied, in order, after every rule has run. */
  merges?: readonly PhraseMerge[];
}

/** One damaged span and the clean text it replaced. */
export interface TruthSpan {
  /** Start offset (UTF-16 code units) in the damaged text. */
  start: number;
  /** End offset (exclusive) in the damaged text. */
  end: number;
  /** `damaged.slice(start, end)`. */
  damaged: string;
  /** The exact clean text this span replaced. */
  original: string;
  /** `cascade`: replaced two or more times; `injection`: once; `variant`: made by a phrase merge. */
  kind: 'cascade' | 'injection' | 'variant';
  /** The label of the rule (or merge) that produced the span. */
  label: string;
  /** Whether an engine can restore the span by rule: a cascade whose every pass matched normally. */
  recoverable: boolean;
}

/** A damaged text with its truth. */
export interface CorruptResult {
  /** The damaged text. */
  text: string;
  /** The damaged spans, sorted by `start`, not overlapping. */
  truth: TruthSpan[];
}

/** Options of {@link slugify}. */
export interface SlugOptions {
  /** Longest slug; a longer one is cut at the last `-` that keeps it within the limit. */
  maxLength?: number;
  /** Words dropped from the slug (compared in lower case). */
  stopWords?: readonly string[];
}

/** A title damaged by rules, with the slugs generated from the clean and the damaged title. */
export interface SlugDamage {
  /** The clean title. */
  title: string;
  /** The title after the damage. */
  damagedTitle: string;
  /** The slug of the clean title: the truth for `damagedSlug`. */
  slug: string;
  /** The slug regenerated from the damaged title. */
  damagedSlug: string;
  /** The truth spans of the damaged title. */
  titleTruth: TruthSpan[];
}

/** Options of {@link makeDamagedCorpus}. */
export interface DamagedCorpusOptions {
  /** Seed of the pseudo-random choices; the same seed gives the same corpus. */
  seed: number;
  /** Families run as cascades (default: `cascadeFamilies`). */
  families?: readonly LabelFamily[];
  /** Families run once as case-sensitive injections (default: `injectionFamilies`). */
  injectionFamilies?: readonly LabelFamily[];
  /** Probability (0..1) that a document containing a term is damaged at all (default 1). */
  rate?: number;
  /** Probability (0..1) that a damaged document also gets a phrase-merge variant (default 0.25). */
  mergeRate?: number;
  /** Probability (0..1) that a possessive cascade rule gets an apostrophe-swallowing pass (default 0.3). */
  swallowRate?: number;
  /** Probability (0..1) that a family pick is an injection when one is available (default 0.25). */
  injectionRate?: number;
}

/** One document of a damaged evaluation corpus. */
export interface DamagedDocument {
  /** The document id, as given. */
  id: string;
  /** The clean text, as given. */
  clean: string;
  /** The damaged text (equal to `clean` when nothing was damaged). */
  damaged: string;
  /** The damaged spans, sorted by `start`. */
  truth: TruthSpan[];
  /** The rules that were run, in order. */
  rules: DamageRule[];
  /** The phrase merges that were run after the rules. */
  merges: PhraseMerge[];
}

/** A stretch of the damaged text: clean text when `site` is -1, else text put in for that site. */
interface Piece {
  /** The characters of the piece. */
  text: string;
  /** Index of the owning site, or -1 for untouched clean text. */
  site: number;
  /** For clean text: offset of `text` in the input. Unused for site text. */
  originalStart: number;
}

/** One original occurrence (or several joined ones) and what the passes did to it. */
interface Site {
  /** Union-find parent; a root points to itself. */
  parent: number;
  /** Start of the clean text this site replaced, in the input. */
  originalStart: number;
  /** End (exclusive) of the clean text this site replaced. */
  originalEnd: number;
  /** How many matches replaced text of this site. */
  replacements: number;
  /** Label of the first rule or merge that made the site. */
  label: string;
  /** Whether a phrase merge touched the site. */
  variant: boolean;
  /** Whether something abnormal happened: joined sites, a match across clean text, a swallowed clean apostrophe. */
  irregular: boolean;
}

/** The working state of one {@link corrupt} run. */
interface State {
  /** The damaged text so far, as pieces in text order. */
  pieces: Piece[];
  /** Every site ever made; joined sites point to their root. */
  sites: Site[];
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const APOSTROPHES = new Set(["'", '’']);
const MODES = new Set(['substring-ci', 'word-ci', 'word-cs']);

/**
 * Escape a string for use inside a regular expression.
 * @param text The literal text.
 * @returns The text with every regular-expression metacharacter escaped.
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Build the global pattern one pass of a rule uses; group 1 is a swallowed apostrophe.
 * @param rule The rule.
 * @param swallow Whether this pass also consumes an apostrophe right after the term.
 * @returns A global, Unicode-aware regular expression.
 */
function rulePattern(rule: DamageRule, swallow: boolean): RegExp {
  const term = escapeRegExp(rule.term);
  const apostrophe = swallow ? "(['’])?" : '';
  if (rule.mode === 'substring-ci') return new RegExp(`${term}${apostrophe}`, 'giu');
  // The end guard sits before the apostrophe so `women's` is still a whole-word match of `women`.
  const body = `(?<![\\p{L}\\p{M}\\p{N}_])${term}(?![\\p{L}\\p{M}\\p{N}_])${apostrophe}`;
  return new RegExp(body, rule.mode === 'word-ci' ? 'giu' : 'gu');
}

/**
 * Find the root of a site.
 * @param sites All sites.
 * @param index A site index.
 * @returns The index of the root site.
 */
function findRoot(sites: Site[], index: number): number {
  let current = index;
  for (;;) {
    const site = sites[current];
    if (site === undefined || site.parent === current) return current;
    current = site.parent;
  }
}

/**
 * Get a site that must exist.
 * @param sites All sites.
 * @param index A site index.
 * @returns The site.
 */
function siteAt(sites: Site[], index: number): Site {
  const site = sites[index];
  if (site === undefined) throw new Error(`Cannot find site ${index}`);
  return site;
}

/**
 * Cut a piece down to a range of its own characters.
 * @param piece The piece.
 * @param from Start inside the piece.
 * @param to End (exclusive) inside the piece.
 * @returns A new piece with the same owner; clean text keeps its input offset.
 */
function slicePiece(piece: Piece, from: number, to: number): Piece {
  return {
    text: piece.text.slice(from, to),
    site: piece.site,
    originalStart: piece.site < 0 ? piece.originalStart + from : piece.originalStart,
  };
}

/**
 * Make or extend the site of one match from the pieces the match consumed.
 * @param state The working state.
 * @param consumed The pieces (cut to the match) the match replaced, in order.
 * @param label The label put in for the match.
 * @param variant Whether the match is a phrase merge.
 * @param swallowed Whether the match ended with a swallowed apostrophe.
 * @returns The index of the site that owns the label.
 */
function absorb(state: State, consumed: Piece[], label: string, variant: boolean, swallowed: boolean): number {
  const { sites } = state;
  const roots: number[] = [];
  let originalStart = Number.POSITIVE_INFINITY;
  let originalEnd = Number.NEGATIVE_INFINITY;
  let hasClean = false;
  for (const piece of consumed) {
    if (piece.site < 0) {
      hasClean = true;
      originalStart = Math.min(originalStart, piece.originalStart);
      originalEnd = Math.max(originalEnd, piece.originalStart + piece.text.length);
    } else {
      const root = findRoot(sites, piece.site);
      if (!roots.includes(root)) roots.push(root);
    }
  }
  const last = consumed[consumed.length - 1];
  // `women’s` on a swallowing first pass loses the clean `’`: the unit `rightss` then hides the suffix.
  const swallowedClean = swallowed && last !== undefined && last.site < 0;
  const first = roots[0];
  if (first === undefined) {
    sites.push({
      parent: sites.length,
      originalStart,
      originalEnd,
      replacements: 1,
      label,
      variant,
      irregular: swallowedClean,
    });
    return sites.length - 1;
  }
  const root = Math.min(...roots);
  const target = siteAt(sites, root);
  let replacements = 0;
  let irregular = target.irregular || swallowedClean || (hasClean && !variant) || (roots.length > 1 && !variant);
  for (const index of roots) {
    const site = siteAt(sites, index);
    originalStart = Math.min(originalStart, site.originalStart);
    originalEnd = Math.max(originalEnd, site.originalEnd);
    replacements = Math.max(replacements, site.replacements);
    irregular ||= site.irregular;
    // A rule re-matching inside another rule's label (`Men's health` hit by `health`) is not a plain cascade.
    if (!variant && site.label !== label) irregular = true;
    site.parent = root;
  }
  target.originalStart = originalStart;
  target.originalEnd = originalEnd;
  target.replacements = replacements + 1;
  target.irregular = irregular;
  if (variant) {
    target.variant = true;
    target.label = label;
  }
  return root;
}

/**
 * Join neighbouring pieces of the same site, and neighbouring clean pieces that are contiguous in the input.
 * @param pieces Pieces in text order.
 * @param sites All sites, to resolve roots.
 * @returns The coalesced pieces, without empty ones.
 */
function coalesce(pieces: Piece[], sites: Site[]): Piece[] {
  const result: Piece[] = [];
  for (const piece of pieces) {
    if (piece.text.length === 0) continue;
    const site = piece.site < 0 ? -1 : findRoot(sites, piece.site);
    const previous = result[result.length - 1];
    if (
      previous !== undefined &&
      previous.site === site &&
      (site >= 0 || previous.originalStart + previous.text.length === piece.originalStart)
    ) {
      previous.text += piece.text;
    } else {
      result.push({ text: piece.text, site, originalStart: piece.originalStart });
    }
  }
  return result;
}

/**
 * Run one replace-all pass over the state.
 * @param state The working state, updated in place.
 * @param pattern Global pattern; a defined group 1 means an apostrophe was swallowed.
 * @param label The replacement text.
 * @param variant Whether this pass is a phrase merge.
 */
function replacePass(state: State, pattern: RegExp, label: string, variant: boolean): void {
  const { pieces } = state;
  const text = pieces.map((piece) => piece.text).join('');
  const matches: Array<{ start: number; end: number; swallowed: boolean }> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const matched = match[0];
    if (matched.length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    matches.push({ start: match.index, end: match.index + matched.length, swallowed: match[1] !== undefined });
  }
  if (matches.length === 0) return;

  const output: Piece[] = [];
  let index = 0;
  let pieceOffset = 0;
  let position = 0;
  /** Move `position` to `until`, copying the pieces passed over (cut at the edges) into `sink`. */
  const advance = (until: number, sink: Piece[]): void => {
    while (position < until) {
      const piece = pieces[index];
      if (piece === undefined) throw new Error('Cannot advance past the end of the text');
      const pieceEnd = pieceOffset + piece.text.length;
      const end = Math.min(until, pieceEnd);
      if (end > position) sink.push(slicePiece(piece, position - pieceOffset, end - pieceOffset));
      position = end;
      if (position === pieceEnd) {
        index += 1;
        pieceOffset = pieceEnd;
      }
    }
  };
  for (const match of matches) {
    advance(match.start, output);
    const consumed: Piece[] = [];
    advance(match.end, consumed);
    const site = absorb(state, consumed, label, variant, match.swallowed);
    output.push({ text: label, site, originalStart: -1 });
  }
  advance(text.length, output);
  state.pieces = coalesce(output, state.sites);
}

/**
 * Length of the word character (letter, mark or digit) that starts at an offset.
 * @param text The text.
 * @param offset The offset.
 * @returns 1 or 2 (a surrogate pair) for a word character, 0 otherwise or at the end.
 */
function wordLengthAt(text: string, offset: number): number {
  const codePoint = text.codePointAt(offset);
  if (codePoint === undefined) return 0;
  const character = String.fromCodePoint(codePoint);
  return WORD_CHARACTER.test(character) ? character.length : 0;
}

/**
 * Length of the word character that ends at an offset.
 * @param text The text.
 * @param offset The offset just after the character.
 * @returns 1 or 2 for a word character, 0 otherwise or at the start.
 */
function wordLengthBefore(text: string, offset: number): number {
  if (offset <= 0) return 0;
  let start = offset - 1;
  const low = text.charCodeAt(start);
  if (low >= 0xdc00 && low <= 0xdfff && start > 0) {
    const high = text.charCodeAt(start - 1);
    if (high >= 0xd800 && high <= 0xdbff) start -= 1;
  }
  const character = text.slice(start, offset);
  return WORD_CHARACTER.test(character) ? character.length : 0;
}

/**
 * Grow a range to the whole word-run around it: letters, marks, digits and apostrophes between two of them.
 * This takes in a carried suffix (`…rights’s`, `…justices`) and the rest of a word hit inside
 * (`schoolChildren's rights`).
 * @param text The damaged text.
 * @param start Start of the range.
 * @param end End of the range.
 * @returns The grown range.
 */
function extendToWordRun(text: string, start: number, end: number): [number, number] {
  let left = start;
  let right = end;
  for (;;) {
    const length = wordLengthBefore(text, left);
    if (length > 0) {
      left -= length;
    } else if (
      APOSTROPHES.has(text.charAt(left - 1)) &&
      wordLengthBefore(text, left - 1) > 0 &&
      wordLengthAt(text, left) > 0
    ) {
      left -= 1;
    } else {
      break;
    }
  }
  for (;;) {
    const length = wordLengthAt(text, right);
    if (length > 0) {
      right += length;
    } else if (
      APOSTROPHES.has(text.charAt(right)) &&
      wordLengthBefore(text, right) > 0 &&
      wordLengthAt(text, right + 1) > 0
    ) {
      right += 1;
    } else {
      break;
    }
  }
  return [left, right];
}

/**
 * Turn the final pieces into truth spans.
 * @param state The final state.
 * @param input The clean input text.
 * @returns The damaged text and its truth spans.
 */
function collectTruth(state: State, input: string): CorruptResult {
  const { pieces, sites } = state;
  const text = pieces.map((piece) => piece.text).join('');
  const offsets: number[] = [];
  const ranges = new Map<number, [number, number]>();
  let offset = 0;
  for (const piece of pieces) {
    offsets.push(offset);
    const end = offset + piece.text.length;
    if (piece.site >= 0) {
      const root = findRoot(sites, piece.site);
      const range = ranges.get(root);
      if (range === undefined) ranges.set(root, [offset, end]);
      else range[1] = end;
    }
    offset = end;
  }

  /** Map a damaged offset at the edge of a span to the input: clean text maps 1:1, site text to its site. */
  const toOriginal = (position: number, side: 'start' | 'end'): number => {
    for (let index = 0; index < pieces.length; index += 1) {
      const piece = pieces[index];
      const pieceStart = offsets[index];
      if (piece === undefined || pieceStart === undefined) break;
      const pieceEnd = pieceStart + piece.text.length;
      const inside = side === 'start' ? position >= pieceStart && position < pieceEnd : position > pieceStart && position <= pieceEnd;
      if (!inside) continue;
      if (piece.site < 0) return piece.originalStart + (position - pieceStart);
      const site = siteAt(sites, piece.site);
      return side === 'start' ? site.originalStart : site.originalEnd;
    }
    return side === 'start' ? input.length : 0;
  };

  const spans = [...ranges.entries()]
    .map(([site, [start, end]]) => {
      const [left, right] = extendToWordRun(text, start, end);
      return { start: left, end: right, sites: [site] };
    })
    .sort((a, b) => a.start - b.start);
  const grouped: Array<{ start: number; end: number; sites: number[] }> = [];
  for (const span of spans) {
    const previous = grouped[grouped.length - 1];
    if (previous !== undefined && span.start < previous.end) {
      previous.end = Math.max(previous.end, span.end);
      previous.sites.push(...span.sites);
    } else {
      grouped.push(span);
    }
  }

  const truth: TruthSpan[] = [];
  for (const group of grouped) {
    const damaged = text.slice(group.start, group.end);
    const original = input.slice(toOriginal(group.start, 'start'), toOriginal(group.end, 'end'));
    // A label that equals the text it replaced (`Data` for `Data`) leaves nothing to find.
    if (damaged === original) continue;
    const members = group.sites.map((index) => siteAt(sites, index));
    const variant = members.find((site) => site.variant);
    const replacements = Math.max(...members.map((site) => site.replacements));
    const kind: TruthSpan['kind'] = variant !== undefined ? 'variant' : replacements >= 2 ? 'cascade' : 'injection';
    const first = variant ?? members[0];
    const recoverable = kind === 'cascade' && members.length === 1 && members.every((site) => !site.irregular);
    truth.push({
      start: group.start,
      end: group.end,
      damaged,
      original,
      kind,
      label: first?.label ?? '',
      recoverable,
    });
  }
  return { text, truth };
}

/**
 * Check a rule and fail fast on misuse.
 * @param rule The rule to check.
 * @param index Its position in the rule list, for the message.
 */
function validateRule(rule: DamageRule, index: number): void {
  if (typeof rule.term !== 'string' || rule.term.length === 0) {
    throw new TypeError(`Missing \`term\` in rule ${index}`);
  }
  if (typeof rule.label !== 'string' || rule.label.length === 0) {
    throw new TypeError(`Missing \`label\` in rule ${index}`);
  }
  if (!Number.isInteger(rule.passes) || rule.passes < 1) {
    throw new TypeError(`Cannot use \`passes\` ${String(rule.passes)} in rule ${index}: expected a positive integer`);
  }
  if (!MODES.has(rule.mode)) {
    throw new TypeError(`Cannot use \`mode\` ${String(rule.mode)} in rule ${index}`);
  }
  const swallow = rule.swallowApostrophePass;
  if (swallow !== undefined && (!Number.isInteger(swallow) || swallow < 1 || swallow > rule.passes)) {
    throw new TypeError(`Cannot use \`swallowApostrophePass\` ${String(swallow)} in rule ${index}: expected 1..passes`);
  }
}

/**
 * Damage a text with find-and-replace rules and optional phrase merges, and record the exact truth.
 *
 * Rules run in order, each for all its passes; each pass is a left-to-right replace-all of
 * non-overlapping matches. Merges then run once each, case-insensitively, on the damaged text.
 * Applying every truth span's `original` over its range, right to left, gives back `text` exactly.
 * @param text The clean text.
 * @param rules The rules to run, in order.
 * @param options `merges`: phrase merges run after the rules.
 * @returns The damaged text and its truth spans, sorted by start.
 */
export function corrupt(text: string, rules: readonly DamageRule[], options: CorruptOptions = {}): CorruptResult {
  rules.forEach(validateRule);
  const merges = options.merges ?? [];
  merges.forEach((merge, index) => {
    if (typeof merge.phrase !== 'string' || merge.phrase.length === 0) {
      throw new TypeError(`Missing \`phrase\` in merge ${index}`);
    }
    if (typeof merge.label !== 'string' || merge.label.length === 0) {
      throw new TypeError(`Missing \`label\` in merge ${index}`);
    }
  });
  const state: State = {
    pieces: text.length > 0 ? [{ text, site: -1, originalStart: 0 }] : [],
    sites: [],
  };
  for (const rule of rules) {
    for (let pass = 1; pass <= rule.passes; pass += 1) {
      const pattern = rulePattern(rule, rule.swallowApostrophePass === pass);
      replacePass(state, pattern, rule.label, false);
    }
  }
  for (const merge of merges) {
    replacePass(state, new RegExp(escapeRegExp(merge.phrase), 'giu'), merge.label, true);
  }
  return collectTruth(state, text);
}

/**
 * Make a URL slug from a title the way CMS path generators do.
 *
 * Lower case, accents dropped, apostrophes removed (`Women's` → `womens`), every other run of characters
 * that are not letters or digits turned into one `-`, stop words dropped, ends trimmed, and a slug longer
 * than `maxLength` cut at the last `-` within the limit (hard cut when there is none).
 * @param title The title.
 * @param options `maxLength` and `stopWords`.
 * @returns The slug.
 */
export function slugify(title: string, options: SlugOptions = {}): string {
  const { maxLength, stopWords } = options;
  if (maxLength !== undefined && (!Number.isInteger(maxLength) || maxLength < 1)) {
    throw new TypeError(`Cannot use \`maxLength\` ${String(maxLength)}: expected a positive integer`);
  }
  const stop = new Set((stopWords ?? []).map((word) => word.toLowerCase()));
  const plain = title.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’‘ʼ]/gu, '');
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && !stop.has(word));
  let slug = words.join('-');
  if (maxLength !== undefined && slug.length > maxLength) {
    const boundary = slug.slice(0, maxLength + 1).lastIndexOf('-');
    slug = boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, maxLength);
  }
  return slug;
}

/**
 * Damage a title with rules and regenerate its slug, as a CMS did when it rebuilt URL aliases from damaged
 * titles (`Police cuts` → `police-crime-crime-cuts`).
 * @param title The clean title.
 * @param rules The rules to run on the title.
 * @param options Slug options, plus `merges` for the title.
 * @returns Both titles, both slugs (the clean slug is the truth for the damaged one) and the title truth.
 */
export function corruptSlug(
  title: string,
  rules: readonly DamageRule[],
  options: SlugOptions & CorruptOptions = {},
): SlugDamage {
  const { merges, ...slugOptions } = options;
  const damaged = corrupt(title, rules, merges === undefined ? {} : { merges });
  return {
    title,
    damagedTitle: damaged.text,
    slug: slugify(title, slugOptions),
    damagedSlug: slugify(damaged.text, slugOptions),
    titleTruth: damaged.truth,
  };
}

/**
 * A tiny seeded pseudo-random generator (mulberry32).
 * @param seed A 32-bit seed.
 * @returns A function giving numbers in [0, 1).
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Hash a string to 32 bits (FNV-1a), so each document gets its own stream whatever the corpus order.
 * @param text The string.
 * @returns An unsigned 32-bit hash.
 */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Pick one element with a random number.
 * @param items The candidates; must not be empty.
 * @param random The generator.
 * @returns One of the items.
 */
function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

/**
 * Whether a family's label matches its own term again under a mode, so repeated passes cascade.
 * @param family The family.
 * @param mode The matching mode.
 * @returns True when the label contains a match of the term.
 */
function rematches(family: LabelFamily, mode: DamageRule['mode']): boolean {
  return rulePattern({ term: family.term, label: family.label, passes: 1, mode }, false).test(family.label);
}

/**
 * Whether two families can damage one document without one rule hitting the other's label or term.
 * @param a A family.
 * @param b Another family.
 * @returns True when neither term occurs in the other family's term or label.
 */
function compatible(a: LabelFamily, b: LabelFamily): boolean {
  const lower = (text: string): string => text.toLowerCase();
  return (
    !lower(a.label).includes(lower(b.term)) &&
    !lower(b.label).includes(lower(a.term)) &&
    !lower(a.term).includes(lower(b.term)) &&
    !lower(b.term).includes(lower(a.term))
  );
}

/**
 * Check a probability option.
 * @param name The option name, for the message.
 * @param value The value or undefined.
 * @param fallback The default.
 * @returns The probability.
 */
function probability(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new TypeError(`Cannot use \`${name}\` ${String(value)}: expected a number from 0 to 1`);
  }
  return value;
}

/**
 * Choose a phrase merge for a document: two or three words that precede a whole-word occurrence of a
 * cascade term, followed by the label's head (`… Against Women`).
 * @param clean The clean text.
 * @param family A cascade family whose label starts with its term.
 * @param random The generator.
 * @returns A merge, or undefined when no occurrence has plain words before it.
 */
function chooseMerge(clean: string, family: LabelFamily, random: () => number): PhraseMerge | undefined {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}'’-])(\\p{L}+ \\p{L}+ (?:\\p{L}+ )?)${escapeRegExp(family.term)}(?![\\p{L}\\p{M}\\p{N}_])`,
    'giu',
  );
  const candidates = [...clean.matchAll(pattern)].map((match) => match[1] ?? '').filter((words) => words.length > 0);
  if (candidates.length === 0) return undefined;
  return { phrase: `${pick(candidates, random)}${family.label.slice(0, family.term.length)}`, label: family.label };
}

/**
 * Make one damage plan for a document and run it.
 * @param id The document id.
 * @param clean The clean text.
 * @param random The document's generator.
 * @param settings The resolved corpus options.
 * @returns The damaged document.
 */
function damageDocument(
  id: string,
  clean: string,
  random: () => number,
  settings: {
    families: readonly LabelFamily[];
    injections: readonly LabelFamily[];
    rate: number;
    mergeRate: number;
    swallowRate: number;
    injectionRate: number;
  },
): DamagedDocument {
  const undamaged: DamagedDocument = { id, clean, damaged: clean, truth: [], rules: [], merges: [] };
  const lowerText = clean.toLowerCase();
  const cascades = settings.families.filter(
    (family) => rematches(family, 'substring-ci') && lowerText.includes(family.term.toLowerCase()),
  );
  const injections = settings.injections.filter((family) =>
    rulePattern({ term: family.term, label: family.label, passes: 1, mode: 'word-cs' }, false).test(clean),
  );
  if (cascades.length + injections.length === 0) return undamaged;
  if (random() >= settings.rate) return undamaged;

  const wanted = 1 + Math.floor(random() * 3);
  const chosen: Array<{ family: LabelFamily; injection: boolean }> = [];
  for (let attempt = 0; attempt < wanted; attempt += 1) {
    const fits = (family: LabelFamily): boolean => chosen.every((other) => compatible(family, other.family));
    const cascadePool = cascades.filter(fits);
    const injectionPool = injections.filter(fits);
    const useInjection = injectionPool.length > 0 && (cascadePool.length === 0 || random() < settings.injectionRate);
    const pool = useInjection ? injectionPool : cascadePool;
    if (pool.length === 0) break;
    chosen.push({ family: pick(pool, random), injection: useInjection });
  }

  const rules: DamageRule[] = [];
  for (const { family, injection } of chosen) {
    if (injection) {
      rules.push({ term: family.term, label: family.label, passes: 1, mode: 'word-cs' });
      continue;
    }
    const passes = 2 + Math.floor(random() * 5);
    const wordPattern = rulePattern({ term: family.term, label: family.label, passes, mode: 'word-ci' }, false);
    // Whole-word mode only where it still cascades and still finds the term (`Elections` does not re-match `election`).
    const wordMode = random() < 0.2 && rematches(family, 'word-ci') && wordPattern.test(clean);
    const rule: DamageRule = { term: family.term, label: family.label, passes, mode: wordMode ? 'word-ci' : 'substring-ci' };
    const afterTerm = family.label.charAt(family.term.length);
    const possessive = family.label.toLowerCase().startsWith(family.term.toLowerCase()) && APOSTROPHES.has(afterTerm);
    if (possessive && random() < settings.swallowRate) {
      rule.swallowApostrophePass = 1 + Math.floor(random() * passes);
    }
    rules.push(rule);
  }

  const merges: PhraseMerge[] = [];
  const mergeable = chosen.filter(
    ({ family, injection }) => !injection && family.label.toLowerCase().startsWith(family.term.toLowerCase()),
  );
  if (mergeable.length > 0 && random() < settings.mergeRate) {
    const merge = chooseMerge(clean, pick(mergeable, random).family, random);
    if (merge !== undefined) merges.push(merge);
  }

  const result = corrupt(clean, rules, { merges });
  return { id, clean, damaged: result.text, truth: result.truth, rules, merges };
}

/**
 * Damage a corpus of clean documents for evaluation, deterministically from a seed.
 *
 * Per document (with its own generator seeded from `seed` and the id): pick 1–3 families whose term occurs
 * and that do not hit each other's labels; run cascade families 2–6 times as case-insensitive substring
 * (sometimes whole-word) replaces, sometimes with an apostrophe-swallowing pass; run injection families once,
 * case-sensitively; sometimes merge a phrase ending in a label's head into that label. Documents where no
 * term occurs come back undamaged with empty truth.
 * @param docs The clean documents.
 * @param options `seed` and optional families and rates.
 * @returns One damaged document per input document, in input order.
 */
export function makeDamagedCorpus(
  docs: ReadonlyArray<{ id: string; text: string }>,
  options: DamagedCorpusOptions,
): DamagedDocument[] {
  if (!Number.isFinite(options.seed)) {
    throw new TypeError(`Missing \`seed\` in options`);
  }
  const settings = {
    families: options.families ?? cascadeFamilies,
    injections: options.injectionFamilies ?? injectionFamilies,
    rate: probability('rate', options.rate, 1),
    mergeRate: probability('mergeRate', options.mergeRate, 0.25),
    swallowRate: probability('swallowRate', options.swallowRate, 0.3),
    injectionRate: probability('injectionRate', options.injectionRate, 0.25),
  };
  return docs.map((doc) => {
    const random = mulberry32((options.seed ^ hashString(doc.id)) >>> 0);
    return damageDocument(doc.id, doc.text, random, settings);
  });
}
