/**
 * The pass limit and the circular guard of `fix`, tested with a stand-in `checkWithState` that
 * returns one chosen edit per pass, so the loop runs without any rule deciding.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkWithState } from '../../src/check.js';
import { maxPasses } from '../../src/core/fixer.js';
import type { Edit, Message } from '../../src/core/types.js';
import { fix } from '../../src/index.js';

vi.mock('../../src/check.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/check.js')>();
  // The loop is tested alone: every text counts as having candidates, so it always reaches
  // the stand-in check.
  return {
    ...actual,
    checkWithState: vi.fn(actual.checkWithState),
    prepare: vi.fn((text: string) => ({ view: { format: 'text' as const, text, links: [], warnings: [] }, analysis: { text, runs: [], cascades: [] } })),
  };
});

const mockedCheck = vi.mocked(checkWithState);

/**
 * A minimal message with a fix, as the loop reads it.
 * @param text the text the message was found in.
 * @param fixEdit the edit.
 * @returns the message.
 */
function messageWith(text: string, fixEdit: Edit): Message {
  const [start, end] = fixEdit.range;
  return {
    ruleId: 'no-doubled-words',
    source: 'copyguard',
    severity: 'warning',
    reason: 'stand-in',
    start: { line: 1, column: start + 1, offset: start },
    end: { line: 1, column: end + 1, offset: end },
    actual: text.slice(start, end),
    expected: [fixEdit.text],
    fix: fixEdit,
    suggestions: [],
    confidence: 1,
    explanation: 'stand-in',
    fingerprint: '',
  } as unknown as Message;
}

afterEach(() => {
  mockedCheck.mockReset();
});

describe('fix loop', () => {
  it('stops after `maxPasses` passes when every pass finds something new', () => {
    // Each pass inserts one more `x` at the start: the text never repeats, so only the limit stops it.
    mockedCheck.mockImplementation((text: string) => [messageWith(text, { range: [0, 0], text: 'x' })]);
    const result = fix('harbour');
    expect(mockedCheck).toHaveBeenCalledTimes(maxPasses);
    expect(result.output).toBe(`${'x'.repeat(maxPasses)}harbour`);
  });

  it('stops when a pass would return to an earlier state (circular guard)', () => {
    // `ab` → `bb` → `ab` again: the second pass is refused and the output stays `bb`.
    mockedCheck.mockImplementation((text: string) => [messageWith(text, { range: [0, 1], text: text.startsWith('a') ? 'b' : 'a' })]);
    const result = fix('ab');
    expect(mockedCheck).toHaveBeenCalledTimes(2);
    expect(result.output).toBe('bb');
    expect(result.messages[0]?.applied).toBe(true);
  });

  it('stops after one pass when nothing is found', () => {
    mockedCheck.mockImplementation(() => []);
    const result = fix('clean text');
    expect(mockedCheck).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ output: 'clean text', messages: [], changes: [] });
  });

  it('stops when the fixes found change nothing', () => {
    mockedCheck.mockImplementation((text: string) => [messageWith(text, { range: [0, 4], text: text.slice(0, 4) })]);
    const result = fix('same text');
    expect(result.output).toBe('same text');
    expect(mockedCheck).toHaveBeenCalledTimes(1);
  });
});
