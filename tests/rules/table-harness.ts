/**
 * The shared harness of the two rule tables: `check` and `fix` with only the tabled rules on,
 * and the summary of a message that the tables compare.
 */
import { check as checkAll, fix as fixAll, rules, type FixResult, type Message, type Options, type RuleSetting } from '../../src/index.js';

/** The two rules this table is about; other rules are turned off so their findings stay out. */
export const tableRules = new Set(['no-replacement-cascade', 'no-doubled-words']);
export const otherRulesOff: Record<string, RuleSetting> = Object.fromEntries(
  rules.filter((rule) => !tableRules.has(rule.meta.id)).map((rule) => [rule.meta.id, 'off']),
);

/**
 * Adds the settings that turn the other rules off.
 * @param options options of the case.
 * @returns the options with only this table's rules on (unless the case sets them).
 */
export function withTableRules(options: Options = {}): Options {
  return { ...options, rules: { ...otherRulesOff, ...options.rules } };
}

/**
 * `check` with only this table's rules.
 * @param input the text.
 * @param options options of the case.
 * @returns the messages.
 */
export function check(input: string, options?: Options): Message[] {
  return checkAll(input, withTableRules(options));
}

/**
 * `fix` with only this table's rules.
 * @param input the text.
 * @param options options of the case.
 * @returns the fix result.
 */
export function fix(input: string, options?: Options): FixResult {
  return fixAll(input, withTableRules(options));
}

/** One expected message: its rule, position (`line:column-line:column`) and text. */
export interface ExpectedMessage {
  ruleId: string;
  at: string;
  reason: string;
  actual: string;
  expected: string[];
  /** Whether the message carries a fix (false: a suggestion only). */
  fixed: boolean;
}

/** An invalid case of the table. */
export interface InvalidCase {
  name: string;
  input: string;
  options?: Options;
  messages: ExpectedMessage[];
  output: string;
  /** Set when the engine is known to get this entry wrong: what it does instead. */
  bug?: string;
}

/**
 * Reduces a message to what the table compares.
 * @param message a message of `check` or `fix`.
 * @returns rule, position, texts and whether it has a fix.
 */
export function summarise(message: Message): ExpectedMessage {
  return {
    ruleId: message.ruleId,
    at: `${message.start.line}:${message.start.column}-${message.end.line}:${message.end.column}`,
    reason: message.reason,
    actual: message.actual,
    expected: message.expected,
    fixed: message.fix !== null,
  };
}

/**
 * Every field of a message that a rule table checks once per rule.
 * @param message the message, if any.
 * @returns its unified and copyguard fields.
 */
export function fullMessage(message: Message | undefined): Record<string, unknown> {
  return {
    ruleId: message?.ruleId,
    source: message?.source,
    severity: message?.severity,
    fatal: message?.fatal,
    reason: message?.reason,
    message: message?.message,
    line: message?.line,
    column: message?.column,
    place: message?.place,
    start: message?.start,
    end: message?.end,
    actual: message?.actual,
    expected: message?.expected,
    fix: message?.fix,
    suggestions: message?.suggestions,
    confidence: message?.confidence,
    explanation: message?.explanation,
    url: message?.url,
    fingerprint: message?.fingerprint,
  };
}
