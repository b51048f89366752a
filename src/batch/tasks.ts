/**
 * The tasks of a `check` or `fix` run over many files, run in worker threads (the task module
 * of `WorkerPool`) or in process with `--jobs 1`. Each task reads its own file, so the main
 * thread never holds a text it does not print:
 *
 * - `observe`: the first pass, a few files' packed form observations (or the cached ones);
 * - `process`: the second pass, a few files' findings (and outputs), from the cache when the
 *   key matches; with `fix --write` it also writes each file and journals it;
 * - `text`: one text of `copyguard stream`.
 *
 * `configure` hands every lane the settings of the run once (the forms and the distinct
 * options of the files included).
 */
import { isMainThread } from 'node:worker_threads';
import type { FormModel } from '../core/forms.js';
import type { Options } from '../core/options.js';
import type { FileResult, Message, ReportMessage } from '../core/types.js';
import type { FormatContext } from '../report/formatters/types.js';
import { countSeverities, formatPiece, type PieceFormat, type ReportPiece, type SeverityCounts } from '../report/pieces.js';
import { toReport } from '../report/to-report.js';
import { hashBytes, observeKey, readEntry, resultKey, statFile, writeEntry, type CacheEntry, type CachedResult, type StoredEntry } from './cache.js';
import { appendJournal } from './journal.js';
import { noteInput } from './memory.js';
import { observeText, type PackedObservation } from './observations.js';
import { packMessages, unpackMessages, type PackedMessage } from './plain-messages.js';
import { processText, recheckOutput } from './process.js';
import { decodeBytes, readFileBytesSync, type FileError } from './read.js';
import { writeFileSafely } from './write.js';

/** The settings of one run, the same for every file. */
export interface RunSettings {
  /** `check` or `fix`. */
  command: 'check' | 'fix';
  /** copyguard's version (part of every cache key). */
  version: string;
  /** The forms learned over the run (undefined: each file its own). */
  forms: FormModel | undefined;
  /** Digest of `forms`, part of the result key. */
  formsDigest: string;
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** Rule ids that exist, for control comments. */
  knownRuleIds: string[];
  /** The cache folder with `--cache`. */
  cacheFolder: string | undefined;
  /** With `fix --write`: how to write, and the journal file. */
  write: { backup: boolean; journalFile: string | undefined } | undefined;
  /** Whether results keep `source` (formats and the review report that show the text). */
  keepSource: boolean;
  /** Whether `fix` results keep `output`. */
  keepOutput: boolean;
  /** The distinct options of the run's files (without `forms`); tasks name theirs by index. */
  optionsTable: Options[];
  /**
   * When set, each lane formats its files' parts of the report and sends them instead of the
   * findings (the run then needs no finding in the main thread: no baseline, review report or
   * redirect map); `quiet` keeps errors only, as `--quiet` does.
   */
  report?: { format: PieceFormat; context: FormatContext; quiet: boolean } | undefined;
}

/** One file of a run. */
export interface FileTask {
  /** The path to report. */
  path: string;
  /** Its absolute path. */
  absolutePath: string;
  /** Index of its options in the run's `optionsTable` (sent once, not with every file). */
  optionsIndex: number;
  /** With a resumed `fix --write`: the hash the interrupted run journaled for it. */
  journaledHash?: string;
  /** With `--cache`: its size and modification time, when the run has stat'ed it already. */
  stat?: { size: number; mtimeMs: number };
}

/** What the first pass gives for one file. */
export interface ObserveOutcome {
  /** Whether the file could be read and decoded. */
  readable: boolean;
  /** Its packed observations. */
  observations: PackedObservation[];
  /** Its size in bytes (0 when unreadable). */
  bytes: number;
  /** Whether they came from the cache without reading the file. */
  cached: boolean;
}

/** How a file's result was obtained. */
export type ProcessStatus = 'processed' | 'cached' | 'journaled' | 'failed';

/** What the second pass gives for one file. */
export interface ProcessOutcome {
  /** The result; its findings are plain objects when they came from the cache or through JSON. */
  result: FileResult;
  /** With `fix --write`: the findings left in the written output (plain), when not the same as `messages`. */
  remaining?: Message[];
  /** Size in bytes. */
  bytes: number;
  /** How the result was obtained. */
  status: ProcessStatus;
  /** With the run's `report` set: the file's part of the report (the result then has no findings). */
  piece?: ReportPiece;
  /** With the run's `report` set: the findings that count for the exit code, by severity. */
  counts?: SeverityCounts;
}

/** One record of `copyguard stream`, validated. */
export interface TextTask {
  /** The text. */
  text: string;
  /** Its options (the format chosen). */
  options: Options;
  /** Whether to fix and return the output. */
  fix: boolean;
}

/** The reply to a record of `copyguard stream`. */
export interface TextOutcome {
  /** Findings in the contract's JSON shape. */
  messages: ReportMessage[];
  /** The fixed text, with `--fix`. */
  output?: string;
}

/** The settings of the current run in this thread. */
let settings: RunSettings | undefined;

/** Result keys of the run by options index, made on first use. */
let resultKeys: string[] = [];

/** Observation keys of the run by format, made on first use. */
let observeKeys = new Map<string, string>();

/**
 * Sets the settings of the run in this thread.
 * @param value the settings.
 */
export function configure(value: RunSettings): void {
  settings = value;
  resultKeys = [];
  observeKeys = new Map();
}

/**
 * A file's options.
 * @param run the run's settings.
 * @param task the file.
 * @returns its options, without `forms`.
 * @throws Error when the index is not in the table.
 */
function optionsOf(run: RunSettings, task: FileTask): Options {
  const options = run.optionsTable[task.optionsIndex];
  if (!options) throw new Error(`No options ${task.optionsIndex} in the run`);
  return options;
}

/**
 * The cache key of a file's result, made once per distinct options.
 * @param run the run's settings.
 * @param task the file.
 * @returns the key.
 */
function resultKeyOf(run: RunSettings, task: FileTask): string {
  return (resultKeys[task.optionsIndex] ??= resultKey(run.version, run.command, optionsOf(run, task), run.formsDigest));
}

/**
 * The cache key of a file's observations, made once per format.
 * @param run the run's settings.
 * @param format the file's format.
 * @returns the key.
 */
function observeKeyOf(run: RunSettings, format: string): string {
  let key = observeKeys.get(format);
  if (key === undefined) {
    key = observeKey(run.version, format);
    observeKeys.set(format, key);
  }
  return key;
}

/**
 * The settings of the current run.
 * @returns them.
 * @throws Error when `configure` has not run.
 */
function current(): RunSettings {
  if (!settings) throw new Error('The batch tasks are not configured');
  return settings;
}

/**
 * A file's form observations from its entry, when its size and time match.
 * @param task the file.
 * @param run the run's settings.
 * @param entry the file's entry, if any.
 * @returns the outcome, or undefined when the file must be read.
 */
function observeFromEntry(task: FileTask, run: RunSettings, entry: CacheEntry | undefined): ObserveOutcome | undefined {
  if (!entry) return undefined;
  const key = observeKeyOf(run, optionsOf(run, task).format ?? 'text');
  const stats = task.stat ?? statFile(task.absolutePath);
  if (stats && entry && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs && entry.observe?.key === key) {
    return { readable: true, observations: entry.observe.observations, bytes: stats.size, cached: true };
  }
  return undefined;
}

/**
 * The first pass for one file: its form observations, from the cache when size and time (or
 * else the content hash) match the entry. New observations are stored with the file's result
 * in the second pass, so each entry is written once.
 * @param task the file.
 * @returns whether it is readable, its observations and size.
 */
export async function observeFile(task: FileTask): Promise<ObserveOutcome> {
  const run = current();
  const cacheFolder = run.cacheFolder;
  // One read of the entry serves the cheap check and the content check.
  const entry = cacheFolder === undefined ? undefined : readEntry(cacheFolder, task.absolutePath)?.entry;
  const cached = observeFromEntry(task, run, entry);
  if (cached) return cached;
  const format = optionsOf(run, task).format ?? 'text';
  const key = observeKeyOf(run, format);
  const read = readFileBytesSync(task.absolutePath, task.path, { maxFileSize: run.maxFileSize });
  if (!read.ok) return { readable: false, observations: [], bytes: 0, cached: false };
  if (cacheFolder !== undefined && entry?.observe?.key === key && entry.hash === hashBytes(read.bytes)) {
    // Touched, not changed: the second pass stores the new time.
    return { readable: true, observations: entry.observe.observations, bytes: read.size, cached: true };
  }
  const decoded = decodeBytes(read.bytes, task.path);
  if (!decoded.ok) return { readable: false, observations: [], bytes: 0, cached: false };
  const observations = observeText(decoded.text, format);
  if (cacheFolder !== undefined) {
    // Stored now (the second pass adds the result), so no thread holds them in between.
    writeEntry(cacheFolder, { path: task.absolutePath, size: read.size, mtimeMs: read.mtimeMs, hash: hashBytes(read.bytes), observe: { key, observations } });
  }
  return { readable: true, observations, bytes: read.size, cached: false };
}

/**
 * A file's result from its cache entry, when its size and time match and the result key is the
 * run's (the cheap check, which the calling thread makes before it sends a file to a worker).
 * @param task the file.
 * @returns the outcome, or undefined when the file must be read.
 */
export async function processFromCache(task: FileTask): Promise<ProcessOutcome | undefined> {
  const run = current();
  if (run.cacheFolder === undefined) return undefined;
  return processFromEntry(task, run, readEntry(run.cacheFolder, task.absolutePath, true));
}

/**
 * A file's result from its stored entry, when its size and time match and the result key is
 * the run's.
 * @param task the file.
 * @param run the run's settings.
 * @param stored the file's entry and result, if any.
 * @returns the outcome, or undefined when the file must be read.
 */
async function processFromEntry(task: FileTask, run: RunSettings, stored: StoredEntry | undefined): Promise<ProcessOutcome | undefined> {
  if (!stored) return undefined;
  const stats = task.stat ?? statFile(task.absolutePath);
  const { entry, result } = stored;
  const unchanged = stats !== undefined && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs;
  // A resumed run must compare the content with the journal: the file is read then.
  if (unchanged && task.journaledHash !== entry.hash && result?.key === resultKeyOf(run, task)) {
    return finishCached(task, run, entry, result, undefined);
  }
  return undefined;
}

/**
 * The second pass for one file: its findings (and output), from the cache when the result key
 * matches; with `fix --write` the file is written and journaled.
 * @param task the file.
 * @returns the result with plain messages, how it was obtained and the file's size.
 */
export async function processFile(task: FileTask): Promise<ProcessOutcome> {
  const run = current();
  const cacheFolder = run.cacheFolder;
  // One read of the entry serves the cheap check and the content check.
  const stored = cacheFolder === undefined ? undefined : readEntry(cacheFolder, task.absolutePath, true);
  const cached = await processFromEntry(task, run, stored);
  if (cached) return cached;
  const key = cacheFolder === undefined ? '' : resultKeyOf(run, task);
  const options = optionsOf(run, task);
  const read = readFileBytesSync(task.absolutePath, task.path, { maxFileSize: run.maxFileSize });
  if (!read.ok) return failed(task, read.error);
  const needHash = cacheFolder !== undefined || run.write?.journalFile !== undefined || task.journaledHash !== undefined;
  const hash = needHash ? hashBytes(read.bytes) : '';
  if (task.journaledHash !== undefined && task.journaledHash === hash) {
    // Finished by the interrupted run: its edits are in the file already.
    const decoded = decodeBytes(read.bytes, task.path);
    const result: FileResult = { path: task.path, messages: [] };
    if (decoded.ok) {
      result.bom = decoded.bom;
      if (run.keepSource) result.source = decoded.text;
      if (run.keepOutput) result.output = decoded.text;
    }
    return { result, bytes: read.size, status: 'journaled' };
  }
  const sameContent = stored !== undefined && stored.entry.hash === hash;
  const entry: Omit<CacheEntry, 'layout'> = { path: task.absolutePath, size: read.size, mtimeMs: read.mtimeMs, hash };
  const observe = sameContent ? stored?.entry.observe : undefined;
  if (observe) entry.observe = observe;
  if (cacheFolder !== undefined && sameContent && stored?.result?.key === key) {
    // Touched, not changed: store the new time.
    writeEntry(cacheFolder, entry, stored.result);
    return finishCached(task, run, entry, stored.result, read.bytes);
  }
  const decoded = decodeBytes(read.bytes, task.path);
  if (!decoded.ok) return failed(task, decoded.error);
  const result = processText(run.command, task.path, decoded.text, decoded.bom, options, run.forms, {
    knownRuleIds: new Set(run.knownRuleIds),
  });
  let remaining: Message[] | undefined;
  if (run.write) remaining = await writeFixed(task, run, result, hash, { size: read.size, mtimeMs: read.mtimeMs });
  if (cacheFolder !== undefined) {
    const cached: CachedResult = { key, messages: packMessages(result.messages), bom: decoded.bom };
    if (result.warnings) cached.warnings = result.warnings;
    if (result.output !== undefined && result.output !== decoded.text) cached.output = result.output;
    if (remaining) cached.remaining = packMessages(remaining);
    writeEntry(cacheFolder, entry, cached, stored);
  }
  return outcome(run, result, remaining, read.size, 'processed');
}

/**
 * Builds a result from the cache, reading the file only when its text is needed (to show it,
 * or to write the fixed text). The cached findings stay packed: they are sent on as such (and
 * unpacked here only to write, where a failed write marks them not applied).
 * @param task the file.
 * @param run the run's settings.
 * @param entry the file's entry.
 * @param cached its matching result.
 * @param bytes the file's bytes when already read.
 * @returns the outcome.
 */
async function finishCached(
  task: FileTask,
  run: RunSettings,
  entry: Omit<CacheEntry, 'layout'>,
  cached: CachedResult,
  bytes: Buffer | undefined,
): Promise<ProcessOutcome> {
  const messages = run.write ? unpackMessages(cached.messages) : (cached.messages as unknown as Message[]);
  const result: FileResult = { path: task.path, messages, bom: cached.bom };
  if (cached.warnings) result.warnings = cached.warnings;
  const needText = run.keepSource || (run.command === 'fix' && (run.keepOutput || run.write !== undefined));
  if (needText) {
    let content = bytes;
    if (!content) {
      const read = readFileBytesSync(task.absolutePath, task.path, { maxFileSize: run.maxFileSize });
      if (!read.ok) return failed(task, read.error);
      content = read.bytes;
    }
    const decoded = decodeBytes(content, task.path);
    if (!decoded.ok) return failed(task, decoded.error);
    result.source = decoded.text;
    if (run.command === 'fix') result.output = cached.output ?? decoded.text;
  }
  let remaining: Message[] | undefined;
  if (run.write) {
    remaining = await writeFixed(task, run, result, entry.hash, { size: entry.size, mtimeMs: entry.mtimeMs }, cached.remaining && unpackMessages(cached.remaining));
    if (cached.output !== undefined && remaining && !cached.remaining && run.cacheFolder !== undefined) {
      writeEntry(run.cacheFolder, entry, { ...cached, remaining: packMessages(remaining) });
    }
  }
  return outcome(run, result, remaining, entry.size, 'cached');
}

/**
 * Writes a fixed file with `fix --write` and journals it; a write failure becomes the file's error.
 * @param task the file.
 * @param run the run's settings.
 * @param result the file's result (with `source` and `output`); edited on a write failure.
 * @param hash the hash of the file as read.
 * @param readAt its size and modification time when read: a file changed since is not written.
 * @param knownRemaining the findings left in the output, when the cache knows them.
 * @returns the findings left in the written output (undefined when they are the result's own).
 */
async function writeFixed(
  task: FileTask,
  run: RunSettings,
  result: FileResult,
  hash: string,
  readAt: { size: number; mtimeMs: number },
  knownRemaining?: Message[],
): Promise<Message[] | undefined> {
  const write = run.write;
  if (!write || result.output === undefined || result.source === undefined) return undefined;
  const journal = write.journalFile;
  if (result.output === result.source) {
    if (journal !== undefined) appendJournal(journal, task.absolutePath, hash);
    return undefined;
  }
  const failure = await writeFileSafely(task.absolutePath, task.path, result.output, { bom: result.bom === true, backup: write.backup, unchangedSince: readAt });
  if (failure) {
    result.error = failure;
    for (const message of result.messages) message.applied = false;
    return undefined;
  }
  if (journal !== undefined) appendJournal(journal, task.absolutePath, hashBytes(Buffer.from(result.bom === true ? `\uFEFF${result.output}` : result.output, 'utf8')));
  return knownRemaining ?? collectRemainingFindings(result.messages, recheckOutput(result.output, optionsOf(run, task), run.forms));
}

/**
 * Strips what the main thread does not need.
 * @param run the run's settings.
 * @param result the result.
 * @param remaining the findings left in the written output.
 * @param bytes the file's size.
 * @param status how it was obtained.
 * @returns the outcome to send.
 */
function outcome(run: RunSettings, result: FileResult, remaining: Message[] | undefined, bytes: number, status: ProcessStatus): ProcessOutcome {
  if (!run.keepSource) delete result.source;
  if (!run.keepOutput || result.error !== undefined) delete result.output;
  const sent: ProcessOutcome = { result, bytes, status };
  if (remaining) sent.remaining = remaining;
  return sent;
}

/**
 * The outcome of a file that could not be read.
 * @param task the file.
 * @param error why.
 * @returns the outcome.
 */
function failed(task: FileTask, error: FileError): ProcessOutcome {
  return { result: { path: task.path, messages: [], error }, bytes: 0, status: 'failed' };
}

/**
 * The findings that remain after `fix --write`: those found again in the written output, and
 * those of the input that were not applied and are not among them (a report that shows an
 * error left must not exit 0), except those whose text another applied edit replaced.
 * @param input findings on the text as read, with `applied`.
 * @param recheck findings on the written output.
 * @returns the findings that count for the exit code.
 */
export function collectRemainingFindings(input: readonly Message[], recheck: Message[]): Message[] {
  const found = new Map<string, number>();
  for (const message of recheck) {
    const key = `${message.ruleId}\u0000${message.actual}`;
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  const remaining = [...recheck];
  // An unapplied finding inside another finding's applied edit is gone with the text it was
  // on (a slug the link rewrite replaced): the recheck says what is left there.
  const appliedRanges = input.filter((message) => message.applied === true && message.fix).map((message) => (message.fix as { range: [number, number] }).range);
  for (const message of input) {
    if (message.applied === true) continue;
    if (appliedRanges.some(([start, end]) => start <= message.start.offset && message.end.offset <= end)) continue;
    const key = `${message.ruleId}\u0000${message.actual}`;
    const count = found.get(key) ?? 0;
    if (count > 0) found.set(key, count - 1);
    else remaining.push(message);
  }
  return remaining;
}

/**
 * Checks or fixes one text of `copyguard stream` (its own forms: records are independent).
 * @param task the text, its options and whether to fix.
 * @returns the findings in the contract's JSON shape, and the output with `fix`.
 */
export function processRecord(task: TextTask): TextOutcome {
  const result = processText(task.fix ? 'fix' : 'check', '', task.text, false, task.options, undefined, {
    knownRuleIds: new Set(current().knownRuleIds),
  });
  const file = toReport([result], task.fix ? 'fix' : 'check').files[0];
  const outcome: TextOutcome = { messages: file?.messages ?? [] };
  if (task.fix && result.output !== undefined) outcome.output = result.output;
  return outcome;
}

/**
 * The first pass for a few files, in order (one message for several small files).
 * @param tasks the files.
 * @returns their outcomes.
 */
export async function observeTasks(tasks: readonly FileTask[]): Promise<ObserveOutcome[]> {
  const outcomes: ObserveOutcome[] = [];
  for (const task of tasks) outcomes.push(await observeFile(task));
  return outcomes;
}

/**
 * The first pass for a few files as the pool runs it: a worker also counts their size toward
 * its next garbage collection (the calling thread counts every outcome it receives).
 * @param tasks the files.
 * @returns their outcomes.
 */
async function observeTasksForPool(tasks: readonly FileTask[]): Promise<ObserveOutcome[]> {
  const outcomes = await observeTasks(tasks);
  if (!isMainThread) for (const outcome of outcomes) noteInput(outcome.bytes);
  return outcomes;
}

/**
 * The second pass for a few files, in order.
 * @param tasks the files.
 * @returns their outcomes.
 */
export async function processTasks(tasks: readonly FileTask[]): Promise<ProcessOutcome[]> {
  const outcomes: ProcessOutcome[] = [];
  for (const task of tasks) outcomes.push(await processFile(task));
  return outcomes;
}

/**
 * The second pass for a few files as the pool runs it. With the run's `report` set, each file's
 * part of the report is formatted here and sent instead of its findings. Else, in a worker,
 * the findings are packed (arrays of their fields): a result holds many small objects, which
 * cross a thread boundary several times faster packed than as findings or as JSON; in the
 * calling thread they are returned as they are.
 * @param tasks the files.
 * @returns the outcomes: with pieces, or with packed findings in a worker.
 */
export async function processTasksForPool(tasks: readonly FileTask[]): Promise<ProcessOutcome[]> {
  const outcomes = await processTasks(tasks);
  const report = current().report;
  for (const outcome of outcomes) {
    // The calling thread counts every result it receives; a worker counts its own.
    if (!isMainThread) noteInput(outcome.bytes);
    if (report) toPiece(outcome, report);
    else if (!isMainThread) {
      outcome.result.messages = packMessages(outcome.result.messages) as unknown as Message[];
      if (outcome.remaining) outcome.remaining = packMessages(outcome.remaining) as unknown as Message[];
    }
  }
  return outcomes;
}

/**
 * Formats a file's part of the report and keeps only what the main thread needs besides: its
 * path, error, notes and the counts of the findings that decide the exit code.
 * @param outcome the file's outcome, changed in place.
 * @param report the run's report settings.
 */
function toPiece(outcome: ProcessOutcome, report: NonNullable<RunSettings['report']>): void {
  /**
   * The findings to show and count: with `--quiet`, errors only.
   * @param messages findings, perhaps packed (from the cache).
   * @returns the findings kept.
   */
  const keep = (messages: ReadonlyArray<Message | PackedMessage>): Message[] => {
    const unpacked = unpackMessages(messages);
    return report.quiet ? unpacked.filter((message) => message.severity === 'error') : unpacked;
  };
  const { result } = outcome;
  result.messages = keep(result.messages);
  const counted = outcome.remaining ? keep(outcome.remaining) : result.messages;
  outcome.piece = formatPiece(report.format, result, report.context);
  outcome.counts = countSeverities(counted);
  const slim: FileResult = { path: result.path, messages: [] };
  if (result.error !== undefined) slim.error = result.error;
  if (result.warnings) slim.warnings = result.warnings;
  outcome.result = slim;
  delete outcome.remaining;
}

/** The handlers of this task module, by task type (see `WorkerPool`). */
export const handlers = {
  configure,
  observe: observeTasksForPool,
  process: processTasksForPool,
  text: processRecord,
};
