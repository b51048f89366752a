/**
 * `npm run bench`: throughput of `check` and `fix` (MB/s of UTF-8 over wall time) on the clean corpus and on
 * single documents of 1 KB to 50 MB, next to the baseline `retext-repeated-words`, plus hostile inputs.
 *
 * Each row runs in a fresh worker process (this script with `--worker`), so its peak RSS is its own and a
 * pathological input can be stopped by a time limit without stopping the bench.
 *
 * Then, unless `--batch-mb 0` (or `--json`), the batch bench (`bench-batch.js`) over a generated archive of
 * `--batch-mb` MB (default 200): `check` and `survey` with one and two jobs, the cache, peak RSS.
 *
 * Usage: node dist/eval/bench.js [--json] [--no-retext] [--timeout SECONDS] [--shared DIR] [--fuzz-runs N] [--batch-mb N]
 */
import { spawnSync } from 'node:child_process';
import { arch, cpus, loadavg, platform } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { skimMarkup } from '../adapters/index.js';
import { check, fix } from '../index.js';
import { makeDamagedCorpus } from './corrupt.js';
import { loadCleanCorpus, locateShared, runBaseline, type CorpusDocument } from './evaluate.js';
import { utf8Length } from './metrics.js';
import { layoutTable } from './run.js';

/** MB as used in every figure: 10^6 bytes of UTF-8. */
const megabyte = 1_000_000;

/** Which input a worker builds. */
export type InputKind = 'corpus' | 'document' | 'clean-document' | 'repeated-a' | 'rights' | 'apostrophes' | 'one-line' | 'markdown-clean' | 'html-clean' | 'markdown-nested' | 'html-unclosed';

/** What one worker measures. */
export interface WorkerSpec {
  /** The input to build. */
  input: InputKind;
  /** Target size in bytes (documents, `repeated-a`, `one-line`). */
  bytes?: number;
  /** Which engine: copyguard (`check` and `fix`) or the baseline. */
  engine: 'copyguard' | 'retext';
  /** Timed runs after the warm-up (the median is reported). */
  runs: number;
  /** The shared folder. */
  shared: string;
  /** How copyguard reads the input (default plain text). */
  format?: 'text' | 'markdown' | 'html';
}

/** One timed operation. */
export interface Timing {
  /** Median wall time of one pass over the input, milliseconds. */
  milliseconds: number;
  /** Every timed pass, milliseconds. */
  samples: number[];
  /** MB/s: input bytes / median time. */
  megabytesPerSecond: number;
  /** Milliseconds per MB. */
  millisecondsPerMegabyte: number;
  /** Findings of one pass. */
  findings: number;
}

/** What a worker reports. */
export interface WorkerResult {
  /** UTF-8 bytes of the input (all documents for the corpus). */
  bytes: number;
  /** Documents in the input. */
  documents: number;
  /** `check` (copyguard) or the baseline's run. */
  check?: Timing;
  /** `fix` (copyguard only). */
  fix?: Timing;
  /** UTF-8 bytes `fix` changed (copyguard only). */
  changedBytes?: number;
  /** Peak resident set size of the worker, MB. */
  peakRssMegabytes: number;
  /** RSS after building the input and before the first run, MB. */
  startRssMegabytes: number;
}

/**
 * Cuts a text to at most `bytes` UTF-8 bytes, at a white-space boundary when one is near.
 * @param text the text.
 * @param bytes the limit.
 * @returns the cut text.
 */
function cutToBytes(text: string, bytes: number): string {
  if (utf8Length(text) <= bytes) return text;
  let cut = Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8');
  // A cut inside a multi-byte character leaves U+FFFD; drop it.
  cut = cut.replace(/\uFFFD$/u, '');
  const space = cut.search(/\s\S*$/u);
  // A copy, not a slice: a file read from disk is one flat string, and V8 reads a slice of a
  // bigger string through an indirection on every character.
  return Buffer.from(space > cut.length - 200 && space > 0 ? cut.slice(0, space) : cut, 'utf8').toString('utf8');
}

/**
 * Builds one document of about `bytes` bytes by concatenating corpus documents (separated by a blank line),
 * using damaged versions of about 5% of them for documents of 1 MB and more.
 * @param documents the clean corpus.
 * @param bytes the target size.
 * @returns the document.
 */
export function buildDocument(documents: readonly CorpusDocument[], bytes: number): string {
  const damaged = bytes >= megabyte ? makeDamagedCorpus(documents, { seed: 1, rate: 0.05 }).map((document) => document.damaged) : documents.map((document) => document.text);
  return joinToBytes(damaged, bytes);
}

/**
 * Builds one document of about `bytes` bytes from the clean corpus alone, joined by blank lines
 * and repeated as often as needed: the rate of one big file against many small ones.
 * @param documents the clean corpus.
 * @param bytes the target size.
 * @returns the document.
 */
export function buildCleanDocument(documents: readonly CorpusDocument[], bytes: number): string {
  return joinToBytes(
    documents.map((document) => document.text),
    bytes,
  );
}

/**
 * Joins texts by blank lines, repeating them as often as needed, and cuts the result to about
 * `bytes` bytes.
 * @param texts the texts.
 * @param bytes the target size.
 * @returns the document.
 */
function joinToBytes(texts: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes && texts.length > 0; index++) {
    const text = texts[index % texts.length] as string;
    parts.push(text);
    size += utf8Length(text) + 2;
  }
  return cutToBytes(parts.join('\n\n'), bytes);
}

/**
 * Builds the input of a worker.
 * @param spec the worker spec.
 * @param corpus the clean corpus.
 * @returns the texts to process (one per document).
 */
function buildInput(spec: WorkerSpec, corpus: readonly CorpusDocument[]): string[] {
  switch (spec.input) {
    case 'corpus':
      return corpus.map((document) => document.text);
    case 'document':
      return [buildDocument(corpus, spec.bytes ?? megabyte)];
    case 'clean-document':
      return [buildCleanDocument(corpus, spec.bytes ?? megabyte)];
    case 'repeated-a':
      return ['a '.repeat(Math.floor((spec.bytes ?? 10 * megabyte) / 2))];
    case 'rights':
      return ["rights's ".repeat(1_000_000)];
    case 'apostrophes':
      return ["'".repeat(1_000_000)];
    case 'one-line':
      return [buildDocument(corpus, spec.bytes ?? 50 * megabyte).replace(/[\r\n]+/gu, ' ')];
    case 'markdown-clean':
      return [cleanMarkup(corpus, spec.bytes ?? 10 * megabyte, 'markdown')];
    case 'html-clean':
      return [cleanMarkup(corpus, spec.bytes ?? 10 * megabyte, 'html')];
    case 'markdown-nested':
      // Block quotes nested 10,000 deep around a damaged sentence, a hundred times (1 MB), so
      // the time per MB measures the text, not the fixed cost of one call.
      return [`${'>'.repeat(10_000)} The group said Women's rights's rightss rights's rights and girls.\n\n`.repeat(100)];
    case 'html-unclosed':
      return [`<html><body>${'<div><p>The council met on Monday and the harbour opened. '.repeat(100_000)}</body></html>`];
  }
}

/**
 * A Markdown or HTML document with no finding: corpus documents fixed first (their own typos
 * removed), as headings and paragraphs, cut to a size. Clean files must not pay for a parse.
 * @param corpus the clean corpus.
 * @param bytes target size.
 * @param format `markdown` or `html`.
 * @returns the document.
 */
function cleanMarkup(corpus: readonly CorpusDocument[], bytes: number, format: 'markdown' | 'html'): string {
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes && corpus.length > 0; index++) {
    const document = corpus[index % corpus.length] as CorpusDocument;
    const [title = '', ...rest] = fix(document.text).output.split('\n\n');
    const body = rest.filter((paragraph) => !paragraph.includes('<') && !paragraph.includes('&'));
    const part = format === 'markdown' ? `# ${title}\n\n${body.join('\n\n')}\n\n` : `<h1>${title.replaceAll('<', ' ').replaceAll('&', ' ')}</h1>\n${body.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}\n`;
    // A part whose skim still reads as a finding (`spreadsheet** spreadsheet`) is left out:
    // this row measures files with nothing to report.
    if (check(skimMarkup(part, format)).length > 0) continue;
    parts.push(part);
    size += utf8Length(part);
  }
  return parts.join('');
}

/** A damaged sentence whose reading loads the lexicons (a name after a first name, a word written with a capital only). */
const warmUpSentence = "The warden, Amos Harbour walks walks walks, met Ms Men's health's health's healthdez at the Spanish Ferry timetables timetables timetables office.";

/**
 * Times an operation over every text: one warm-up on a damaged sentence and a small prefix, then `runs` timed passes (each pass
 * repeated so it lasts at least 50 ms for tiny inputs; for bigger ones the first pass counts as a sample).
 * @param texts the texts.
 * @param bytes their UTF-8 size.
 * @param runs timed passes.
 * @param operation runs on one text and returns its number of findings.
 * @returns the timing.
 */
function time(texts: readonly string[], bytes: number, runs: number, operation: (text: string) => number): Timing {
  // Warm-up: the first texts up to 200 KB, or eight 100 KB slices spread over a single big
  // text (so the code has met every kind of text it holds before it is timed).
  // The lexicons are loaded on first use (compromise, the spelling dictionary): a damaged
  // sentence that needs both loads them before anything is timed.
  operation(warmUpSentence);
  let warmed = 0;
  for (const text of texts) {
    if (text.length > 800_000) {
      for (let slice = 0; slice < 8; slice++) {
        const from = Math.floor(((text.length - 100_000) * slice) / 7);
        operation(text.slice(from, from + 100_000));
      }
    } else operation(text);
    warmed += text.length;
    if (warmed > 200_000) break;
  }
  const pass = (): number => {
    let findings = 0;
    for (const text of texts) findings += operation(text);
    return findings;
  };
  const calibrationStart = performance.now();
  let findings = pass();
  const once = performance.now() - calibrationStart;
  const repeat = once < 50 ? Math.ceil(50 / Math.max(once, 0.01)) : 1;
  // A pass that lasts 50 ms or more is already a fair sample: keep it, so big inputs run `runs` passes in all.
  const samples: number[] = repeat === 1 ? [once] : [];
  while (samples.length < runs) {
    const started = performance.now();
    for (let index = 0; index < repeat; index++) findings = pass();
    samples.push((performance.now() - started) / repeat);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const milliseconds = sorted[Math.floor(sorted.length / 2)] ?? once;
  return {
    milliseconds,
    samples,
    megabytesPerSecond: bytes / megabyte / (milliseconds / 1000),
    millisecondsPerMegabyte: milliseconds / (bytes / megabyte),
    findings,
  };
}

/**
 * Runs one worker: builds the input, times the engine, and returns the figures.
 * @param spec the worker spec.
 * @returns the result.
 */
export function runWorker(spec: WorkerSpec): WorkerResult {
  const corpus = spec.input === 'corpus' || spec.input === 'document' || spec.input === 'clean-document' || spec.input === 'one-line' || spec.input === 'markdown-clean' || spec.input === 'html-clean' ? loadCleanCorpus(locateShared(spec.shared)?.clean ?? spec.shared) : [];
  const texts = buildInput(spec, corpus);
  const bytes = texts.reduce((sum, text) => sum + utf8Length(text), 0);
  const startRssMegabytes = process.memoryUsage().rss / megabyte;
  const result: WorkerResult = { bytes, documents: texts.length, peakRssMegabytes: 0, startRssMegabytes };
  if (spec.engine === 'retext') {
    result.check = time(texts, bytes, spec.runs, (text) => runBaseline(text).length);
  } else {
    const options = { format: spec.format ?? 'text' } as const;
    result.check = time(texts, bytes, spec.runs, (text) => check(text, options).length);
    result.fix = time(texts, bytes, spec.runs, (text) => fix(text, options).messages.length);
    let changed = 0;
    for (const text of texts) for (const change of fix(text, options).changes) changed += Math.max(utf8Length(change.removed), utf8Length(change.inserted));
    result.changedBytes = changed;
  }
  // `maxRSS` is in kilobytes (1024 bytes).
  result.peakRssMegabytes = (process.resourceUsage().maxRSS * 1024) / megabyte;
  return result;
}

/** One row of the bench plan. */
interface PlanRow {
  /** Row title. */
  title: string;
  /** Block: normal inputs or hostile ones. */
  block: 'normal' | 'hostile';
  /** The copyguard worker. */
  spec: Omit<WorkerSpec, 'engine' | 'shared'>;
  /** Whether the baseline runs on it. */
  retext: boolean;
  /** For hostile rows: the normal row to compare with. */
  compareWith?: string;
}

/** The plan: what runs, in order. */
const plan: PlanRow[] = [
  { title: 'clean corpus, per document', block: 'normal', spec: { input: 'corpus', runs: 7 }, retext: true },
  { title: '1 KB document', block: 'normal', spec: { input: 'document', bytes: 1_000, runs: 7 }, retext: true },
  { title: '1 MB document', block: 'normal', spec: { input: 'document', bytes: megabyte, runs: 5 }, retext: true },
  { title: '2 MB document', block: 'normal', spec: { input: 'document', bytes: 2 * megabyte, runs: 3 }, retext: true },
  { title: '10 MB document', block: 'normal', spec: { input: 'document', bytes: 10 * megabyte, runs: 3 }, retext: false },
  { title: '50 MB document', block: 'normal', spec: { input: 'document', bytes: 50 * megabyte, runs: 3 }, retext: false },
  { title: '50 MB document, no damage', block: 'normal', spec: { input: 'clean-document', bytes: 50 * megabyte, runs: 7 }, retext: false },
  { title: 'Markdown, 10 MB, no finding', block: 'normal', spec: { input: 'markdown-clean', bytes: 10 * megabyte, runs: 3, format: 'markdown' }, retext: false },
  { title: 'HTML, 10 MB, no finding', block: 'normal', spec: { input: 'html-clean', bytes: 10 * megabyte, runs: 3, format: 'html' }, retext: false },
  { title: '10 MB of `a a a …`', block: 'hostile', spec: { input: 'repeated-a', bytes: 10 * megabyte, runs: 3 }, retext: false, compareWith: '10 MB document' },
  { title: "`rights's ` × 1,000,000", block: 'hostile', spec: { input: 'rights', runs: 3 }, retext: false, compareWith: '10 MB document' },
  { title: '1,000,000 apostrophes', block: 'hostile', spec: { input: 'apostrophes', runs: 3 }, retext: false, compareWith: '1 MB document' },
  { title: 'one 50 MB line, no newline', block: 'hostile', spec: { input: 'one-line', bytes: 50 * megabyte, runs: 3 }, retext: false, compareWith: '50 MB document' },
  { title: 'Markdown nested 10,000 deep ×100', block: 'hostile', spec: { input: 'markdown-nested', runs: 3, format: 'markdown' }, retext: false, compareWith: '1 MB document' },
  { title: 'HTML, 100,000 unclosed tags', block: 'hostile', spec: { input: 'html-unclosed', runs: 3, format: 'html' }, retext: false, compareWith: '1 MB document' },
];

/** A measured row. */
interface MeasuredRow {
  /** The plan row. */
  row: PlanRow;
  /** copyguard's result, or why it is missing. */
  copyguard: WorkerResult | { error: string };
  /** The baseline's result, why it is missing, or undefined when not planned. */
  retext?: WorkerResult | { error: string };
}

/**
 * Runs a worker process.
 * @param spec the spec.
 * @param timeoutSeconds the time limit.
 * @returns its result, or an error.
 */
function spawnWorker(spec: WorkerSpec, timeoutSeconds: number): WorkerResult | { error: string } {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', script, '--worker', JSON.stringify(spec)], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 16 * megabyte,
  });
  if (child.error) {
    const timedOut = (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    return { error: timedOut ? `timeout > ${timeoutSeconds} s` : child.error.message };
  }
  if (child.status !== 0) {
    const reason = child.signal ? `killed by ${child.signal}` : `exit ${child.status ?? '?'}`;
    const detail = child.stderr.trim().split('\n').slice(-1)[0] ?? '';
    return { error: `${reason}${detail ? `: ${detail}` : ''}` };
  }
  return JSON.parse(child.stdout) as WorkerResult;
}

/** Options of the bench command. */
interface BenchOptions {
  json: boolean;
  retext: boolean;
  timeout: number;
  shared: string | undefined;
  fuzzRuns: number;
  batchMegabytes: number;
}

const usage = 'Usage: node dist/eval/bench.js [--json] [--no-retext] [--timeout SECONDS] [--shared DIR] [--fuzz-runs N] [--batch-mb N]';

/**
 * Parses the bench command line.
 * @param argv the arguments after the script.
 * @returns the options.
 * @throws TypeError naming a bad flag.
 */
function parseBenchArguments(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { json: false, retext: true, timeout: 180, shared: undefined, fuzzRuns: 2000, batchMegabytes: 200 };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '--json') options.json = true;
    else if (argument === '--no-retext') options.retext = false;
    else if (argument === '--timeout') {
      const value = Number(argv[++index]);
      if (!Number.isFinite(value) || value <= 0) throw new TypeError('Expected a number of seconds after `--timeout`');
      options.timeout = value;
    } else if (argument === '--shared') options.shared = argv[++index];
    else if (argument === '--fuzz-runs') {
      const value = Number(argv[++index]);
      if (!Number.isInteger(value) || value < 0) throw new TypeError('Expected a whole number after `--fuzz-runs`');
      options.fuzzRuns = value;
    } else if (argument === '--batch-mb') {
      const value = Number(argv[++index]);
      if (!Number.isFinite(value) || value < 0) throw new TypeError('Expected a number of MB (0 to skip) after `--batch-mb`');
      options.batchMegabytes = value;
    } else throw new TypeError(`Unknown option \`${argument}\`\n${usage}`);
  }
  return options;
}

/**
 * Whether a worker outcome is a result.
 * @param outcome the outcome.
 * @returns true for a result.
 */
function isResult(outcome: WorkerResult | { error: string } | undefined): outcome is WorkerResult {
  return outcome !== undefined && !('error' in outcome);
}

/**
 * Formats a number with a fixed number of decimals, or a dash.
 * @param value the number.
 * @param digits decimals.
 * @returns the text.
 */
function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * The throughput targets of plain-text `check` with the default rules, read off the rows.
 * @param byTitle the measured rows by title.
 * @returns the lines to print.
 */
function targetLines(byTitle: ReadonlyMap<string, MeasuredRow>): string[] {
  const rate = (title: string): number | undefined => {
    const outcome = byTitle.get(title)?.copyguard;
    return isResult(outcome) ? outcome.check?.megabytesPerSecond : undefined;
  };
  const verdict = (ok: boolean | undefined): string => (ok === undefined ? '?' : ok ? 'ok' : 'BELOW TARGET');
  const small = rate('clean corpus, per document');
  const big = rate('50 MB document, no damage');
  const damaged = rate('50 MB document');
  const within = (value: number | undefined): boolean | undefined => (value === undefined || small === undefined ? undefined : value >= small * 0.75);
  const ratio = (value: number | undefined): string => (value === undefined || small === undefined ? '—' : `${fixed((value / small) * 100, 0)}% of it`);
  return [
    'targets (plain-text check, default rules, single thread):',
    `  clean corpus, per document: ${fixed(small, 1)} MB/s (≥ 50: ${verdict(small === undefined ? undefined : small >= 50)})`,
    `  50 MB document, no damage: ${fixed(big, 1)} MB/s (≥ 50: ${verdict(big === undefined ? undefined : big >= 50)}; ${ratio(big)}, within 25%: ${verdict(within(big))})`,
    `  50 MB document, 5% of its documents damaged: ${fixed(damaged, 1)} MB/s (${ratio(damaged)}; every finding costs a reading, a restoration and a message)`,
  ];
}

/**
 * Formats the bench result.
 * @param measured the rows.
 * @param header the header lines.
 * @returns the text to print.
 */
function formatBench(measured: readonly MeasuredRow[], header: readonly string[]): string {
  const lines = [...header, ''];
  const normal = measured.filter((entry) => entry.row.block === 'normal');
  lines.push(
    ...layoutTable(
      ['input', 'bytes', 'runs', 'check MB/s', 'fix MB/s', 'retext MB/s', 'check ÷ retext', 'fix ÷ retext', 'peak RSS MB (copyguard / retext)'],
      normal.map(({ row, copyguard, retext }) => {
        const ours = isResult(copyguard) ? copyguard : undefined;
        const theirs = isResult(retext) ? retext : undefined;
        const retextCell = theirs
          ? fixed(theirs.check?.megabytesPerSecond, 2)
          : retext
            ? (retext as { error: string }).error
            : 'not run (>2 MB: minutes, GBs)';
        const ratio = (mine: Timing | undefined): string =>
          ours && theirs && mine && theirs.check ? `${fixed(mine.megabytesPerSecond / theirs.check.megabytesPerSecond, 1)}×` : '—';
        return [
          row.title,
          ours ? ours.bytes.toLocaleString('en-US') : '—',
          String(row.spec.runs),
          ours ? fixed(ours.check?.megabytesPerSecond, 2) : (copyguard as { error: string }).error,
          ours ? fixed(ours.fix?.megabytesPerSecond, 2) : '—',
          retextCell,
          ratio(ours?.check),
          ratio(ours?.fix),
          `${ours ? fixed(ours.peakRssMegabytes, 0) : '—'} / ${theirs ? fixed(theirs.peakRssMegabytes, 0) : '—'}`,
        ];
      }),
    ),
  );
  lines.push('');
  const byTitle = new Map(measured.map((entry) => [entry.row.title, entry]));
  lines.push(...targetLines(byTitle), '');
  const hostile = measured.filter((entry) => entry.row.block === 'hostile');
  lines.push(
    ...layoutTable(
      ['hostile input', 'bytes', 'check ms/MB', 'fix ms/MB', 'findings', 'prose ms/MB (check / fix)', 'vs prose', 'peak RSS MB', 'flag'],
      hostile.map(({ row, copyguard }) => {
        const reference = byTitle.get(row.compareWith ?? '')?.copyguard;
        const prose = isResult(reference) ? reference : undefined;
        if (!isResult(copyguard)) {
          return [row.title, '—', copyguard.error, '—', '—', `${fixed(prose?.check?.millisecondsPerMegabyte, 1)} / ${fixed(prose?.fix?.millisecondsPerMegabyte, 1)}`, '—', '—', 'FAILED'];
        }
        const checkRatio = prose?.check ? (copyguard.check?.millisecondsPerMegabyte ?? 0) / prose.check.millisecondsPerMegabyte : Number.NaN;
        const fixRatio = prose?.fix ? (copyguard.fix?.millisecondsPerMegabyte ?? 0) / prose.fix.millisecondsPerMegabyte : Number.NaN;
        const worst = Math.max(checkRatio, fixRatio);
        return [
          row.title,
          copyguard.bytes.toLocaleString('en-US'),
          fixed(copyguard.check?.millisecondsPerMegabyte, 1),
          fixed(copyguard.fix?.millisecondsPerMegabyte, 1),
          String(copyguard.fix?.findings ?? '—'),
          `${fixed(prose?.check?.millisecondsPerMegabyte, 1)} / ${fixed(prose?.fix?.millisecondsPerMegabyte, 1)} (${row.compareWith ?? ''})`,
          `${fixed(checkRatio, 2)}× / ${fixed(fixRatio, 2)}×`,
          fixed(copyguard.peakRssMegabytes, 0),
          Number.isNaN(worst) ? '?' : worst > 3 ? 'SLOW (> 3× prose)' : 'ok',
        ];
      }),
    ),
  );
  return lines.join('\n');
}

/**
 * The entry point.
 * @param argv the arguments after the script.
 * @returns the exit code.
 */
export function main(argv: readonly string[]): number {
  if (argv[0] === '--worker') {
    const spec = JSON.parse(argv[1] ?? '{}') as WorkerSpec;
    process.stdout.write(`${JSON.stringify(runWorker(spec))}\n`);
    return 0;
  }
  let options: BenchOptions;
  try {
    options = parseBenchArguments(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const paths = locateShared(options.shared);
  if (!paths) {
    process.stdout.write('copyguard bench: the shared corpus (../shared/corpus/clean, or COPYGUARD_SHARED) is absent; nothing to measure.\n');
    return 0;
  }
  const started = performance.now();
  const cpu = cpus();
  const command = ['node', 'dist/eval/bench.js', ...argv].join(' ');
  const header = [
    `copyguard bench — ${command}`,
    `machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'} · ${cpu.length} cores · node ${process.version} · ${platform()} ${arch()} · load average at start ${loadavg().map((load) => load.toFixed(2)).join(' ')}`,
    'MB = 10^6 bytes of UTF-8; MB/s = bytes / wall time, median of the timed runs after a warm-up (runs of a 1 KB document repeat to ≥ 50 ms);',
    'each row runs in a fresh worker process: peak RSS = its process.resourceUsage().maxRSS, including the loaded corpus.',
    'documents ≥ 1 MB are corpus documents joined by blank lines, about 5% of them with generated damage (seed 1).',
  ];
  if (!options.json) process.stdout.write(`${header.join('\n')}\n`);
  const measured: MeasuredRow[] = [];
  for (const row of plan) {
    const base = { ...row.spec, shared: paths.root };
    const entry: MeasuredRow = { row, copyguard: spawnWorker({ ...base, engine: 'copyguard' }, options.timeout) };
    if (row.retext && options.retext) entry.retext = spawnWorker({ ...base, engine: 'retext' }, options.timeout);
    measured.push(entry);
    if (!options.json && process.stderr.isTTY) process.stderr.write(`  measured ${row.title}\n`);
  }
  // The long property run (Guarantees in the README): a shorter default here, `npm run fuzz` for more.
  const fuzz = spawnSync(process.execPath, [fileURLToPath(new URL('fuzz.js', import.meta.url)), '--runs', String(options.fuzzRuns)], { encoding: 'utf8', timeout: options.timeout * 1000 });
  const fuzzText = `${fuzz.stdout ?? ''}${fuzz.status === 0 ? '' : `\nfuzz run FAILED (exit ${String(fuzz.status)})\n${fuzz.stderr ?? ''}`}`;
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    const machine = { cpu: cpu[0]?.model.trim(), cores: cpu.length, node: process.version, platform: platform(), arch: arch() };
    process.stdout.write(`${JSON.stringify({ version: 1, command, machine, rows: measured, seconds }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatBench(measured, []).trimStart()}\n\nload average at the end: ${loadavg().map((load) => load.toFixed(2)).join(' ')} (other processes slow every figure)\n\nproperty fuzz run (node dist/eval/fuzz.js --runs ${options.fuzzRuns}):\n${fuzzText.trimEnd()}\n\nbench time: ${seconds.toFixed(0)} s\n`);
    if (options.batchMegabytes > 0) {
      // The batch targets (#7): a generated archive through the command line, one run of each
      // configuration; `node dist/eval/bench-batch.js --size-mb 1000 --runs 3` for the full size.
      const batchArguments = ['--size-mb', String(options.batchMegabytes), '--runs', '1', '--shared', paths.root];
      process.stdout.write(`\nbatch (node dist/eval/bench-batch.js ${batchArguments.join(' ')}):\n`);
      const batch = spawnSync(process.execPath, [fileURLToPath(new URL('bench-batch.js', import.meta.url)), ...batchArguments], { stdio: 'inherit' });
      if (batch.status !== 0) process.stdout.write(`batch bench FAILED (exit ${String(batch.status)})\n`);
    }
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
