import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../src/report/formatters/github.js';
import { context, createMessage, createResults } from '../fixtures.js';

describe('formatGithub', () => {
  it('prints one workflow command per finding and per file error', () => {
    expect(formatGithub(createResults('check'), context)).toBe(
      [
        "::error file=news/today.md,line=1,col=18,endLine=1,endColumn=49,title=copyguard (no-replacement-cascade)::Unexpected replacement cascade `Women's rights's …`, expected `women`",
        '::warning file=news/today.md,line=2,col=9,endLine=2,endColumn=16,title=copyguard (no-doubled-word)::Unexpected doubled word `the`, remove one',
        '::error file=notes/crlf.txt,line=2,col=1,endLine=2,endColumn=8,title=copyguard (no-doubled-word)::Unexpected doubled word `The the`, remove one',
        '::notice file=notes/no-newline.txt,line=2,col=9,endLine=2,endColumn=16,title=copyguard (no-doubled-word)::Unexpected doubled word `end`, remove one',
        '::error file=img/logo.md,title=copyguard (EBINARY)::img/logo.md: binary file (NUL byte at offset 12)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for clean files', () => {
    expect(formatGithub([{ path: 'clean.md', source: 'Fine.\n', messages: [] }], context)).toBe('');
  });

  it('escapes `%`, `\\r` and `\\n` in the message and also `:` and `,` in properties', () => {
    const source = 'x the the';
    const message = createMessage(source, {
      ruleId: 'no-doubled-word',
      reason: '100% sure:\r\nline two, really',
      start: 2,
      end: 9,
      severity: 'error',
      expected: ['the'],
      fix: null,
      confidence: 1,
      explanation: '',
    });
    const output = formatGithub([{ path: 'docs/a,b:c%d.md', source, messages: [message] }], context);
    expect(output).toBe(
      '::error file=docs/a%2Cb%3Ac%25d.md,line=1,col=3,endLine=1,endColumn=10,title=copyguard (no-doubled-word)::100%25 sure:%0D%0Aline two, really\n',
    );
  });

  it('escapes `%` before the other characters so nothing is encoded twice', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a:%,\r')).toBe('a%3A%25%2C%0D');
  });
});
