/**
 * `lint-rules`: parsing rule files (CSV, TSV, JSON, YAML) from `fixtures/rules-lint/`,
 * linting rule sets (self re-matches with the text after N runs, re-matches with the text
 * around, chains between rules, empty and invalid patterns) and the CLI entry `runLintRules`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyRule, lintRules, matcherOf, parseRuleFile, runLintRules, sampleOf, type ReplaceRule } from '../../src/rules-lint/index.js';

const fixtures = new URL('../../fixtures/rules-lint/', import.meta.url);

/**
 * The path of a fixture.
 * @param name the file name.
 * @returns its path.
 */
function fixture(name: string): string {
  return fileURLToPath(new URL(name, fixtures));
}

/**
 * Parses a fixture.
 * @param name the file name.
 * @returns its rules.
 */
function rulesOf(name: string): ReplaceRule[] {
  return parseRuleFile(readFileSync(fixture(name), 'utf8'), name);
}

describe('parseRuleFile', () => {
  it('reads CSV with a header, yes/no flags and line numbers', () => {
    expect(rulesOf('cms-rules.csv')).toEqual([
      { pattern: 'women', replacement: "Women's rights", caseSensitive: false, wholeWord: false, line: 2 },
      { pattern: 'children', replacement: "Children's rights", caseSensitive: false, wholeWord: false, line: 3 },
      { pattern: 'Myanmar', replacement: 'Burma', caseSensitive: true, wholeWord: true, line: 4 },
      { pattern: 'colour', replacement: 'color', caseSensitive: false, wholeWord: false, line: 5 },
    ]);
  });

  it('reads YAML lists, JSON lists, TSV and pattern maps', () => {
    expect(rulesOf('idempotent.yaml')).toEqual([
      { pattern: 'colour', replacement: 'color', line: 3 },
      { pattern: 'organise', replacement: 'organize', line: 5 },
      { pattern: 'Burma', replacement: 'Myanmar', wholeWord: true, caseSensitive: true, line: 7 },
    ]);
    expect(rulesOf('burma.json').map((rule) => [rule.pattern, rule.replacement, rule.wholeWord, rule.line])).toEqual([
      ['Burma', 'Myanmar (Burma)', true, 2],
      ['Myanmar', 'Myanmar (Burma)', true, 3],
    ]);
    expect(rulesOf('chain.tsv')).toEqual([
      { pattern: 'colour', replacement: 'color', line: 2 },
      { pattern: 'color', replacement: 'hue', line: 3 },
    ]);
    expect(rulesOf('map.yaml')).toEqual([
      { pattern: 'women', replacement: "Women's rights", line: 1 },
      { pattern: 'harbour', replacement: 'harbor', line: 2 },
    ]);
  });

  it('reads CSV without a header, with quoted cells, comments and a byte order mark', () => {
    const text = '\uFEFF# term,label\n"a, b","c ""d""",true,,yes\r\nwomen,Women\'s rights\n';
    expect(parseRuleFile(text, 'rules.csv')).toEqual([
      { pattern: 'a, b', replacement: 'c "d"', caseSensitive: true, regex: true, line: 2 },
      { pattern: 'women', replacement: "Women's rights", line: 3 },
    ]);
  });

  it('guesses the format of a file without a known extension', () => {
    expect(parseRuleFile('[{"find": "colour", "replace": "color"}]', 'rules')).toEqual([{ pattern: 'colour', replacement: 'color', line: 1 }]);
    expect(parseRuleFile('colour: color\n', 'rules')).toEqual([{ pattern: 'colour', replacement: 'color', line: 1 }]);
    expect(parseRuleFile('colour,color\n', 'rules')).toEqual([{ pattern: 'colour', replacement: 'color', line: 1 }]);
    expect(parseRuleFile('colour\tcolor\n', 'rules')).toEqual([{ pattern: 'colour', replacement: 'color', line: 1 }]);
  });

  it('names the file and line of a malformed rule', () => {
    expect(() => rulesOf('bad.csv')).toThrow('Missing `replacement` at bad.csv:3');
    expect(() => parseRuleFile('pattern,replacement\n,x\n', 'r.csv')).toThrow('Cannot use an empty `pattern` at r.csv:2');
    expect(() => parseRuleFile('a,b,maybe\n', 'r.csv')).toThrow('Expected `caseSensitive` to be true or false at r.csv:1, not "maybe"');
    expect(() => parseRuleFile('a,b,,,,extra\n', 'r.csv')).toThrow('Cannot read 6 cells at r.csv:1: expected at most 5');
    expect(() => parseRuleFile('- pattern: a\n  replacment: b\n', 'r.yaml')).toThrow('Unknown field `replacment` at r.yaml:1');
    expect(() => parseRuleFile('- 3\n', 'r.yaml')).toThrow('Expected a rule object with `pattern` and `replacement` at r.yaml:1');
    expect(() => parseRuleFile('[{"pattern": "a"', 'r.json')).toThrow(/^Cannot parse `r.json`: /u);
    expect(() => parseRuleFile('"just text"', 'r.json')).toThrow('Expected `r.json` to hold a list of rules, a `rules` list or a map of pattern to replacement');
    expect(() => parseRuleFile('a: [1]\n', 'r.yaml')).toThrow('Expected `pattern: replacement` at r.yaml:1');
  });
});

describe('lintRules', () => {
  it("shows what `women` → `Women's rights` makes of `women` after six runs", () => {
    const [issue, ...rest] = lintRules([{ pattern: 'women', replacement: "Women's rights" }]);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      index: 0,
      rule: { pattern: 'women', replacement: "Women's rights" },
      kind: 'self',
      severity: 'error',
      message: "`women` → `Women's rights` (substring, case-insensitive) re-matches its own replacement: every run changes the text again",
      sample: 'women',
      runs: 6,
      result: "Women's rights's rights's rights's rights's rights's rights",
    });
    expect(lintRules([{ pattern: 'women', replacement: "Women's rights" }], { runs: 2 })[0]?.result).toBe("Women's rights's rights");
  });

  it('passes rule sets that settle after one run', () => {
    expect(lintRules(rulesOf('idempotent.yaml'))).toEqual([]);
    expect(lintRules([{ pattern: 'color', replacement: 'colour' }])).toEqual([]);
    // Matching its own output without changing it is not a cascade.
    expect(lintRules([{ pattern: 'women', replacement: 'Women' }])).toEqual([]);
  });

  it('flags whole-word `Burma` → `Myanmar (Burma)`: the parentheses hold `Burma` again', () => {
    const issues = lintRules([{ pattern: 'Burma', replacement: 'Myanmar (Burma)', wholeWord: true }]);
    expect(issues.map((issue) => [issue.kind, issue.result])).toEqual([['self', 'Myanmar (Myanmar (Myanmar (Myanmar (Myanmar (Myanmar (Burma))))))']]);
  });

  it('flags whole-word `Myanmar` → `Myanmar (Burma)`: the replacement starts with `Myanmar`', () => {
    const issues = lintRules([{ pattern: 'Myanmar', replacement: 'Myanmar (Burma)', wholeWord: true, caseSensitive: true }]);
    expect(issues.map((issue) => [issue.kind, issue.result])).toEqual([['self', 'Myanmar (Burma) (Burma) (Burma) (Burma) (Burma) (Burma)']]);
  });

  it('reports both Burma rules of a file, and that each feeds the other', () => {
    const issues = lintRules(rulesOf('burma.json'));
    expect(issues.map((issue) => [issue.index, issue.kind, issue.other, issue.severity])).toEqual([
      [0, 'self', undefined, 'error'],
      [0, 'other', 1, 'error'],
      [1, 'self', undefined, 'error'],
      [1, 'other', 0, 'error'],
    ]);
    expect(issues[1]?.message).toBe('`Burma` → `Myanmar (Burma)` (whole word, case-sensitive) produces text that rule 2 `Myanmar` → `Myanmar (Burma)` (whole word, case-sensitive) matches: run together, they never settle');
  });

  it('warns about a chain that settles: the result depends on the order', () => {
    expect(lintRules(rulesOf('chain.tsv')).map((issue) => [issue.index, issue.kind, issue.other, issue.severity, issue.message])).toEqual([
      [0, 'other', 1, 'warning', '`colour` → `color` (substring, case-insensitive) produces text that rule 2 `color` → `hue` (substring, case-insensitive) matches: the result depends on their order'],
    ]);
  });

  it('flags the rules that damaged the site and passes the one that did not', () => {
    const issues = lintRules(rulesOf('cms-rules.csv'));
    expect(issues.map((issue) => [issue.rule.line, issue.kind, issue.result])).toEqual([
      [2, 'self', "Women's rights's rights's rights's rights's rights's rights"],
      [3, 'self', "Children's rights's rights's rights's rights's rights's rights"],
    ]);
  });

  it('flags a replacement that forms the pattern with the text around it', () => {
    const [issue] = lintRules([{ pattern: 'ab', replacement: 'b' }]);
    expect(issue).toMatchObject({ kind: 'context', severity: 'error', sample: 'aab', result: 'b' });
  });

  it('reads regular expressions, with a sample made from the expression', () => {
    expect(lintRules([{ pattern: '(\\w+)s\\b', replacement: '$1ss', regex: true }])[0]).toMatchObject({ kind: 'self', sample: 'as', result: 'asssssss' });
    expect(lintRules([{ pattern: 'colou?r', replacement: 'hue', regex: true }])).toEqual([]);
    expect(lintRules([{ pattern: '(?<=Myanmar )\\(Burma\\)', replacement: '', regex: true }])).toEqual([]);
    expect(sampleOf('[A-Z][a-z]+ (?:Day|Week){1,2}\\.')).toBe('Aa Day.');
    expect(sampleOf('[^0-9]\\d\\s(a|b)\\1')).toBe('a1 aa');
    expect(sampleOf('a)')).toBeUndefined();
  });

  it('falls back to the replacement when the expression gives no sample', () => {
    // A lookahead the sampler skips leaves a sample the expression does not match.
    const issues = lintRules([{ pattern: 'x(?=y)', replacement: 'xy', regex: true }]);
    expect(issues.map((issue) => [issue.kind, issue.sample])).toEqual([['self', 'xy']]);
  });

  it('reports patterns that match the empty string and invalid expressions', () => {
    expect(lintRules([{ pattern: 'a*', replacement: 'b', regex: true }])[0]).toMatchObject({ kind: 'empty-match', severity: 'error' });
    expect(lintRules([{ pattern: '(', replacement: 'b', regex: true }])[0]).toMatchObject({ kind: 'invalid', severity: 'error' });
  });

  it('inserts a plain replacement literally', () => {
    const rule: ReplaceRule = { pattern: 'price', replacement: '$& (USD)' };
    expect(applyRule(rule, matcherOf(rule), 'the price')).toBe('the $& (USD)');
  });

  it('rejects malformed input', () => {
    expect(() => lintRules('x' as unknown as ReplaceRule[])).toThrow('Expected `rules` to be an array of `{pattern, replacement}`');
    expect(() => lintRules([{ pattern: '', replacement: 'x' }])).toThrow('Expected `rules[0]` to have a non-empty string `pattern` and a string `replacement`');
    expect(() => lintRules([], { runs: 0 })).toThrow('Expected `runs` to be an integer from 1 to 100');
  });
});

describe('runLintRules', () => {
  it('prints every problem with its file, line and the text after the runs, and exits 1', () => {
    const result = runLintRules(fixture('cms-rules.csv'));
    expect(result.exitCode).toBe(1);
    expect(result.issues).toHaveLength(2);
    const path = fixture('cms-rules.csv');
    expect(result.output).toBe(
      [
        `${path}:2  error    \`women\` → \`Women's rights\` (substring, case-insensitive) re-matches its own replacement: every run changes the text again`,
        "    after 6 runs `women` reads `Women's rights's rights's rights's rights's rights's rights`",
        `${path}:3  error    \`children\` → \`Children's rights\` (substring, case-insensitive) re-matches its own replacement: every run changes the text again`,
        "    after 6 runs `children` reads `Children's rights's rights's rights's rights's rights's rights`",
        '2 problems (2 errors, 0 warnings) in 4 rules',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 for rules that settle, also with warnings only', () => {
    const clean = runLintRules(fixture('idempotent.yaml'));
    expect(clean).toEqual({ issues: [], output: `${fixture('idempotent.yaml')}: 3 rules, no problems: every rule settles after one run\n`, exitCode: 0 });
    const chain = runLintRules(fixture('chain.tsv'));
    expect(chain.exitCode).toBe(0);
    expect(chain.output).toContain('1 problem (0 errors, 1 warning) in 2 rules');
  });

  it('exits 2 for a file it cannot read or parse', () => {
    expect(runLintRules(fixture('missing.csv'))).toEqual({ issues: [], output: `Cannot read \`${fixture('missing.csv')}\` (ENOENT)\n`, exitCode: 2 });
    expect(runLintRules(fixture('bad.csv'))).toEqual({ issues: [], output: `Missing \`replacement\` at ${fixture('bad.csv')}:3\n`, exitCode: 2 });
  });

  it('formats JSON and uses an injected reader and run count', () => {
    const result = runLintRules('rules.json', { format: 'json', runs: 2, readFile: () => '[{"pattern": "women", "replacement": "Women\'s rights"}]' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.output)).toMatchObject({ path: 'rules.json', rules: 1, issues: [{ kind: 'self', runs: 2, result: "Women's rights's rights" }] });
  });
});
