import { describe, expect, it } from 'vitest';
import { findLineStarts, formatRdjsonl, toReviewdogPosition } from '../../../src/report/formatters/rdjsonl.js';
import { context, createMessage, createResults } from '../fixtures.js';

/**
 * Parse rdjsonl output into its diagnostics.
 *
 * @param output The formatter's output.
 * @returns One object per line.
 */
function parseLines(output: string): any[] {
  expect(output.endsWith('\n')).toBe(true);
  return output
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('formatRdjsonl', () => {
  it('prints one diagnostic per finding and per file error', () => {
    const diagnostics = parseLines(formatRdjsonl(createResults('check'), context));
    expect(diagnostics).toHaveLength(5);
    expect(diagnostics[1]).toEqual({
      message: 'Unexpected doubled word `the`, remove one',
      location: { path: 'news/today.md', range: { start: { line: 2, column: 9 }, end: { line: 2, column: 16 } } },
      severity: 'WARNING',
      source: { name: 'copyguard' },
      code: { value: 'no-doubled-word' },
      suggestions: [{ range: { start: { line: 2, column: 12 }, end: { line: 2, column: 16 } }, text: '' }],
    });
    expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['ERROR', 'WARNING', 'ERROR', 'INFO', 'ERROR']);
    expect(diagnostics[4]).toEqual({
      message: 'img/logo.md: binary file (NUL byte at offset 12)',
      location: { path: 'img/logo.md' },
      severity: 'ERROR',
      source: { name: 'copyguard' },
      code: { value: 'EBINARY' },
    });
  });

  it('counts columns in UTF-8 bytes after multi-byte characters', () => {
    const [cascade] = parseLines(formatRdjsonl(createResults('check'), context));
    // `Today’s 🎉 news: ` is 17 UTF-16 code units but 21 UTF-8 bytes (`’` 3 bytes, `🎉` 4 bytes).
    expect(cascade).toEqual({
      message: "Unexpected replacement cascade `Women's rights's …`, expected `women`",
      location: { path: 'news/today.md', range: { start: { line: 1, column: 22 }, end: { line: 1, column: 53 } } },
      severity: 'ERROR',
      source: { name: 'copyguard' },
      code: { value: 'no-replacement-cascade', url: 'https://example.com/copyguard#no-replacement-cascade' },
      suggestions: [{ range: { start: { line: 1, column: 22 }, end: { line: 1, column: 53 } }, text: 'women' }],
    });
  });

  it('converts edit offsets on later lines, after `\\r\\n` and a lone `\\r`', () => {
    const source = 'a\r\nb\rcé the the';
    const start = source.indexOf('the the');
    const message = createMessage(source, {
      ruleId: 'no-doubled-word',
      reason: 'Unexpected doubled word `the`, remove one',
      start,
      end: start + 7,
      severity: 'error',
      expected: ['the'],
      fix: { range: [start + 3, start + 7], text: '' },
      confidence: 1,
      explanation: '',
    });
    const [diagnostic] = parseLines(formatRdjsonl([{ path: 'x.txt', source, messages: [message] }], context));
    // Line 3 is `cé the the`: `the` starts at UTF-16 column 4 but byte column 5.
    expect(diagnostic.location.range).toEqual({ start: { line: 3, column: 5 }, end: { line: 3, column: 12 } });
    expect(diagnostic.suggestions).toEqual([
      { range: { start: { line: 3, column: 8 }, end: { line: 3, column: 12 } }, text: '' },
    ]);
  });

  it('prints nothing for clean files', () => {
    expect(formatRdjsonl([{ path: 'clean.md', source: 'Fine.\n', messages: [] }], context)).toBe('');
  });
});

describe('findLineStarts', () => {
  it('ends lines at `\\r\\n`, `\\n` and a lone `\\r`', () => {
    expect(findLineStarts('a\r\nb\nc\rd')).toEqual([0, 3, 5, 7]);
    expect(findLineStarts('')).toEqual([0]);
  });
});

describe('toReviewdogPosition', () => {
  it('counts a surrogate pair as four bytes', () => {
    // reviewdog's own example: in `a𐐀b` the column of `b` is 6.
    expect(toReviewdogPosition('a𐐀b', { line: 1, column: 4, offset: 3 })).toEqual({ line: 1, column: 6 });
  });

  it('keeps the column when the text is unknown', () => {
    expect(toReviewdogPosition(undefined, { line: 2, column: 4, offset: 9 })).toEqual({ line: 2, column: 4 });
  });
});
