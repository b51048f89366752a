/**
 * The rule-file linter API, for the CLI and the package's public exports.
 */
export { applyRule, describeRule, lintRules, matcherOf, sampleOf, type LintOptions, type RuleIssue, type RuleIssueKind } from './lint.js';
export { parseRuleFile, type ReplaceRule } from './parse.js';
export { formatRuleIssues, runLintRules, type LintRun, type RunLintOptions } from './run.js';
