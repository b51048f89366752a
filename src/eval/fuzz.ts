/**
 * Property and fuzz run over `fix` and `check` (`node dist/eval/fuzz.js [--runs N] [--seed S]`).
 *
 * The same properties run in `tests/properties/fix.test.ts` with few runs; here they run with many
 * (20,000 per property and generator by default) and the script prints, for each, the runs, the
 * failures and the time. It exits with 1 on the first failing property, after printing its
 * shrunk counterexample.
 *
 * The generators write their own texts: ordinary words, replacement cascades built from invented
 * labels (a head and two to six units with affix noise), doubled words and phrases, punctuation,
 * both apostrophes, every line ending, emoji, combining marks, right-to-left text, zero-width
 * characters, NUL, lone surrogates and long lines.
 */
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { check, fix, learnFormsFrom } from '../index.js';
import { applyEdits, selectEdits } from '../core/fixer.js';
import type { Edit, FixResult, Message, Point } from '../core/types.js';

/** An invented label: the term it replaced and its tail, as a find-and-replace would re-apply it. */
interface InventedLabel {
  /** The term, capitalised as the label writes it (`Harbour`). */
  term: string;
  /** The tail tokens of the label (`['boats']`, `['and', 'recreation']`). */
  tail: readonly string[];
}

/** Labels used to build cascades; none of them comes from real damaged pages. */
export const inventedLabels: readonly InventedLabel[] = [
  { term: 'Harbour', tail: ['boats'] },
  { term: 'Parks', tail: ['and', 'recreation'] },
  { term: 'Food', tail: ['&', 'Drink'] },
  { term: 'Market', tail: ['updates'] },
  { term: 'Teachers', tail: ['pay'] },
  { term: 'Rivers', tail: ['watch'] },
  { term: 'Orchard', tail: ['news', 'digest'] },
  { term: 'Библиотека', tail: ['книги'] },
];

/** Affix noise a pass can leave between the term and a unit. */
export const affixes: readonly string[] = ["'s", '’s', 's', 'ss', "s'", "'", ''];

/** Suffixes that followed the term in the original and survive after the last unit. */
const carriedSuffixes: readonly string[] = ['', '', '', "'s", '’s', 's'];

/** Ordinary words, a few of them with legitimate doublings (`had had`, `that that`). */
const plainWords: readonly string[] = [
  'the', 'a', 'an', 'report', 'council', 'river', 'budget', 'said', 'on', 'Monday', 'new', 'plan',
  'in', 'of', 'and', 'to', 'meeting', 'harbour', 'Mayor', 'funding', 'schools', 'trees', 'that',
  'had', 'really', 'again', 'boats', 'updates', 'pay', 'UK', 'It', 'The', 'rights', 'Walla',
  'ferry', 'opens', 'at', '42', 'café', 'naïve', 'Ärzte', 'Москва', 'Αθήνα', 'हिंदी', '東京',
];

/** Characters and snippets that stress the scanner and the fixer. */
const oddPieces: readonly string[] = [
  ', ', '. ', ': ', '; ', '! ', '? ', ' — ', ' – ', '(', ')', '"', '“', '”', '‘', '’', "'", '-', '‐',
  '/', '&', '&amp;', '&#39;', '+', '*', '#', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028',
  '😀', '👩‍👩‍👧', '🇬🇧', 'e\u0301', 'n\u0303', '\u0301', 'مرحبا', 'שלום', '\u202E', '\u200F',
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u0000', '\uD800', '\uDFFF', '\uDBFF\uDFFF',
  '\uE000', '\uE001', '\uE002', '\t', '\u00A0',
];

/**
 * Builds a cascade from a label, a form and a carried suffix.
 * @param label the invented label.
 * @param form affixes: the head's first, then one per unit except the last.
 * @param carried suffix glued to the last unit.
 * @param prefix lower-case text glued before the head (`sea` in `seaHarbour's`), or empty.
 * @returns the cascade text.
 */
export function buildCascade(label: InventedLabel, form: readonly string[], carried: string, prefix = ''): string {
  const tailHead = label.tail.slice(0, -1).join(' ');
  const tailLast = label.tail[label.tail.length - 1] ?? '';
  const unit = (affix: string): string => (tailHead === '' ? '' : `${tailHead} `) + tailLast + affix;
  const parts = [`${prefix}${label.term}${form[0] ?? ''}`];
  for (let index = 1; index < form.length; index++) parts.push(unit(form[index] ?? ''));
  parts.push(unit(carried));
  return parts.join(' ');
}

/** A label with its affix sequence (form) and length fixed once for a whole text. */
interface FixedForm {
  /** Index into `inventedLabels`. */
  label: number;
  /** The form: head affix, then one affix per unit except the last. */
  form: string[];
}

/** A form of 2 to 6 units (head affix plus 1 to 5 unit affixes). */
const formArbitrary = fc.array(fc.constantFrom(...affixes), { minLength: 2, maxLength: 6 });

/** One cascade with any form. */
const cascadeArbitrary = fc
  .tuple(fc.nat({ max: inventedLabels.length - 1 }), formArbitrary, fc.constantFrom(...carriedSuffixes), fc.constantFrom('', '', '', 'sea'))
  .map(([label, form, carried, prefix]) => buildCascade(inventedLabels[label] as InventedLabel, form, carried, prefix));

/** A word, sometimes doubled, sometimes a doubled phrase. */
const wordArbitrary = fc.constantFrom(...plainWords);
const doubledArbitrary = fc.oneof(
  wordArbitrary.map((word) => `${word} ${word}`),
  fc.tuple(wordArbitrary, fc.integer({ min: 3, max: 6 })).map(([word, count]) => Array.from({ length: count }, () => word).join(' ')),
  fc.array(wordArbitrary, { minLength: 2, maxLength: 4 }).map((words) => `${words.join(' ')} ${words.join(' ')}`),
  wordArbitrary.map((word) => `${word}\n${word}`),
);
/** A long line: many words and no line break. */
const longLineArbitrary = fc.array(wordArbitrary, { minLength: 200, maxLength: 400 }).map((words) => words.join(' '));
const separatorArbitrary = fc.constantFrom(' ', ' ', ' ', ' ', '', '\n', '. ', ', ');

/**
 * Joins pieces with separators.
 * @param pieces pieces and the separator after each.
 * @returns the text.
 */
function joinPieces(pieces: ReadonlyArray<readonly [string, string]>): string {
  return pieces.map(([piece, separator]) => piece + separator).join('');
}

/** Prose-like text mixing words, cascades of any form, doublings and odd characters. */
export const mixedText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 8, arbitrary: wordArbitrary },
        { weight: 3, arbitrary: cascadeArbitrary },
        { weight: 2, arbitrary: doubledArbitrary },
        { weight: 4, arbitrary: fc.constantFrom(...oddPieces) },
        { weight: 1, arbitrary: fc.constantFrom(...affixes) },
      ),
      separatorArbitrary,
    ),
    { maxLength: 40 },
  )
  .map(joinPieces);

/** Like `mixedText`, sometimes with a long line in it. */
export const mixedTextWithLongLines: fc.Arbitrary<string> = fc
  .tuple(mixedText, fc.option(longLineArbitrary, { freq: 4 }), mixedText)
  .map(([before, long, after]) => `${before}${long ?? ''}${after}`);

/** Affixes a head can carry: the label's own (`Women's`) or none. */
const headAffixes: readonly string[] = ["'s", '’s', ''];

/** A well-formed form: a head affix, then 1 to 5 unit affixes with noise. */
const wellFormedForm = fc
  .tuple(fc.constantFrom(...headAffixes), fc.array(fc.constantFrom(...affixes), { minLength: 1, maxLength: 5 }))
  .map(([head, units]) => [head, ...units]);

/**
 * Words that cannot extend or start a cascade of the invented labels: no tail word (`boats`),
 * no term (`harbour`), no affix-only token.
 */
const safeWords: readonly string[] = plainWords.filter((word) => {
  const lower = word.toLowerCase();
  return !inventedLabels.some((label) => label.term.toLowerCase() === lower || label.tail.some((part) => part.toLowerCase() === lower));
});
const safeWordArbitrary = fc.constantFrom(...safeWords);
const safeSeparatorArbitrary = fc.constantFrom(' ', ' ', ' ', '\n', '. ', ', ', '; ');

/**
 * Text in which every label has a single well-formed form (same head affix, same unit affixes,
 * same number of units), so the text has no variant. Each cascade stands between words that
 * cannot extend it; only the carried suffix (none, `'s` or `’s`) differs between cascades.
 */
export const singleFormText: fc.Arbitrary<string> = fc
  .tuple(
    fc.uniqueArray(
      fc.record({ label: fc.nat({ max: inventedLabels.length - 1 }), form: wellFormedForm }),
      { minLength: 1, maxLength: 3, selector: (entry: FixedForm) => entry.label },
    ),
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 6, arbitrary: safeWordArbitrary.map((word) => ({ word })) },
          { weight: 3, arbitrary: fc.record({ cascade: fc.nat(), carried: fc.constantFrom('', '', "'s", '’s'), after: safeWordArbitrary }) },
          { weight: 2, arbitrary: safeWordArbitrary.map((word) => ({ word: `${word} ${word}` })) },
          { weight: 2, arbitrary: fc.constantFrom(...oddPieces).map((word) => ({ word })) },
        ),
        safeSeparatorArbitrary,
      ),
      { maxLength: 30 },
    ),
  )
  .map(([forms, pieces]) =>
    joinPieces(
      pieces.map(([piece, separator]) => {
        if ('word' in piece) return [piece.word, separator] as const;
        const chosen = forms[piece.cascade % forms.length] as FixedForm;
        return [`${buildCascade(inventedLabels[chosen.label] as InventedLabel, chosen.form, piece.carried)} ${piece.after}`, separator] as const;
      }),
    ),
  );

/** Any string of code points (no lone surrogates). */
export const binaryText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 120 });
/** Any string of graphemes. */
export const graphemeText: fc.Arbitrary<string> = fc.string({ unit: 'grapheme', maxLength: 120 });
/** Any string of UTF-16 code units, lone surrogates included. */
export const codeUnitText: fc.Arbitrary<string> = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 120,
});

/**
 * The point of an offset, computed independently of the engine: `\r\n`, `\n` and a lone `\r`
 * each end a line; columns count UTF-16 code units.
 * @param text the text.
 * @param offset an offset in `[0, text.length]`.
 * @returns the expected point.
 */
export function expectedPoint(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) {
      // `\r\n` is one line end; an offset between its two characters is still on the first line.
      if (index + 1 < offset) {
        index++;
        line++;
        lineStart = index + 1;
      }
      continue;
    }
    if (code === 10 || code === 13) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Asserts that a message's positions lie in the text and that `actual` is its source slice.
 * @param text the text as read.
 * @param message a message of `check` or `fix` on that text.
 */
function assertPositions(text: string, message: Message): void {
  const { start, end } = message;
  assert.ok(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length, `range [${start.offset}, ${end.offset}) outside [0, ${text.length}]`);
  assert.equal(message.actual, text.slice(start.offset, end.offset), '`actual` is not the source slice');
  assert.deepEqual(start, expectedPoint(text, start.offset), 'start point');
  assert.deepEqual(end, expectedPoint(text, end.offset), 'end point');
  for (const edit of [message.fix, ...message.suggestions]) {
    if (!edit) continue;
    assert.ok(edit.range[0] >= 0 && edit.range[0] <= edit.range[1] && edit.range[1] <= text.length, 'edit range outside the text');
  }
  if (message.fix) assert.equal(message.fix.text, message.expected[0], 'fix text is not `expected[0]`');
}

/**
 * Property: `fix` and `check` never throw.
 * @param text any text.
 */
export function neverThrows(text: string): void {
  fix(text);
  check(text);
}

/**
 * Property: with the forms of the first run, fixing the output again changes nothing.
 *
 * Why the forms are passed to both calls: a variant is a cascade whose form differs from its
 * label's dominant form, and it is left unfixed. Without the first run's forms, a re-run learns
 * its forms from the output, where the variant may now be the only, hence dominant, form of its
 * label, and would then be fixed. With the forms of the first run the result is idempotent.
 * @param text any text.
 */
export function idempotentWithForms(text: string): void {
  const forms = learnFormsFrom([text]);
  const once = fix(text, { forms }).output;
  const twice = fix(once, { forms }).output;
  assert.equal(twice, once, 'fix(fix(x)) differs from fix(x) with the forms of x');
}

/**
 * Property: fixing the output again changes nothing, without shared forms (for texts whose
 * labels each have a single form, so no variant is left for a re-run to promote).
 * @param text a text with one form per label.
 */
export function idempotentPlain(text: string): void {
  const once = fix(text).output;
  const twice = fix(once).output;
  assert.equal(twice, once, 'fix(fix(x)) differs from fix(x)');
}

/**
 * Key of a message's identity in the text as read.
 * @param message a message.
 * @returns rule, range and fix text.
 */
function messageKey(message: Message): string {
  return `${message.ruleId}:${message.start.offset}:${message.end.offset}:${message.fix ? `${message.fix.range.join(',')}=${message.fix.text}` : 'null'}`;
}

/**
 * Property: when every applied message is a finding of the first pass (a finding `check` also
 * reports on the text as read) and their fixes do not overlap, applying those fixes to the
 * input with `applyEdits` gives the output.
 * @param text any text.
 */
export function appliedFixesGiveOutput(text: string): void {
  const forms = learnFormsFrom([text]);
  const result = fix(text, { forms });
  const firstPass = new Set(check(text, { forms }).map(messageKey));
  const applied = result.messages.filter((message) => message.applied === true);
  if (!applied.every((message) => message.fix && firstPass.has(messageKey(message)))) return;
  const edits = applied.map((message) => message.fix as Edit);
  const { chosen, waiting } = selectEdits(edits);
  if (waiting.length > 0) return;
  assert.equal(applyEdits(text, chosen), result.output, 'the applied fixes do not give the output');
}

/**
 * Property: every message of `check` and `fix` lies in the text as read, `actual` is its source
 * slice, its line and column match its offset, and its fix text is `expected[0]`.
 * @param text any text.
 */
export function positionsMatchSource(text: string): void {
  for (const message of check(text)) assertPositions(text, message);
  for (const message of fix(text).messages) assertPositions(text, message);
}

/**
 * Merges ranges into sorted, disjoint intervals.
 * @param ranges ranges `[start, end)`.
 * @returns the union as sorted intervals (touching intervals are merged).
 */
function union(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Property: text outside the spans of the applied findings is unchanged: the output starts with
 * the input before the first span, ends with the input after the last, holds the segments
 * between spans in order, and every change lies inside an applied span.
 * @param text any text.
 */
export function untouchedOutsideFixes(text: string): void {
  const result = fix(text);
  const spans = union(
    result.messages
      .filter((message) => message.applied === true)
      .flatMap((message) => [[message.start.offset, message.end.offset] as const, ...(message.fix ? [message.fix.range] : [])]),
  );
  if (spans.length === 0) {
    assert.equal(result.output, text, 'output changed without an applied finding');
    return;
  }
  const first = spans[0] as [number, number];
  const last = spans[spans.length - 1] as [number, number];
  const prefix = text.slice(0, first[0]);
  const suffix = text.slice(last[1]);
  assert.ok(result.output.startsWith(prefix), 'text before the first fix changed');
  assert.ok(result.output.endsWith(suffix), 'text after the last fix changed');
  let cursor = prefix.length;
  for (let index = 1; index < spans.length; index++) {
    const segment = text.slice((spans[index - 1] as [number, number])[1], (spans[index] as [number, number])[0]);
    const found = result.output.indexOf(segment, cursor);
    assert.ok(found >= 0 && found <= result.output.length - suffix.length, `text between fixes (${JSON.stringify(segment)}) changed`);
    cursor = found + segment.length;
  }
  for (const change of result.changes) {
    const inside = spans.some(([start, end]) => change.start.offset >= start && change.end.offset <= end);
    assert.ok(inside, `change at [${change.start.offset}, ${change.end.offset}) lies outside every applied finding`);
  }
}

/**
 * Property: the reported `changes` (each `{start, end, removed, inserted}`), applied to the
 * input, give the output; each `removed` is the input slice and each point matches its offset.
 * @param text any text.
 */
export function changesGiveOutput(text: string): void {
  const result: FixResult = fix(text);
  const changes = [...result.changes].sort((a, b) => a.start.offset - b.start.offset);
  const parts: string[] = [];
  let position = 0;
  for (const change of changes) {
    assert.ok(change.start.offset >= position, 'changes overlap');
    assert.equal(text.slice(change.start.offset, change.end.offset), change.removed, '`removed` is not the input slice');
    assert.deepEqual(change.start, expectedPoint(text, change.start.offset), 'change start point');
    parts.push(text.slice(position, change.start.offset), change.inserted);
    position = change.end.offset;
  }
  parts.push(text.slice(position));
  assert.equal(parts.join(''), result.output, 'the changes do not give the output');
}

/** A property with the generators it runs on. */
export interface PropertySpec {
  /** Name printed in the figures. */
  name: string;
  /** The check; throws on failure. */
  property: (text: string) => void;
  /** Generators of input texts, by name. */
  inputs: ReadonlyArray<readonly [string, fc.Arbitrary<string>]>;
}

/** All generators of arbitrary text. */
const anyText: ReadonlyArray<readonly [string, fc.Arbitrary<string>]> = [
  ['binary', binaryText],
  ['grapheme', graphemeText],
  ['code units', codeUnitText],
  ['mixed', mixedText],
  ['mixed with long lines', mixedTextWithLongLines],
];

/** The properties, each with its generators. */
export const propertySpecs: readonly PropertySpec[] = [
  { name: 'fix and check never throw', property: neverThrows, inputs: anyText },
  { name: 'idempotent with the forms of the first run', property: idempotentWithForms, inputs: [['mixed', mixedText], ['single form', singleFormText], ['code units', codeUnitText]] },
  { name: 'idempotent without forms when no label has a variant', property: idempotentPlain, inputs: [['single form', singleFormText]] },
  { name: 'applied first-pass fixes give the output', property: appliedFixesGiveOutput, inputs: [['mixed', mixedText], ['single form', singleFormText]] },
  { name: 'positions lie in the text and match actual', property: positionsMatchSource, inputs: anyText },
  { name: 'text outside applied fixes is unchanged', property: untouchedOutsideFixes, inputs: [['mixed', mixedText], ['single form', singleFormText], ['grapheme', graphemeText]] },
  { name: 'changes give the output', property: changesGiveOutput, inputs: [['mixed', mixedText], ['single form', singleFormText], ['code units', codeUnitText]] },
];

/** Figures of one property on one generator. */
interface Figures {
  name: string;
  input: string;
  runs: number;
  failed: boolean;
  milliseconds: number;
  counterexample?: string;
  error?: string;
}

/**
 * Reads `--runs N` and `--seed S` from the command line.
 * @param argv the arguments after the script.
 * @returns the number of runs per property and generator, and the seed if given.
 */
function parseArguments(argv: readonly string[]): { runs: number; seed: number | undefined } {
  let runs = 20_000;
  let seed: number | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = argv[index + 1];
    if (argument === '--runs' || argument === '--seed') {
      const number = Number(value);
      if (!Number.isInteger(number) || (argument === '--runs' && number <= 0)) {
        throw new TypeError(`Expected an integer after \`${argument}\`, got \`${String(value)}\``);
      }
      if (argument === '--runs') runs = number;
      else seed = number;
      index++;
    } else {
      throw new TypeError(`Unknown argument \`${String(argument)}\`: expected \`--runs N\` or \`--seed S\``);
    }
  }
  return { runs, seed };
}

/**
 * Runs every property on every generator and prints the figures.
 * @param argv the arguments after the script.
 * @returns the exit code: 0 when every property held, 1 on a failure.
 */
export function main(argv: readonly string[]): number {
  const { runs, seed } = parseArguments(argv);
  const started = performance.now();
  const figures: Figures[] = [];
  let failures = 0;
  for (const spec of propertySpecs) {
    for (const [inputName, arbitrary] of spec.inputs) {
      const begin = performance.now();
      const details = fc.check(fc.property(arbitrary, spec.property), { numRuns: runs, ...(seed === undefined ? {} : { seed }) });
      const entry: Figures = {
        name: spec.name,
        input: inputName,
        runs: details.numRuns,
        failed: details.failed,
        milliseconds: Math.round(performance.now() - begin),
      };
      if (details.failed) {
        failures++;
        entry.counterexample = JSON.stringify(details.counterexample?.[0]);
        entry.error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        process.stdout.write(`FAIL  ${spec.name} [${inputName}] after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath ?? '?'})\n`);
        process.stdout.write(`      counterexample: ${entry.counterexample}\n      ${entry.error.split('\n').join('\n      ')}\n`);
      } else {
        process.stdout.write(`ok    ${spec.name} [${inputName}]: ${details.numRuns} runs, ${entry.milliseconds} ms\n`);
      }
      figures.push(entry);
    }
  }
  const total = figures.reduce((sum, entry) => sum + entry.runs, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\nproperties: ${figures.length}, runs: ${total}, failures: ${failures}, time: ${seconds} s\n`);
  return failures > 0 ? 1 : 0;
}

// Run only as a script, not when a test imports the properties.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
