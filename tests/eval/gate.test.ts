import { beforeAll, describe, expect, it } from 'vitest';
import { locateShared, type RowResult } from '../../src/eval/evaluate.js';
import { compareWithThresholds, loadThresholds, quickFigures, type Figures } from '../../src/eval/gate.js';

// The regression gate: a quick subset of `npm run eval` against fixtures/eval/thresholds.json.
// Update a threshold only upwards (`min`) or downwards (`max`); `node dist/eval/run.js --gate` prints today's figures.
const paths = locateShared();
if (!paths) {
  console.warn('copyguard evaluation gate skipped: the shared corpus (../shared/corpus, or COPYGUARD_SHARED) is absent.');
}

describe.skipIf(!paths)('evaluation gate', () => {
  const thresholds = loadThresholds();
  let figures: Figures = {};
  let rows: RowResult[] = [];

  beforeAll(() => {
    if (!paths) return;
    ({ figures, rows } = quickFigures(paths, thresholds));
  }, 30_000);

  /** The failures among the figures whose name starts with `prefix`. */
  const failuresOf = (prefix: string): string[] =>
    compareWithThresholds(figures, thresholds).filter((failure) => failure.startsWith(prefix));

  it('keeps the thresholds well-formed', () => {
    expect(thresholds.documents).toBeGreaterThanOrEqual(100);
    for (const name of [...Object.keys(thresholds.min), ...Object.keys(thresholds.max)]) {
      expect(figures, name).toHaveProperty([name]);
    }
  });

  it('restores the real damaged pages without damage', () => {
    expect(failuresOf('realPages.')).toEqual([]);
  });

  it('restores generated damage on the clean sample', () => {
    expect(figures['generated.spans']).toBeGreaterThan(500);
    expect(failuresOf('generated.')).toEqual([]);
  });

  it('keeps false findings and edits on clean prose low', () => {
    expect(failuresOf('cleanSample.')).toEqual([]);
  });

  it('scores the doubled-word labels', () => {
    expect(failuresOf('doubledWordLabels.')).toEqual([]);
  });

  it('leaves the real never-damaged pages unchanged', () => {
    expect(failuresOf('realClean.')).toEqual([]);
    const realClean = rows.find((row) => row.key === 'realClean');
    expect(realClean?.documents).toBeGreaterThan(0);
    expect(realClean?.changedDocuments).toBe(0);
  });
});
