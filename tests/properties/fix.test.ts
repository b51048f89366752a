/**
 * Properties of `fix` and `check` over generated texts (fast-check), with few runs so the suite
 * stays fast; `node dist/eval/fuzz.js` runs the same properties with many more. Seeds are fixed
 * so a failure here is reproducible; the fuzz run uses fresh seeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appliedFixesGiveOutput,
  binaryText,
  buildCascade,
  changesGiveOutput,
  codeUnitText,
  graphemeText,
  idempotentPlain,
  idempotentWithForms,
  inventedLabels,
  mixedText,
  mixedTextWithLongLines,
  neverThrows,
  positionsMatchSource,
  singleFormText,
  untouchedOutsideFixes,
} from '../../src/eval/fuzz.js';
import { fix, learnFormsFrom } from '../../src/index.js';

/** Runs per property and generator: enough to find shallow bugs, fast enough for every test run. */
const numRuns = 200;
const seed = 20_240_601;

/**
 * Asserts a property over a generator with the suite's runs and seed.
 * @param arbitrary the generator.
 * @param property the property; throws on failure.
 */
function holds(arbitrary: fc.Arbitrary<string>, property: (text: string) => void): void {
  fc.assert(fc.property(arbitrary, property), { numRuns, seed });
}

describe('generators', () => {
  it('build cascades from invented labels', () => {
    const [harbour, parks] = inventedLabels;
    expect(buildCascade(harbour!, ["'s", "'s", 's', "'s"], '’s')).toBe("Harbour's boats's boatss boats's boats’s");
    expect(buildCascade(parks!, ['', ''], '', 'city')).toBe('cityParks and recreation and recreation');
  });

  it('write texts with cascades, doublings and odd characters', () => {
    const samples = fc.sample(mixedText, { numRuns: 300, seed });
    expect(samples.some((text) => /boats|recreation|Drink|updates/u.test(text))).toBe(true);
    expect(samples.some((text) => text.includes('\r'))).toBe(true);
    expect(samples.some((text) => /[\uD800-\uDFFF]/u.test(text))).toBe(true);
  });
});

describe('fix and check never throw', () => {
  it.each([
    ['binary strings', binaryText],
    ['grapheme strings', graphemeText],
    ['UTF-16 code units with lone surrogates', codeUnitText],
    ['mixed prose', mixedText],
    ['mixed prose with long lines', mixedTextWithLongLines],
  ])('on %s', (_name, arbitrary) => {
    holds(arbitrary, neverThrows);
  });
});

describe('idempotence', () => {
  // A variant left unfixed would become the only, hence dominant, form of its label when the
  // output is checked again on its own, and would then be fixed. With the forms of the first run
  // (`learnFormsFrom([x])` passed as `options.forms` to both calls) the result is idempotent.
  it.each([
    ['mixed prose', mixedText],
    ['one form per label', singleFormText],
    ['UTF-16 code units', codeUnitText],
  ])('holds with the forms of the first run on %s', (_name, arbitrary) => {
    holds(arbitrary, idempotentWithForms);
  });

  it('holds without forms when every label has a single form (no variant)', () => {
    holds(singleFormText, idempotentPlain);
  });

  // Regression (the bench's fuzz run, seed -1205514506): pass 1 fixed `recreationss`, a unit of
  // the first copy's run of `and recreation`, alone, and the copy left was judged with the first
  // pass's forms; a second `fix` changed it again. An `s`-only reading inside a group's run of
  // three copies or more is now part of that run.
  it('holds without forms on two copies of a label whose units differ (`Parks\'s and recreation\' and recreationss …`)', () => {
    const copy = "Parks's and recreation' and recreationss and recreation and recreation";
    const text = `${copy}’s the ${copy} the `;
    const once = fix(text).output;
    expect(fix(once).output).toBe(once);
  });

  it('does not hold without forms when a variant is left unfixed, which is why forms are passed', () => {
    const six = "Harbour's boats's boatss boats's boats's boats's boats";
    const seven = "Harbour's boats's boats's boatss boats's boats's boats's boats";
    const text = `The ${six} sailed. The ${six} returned. Later the ${seven} docked.`;
    const once = fix(text).output;
    expect(once).toContain(seven);
    expect(fix(once).output).not.toContain(seven);
    const forms = learnFormsFrom([text]);
    expect(fix(fix(text, { forms }).output, { forms }).output).toBe(fix(text, { forms }).output);
  });
});

describe('reported fixes and changes', () => {
  it('applied first-pass fixes give the output on one form per label', () => {
    holds(singleFormText, appliedFixesGiveOutput);
  });

  // Engine bug (reported to the lead): a finding of a later pass that lies inside an edit applied
  // earlier maps back to that edit's range; when the earlier finding has the same rule and range,
  // the later one is dropped. Its edit is in the output, but no message reports it, and the earlier
  // message's fix no longer describes the output. The fixed seed finds `the Harbourss boats's boats's `.
  it('applied first-pass fixes give the output on mixed prose (regression: a later-pass finding was dropped)', () => {
    holds(mixedText, appliedFixesGiveOutput);
  });

  // Regression (found by the fuzz run, minimised by fast-check): pass 1 keeps the first copy of the
  // repeated phrase, `to the the`; pass 2 removes its doubled `the`. Expected: that second edit is
  // reported, by a message of its own with the span of the enclosing edit [0, 21) or by marking the
  // first-pass `the the` [3, 10) applied. Actual: the only applied message is the phrase, whose fix
  // `to the the` is not what the output holds (`to the `).
  it('reports the doubled word removed inside an applied phrase fix (`to the the to the the`)', () => {
    const text = 'to the the to the the ';
    const result = fix(text);
    expect(result.output).toBe('to the ');
    expect(result.messages.filter((message) => message.applied === true).length).toBeGreaterThanOrEqual(2);
    appliedFixesGiveOutput(text);
  });

  // Regression (fuzz run): pass 1 restores `Harbourss boats's boats's` to `harbourss`, pass 2
  // reads `harbourss` as an `s`-only cascade and writes `harbour`. Expected: the pass-2 edit is
  // reported (span of the enclosing edit). Actual: it is dropped; the one applied message says
  // `harbourss` while the output holds `harbour`.
  it('reports a later-pass fix of a restored word (`the Harbourss boats\'s boats\'s`)', () => {
    const text = "the Harbourss boats's boats's ";
    const result = fix(text);
    const described = result.messages.filter((message) => message.applied === true).map((message) => message.fix?.text);
    expect(described.some((textOfFix) => textOfFix !== undefined && result.output.includes(textOfFix))).toBe(true);
    appliedFixesGiveOutput(text);
  });

  it.each([
    ['binary strings', binaryText],
    ['grapheme strings', graphemeText],
    ['UTF-16 code units', codeUnitText],
    ['mixed prose', mixedText],
    ['mixed prose with long lines', mixedTextWithLongLines],
  ])('message positions lie in the text and `actual` is its slice on %s', (_name, arbitrary) => {
    holds(arbitrary, positionsMatchSource);
  });

  it.each([
    ['mixed prose', mixedText],
    ['one form per label', singleFormText],
    ['grapheme strings', graphemeText],
  ])('text outside the applied fixes is unchanged on %s', (_name, arbitrary) => {
    holds(arbitrary, untouchedOutsideFixes);
  });

  it.each([
    ['mixed prose', mixedText],
    ['one form per label', singleFormText],
    ['UTF-16 code units', codeUnitText],
  ])('`changes` applied to the input give the output on %s', (_name, arbitrary) => {
    holds(arbitrary, changesGiveOutput);
  });
});
