/**
 * The command-line run: parse, find the files, load their configs, read them, check or fix
 * them over the whole run, write, filter (controls, baseline, `--quiet`), print the report
 * and decide the exit code (CONTRACT.md).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { formatFromPath } from '../adapters/index.js';
import type { Format } from '../adapters/types.js';
import { processFiles, recheckOutput, type BatchFile } from '../batch/process.js';
import { readTextFile, readTextStream, type ReadOutcome } from '../batch/read.js';
import { expandPaths } from '../batch/walk.js';
import { writeFileSafely } from '../batch/write.js';
import { resolveOptions, type Options, type RuleSetting } from '../core/options.js';
import { rulesById } from '../core/registry.js';
import type { FileResult, Message, Severity } from '../core/types.js';
import { formatters } from '../report/formatters/index.js';
import { baselineKey, createBaseline, filterByBaseline, readBaseline, writeBaseline, type Baseline } from './baseline.js';
import { ConfigError, ConfigResolver, type LoadedConfig } from './config.js';
import { runInit } from './init.js';
import { configTexts, noteTexts, usageTexts } from './messages.js';
import { exitCodes, resolveCliOptions, type CliOptions } from './options.js';
import { parseCommandLine, UsageError } from './program.js';

/** A stream the CLI writes to. */
export interface OutputStream {
  /**
   * Writes text.
   * @param text the text.
   */
  write(text: string): unknown;
  /** Whether the stream is a terminal. */
  isTTY?: boolean;
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

/** Ranks of severities, to compare with `--fail-on`. */
const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** How many files are read at once. */
const readConcurrency = 8;

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

/**
 * Runs `check` or `fix` on the files of the command line.
 * @param options the validated options.
 * @param io the streams.
 * @param version the version, for formatters.
 * @returns the exit code.
 */
async function runFiles(options: CliOptions, io: CliIo, version: string): Promise<number> {
  const cwd = io.cwd;
  const configs = new ConfigResolver(cwd, options.configFile);
  const baselineFile = options.baseline === undefined ? undefined : resolve(cwd, options.baseline);
  let baseline: Baseline | undefined;
  if (baselineFile !== undefined && !options.updateBaseline) baseline = await readBaseline(baselineFile, configs.displayName(baselineFile));

  const jobs = await collectJobs(options, io, configs);
  const progress = createProgress(io.stderr, options.progress && jobs.length > 1);
  const reads = await mapLimited(jobs, readConcurrency, async (job): Promise<ReadOutcome> => {
    const outcome =
      job.absolutePath === undefined
        ? await readTextStream(io.stdin(), job.path, { maxFileSize: options.maxFileSize })
        : await readTextFile(job.absolutePath, job.path, { maxFileSize: options.maxFileSize });
    progress.step(job.path);
    return outcome;
  });
  progress.done();

  const files: BatchFile[] = jobs.map((job, index) => ({ path: job.path, read: reads[index] as ReadOutcome, options: job.options }));
  const { results, forms } = processFiles(options.command, files, { knownRuleIds: new Set(rulesById.keys()) });

  // Findings that decide the exit code: in the input, or in the written output with `--write`.
  const counted: Message[][] = results.map((result) => result.messages);
  if (options.command === 'fix' && options.write) {
    for (const [index, result] of results.entries()) {
      const job = jobs[index] as Job;
      if (result.error !== undefined || result.output === undefined || result.source === undefined) continue;
      if (job.absolutePath === undefined) {
        // Standard input: the fixed text goes to standard output, the report elsewhere.
        io.stdout.write(`${result.bom ? '\uFEFF' : ''}${result.output}`);
      } else if (result.output !== result.source) {
        const failure = await writeFileSafely(job.absolutePath, job.path, result.output, { bom: result.bom === true, backup: options.backup });
        if (failure) {
          result.error = failure;
          for (const message of result.messages) message.applied = false;
          continue;
        }
      }
      counted[index] = result.output === result.source ? result.messages : collectRemainingFindings(result.messages, recheckOutput(result.output, job.options, forms));
    }
  }

  if (options.updateBaseline && baselineFile !== undefined) {
    const content = createBaseline(results, cwd, baselineFile);
    await writeBaseline(baselineFile, configs.displayName(baselineFile), content);
    const count = Object.values(content.files).reduce((sum, entries) => sum + entries.length, 0);
    io.stderr.write(configTexts.baselineWritten(configs.displayName(baselineFile), count));
    baseline = {
      file: baselineFile,
      known: new Map(Object.entries(content.files).map(([key, entries]) => [key, new Set(entries.map((entry) => entry.fingerprint))])),
    };
  }

  for (const [index, result] of results.entries()) {
    const key = baseline ? baselineKey(result.path, cwd, baseline.file) : '';
    /**
     * Drops the findings the baseline knows and, with `--quiet`, all but errors.
     * @param messages findings of this file.
     * @returns the findings to report and count.
     */
    const keep = (messages: Message[]): Message[] => {
      const known = baseline ? filterByBaseline(messages, key, baseline) : messages;
      return options.quiet ? known.filter((message) => message.severity === 'error') : known;
    };
    result.messages = keep(result.messages);
    counted[index] = keep(counted[index] ?? []);
    for (const warning of result.warnings ?? []) io.stderr.write(noteTexts.fileWarning(result.path, warning));
  }

  await printReport(results, options, io, version);
  return decideExitCode(results, counted, options);
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
  for (const entry of expansion.entries) {
    const config = await configs.forFolder(dirname(entry.absolutePath));
    if (config.ignores(entry.absolutePath)) continue;
    jobs.push({ path: entry.path, absolutePath: entry.absolutePath, options: buildFileOptions(config, options, entry.path, configs) });
  }
  return jobs;
}

/**
 * Builds a file's options from its config and the flags: `--rule` keeps only the rules named
 * (at their configured severity, or their default when the config turned them off), `--no-rule`
 * turns rules off, `--fix-rule` limits the fixes.
 * @param config the file's config.
 * @param options the flags.
 * @param formatPath the path whose extension chooses the format (`''` for plain text).
 * @param configs the resolver, to name the config file in errors.
 * @returns the options for `check` or `fix`.
 * @throws ConfigError when the config's rule options are rejected.
 */
function buildFileOptions(config: LoadedConfig, options: CliOptions, formatPath: string, configs: ConfigResolver): Options {
  const rules: Record<string, RuleSetting> = { ...config.rules };
  if (options.onlyRules) {
    for (const id of rulesById.keys()) {
      if (!options.onlyRules.includes(id)) rules[id] = 'off';
      else if (isOff(rules[id])) delete rules[id];
    }
  }
  for (const id of options.disabledRules) rules[id] = 'off';
  const format: Format = config.formats.get(extname(formatPath).toLowerCase()) ?? formatFromPath(formatPath);
  const result: Options = { rules, restorations: config.restorations, format };
  if (options.fixRules) result.fixRules = options.fixRules;
  try {
    resolveOptions(result);
  } catch (error) {
    const name = config.file === undefined ? '' : configs.displayName(config.file);
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(name === '' ? message : configTexts.located(name, '', message), { cause: error });
  }
  return result;
}

/**
 * The findings that remain after `fix --write`: those found again in the written output, and
 * those of the input that were not applied and are not among them (a report that shows an
 * error left must not exit 0).
 * @param input findings on the text as read, with `applied`.
 * @param recheck findings on the written output.
 * @returns the findings that count for the exit code.
 */
function collectRemainingFindings(input: readonly Message[], recheck: Message[]): Message[] {
  const found = new Map<string, number>();
  for (const message of recheck) {
    const key = `${message.ruleId}\u0000${message.actual}`;
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  const remaining = [...recheck];
  for (const message of input) {
    if (message.applied === true) continue;
    const key = `${message.ruleId}\u0000${message.actual}`;
    const count = found.get(key) ?? 0;
    if (count > 0) found.set(key, count - 1);
    else remaining.push(message);
  }
  return remaining;
}

/**
 * Whether a rule setting turns the rule off.
 * @param setting the setting, if any.
 * @returns true for `off` and `[off, …]`.
 */
function isOff(setting: RuleSetting | undefined): boolean {
  return setting === 'off' || (Array.isArray(setting) && setting[0] === 'off');
}

/**
 * Formats the results and writes the report where it belongs: `--output-file`, or standard
 * output (standard error with `fix --write` on standard input, whose output is the fixed text).
 * @param results the results.
 * @param options the flags.
 * @param io the streams and environment.
 * @param version the version.
 * @throws UsageError when the output file cannot be written.
 */
async function printReport(results: FileResult[], options: CliOptions, io: CliIo, version: string): Promise<void> {
  const stream = options.stdin && options.command === 'fix' && options.write ? io.stderr : io.stdout;
  const toFile = options.outputFile !== undefined;
  const color = decideColor(options.color, io.env, !toFile && stream.isTTY === true);
  const text = formatters[options.format](results, { cwd: io.cwd, color, command: options.command, toolVersion: version });
  if (options.outputFile !== undefined) {
    try {
      await writeFile(resolve(io.cwd, options.outputFile), text, 'utf8');
    } catch (error) {
      throw new UsageError(usageTexts.cannotWriteReport(options.outputFile, error instanceof Error ? error.message : String(error)), { cause: error });
    }
    return;
  }
  if (text !== '') stream.write(text);
}

/**
 * Decides the exit code (CONTRACT.md): 1 when a file failed, a counted finding is at or above
 * `--fail-on`, or the warnings exceed `--max-warnings`; else 0.
 * @param results the results.
 * @param counted the findings that count, per file.
 * @param options the flags.
 * @returns 0 or 1.
 */
function decideExitCode(results: readonly FileResult[], counted: readonly Message[][], options: CliOptions): number {
  if (results.some((result) => result.error !== undefined)) return exitCodes.problems;
  const threshold = severityRank[options.failOn];
  let warnings = 0;
  for (const messages of counted) {
    for (const message of messages) {
      if (severityRank[message.severity] >= threshold) return exitCodes.problems;
      if (message.severity === 'warning') warnings += 1;
    }
  }
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return exitCodes.problems;
  return exitCodes.clean;
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

/** A progress line on standard error. */
interface Progress {
  /**
   * Counts one file as done.
   * @param path the file.
   */
  step(path: string): void;
  /** Clears the line. */
  done(): void;
}

/**
 * Creates the progress line; it shows only on a terminal, never on standard output.
 * @param stream standard error.
 * @param wanted whether progress is wanted (`--no-progress` and single files turn it off).
 * @returns the progress line (silent when off).
 */
function createProgress(stream: OutputStream, wanted: boolean): Progress {
  if (!wanted || stream.isTTY !== true) return { step: () => undefined, done: () => undefined };
  let done = 0;
  let total = 0;
  return {
    step(path: string): void {
      done += 1;
      total = Math.max(total, done);
      stream.write(`\r\u001b[K${noteTexts.progress(done, total, path)}`);
    },
    done(): void {
      if (done > 0) stream.write('\r\u001b[K');
    },
  };
}

/**
 * Maps items with at most `limit` promises running, keeping the order.
 * @param items the items.
 * @param limit how many at once.
 * @param map the async function.
 * @returns the results in item order.
 */
async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  /**
   * Takes the next item until none is left.
   */
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
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
