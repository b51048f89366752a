/**
 * Evaluation runs: load the shared corpora at run time, run copyguard and the baseline
 * (`retext-repeated-words`) on them, and score the results with `metrics.ts`.
 *
 * The shared texts are read from `../shared/corpus/` (or `COPYGUARD_SHARED`) and are never copied into the
 * repository; only figures leave this module (plus, on request, short samples of missed spans for the
 * person tuning the engine, printed at run time).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import retextEnglish from 'retext-english';
import retextRepeatedWords from 'retext-repeated-words';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { fix, learnFormsFrom } from '../index.js';
import { makeDamagedCorpus } from './corrupt.js';
import { fifthCascadeFamilies, fifthInjectionFamilies, heldOutCascadeFamilies, heldOutInjectionFamilies, secondCascadeFamilies, secondInjectionFamilies, seventhCascadeFamilies, seventhInjectionFamilies, sixthCascadeFamilies, sixthInjectionFamilies, thirdCascadeFamilies, thirdInjectionFamilies, type LabelFamily } from './families.js';
import {
  addScore,
  applyMetricEdits,
  appliedEdits,
  countWords,
  emptyScore,
  overlaps,
  parseLabels,
  scoreDocument,
  scoreLabels,
  spansFromDiff,
  trimEdit,
  utf8Length,
  type DocumentScore,
  type LabelRow,
  type LabelScore,
  type MetricEdit,
  type MetricFinding,
  type MetricSpan,
} from './metrics.js';

/** The id of copyguard's doubled-word rule. */
export const doubledWordsRule = 'no-doubled-words';

/** Where the shared evaluation data lives. */
export interface SharedPaths {
  /** The shared folder (`…/shared`). */
  root: string;
  /** Clean prose corpus (`corpus/clean`, JSONL). */
  clean: string;
  /** Real damaged pages with repairs (`corpus/real/pages`). */
  realPages: string;
  /** Real pages that were never damaged (`corpus/real/clean`). */
  realClean: string;
}

/** The doubled-word labels, relative to this module (works from `src/eval` and `dist/eval`). */
export const labelsPath = fileURLToPath(new URL('../../fixtures/eval/doubled-words-labels.tsv', import.meta.url));

/** Evaluation thresholds, relative to this module. */
export const thresholdsPath = fileURLToPath(new URL('../../fixtures/eval/thresholds.json', import.meta.url));

/**
 * Finds the shared folder: an explicit path, then `COPYGUARD_SHARED`, then `../shared` next to the package.
 * @param explicit a folder given on the command line.
 * @returns the paths, or undefined when the clean corpus is not there.
 */
export function locateShared(explicit?: string): SharedPaths | undefined {
  const root =
    explicit ?? process.env['COPYGUARD_SHARED'] ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
  const paths: SharedPaths = {
    root,
    clean: join(root, 'corpus', 'clean'),
    realPages: join(root, 'corpus', 'real', 'pages'),
    realClean: join(root, 'corpus', 'real', 'clean'),
  };
  return existsSync(paths.clean) ? paths : undefined;
}

/** One document of the clean corpus. */
export interface CorpusDocument {
  /** The JSONL file it came from (`wikinews.jsonl`). */
  file: string;
  /** Its id. */
  id: string;
  /** Its text. */
  text: string;
}

/**
 * Reads every document of the clean corpus, files in name order.
 * @param folder the `corpus/clean` folder.
 * @returns the documents.
 */
export function loadCleanCorpus(folder: string): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      if (line.trim().length === 0) continue;
      const parsed = JSON.parse(line) as { id: string; text: string };
      documents.push({ file, id: parsed.id, text: parsed.text });
    }
  }
  return documents;
}

/**
 * Picks `count` documents spread evenly over the corpus (all of them when `count` is not smaller).
 * @param documents the documents.
 * @param count how many to keep.
 * @returns the sample, in corpus order.
 */
export function spreadSample<T>(documents: readonly T[], count: number | undefined): T[] {
  if (count === undefined || count >= documents.length) return [...documents];
  const sample: T[] = [];
  for (let index = 0; index < count; index++) sample.push(documents[Math.floor((index * documents.length) / count)] as T);
  return sample;
}

/** A real damaged page and its repair. */
export interface RealPage {
  /** Page number (`001`). */
  name: string;
  /** The damaged text. */
  damaged: string;
  /** Our reconstruction of the text before the damage. */
  repaired: string;
}

/**
 * Reads the real damaged pages (`NNN.damaged.txt` with `NNN.repaired.txt`).
 * @param folder the `corpus/real/pages` folder.
 * @returns the pages in name order (empty when the folder is missing).
 */
export function loadRealPages(folder: string): RealPage[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.damaged.txt'))
    .sort()
    .map((name) => {
      const stem = name.slice(0, -'.damaged.txt'.length);
      return {
        name: stem,
        damaged: readFileSync(join(folder, name), 'utf8'),
        repaired: readFileSync(join(folder, `${stem}.repaired.txt`), 'utf8'),
      };
    });
}

/**
 * Reads the real pages that were never damaged (`*.txt`).
 * @param folder the `corpus/real/clean` folder.
 * @returns name and text of each page (empty when the folder is missing).
 */
export function loadRealClean(folder: string): Array<{ name: string; text: string }> {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/**
 * Reads the doubled-word labels.
 * @param path the TSV file (default: `fixtures/eval/doubled-words-labels.tsv`).
 * @returns the rows.
 */
export function loadLabels(path: string = labelsPath): LabelRow[] {
  return parseLabels(readFileSync(path, 'utf8'));
}

/** What copyguard's `fix` did to one text, reduced to the metrics' input. */
export interface EngineRun {
  /** Every finding on the text as read. */
  findings: MetricFinding[];
  /** The applied edits, replaying `output`. */
  edits: MetricEdit[];
  /** The fixed text. */
  output: string;
}

/**
 * Runs copyguard's `fix` with default options.
 * @param text the text.
 * @returns findings, applied edits and output.
 */
export function runCopyguard(text: string): EngineRun {
  const result = fix(text);
  const findings = result.messages.map((message) => ({ start: message.start.offset, end: message.end.offset, ruleId: message.ruleId }));
  return { findings, edits: appliedEdits(text, result).edits, output: result.output };
}

const baselineProcessor = unified().use(retextEnglish).use(retextRepeatedWords);

/**
 * Runs the baseline, `unified().use(retextEnglish).use(retextRepeatedWords)`, on one text.
 * @param text the text.
 * @returns its messages as findings (it has no fixes).
 */
export function runBaseline(text: string): MetricFinding[] {
  const file = new VFile(text);
  const tree = baselineProcessor.parse(file);
  baselineProcessor.runSync(tree, file);
  const findings: MetricFinding[] = [];
  for (const message of file.messages) {
    const place = message.place;
    if (!place) continue;
    if ('start' in place) {
      findings.push({ start: place.start.offset ?? 0, end: place.end.offset ?? place.start.offset ?? 0, ruleId: 'retext-repeated-words' });
    } else {
      findings.push({ start: place.offset ?? 0, end: place.offset ?? 0, ruleId: 'retext-repeated-words' });
    }
  }
  return findings;
}

/** A truth span as the evaluation keeps it (with its damaged text and kind, when known). */
export interface EvaluationSpan extends MetricSpan {
  /** `damaged.slice(start, end)`. */
  damaged: string;
  /** `cascade`, `injection`, `variant`, or `diff` for spans derived from a real page. */
  kind: string;
}

/**
 * What `fix` edits in a damaged document's undamaged text (its truth spans put back): the
 * source's own typos, which `fix` rightly edits in the damaged copy too.
 * @param document the damaged document.
 * @returns the edits as `removed\u0000inserted` keys with their counts.
 */
function sourceEditsOf(document: DamagedInput): Map<string, number> {
  const clean = applyMetricEdits(document.damaged, document.truth.map((span) => ({ range: [span.start, span.end] as [number, number], text: span.original })));
  const result = fix(clean, { format: document.format ?? 'text' });
  const counts = new Map<string, number>();
  for (const edit of appliedEdits(clean, result).edits.map((applied) => trimEdit(clean, applied))) {
    const key = `${clean.slice(edit.range[0], edit.range[1])}\u0000${edit.text}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A damaged document to evaluate. */
export interface DamagedInput {
  /** Its id. */
  id: string;
  /** The damaged text. */
  damaged: string;
  /** Its truth spans. */
  truth: EvaluationSpan[];
  /** How `fix` reads it (default plain text). */
  format?: 'text' | 'markdown' | 'html';
}

/**
 * The same damaged documents written with another character for the apostrophe (`Women´s`,
 * as keyboards of several languages type it): every `'` and `’` of the text and of the truth
 * becomes it, so positions stay and the restorations must carry it.
 * @param documents plain-text inputs.
 * @param apostrophe the character written instead.
 * @returns the inputs with that apostrophe.
 */
export function withApostrophe(documents: readonly DamagedInput[], apostrophe: string): DamagedInput[] {
  const swap = (value: string): string => value.replaceAll("'", apostrophe).replaceAll('\u2019', apostrophe);
  return documents.map((document) => ({
    ...document,
    damaged: swap(document.damaged),
    truth: document.truth.map((span) => ({ ...span, original: swap(span.original), damaged: swap(span.damaged) })),
  }));
}

/**
 * The same damaged documents as a site's Markdown (front matter, then the text's paragraphs)
 * or HTML (one `<p>` per paragraph, `&` and `<` escaped), with the truth spans moved to match:
 * the adapters must find and restore the same spans and leave the markup alone.
 * @param documents plain-text inputs.
 * @param format the markup.
 * @returns the inputs in that markup.
 */
export function asMarkup(documents: readonly DamagedInput[], format: 'markdown' | 'html'): DamagedInput[] {
  const escape = (value: string): string => (format === 'html' ? value.replaceAll('&', '&amp;').replaceAll('<', '&lt;') : value);
  return documents.map((document) => {
    const text = document.damaged;
    const opening = format === 'markdown' ? `---\ntitle: Page ${document.id}\n---\n\n` : `<!doctype html>\n<html><head><title>Page ${document.id}</title></head>\n<body>\n<p>`;
    const parts: string[] = [opening];
    // Where each character of the text starts in the markup (and the end, last).
    const offsets: number[] = [];
    let length = opening.length;
    for (let index = 0; index < text.length; index++) {
      offsets.push(length);
      const character = text.charAt(index);
      let piece = escape(character);
      if (format === 'html' && character === '\n' && text.charAt(index + 1) === '\n') piece = '</p>\n';
      else if (format === 'html' && character === '\n' && text.charAt(index - 1) === '\n') piece = '\n<p>';
      parts.push(piece);
      length += piece.length;
    }
    offsets.push(length);
    parts.push(format === 'html' ? '</p>\n</body></html>\n' : '');
    return {
      id: document.id,
      damaged: parts.join(''),
      format,
      truth: document.truth.map((span) => ({
        ...span,
        start: offsets[span.start] as number,
        end: offsets[span.end] as number,
        ...(span.damaged !== undefined ? { damaged: escape(span.damaged) } : {}),
        original: escape(span.original),
      })),
    };
  });
}

/** A truth span that was not restored, for the person tuning the engine (printed, never stored). */
export interface Miss {
  /** The document. */
  id: string;
  /** The span kind. */
  kind: string;
  /** Whether it counts as recoverable. */
  recoverable: boolean;
  /** Whether any finding overlapped it. */
  found: boolean;
  /** Where the span starts in the damaged text. */
  start: number;
  /** The damaged text of the span. */
  damaged: string;
  /** The truth. */
  original: string;
  /** The output of the span's region (the span joined with the edits touching it). */
  output: string;
  /** What that region should read. */
  expected: string;
}

/** One row of the evaluation. */
export interface RowResult {
  /** Short key (`realPages`, `generated`, …). */
  key: string;
  /** Row title for the table. */
  title: string;
  /** Documents. */
  documents: number;
  /** Words in the texts given to the checkers. */
  words: number;
  /** UTF-8 bytes of those texts. */
  bytes: number;
  /** copyguard's counts. */
  copyguard: DocumentScore;
  /**
   * The baseline's counts, when run. It has no fixes, so its `restored*`, `damage*`, `edits` and
   * `bytesChanged` are 0 and mean nothing (the table prints n/a).
   */
  baseline?: DocumentScore;
  /** Label scores (row d and, for reference, row c). */
  labels?: { copyguard: LabelScore; baseline?: LabelScore };
  /** Documents whose output differs from the input. */
  changedDocuments: number;
  /** Bytes changed at rows labelled `error` (clean corpus only: genuine typos). */
  typoBytes?: number;
  /** Findings copyguard made there, by rule. */
  findingsByRule: Record<string, number>;
  /** Spans by kind: total and restored. */
  kinds?: Record<string, { spans: number; found: number; restored: number }>;
  /** How the applied edits were obtained, per document: from the fixes, the changes, or a diff. */
  editSources: Record<string, number>;
  /** Some spans not restored (only with `collectMisses`). */
  misses?: Miss[];
  /** Wall time of the row, seconds. */
  seconds: number;
}

/** Options of the evaluation runs. */
export interface EvaluateOptions {
  /** Also run the baseline (default true). */
  baseline?: boolean;
  /** Keep up to this many missed spans per row (default 0). */
  collectMisses?: number;
  /**
   * Fix the documents as one run, as the command line does with several files: dominant
   * forms and labels learned over all of them (default: each document alone).
   */
  asOneRun?: boolean;
}

/**
 * Starts a row.
 * @param key the key.
 * @param title the title.
 * @returns an empty row.
 */
function startRow(key: string, title: string): RowResult {
  return {
    key,
    title,
    documents: 0,
    words: 0,
    bytes: 0,
    copyguard: emptyScore(),
    changedDocuments: 0,
    findingsByRule: {},
    editSources: {},
    seconds: 0,
  };
}

/**
 * Counts findings by rule into a row.
 * @param row the row.
 * @param findings the findings.
 */
function countRules(row: RowResult, findings: readonly MetricFinding[]): void {
  for (const finding of findings) {
    const rule = finding.ruleId ?? 'unknown';
    row.findingsByRule[rule] = (row.findingsByRule[rule] ?? 0) + 1;
  }
}

/**
 * Evaluates damaged documents with known truth (rows a and b).
 * @param key the row key.
 * @param title the row title.
 * @param documents the documents.
 * @param options baseline and misses.
 * @returns the row.
 */
export function evaluateDamaged(key: string, title: string, documents: readonly DamagedInput[], options: EvaluateOptions = {}): RowResult {
  const started = performance.now();
  const row = startRow(key, title);
  const withBaseline = options.baseline ?? true;
  if (withBaseline) row.baseline = emptyScore();
  const misses: Miss[] = [];
  const kinds: Record<string, { spans: number; found: number; restored: number }> = {};
  const runForms = options.asOneRun ? learnFormsFrom(documents.map((document) => ({ text: document.damaged, format: document.format ?? 'text' }))) : undefined;
  for (const document of documents) {
    row.documents++;
    row.words += countWords(document.damaged);
    row.bytes += utf8Length(document.damaged);
    const result = fix(document.damaged, { format: document.format ?? 'text', ...(runForms ? { forms: runForms } : {}) });
    const findings = result.messages.map((message) => ({ start: message.start.offset, end: message.end.offset, ruleId: message.ruleId }));
    const { edits, source } = appliedEdits(document.damaged, result);
    row.editSources[source] = (row.editSources[source] ?? 0) + 1;
    countRules(row, findings);
    if (result.output !== document.damaged) row.changedDocuments++;
    const score = scoreDocument(
      { damaged: document.damaged, truth: document.truth, findings, edits, output: result.output, sourceEdits: sourceEditsOf(document) },
      (span, outcome) => {
        const evaluationSpan = span as EvaluationSpan;
        const kind = (kinds[evaluationSpan.kind] ??= { spans: 0, found: 0, restored: 0 });
        kind.spans++;
        if (outcome.found) kind.found++;
        if (outcome.restored) kind.restored++;
        if (!outcome.restored && misses.length < (options.collectMisses ?? 0) && (span.recoverable || misses.length < (options.collectMisses ?? 0) / 2)) {
          misses.push({
            id: document.id,
            kind: evaluationSpan.kind,
            recoverable: span.recoverable,
            found: outcome.found,
            start: span.start,
            damaged: evaluationSpan.damaged,
            original: span.original,
            output: outcome.outputRegion,
            expected: outcome.truthRegion,
          });
        }
      },
    );
    addScore(row.copyguard, score);
    if (row.baseline) {
      addScore(row.baseline, scoreDocument({ damaged: document.damaged, truth: document.truth, findings: runBaseline(document.damaged) }));
    }
  }
  row.kinds = kinds;
  if (options.collectMisses) row.misses = misses;
  row.seconds = (performance.now() - started) / 1000;
  return row;
}

/**
 * Turns the real damaged pages into damaged inputs, with truth from a word-level diff of each pair.
 * @param pages the pages.
 * @returns the inputs.
 */
export function realPageInputs(pages: readonly RealPage[]): DamagedInput[] {
  return pages.map((page) => ({
    id: page.name,
    damaged: page.damaged,
    truth: spansFromDiff(page.damaged, page.repaired).map((span) => ({ ...span, kind: span.recoverable ? 'cascade' : 'variant/injection' })),
  }));
}

/**
 * Damages clean documents with the corruption generator.
 * @param documents clean documents.
 * @param seed the generator seed.
 * @param families label families other than the default ones (the second set).
 * @returns the inputs (documents the generator left undamaged are kept: findings there are false).
 */
export function generatedInputs(documents: readonly CorpusDocument[], seed: number, families?: { cascades: readonly LabelFamily[]; injections: readonly LabelFamily[] }): DamagedInput[] {
  const sets = families ? { families: families.cascades, injectionFamilies: families.injections } : {};
  return makeDamagedCorpus(documents, { seed, ...sets }).map((document) => ({
    id: document.id,
    damaged: document.damaged,
    truth: document.truth.map((span) => ({
      start: span.start,
      end: span.end,
      damaged: span.damaged,
      original: span.original,
      recoverable: span.recoverable,
      kind: span.kind,
    })),
  }));
}

/**
 * Groups label rows by document.
 * @param rows the rows.
 * @returns rows by `file` + NUL + `id`.
 */
function rowsByDocument(rows: readonly LabelRow[]): Map<string, LabelRow[]> {
  const map = new Map<string, LabelRow[]>();
  for (const row of rows) {
    const key = `${row.file}\u0000${row.id}`;
    const list = map.get(key) ?? [];
    list.push(row);
    map.set(key, list);
  }
  return map;
}

/**
 * Whether a finding is a doubled-word finding on a row labelled `error` (a genuine typo, not false).
 * @param finding the finding.
 * @param rows the document's label rows.
 * @param rule the rule id that counts (copyguard's doubled-word rule, or the baseline's).
 * @returns true when it covers an `error` row's offset.
 */
function isLabelledTypo(finding: MetricFinding, rows: readonly LabelRow[] | undefined, rule: string): boolean {
  if (!rows || finding.ruleId !== rule) return false;
  return rows.some((row) => row.label === 'error' && finding.start <= row.offset && row.offset < finding.end);
}

/**
 * Evaluates the clean corpus (row c): every finding is false except doubled-word findings on rows labelled
 * `error`; every edit is counted.
 * @param documents the clean documents.
 * @param labels the doubled-word labels.
 * @param options baseline.
 * @returns the row.
 */
export function evaluateCleanCorpus(documents: readonly CorpusDocument[], labels: readonly LabelRow[], options: EvaluateOptions = {}): RowResult {
  const started = performance.now();
  const row = startRow('cleanCorpus', '(c) clean corpus');
  const withBaseline = options.baseline ?? true;
  if (withBaseline) row.baseline = emptyScore();
  row.typoBytes = 0;
  const byDocument = rowsByDocument(labels);
  for (const document of documents) {
    row.documents++;
    row.words += countWords(document.text);
    row.bytes += utf8Length(document.text);
    const rows = byDocument.get(`${document.file}\u0000${document.id}`);
    const run = runCopyguard(document.text);
    countRules(row, run.findings);
    if (run.output !== document.text) row.changedDocuments++;
    const kept = run.findings.filter((finding) => !isLabelledTypo(finding, rows, doubledWordsRule));
    const score = scoreDocument({ damaged: document.text, truth: [], findings: kept, edits: run.edits, output: run.output });
    score.findings = run.findings.length;
    addScore(row.copyguard, score);
    if (rows) {
      const typos = rows.filter((labelRow) => labelRow.label === 'error');
      for (const edit of run.edits.map((edit) => trimEdit(document.text, edit))) {
        const [start, end] = edit.range;
        if (typos.some((typo) => overlaps(start, Math.max(end, start + 1), typo.offset, typo.offset + typo.match.length))) {
          row.typoBytes += start === end ? utf8Length(edit.text) : utf8Length(document.text.slice(start, end));
        }
      }
    }
    if (row.baseline) {
      const findings = runBaseline(document.text);
      const baselineKept = findings.filter((finding) => !isLabelledTypo(finding, rows, 'retext-repeated-words'));
      const baselineScore = scoreDocument({ damaged: document.text, truth: [], findings: baselineKept });
      baselineScore.findings = findings.length;
      addScore(row.baseline, baselineScore);
    }
  }
  row.seconds = (performance.now() - started) / 1000;
  return row;
}

/**
 * Scores copyguard's doubled-word rule (and the baseline) against the labels (row d), on the labelled
 * documents only.
 * @param documents the clean corpus (documents without rows are skipped).
 * @param labels the labels.
 * @param options baseline.
 * @returns the row; `copyguard.spans` is the number of `error` rows, `found` the ones covered, and
 *   `falseFindings` the `legit` rows covered.
 */
export function evaluateLabels(documents: readonly CorpusDocument[], labels: readonly LabelRow[], options: EvaluateOptions = {}): RowResult {
  const started = performance.now();
  const row = startRow('doubledWordLabels', '(d) doubled-word labels');
  const withBaseline = options.baseline ?? true;
  const byDocument = rowsByDocument(labels);
  const ours = new Map<string, MetricFinding[]>();
  const theirs = new Map<string, MetricFinding[]>();
  for (const document of documents) {
    const key = `${document.file}\u0000${document.id}`;
    if (!byDocument.has(key)) continue;
    row.documents++;
    row.words += countWords(document.text);
    row.bytes += utf8Length(document.text);
    const run = runCopyguard(document.text);
    countRules(row, run.findings);
    ours.set(key, run.findings.filter((finding) => finding.ruleId === doubledWordsRule));
    if (withBaseline) theirs.set(key, runBaseline(document.text));
  }
  const present = labels.filter((label) => ours.has(`${label.file}\u0000${label.id}`));
  const copyguard = scoreLabels(present, (file, id) => ours.get(`${file}\u0000${id}`) ?? []);
  row.labels = { copyguard };
  row.copyguard = labelRowScore(copyguard);
  if (withBaseline) {
    const baseline = scoreLabels(present, (file, id) => theirs.get(`${file}\u0000${id}`) ?? []);
    row.labels.baseline = baseline;
    row.baseline = labelRowScore(baseline);
  }
  row.seconds = (performance.now() - started) / 1000;
  return row;
}

/**
 * Puts a label score into the row's common counts: `error` rows are the spans, covered ones are found, and
 * covered `legit` rows are false findings.
 * @param score the label score.
 * @returns the counts.
 */
function labelRowScore(score: LabelScore): DocumentScore {
  const result = emptyScore();
  result.spans = score.errorRows;
  result.found = score.truePositives;
  result.falseFindings = score.falsePositives;
  result.findings = score.truePositives + score.falsePositives + score.unlabelledFindings;
  return result;
}

/**
 * Evaluates texts that must come out unchanged (row e): every finding is false, every edit is damage.
 * @param key the row key.
 * @param title the row title.
 * @param pages the texts.
 * @param options baseline.
 * @returns the row.
 */
export function evaluateUnchanged(
  key: string,
  title: string,
  pages: ReadonlyArray<{ name: string; text: string }>,
  options: EvaluateOptions = {},
): RowResult {
  const started = performance.now();
  const row = startRow(key, title);
  const withBaseline = options.baseline ?? true;
  if (withBaseline) row.baseline = emptyScore();
  for (const page of pages) {
    row.documents++;
    row.words += countWords(page.text);
    row.bytes += utf8Length(page.text);
    const run = runCopyguard(page.text);
    countRules(row, run.findings);
    if (run.output !== page.text) row.changedDocuments++;
    addScore(row.copyguard, scoreDocument({ damaged: page.text, truth: [], findings: run.findings, edits: run.edits, output: run.output }));
    if (row.baseline) addScore(row.baseline, scoreDocument({ damaged: page.text, truth: [], findings: runBaseline(page.text) }));
  }
  row.seconds = (performance.now() - started) / 1000;
  return row;
}

/** The second family set (`secondCascadeFamilies`), for `generatedInputs`. */
export const secondFamilies = { cascades: secondCascadeFamilies, injections: secondInjectionFamilies };

/** The fourth family set (`thirdCascadeFamilies`), development data, for `generatedInputs`. */
export const thirdFamilies = { cascades: thirdCascadeFamilies, injections: thirdInjectionFamilies };

/** The fifth family set (`fifthCascadeFamilies`), development data, for `generatedInputs`. */
export const fifthFamilies = { cascades: fifthCascadeFamilies, injections: fifthInjectionFamilies };

/** The sixth family set (`sixthCascadeFamilies`), development data, for `generatedInputs`. */
export const sixthFamilies = { cascades: sixthCascadeFamilies, injections: sixthInjectionFamilies };

/** The seventh family set (`seventhCascadeFamilies`), development data, for `generatedInputs`. */
export const seventhFamilies = { cascades: seventhCascadeFamilies, injections: seventhInjectionFamilies };

/** The held-out family set (`heldOutCascadeFamilies`), for `generatedInputs`. */
export const heldOutFamilies = { cascades: heldOutCascadeFamilies, injections: heldOutInjectionFamilies };
