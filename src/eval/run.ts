/**
 * `npm run eval`: one table of copyguard's figures next to the baseline `retext-repeated-words`, on
 * (a) the real damaged pages, (b) generated damage over the clean corpus, (c) the clean corpus itself,
 * (d) the doubled-word labels and (e) the real pages that were never damaged.
 *
 * Usage: node dist/eval/run.js [--seed N] [--limit N] [--json] [--no-baseline] [--misses N] [--shared DIR]
 *        node dist/eval/run.js --gate   (the regression gate's quick figures next to fixtures/eval/thresholds.json)
 */
import { pathToFileURL } from 'node:url';
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
  heldOutFamilies,
  withApostrophe,
  labelsPath,
  loadCleanCorpus,
  loadLabels,
  loadRealClean,
  loadRealPages,
  locateShared,
  realPageInputs,
  spreadSample,
  type RowResult,
} from './evaluate.js';
import { compareWithThresholds, loadThresholds, quickFigures } from './gate.js';
import { per10kWords, percent } from './metrics.js';

/** Command-line options of the evaluation. */
export interface RunOptions {
  /** Seed of the generated damage. */
  seed: number;
  /** Use only this many clean documents (spread over the corpus) for rows b and c. */
  limit: number | undefined;
  /** Print JSON instead of the table. */
  json: boolean;
  /** Run the baseline. */
  baseline: boolean;
  /** Keep this many missed spans per row (JSON only). */
  misses: number;
  /** The shared folder, when given. */
  shared: string | undefined;
  /** Print the regression gate's figures instead. */
  gate: boolean;
}

const usage = 'Usage: node dist/eval/run.js [--seed N] [--limit N] [--json] [--no-baseline] [--misses N] [--shared DIR] [--gate]';

/**
 * Parses the command line.
 * @param argv the arguments after the script.
 * @returns the options.
 * @throws TypeError naming a bad flag.
 */
export function parseRunArguments(argv: readonly string[]): RunOptions {
  const options: RunOptions = { seed: 1, limit: undefined, json: false, baseline: true, misses: 0, shared: undefined, gate: false };
  const integer = (flag: string, value: string | undefined): number => {
    const number = Number(value);
    if (value === undefined || !Number.isInteger(number) || number < 0) throw new TypeError(`Expected a whole number after \`${flag}\``);
    return number;
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    const [flag, inline] = argument.includes('=') ? (argument.split(/=(.*)/su, 2) as [string, string]) : [argument, undefined];
    const value = (): string | undefined => inline ?? argv[++index];
    if (flag === '--seed') options.seed = integer(flag, value());
    else if (flag === '--limit') options.limit = integer(flag, value());
    else if (flag === '--misses') options.misses = integer(flag, value());
    else if (flag === '--json') options.json = true;
    else if (flag === '--no-baseline') options.baseline = false;
    else if (flag === '--gate') options.gate = true;
    else if (flag === '--shared') options.shared = value();
    else if (flag === '--help' || flag === '-h') throw new TypeError(usage);
    else throw new TypeError(`Unknown option \`${argument}\`\n${usage}`);
  }
  return options;
}

/** The whole evaluation result (`--json`). */
export interface EvaluationReport {
  /** Shape version of this object. */
  version: 1;
  /** The command that produced it. */
  command: string;
  /** Seed of the generated damage. */
  seed: number;
  /** Clean documents used for rows b and c (undefined: all). */
  limit: number | undefined;
  /** The shared folder read. */
  shared: string;
  /** Rows a–e, in order. */
  rows: RowResult[];
  /** Wall time, seconds. */
  seconds: number;
}

/**
 * Runs every row.
 * @param options the options.
 * @returns the report, or undefined when the shared data is absent.
 */
export function evaluateAll(options: RunOptions): EvaluationReport | undefined {
  const started = performance.now();
  const paths = locateShared(options.shared);
  if (!paths) return undefined;
  const common = { baseline: options.baseline, collectMisses: options.misses };
  const corpus = loadCleanCorpus(paths.clean);
  const sample = spreadSample(corpus, options.limit);
  const labels = loadLabels(labelsPath);
  const rows: RowResult[] = [
    evaluateDamaged('realPages', '(a) real damaged pages', realPageInputs(loadRealPages(paths.realPages)), common),
    evaluateDamaged('realPagesRun', '(a) the same, as one run', realPageInputs(loadRealPages(paths.realPages)), { ...common, asOneRun: true }),
    evaluateDamaged('realPagesMarkdown', '(a) the same in Markdown', asMarkup(realPageInputs(loadRealPages(paths.realPages)), 'markdown'), { ...common, baseline: false }),
    evaluateDamaged('realPagesHtml', '(a) the same in HTML', asMarkup(realPageInputs(loadRealPages(paths.realPages)), 'html'), { ...common, baseline: false }),
    evaluateDamaged('generated', `(b) generated damage, seed ${options.seed}`, generatedInputs(sample, options.seed), common),
    evaluateDamaged('generatedRun', '(b) the same, as one run', generatedInputs(sample, options.seed), { ...common, baseline: false, asOneRun: true }),
    evaluateDamaged('generatedAcute', '(b) the same, apostrophes as ´', withApostrophe(generatedInputs(sample, options.seed), '\u00b4'), { ...common, baseline: false }),
    evaluateCleanCorpus(sample, labels, common),
    evaluateLabels(corpus, labels, common),
    evaluateUnchanged('realClean', '(e) real never-damaged pages', loadRealClean(paths.realClean), common),
    evaluateDamaged('generatedSecond', `(f) generated, second family set, seed ${options.seed + 1}`, generatedInputs(sample, options.seed + 1, secondFamilies), { ...common, baseline: false }),
    evaluateDamaged('generatedThird', `(h) generated, fourth family set, seed ${options.seed + 3}`, generatedInputs(sample, options.seed + 3, thirdFamilies), { ...common, baseline: false }),
    evaluateDamaged('generatedFifth', `(i) generated, fifth family set, seed ${options.seed + 4}`, generatedInputs(sample, options.seed + 4, fifthFamilies), { ...common, baseline: false }),
    evaluateDamaged('generatedSixth', `(j) generated, sixth family set, seed ${options.seed + 5}`, generatedInputs(sample, options.seed + 5, sixthFamilies), { ...common, baseline: false }),
    evaluateDamaged('generatedSeventh', `(k) generated, seventh family set, seed ${options.seed + 6}`, generatedInputs(sample, options.seed + 6, seventhFamilies), { ...common, baseline: false }),
    evaluateDamaged('generatedHeldOut', `(g) generated, held-out family set, seed ${options.seed + 2}`, generatedInputs(sample, options.seed + 2, heldOutFamilies), { ...common, baseline: false }),
  ];
  return {
    version: 1,
    command: ['node', 'dist/eval/run.js', ...process.argv.slice(2)].join(' '),
    seed: options.seed,
    limit: options.limit,
    shared: paths.root,
    rows,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Formats a percentage.
 * @param value the percentage or NaN.
 * @returns one decimal, or `n/a`.
 */
function formatPercent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(1);
}

/**
 * Formats a whole number with thousands separators.
 * @param value the number.
 * @returns the text.
 */
function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * Formats a rate per 10,000 words with its count.
 * @param count the count.
 * @param words the words.
 * @returns `0.42 (12)`.
 */
function formatRate(count: number, words: number): string {
  const rate = per10kWords(count, words);
  return `${Number.isNaN(rate) ? 'n/a' : rate.toFixed(2)} (${formatCount(count)})`;
}

/**
 * The cells of one row.
 * @param row the row.
 * @returns the cells, in column order.
 */
function rowCells(row: RowResult): string[] {
  const ours = row.copyguard;
  const theirs = row.baseline;
  const hasSpans = row.key.startsWith('realPages') || row.key.startsWith('generated');
  const spans = hasSpans
    ? `${formatCount(ours.spans)} (${formatCount(ours.recoverableSpans)})`
    : row.key === 'doubledWordLabels'
      ? `${formatCount(ours.spans)} err`
      : '—';
  const found = hasSpans || row.key === 'doubledWordLabels' ? formatPercent(percent(ours.found, ours.spans)) : '—';
  const restored = hasSpans
    ? `${formatPercent(percent(ours.restored, ours.spans))} / ${formatPercent(percent(ours.restoredRecoverable, ours.recoverableSpans))}`
    : row.key === 'doubledWordLabels'
      ? 'n/a'
      : '—';
  let damage: string;
  if (hasSpans) damage = `${formatCount(ours.damageChars)} ch (${formatCount(ours.damageEdits)} ed)`;
  else if (row.key === 'doubledWordLabels') damage = 'n/a';
  else damage = `${formatCount(ours.bytesChanged)} B (${formatCount(ours.edits)} ed)`;
  const baselineFound = theirs && (hasSpans || row.key === 'doubledWordLabels') ? formatPercent(percent(theirs.found, theirs.spans)) : theirs ? '—' : 'not run';
  const baselineFalse = theirs ? formatRate(theirs.falseFindings, row.words) : 'not run';
  return [
    row.title,
    formatCount(row.documents),
    formatCount(row.words),
    spans,
    found,
    restored,
    formatRate(ours.falseFindings, row.words),
    damage,
    baselineFound,
    baselineFalse,
  ];
}

/**
 * Lays out a table with aligned columns (first column left, others right).
 * @param header the header cells.
 * @param rows the body rows.
 * @returns the lines.
 */
export function layoutTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

/**
 * Formats the report as the table and its notes.
 * @param report the report.
 * @returns the text to print.
 */
export function formatReport(report: EvaluationReport): string {
  const header = [
    'set',
    'docs',
    'words',
    'spans (rec)',
    'found %',
    'restored % all / rec',
    'false /10k words (n)',
    'damage',
    'retext found %',
    'retext false /10k (n)',
  ];
  const lines = [`copyguard evaluation — ${report.command}`, ''];
  lines.push(...layoutTable(header, report.rows.map(rowCells)));
  lines.push('');
  const byKey = new Map(report.rows.map((row) => [row.key, row]));
  const labels = byKey.get('doubledWordLabels')?.labels;
  const clean = byKey.get('cleanCorpus');
  const realClean = byKey.get('realClean');
  const generated = byKey.get('generated');
  const damagedRows = report.rows.filter((row) => row.key.startsWith('realPages') || row.key.startsWith('generated'));
  lines.push(
    'spans (rec): damaged spans (recoverable by rule). found: a finding overlaps the span. restored: the output around the span equals the clean text.',
    'damage (a, b): characters changed outside every damaged span where the output is not clean (ch), and applied edits touching no span (ed); target 0.',
    ...damagedRows
      .filter((row) => row.copyguard.damageEdits > 0)
      .map(
        (row) =>
          `${row.title}: ${formatCount(row.copyguard.damageEditsOfSource)} of the ${formatCount(row.copyguard.damageEdits)} edits touching no span (${formatCount(row.copyguard.damageCharsOfSource)} of ${formatCount(row.copyguard.damageChars)} ch) are edits fix also makes in the undamaged text: the source's own typos.`,
      ),
  );
  if (clean) {
    lines.push(
      `(c) every finding is false except doubled-word findings on rows labelled \`error\`; damage = UTF-8 bytes changed by fix (B), of which ${formatCount(clean.typoBytes ?? 0)} B at labelled typos; ${formatCount(clean.changedDocuments)} of ${formatCount(clean.documents)} documents changed.`,
    );
  }
  if (labels) {
    const describe = (name: string, score: typeof labels.copyguard): string =>
      `${name} precision ${formatPercent(100 * score.precision)}% recall ${formatPercent(100 * score.recall)}% (${score.truePositives} of ${score.errorRows} error rows, ${score.falsePositives} of ${score.legitRows} legit rows, ${score.unlabelledFindings} findings on no row)`;
    lines.push(
      `(d) spans = rows labelled \`error\`, found = recall, false = \`legit\` rows reported; ${describe('no-doubled-words', labels.copyguard)}${labels.baseline ? `; ${describe('retext-repeated-words', labels.baseline)}` : ''}.`,
    );
  }
  if (realClean) {
    lines.push(
      `(e) must come out unchanged: ${formatCount(realClean.copyguard.findings)} findings, ${formatCount(realClean.changedDocuments)} of ${formatCount(realClean.documents)} pages changed.`,
    );
  }
  if (generated?.kinds) {
    const kinds = Object.entries(generated.kinds)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, counts]) => `${kind} ${formatPercent(percent(counts.restored, counts.spans))}% of ${formatCount(counts.spans)}`)
      .join(', ');
    const ours = generated.copyguard;
    lines.push(
      `(b) restored by kind: ${kinds}; ignoring letter case: ${formatPercent(percent(ours.restoredIgnoringCase, ours.spans))} / ${formatPercent(percent(ours.restoredRecoverableIgnoringCase, ours.recoverableSpans))}. The baseline has no fixes: restored and damage are n/a for it.`,
    );
  }
  const seconds = report.rows.map((row) => `${row.key} ${row.seconds.toFixed(1)} s`).join(', ');
  lines.push(`time: ${report.seconds.toFixed(1)} s (${seconds}); shared data: ${report.shared}`);
  return lines.join('\n');
}

/**
 * Prints the regression gate's figures, each with its threshold.
 * @param options the options (`--shared`).
 * @returns the exit code: 1 when a figure misses its threshold.
 */
function printGate(options: RunOptions): number {
  const paths = locateShared(options.shared);
  if (!paths) {
    process.stdout.write('copyguard eval --gate: the shared evaluation data is absent; nothing to check.\n');
    return 0;
  }
  const thresholds = loadThresholds();
  const started = performance.now();
  const { figures } = quickFigures(paths, thresholds);
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.entries(figures).map(([name, value]) => {
    const min = thresholds.min[name];
    const max = thresholds.max[name];
    const bound = min !== undefined ? `≥ ${min}` : max !== undefined ? `≤ ${max}` : '—';
    return [name, String(value), bound];
  });
  const failures = compareWithThresholds(figures, thresholds);
  process.stdout.write(
    `${layoutTable(['figure', 'today', 'threshold'], rows).join('\n')}\n\n${failures.length === 0 ? 'all thresholds met' : `missed: ${failures.join('; ')}`} (${seconds.toFixed(1)} s)\n`,
  );
  return failures.length === 0 ? 0 : 1;
}

/**
 * The entry point.
 * @param argv the arguments after the script.
 * @returns the exit code.
 */
export function main(argv: readonly string[]): number {
  let options: RunOptions;
  try {
    options = parseRunArguments(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  if (options.gate) return printGate(options);
  const report = evaluateAll(options);
  if (!report) {
    process.stdout.write(
      'copyguard eval: the shared evaluation data (../shared/corpus/clean, or COPYGUARD_SHARED) is absent; nothing to evaluate.\n',
    );
    return 0;
  }
  process.stdout.write(options.json ? `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && Number.isNaN(value) ? null : value), 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
