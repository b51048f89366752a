/**
 * Every user-facing text of the command line, as small templates: help, usage errors, config
 * errors, file errors and notes. Other modules of `src/cli/` and `src/batch/` take their texts
 * from here, so wording stays in one place.
 */

/**
 * Joins words as a list in prose: `a`, `a or b`, `a, b or c`.
 * @param words the words, already quoted as needed.
 * @param conjunction the word before the last one (`or`, `and`).
 * @returns the list as one phrase.
 */
export function listWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/**
 * Quotes a value in backticks, as every message does with names and values.
 * @param value the name or value.
 * @returns the value between backticks.
 */
export function code(value: string): string {
  return `\`${value}\``;
}

/** Texts of `--help`. */
export const helpTexts = {
  program: 'Find and fix replacement cascades, doubled words and repeated phrases in prose.',
  check: 'report problems in files, directories, globs or standard input',
  fix: 'fix problems: print the diff (--dry-run, default) or edit the files (--write)',
  init: 'write a commented starter copyguard.config.yaml in the working directory',
  profile: 'apply the decisions of a profile written by `copyguard survey` (restorations and dominant forms)',
  survey: 'group the findings of an archive by signature and propose a profile of decisions',
  surveyJson: 'print the survey as JSON',
  profileOut: 'write the proposed profile (YAML) to this file',
  glossaryFile: 'a JSON or YAML file holding the glossary (names and labels)',
  lintRules: 'report find-and-replace rules whose replacement re-matches a pattern (the cause of cascades)',
  ruleFile: 'the rule list: CSV, TSV, JSON or YAML of pattern → replacement',
  lintJson: 'print the issues as JSON',
  paths: 'files, directories (walked) or globs; `-` reads standard input (default: .)',
  stdin: 'read the text from standard input',
  stdinFilepath: 'name standard input, for config lookup and format choice',
  format: 'output format',
  outputFile: 'write the report to this file instead of standard output',
  quiet: 'report errors only; warnings and infos are hidden and not counted',
  progress: 'show progress on standard error even when it is not a terminal (a line every 2 s)',
  noProgress: 'do not show progress (by default it shows only when standard error is a terminal)',
  jobs: 'threads that check files: this one and N-1 workers (default: the number of cores for 16+ files per core; 1 runs in process)',
  streamJobs: 'threads that check records: this one and N-1 workers (default 1: a cluster already runs one process per core)',
  streamMaxSize: 'answer ETOOLARGE for a line longer than this (bytes, or with k, M, KiB, MiB; default 10MiB)',
  cache: 'skip files unchanged since the last run with the same options (content-hash cache)',
  cacheLocation: 'folder of the cache and of the fix --write journal (default: .copyguard-cache)',
  report: 'also write a self-contained HTML review page (totals, charts, side-by-side diffs)',
  shard: 'process only shard I of N (by a stable hash of each path), e.g. 2/8',
  verbose: 'print run statistics on standard error (files processed, from the cache, time)',
  stream: 'read JSON Lines {"id","text"[,"format","path"]} on standard input, write one result line per input',
  streamFix: 'also fix each text and include its "output"',
  rule: 'run only these rules (comma-separated; repeatable)',
  noRule: 'turn these rules off (comma-separated; repeatable)',
  fixRule: 'apply only the fixes of these rules (comma-separated; repeatable)',
  config: 'use this config file instead of looking one up (a .js or .mjs config runs only when named here)',
  baseline: 'JSON file of known findings by fingerprint; only findings not in it are reported',
  updateBaseline: 'write every current finding to the --baseline file (check only)',
  maxWarnings: 'fail (exit 1) when there are more than this many warnings',
  maxFileSize: 'skip files larger than this with ETOOLARGE (bytes, or with k, M, KiB, MiB; default 10MiB)',
  failOn: 'lowest severity that fails the run',
  color: 'force coloured output',
  noColor: 'never colour the output',
  followSymlinks: 'follow symbolic links that lead out of the given tree',
  write: 'edit the files in place (standard input: print the fixed text)',
  dryRun: 'print what would change and edit nothing (default)',
  backup: 'with --write, keep each edited file as FILE.orig',
  redirects: 'write the old → new map of the URLs the fix changes to this file (with --dry-run: print it on standard error)',
  redirectsFormat: 'format of the --redirects map (default: from the extension, .json json, .conf nginx, _redirects netlify, else csv)',
  rewriteLinks: 'rewrite links in every given file that point to a URL the fix changes (canonical-links findings)',
  version: 'print the version',
  help: 'show help',
  exitCodes: '\nExit codes: 0 no problem, 1 problems remain or a file failed, 2 usage or config error or crash.\n',
} as const;

/** Texts of usage errors (exit 2). */
export const usageTexts = {
  prefix: 'copyguard: ',
  hint: "Run 'copyguard --help' for usage.",
  missingCommand: 'Expected a command: check, fix, stream or init',
  conflictingFlags: (first: string, second: string) => `Cannot use ${code(first)} together with ${code(second)}`,
  stdinWithPaths: () => `Cannot read standard input and paths in one run; use ${code('-')} or ${code('--stdin')} alone`,
  stdinFilepathWithoutStdin: () => `Cannot use ${code('--stdin-filepath')} without standard input (${code('--stdin')} or ${code('-')})`,
  unknownRule: (id: string, flag: string, known: readonly string[]) =>
    `Unknown rule ${code(id)} in ${code(flag)}; known rules: ${known.join(', ')}`,
  invalidInteger: (flag: string, value: string) => `Expected a whole number of 0 or more for ${code(flag)}, got ${code(value)}`,
  invalidSize: (flag: string, value: string) =>
    `Expected a size such as 500000, 512k, 10M or 10MiB for ${code(flag)}, got ${code(value)}`,
  updateBaselineWithoutBaseline: () => `Cannot use ${code('--update-baseline')} without ${code('--baseline FILE')}`,
  updateBaselineWithFix: () => `Cannot use ${code('--update-baseline')} with ${code('fix')}; run ${code('check --update-baseline')}`,
  backupWithoutWrite: () => `Cannot use ${code('--backup')} without ${code('--write')}`,
  noMatch: (pattern: string) => `No files match ${code(pattern)}`,
  cannotWriteReport: (file: string, reason: string) => `Cannot write the report to ${code(file)}: ${reason}`,
  runLocked: (folder: string, pid: string) =>
    `Cannot run fix --write while another fix --write (process ${pid}) uses the cache folder ${code(folder)}; wait for it to end, or remove ${code(`${folder}/lock`)} if it is gone`,
  initExists: (file: string) => `${file} already exists; not overwritten`,
  initWritten: (file: string) => `Wrote ${file}\n`,
  cannotWriteFile: (file: string, reason: string) => `Cannot write ${code(file)}: ${reason}`,
  invalidJobs: (value: string) => `Expected a whole number of 1 or more for ${code('--jobs')}, got ${code(value)}`,
  invalidShard: (value: string) => `Expected ${code('--shard I/N')} with 1 ≤ I ≤ N, got ${code(value)}`,
  shardWithStdin: () => `Cannot use ${code('--shard')} with standard input`,
  reportWithStdin: () => `Cannot use ${code('--report')} with standard input`,
  redirectsFormatWithoutRedirects: () => `Cannot use ${code('--redirects-format')} without ${code('--redirects FILE')}`,
  redirectsOverInput: (file: string) => `Cannot write the redirect map over ${code(file)}, one of the files to fix`,
  cacheLocationWithoutCache: () => `Cannot use ${code('--cache-location')} without ${code('--cache')}`,
  cannotWriteReviewReport: (file: string, reason: string) => `Cannot write the review report to ${code(file)}: ${reason}`,
  crashed: (detail: string) => `copyguard crashed; please report this with the command you ran.\n${detail}`,
} as const;

/** Texts of config and baseline errors (exit 2). Each names the file and the key. */
export const configTexts = {
  located: (file: string, key: string, problem: string) => (key === '' ? `${file}: ${problem}` : `${file}: ${key}: ${problem}`),
  cannotParse: (kind: string, reason: string) => `cannot parse ${kind} (${reason})`,
  cannotRead: (reason: string) => `cannot read the config (${reason})`,
  cannotRun: (reason: string) => `cannot run the JavaScript config (${reason})`,
  notObject: () => 'expected an object of settings',
  unknownKey: (key: string, known: readonly string[]) => `unknown key ${code(key)}; expected ${listWords(known.map(code))}`,
  unknownRule: (id: string, known: readonly string[]) => `unknown rule ${code(id)}; known rules: ${known.join(', ')}`,
  severity: () => 'expected off, info, warning or error',
  ruleOptions: () => 'expected an object of rule options',
  ruleArray: () => 'expected a severity, or [severity, options]',
  format: () => 'expected text, markdown or html',
  type: (type: string) => `expected ${type === 'object' ? 'an object' : type === 'array' ? 'a list' : `a ${type}`}`,
  invalid: (reason: string) => reason,
  baselineMissing: (file: string) => `${file}: baseline not found; create it with ${code('--update-baseline')}`,
  baselineInvalid: (file: string, reason: string) => `${file}: not a copyguard baseline (${reason})`,
  baselineWritten: (file: string, count: number) => `Wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${file}\n`,
  cannotWriteBaseline: (file: string, reason: string) => `Cannot write the baseline ${code(file)}: ${reason}`,
} as const;

/** Texts of file errors (a file that cannot be processed; exit 1, the run goes on). */
export const fileTexts = {
  notFound: (path: string) => `${path}: no such file or directory`,
  permission: (path: string) => `${path}: permission denied`,
  directory: (path: string) => `${path}: is a directory`,
  binary: (path: string, offset: number) => `${path}: binary file (NUL byte at offset ${offset})`,
  utf16: (path: string, encoding: string) =>
    `${path}: not UTF-8 (starts with a ${encoding} byte order mark); convert the file to UTF-8`,
  encoding: (path: string, offset: number) => `${path}: not valid UTF-8 (invalid byte sequence at offset ${offset})`,
  tooLarge: (path: string, size: number, limit: number) =>
    `${path}: file too large (${size} bytes; the limit is ${limit}, see --max-file-size)`,
  cannotRead: (path: string, reason: string) => `${path}: cannot read (${reason})`,
  readOnly: (path: string) => `${path}: cannot write a read-only file; left unchanged`,
  cannotWrite: (path: string, reason: string) => `${path}: cannot write (${reason}); left unchanged`,
  changedSinceRead: (path: string) => `${path}: changed since it was read; left unchanged`,
} as const;

/** Texts about the redirect map of `fix --redirects`. */
export const redirectTexts = {
  notWritten: (file: string, count: number) =>
    `copyguard: ${file}: redirect map not written: ${count} problem${count === 1 ? '' : 's'} would make it broken; fix them (or the links) and run again\n`,
  problem: (file: string, message: string) => `copyguard: ${file}: ${message}\n`,
  written: (file: string, count: number) => `copyguard: wrote ${count} redirect${count === 1 ? '' : 's'} to ${file}\n`,
  wouldWrite: (file: string, count: number, format: string) =>
    `copyguard: would write ${count} redirect${count === 1 ? '' : 's'} to ${file} (${format}; --write writes it):\n`,
  cannotWrite: (file: string, reason: string) => `copyguard: ${file}: cannot write the redirect map (${reason})\n`,
} as const;

/** Notes printed on standard error that do not change the exit code. */
export const noteTexts = {
  symlinkSkipped: (path: string) => `copyguard: skipped ${path}: symbolic link out of the tree (use --follow-symlinks)\n`,
  fileWarning: (path: string, warning: string) => `copyguard: ${path}: ${warning}\n`,
  unknownControlRule: (id: string, line: number) => `unknown rule ${code(id)} in a copyguard comment on line ${line}`,
  progress: (figures: ProgressFigures) =>
    `copyguard ${figures.phase} ${figures.files}/${figures.totalFiles} files · ${figures.filesPerSecond.toFixed(1)} files/s · ` +
    `${figures.megabytesPerSecond.toFixed(1)} MB/s · ETA ${figures.secondsLeft === undefined ? '?' : formatDuration(figures.secondsLeft)} · ${figures.path}`,
  statistics: (figures: RunFigures) =>
    `copyguard: ${figures.files} file${figures.files === 1 ? '' : 's'}: ${figures.processed} processed, ${figures.cached} from the cache` +
    `${figures.journaled > 0 ? `, ${figures.journaled} already fixed by the interrupted run` : ''}, ${figures.failed} failed; ` +
    `forms: ${figures.observedCached} of ${figures.observed} from the cache; ${(figures.bytes / 1e6).toFixed(1)} MB in ${figures.seconds.toFixed(2)} s with ${figures.workers} worker${figures.workers === 1 ? '' : 's'}\n`,
  resuming: (file: string, done: number) =>
    `copyguard: resuming the interrupted run of ${file}: ${done} file${done === 1 ? '' : 's'} already done\n`,
} as const;

/** The figures of a progress line. */
export interface ProgressFigures {
  /** The phase (`check`, `fix`, `forms`). */
  phase: string;
  /** Files done. */
  files: number;
  /** Files in the phase. */
  totalFiles: number;
  /** Files per second so far. */
  filesPerSecond: number;
  /** MB (10^6 bytes) per second so far. */
  megabytesPerSecond: number;
  /** Estimated seconds left, when known. */
  secondsLeft: number | undefined;
  /** The last file done. */
  path: string;
}

/** The figures of `--verbose`. */
export interface RunFigures {
  /** Files in the run. */
  files: number;
  /** Files checked or fixed. */
  processed: number;
  /** Files whose result came from the cache. */
  cached: number;
  /** Files skipped because the interrupted run had finished them. */
  journaled: number;
  /** Files that could not be read. */
  failed: number;
  /** Files of the forms pass. */
  observed: number;
  /** Of those, files whose observations came from the cache. */
  observedCached: number;
  /** Bytes of the files. */
  bytes: number;
  /** Wall time of the run. */
  seconds: number;
  /** Worker threads (1: in process). */
  workers: number;
}

/** Texts of `copyguard stream` errors, one per bad input line (the run goes on). */
export const streamTexts = {
  invalidJson: (line: number, reason: string) => `line ${line}: not a JSON object (${reason})`,
  notObject: (line: number) => `line ${line}: expected a JSON object {"id", "text"}`,
  missingText: (line: number) => `line ${line}: expected a string ${code('text')}`,
  badFormat: (line: number, value: string) => `line ${line}: unknown ${code('format')} ${code(value)}; expected text, markdown or html`,
  badPath: (line: number) => `line ${line}: expected a string ${code('path')}`,
  encoding: (line: number) => `line ${line}: not valid UTF-8`,
  binary: (line: number, offset: number) => `line ${line}: ${code('text')} has a NUL character at offset ${offset}`,
  tooLarge: (line: number, size: number, limit: number) => `line ${line}: ${size} bytes; the limit is ${limit}, see --max-file-size`,
  failed: (line: number, reason: string) => `line ${line}: cannot process (${reason})`,
} as const;

/**
 * Formats a duration: `8s`, `3m05s`, `2h04m`.
 * @param seconds the duration.
 * @returns the text.
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}

/** One rule as the starter config lists it. */
export interface StarterRule {
  /** Rule id. */
  id: string;
  /** One-line description. */
  description: string;
  /** Default severity. */
  severity: string;
}

/**
 * The commented starter `copyguard.config.yaml` that `copyguard init` writes.
 * @param rules every rule with its description and default severity.
 * @returns the YAML text.
 */
export function starterConfig(rules: readonly StarterRule[]): string {
  const ruleLines = rules.map((rule) => `  # ${rule.description}\n  ${rule.id}: ${rule.severity}`).join('\n');
  return `# copyguard configuration. copyguard looks for this file in the folder of each file it
# reads and in every folder above it; the first one found applies.

# Severity of each rule: off, info, warning or error. A rule can also take options:
#   no-doubled-words: [warning, {}]
rules:
${ruleLines}

# Restorations for variants the rules cannot decide alone: the damaged text, or the
# label that a find-and-replace put in, mapped to the text it replaced.
restorations: {}
#   "Women's rights": women

# Files to skip: gitignore-style patterns relative to this file. .gitignore and
# .copyguardignore are respected too.
ignore: []
#   - vendor/**
#   - CHANGELOG.md

# Read files with these extensions as text, markdown or html (default: by extension).
format: {}
#   .txt: markdown
`;
}
