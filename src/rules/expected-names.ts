/**
 * `expected-names`: near-misses of the names a site expects. With a glossary: a name in the
 * wrong letter case (`kate allen`), spacing or hyphens (`Stop-Violence Against Women`),
 * apostrophe (`International Womens Day`), a small typo (`Kate Alen`), a dropped inner word,
 * or a known variant, each restored to the canonical form. Without a glossary the rule is
 * opt-in (`learn: true`): compromise extracts people, places and organisations and the rule
 * flags the rare spelling of a name the text (or the run) mostly spells otherwise.
 *
 * The glossary is indexed by the first and last word of every name (and by their one-letter
 * deletions, for typos), so each word of the text is looked up once and only the windows
 * around a hit are compared: linear in the text.
 */
import { loadNlp } from '../core/nlp.js';
import { normaliseApostrophes } from '../core/analyze.js';
import { decideCase } from '../core/context.js';
import type { GlossaryEntry } from '../core/glossary.js';
import { documentationUrl, type FindingInput, type Rule, type RuleContext } from '../core/rule.js';
import { CharClass, classAt } from '../core/scanner.js';
import { titleStopWords } from './data/words.js';

const stopWords = new Set(titleStopWords);

/** A word of the text, as this rule reads it (hyphens and spaces separate words). */
interface Word {
  /** Offset of its first character. */
  start: number;
  /** Offset after it. */
  end: number;
  /** As written. */
  text: string;
  /** Lower case, letters and digits only (`women's` → `womens`). */
  key: string;
}

/** One spelling the rule compares windows with: a canonical name or one of its variants. */
interface NameForm {
  /** The glossary entry. */
  entry: GlossaryEntry;
  /** This spelling as written, apostrophes straight (`Digital.gov`, `Amnesty Int.`). */
  spelling: string;
  /** The words of this spelling as written. */
  words: string[];
  /** Lower-case letter keys of the words. */
  keys: string[];
  /** All letters and digits, lower case. */
  letters: string;
  /** Whether this spelling is a known wrong one (`variants`). */
  isVariant: boolean;
}

/** A hit of the index: a form whose first or last word matched a word of the text. */
interface IndexHit {
  form: NameForm;
  anchor: 'first' | 'last';
}

/** A compared window: what kind of near-miss it is. */
interface NearMiss {
  form: NameForm;
  start: number;
  end: number;
  kind: 'exact' | 'variant' | 'case' | 'spacing' | 'apostrophe' | 'typo' | 'dropped';
  confidence: number;
  note: string;
}

/** Spelling counts learned over several texts: name as written → how often. */
export interface NameCounts {
  [spelling: string]: number;
}

/**
 * Lower-case letters and digits of a word, apostrophes and everything else dropped.
 * @param value a word or phrase.
 * @returns the key.
 */
function letterKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Splits a text into words: letters, digits and inner apostrophes; everything else separates.
 * @param text the text.
 * @param from where to start.
 * @param to where to stop.
 * @returns the words in order.
 */
function readWords(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  let index = from;
  while (index < to) {
    const value = classAt(text, index);
    if (value !== CharClass.Letter && value !== CharClass.Digit) {
      index++;
      continue;
    }
    const start = index;
    while (index < to) {
      const current = classAt(text, index);
      if (current === CharClass.Letter || current === CharClass.Digit) {
        index++;
        continue;
      }
      // `Women's`: an apostrophe between letters belongs to the word.
      if (current === CharClass.Apostrophe && index + 1 < to && classAt(text, index + 1) === CharClass.Letter) {
        index++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, index);
    words.push({ start, end: index, text: raw, key: letterKey(raw) });
  }
  return words;
}

/**
 * Optimal-string-alignment distance of two strings, stopping early above 1.
 * @param a one string.
 * @param b the other.
 * @returns 0, 1, or 2 for anything further apart.
 */
export function editDistanceAtMostOne(a: string, b: string): number {
  if (a === b) return 0;
  const lengthA = a.length;
  const lengthB = b.length;
  if (Math.abs(lengthA - lengthB) > 1) return 2;
  let index = 0;
  while (index < lengthA && index < lengthB && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  if (lengthA === lengthB) {
    // One substitution, or one swap of neighbours (`Alnel`).
    if (a.slice(index + 1) === b.slice(index + 1)) return 1;
    if (a.charAt(index) === b.charAt(index + 1) && a.charAt(index + 1) === b.charAt(index) && a.slice(index + 2) === b.slice(index + 2)) return 1;
    return 2;
  }
  // One insertion or deletion.
  return lengthA > lengthB ? (a.slice(index + 1) === b.slice(index) ? 1 : 2) : (a.slice(index) === b.slice(index + 1) ? 1 : 2);
}

/**
 * The keys one word is indexed or looked up under: itself, and for words long enough to
 * carry a typo (five letters or more, four when looking up a shortened word), each deletion
 * of one letter. Two words within one edit share a key.
 * @param key a word key.
 * @param minimum the length from which deletions are added.
 * @returns the keys.
 */
function lookupKeys(key: string, minimum: number): string[] {
  const keys = [`=${key}`];
  if (key.length >= minimum) {
    const seen = new Set<string>();
    for (let index = 0; index < key.length; index++) {
      const deletion = key.slice(0, index) + key.slice(index + 1);
      if (!seen.has(deletion)) {
        seen.add(deletion);
        keys.push(`-${deletion}`);
      }
    }
    keys.push(`-${key}`);
  }
  return keys;
}

/** The glossary index: lookup key → forms whose first or last word has it. */
class NameIndex {
  readonly hits = new Map<string, IndexHit[]>();
  readonly forms: NameForm[] = [];

  /**
   * Indexes the names and variants of a glossary.
   * @param entries the glossary's names.
   */
  constructor(entries: readonly GlossaryEntry[]) {
    for (const entry of entries) {
      this.addForm(entry, entry.name, false);
      for (const variant of entry.variants ?? []) this.addForm(entry, variant, true);
    }
  }

  /**
   * Adds one spelling.
   * @param entry its entry.
   * @param spelling the spelling.
   * @param isVariant whether it is a known wrong spelling.
   */
  private addForm(entry: GlossaryEntry, spelling: string, isVariant: boolean): void {
    const words = readWords(spelling).map((word) => word.text);
    if (words.length === 0) return;
    const form: NameForm = { entry, spelling: normaliseApostrophes(spelling.trim()), words, keys: words.map(letterKey), letters: letterKey(spelling), isVariant };
    this.forms.push(form);
    const first = form.keys[0] ?? '';
    const last = form.keys[form.keys.length - 1] ?? '';
    // A variant is matched as written; only the canonical name is looked up with typos.
    const minimum = isVariant ? Number.POSITIVE_INFINITY : 5;
    for (const key of lookupKeys(first, minimum)) this.add(key, { form, anchor: 'first' });
    if (words.length > 1) for (const key of lookupKeys(last, minimum)) this.add(key, { form, anchor: 'last' });
  }

  /**
   * Adds one hit under a key.
   * @param key the lookup key.
   * @param hit the hit.
   */
  private add(key: string, hit: IndexHit): void {
    const list = this.hits.get(key);
    if (list) list.push(hit);
    else this.hits.set(key, [hit]);
  }

  /**
   * Looks up one word of the text.
   * @param word the word.
   * @returns forms whose first or last word is the word or one edit from it.
   */
  find(word: Word): IndexHit[] {
    const found: IndexHit[] = [];
    const seen = new Set<IndexHit>();
    for (const key of lookupKeys(word.key, 4)) {
      for (const hit of this.hits.get(key) ?? []) {
        if (!seen.has(hit)) {
          seen.add(hit);
          found.push(hit);
        }
      }
    }
    return found;
  }
}

/**
 * Whether the characters between two words of a name window are a plain gap: spaces, one
 * hyphen or nothing, on one line.
 * @param text the text.
 * @param from end of one word.
 * @param to start of the next.
 * @returns true for such gaps.
 */
function plainGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index++) {
    const value = classAt(text, index);
    if (value !== CharClass.Space && value !== CharClass.Hyphen) return false;
  }
  return true;
}

/**
 * Whether a span is glued by a hyphen to a word before or after it (`United-States-based`).
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns true inside such a compound.
 */
function hyphenGlued(text: string, start: number, end: number): boolean {
  const before = start >= 2 && classAt(text, start - 1) === CharClass.Hyphen && classAt(text, start - 2) === CharClass.Letter;
  const after = end + 1 < text.length && classAt(text, end) === CharClass.Hyphen && classAt(text, end + 1) === CharClass.Letter;
  return before || after;
}

/**
 * Whether a word starts with a capital letter.
 * @param value a word.
 * @returns true when its first character is upper case.
 */
function capitalised(value: string): boolean {
  const first = value.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Whether a spelling holds no upper-case letter.
 * @param value a spelling.
 * @returns true when it is all lower case.
 */
function allLower(value: string): boolean {
  return value === value.toLowerCase();
}

/**
 * Whether an all-lower-case (or sentence-case) spelling of an entry is a finding: for people
 * (compromise reads the lower-case words as a name too) and for entries that say
 * `caseSensitive: true`. A name made of ordinary words reads as an ordinary phrase in lower
 * case: `campaign to stop violence against women` is correct.
 * @param entry the glossary entry.
 * @param window the spelling found.
 * @returns true when it should be reported.
 */
function lowerCaseIsWrong(entry: GlossaryEntry, window: string): boolean {
  if (entry.caseSensitive === true) return true;
  if (entry.kind === 'person') return true;
  if (entry.kind !== undefined) return false;
  // No kind: ask compromise whether the lower-case words read as a person's name (a first
  // or last name; `gov` in `the digital gov community` reads as a title, not a name).
  const doc = loadNlp()(window);
  return doc.has('#FirstName') && doc.has('#LastName');
}

/**
 * Drops a possessive from the last word of a window when the name has none there:
 * `Kate Allen's report` holds the name `Kate Allen`, not a typo of it.
 * @param words the window.
 * @param form the form compared with.
 * @returns the window, its last word without `'s` when that applies.
 */
function withoutPossessive(words: Word[], form: NameForm): Word[] {
  const last = words[words.length - 1];
  const formLast = form.words[form.words.length - 1] ?? '';
  if (!last || !/['’][sS]$/u.test(last.text) || /['’][sS]$/u.test(formLast) || last.text.length <= 2) return words;
  const text = last.text.slice(0, -2);
  return [...words.slice(0, -1), { start: last.start, end: last.end - 2, text, key: letterKey(text) }];
}

/**
 * Compares a window of words with a form and classifies the near-miss.
 * @param text the prose view.
 * @param words the window's words.
 * @param form the form.
 * @returns the near-miss, or undefined when the window is not one.
 */
function compare(text: string, window: Word[], form: NameForm): NearMiss | undefined {
  const words = withoutPossessive(window, form);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  for (let index = 1; index < words.length; index++) {
    const previous = words[index - 1] as Word;
    if (!plainGap(text, previous.end, (words[index] as Word).start)) return undefined;
  }
  const start = first.start;
  let end = last.end;
  // `Amnesty Int.`: a spelling may end in punctuation the words leave out.
  if (normaliseApostrophes(text.slice(start, start + form.spelling.length)) === form.spelling && !isWordAt(text, start + form.spelling.length)) end = start + form.spelling.length;
  const written = normaliseApostrophes(text.slice(start, end));
  const spelling = form.spelling;
  const canonical = form.entry.name;
  const base = { form, start, end };
  if (written === spelling) {
    // A variant written as listed is a known wrong spelling; the name itself is correct.
    return form.isVariant ? { ...base, kind: 'variant', confidence: 0.95, note: 'a known variant in the glossary' } : { ...base, kind: 'exact', confidence: 1, note: '' };
  }
  if (form.isVariant) return undefined;
  const letters = words.map((word) => word.key).join('');
  if (letters === form.letters) {
    const sameWords = words.length === form.words.length && words.every((word, index) => word.key === form.keys[index]);
    // Words joined or split: `StopViolence Against Women`, `Amnesty Inter national`.
    if (!sameWords) return capitalised(first.text) && !allLower(written.slice(1)) ? { ...base, kind: 'spacing', confidence: 0.85, note: 'words joined or split' } : undefined;
    if (written.toLowerCase() === spelling.toLowerCase()) return caseMiss(text, written, spelling, base);
    const gaps = (value: string): string => value.replace(/[\p{L}\p{N}']+/gu, '_');
    const withoutApostrophes = (value: string): string => value.replaceAll("'", '');
    if (gaps(written) !== gaps(spelling)) {
      // `A United-States-based team`: hyphens of a compound adjective, not a misspelt name.
      if (hyphenGlued(text, start, end)) return undefined;
      // Same words, other separators: `Stop-Violence Against Women`; the capitals must agree.
      if (withoutApostrophes(written).replace(/[^\p{L}\p{N}]/gu, '') !== withoutApostrophes(spelling).replace(/[^\p{L}\p{N}]/gu, '')) return undefined;
      return { ...base, kind: 'spacing', confidence: 0.9, note: 'the spaces or hyphens differ' };
    }
    // `International Womens Day`: the apostrophe is missing or moved; the capitals must agree.
    if (withoutApostrophes(written) !== withoutApostrophes(spelling)) return undefined;
    return { ...base, kind: 'apostrophe', confidence: 0.9, note: 'the apostrophe differs' };
  }
  if (words.length === form.words.length) return typoMiss(words, form, base);
  if (words.length === form.words.length - 1 && form.words.length >= 3) return droppedMiss(words, form, base, canonical);
  return undefined;
}

/**
 * Classifies a window that differs from the name in letter case only.
 * @param text the prose view.
 * @param written the window.
 * @param spelling the canonical spelling.
 * @param base the window's form and range.
 * @returns the near-miss, or undefined when the case is acceptable there.
 */
function caseMiss(text: string, written: string, spelling: string, base: { form: NameForm; start: number; end: number }): NearMiss | undefined {
  const entry = base.form.entry;
  if (entry.caseSensitive === false) return undefined;
  // `AMNESTY INTERNATIONAL` in a shouted headline.
  if (written === written.toUpperCase()) return undefined;
  const writtenWords = written.split(/[\s-]+/u);
  const spellingWords = spelling.split(/[\s-]+/u);
  // `Save The Children` in a Title Case headline: only small words gained a capital.
  const onlyStopWordsRaised = writtenWords.every((word, index) => {
    const expected = spellingWords[index] ?? '';
    return word === expected || (word.toLowerCase() === expected && stopWords.has(expected) && capitalised(word));
  });
  if (onlyStopWordsRaised) return undefined;
  const sentenceCase = capitalised(written) && allLower(written.slice(1));
  const atStart = sentenceCase && decideCase(text, base.start, base.end, written).reason !== 'mid-sentence';
  if (allLower(written) || (sentenceCase && atStart)) {
    if (!lowerCaseIsWrong(entry, written.toLowerCase())) return undefined;
    return { ...base, kind: 'case', confidence: 0.85, note: 'the name is written in lower case' };
  }
  return { ...base, kind: 'case', confidence: 0.9, note: 'the letter case differs' };
}

/**
 * Classifies a window of as many words as the name with small typos: every word equal or
 * one edit away (for words of five letters or more), the capitals where the name has them.
 * @param words the window.
 * @param form the name.
 * @param base the window's form and range.
 * @returns the near-miss, or undefined.
 */
function typoMiss(words: Word[], form: NameForm, base: { form: NameForm; start: number; end: number }): NearMiss | undefined {
  let typos = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    const key = form.keys[index] ?? '';
    const expected = form.words[index] ?? '';
    if (capitalised(word.text) !== capitalised(expected)) return undefined;
    if (word.key === key) continue;
    if (key.length < 5 || editDistanceAtMostOne(word.key, key) !== 1) return undefined;
    typos++;
  }
  if (typos === 0) return undefined;
  // A one-word name has nothing else to confirm it: `Allan` may be another person.
  const confidence = form.words.length >= 2 && typos < form.words.length ? 0.85 : 0.6;
  return { ...base, kind: 'typo', confidence, note: `${typos} word${typos === 1 ? '' : 's'} one letter off` };
}

/**
 * Classifies a window that lacks one inner word of the name (`Stop Violence Women`), first
 * and last words as written in the name. Short forms are common (`Amnesty UK`), so this is
 * only ever a suggestion.
 * @param words the window.
 * @param form the name.
 * @param base the window's form and range.
 * @param canonical the canonical name.
 * @returns the near-miss, or undefined.
 */
function droppedMiss(words: Word[], form: NameForm, base: { form: NameForm; start: number; end: number }, canonical: string): NearMiss | undefined {
  for (let skipped = 1; skipped < form.words.length - 1; skipped++) {
    const kept = form.words.filter((_, index) => index !== skipped);
    if (kept.every((word, index) => normaliseApostrophes(word) === normaliseApostrophes(words[index]?.text ?? ''))) {
      return { ...base, kind: 'dropped', confidence: 0.6, note: `the word \`${form.words[skipped] ?? ''}\` of \`${canonical}\` is missing` };
    }
  }
  return undefined;
}

/**
 * Finds near-misses of the glossary's names in a text.
 * @param text the prose view.
 * @param index the glossary index.
 * @returns near-misses, exact hits included (they protect their span).
 */
function findGlossaryMisses(text: string, index: NameIndex): NearMiss[] {
  const words = readWords(text);
  const found: NearMiss[] = [];
  const tried = new Set<string>();
  for (let position = 0; position < words.length; position++) {
    const word = words[position] as Word;
    for (const hit of index.find(word)) {
      const size = hit.form.words.length;
      for (const length of [size, size - 1, size + 1]) {
        if (length < 1) continue;
        const from = hit.anchor === 'first' ? position : position - length + 1;
        const to = from + length;
        if (from < 0 || to > words.length) continue;
        const key = `${from}:${to}:${index.forms.indexOf(hit.form)}`;
        if (tried.has(key)) continue;
        tried.add(key);
        const miss = compare(text, words.slice(from, to), hit.form);
        if (miss) found.push(miss);
      }
    }
  }
  return found;
}

/**
 * Turns near-misses into findings: a span covered by a correct spelling of any name is left
 * alone; a span with near-misses of more than one name gets suggestions only.
 * @param context the rule context.
 * @param misses near-misses found.
 */
function reportMisses(context: RuleContext, misses: NearMiss[]): void {
  const text = context.analysis.text;
  const exact = misses.filter((miss) => miss.kind === 'exact');
  const typoCounts = new Map<string, number>();
  for (const miss of misses) {
    if (miss.kind !== 'typo') continue;
    const written = normaliseApostrophes(text.slice(miss.start, miss.end));
    typoCounts.set(written, (typoCounts.get(written) ?? 0) + 1);
  }
  const byRange = new Map<string, NearMiss[]>();
  for (const original of misses) {
    if (original.kind === 'exact') continue;
    // `github.com`, `/kate-allen/`: an address keeps its own spelling.
    if (inAddress(text, original.start, original.end) || quotedLiteral(text, original.start, original.end)) continue;
    // A span that is some name's correct spelling is left alone.
    if (exact.some((hit) => original.start < hit.end && hit.start < original.end)) continue;
    // `Myanmar (Burma)`: a variant in parentheses after its own name is a gloss, not an error.
    if (original.form.isVariant && text.slice(0, original.start).endsWith(`${original.form.entry.name} (`)) continue;
    let miss = original;
    const repeated = miss.kind === 'typo' ? (typoCounts.get(normaliseApostrophes(text.slice(miss.start, miss.end))) ?? 0) : 0;
    if (repeated >= 2) {
      // `Kate Allan` written the same way twice or more may be another person.
      miss = { ...miss, confidence: Math.min(miss.confidence, 0.6), note: `${miss.note}, written this way ${repeated} times` };
    }
    const key = `${miss.start}:${miss.end}`;
    const list = byRange.get(key);
    if (list) list.push(miss);
    else byRange.set(key, [miss]);
  }
  // Of overlapping ranges keep the best one (a longer window that explains more wins a tie).
  const ranges = [...byRange.values()].sort((a, b) => (a[0] as NearMiss).start - (b[0] as NearMiss).start);
  let lastEnd = -1;
  let lastConfidence = 0;
  const chosen: NearMiss[][] = [];
  for (const list of ranges) {
    const head = list[0] as NearMiss;
    const best = Math.max(...list.map((miss) => miss.confidence));
    if (head.start < lastEnd) {
      const previous = chosen[chosen.length - 1];
      if (previous && best > lastConfidence) {
        chosen[chosen.length - 1] = list;
        lastEnd = head.end;
        lastConfidence = best;
      }
      continue;
    }
    chosen.push(list);
    lastEnd = head.end;
    lastConfidence = best;
  }
  for (const list of chosen) report(context, list);
}

/**
 * Reports one span with its candidate names.
 * @param context the rule context.
 * @param list near-misses of one span (one per candidate form).
 */
function report(context: RuleContext, list: NearMiss[]): void {
  const candidates = new Map<string, NearMiss>();
  for (const miss of [...list].sort((a, b) => b.confidence - a.confidence)) {
    if (!candidates.has(miss.form.entry.name)) candidates.set(miss.form.entry.name, miss);
  }
  const best = [...candidates.values()];
  const top = best[0];
  if (!top) return;
  const actual = context.text.slice(top.start, top.end);
  const expected = best.map((miss) => miss.form.entry.name);
  const edit = { range: [top.start, top.end] as [number, number], text: top.form.entry.name };
  const fixable = best.length === 1 && top.confidence >= 0.8;
  const finding: FindingInput = {
    start: top.start,
    end: top.end,
    reason: fixable ? `Unexpected spelling \`${actual}\` of a name, expected \`${edit.text}\`` : `Unexpected spelling \`${actual}\` of a name, expected ${expected.map((name) => `\`${name}\``).join(' or ')}`,
    expected,
    fix: fixable ? edit : null,
    suggestions: fixable ? [] : best.map((miss) => ({ range: [miss.start, miss.end] as [number, number], text: miss.form.entry.name, confidence: miss.confidence })),
    confidence: best.length === 1 ? top.confidence : Math.min(top.confidence, 0.5),
    explanation: best.length === 1 ? `${top.note}; name from the glossary` : `near ${best.length} glossary names: ${best.map((miss) => `\`${miss.form.entry.name}\` (${miss.note})`).join(', ')}`,
  };
  context.report(finding);
}

/**
 * Trims a name compromise found: outer punctuation and a possessive (`UK’s`, `Harvey.`).
 * @param text the text.
 * @param start the match start.
 * @param end the match end.
 * @returns the trimmed range, or undefined when nothing is left.
 */
function trimName(text: string, start: number, end: number): [number, number] | undefined {
  let from = start;
  let to = end;
  while (from < to && classAt(text, from) !== CharClass.Letter) from++;
  while (to > from && classAt(text, to - 1) !== CharClass.Letter) to--;
  // `Amnesty International’s office`: the name ends at its possessive.
  const possessive = /['’][sS](?![\p{L}\p{N}])/u.exec(text.slice(from, to));
  if (possessive) to = from + possessive.index;
  while (to > from && classAt(text, to - 1) !== CharClass.Letter) to--;
  return to > from ? [from, to] : undefined;
}

/**
 * Extracts the people, places and organisations compromise finds in a text, with how often
 * each spelling occurs.
 * @param text a text.
 * @returns spelling → count.
 */
export function extractNames(text: string): NameCounts {
  const counts: NameCounts = {};
  const doc = loadNlp()(text);
  for (const group of [doc.people(), doc.places(), doc.organizations()]) {
    const matches = group.json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const match of matches) {
      const range = trimName(text, match.offset.start, match.offset.start + match.offset.length);
      if (!range) continue;
      const spelling = text.slice(range[0], range[1]).replace(/\s+/gu, ' ');
      // `[Iranian] Chess Federation`: brackets, slashes and the like are not part of a name.
      if (!/^[\p{L}\p{N}'’.\- ]+$/u.test(spelling)) continue;
      counts[spelling] = (counts[spelling] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Learns how often each spelling of a name occurs over several texts, for `learn` over a
 * whole run (pass the result as the rule option `names`). Slow: compromise reads every text.
 * @param texts the texts of the run.
 * @returns spelling → count.
 */
export function learnNamesFrom(texts: Iterable<string>): NameCounts {
  const total: NameCounts = {};
  for (const text of texts) {
    for (const [spelling, count] of Object.entries(extractNames(text))) total[spelling] = (total[spelling] ?? 0) + count;
  }
  return total;
}

/**
 * Finds, among learned spellings, the rare ones that are near-misses of a frequent one: same
 * number of words, each equal or one edit away (five letters or more), or the same letters
 * in another case; the frequent spelling occurs at least three times and three times as
 * often. Spellings are grouped by their first and by their last word, so only neighbours
 * are compared.
 * @param counts spelling → count.
 * @returns rare spelling → the frequent spelling and a confidence.
 */
export function minoritySpellings(counts: Readonly<NameCounts>): Map<string, { canonical: string; confidence: number }> {
  const spellings = Object.keys(counts);
  const buckets = new Map<string, string[]>();
  for (const spelling of spellings) {
    const words = readWords(spelling);
    const keys = new Set<string>();
    for (const word of [words[0], words[words.length - 1]]) {
      if (word) for (const key of lookupKeys(word.key, 4)) keys.add(key);
    }
    for (const key of keys) {
      const list = buckets.get(key);
      if (list) list.push(spelling);
      else buckets.set(key, [spelling]);
    }
  }
  const result = new Map<string, { canonical: string; confidence: number }>();
  for (const spelling of spellings) {
    const count = counts[spelling] ?? 0;
    // One slip among many: a spelling written twice or more is a choice (`Mysore division`).
    if (count !== 1) continue;
    const words = readWords(spelling);
    const neighbours = new Set<string>();
    for (const word of [words[0], words[words.length - 1]]) {
      if (word) for (const key of lookupKeys(word.key, 4)) for (const other of buckets.get(key) ?? []) neighbours.add(other);
    }
    let best: { canonical: string; confidence: number } | undefined;
    let ambiguous = false;
    for (const other of neighbours) {
      if (other === spelling) continue;
      const otherCount = counts[other] ?? 0;
      if (otherCount < 3 || otherCount < 3 * count) continue;
      if (!closeSpellings(spelling, other)) continue;
      const confidence = Math.min(0.9, otherCount / (otherCount + count));
      if (best) ambiguous = true;
      if (!best || confidence > best.confidence) best = { canonical: other, confidence };
    }
    if (best) result.set(spelling, ambiguous ? { ...best, confidence: Math.min(best.confidence, 0.5) } : best);
  }
  return result;
}

/**
 * Whether two spellings of a name are near-misses of each other.
 * @param rare the rare spelling.
 * @param frequent the frequent one.
 * @returns true for a case, spacing or one-letter difference per word.
 */
function closeSpellings(rare: string, frequent: string): boolean {
  if (letterKey(rare) === letterKey(frequent)) {
    // `kate allen` among `Kate Allen`: only a spelling with fewer capitals than a capitalised
    // name. `Gov domains` at a sentence start and an all-capitals headline are not misspellings.
    // `the city of Melbourne` beside `City of Melbourne` is a common noun: a spelling of
    // several words counts only when it is all lower case; one word may differ inside
    // (`Github`, `GitHub`).
    const capitals = (value: string): number => value.replace(/[^\p{Lu}]/gu, '').length;
    const oneWord = !/[\s\-]/u.test(rare);
    if (!oneWord && !allLower(rare)) return false;
    return capitalised(frequent) && capitals(rare) < capitals(frequent) && rare.replace(/[\p{L}\p{N}]/gu, '') === frequent.replace(/[\p{L}\p{N}]/gu, '');
  }
  const a = readWords(rare);
  const b = readWords(frequent);
  if (a.length !== b.length) return false;
  let typos = 0;
  for (let index = 0; index < a.length; index++) {
    const left = a[index] as Word;
    const right = b[index] as Word;
    if (left.key === right.key) continue;
    if (right.key.length < 5 || editDistanceAtMostOne(left.key, right.key) !== 1) return false;
    // `gov domain` beside `gov domains`: a plural is grammar, not a typo.
    if (left.key === `${right.key}s` || right.key === `${left.key}s`) return false;
    typos++;
  }
  // One word one letter off, the others as written: `Usama bin Ladin` is another
  // transliteration, and a one-word name one letter off is as likely another name (`Allan`).
  return typos === 1 && a.length >= 2;
}

/**
 * Reports the rare spellings of learned names wherever they occur in the text.
 * @param context the rule context.
 * @param counts spellings learned from this text or the run.
 * @param protectedRanges spans already judged with the glossary.
 */
function reportLearned(context: RuleContext, counts: Readonly<NameCounts>, protectedRanges: readonly [number, number][]): void {
  const text = context.analysis.text;
  for (const [spelling, { canonical, confidence }] of minoritySpellings(counts)) {
    let index = text.indexOf(spelling);
    while (index >= 0) {
      const end = index + spelling.length;
      const bounded = !isWordAt(text, index - 1) && !isWordAt(text, end) && !inAddress(text, index, end) && !hyphenGlued(text, index, end) && !quotedLiteral(text, index, end);
      const free = !protectedRanges.some(([from, to]) => index < to && from < end);
      if (bounded && free) {
        const edit = { range: [index, end] as [number, number], text: canonical };
        const fixable = confidence >= 0.8;
        const explanation = `written \`${spelling}\` ${counts[spelling] ?? 0} time(s) and \`${canonical}\` ${counts[canonical] ?? 0} times`;
        context.report({
          start: index,
          end,
          reason: fixable ? `Unexpected spelling \`${spelling}\` of a name, expected \`${canonical}\`` : `Unexpected spelling \`${spelling}\` of a name, expected a decision (perhaps \`${canonical}\`)`,
          expected: [canonical],
          fix: fixable ? edit : null,
          suggestions: fixable ? [] : [{ ...edit, confidence }],
          confidence,
          explanation,
        });
      }
      index = text.indexOf(spelling, end);
    }
  }
}

/**
 * Whether a span stands alone in quotes or backticks (`rename it to "github"`): a quoted
 * literal is mentioned, not used, and keeps its spelling.
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns true for a quoted span.
 */
function quotedLiteral(text: string, start: number, end: number): boolean {
  return '"\'`“‘'.includes(text.charAt(start - 1) || ' ') && '"\'`”’'.includes(text.charAt(end) || ' ');
}

/**
 * Whether a span is part of an address: a domain, path, e-mail or handle (`github.com`,
 * `/github/`, `@github`), where a name keeps the spelling of the address.
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns true next to address punctuation glued to a word.
 */
function inAddress(text: string, start: number, end: number): boolean {
  const addressMarks = './@:_\\';
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (before === '/' || before === '@' || after === '/' || after === '@') return true;
  if (addressMarks.includes(after) && isWordAt(text, end + 1)) return true;
  return addressMarks.includes(before) && isWordAt(text, start - 2);
}

/**
 * Whether the character at an index is a letter or digit.
 * @param text the text.
 * @param index the index (may be out of range).
 * @returns true inside a word.
 */
function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const value = classAt(text, index);
  return value === CharClass.Letter || value === CharClass.Digit;
}

/** Options of the rule. */
interface NameOptions {
  learn: boolean;
  names: NameCounts | undefined;
}

/**
 * Reads the rule's options.
 * @param options `learn` (boolean) and `names` (spelling counts from `learnNamesFrom`).
 * @returns the options.
 * @throws TypeError for a malformed option.
 */
function readOptions(options: Readonly<Record<string, unknown>>): NameOptions {
  for (const key of Object.keys(options)) {
    if (key !== 'learn' && key !== 'names') throw new TypeError(`Unknown option \`${key}\` of \`expected-names\``);
  }
  if (options.learn !== undefined && typeof options.learn !== 'boolean') throw new TypeError('Expected `learn` of `expected-names` to be a boolean');
  const names = options.names;
  if (names !== undefined && (typeof names !== 'object' || names === null || Object.values(names).some((count) => typeof count !== 'number'))) {
    throw new TypeError('Expected `names` of `expected-names` to map spellings to counts');
  }
  return { learn: options.learn === true || names !== undefined, names: names as NameCounts | undefined };
}

/** Glossary indexes by the glossary's list of names, so a run builds each index once. */
const indexes = new WeakMap<readonly GlossaryEntry[], NameIndex>();

/**
 * The index of a glossary's names, built on first use.
 * @param entries the glossary's names.
 * @returns the index.
 */
function indexOf(entries: readonly GlossaryEntry[]): NameIndex {
  let index = indexes.get(entries);
  if (!index) {
    index = new NameIndex(entries);
    indexes.set(entries, index);
  }
  return index;
}

/** The rule module. */
export const expectedNames: Rule = {
  meta: {
    id: 'expected-names',
    description: 'Find near-misses of expected names (case, spacing, apostrophes, small typos, dropped words) and restore the canonical form.',
    fixable: true,
    url: documentationUrl,
    defaultSeverity: 'warning',
  },
  create(options) {
    const settings = readOptions(options);
    return (context) => {
      const entries = context.glossary?.names ?? [];
      const misses: NearMiss[] = [];
      if (entries.length > 0) {
        misses.push(...findGlossaryMisses(context.analysis.text, indexOf(entries)));
        reportMisses(context, misses);
      }
      if (settings.learn) {
        const counts = settings.names ?? extractNames(context.analysis.text);
        reportLearned(context, counts, misses.map((miss) => [miss.start, miss.end]));
      }
    };
  },
};
