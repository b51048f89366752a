/**
 * The command-line run: parse, find the files, load their configs, read them, check or fix
 * them over the whole run, write, filter (controls, baseline, `--quiet`), print the report
 * and decide the exit code (CONTRACT.md).
 */
import { readFile, rmdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { pruneCache, readRunRecord, runRecordKey, statFile, writeRunRecord } from '../batch/cache.js';
import { createExecutor, type Executor } from '../batch/executor.js';
import { findJournal, finishJournal, runKeyOf, startJournal, type Journal } from '../batch/journal.js';
import { deserializeForms, digestForms, FormAccumulator, serializeForms } from '../batch/observations.js';
import { decideWorkers, mapOrdered } from '../batch/pool.js';
import { processText, recheckOutput } from '../batch/process.js';
import { defaultMaxFileSize, readTextStream } from '../batch/read.js';
import { noteInput } from '../batch/memory.js';
import { planRedirects, RedirectCollector, withRenamedTargets, type Redirect } from '../batch/redirects.js';
import { ReviewReport } from '../batch/review-report.js';
import { inShard } from '../batch/shard.js';
import { collectRemainingFindings, type FileTask, type ProcessOutcome, type RunSettings } from '../batch/tasks.js';
import { TaskList } from '../batch/task-list.js';
import { expandPaths } from '../batch/walk.js';
import type { FormModel } from '../core/forms.js';
import { isPieceFormat, type SeverityCounts } from '../report/pieces.js';
import { formatFromPath } from '../adapters/index.js';
import type { Options } from '../core/options.js';
import { rulesById } from '../core/registry.js';
import type { FileResult, Message, Severity } from '../core/types.js';
import { baselineKey, createBaseline, filterByBaseline, readBaseline, writeBaseline, type Baseline, type BaselineEntry, type BaselineFile } from './baseline.js';
import { ConfigError, ConfigResolver, type LoadedConfig } from './config.js';
import { runInit } from './init.js';
import { loadProfile } from '../survey/index.js';
import { configTexts, noteTexts, redirectTexts, usageTexts } from './messages.js';
import { exitCodes, parseJobs, parseSize, resolveCliOptions, resolveStreamOptions, type CliOptions } from './options.js';
import { runLintRulesCommand, runSurveyCommand } from './archive-commands.js';
import { buildFileOptions } from './file-options.js';
import { parseCommandLine, UsageError } from './program.js';
import { createProgress, decideProgressMode, type Progress } from './progress.js';
import { createReportSink, fileDestination, formatNeedsOutput, formatNeedsSource, streamDestination } from './report-sink.js';
import { runStream } from './stream.js';

/** A stream the CLI writes to. */
export interface OutputStream {
  /**
   * Writes text.
   * @param text the text.
   */
  write(text: string): unknown;
  /** Whether the stream is a terminal. */
  isTTY?: boolean;
  /** Its width, when a terminal. */
  columns?: number;
}

/** What the CLI talks to; `main.ts` passes the process's, tests may pass their own. */
export interface CliIo {
  /** Standard input, opened only when read. */
  stdin: () => AsyncIterable<Uint8Array | string>;
  /** Standard output. */
  stdout: OutputStream;
  /** Standard error. */
  stderr: OutputStream;
  /** The working directory. */
  cwd: string;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`). */
  env: Readonly<Record<string, string | undefined>>;
}

/** One file to read, before reading. */
interface Job {
  /** The path to report. */
  path: string;
  /** Absolute path, or undefined for standard input. */
  absolutePath: string | undefined;
  /** Its options. */
  options: Options;
}

/**
 * Files per task sent to a lane: one message for several files makes the cost of a message
 * small next to the work, and a few files in flight per lane keep memory small.
 */
const filesPerTask = 8;

/** Ranks of severities, to compare with `--fail-on`. */
const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * Runs the command line.
 * @param argv the arguments after `node main.js`.
 * @param io the streams, working directory and environment.
 * @returns the exit code: 0 clean, 1 problems or a file error, 2 usage or config error or crash.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const version = await readVersion();
    const parsed = parseCommandLine(argv, version, {
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
    if (parsed.kind === 'done') return exitCodes.clean;
    if (parsed.kind === 'init') return await runInit(io.cwd, io);
    if (parsed.kind === 'stream') return await runStream(resolveStreamOptions(parsed.flags), io, version);
    if (parsed.kind === 'lint-rules') return await runLintRulesCommand(parsed.file, parsed.flags, io);
    if (parsed.kind === 'survey') {
      const maxFileSize = parsed.flags.maxFileSize === undefined ? defaultMaxFileSize : parseSize(parsed.flags.maxFileSize, '--max-file-size');
      const jobs = parsed.flags.jobs === undefined ? undefined : parseJobs(parsed.flags.jobs);
      return await runSurveyCommand(parsed.paths, { ...parsed.flags, maxFileSize, jobs }, io);
    }
    const options = resolveCliOptions(parsed.kind, parsed.paths, parsed.flags);
    return await runFiles(options, io, version);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${usageTexts.prefix}${error.message}\n${usageTexts.hint}\n`);
      return exitCodes.usage;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${usageTexts.prefix}${error.message}\n`);
      return exitCodes.usage;
    }
    io.stderr.write(`${usageTexts.crashed(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    return exitCodes.usage;
  }
}

/** Per-file outcome counts of a run, for `--verbose`. */
interface Statistics {
  /** Files checked or fixed. */
  processed: number;
  /** Results from the cache. */
  cached: number;
  /** Files finished by an interrupted run. */
  journaled: number;
  /** Files that could not be read. */
  failed: number;
  /** Files of the forms pass. */
  observed: number;
  /** Of those, from the cache. */
  observedCached: number;
  /** Bytes of the files. */
  bytes: number;
  /** Worker threads. */
  workers: number;
}

/**
 * Runs `check` or `fix` on the files of the command line: finds the files, learns the forms over
 * all of them in a first pass, then checks or fixes them (in worker threads with `--jobs`),
 * streaming each result to the report as soon as it and those before it are done.
 * @param options the validated options.
 * @param io the streams.
 * @param version the version, for formatters.
 * @returns the exit code.
 */
async function runFiles(options: CliOptions, io: CliIo, version: string): Promise<number> {
  const started = performance.now();
  // Asked for workers: start them now, so they load while the files are found.
  const early = !options.stdin && options.jobs !== undefined && options.jobs > 1 ? createExecutor(options.jobs, true) : undefined;
  try {
    return await runWithExecutor(options, io, version, started, early);
  } finally {
    await early?.close();
  }
}

/**
 * Loads the profile named with `--profile` into the options: its restorations and forms.
 * @param options the options, completed in place.
 * @param io the streams (warnings go to standard error).
 * @throws ConfigError when the profile cannot be read or has errors (exit 2).
 */
async function applyProfile(options: CliOptions, io: CliIo): Promise<void> {
  const name = options.profile as string;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, name), 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the profile \`${name}\` (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  const loaded = loadProfile(text, name);
  if (loaded.errors.length > 0) throw new ConfigError(loaded.errors.join('\n'));
  for (const warning of loaded.warnings) io.stderr.write(`copyguard: ${warning}\n`);
  options.profileRestorations = loaded.restorations;
  if (loaded.forms) options.profileForms = loaded.forms;
}

/**
 * Merges forms: the second model wins for every label it has.
 * @param learned forms learned over the run.
 * @param decided forms from a profile.
 * @returns the merged model.
 */
function mergeForms(learned: FormModel, decided: FormModel): FormModel {
  const dominant = new Map(learned.dominant);
  const support = new Map(learned.support);
  for (const [label, form] of decided.dominant) dominant.set(label, form);
  for (const [label, value] of decided.support) support.set(label, value);
  return { dominant, support };
}

/**
 * The body of `runFiles`.
 * @param options the validated options.
 * @param io the streams.
 * @param version the version.
 * @param started when the run started.
 * @param early workers started before the files were found, if any.
 * @returns the exit code.
 */
async function runWithExecutor(options: CliOptions, io: CliIo, version: string, started: number, early: Executor | undefined): Promise<number> {
  const cwd = io.cwd;
  const configs = new ConfigResolver(cwd, options.configFile);
  if (options.profile !== undefined) await applyProfile(options, io);
  const baselineFile = options.baseline === undefined ? undefined : resolve(cwd, options.baseline);
  let baseline: Baseline | undefined;
  if (baselineFile !== undefined && !options.updateBaseline) baseline = await readBaseline(baselineFile, configs.displayName(baselineFile));

  let jobs = await collectJobs(options, io, configs);
  const shard = options.shard;
  if (shard) jobs = jobs.filter((job) => job.absolutePath === undefined || inShard(job.absolutePath, cwd, shard));
  const redirectFile = options.redirects === undefined ? undefined : resolve(cwd, options.redirects.file);
  if (redirectFile !== undefined && jobs.some((job) => job.absolutePath === redirectFile)) throw new UsageError(usageTexts.redirectsOverInput(options.redirects?.file ?? ''));
  // The redirects of the fixes applied, gathered file by file as results arrive.
  const collector = options.redirects === undefined ? undefined : new RedirectCollector();
  // Only the redirect map needs each file's format after its job is gone.
  const formats = collector ? new Map(jobs.map((job) => [job.path, job.options.format ?? 'text'])) : undefined;
  const fileCount = jobs.length;

  const reportStream = options.stdin && options.command === 'fix' && options.write ? io.stderr : io.stdout;
  const toFile = options.outputFile !== undefined;
  const color = decideColor(options.color, io.env, !toFile && reportStream.isTTY === true);
  const destination = options.outputFile === undefined ? streamDestination(reportStream) : fileDestination(resolve(io.cwd, options.outputFile));
  const sink = createReportSink(options.format, { cwd, color, command: options.command, toolVersion: version }, destination);
  const review = options.report === undefined ? undefined : new ReviewReport(resolve(cwd, options.report), { command: options.command, version });
  const tally = createTally(options);
  const statistics: Statistics = { processed: 0, cached: 0, journaled: 0, failed: 0, observed: 0, observedCached: 0, bytes: 0, workers: 1 };
  const newBaseline: Array<[string, BaselineEntry[]]> = [];

  /**
   * Finishes one file, in run order: baseline, `--quiet`, notes, exit code, report.
   * @param result the file's result.
   * @param remaining with `fix --write`, the findings left in the written output.
   */
  const finish = async (result: FileResult, remaining: Message[] | undefined): Promise<void> => {
    // Before the baseline and `--quiet` filter: every applied fix changes a URL.
    if (collector && result.source !== undefined) collector.add(result.source, result.messages, formats?.get(result.path) ?? 'text');
    let counted = remaining ?? result.messages;
    let known = baseline;
    if (options.updateBaseline && baselineFile !== undefined) {
      const entries = createBaseline([result], cwd, baselineFile);
      const own = Object.entries(entries.files);
      newBaseline.push(...own);
      known = { file: baselineFile, known: new Map(own.map(([key, list]) => [key, new Set(list.map((entry) => entry.fingerprint))])) };
    }
    const key = known ? baselineKey(result.path, cwd, known.file) : '';
    /**
     * Drops the findings the baseline knows and, with `--quiet`, all but errors.
     * @param messages findings of this file.
     * @returns the findings to report and count.
     */
    const keep = (messages: Message[]): Message[] => {
      const kept = known ? filterByBaseline(messages, key, known) : messages;
      return options.quiet ? kept.filter((message) => message.severity === 'error') : kept;
    };
    result.messages = keep(result.messages);
    counted = counted === remaining ? keep(counted) : result.messages;
    for (const warning of result.warnings ?? []) io.stderr.write(noteTexts.fileWarning(result.path, warning));
    tally.add(result, counted);
    sink.add(result);
    if (review) await review.add(result);
  };

  /**
   * Finishes one file of a batch, in run order: its part of the report, formatted by the lane
   * that processed it, or else its result.
   * @param outcome the file's outcome.
   */
  const finishOutcome = async (outcome: ProcessOutcome): Promise<void> => {
    if (!outcome.piece) {
      await finish(outcome.result, outcome.remaining);
      return;
    }
    for (const warning of outcome.result.warnings ?? []) io.stderr.write(noteTexts.fileWarning(outcome.result.path, warning));
    tally.addCounts(outcome.result, outcome.counts ?? { error: 0, warning: 0, info: 0 });
    sink.addPiece(outcome.piece);
  };
  // The lanes format the report when the main thread needs no finding of its own.
  const pieces: RunSettings['report'] =
    baselineFile === undefined && !review && !collector && isPieceFormat(options.format) ? { format: options.format, context: { cwd, color, command: options.command, toolVersion: version }, quiet: options.quiet } : undefined;

  const progressMode = fileCount > 1 ? decideProgressMode(options.progress, options.quiet, io.stderr.isTTY === true) : 'off';
  const progress = createProgress(io.stderr, progressMode);
  try {
    if (options.stdin) await runStandardInput(jobs[0] as Job, options, io, finish);
    // The jobs are handed over: `runBatch` empties the list once it has made its tasks.
    else await runBatch(jobs, options, io, version, progress, statistics, finishOutcome, early, pieces);
  } finally {
    progress.done();
  }

  if (options.updateBaseline && baselineFile !== undefined) {
    newBaseline.sort((left, right) => (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0));
    const content: BaselineFile = { version: 1, files: Object.fromEntries(newBaseline) };
    await writeBaseline(baselineFile, configs.displayName(baselineFile), content);
    const count = newBaseline.reduce((sum, [, entries]) => sum + entries.length, 0);
    io.stderr.write(configTexts.baselineWritten(configs.displayName(baselineFile), count));
  }
  try {
    await sink.end();
  } catch (error) {
    throw new UsageError(usageTexts.cannotWriteReport(options.outputFile ?? '', error instanceof Error ? error.message : String(error)), { cause: error });
  }
  if (collector && options.redirects && redirectFile !== undefined) {
    if (!(await finishRedirects(collector, options, redirectFile, io))) tally.fail();
  }
  if (review && options.report !== undefined) {
    try {
      await review.close();
    } catch (error) {
      throw new UsageError(usageTexts.cannotWriteReviewReport(options.report, error instanceof Error ? error.message : String(error)), { cause: error });
    }
  }
  if (options.verbose) {
    io.stderr.write(noteTexts.statistics({ files: fileCount, ...statistics, seconds: (performance.now() - started) / 1000 }));
  }
  return tally.exitCode();
}

/**
 * Writes the redirect map of a `fix` run, or with `--dry-run` prints it on standard error; a
 * map with errors (two restored slugs on one new URL, a new URL another page has, a loop) is
 * not written, and each error is printed.
 * @param collector the redirects of the run.
 * @param options the flags (`--redirects`, `--write`).
 * @param file the map's absolute path.
 * @param io the streams.
 * @returns false when the map could not be made or written (the run then exits 1).
 */
async function finishRedirects(collector: RedirectCollector, options: CliOptions, file: string, io: CliIo): Promise<boolean> {
  const { file: name, format } = options.redirects as { file: string; format: 'csv' | 'netlify' | 'nginx' | 'json' };
  const rendered = collector.render(format);
  for (const problem of rendered.problems) {
    if (problem.kind !== 'self') io.stderr.write(redirectTexts.problem(name, problem.message));
  }
  if (!rendered.ok) {
    io.stderr.write(redirectTexts.notWritten(name, rendered.problems.filter((problem) => problem.severity === 'error').length));
    return false;
  }
  if (!options.write) {
    io.stderr.write(redirectTexts.wouldWrite(name, rendered.redirects.length, format) + rendered.text);
    return true;
  }
  try {
    await writeFile(file, rendered.text, 'utf8');
  } catch (error) {
    io.stderr.write(redirectTexts.cannotWrite(name, (error as NodeJS.ErrnoException).code ?? String(error)));
    return false;
  }
  io.stderr.write(redirectTexts.written(name, rendered.redirects.length));
  return true;
}

/**
 * Checks or fixes standard input, in this thread.
 * @param job the standard-input job.
 * @param options the flags.
 * @param io the streams.
 * @param finish receives the result.
 */
async function runStandardInput(
  job: Job,
  options: CliOptions,
  io: CliIo,
  finish: (result: FileResult, remaining: Message[] | undefined) => Promise<void>,
): Promise<void> {
  const read = await readTextStream(io.stdin(), job.path, { maxFileSize: options.maxFileSize });
  if (!read.ok) {
    await finish({ path: job.path, messages: [], error: read.error }, undefined);
    return;
  }
  const result = processText(options.command, job.path, read.text, read.bom, job.options, undefined, { knownRuleIds: new Set(rulesById.keys()) });
  let remaining: Message[] | undefined;
  if (options.command === 'fix' && options.write && result.output !== undefined) {
    // Standard input: the fixed text goes to standard output, the report elsewhere.
    io.stdout.write(`${read.bom ? '\uFEFF' : ''}${result.output}`);
    if (result.output !== read.text) remaining = collectRemainingFindings(result.messages, recheckOutput(result.output, job.options, undefined));
  }
  await finish(result, remaining);
}

/**
 * Runs the files of the command line: the forms pass over all files (skipped for one file and
 * when resuming), then the check or fix pass, each over a bounded window of files.
 * @param jobs the files in run order; emptied once the tasks are made (an archive's list is
 *   held once, as tasks, for the rest of the run).
 * @param options the flags.
 * @param io the streams.
 * @param version the version (part of cache keys).
 * @param progress the progress display.
 * @param statistics counts, updated.
 * @param finish receives each outcome in run order.
 * @param early workers already started (closed by the caller), if any.
 * @param pieces with a format made of pieces and nothing else that needs the findings: the
 *   lanes format the report.
 */
async function runBatch(
  jobs: Job[],
  options: CliOptions,
  io: CliIo,
  version: string,
  progress: Progress,
  statistics: Statistics,
  finish: (outcome: ProcessOutcome) => Promise<void>,
  early: Executor | undefined,
  pieces: RunSettings['report'],
): Promise<void> {
  const cacheFolder = resolve(io.cwd, options.cacheLocation);
  // Files share a few options objects: they are sent to the workers once, and named by index.
  const optionsTable: Options[] = [];
  const optionsIndexes = new Map<Options, number>();
  const tasks = new TaskList(jobs.length, io.cwd, (index) => {
    const job = jobs[index] as Job;
    let optionsIndex = optionsIndexes.get(job.options);
    if (optionsIndex === undefined) {
      optionsIndex = optionsTable.push(job.options) - 1;
      optionsIndexes.set(job.options, optionsIndex);
    }
    return { path: job.path, absolutePath: job.absolutePath as string, optionsIndex };
  });
  const chunks = Math.ceil(tasks.length / filesPerTask);
  /**
   * The files of one chunk, made when the chunk is sent.
   * @param chunk the chunk's index.
   * @returns its tasks.
   */
  const chunkOf = (chunk: number): FileTask[] => tasks.slice(chunk * filesPerTask, (chunk + 1) * filesPerTask);
  const writing = options.command === 'fix' && options.write;
  let journal: Journal | undefined;
  let runKey = '';
  // One file needs no journal: its write is a single atomic rename.
  if (writing && tasks.length > 1) {
    runKey = runKeyOf(version, jobs.map((job) => ({ absolutePath: job.absolutePath as string, options: job.options })));
    journal = await findJournal(cacheFolder, runKey);
    if (journal.resumed) {
      io.stderr.write(noteTexts.resuming(options.cacheLocation, journal.resumed.done.size));
      for (let index = 0; index < tasks.length; index++) {
        const hash = journal.resumed.done.get(tasks.absolutePathAt(index));
        if (hash !== undefined) tasks.setJournaledHash(index, hash);
      }
    }
  }
  jobs.length = 0;
  const executor = early ?? createExecutor(decideWorkers(options.jobs, tasks.length));
  statistics.workers = executor.workers;
  const base: RunSettings = {
    command: options.command,
    version,
    forms: undefined,
    formsDigest: digestForms(undefined),
    maxFileSize: options.maxFileSize,
    knownRuleIds: [...rulesById.keys()],
    cacheFolder: options.cache ? cacheFolder : undefined,
    write: undefined,
    // `--redirects` reads each fixed file's URLs around its edits.
    keepSource: formatNeedsSource(options.format) || options.report !== undefined || options.redirects !== undefined,
    keepOutput: options.command === 'fix' && (formatNeedsOutput(options.format) || options.report !== undefined),
    optionsTable,
  };
  try {
    let forms: FormModel | undefined;
    let totalBytes: number | undefined;
    // With the cache, a run over the same files, none touched since, reuses the forms of the
    // last such run instead of making the first pass again.
    const recordKey = options.cache && !journal?.resumed && tasks.length > 1 ? snapshotRun(tasks, optionsTable, version) : undefined;
    const record = recordKey === undefined ? undefined : readRunRecord(cacheFolder, recordKey);
    if (journal?.resumed) forms = journal.resumed.forms;
    else if (record) {
      forms = record.forms ? deserializeForms(record.forms) : undefined;
      if (forms && options.profileForms) forms = mergeForms(forms, options.profileForms);
      totalBytes = record.bytes;
      statistics.observed = tasks.length;
      statistics.observedCached = record.readable;
    } else if (tasks.length > 1) {
      // Not awaited: each lane runs it before its first file, and this thread starts at once
      // instead of waiting for workers still loading.
      const configured = executor.configure(base);
      progress.start('forms', tasks.length, undefined);
      // Results arrive in run order, so the forms are gathered as they come, never all held.
      const accumulator = new FormAccumulator();
      let readable = 0;
      totalBytes = 0;
      await mapOrdered(
        chunks,
        executor.workers * 4,
        (chunk) => executor.observe(chunkOf(chunk)),
        (outcomes, chunk) => {
          for (const [offset, outcome] of outcomes.entries()) {
            const index = chunk * filesPerTask + offset;
            accumulator.add(outcome.observations);
            noteInput(outcome.bytes);
            if (outcome.readable) readable += 1;
            statistics.observed += 1;
            if (outcome.cached) statistics.observedCached += 1;
            totalBytes = (totalBytes ?? 0) + outcome.bytes;
            progress.step(outcome.bytes, tasks.pathAt(index));
          }
        },
      );
      await configured;
      forms = readable > 1 ? accumulator.learn() : undefined;
      if (recordKey !== undefined) writeRunRecord(cacheFolder, recordKey, { forms: forms ? serializeForms(forms) : null, bytes: totalBytes, readable });
      // With a profile, its dominant forms win per label (CONTRACT.md).
      if (forms && options.profileForms) forms = mergeForms(forms, options.profileForms);
    }
    // `--rewrite-links`: a first fix pass finds the URLs the fix changes; the real pass then
    // rewrites links to them in every file (as `canonical-links` findings).
    if (options.rewriteLinks) base.optionsTable = await planRewrites(executor, { ...base, forms, formsDigest: digestForms(forms) }, chunks, chunkOf);
    if (journal && !journal.resumed) {
      try {
        await startJournal(journal, cacheFolder, runKey, forms);
      } catch {
        // A folder we may not write to costs the resumability, not the run.
        journal = undefined;
      }
    }
    await executor.configure({
      ...base,
      forms,
      formsDigest: digestForms(forms),
      write: writing ? { backup: options.backup, journalFile: journal?.file } : undefined,
      report: pieces,
    });
    progress.start(options.command, tasks.length, totalBytes);
    await mapOrdered(
      chunks,
      executor.workers * 3,
      (chunk) => executor.process(chunkOf(chunk)),
      async (outcomes, chunk) => {
        for (const [offset, outcome] of outcomes.entries()) {
          statistics[outcome.status] += 1;
          statistics.bytes += outcome.bytes;
          noteInput(outcome.bytes);
          progress.step(outcome.bytes, outcome.result.path);
          await finish(outcome);
        }
      },
    );
    // Entries of files no longer there go, at most once a day.
    if (options.cache) pruneCache(cacheFolder, Array.from({ length: tasks.length }, (_, index) => tasks.absolutePathAt(index)));
    if (journal) {
      await finishJournal(journal);
      // The folder was perhaps made for the journal alone; leave nothing behind.
      if (!options.cache) await rmdir(cacheFolder).catch(() => undefined);
    }
  } finally {
    if (executor !== early) await executor.close();
  }
}

/**
 * Stat's every file of a cached run, keeps each one's size and time for its task (the cache
 * compares them with the file's entry without a second `stat`) and keys the run's first pass.
 * @param tasks the files, in run order; each gets its size and time.
 * @param optionsTable the run's options, for each file's format.
 * @param version copyguard's version.
 * @returns the key of the run's first pass, or undefined when a file cannot be stat'ed.
 */
function snapshotRun(tasks: TaskList, optionsTable: readonly Options[], version: string): string | undefined {
  for (let index = 0; index < tasks.length; index++) {
    const stat = statFile(tasks.absolutePathAt(index));
    if (!stat) return undefined;
    tasks.setStat(index, stat);
  }
  /**
   * The files with their sizes, times and formats, one at a time.
   * @yields each file.
   */
  function* files(): Generator<{ absolutePath: string; size: number; mtimeMs: number; format: string }> {
    for (let index = 0; index < tasks.length; index++) {
      const task = tasks.taskAt(index);
      const stat = task.stat as { size: number; mtimeMs: number };
      yield { absolutePath: task.absolutePath, size: stat.size, mtimeMs: stat.mtimeMs, format: optionsTable[task.optionsIndex]?.format ?? 'text' };
    }
  }
  return runRecordKey(version, files());
}

/**
 * The first pass of `fix --rewrite-links`: fixes every file without writing, gathers the
 * redirects of the fixes applied, and returns the options table with them as renamed targets.
 * @param executor the lanes of the run.
 * @param settings the run's settings with its forms.
 * @param chunks how many chunks of files there are.
 * @param chunkOf the files of one chunk.
 * @returns the options table for the real pass.
 */
async function planRewrites(executor: Executor, settings: RunSettings, chunks: number, chunkOf: (chunk: number) => FileTask[]): Promise<Options[]> {
  await executor.configure({ ...settings, command: 'fix', write: undefined, cacheFolder: undefined, keepSource: true, keepOutput: false, report: undefined });
  const collector = new RedirectCollector();
  await mapOrdered(
    chunks,
    executor.workers * 3,
    (chunk) => executor.process(chunkOf(chunk)),
    (outcomes) => {
      for (const { result } of outcomes) {
        if (result.source !== undefined) collector.add(result.source, result.messages, 'text');
      }
    },
  );
  const redirects: Redirect[] = planRedirects(collector.entries).redirects;
  if (redirects.length === 0) return settings.optionsTable;
  return settings.optionsTable.map((options) => ({ ...options, rules: withRenamedTargets(options.rules ?? {}, redirects) }));
}

/** The exit code being decided, file by file. */
interface Tally {
  /**
   * Counts one file.
   * @param result its result.
   * @param counted the findings that count for it.
   */
  add(result: FileResult, counted: readonly Message[]): void;
  /**
   * Counts one file from the counts of its findings by severity.
   * @param result its result (whether it failed).
   * @param counts the findings that count for it, by severity.
   */
  addCounts(result: FileResult, counts: SeverityCounts): void;
  /** Fails the run for a problem outside the files (a redirect map that cannot be written). */
  fail(): void;
  /**
   * Decides the exit code (CONTRACT.md): 1 when a file failed, a counted finding is at or
   * above `--fail-on`, or the warnings exceed `--max-warnings`; else 0.
   * @returns 0 or 1.
   */
  exitCode(): number;
}

/**
 * Creates the tally of a run.
 * @param options the flags.
 * @returns the tally.
 */
function createTally(options: CliOptions): Tally {
  const threshold = severityRank[options.failOn];
  let failed = false;
  let warnings = 0;
  return {
    add(result: FileResult, counted: readonly Message[]): void {
      if (result.error !== undefined) failed = true;
      for (const message of counted) {
        if (severityRank[message.severity] >= threshold) failed = true;
        if (message.severity === 'warning') warnings += 1;
      }
    },
    addCounts(result: FileResult, counts: SeverityCounts): void {
      if (result.error !== undefined) failed = true;
      for (const severity of ['info', 'warning', 'error'] as const) {
        if (counts[severity] > 0 && severityRank[severity] >= threshold) failed = true;
      }
      warnings += counts.warning;
    },
    fail(): void {
      failed = true;
    },
    exitCode(): number {
      if (failed) return exitCodes.problems;
      if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return exitCodes.problems;
      return exitCodes.clean;
    },
  };
}

/**
 * Finds the files of the run and their options; files that a config ignores are left out.
 * @param options the validated options.
 * @param io the streams (for notes about skipped links).
 * @param configs the config resolver.
 * @returns the jobs in run order.
 * @throws UsageError when a glob matches nothing; ConfigError for an invalid config.
 */
async function collectJobs(options: CliOptions, io: CliIo, configs: ConfigResolver): Promise<Job[]> {
  const cwd = io.cwd;
  if (options.stdin) {
    const named = options.stdinNamed ? resolve(cwd, options.stdinPath) : undefined;
    const config = await configs.forFolder(named === undefined ? cwd : dirname(named));
    return [{ path: options.stdinPath, absolutePath: undefined, options: buildFileOptions(config, options, options.stdinNamed ? options.stdinPath : '', configs) }];
  }
  const expansion = await expandPaths(options.paths.length > 0 ? options.paths : ['.'], { cwd, followSymlinks: options.followSymlinks });
  const [unmatched] = expansion.unmatched;
  if (unmatched !== undefined) throw new UsageError(usageTexts.noMatch(unmatched));
  for (const link of expansion.skippedLinks) io.stderr.write(noteTexts.symlinkSkipped(link));
  const jobs: Job[] = [];
  // Files of one config and one extension share one options object: an archive of many files
  // then holds a handful of them, not one per file.
  const shared = new Map<LoadedConfig, Map<string, Options>>();
  // The config of each folder, looked up once and for all folders at once.
  const folders = new Map<string, Promise<LoadedConfig>>();
  for (const entry of expansion.entries) {
    const folder = dirname(entry.absolutePath);
    if (!folders.has(folder)) folders.set(folder, configs.forFolder(folder));
  }
  // Settle every lookup before awaiting any, so that a failing one is never left unhandled.
  await Promise.allSettled(folders.values());
  for (const entry of expansion.entries) {
    const config = await (folders.get(dirname(entry.absolutePath)) as Promise<LoadedConfig>);
    if (config.ignores(entry.absolutePath)) continue;
    const byExtension = shared.get(config) ?? new Map<string, Options>();
    shared.set(config, byExtension);
    // The extension picks the config's format; `formatFromPath` the default (a file named `.md`).
    const extension = `${extname(entry.path).toLowerCase()}\u0000${formatFromPath(entry.path)}`;
    let fileOptions = byExtension.get(extension);
    if (!fileOptions) {
      fileOptions = buildFileOptions(config, options, entry.path, configs);
      byExtension.set(extension, fileOptions);
    }
    jobs.push({ path: entry.path, absolutePath: entry.absolutePath, options: fileOptions });
  }
  return jobs;
}

/**
 * Decides whether to colour the report: a flag wins; then a non-empty `NO_COLOR` turns colour
 * off and `FORCE_COLOR` (other than `0` or `false`) turns it on; otherwise only a terminal gets colour.
 * @param flag `--color` (true), `--no-color` (false) or neither.
 * @param env the environment.
 * @param terminal whether the report goes to a terminal.
 * @returns whether to colour.
 */
export function decideColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, terminal: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return terminal && env.TERM !== 'dumb';
}

/** The version, read once. */
let versionPromise: Promise<string> | undefined;

/**
 * Reads the version from `package.json` (two folders up from `dist/cli/` and from `src/cli/`).
 * @returns the version.
 */
export function readVersion(): Promise<string> {
  versionPromise ??= readFile(new URL('../../package.json', import.meta.url), 'utf8').then(
    (text) => String((JSON.parse(text) as { version?: unknown }).version ?? '0.0.0'),
  );
  return versionPromise;
}
