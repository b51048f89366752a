/**
 * copyguard's public API. This module only re-exports.
 */
export { check, learnFormsFrom } from './check.js';
export { fix } from './fix.js';
export { default as retextCopyguard } from './plugin.js';
export { applyEdits } from './core/fixer.js';
export { rules } from './core/registry.js';
export { loadGlossary } from './core/glossary.js';
export { createProfile, formatSurveyTable, loadProfile, survey } from './survey/index.js';
export type { LoadedProfile, SurveyFile, SurveyGroup, SurveyOptions, SurveyReport } from './survey/index.js';
export { lintRules, parseRuleFile } from './rules-lint/index.js';
export type { ReplaceRule, RuleIssue } from './rules-lint/index.js';
export type { Glossary, GlossaryEntry, GlossaryLabel } from './core/glossary.js';
export { redirectsFromMessages, renderRedirectMap } from './batch/redirects.js';
export type { Redirect, RedirectFormat, RedirectOptions, RenderedMap } from './batch/redirects.js';
export type { FormModel } from './core/forms.js';
export type { Options, RuleSetting } from './core/options.js';
export type { Rule, RuleMeta } from './core/rule.js';
export type { Change, Edit, FileResult, FixResult, Message, Point, Report, ReportFile, ReportMessage, Severity, Suggestion } from './core/types.js';
