import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corrupt, type DamageRule, type PhraseMerge } from '../../src/eval/corrupt.js';
import { loadRealPages } from '../../src/eval/evaluate.js';
import {
  addScore,
  appliedEdits,
  applyMetricEdits,
  countWords,
  diffEdits,
  emptyScore,
  isRecoverableByRule,
  overlaps,
  parseLabels,
  per10kWords,
  percent,
  scoreDocument,
  scoreLabels,
  spansFromDiff,
  trimEdit,
  type LabelRow,
  type MetricEdit,
  type MetricSpan,
  type SpanOutcome,
} from '../../src/eval/metrics.js';

const REAL_PAGES = fileURLToPath(new URL('../../../shared/corpus/real/pages/', import.meta.url));
const LABELS = fileURLToPath(new URL('../../fixtures/eval/doubled-words-labels.tsv', import.meta.url));

// Hand-made text: one cascade span `Data and statistics and statistics` (original `data`) at 7..41.
const damaged = 'We met Data and statistics and statistics today.';
const cascade = 'Data and statistics and statistics';
const spanStart = damaged.indexOf(cascade);
const spanEnd = spanStart + cascade.length;
const span: MetricSpan = { start: spanStart, end: spanEnd, original: 'data', recoverable: true };
const clean = 'We met data today.';

/** Applies edits and scores the result on the hand-made text. */
function scoreWith(edits: MetricEdit[], truth: MetricSpan[] = [span]) {
  const output = applyMetricEdits(damaged, [...edits].sort((a, b) => a.range[0] - b.range[0]));
  const findings = edits.map((edit) => ({ start: edit.range[0], end: edit.range[1] }));
  return scoreDocument({ damaged, truth, findings, edits, output });
}

describe('trimEdit', () => {
  it('keeps only the characters that change', () => {
    expect(trimEdit('the the cat', { range: [0, 7], text: 'the' })).toEqual({ range: [3, 7], text: '' });
    expect(trimEdit('We met', { range: [3, 6], text: 'meet' })).toEqual({ range: [5, 5], text: 'e' });
    expect(trimEdit('Data', { range: [0, 4], text: 'data' })).toEqual({ range: [0, 1], text: 'd' });
  });

  it('turns an edit that changes nothing into an empty deletion', () => {
    expect(trimEdit('abc', { range: [0, 3], text: 'abc' })).toEqual({ range: [3, 3], text: '' });
  });
});

describe('counting helpers', () => {
  it('counts words with inner apostrophes, periods and hyphens as one', () => {
    expect(countWords("Women's rights: e.g. a well-known 2024 plan — ok?")).toBe(8);
    expect(countWords('')).toBe(0);
  });

  it('treats a point as overlapping only the span it lies in', () => {
    expect(overlaps(3, 3, 3, 5)).toBe(true);
    expect(overlaps(5, 5, 3, 5)).toBe(false);
    expect(overlaps(0, 3, 3, 5)).toBe(false);
    expect(overlaps(0, 4, 3, 5)).toBe(true);
    expect(overlaps(2, 6, 4, 4)).toBe(true);
  });

  it('gives NaN rates for empty denominators', () => {
    expect(percent(1, 0)).toBeNaN();
    expect(per10kWords(3, 0)).toBeNaN();
    expect(percent(1, 4)).toBe(25);
    expect(per10kWords(3, 20000)).toBe(1.5);
  });

  it('adds scores field by field', () => {
    const total = emptyScore();
    addScore(total, { ...emptyScore(), spans: 2, damageChars: 3 });
    addScore(total, { ...emptyScore(), spans: 1, damageEdits: 1 });
    expect(total).toMatchObject({ spans: 3, damageChars: 3, damageEdits: 1, restored: 0 });
  });
});

describe('scoreDocument', () => {
  it('counts apart the damage edits that fix also makes in the undamaged text', () => {
    const damaged = 'one one two';
    const input = { damaged, truth: [], findings: [{ start: 0, end: 7 }], edits: [{ range: [0, 4] as [number, number], text: '' }], output: 'one two' };
    expect(scoreDocument(input)).toMatchObject({ damageEdits: 1, damageChars: 4, damageEditsOfSource: 0, damageCharsOfSource: 0 });
    expect(scoreDocument({ ...input, sourceEdits: new Map([['one \u0000', 1]]) })).toMatchObject({ damageEdits: 1, damageEditsOfSource: 1, damageCharsOfSource: 4 });
    // Another edit of the source does not excuse this one.
    expect(scoreDocument({ ...input, sourceEdits: new Map([['two\u0000', 1]]) })).toMatchObject({ damageEdits: 1, damageEditsOfSource: 0 });
  });

  it('counts an exact fix as found and restored, with no damage', () => {
    const score = scoreWith([{ range: [spanStart, spanEnd], text: 'data' }]);
    expect(score).toMatchObject({ spans: 1, recoverableSpans: 1, found: 1, restored: 1, restoredRecoverable: 1, damageChars: 0, damageEdits: 0, falseFindings: 0 });
  });

  it('judges a fix that reaches beyond the span by its result', () => {
    const score = scoreWith([{ range: [spanStart - 4, spanEnd + 6], text: 'met data today' }]);
    expect(applyMetricEdits(damaged, [{ range: [spanStart - 4, spanEnd + 6], text: 'met data today' }])).toBe(clean);
    expect(score).toMatchObject({ found: 1, restored: 1, damageChars: 0, damageEdits: 0 });
  });

  it('counts the characters a wrong fix changes outside the span as damage', () => {
    const score = scoreWith([{ range: [spanStart, spanEnd + 6], text: 'data tomorrow' }]);
    expect(score).toMatchObject({ found: 1, restored: 0, damageChars: ' today'.length, damageEdits: 0 });
  });

  it('does not count a wrong fix inside the span as damage', () => {
    const score = scoreWith([{ range: [spanStart, spanEnd], text: 'Data' }]);
    expect(score).toMatchObject({ found: 1, restored: 0, restoredIgnoringCase: 1, damageChars: 0, damageEdits: 0 });
  });

  it('counts an edit that touches no span as damage, characters and edits', () => {
    const score = scoreWith([
      { range: [3, 6], text: 'meet' },
      { range: [spanStart, spanEnd], text: 'data' },
    ]);
    expect(score).toMatchObject({ restored: 1, damageChars: 1, damageEdits: 1, edits: 2, falseFindings: 1 });
  });

  it('judges two touching edits over one span together', () => {
    const score = scoreWith([
      { range: [spanStart, spanStart + 4], text: 'data' },
      { range: [spanStart + 4, spanEnd], text: '' },
    ]);
    expect(score).toMatchObject({ found: 1, restored: 1, damageChars: 0 });
  });

  it('counts a deletion of clean text next to a restored span as damage', () => {
    // `We met data.`: the restoration is right but ` today` is gone.
    const score = scoreWith([{ range: [spanStart, spanEnd + 6], text: 'data' }]);
    expect(score).toMatchObject({ restored: 0, damageChars: 6, damageEdits: 0 });
  });

  it('scores a checker without fixes on findings only', () => {
    const score = scoreDocument({ damaged, truth: [span], findings: [{ start: spanStart + 5, end: spanStart + 8 }, { start: 0, end: 2 }] });
    expect(score).toMatchObject({ found: 1, foundRecoverable: 1, restored: 0, falseFindings: 1, findings: 2, damageChars: 0, edits: 0 });
  });

  it('separates recoverable spans from the others', () => {
    const text = 'a Xs Xs b Ys c';
    const truth: MetricSpan[] = [
      { start: 2, end: 7, original: 'x', recoverable: true },
      { start: 10, end: 12, original: 'y', recoverable: false },
    ];
    const edits: MetricEdit[] = [
      { range: [2, 7], text: 'x' },
      { range: [10, 12], text: 'z' },
    ];
    const score = scoreDocument({ damaged: text, truth, findings: [], edits, output: applyMetricEdits(text, edits) });
    expect(score).toMatchObject({ spans: 2, recoverableSpans: 1, restored: 1, restoredRecoverable: 1, found: 0 });
  });

  it('reports each span outcome to the observer', () => {
    const outcomes: SpanOutcome[] = [];
    const edits: MetricEdit[] = [{ range: [spanStart, spanEnd], text: 'Data' }];
    scoreDocument({ damaged, truth: [span], findings: [], edits, output: applyMetricEdits(damaged, edits) }, (_span, outcome) => outcomes.push(outcome));
    expect(outcomes).toEqual([{ found: false, restored: false, outputRegion: 'Data', truthRegion: 'data' }]);
  });

  it('rejects edits that do not give the output, and overlapping truth', () => {
    expect(() => scoreDocument({ damaged, truth: [span], findings: [], edits: [{ range: [0, 2], text: 'I' }], output: damaged })).toThrow(RangeError);
    expect(() => scoreDocument({ damaged, truth: [span, { ...span, start: spanStart + 1 }], findings: [] })).toThrow(/overlapping truth/);
    expect(() =>
      scoreDocument({ damaged, truth: [], findings: [], edits: [{ range: [0, 3], text: '' }, { range: [2, 4], text: '' }], output: damaged }),
    ).toThrow(/overlapping edits/);
  });
});

describe('appliedEdits', () => {
  it('uses the applied fixes when they replay the output', () => {
    const result = {
      output: 'We met data today.',
      messages: [
        { applied: true, fix: { range: [spanStart, spanEnd] as [number, number], text: 'data' } },
        { applied: false, fix: { range: [0, 2] as [number, number], text: 'I' } },
        { applied: true, fix: null },
      ],
    };
    expect(appliedEdits(damaged, result)).toEqual({ edits: [{ range: [spanStart, spanEnd], text: 'data' }], source: 'fixes' });
  });

  it('falls back to the changes when later-pass fixes overlap, then to a diff', () => {
    const text = 'the the the cat';
    const result = {
      output: 'the cat',
      messages: [
        { applied: true, fix: { range: [0, 7] as [number, number], text: 'the' } },
        { applied: true, fix: { range: [0, 11] as [number, number], text: 'the' } },
      ],
      changes: [{ start: { offset: 3 }, end: { offset: 11 }, inserted: '' }],
    };
    expect(appliedEdits(text, result)).toEqual({ edits: [{ range: [3, 11], text: '' }], source: 'changes' });
    const { changes: _changes, ...withoutChanges } = result;
    const fallback = appliedEdits(text, withoutChanges);
    expect(fallback.source).toBe('diff');
    expect(applyMetricEdits(text, fallback.edits)).toBe('the cat');
  });

  it('diffs two texts into edits that replay the second', () => {
    expect(diffEdits('same', 'same')).toEqual([]);
    const edits = diffEdits('We met Data and statistics today', 'We met data today');
    expect(applyMetricEdits('We met Data and statistics today', edits)).toBe('We met data today');
  });
});

describe('spansFromDiff', () => {
  const S = "Women's rights's rightss rights's rights's rights's rights";
  const L = "Women's rights's rights's rightss rights's rights's rights's rights";

  it('keeps a carried suffix in the span and marks the dominant cascade recoverable', () => {
    const spans = spansFromDiff(`Funding for the ${S}’s sector fell.`, 'Funding for the women’s sector fell.');
    expect(spans).toEqual([
      { start: 16, end: 16 + S.length + 2, damaged: `${S}’s`, original: 'women’s', recoverable: true },
    ]);
  });

  it('marks the one-unit-longer campaign variant and injections as not recoverable', () => {
    const damagedText = `She backs ${L} and Children's rights in Burma (Burma).`;
    const repaired = 'She backs Stop Violence Against Women and children in Myanmar (Burma).';
    const spans = spansFromDiff(damagedText, repaired);
    expect(spans.map(({ damaged: text, original, recoverable }) => [text, original, recoverable])).toEqual([
      [L, 'Stop Violence Against Women', false],
      ["Children's rights", 'children', false],
      ['Burma', 'Myanmar', false],
    ]);
  });

  it('joins changed words separated only by white space and keeps separate cascades apart', () => {
    const spans = spansFromDiff('Meet Data Statistics now and Elections Elections then', 'Meet data statistics now and elections then');
    expect(spans.map((found) => [found.damaged, found.original, found.recoverable])).toEqual([
      ['Data Statistics', 'data statistics', false],
      ['Elections Elections', 'elections', true],
    ]);
  });

  it('gives a pure removal the word before it, or the word after it at the start', () => {
    expect(spansFromDiff('We met Data and statistics and statistics today.', 'We met Data today.')).toEqual([
      { start: 7, end: 41, damaged: 'Data and statistics and statistics', original: 'Data', recoverable: true },
    ]);
    expect(spansFromDiff('Grassroots Grassroots sport', 'sport').map((found) => [found.damaged, found.original])).toEqual([
      ['Grassroots Grassroots sport', 'sport'],
    ]);
    expect(spansFromDiff('Children’s rights’s rights matter', 'children’s rights matter').map((found) => [found.damaged, found.original])).toEqual([
      ['Children’s rights’s', 'children’s'],
    ]);
  });

  it('returns nothing for equal texts', () => {
    expect(spansFromDiff('same text', 'same text')).toEqual([]);
  });

  it('applies the pragmatic recoverability rule', () => {
    expect(isRecoverableByRule('Electionsss', 'election')).toBe(false);
    expect(isRecoverableByRule('Data and statistics and statistics', 'data')).toBe(true);
    expect(isRecoverableByRule("Children's rights's rights", "children's rights")).toBe(false);
    expect(isRecoverableByRule(`${S}'s`, "women's")).toBe(true);
  });

  it('gives spans whose originals restore the repair, on generated damage', () => {
    const terms = ['women', 'data', 'men', 'sport'];
    const labels = ["Women's rights", 'Data and statistics', "Men's health", 'Grassroots sport'];
    const piece = fc.oneof(
      fc.constantFrom(...terms, 'Women', 'DATA', 'the', 'schoolchildren', 'Against', 'Поле', '😀x'),
      fc.constantFrom(' ', ' ', ', ', '. ', "'", '’', "'s", '’s', '-', '\n'),
    );
    const text = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));
    const rule = fc
      .tuple(fc.constantFrom(...terms), fc.constantFrom(...labels), fc.integer({ min: 1, max: 4 }), fc.constantFrom('substring-ci', 'word-ci'))
      .map(([term, label, passes, mode]): DamageRule => ({ term, label, passes, mode: mode as DamageRule['mode'] }));
    fc.assert(
      fc.property(text, fc.array(rule, { maxLength: 2 }), (input, rules) => {
        const result = corrupt(input, rules);
        const spans = spansFromDiff(result.text, input);
        const edits = spans.map((found) => ({ range: [found.start, found.end] as const, text: found.original }));
        expect(applyMetricEdits(result.text, edits)).toBe(input);
        for (const found of spans) expect(result.text.slice(found.start, found.end)).toBe(found.damaged);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scoreDocument on generated damage', () => {
  const terms = ['women', 'data', 'sport', 'event'];
  const labels = ["Women's rights", 'Data and statistics', 'Grassroots sport', 'Events'];
  const piece = fc.oneof(
    fc.constantFrom(...terms, 'Women', 'DATA', 'the', 'cat', 'Against', 'Поле', '😀x'),
    fc.constantFrom(' ', ', ', '. ', "'", '’s', '-', '\n'),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(''));
  const rule = fc
    .tuple(fc.constantFrom(...terms), fc.constantFrom(...labels), fc.integer({ min: 2, max: 4 }))
    .map(([term, label, passes]): DamageRule => ({ term, label, passes, mode: 'substring-ci' }));
  const merge = fc.constantFrom<PhraseMerge[]>([], [{ phrase: 'Against Women', label: "Women's rights" }]);

  it('restores every span and counts no damage when the fixes are the truth, however wide', () => {
    fc.assert(
      fc.property(text, fc.array(rule, { minLength: 1, maxLength: 2 }), merge, fc.boolean(), (input, rules, merges, wide) => {
        const result = corrupt(input, rules, { merges });
        const truth = result.truth;
        // Either one edit per span, or one edit over the whole text (a fix reaching far beyond its spans).
        const edits: MetricEdit[] = wide
          ? truth.length === 0
            ? []
            : [{ range: [0, result.text.length], text: input }]
          : truth.map((found) => ({ range: [found.start, found.end] as const, text: found.original }));
        const score = scoreDocument({ damaged: result.text, truth, findings: [], edits, output: input });
        expect(score.restored).toBe(truth.length);
        expect(score.damageChars).toBe(0);
        expect(score.damageEdits).toBe(0);
        const none = scoreDocument({ damaged: result.text, truth, findings: [], edits: [], output: result.text });
        expect(none.restored).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('counts an extra edit in clean text as damage', () => {
    fc.assert(
      fc.property(text, fc.array(rule, { minLength: 1, maxLength: 2 }), (input, rules) => {
        const result = corrupt(`zz ${input}`, rules);
        const edits: MetricEdit[] = [
          { range: [0, 2], text: 'y' },
          ...result.truth.map((found) => ({ range: [found.start, found.end] as const, text: found.original })),
        ];
        const output = applyMetricEdits(result.text, edits);
        const score = scoreDocument({ damaged: result.text, truth: result.truth, findings: [], edits, output });
        expect(score.restored).toBe(result.truth.length);
        expect(score.damageEdits).toBe(1);
        expect(score.damageChars).toBe(2);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scoreLabels', () => {
  const rows: LabelRow[] = [
    { file: 'f', id: 'a', offset: 10, match: 'the the', label: 'error', category: 'typo' },
    { file: 'f', id: 'a', offset: 40, match: 'very very', label: 'legit', category: 'emphatic' },
    { file: 'f', id: 'b', offset: 5, match: 'to to', label: 'error', category: 'typo' },
  ];

  it('matches a finding to a row when it covers the row offset', () => {
    const findings = {
      a: [
        { start: 10, end: 17 },
        { start: 41, end: 49 }, // covers the second word only: no match
        { start: 60, end: 70 },
      ],
      b: [{ start: 0, end: 5 }], // ends at the offset: no match
    } as const;
    const score = scoreLabels(rows, (_file, id) => findings[id as 'a' | 'b']);
    expect(score).toEqual({
      errorRows: 2,
      legitRows: 1,
      truePositives: 1,
      falsePositives: 0,
      unlabelledFindings: 3,
      precision: 1,
      recall: 0.5,
    });
  });

  it('computes precision over the covered rows', () => {
    const score = scoreLabels(rows, () => [{ start: 0, end: 100 }]);
    expect(score).toMatchObject({ truePositives: 2, falsePositives: 1, unlabelledFindings: 0, recall: 1 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(scoreLabels(rows, () => []).precision).toBeNaN();
  });

  it('parses the project labels: 359 rows, 94 errors', () => {
    const labels = parseLabels(readFileSync(LABELS, 'utf8'));
    expect(labels).toHaveLength(359);
    expect(labels.filter((row) => row.label === 'error')).toHaveLength(94);
    expect(() => parseLabels('file\tid\tchar_offset\tmatch\tlabel\tcategory\nf\ti\tx\tm\terror\ttypo\n')).toThrow(/label row 2/);
    expect(() => parseLabels('file\tid\n')).toThrow(/`char_offset`/);
  });
});

describe('real pages', () => {
  it.skipIf(!existsSync(REAL_PAGES))('derives the same spans by diff as the generator knows exactly', () => {
    // The site's reconstructed renames (NOTES.md), as in tests/eval/corrupt.test.ts.
    const rules: DamageRule[] = [
      { term: 'women', label: "Women's rights", passes: 6, mode: 'substring-ci', swallowApostrophePass: 5 },
      { term: 'children', label: "Children's rights", passes: 1, mode: 'substring-ci' },
      { term: 'Myanmar', label: 'Burma', passes: 1, mode: 'word-cs' },
    ];
    const merges: PhraseMerge[] = [{ phrase: 'Stop Violence Against Women', label: "Women's rights" }];
    const pages = loadRealPages(REAL_PAGES);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const exact = corrupt(page.repaired, rules, { merges }).truth;
      const derived = spansFromDiff(page.damaged, page.repaired);
      expect(derived.map(({ start, end, original, recoverable }) => ({ start, end, original, recoverable })), page.name).toEqual(
        exact.map(({ start, end, original, recoverable }) => ({ start, end, original, recoverable })),
      );
    }
  });
});
