import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../../src/report/formatters/stylish.js';
import { context, createMessage, createResults } from '../fixtures.js';

/** Matches any ANSI escape sequence. */
const ansiPattern = /\u001b\[/;

describe('formatStylish', () => {
  it('groups findings by file with the found and fixed texts, then a summary', () => {
    expect(formatStylish(createResults('check'), context)).toBe(
      [
        '',
        'news/today.md',
        "  1:18  error    Unexpected replacement cascade `Women's rights's …`, expected `women`  no-replacement-cascade",
        "                 - Women's rights's rightss rights",
        '                 + women',
        '  2:9   warning  Unexpected doubled word `the`, remove one                              no-doubled-word',
        '                 - the the',
        '                 ? the  (suggestion, 40%)',
        '',
        'notes/crlf.txt',
        '  2:1  error  Unexpected doubled word `The the`, remove one  no-doubled-word',
        '              - The the',
        '              + The',
        '',
        'notes/no-newline.txt',
        '  2:9  info  Unexpected doubled word `end`, remove one  no-doubled-word',
        '             - end end',
        '             + end',
        '',
        'img/logo.md',
        '  -  error  img/logo.md: binary file (NUL byte at offset 12)  EBINARY',
        '',
        '✖ 5 problems (3 errors, 1 warning, 1 info)',
        '  3 problems fixable with `copyguard fix --write`',
        '',
      ].join('\n'),
    );
  });

  it('marks applied findings as fixed and counts only the rest as problems for fix', () => {
    const output = formatStylish(createResults('fix'), { ...context, command: 'fix' });
    expect(output).toContain("  1:18  fixed    Unexpected replacement cascade `Women's rights's …`");
    expect(output).toContain('  2:9   warning  Unexpected doubled word `the`, remove one');
    expect(output.endsWith('\n✔ 3 problems fixed\n✖ 2 problems (1 error, 1 warning)\n')).toBe(true);
  });

  it('emits no ANSI escape codes when colour is off', () => {
    for (const command of ['check', 'fix'] as const) {
      expect(formatStylish(createResults(command), { ...context, command, color: false })).not.toMatch(ansiPattern);
    }
  });

  it('colours the output when colour is on', () => {
    const output = formatStylish(createResults('check'), { ...context, color: true });
    expect(output).toMatch(ansiPattern);
    // Without the escape codes the text is the same as without colour.
    expect(output.replace(/\u001b\[[0-9;]*m/g, '')).toBe(formatStylish(createResults('check'), context));
  });

  it('prints nothing for clean files', () => {
    expect(formatStylish([{ path: 'clean.md', source: 'Fine.\n', messages: [] }], context)).toBe('');
    expect(formatStylish([], context)).toBe('');
  });

  it('shortens a long found text in the middle and keeps it on one line', () => {
    const actual = `Women's ${"rights's ".repeat(12)}rights\nnext`;
    const source = `${actual} line.`;
    const message = createMessage(source, {
      ruleId: 'no-replacement-cascade',
      reason: 'Unexpected replacement cascade',
      start: 0,
      end: actual.length,
      severity: 'error',
      expected: ['Women'],
      fix: { range: [0, actual.length], text: 'Women' },
      confidence: 0.9,
      explanation: '',
    });
    const output = formatStylish([{ path: 'long.md', source, messages: [message] }], context);
    const found = output.split('\n').find((line) => line.trimStart().startsWith('- '));
    expect(found?.trim()).toBe("- Women's rights's rights's righ…rights's rights's rights↵next");
    expect([...(found?.trim().slice(2) ?? '')]).toHaveLength(60);
  });

  it('shows a deletion as `(empty)`, using the span when the fix covers part of it', () => {
    const source = 'a the the b';
    const message = createMessage(source, {
      ruleId: 'no-doubled-word',
      reason: 'Unexpected doubled word `the`, remove one',
      start: 2,
      end: 9,
      severity: 'error',
      expected: ['the'],
      fix: { range: [5, 9], text: '' },
      suggestions: [{ range: [2, 9], text: '', confidence: 0.1 }],
      confidence: 0.9,
      explanation: '',
    });
    const output = formatStylish([{ path: 'a.md', source, messages: [message] }], context);
    expect(output).toContain('\n              + the\n');
    expect(output).toContain('\n              ? (empty)  (suggestion, 10%)\n');
  });

  it('uses the singular for one problem and says nothing about fixable when there is no fix', () => {
    const source = 'a the the b';
    const message = createMessage(source, {
      ruleId: 'no-doubled-word',
      reason: 'Unexpected doubled word `the`, remove one',
      start: 2,
      end: 9,
      severity: 'warning',
      expected: ['the'],
      fix: null,
      confidence: 0.5,
      explanation: '',
    });
    const output = formatStylish([{ path: 'a.md', source, messages: [message] }], context);
    expect(output.endsWith('\n✖ 1 problem (0 errors, 1 warning)\n')).toBe(true);
  });
});
