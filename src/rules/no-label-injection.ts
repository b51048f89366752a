/**
 * `no-label-injection`: a label put in once by a find-and-replace (`children` →
 * `Children's rights`) that stands where the plain term belongs. Only context shows it:
 * a capital mid-sentence before words that need a plain noun (`trafficked Children's rights
 * within their care`), the label glued inside a word (`schoolChildren's rights`), inside a
 * capitalised name (`Save the Children's rights`), or followed by the original's own `'s`
 * (`Children's rights's rights` for `children's rights`).
 *
 * Labels come from the glossary, from restorations of a profile, from the cascades of the
 * same text (a cascade's head and first unit, `Women's rights`, and its term `women`) or of
 * the run, and from label-shaped phrases the text itself uses mid-sentence more than once
 * (`Children's rights`, `Libraries and archives`; suggestions only, the term a guess).
 */
import { loadNlp } from '../core/nlp.js';
import { isPluralNoun, isProperNoun, withoutPossessive } from '../core/proper-nouns.js';
import { findRepeatedLabels } from '../core/repeated-labels.js';
import { apostropheForms, normaliseApostrophes, type Cascade } from '../core/analyze.js';
import { applyCase, decideCase, isCapitalised, type CaseDecision } from '../core/context.js';
import { learnedLabelOf, type FormModel } from '../core/forms.js';
import { documentationUrl, type FindingInput, type Rule, type RuleContext } from '../core/rule.js';
import { CharClass, classAt, isLowerLetter, lettersBefore, tokenize, type Token } from '../core/scanner.js';
import { coordinators, nameJoiners, personContinuations, quantifiers, relativePronouns } from './data/grammar-words.js';

const relatives = new Set(relativePronouns);
const coordinating = new Set(coordinators);
const joiners = new Set(nameJoiners);
const quantifierSet = new Set(quantifiers);
const personPhrases = personContinuations.map((phrase) => phrase.split(' '));

/** Where a known label came from; it decides how far the rule trusts it. */
export type LabelSource = 'glossary' | 'restoration' | 'cascade' | 'run' | 'option' | 'repeated';

/** A label the rule looks for. */
export interface KnownLabel {
  /** The label as the find-and-replace wrote it (`Children's rights`). */
  label: string;
  /** The term it replaced (`children`); for a label named in options only, a guess. */
  term: string;
  /** Where the label came from. */
  source: LabelSource;
  /** Where it stands, when already known (a label the text repeats): no search then. */
  starts?: number[];
}

/** Evidence from the words after a label. */
interface NextEvidence {
  /** Weight added to the confidence. */
  weight: number;
  /** One phrase for the explanation. */
  note: string;
}

/**
 * Guesses the term of a label shaped `X's y` (or `X' y`): `x`. Other shapes have no guess.
 * @param label the label.
 * @returns the lower-case term, or undefined.
 */
export function guessTerm(label: string): string | undefined {
  const match = /^(\p{L}+)['’]s?\s+\p{L}/u.exec(label);
  return match?.[1]?.toLowerCase();
}

/**
 * Turns a restoration key (`children's rights`, lower case) into the label it stands for,
 * in sentence case as taxonomy labels are written, when it reads as a label: at most four
 * words, none repeated (a cascade text repeats its tail).
 * @param key the normalised key.
 * @returns the label, or undefined.
 */
function labelFromKey(key: string): string | undefined {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 4) return undefined;
  const cores = words.map(withoutPossessive);
  if (new Set(cores).size !== cores.length) return undefined;
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * Collects the labels the rule looks for in one text.
 * @param context the rule context.
 * @param optionLabels labels named in the rule's options (`labels`).
 * @returns the labels, each once.
 */
export function knownLabels(context: Pick<RuleContext, 'glossary' | 'restorations' | 'analysis'> & { forms?: FormModel }, optionLabels: readonly string[] = []): KnownLabel[] {
  const labels = new Map<string, KnownLabel>();
  const add = (label: KnownLabel): void => {
    const key = normaliseApostrophes(label.label);
    if (!labels.has(key)) labels.set(key, label);
  };
  for (const entry of context.glossary?.labels ?? []) add({ label: entry.label, term: entry.term, source: 'glossary' });
  for (const [key, value] of context.restorations) {
    const label = labelFromKey(key);
    // Only a label that contains its term re-matched (`children's rights` → `children`).
    if (label !== undefined && key.includes(value.toLowerCase())) add({ label, term: value, source: 'restoration' });
  }
  for (const cascade of context.analysis.cascades) {
    const label = learnedLabel(cascade);
    if (label) add(label);
  }
  // Labels that cascaded in other files of the run: corpus evidence, trusted like this text's.
  for (const learned of context.forms?.labels?.values() ?? []) add({ ...learned, source: 'run' });
  for (const label of optionLabels) {
    const term = guessTerm(label);
    if (term !== undefined) add({ label, term, source: 'option' });
  }
  // Labels this text repeats mid-sentence (a single pass left no cascade): a guess, read only
  // when no better-known label explains the text, and never about a name.
  // (The survey asks for the labels of its options alone, with no text.)
  for (const { label, starts } of typeof context.analysis.text === 'string' ? findRepeatedLabels(context.analysis.text) : []) {
    const head = /^\p{L}+/u.exec(label)?.[0] ?? '';
    // A taxonomy label stands for a class of things: its head is a plural common noun
    // (`Children`, `Libraries`), not a name or a singular (`Santa's flight`, `Year's resolution`).
    if (head === '' || isProperNoun(head) || !isPluralNoun(head)) continue;
    add({ label, term: head.toLowerCase(), source: 'repeated', starts });
  }
  return [...labels.values()];
}

/**
 * Whether a label was learned from cascades (of this text or of the run) rather than named.
 * @param known the label.
 * @returns true for learned labels.
 */
function isLearned(known: KnownLabel): boolean {
  return known.source === 'cascade' || known.source === 'run';
}

/**
 * The label a cascade of this text shows, when it has a taxonomy label's shape.
 * @param cascade a cascade of the text.
 * @returns the label with its term, or undefined.
 */
function learnedLabel(cascade: Cascade): KnownLabel | undefined {
  const learned = learnedLabelOf(cascade);
  return learned ? { ...learned, source: 'cascade' } : undefined;
}

/**
 * Finds every occurrence of a label (either apostrophe) in a text.
 * @param text the text.
 * @param label the label.
 * @param quotes the apostrophes the text uses: a form with another is not looked for.
 * @returns start offsets in text order.
 */
function occurrences(text: string, label: string, quotes: Quotes): number[] {
  const all = apostropheForms(label);
  if (all.length === 1) return indexesOf(text, label);
  const forms = all.filter((_, index) => (index === 0 ? quotes.straight : quotes.curly));
  // The two forms differ in a character, so their offsets never coincide.
  const found = forms.flatMap((form) => indexesOf(text, form));
  return forms.length > 1 ? found.sort((a, b) => a - b) : found;
}

/** Above this many labels with a possessive head, one scan of the apostrophes finds them all. */
const labelsPerSearch = 4;

/**
 * Finds the occurrences of many possessive labels (`Women's rights`, `Children's rights`, …)
 * in one pass over the text's apostrophes instead of one search per label: each apostrophe
 * is read with the capitalised word before it (or a capitalised part of it, for a label
 * glued inside a word). Labels of other shapes are left to `occurrences`.
 * @param text the text.
 * @param labels the known labels.
 * @param quotes the apostrophes the text uses.
 * @returns start offsets by label, for the labels it searched.
 */
function labelOccurrences(text: string, labels: readonly KnownLabel[], quotes: Quotes): Map<string, number[]> {
  // Head → the labels with that head, each with its straight and curly form.
  const byHead = new Map<string, Array<{ label: string; forms: string[] }>>();
  let count = 0;
  for (const { label } of labels) {
    const forms = apostropheForms(label);
    const normalised = forms[0] as string;
    const apostrophe = normalised.indexOf("'");
    const space = normalised.indexOf(' ');
    const first = normalised.charCodeAt(0);
    if (apostrophe < 1 || (space >= 0 && space < apostrophe) || !(first >= 65 && first <= 90)) continue;
    const head = normalised.slice(0, apostrophe);
    const list = byHead.get(head) ?? [];
    list.push({ label, forms });
    byHead.set(head, list);
    count++;
  }
  const found = new Map<string, number[]>();
  if (count <= labelsPerSearch) return found;
  for (const list of byHead.values()) for (const { label } of list) found.set(label, []);
  for (const [formIndex, apostrophe] of [...(quotes.straight ? [[0, "'"] as const] : []), ...(quotes.curly ? [[1, '\u2019'] as const] : [])]) {
    for (let index = text.indexOf(apostrophe); index >= 0; index = text.indexOf(apostrophe, index + 1)) {
      const wordStart = lettersBefore(text, index, 0, 40);
      for (let start = wordStart; start < index; start++) {
        // A head starts the word or a capital inside it (`schoolChildren's`).
        const code = text.charCodeAt(start);
        if (start > wordStart && !(code >= 65 && code <= 90)) continue;
        for (const { label, forms } of byHead.get(text.slice(start, index)) ?? []) {
          if (text.startsWith(forms[formIndex] as string, start)) found.get(label)?.push(start);
        }
      }
    }
  }
  for (const list of found.values()) list.sort((a, b) => a - b);
  return found;
}

/** Which apostrophes a text uses. */
interface Quotes {
  /** Whether it holds `'`. */
  straight: boolean;
  /** Whether it holds `’`. */
  curly: boolean;
}

/**
 * Every offset at which a string occurs in a text.
 * @param text the text.
 * @param form the string.
 * @returns the offsets, in order.
 */
function indexesOf(text: string, form: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(form); index >= 0; index = text.indexOf(form, index + 1)) found.push(index);
  return found;
}

/** The spans of the text's cascades, searchable in logarithmic time. */
interface ClaimedSpans {
  /**
   * Whether a cascade span holds a range and passes a test.
   * @param start range start.
   * @param end range end.
   * @param accept a test of the holding span.
   * @returns true when one does.
   */
  holds(start: number, end: number, accept: (from: number, to: number) => boolean): boolean;
}

/**
 * Indexes the spans of the cascades (prefix included), so that a text with thousands of them
 * does not compare every label occurrence with every cascade.
 * @param cascades the text's cascades.
 * @returns the index.
 */
function claimedSpans(cascades: readonly Cascade[]): ClaimedSpans {
  const spans = cascades.map((cascade) => [cascade.start - cascade.prefix.length, cascade.end] as const).sort((a, b) => a[0] - b[0]);
  // The furthest end among the spans up to each index: a scan back stops once it is short.
  const reach: number[] = [];
  for (const [, to] of spans) reach.push(Math.max(to, reach[reach.length - 1] ?? -1));
  return {
    holds(start, end, accept) {
      let low = 0;
      let high = spans.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((spans[middle] as readonly [number, number])[0] <= start) low = middle + 1;
        else high = middle;
      }
      for (let index = low - 1; index >= 0 && (reach[index] ?? -1) >= end; index--) {
        const [from, to] = spans[index] as readonly [number, number];
        if (end <= to && accept(from, to)) return true;
      }
      return false;
    },
  };
}

/**
 * Whether a code unit is an apostrophe.
 * @param code a UTF-16 code unit.
 * @returns true for `'` and `’`.
 */
function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Whether the character at an index is a letter or digit.
 * @param text the text.
 * @param index the index (may be out of range).
 * @returns true for letters and digits inside the text.
 */
function isWordCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const value = classAt(text, index);
  return value === CharClass.Letter || value === CharClass.Digit;
}

/**
 * Cases a term for its place: a term with capitals (a name, `Myanmar`) is kept as written.
 * @param term the term.
 * @param decision the case the context asks for.
 * @returns the term to insert.
 */
function casedTerm(term: string, decision: CaseDecision): string {
  if (term !== term.toLowerCase()) return term;
  return applyCase(term, decision);
}

/** A cache of compromise readings of sentences, by sentence start. */
type SentenceCache = Map<number, { start: number; terms: { start: number; tags: string[] }[] }>;

/**
 * Finds the sentence around an offset: from the last `.`, `!`, `?` or line break before it to
 * the next one after it, at most 300 characters each way.
 * @param text the text.
 * @param offset an offset inside the sentence.
 * @returns its start and end offsets.
 */
function sentenceAround(text: string, offset: number): [number, number] {
  let start = offset;
  const lowest = Math.max(0, offset - 300);
  while (start > lowest) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || code === 13 || ((code === 46 || code === 33 || code === 63) && classAt(text, start) === CharClass.Space)) break;
    start--;
  }
  let end = offset;
  const highest = Math.min(text.length, offset + 300);
  while (end < highest) {
    const code = text.charCodeAt(end);
    if (code === 10 || code === 13) break;
    end++;
    if ((code === 46 || code === 33 || code === 63) && (end >= text.length || classAt(text, end) === CharClass.Space)) break;
  }
  return [start, end];
}

/**
 * The compromise tags of the word that starts at an offset, reading only its sentence.
 * @param text the text.
 * @param offset start of the word.
 * @param cache readings already made in this text.
 * @returns the tags, or an empty list.
 */
function tagsAt(text: string, offset: number, cache: SentenceCache): string[] {
  const [start, end] = sentenceAround(text, offset);
  let reading = cache.get(start);
  if (!reading) {
    const sentence = text.slice(start, end);
    const json = loadNlp()(sentence).json({ offset: true }) as { terms: { offset: { start: number }; tags: string[] }[] }[];
    reading = { start, terms: json.flatMap((item) => item.terms.map((term) => ({ start: start + term.offset.start, tags: term.tags }))) };
    cache.set(start, reading);
  }
  return reading.terms.find((term) => term.start === offset)?.tags ?? [];
}

/**
 * Reads what follows a label and says whether it needs the plain noun there (a verb, a
 * relative clause, a preposition, the end of the noun phrase) or reads as the label used as a
 * modifier or name (`Children's rights campaign`, `Children's rights Alliance`).
 * @param text the prose view.
 * @param end the offset after the label.
 * @param cache compromise readings of this text.
 * @returns the evidence, or undefined when the label may be used correctly there.
 */
function nextEvidence(text: string, end: number, cache: SentenceCache): NextEvidence | undefined {
  let index = end;
  while (index < text.length && classAt(text, index) === CharClass.Space) index++;
  if (index >= text.length || classAt(text, index) === CharClass.Newline) return { weight: 0.2, note: 'it ends the line' };
  const character = text.charAt(index);
  if (',.;:!?)]”"’\''.includes(character)) return { weight: 0.25, note: `it ends its noun phrase before \`${character}\`` };
  if (character === '–' || character === '—' || character === '(') return { weight: 0.2, note: `it ends its noun phrase before \`${character}\`` };
  const after = tokenize(text, index, Math.min(text.length, index + 80)).filter((token) => token.kind !== 'symbol');
  const next = after[0];
  if (!next || next.start !== index || next.kind !== 'word') return undefined;
  // `Children's rights Alliance`: a capitalised word goes on with a name.
  if (isCapitalised(next) && next.text !== 'I') return undefined;
  for (const phrase of personPhrases) {
    if (phrase.every((word, position) => after[position]?.lower === word)) return { weight: 0.4, note: `followed by \`${phrase.join(' ')}\`, which only fits people` };
  }
  if (relatives.has(next.lower)) return { weight: 0.35, note: `followed by the relative pronoun \`${next.text}\`` };
  if (coordinating.has(next.lower)) return { weight: 0.25, note: `followed by the conjunction \`${next.text}\`` };
  const tags = tagsAt(text, next.start, cache);
  if (tags.includes('Preposition')) return { weight: 0.3, note: `followed by the preposition \`${next.text}\`` };
  const finiteVerb = tags.includes('Auxiliary') || tags.includes('Copula') || tags.includes('Modal') || tags.includes('PastTense');
  // `campaign`, `groups`: a word that can be a noun makes the label a modifier.
  if (tags.includes('Verb') && finiteVerb && !tags.includes('Noun')) return { weight: 0.35, note: `followed by the verb \`${next.text}\`` };
  return undefined;
}

/**
 * Whether the word before a label counts or quantifies a plural noun (`two`, `several`,
 * `300,000`).
 * @param before tokens before the label.
 * @returns true for numbers and quantifiers right before it.
 */
function countedBefore(before: Token[]): boolean {
  const previous = before[before.length - 1];
  if (!previous) return false;
  return previous.kind === 'number' || quantifierSet.has(previous.lower);
}

/**
 * Whether a label stands inside a capitalised name the glossary knows, once the label is
 * read as its term: `Save the Children's rights` with the glossary name `Save the Children`.
 * @param text the prose view.
 * @param start label start.
 * @param term the term.
 * @param context the rule context.
 * @returns the glossary name, or undefined.
 */
function glossaryNameAround(text: string, start: number, term: string, context: RuleContext): string | undefined {
  const capital = applyCase(term, { form: 'capital', reason: '' });
  for (const entry of context.glossary?.names ?? []) {
    const name = normaliseApostrophes(entry.name);
    const at = name.indexOf(capital);
    if (at < 0 || !name.slice(at).startsWith(capital)) continue;
    const head = name.slice(0, at);
    if (head !== '' && normaliseApostrophes(text.slice(start - head.length, start)) === head) return entry.name;
  }
  return undefined;
}

/**
 * Whether the words before a label make it part of a capitalised name (`Save the …`,
 * `Department of …`): a small joiner after a capitalised word that does not start the
 * sentence.
 * @param text the prose view.
 * @param before tokens before the label.
 * @param start label start.
 * @returns true inside such a name.
 */
function nameBefore(text: string, before: Token[], start: number): boolean {
  const joiner = before[before.length - 1];
  const word = before[before.length - 2];
  if (!joiner || !word || !joiners.has(joiner.lower)) return false;
  if (text.slice(joiner.end, start) !== ' ' || text.slice(word.end, joiner.start) !== ' ') return false;
  if (!isCapitalised(word)) return false;
  // The first word of a sentence is capitalised for another reason: `Save the …` could be a verb.
  const decision = decideCase(text, word.start, word.end, word.text);
  return decision.reason === 'mid-sentence' || decision.reason === 'inside a name';
}

/**
 * Builds the finding of one occurrence, or nothing when the label may be used correctly there.
 * @param context the rule context.
 * @param known the label.
 * @param start where the label starts.
 * @param cache compromise readings of this text.
 * @returns the finding, or undefined.
 */
function judge(context: RuleContext, known: KnownLabel, start: number, cache: SentenceCache): FindingInput | undefined {
  const text = context.analysis.text;
  const end = start + known.label.length;
  const trusted = known.source === 'glossary' || known.source === 'restoration';
  const origin = {
    glossary: 'label from the glossary',
    restoration: 'label from the restorations',
    cascade: 'label learned from the cascades of this text',
    run: 'label learned from the cascades of other files of the run',
    option: 'label named in options; its term is a guess',
    repeated: 'label-shaped phrase used mid-sentence more than once in this text; its term is a guess',
  }[known.source];
  const learned = isLearned(known);
  // A label named without its term, or found by repetition: its term is a guess.
  const guessed = known.source === 'option' || known.source === 'repeated';
  const evidence: string[] = [];
  let rangeEnd = end;
  let restored: string;
  let confidence: number;
  const labelFirst = known.label.charAt(0);
  // `Children's rightsholders`: a longer word, not the label.
  if (isWordCharacter(text, end)) return undefined;
  const glued = start > 0 && isWordCharacter(text, start - 1);
  if (glued) {
    // `schoolChildren's rights`: a substring replace hit inside `schoolchildren`.
    if (!isLowerLetter(text.charAt(start - 1)) || isLowerLetter(labelFirst)) return undefined;
    evidence.push('label glued inside a word');
    restored = known.term.toLowerCase();
    confidence = guessed ? 0.6 : 0.95;
  } else if (isApostropheCode(text.charCodeAt(end)) && (text.charAt(end + 1) === 's' || text.charAt(end + 1) === 'S') && !isWordCharacter(text, end + 2)) {
    // `Children's rights's rights`: the original `children's rights` kept its own `'s`.
    rangeEnd = end + 2;
    const decision = decideCase(text, start, rangeEnd, known.label);
    evidence.push("label followed by the original's own possessive");
    restored = `${casedTerm(known.term, decision)}${context.text.slice(end, end + 2)}`;
    confidence = guessed ? 0.6 : 0.9;
  } else if (normaliseApostrophes(text.slice(end, end + known.label.length + 3)) === normaliseApostrophes(` (${known.label})`)) {
    // `Burma (Burma)`: `Myanmar (Burma)` with `Myanmar` replaced by `Burma`.
    const decision = decideCase(text, start, end, known.label);
    evidence.push('label followed by itself in parentheses');
    restored = casedTerm(known.term, decision);
    confidence = guessed ? 0.6 : 0.9;
  } else {
    // A label whose term is a name (`Burma` for `Myanmar`) gives no case evidence.
    if (known.term !== known.term.toLowerCase() || isLowerLetter(labelFirst)) return undefined;
    const decision = decideCase(text, start, end, known.label);
    const before = tokenize(text, Math.max(0, start - 120), start);
    const glossaryName = glossaryNameAround(text, start, known.term, context);
    const startLike = decision.reason === 'line start' || decision.reason === 'sentence start' || decision.reason === 'quotation start' || decision.reason === 'after a title colon' || decision.reason === 'title case line';
    let base: number;
    let caseDecision = decision;
    if (glossaryName !== undefined) {
      base = 0.85;
      caseDecision = { form: 'capital', reason: 'inside a name' };
      evidence.push(`inside the glossary name \`${glossaryName}\``);
    } else if (decision.reason === 'inside a name' || nameBefore(text, before, start)) {
      // Inside a name the capital is expected, but the label's lower-case tail is not.
      base = 0.5;
      caseDecision = { form: 'capital', reason: 'inside a name' };
      evidence.push('label inside a capitalised name');
    } else if (decision.reason === 'mid-sentence') {
      base = 0.55;
      evidence.push('label capitalised mid-sentence');
    } else if (startLike) {
      base = 0.2;
    } else {
      // `Children's rightsData`, an all-capitals line: nothing to read.
      return undefined;
    }
    const next = nextEvidence(text, end, cache);
    if (!next && glossaryName === undefined) return undefined;
    if (startLike && (!next || !next.note.includes('only fits people'))) return undefined;
    confidence = base + (next?.weight ?? 0);
    if (next) evidence.push(next.note);
    if (countedBefore(before)) {
      confidence += 0.1;
      evidence.push('counted like a plural noun');
    }
    // At the start of a sentence the capital says nothing: never more than a suggestion.
    if (startLike) confidence = Math.min(confidence, 0.7);
    restored = casedTerm(known.term, caseDecision);
  }
  confidence = Math.min(confidence, 0.97);
  if (confidence < 0.5) return undefined;
  // A learned or guessed label fixes only what no correct text can hold: a label glued in a
  // word, or followed by a second possessive. Elsewhere it may be a later, correct use.
  const strongShape = evidence[0] === 'label glued inside a word' || evidence[0] === "label followed by the original's own possessive";
  const fixable = confidence >= 0.8 && (trusted || (learned && strongShape));
  const actual = context.text.slice(start, rangeEnd);
  const edit = { range: [start, rangeEnd] as [number, number], text: restored };
  const explanation = `${evidence.join('; ')}; ${origin}`;
  if (fixable) {
    return { start, end: rangeEnd, reason: `Unexpected label \`${actual}\` where its term belongs, expected \`${restored}\``, expected: [restored], fix: edit, suggestions: [], confidence, explanation };
  }
  return {
    start,
    end: rangeEnd,
    reason: `Unexpected label \`${actual}\` where its term may belong, expected a decision (perhaps \`${restored}\`)`,
    expected: [restored],
    fix: null,
    suggestions: [{ ...edit, confidence }],
    confidence,
    explanation,
  };
}

/**
 * Reads the rule's options.
 * @param options rule options: `labels` (labels whose term is guessed, as the survey finds them).
 * @returns the labels named in options.
 * @throws TypeError for a malformed option.
 */
function readOptions(options: Readonly<Record<string, unknown>>): string[] {
  for (const key of Object.keys(options)) {
    if (key !== 'labels') throw new TypeError(`Unknown option \`${key}\` of \`no-label-injection\``);
  }
  const labels = options.labels ?? [];
  if (!Array.isArray(labels) || labels.some((label) => typeof label !== 'string' || label.trim() === '')) {
    throw new TypeError('Expected `labels` of `no-label-injection` to be an array of non-empty strings');
  }
  return labels as string[];
}

/** The rule module. */
export const noLabelInjection: Rule = {
  meta: {
    id: 'no-label-injection',
    description: 'Find a label put in once by a find-and-replace where the plain term belongs, and restore the term.',
    fixable: true,
    url: documentationUrl,
    defaultSeverity: 'warning',
  },
  create(options) {
    const optionLabels = readOptions(options);
    return (context) => {
      const labels = knownLabels(context, optionLabels);
      if (labels.length === 0) return;
      const claimed = claimedSpans(context.analysis.cascades);
      const cache: SentenceCache = new Map();
      const taken = new Set<number>();
      const text = context.analysis.text;
      const quotes: Quotes = { straight: text.includes("'"), curly: text.includes('\u2019') };
      const found = labelOccurrences(text, labels.filter((known) => known.starts === undefined), quotes);
      for (const known of labels) {
        for (const start of known.starts ?? found.get(known.label) ?? occurrences(text, known.label, quotes)) {
          if (taken.has(start)) continue;
          const end = start + known.label.length;
          // Inside a cascade the cascade rule reports. A known label (not one learned from
          // the cascades) followed by its original's `'s` and one more unit is read here:
          // `Children's rights's rights` is `children's rights` with the label put in once.
          const possessive = !isLearned(known);
          const inside = claimed.holds(start, end, (from, to) => !(possessive && start === from && isPossessiveReading(context.analysis.text, start, end, to)));
          if (inside) continue;
          const finding = judge(context, known, start, cache);
          if (finding) {
            taken.add(start);
            context.report(finding);
          }
        }
      }
    };
  },
};

/**
 * Whether a cascade span is exactly a label, its original's `'s` and one more unit of the
 * tail: `Children's rights's rights` (two units) read as `children's rights`.
 * @param text the prose view.
 * @param start label start.
 * @param end label end.
 * @param cascadeEnd end of the cascade that holds it.
 * @returns true for that reading.
 */
function isPossessiveReading(text: string, start: number, end: number, cascadeEnd: number): boolean {
  if (!isApostropheCode(text.charCodeAt(end)) || text.charAt(end + 1).toLowerCase() !== 's') return false;
  const tail = text.slice(start, end).split(/\s+/u).slice(1).join(' ');
  return text.slice(end + 2, cascadeEnd).trim() === tail && cascadeEnd - end - 3 === tail.length;
}
