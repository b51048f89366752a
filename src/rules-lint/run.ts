/**
 * `runLintRules`: what `copyguard lint-rules FILE` does: read a rule file, lint it, and
 * format the result with an exit code.
 */
import { readFileSync } from 'node:fs';
import { lintRules, type RuleIssue } from './lint.js';
import { parseRuleFile, type ReplaceRule } from './parse.js';

/** Options of `runLintRules`. */
export interface RunLintOptions {
  /** How many runs the results show (default 6). */
  runs?: number;
  /** `text` (default) or `json`. */
  format?: 'text' | 'json';
  /** Reads the file (default: `fs.readFileSync` as UTF-8); tests inject one. */
  readFile?: (path: string) => string;
}

/** The outcome of `runLintRules`. */
export interface LintRun {
  /** The issues found (empty when the file could not be read or parsed). */
  issues: RuleIssue[];
  /** The text to print on standard output (or the error for standard error, with exit 2). */
  output: string;
  /** 0: no error-level issue; 1: a rule re-matches (its own or a cycle); 2: unreadable or invalid file. */
  exitCode: 0 | 1 | 2;
}

/**
 * Formats issues as text, one line each: `FILE:LINE  SEVERITY  message`, then a summary.
 * @param path the rule file's path.
 * @param rules the rules read.
 * @param issues the issues.
 * @returns the text, ending with a line break.
 */
export function formatRuleIssues(path: string, rules: readonly ReplaceRule[], issues: readonly RuleIssue[]): string {
  const lines: string[] = [];
  for (const issue of issues) {
    lines.push(`${path}:${issue.rule.line ?? issue.index + 1}  ${issue.severity.padEnd(7)}  ${issue.message}`);
    if (issue.result !== undefined && issue.sample !== undefined && issue.runs !== undefined) {
      const result = issue.result.length > 160 ? `${issue.result.slice(0, 159)}…` : issue.result;
      lines.push(`    after ${issue.runs} run${issue.runs === 1 ? '' : 's'} \`${issue.sample}\` reads \`${result}\``);
    }
  }
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  if (issues.length === 0) lines.push(`${path}: ${rules.length} rule${rules.length === 1 ? '' : 's'}, no problems: every rule settles after one run`);
  else lines.push(`${issues.length} problem${issues.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${rules.length} rule${rules.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Reads, parses and lints a rule file for the CLI.
 * @param path the file (CSV, TSV, JSON or YAML).
 * @param options runs, output format and an optional file reader.
 * @returns the issues, the output text and the exit code.
 */
export function runLintRules(path: string, options: RunLintOptions = {}): LintRun {
  let text: string;
  try {
    text = (options.readFile ?? ((file: string) => readFileSync(file, 'utf8')))(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { issues: [], output: `Cannot read \`${path}\`${code ? ` (${code})` : ''}\n`, exitCode: 2 };
  }
  let rules: ReplaceRule[];
  let issues: RuleIssue[];
  try {
    rules = parseRuleFile(text, path);
    issues = lintRules(rules, options.runs === undefined ? {} : { runs: options.runs });
  } catch (error) {
    return { issues: [], output: `${error instanceof Error ? error.message : String(error)}\n`, exitCode: 2 };
  }
  const exitCode = issues.some((issue) => issue.severity === 'error') ? 1 : 0;
  const output = options.format === 'json' ? `${JSON.stringify({ path, rules: rules.length, issues }, null, 2)}\n` : formatRuleIssues(path, rules, issues);
  return { issues, output, exitCode };
}
