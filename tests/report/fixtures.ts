/**
 * Hand-built file results shared by the formatter tests.
 *
 * `news/today.md` has a cascade with a fix after `’` and `🎉` (multi-byte in UTF-8, `🎉` two
 * UTF-16 code units) and a doubled word with suggestions only; `notes/crlf.txt` uses `\r\n`;
 * `notes/no-newline.txt` has no final newline; `img/logo.md` failed; `clean.md` is clean.
 */
import { VFileMessage } from 'vfile-message';
import type { Edit, FileResult, Message, Point, Severity, Suggestion } from '../../src/core/types.js';

/** What a test says about a finding; positions come from offsets. */
export interface MessageSpecification {
  /** The rule id. */
  ruleId: string;
  /** The message text (`reason`). */
  reason: string;
  /** Start offset of the span. */
  start: number;
  /** End offset of the span (exclusive). */
  end: number;
  /** Severity. */
  severity: Severity;
  /** Candidate texts, best first. */
  expected: string[];
  /** The confident edit, or `null`. */
  fix: Edit | null;
  /** Edits offered but not applied. */
  suggestions?: Suggestion[];
  /** How sure the rule is. */
  confidence: number;
  /** One line of evidence. */
  explanation: string;
  /** Whether the edit is in the output (`fix` only). */
  applied?: boolean;
  /** A help link. */
  url?: string;
}

/**
 * Compute the point of an offset; `\r\n`, `\n` and a lone `\r` each end a line.
 *
 * @param text The text as read.
 * @param offset An offset in UTF-16 code units.
 * @returns Its 1-based line and column and the offset.
 */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    const character = text[index];
    if (character === '\r' && text[index + 1] === '\n') {
      continue;
    }
    if (character === '\n' || character === '\r') {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Build a finding as copyguard's report helper would: a `VFileMessage` with copyguard's fields.
 *
 * @param source The text as read.
 * @param specification The finding's fields.
 * @returns The message.
 */
export function createMessage(source: string, specification: MessageSpecification): Message {
  const start = pointAt(source, specification.start);
  const end = pointAt(source, specification.end);
  const message = new VFileMessage(specification.reason, {
    place: { start, end },
    ruleId: specification.ruleId,
    source: 'copyguard',
  });
  const fields = {
    severity: specification.severity,
    fix: specification.fix,
    suggestions: specification.suggestions ?? [],
    confidence: specification.confidence,
    explanation: specification.explanation,
    start,
    end,
    actual: source.slice(specification.start, specification.end),
    expected: specification.expected,
    fingerprint: `${specification.ruleId}:${source.slice(specification.start, specification.end)}`,
  };
  Object.assign(message, fields);
  if (specification.applied !== undefined) {
    Object.assign(message, { applied: specification.applied });
  }
  if (specification.url !== undefined) {
    message.url = specification.url;
  }
  return message as Message;
}

/**
 * Apply edits to a text.
 *
 * @param text The text as read.
 * @param edits Non-overlapping edits.
 * @returns The text with every edit applied.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  let output = text;
  for (const edit of [...edits].sort((left, right) => right.range[0] - left.range[0])) {
    output = output.slice(0, edit.range[0]) + edit.text + output.slice(edit.range[1]);
  }
  return output;
}

/** The first file: a cascade after multi-byte characters, and a doubled word with suggestions only. */
export const todaySource = 'Today’s 🎉 news: Women\'s rights\'s rightss rights campaign.\nWe read the the report.\n';

/** The second file: `\r\n` line endings, a doubled word with a fix on line 2. */
export const crlfSource = 'Line one\r\nThe the cat sat.\r\nLast line\r\n';

/** The third file: no final newline, a fix on the last line. */
export const noNewlineSource = 'First line\nAnd the end end';

/** Offsets of the findings, written out so that tests can state positions by hand. */
export const offsets = {
  /** `Women's rights's rightss rights` in `todaySource`. */
  cascade: [17, 48] as [number, number],
  /** `the the` in `todaySource`. */
  doubled: [67, 74] as [number, number],
  /** `The the` in `crlfSource`. */
  crlf: [10, 17] as [number, number],
  /** `end end` in `noNewlineSource`. */
  noNewline: [19, 26] as [number, number],
};

/**
 * Build the five file results used by every formatter test.
 *
 * @param command `check` leaves `applied` and `output` out; `fix` sets them.
 * @returns The results: today, CRLF, no newline, failed, clean.
 */
export function createResults(command: 'check' | 'fix'): FileResult[] {
  const isFix = command === 'fix';
  const applied = isFix ? { applied: true } : {};
  const notApplied = isFix ? { applied: false } : {};
  const cascadeFix: Edit = { range: offsets.cascade, text: 'women' };
  const today = [
    createMessage(todaySource, {
      ruleId: 'no-replacement-cascade',
      reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`",
      start: offsets.cascade[0],
      end: offsets.cascade[1],
      severity: 'error',
      expected: ['women'],
      fix: cascadeFix,
      confidence: 0.98,
      explanation: '3 units of the tail `rights` after the head `Women\'s`; unit 2 has a doubled `s`',
      url: 'https://example.com/copyguard#no-replacement-cascade',
      ...applied,
    }),
    createMessage(todaySource, {
      ruleId: 'no-doubled-word',
      reason: 'Unexpected doubled word `the`, remove one',
      start: offsets.doubled[0],
      end: offsets.doubled[1],
      severity: 'warning',
      expected: ['the'],
      fix: null,
      suggestions: [{ range: [offsets.doubled[0] + 3, offsets.doubled[1]], text: '', confidence: 0.4 }],
      confidence: 0.4,
      explanation: 'the word `the` twice in a row',
      ...notApplied,
    }),
  ];
  const crlfFix: Edit = { range: offsets.crlf, text: 'The' };
  const crlf = [
    createMessage(crlfSource, {
      ruleId: 'no-doubled-word',
      reason: 'Unexpected doubled word `The the`, remove one',
      start: offsets.crlf[0],
      end: offsets.crlf[1],
      severity: 'error',
      expected: ['The'],
      fix: crlfFix,
      confidence: 0.9,
      explanation: 'the word `the` twice in a row',
      ...applied,
    }),
  ];
  const noNewlineFix: Edit = { range: offsets.noNewline, text: 'end' };
  const noNewline = [
    createMessage(noNewlineSource, {
      ruleId: 'no-doubled-word',
      reason: 'Unexpected doubled word `end`, remove one',
      start: offsets.noNewline[0],
      end: offsets.noNewline[1],
      severity: 'info',
      expected: ['end'],
      fix: noNewlineFix,
      confidence: 0.9,
      explanation: 'the word `end` twice in a row',
      ...applied,
    }),
  ];
  const results: FileResult[] = [
    { path: 'news/today.md', source: todaySource, messages: today },
    { path: 'notes/crlf.txt', source: crlfSource, messages: crlf },
    { path: 'notes/no-newline.txt', source: noNewlineSource, messages: noNewline },
    {
      path: 'img/logo.md',
      messages: [],
      error: { code: 'EBINARY', message: 'img/logo.md: binary file (NUL byte at offset 12)' },
    },
    { path: 'clean.md', source: 'All good here.\n', messages: [] },
  ];
  if (isFix) {
    const outputs = [
      applyEdits(todaySource, [cascadeFix]),
      applyEdits(crlfSource, [crlfFix]),
      applyEdits(noNewlineSource, [noNewlineFix]),
    ];
    outputs.forEach((output, index) => {
      const result = results[index];
      if (result !== undefined) {
        result.output = output;
      }
    });
    const clean = results[4];
    if (clean !== undefined && clean.source !== undefined) {
      clean.output = clean.source;
    }
  }
  return results;
}

/** A format context for tests. */
export const context = { cwd: '/work/project', color: false, command: 'check', toolVersion: '0.1.0' } as const;
