import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/report/to-report.js';
import { createResults, todaySource } from './fixtures.js';

describe('toReport', () => {
  it('maps `reason` to `message` and keeps the contract field order', () => {
    const report = toReport(createResults('fix'), 'fix');
    const message = report.files[0]?.messages[0];
    expect(Object.keys(report)).toEqual(['version', 'files']);
    expect(Object.keys(report.files[0] ?? {})).toEqual(['path', 'messages', 'output']);
    expect(message).toEqual({
      ruleId: 'no-replacement-cascade',
      severity: 'error',
      message: "Unexpected replacement cascade `Women's rights's …`, expected `women`",
      start: { line: 1, column: 18, offset: 17 },
      end: { line: 1, column: 49, offset: 48 },
      actual: "Women's rights's rightss rights",
      expected: ['women'],
      fix: { range: [17, 48], text: 'women' },
      suggestions: [],
      confidence: 0.98,
      explanation: "3 units of the tail `rights` after the head `Women's`; unit 2 has a doubled `s`",
      applied: true,
    });
    expect(Object.keys(message ?? {})).toEqual([
      'ruleId',
      'severity',
      'message',
      'start',
      'end',
      'actual',
      'expected',
      'fix',
      'suggestions',
      'confidence',
      'explanation',
      'applied',
    ]);
  });

  it('leaves out `output` and `applied` for check', () => {
    const report = toReport(createResults('check'), 'check');
    for (const file of report.files) {
      expect(file).not.toHaveProperty('output');
      for (const message of file.messages) {
        expect(message).not.toHaveProperty('applied');
      }
    }
  });

  it('reports `output` for fix, also for a clean file, and never for a failed one', () => {
    const report = toReport(createResults('fix'), 'fix');
    expect(report.files.map((file) => file.output)).toEqual([
      "Today’s 🎉 news: women campaign.\nWe read the the report.\n",
      'Line one\r\nThe cat sat.\r\nLast line\r\n',
      'First line\nAnd the end',
      undefined,
      'All good here.\n',
    ]);
    const results = createResults('fix');
    const failed = results[3];
    if (failed !== undefined) {
      failed.output = 'should not appear';
    }
    expect(toReport(results, 'fix').files[3]).toEqual({
      path: 'img/logo.md',
      messages: [],
      error: { code: 'EBINARY', message: 'img/logo.md: binary file (NUL byte at offset 12)' },
    });
  });

  it('does not copy fields that are not in the contract', () => {
    const report = toReport(createResults('check'), 'check');
    const serialized = JSON.stringify(report);
    expect(serialized).not.toContain('fingerprint');
    expect(serialized).not.toContain('"source"');
    expect(serialized).not.toContain('"place"');
    expect(serialized).not.toContain(todaySource);
  });
});
