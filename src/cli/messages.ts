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
  paths: 'files, directories (walked) or globs; `-` reads standard input (default: .)',
  stdin: 'read the text from standard input',
  stdinFilepath: 'name standard input, for config lookup and format choice',
  format: 'output format',
  outputFile: 'write the report to this file instead of standard output',
  quiet: 'report errors only; warnings and infos are hidden and not counted',
  progress: 'do not show the progress line (it only shows when standard error is a terminal)',
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
  version: 'print the version',
  help: 'show help',
  exitCodes: '\nExit codes: 0 no problem, 1 problems remain or a file failed, 2 usage or config error or crash.\n',
} as const;

/** Texts of usage errors (exit 2). */
export const usageTexts = {
  prefix: 'copyguard: ',
  hint: "Run 'copyguard --help' for usage.",
  missingCommand: 'Expected a command: check, fix or init',
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
  initExists: (file: string) => `${file} already exists; not overwritten`,
  initWritten: (file: string) => `Wrote ${file}\n`,
  cannotWriteFile: (file: string, reason: string) => `Cannot write ${code(file)}: ${reason}`,
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
} as const;

/** Notes printed on standard error that do not change the exit code. */
export const noteTexts = {
  symlinkSkipped: (path: string) => `copyguard: skipped ${path}: symbolic link out of the tree (use --follow-symlinks)\n`,
  fileWarning: (path: string, warning: string) => `copyguard: ${path}: ${warning}\n`,
  unknownControlRule: (id: string, line: number) => `unknown rule ${code(id)} in a copyguard comment on line ${line}`,
  progress: (done: number, total: number, path: string) => `copyguard ${done}/${total} ${path}`,
} as const;

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
