/**
 * The regression gate's quick subset of the evaluation and its thresholds
 * (`fixtures/eval/thresholds.json`), shared by `tests/eval/gate.test.ts` and `node dist/eval/run.js --gate`.
 */
import { readFileSync } from 'node:fs';
import {
  asMarkup,
  evaluateCleanCorpus,
  evaluateDamaged,
  evaluateLabels,
  evaluateUnchanged,
  generatedInputs,
  secondFamilies,
  thirdFamilies,
  fifthFamilies,
  sixthFamilies,
  seventhFamilies,
  withApostrophe,
  loadCleanCorpus,
  loadLabels,
  loadRealClean,
  loadRealPages,
  realPageInputs,
  spreadSample,
  thresholdsPath,
  type RowResult,
  type SharedPaths,
} from './evaluate.js';
import { per10kWords, percent } from './metrics.js';

/** The gate's figures by name (`realPages.restoredRecoverablePercent`). */
export type Figures = Record<string, number>;

/** Thresholds: figures that must stay at or above `min`, and at or below `max`. */
export interface Thresholds {
  /** Documents of the clean corpus damaged for the gate. */
  documents: number;
  /** Seed of the generated damage. */
  seed: number;
  /** Lower bounds (higher is better); they only ever move up. */
  min: Record<string, number>;
  /** Upper bounds (lower is better); they only ever move down. */
  max: Record<string, number>;
}

/**
 * Reads the thresholds.
 * @param path the JSON file (default: `fixtures/eval/thresholds.json`).
 * @returns the thresholds.
 */
export function loadThresholds(path: string = thresholdsPath): Thresholds {
  return JSON.parse(readFileSync(path, 'utf8')) as Thresholds;
}

/**
 * Rounds a figure to two decimals, so thresholds can be written as they are printed.
 * @param value the figure.
 * @returns the rounded figure (NaN stays NaN).
 */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The figures of a damaged-text row.
 * @param prefix the name prefix.
 * @param row the row.
 * @returns the figures.
 */
function damagedFigures(prefix: string, row: RowResult): Figures {
  const score = row.copyguard;
  return {
    [`${prefix}.spans`]: score.spans,
    [`${prefix}.foundPercent`]: round(percent(score.found, score.spans)),
    [`${prefix}.restoredPercent`]: round(percent(score.restored, score.spans)),
    [`${prefix}.restoredRecoverablePercent`]: round(percent(score.restoredRecoverable, score.recoverableSpans)),
    [`${prefix}.falseFindings`]: score.falseFindings,
    [`${prefix}.falsePer10kWords`]: round(per10kWords(score.falseFindings, row.words)),
    [`${prefix}.damageChars`]: score.damageChars,
    [`${prefix}.damageEdits`]: score.damageEdits,
  };
}

/**
 * Runs the quick subset: the real damaged pages, generated damage on `documents` clean documents spread over
 * the corpus (and the same documents undamaged), the doubled-word labels on their documents, and the real
 * never-damaged pages. The baseline does not run.
 * @param paths the shared folders.
 * @param options how many documents and which seed.
 * @returns the figures and the rows they came from.
 */
export function quickFigures(paths: SharedPaths, options: { documents: number; seed: number }): { figures: Figures; rows: RowResult[] } {
  const corpus = loadCleanCorpus(paths.clean);
  const sample = spreadSample(corpus, options.documents);
  const labels = loadLabels();
  const common = { baseline: false };
  const real = evaluateDamaged('realPages', '(a) real damaged pages', realPageInputs(loadRealPages(paths.realPages)), common);
  const realRun = evaluateDamaged('realPagesRun', '(a) the same, as one run', realPageInputs(loadRealPages(paths.realPages)), { ...common, asOneRun: true });
  const realHtml = evaluateDamaged('realPagesHtml', '(a) the same in HTML', asMarkup(realPageInputs(loadRealPages(paths.realPages)), 'html'), common);
  const generated = evaluateDamaged('generated', '(b) generated damage', generatedInputs(sample, options.seed), common);
  const generatedAcute = evaluateDamaged('generatedAcute', '(b) the same, apostrophes as ´', withApostrophe(generatedInputs(sample, options.seed), '\u00b4'), common);
  const generatedSecond = evaluateDamaged('generatedSecond', '(f) generated, second family set', generatedInputs(sample, options.seed + 1, secondFamilies), common);
  const generatedThird = evaluateDamaged('generatedThird', '(h) generated, fourth family set', generatedInputs(sample, options.seed + 3, thirdFamilies), common);
  const generatedFifth = evaluateDamaged('generatedFifth', '(i) generated, fifth family set', generatedInputs(sample, options.seed + 4, fifthFamilies), common);
  const generatedSixth = evaluateDamaged('generatedSixth', '(j) generated, sixth family set', generatedInputs(sample, options.seed + 5, sixthFamilies), common);
  const generatedSeventh = evaluateDamaged('generatedSeventh', '(k) generated, seventh family set', generatedInputs(sample, options.seed + 6, seventhFamilies), common);
  const clean = evaluateCleanCorpus(sample, labels, common);
  const doubled = evaluateLabels(corpus, labels, common);
  const realClean = evaluateUnchanged('realClean', '(e) real never-damaged pages', loadRealClean(paths.realClean), common);
  const labelScore = doubled.labels?.copyguard;
  const figures: Figures = {
    ...damagedFigures('realPages', real),
    ...damagedFigures('realPagesRun', realRun),
    ...damagedFigures('realPagesHtml', realHtml),
    ...damagedFigures('generated', generated),
    ...damagedFigures('generatedAcute', generatedAcute),
    ...damagedFigures('generatedSecond', generatedSecond),
    ...damagedFigures('generatedThird', generatedThird),
    ...damagedFigures('generatedFifth', generatedFifth),
    ...damagedFigures('generatedSixth', generatedSixth),
    ...damagedFigures('generatedSeventh', generatedSeventh),
    'cleanSample.falsePer10kWords': round(per10kWords(clean.copyguard.falseFindings, clean.words)),
    'cleanSample.bytesChanged': clean.copyguard.bytesChanged,
    'doubledWordLabels.precisionPercent': round(100 * (labelScore?.precision ?? Number.NaN)),
    'doubledWordLabels.recallPercent': round(100 * (labelScore?.recall ?? Number.NaN)),
    'doubledWordLabels.legitRowsReported': labelScore?.falsePositives ?? Number.NaN,
    'realClean.findings': realClean.copyguard.findings,
    'realClean.bytesChanged': realClean.copyguard.bytesChanged,
  };
  return { figures, rows: [real, realRun, realHtml, generated, generatedAcute, generatedSecond, generatedThird, generatedFifth, generatedSixth, generatedSeventh, clean, doubled, realClean] };
}

/**
 * Compares figures with thresholds.
 * @param figures the figures.
 * @param thresholds the thresholds.
 * @returns one line per figure that misses its threshold (or is missing).
 */
export function compareWithThresholds(figures: Figures, thresholds: Thresholds): string[] {
  const failures: string[] = [];
  for (const [name, bound] of Object.entries(thresholds.min)) {
    const value = figures[name];
    if (value === undefined || Number.isNaN(value)) failures.push(`${name}: missing (expected ≥ ${bound})`);
    else if (value < bound) failures.push(`${name}: ${value} < ${bound}`);
  }
  for (const [name, bound] of Object.entries(thresholds.max)) {
    const value = figures[name];
    if (value === undefined || Number.isNaN(value)) failures.push(`${name}: missing (expected ≤ ${bound})`);
    else if (value > bound) failures.push(`${name}: ${value} > ${bound}`);
  }
  return failures;
}
