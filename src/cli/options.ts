/**
 * Checks the flags of `check` and `fix` and resolves their defaults (CONTRACT.md, "Exit codes
 * and flags"). Conflicting flags and bad values are usage errors (exit 2).
 */
import { basename, extname } from 'node:path';
import type { RedirectFormat } from '../batch/redirects.js';
import { rulesById } from '../core/registry.js';
import type { Severity } from '../core/types.js';
import type { FormatName } from '../report/formatters/index.js';
import { defaultMaxFileSize } from '../batch/read.js';
import type { FormModel } from '../core/forms.js';
import { parseShard, type Shard } from '../batch/shard.js';
import { usageTexts } from './messages.js';
import { UsageError, type RawFlags } from './program.js';

/** Exit codes of the contract. */
export const exitCodes = {
  /** No finding at or above the failing severity, no file error. */
  clean: 0,
  /** Findings remain, or a file failed. */
  problems: 1,
  /** Usage error, invalid config, internal crash. */
  usage: 2,
} as const;

/** The options of a `check` or `fix` run, validated. */
export interface CliOptions {
  /** The command. */
  command: 'check' | 'fix';
  /** Paths to read (empty with standard input). */
  paths: string[];
  /** Whether to read standard input. */
  stdin: boolean;
  /** The name of standard input (`<stdin>` unless `--stdin-filepath`). */
  stdinPath: string;
  /** Whether `--stdin-filepath` named standard input, so config and format follow that name. */
  stdinNamed: boolean;
  /** The output format. */
  format: FormatName;
  /** Where the report goes instead of standard output. */
  outputFile: string | undefined;
  /** Errors only. */
  quiet: boolean;
  /** `--progress` (true), `--no-progress` (false), or neither (on a terminal only). */
  progress: boolean | undefined;
  /** Worker threads asked for with `--jobs` (undefined: decide from the cores and the files). */
  jobs: number | undefined;
  /** Whether to use the content cache (`--cache`). */
  cache: boolean;
  /** The cache folder as typed (default `.copyguard-cache`); also holds the `fix --write` journal. */
  cacheLocation: string;
  /** Where to write the HTML review report. */
  report: string | undefined;
  /** The shard to process. */
  shard: Shard | undefined;
  /** Whether to print run statistics on standard error. */
  verbose: boolean;
  /** Rules to run (undefined: all). */
  onlyRules: string[] | undefined;
  /** Rules turned off. */
  disabledRules: string[];
  /** Rules whose fixes `fix` applies (undefined: all). */
  fixRules: string[] | undefined;
  /** Profile file named with `--profile`. */
  profile: string | undefined;
  /** Restorations loaded from the profile (set when the run starts). */
  profileRestorations?: Record<string, string>;
  /** Dominant forms loaded from the profile (set when the run starts). */
  profileForms?: FormModel;
  /** Config file named with `--config`. */
  configFile: string | undefined;
  /** Baseline file. */
  baseline: string | undefined;
  /** Whether to write the baseline. */
  updateBaseline: boolean;
  /** Most warnings allowed (undefined: no limit). */
  maxWarnings: number | undefined;
  /** Largest file size read, in bytes. */
  maxFileSize: number;
  /** Lowest severity that fails the run. */
  failOn: Severity;
  /** Colour forced on or off by a flag (undefined: decide from the terminal and environment). */
  color: boolean | undefined;
  /** Whether to follow symbolic links out of the tree. */
  followSymlinks: boolean;
  /** `fix --write`. */
  write: boolean;
  /** `fix --write --backup`. */
  backup: boolean;
  /** `fix --redirects FILE`: where the redirect map goes, and its format. */
  redirects: { file: string; format: RedirectFormat } | undefined;
  /** `fix --rewrite-links`: rewrite links to URLs the fix changes, in every given file. */
  rewriteLinks: boolean;
}

/**
 * Validates the flags of a `check` or `fix` command line.
 * @param command the command.
 * @param paths the paths as typed.
 * @param flags the flags as typed.
 * @returns the options.
 * @throws UsageError on conflicting flags, unknown rule ids and bad numbers.
 */
export function resolveCliOptions(command: 'check' | 'fix', paths: string[], flags: RawFlags): CliOptions {
  const dash = paths.includes('-');
  if (dash && paths.length > 1) throw new UsageError(usageTexts.stdinWithPaths());
  if (flags.stdin && paths.length > 0) throw new UsageError(usageTexts.stdinWithPaths());
  const stdin = flags.stdin === true || dash;
  if (flags.stdinFilepath !== undefined && !stdin) throw new UsageError(usageTexts.stdinFilepathWithoutStdin());
  if (flags.write && flags.dryRun) throw new UsageError(usageTexts.conflictingFlags('--write', '--dry-run'));
  if (flags.backup && !flags.write) throw new UsageError(usageTexts.backupWithoutWrite());
  if (flags.updateBaseline && flags.baseline === undefined) throw new UsageError(usageTexts.updateBaselineWithoutBaseline());
  if (flags.updateBaseline && command === 'fix') throw new UsageError(usageTexts.updateBaselineWithFix());
  if (flags.shard !== undefined && stdin) throw new UsageError(usageTexts.shardWithStdin());
  if (flags.report !== undefined && stdin) throw new UsageError(usageTexts.reportWithStdin());
  if (flags.cacheLocation !== undefined && !flags.cache && !flags.write) throw new UsageError(usageTexts.cacheLocationWithoutCache());
  if (flags.redirectsFormat !== undefined && flags.redirects === undefined) throw new UsageError(usageTexts.redirectsFormatWithoutRedirects());
  const onlyRules = flags.rule ? checkRuleIds(splitIds(flags.rule), '--rule') : undefined;
  const disabledRules = flags.disableRule ? checkRuleIds(splitIds(flags.disableRule), '--no-rule') : [];
  const fixRules = flags.fixRule ? checkRuleIds(splitIds(flags.fixRule), '--fix-rule') : undefined;
  const write = flags.write === true;
  const defaultFormat: FormatName = command === 'fix' && !write ? 'diff' : 'stylish';
  return {
    command,
    paths: stdin ? [] : paths,
    stdin,
    stdinPath: flags.stdinFilepath ?? '<stdin>',
    stdinNamed: flags.stdinFilepath !== undefined,
    format: (flags.format as FormatName | undefined) ?? defaultFormat,
    outputFile: flags.outputFile,
    quiet: flags.quiet === true,
    progress: flags.progress,
    jobs: flags.jobs === undefined ? undefined : parseJobs(flags.jobs),
    cache: flags.cache === true,
    cacheLocation: flags.cacheLocation ?? defaultCacheLocation,
    report: flags.report,
    shard: flags.shard === undefined ? undefined : parseShardFlag(flags.shard),
    verbose: flags.verbose === true,
    onlyRules,
    disabledRules,
    fixRules,
    profile: flags.profile,
    configFile: flags.config,
    baseline: flags.baseline,
    updateBaseline: flags.updateBaseline === true,
    maxWarnings: flags.maxWarnings === undefined ? undefined : parseCount(flags.maxWarnings, '--max-warnings'),
    maxFileSize: flags.maxFileSize === undefined ? defaultMaxFileSize : parseSize(flags.maxFileSize, '--max-file-size'),
    failOn: (flags.failOn as Severity | undefined) ?? 'error',
    color: flags.color,
    followSymlinks: flags.followSymlinks === true,
    write,
    backup: flags.backup === true,
    redirects:
      flags.redirects === undefined ? undefined : { file: flags.redirects, format: (flags.redirectsFormat as RedirectFormat | undefined) ?? redirectFormatFromPath(flags.redirects) },
    rewriteLinks: flags.rewriteLinks === true,
  };
}

/**
 * The format of a redirect map from its file name: `.json` JSON, `.conf` an nginx `map`, a
 * file named `_redirects` Netlify's, anything else CSV.
 * @param file the file as typed.
 * @returns the format.
 */
export function redirectFormatFromPath(file: string): RedirectFormat {
  const name = basename(file).toLowerCase();
  if (name === '_redirects') return 'netlify';
  const extension = extname(name);
  if (extension === '.json') return 'json';
  if (extension === '.conf') return 'nginx';
  return 'csv';
}

/** Default of `--cache-location`, relative to the working directory. */
export const defaultCacheLocation = '.copyguard-cache';

/** The options of `copyguard stream`, validated. */
export interface StreamOptions {
  /** Whether to fix each text and include its output. */
  fix: boolean;
  /** Rules to run (undefined: all). */
  onlyRules: string[] | undefined;
  /** Rules turned off. */
  disabledRules: string[];
  /** Rules whose fixes are applied (undefined: all). */
  fixRules: string[] | undefined;
  /** Config file named with `--config`. */
  configFile: string | undefined;
  /** Largest text, in UTF-8 bytes. */
  maxFileSize: number;
  /** Worker threads (default 1: the cluster runs one process per core already). */
  jobs: number;
}

/**
 * Validates the flags of `copyguard stream`.
 * @param flags the flags as typed.
 * @returns the options.
 * @throws UsageError on unknown rule ids and bad numbers.
 */
export function resolveStreamOptions(flags: RawFlags): StreamOptions {
  return {
    fix: flags.fix === true,
    onlyRules: flags.rule ? checkRuleIds(splitIds(flags.rule), '--rule') : undefined,
    disabledRules: flags.disableRule ? checkRuleIds(splitIds(flags.disableRule), '--no-rule') : [],
    fixRules: flags.fixRule ? checkRuleIds(splitIds(flags.fixRule), '--fix-rule') : undefined,
    configFile: flags.config,
    maxFileSize: flags.maxFileSize === undefined ? defaultMaxFileSize : parseSize(flags.maxFileSize, '--max-file-size'),
    jobs: flags.jobs === undefined ? 1 : parseJobs(flags.jobs),
  };
}

/**
 * Parses `--jobs N`.
 * @param value the value as typed.
 * @returns the number of workers.
 * @throws UsageError unless it is a whole number of 1 or more.
 */
export function parseJobs(value: string): number {
  if (!/^\d+$/u.test(value.trim()) || Number.parseInt(value, 10) < 1) throw new UsageError(usageTexts.invalidJobs(value));
  return Number.parseInt(value, 10);
}

/**
 * Parses `--shard I/N`.
 * @param value the value as typed.
 * @returns the shard.
 * @throws UsageError unless it is `I/N` with 1 ≤ I ≤ N.
 */
function parseShardFlag(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new UsageError(usageTexts.invalidShard(value));
  return shard;
}

/**
 * Splits the values of a repeatable, comma-separated flag.
 * @param values every occurrence.
 * @returns the ids, without empty ones.
 */
function splitIds(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id !== '');
}

/**
 * Checks that every rule id exists.
 * @param ids the ids.
 * @param flag the flag that named them.
 * @returns the ids.
 * @throws UsageError naming the first unknown id.
 */
function checkRuleIds(ids: string[], flag: string): string[] {
  for (const id of ids) {
    if (!rulesById.has(id)) throw new UsageError(usageTexts.unknownRule(id, flag, [...rulesById.keys()]));
  }
  return ids;
}

/**
 * Parses a count such as `--max-warnings 10`.
 * @param value the value as typed.
 * @param flag the flag, for the message.
 * @returns the number.
 * @throws UsageError when it is not a whole number of 0 or more.
 */
export function parseCount(value: string, flag: string): number {
  if (!/^\d+$/u.test(value.trim())) throw new UsageError(usageTexts.invalidInteger(flag, value));
  return Number.parseInt(value, 10);
}

/** Multipliers of size suffixes; `k`/`M`/`G` are binary, as in most file tools. */
const sizeUnits: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * Parses a size such as `500000`, `512k`, `10M` or `10MiB`.
 * @param value the value as typed.
 * @param flag the flag, for the message.
 * @returns the size in bytes.
 * @throws UsageError when it is not a size.
 */
export function parseSize(value: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(value.trim());
  const unit = sizeUnits[match?.[2]?.toLowerCase() ?? 'none'];
  if (!match || unit === undefined) throw new UsageError(usageTexts.invalidSize(flag, value));
  return Math.floor(Number.parseFloat(match[1] ?? '0') * unit);
}
