/**
 * `lintRules`: finds the root cause of replacement cascades in a set of find-and-replace
 * rules before they run: a rule whose replacement re-matches its own pattern
 * (`women` → `Women's rights`, `Burma` → `Myanmar (Burma)`) grows its output on every run;
 * a rule whose replacement another rule's pattern matches makes the set depend on order,
 * or run forever.
 */
import type { ReplaceRule } from './parse.js';

/** What is wrong with a rule. */
export type RuleIssueKind =
  /** The replacement re-matches the rule's own pattern: each run changes the text again. */
  | 'self'
  /** The replacement, with the text around it, forms the pattern again (`ab` → `b` on `aab`). */
  | 'context'
  /** Another rule's pattern matches this rule's replacement. */
  | 'other'
  /** The pattern matches the empty string, so it matches everywhere. */
  | 'empty-match'
  /** The pattern is not a valid regular expression. */
  | 'invalid';

/** One problem of a rule set. */
export interface RuleIssue {
  /** 0-based index of the rule in the set. */
  index: number;
  /** The rule. */
  rule: ReplaceRule;
  /** What is wrong. */
  kind: RuleIssueKind;
  /** `error` for rules that change their own output again; `warning` for order dependence. */
  severity: 'error' | 'warning';
  /** For `other`: index of the rule whose pattern matches this rule's replacement. */
  other?: number;
  /** One sentence. */
  message: string;
  /** The text the runs started from (the pattern itself, or a sample of it). */
  sample?: string;
  /** How many runs `result` shows. */
  runs?: number;
  /** The sample after `runs` runs (shortened when it grows past 400 characters). */
  result?: string;
}

/** Options of `lintRules`. */
export interface LintOptions {
  /** How many runs to show in `result` (default 6, as many as the real site suffered). */
  runs?: number;
}

/** Output longer than this stops the simulation: a rule that doubles its text grows fast. */
const maxLength = 4000;

/**
 * Escapes a text for use in a regular expression.
 * @param value the text.
 * @returns the escaped source.
 */
function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * Builds the matcher of a rule as the CMS would run it: global, Unicode, case-insensitive
 * unless `caseSensitive`, bounded by non-letters with `wholeWord`.
 * @param rule the rule.
 * @returns the regular expression.
 * @throws SyntaxError for an invalid `regex` pattern.
 */
export function matcherOf(rule: ReplaceRule): RegExp {
  const source = rule.regex ? rule.pattern : escapeRegExp(rule.pattern);
  const bounded = rule.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])` : source;
  return new RegExp(bounded, `gu${rule.caseSensitive ? '' : 'i'}`);
}

/**
 * Runs one rule once over a text, replacing every match (a replace-all).
 * @param rule the rule.
 * @param matcher its matcher.
 * @param text the text.
 * @returns the text after the run.
 */
export function applyRule(rule: ReplaceRule, matcher: RegExp, text: string): string {
  matcher.lastIndex = 0;
  // A plain rule inserts its replacement literally: `$&` in a label is text, not a reference.
  return rule.regex ? text.replace(matcher, rule.replacement) : text.replace(matcher, () => rule.replacement);
}

/**
 * Makes a text a regular expression matches, for simple expressions: literals, escapes,
 * classes, groups (first alternative), quantifiers (one repetition). Lookarounds are
 * skipped; the result is checked against the expression by the caller.
 * @param source the expression source.
 * @returns a sample text, or undefined for constructs it cannot read.
 */
export function sampleOf(source: string): string | undefined {
  let index = 0;
  const groups: string[] = [];

  /**
   * Reads alternatives until a closing parenthesis or the end, keeping the first.
   * @returns the sample of the first alternative.
   */
  function alternatives(): string {
    const first = sequence();
    while (source.charAt(index) === '|') {
      index++;
      sequence();
    }
    return first;
  }

  /**
   * Reads one sequence of atoms with their quantifiers.
   * @returns its sample.
   */
  function sequence(): string {
    let out = '';
    while (index < source.length && source.charAt(index) !== '|' && source.charAt(index) !== ')') {
      const atomText = atom();
      const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/u.exec(source.slice(index));
      if (quantifier) {
        index += quantifier[0].length;
        const count = quantifier[1] === undefined ? 1 : Math.max(1, Number(quantifier[1]));
        out += atomText.repeat(count);
      } else out += atomText;
    }
    return out;
  }

  /**
   * Reads one atom.
   * @returns its sample.
   */
  function atom(): string {
    const character = source.charAt(index);
    if (character === '(') {
      index++;
      let capturing = true;
      if (source.startsWith('?:', index)) {
        index += 2;
        capturing = false;
      } else if (source.startsWith('?=', index) || source.startsWith('?!', index) || source.startsWith('?<=', index) || source.startsWith('?<!', index)) {
        // A lookaround matches no text: skip it.
        let depth = 1;
        while (index < source.length && depth > 0) {
          const current = source.charAt(index);
          if (current === '\\') index++;
          else if (current === '(') depth++;
          else if (current === ')') depth--;
          index++;
        }
        return '';
      } else if (source.startsWith('?<', index)) {
        index = source.indexOf('>', index) + 1;
      }
      const slot = groups.length;
      if (capturing) groups.push('');
      const inner = alternatives();
      if (source.charAt(index) === ')') index++;
      if (capturing) groups[slot] = inner;
      return inner;
    }
    if (character === '[') {
      const end = findClassEnd(source, index);
      const body = source.slice(index + 1, end);
      index = end + 1;
      return classSample(body);
    }
    if (character === '\\') {
      const next = source.charAt(index + 1);
      index += 2;
      if (/\d/u.test(next)) return groups[Number(next) - 1] ?? '';
      if (next === 'd') return '1';
      if (next === 'w') return 'a';
      if (next === 's') return ' ';
      if (next === 'b' || next === 'B') return '';
      if (next === 'p' || next === 'P') {
        index = source.indexOf('}', index) + 1;
        return next === 'p' ? 'a' : '1';
      }
      if (next === 'n') return '\n';
      if (next === 't') return '\t';
      return next;
    }
    index++;
    if (character === '.') return 'a';
    if (character === '^' || character === '$') return '';
    return character;
  }

  const result = alternatives();
  return index >= source.length ? result : undefined;
}

/**
 * Finds the `]` that closes a character class.
 * @param source the expression source.
 * @param open index of `[`.
 * @returns index of the closing `]`.
 */
function findClassEnd(source: string, open: number): number {
  let index = open + 1;
  if (source.charAt(index) === '^') index++;
  if (source.charAt(index) === ']') index++;
  while (index < source.length && source.charAt(index) !== ']') {
    if (source.charAt(index) === '\\') index++;
    index++;
  }
  return index;
}

/**
 * A character a class body matches.
 * @param body the class without brackets.
 * @returns one character it matches (tried, not proved).
 */
function classSample(body: string): string {
  if (body.startsWith('^')) {
    for (const candidate of ['a', 'x', '0', ' ', '_']) {
      if (!new RegExp(`[${body}]`, 'u').test(candidate)) continue;
      return candidate;
    }
    return 'a';
  }
  if (body.startsWith('\\')) {
    const next = body.charAt(1);
    return next === 'd' ? '1' : next === 'w' ? 'a' : next === 's' ? ' ' : next;
  }
  return body.charAt(0);
}

/**
 * Shortens a long result for a message.
 * @param value the text.
 * @returns the text, cut to 400 characters with an ellipsis.
 */
function clip(value: string): string {
  return value.length > 400 ? `${value.slice(0, 399)}…` : value;
}

/**
 * Describes a rule for messages: `` `women` → `Women's rights` (case-insensitive substring) ``.
 * @param rule the rule.
 * @returns the description.
 */
export function describeRule(rule: ReplaceRule): string {
  const how = [rule.regex ? 'regex' : rule.wholeWord ? 'whole word' : 'substring', rule.caseSensitive ? 'case-sensitive' : 'case-insensitive'];
  return `\`${rule.pattern}\` → \`${rule.replacement}\` (${how.join(', ')})`;
}

/**
 * Runs a rule set in order, once.
 * @param compiled the rules with their matchers.
 * @param text the text.
 * @returns the text after one run of every rule.
 */
function runSet(compiled: readonly { rule: ReplaceRule; matcher: RegExp }[], text: string): string {
  let out = text;
  for (const { rule, matcher } of compiled) out = applyRule(rule, matcher, out);
  return out;
}

/**
 * Runs something repeatedly and tells whether it settles.
 * @param step one run.
 * @param start the text to start from.
 * @param runs how many runs.
 * @returns the text after the runs (or when it stopped growing past the limit) and whether
 *   a run left the text unchanged.
 */
function repeat(step: (text: string) => string, start: string, runs: number): { result: string; settled: boolean; runs: number } {
  let text = start;
  for (let run = 1; run <= runs; run++) {
    const next = step(text);
    if (next === text) return { result: text, settled: true, runs: run - 1 };
    text = next;
    if (text.length > maxLength) return { result: text, settled: false, runs: run };
  }
  return { result: text, settled: step(text) === text, runs };
}

/**
 * Lints a set of find-and-replace rules: every rule whose replacement its own pattern
 * matches again (with the text that runs on the pattern itself produce), every rule whose
 * replacement another rule's pattern matches, patterns that match the empty string, and
 * invalid regular expressions. Rules that settle after one run (`colour` → `color`) pass.
 * @param rules the rules, in the order they run.
 * @param options `runs`: how many runs the results show (default 6).
 * @returns the issues, by rule order.
 * @throws TypeError for a malformed rule or option.
 */
export function lintRules(rules: readonly ReplaceRule[], options: LintOptions = {}): RuleIssue[] {
  if (!Array.isArray(rules)) throw new TypeError('Expected `rules` to be an array of `{pattern, replacement}`');
  const runs = options.runs ?? 6;
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new TypeError('Expected `runs` to be an integer from 1 to 100');
  const issues: RuleIssue[] = [];
  const compiled: { rule: ReplaceRule; matcher: RegExp; index: number; sample: string | undefined }[] = [];
  rules.forEach((rule, index) => {
    if (typeof rule?.pattern !== 'string' || typeof rule.replacement !== 'string' || rule.pattern === '') {
      throw new TypeError(`Expected \`rules[${index}]\` to have a non-empty string \`pattern\` and a string \`replacement\``);
    }
    let matcher: RegExp;
    try {
      matcher = matcherOf(rule);
    } catch (error) {
      issues.push({ index, rule, kind: 'invalid', severity: 'error', message: `Cannot compile the pattern of ${describeRule(rule)}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    matcher.lastIndex = 0;
    if (matcher.test('')) {
      issues.push({ index, rule, kind: 'empty-match', severity: 'error', message: `The pattern of ${describeRule(rule)} matches the empty string, so it inserts its replacement everywhere` });
      return;
    }
    let sample = rule.regex ? sampleOf(rule.pattern) : rule.pattern;
    if (sample !== undefined) {
      matcher.lastIndex = 0;
      if (!matcher.test(sample)) sample = undefined;
    }
    compiled.push({ rule, matcher, index, sample });
  });
  const all = compiled.map(({ rule, matcher }) => ({ rule, matcher }));
  for (const { rule, matcher, index, sample } of compiled) {
    const step = (text: string): string => applyRule(rule, matcher, text);
    // Without a sample (an unusual expression), the replacement itself is the sample.
    const start = sample ?? rule.replacement.replace(/\$[&\d<]/gu, '');
    const once = step(start);
    const own = repeat(step, start, runs);
    if (sample === undefined ? once !== start : step(once) !== once) {
      issues.push({
        index,
        rule,
        kind: 'self',
        severity: 'error',
        message: `${describeRule(rule)} re-matches its own replacement: every run changes the text again`,
        sample: start,
        runs: own.runs,
        result: clip(own.result),
      });
    } else if (sample !== undefined) {
      // `ab` → `b` on `aab`: the replacement and the text before or after it form the pattern.
      const first = sample.charAt(0);
      const last = sample.charAt(sample.length - 1);
      for (const context of [`${first}${sample}`, `${sample}${last}`, `${sample}${sample}`]) {
        const after = step(context);
        if (step(after) === after) continue;
        const grown = repeat(step, context, runs);
        issues.push({
          index,
          rule,
          kind: 'context',
          severity: 'error',
          message: `${describeRule(rule)} forms its own pattern again with the text around it (\`${context}\`)`,
          sample: context,
          runs: grown.runs,
          result: clip(grown.result),
        });
        break;
      }
    }
    for (const other of compiled) {
      if (other.index === index) continue;
      other.matcher.lastIndex = 0;
      const replaced = sample === undefined ? start : once;
      if (!other.matcher.test(replaced)) continue;
      // Does the whole set settle on this rule's sample? If not, the chain runs forever.
      const chained = repeat((text) => runSet(all, text), start, runs);
      issues.push({
        index,
        rule,
        kind: 'other',
        severity: chained.settled ? 'warning' : 'error',
        other: other.index,
        message: `${describeRule(rule)} produces text that rule ${other.index + 1} ${describeRule(other.rule)} matches: ${chained.settled ? 'the result depends on their order' : 'run together, they never settle'}`,
        sample: start,
        runs: chained.runs,
        result: clip(chained.result),
      });
    }
  }
  return issues.sort((a, b) => a.index - b.index || (a.other ?? -1) - (b.other ?? -1));
}
