/**
 * Inline control comments: which findings they turn off, and the linear scan.
 */
import { describe, expect, it } from 'vitest';
import { applyControls, scanControls } from '../../src/batch/inline-controls.js';

/**
 * A finding at the start of a line of a text, enough for the controls.
 * @param text the text.
 * @param ruleId the rule.
 * @param needle text whose first occurrence marks the finding.
 * @returns the finding's rule id and start.
 */
function findingAt(text: string, ruleId: string, needle: string): { ruleId: string; start: { line: number; offset: number } } {
  const offset = text.indexOf(needle);
  const line = text.slice(0, offset).split(/\r\n|\n|\r/u).length;
  return { ruleId, start: { line, offset } };
}

describe('scanControls', () => {
  it('costs nothing on a text without copyguard comments', () => {
    const controls = scanControls('<!-- a comment -->\nthe the\n');
    expect(controls.any).toBe(false);
    expect(controls.isDisabled('no-doubled-words', 2, 19)).toBe(false);
  });

  it('turns off the next line, for the rules named or all', () => {
    const text = '<!-- copyguard-disable-next-line no-doubled-words -->\nthe the\nthe the\n<!-- copyguard-disable-next-line -->\nx x\n';
    const controls = scanControls(text);
    expect(controls.isDisabled('no-doubled-words', 2, 54)).toBe(true);
    expect(controls.isDisabled('no-replacement-cascade', 2, 54)).toBe(false);
    expect(controls.isDisabled('no-doubled-words', 3, 62)).toBe(false);
    expect(controls.isDisabled('no-replacement-cascade', 5, 110)).toBe(true);
  });

  it('counts the next line from the end of a comment that spans lines', () => {
    const text = '<!--\n  copyguard-disable-next-line\n-->\nthe the\n';
    expect(scanControls(text).isDisabled('no-doubled-words', 4, 40)).toBe(true);
    expect(scanControls(text).isDisabled('no-doubled-words', 2, 5)).toBe(false);
  });

  it('turns rules off between disable and enable', () => {
    const text = 'a a\n<!-- copyguard-disable -->\nb b\n<!-- copyguard-enable -->\nc c\n';
    const messages = ['a a', 'b b', 'c c'].map((needle) => findingAt(text, 'no-doubled-words', needle));
    expect(applyControls(messages, scanControls(text)).map((message) => message.start.line)).toEqual([1, 5]);
  });

  it('turns off only the rules named, separated by commas or spaces, ignoring a reason', () => {
    const text = '<!-- copyguard-disable no-doubled-words, other-rule -- quoted from a court record -->\nb b\n';
    const controls = scanControls(text);
    expect(controls.isDisabled('no-doubled-words', 2, 90)).toBe(true);
    expect(controls.isDisabled('other-rule', 2, 90)).toBe(true);
    expect(controls.isDisabled('no-replacement-cascade', 2, 90)).toBe(false);
    expect(controls.named.map((entry) => entry.ruleId)).toEqual(['no-doubled-words', 'other-rule']);
  });

  it('enables one rule again inside a region where all are disabled', () => {
    const text = '<!-- copyguard-disable -->\n<!-- copyguard-enable no-doubled-words -->\nb b\n<!-- copyguard-enable -->\n';
    const controls = scanControls(text);
    const offset = text.indexOf('b b');
    expect(controls.isDisabled('no-doubled-words', 3, offset)).toBe(false);
    expect(controls.isDisabled('no-replacement-cascade', 3, offset)).toBe(true);
  });

  it('enables a rule disabled by name and keeps the others off', () => {
    const text = '<!-- copyguard-disable one two -->\n<!-- copyguard-enable one -->\nb b\n';
    const controls = scanControls(text);
    const offset = text.indexOf('b b');
    expect(controls.isDisabled('one', 3, offset)).toBe(false);
    expect(controls.isDisabled('two', 3, offset)).toBe(true);
  });

  it('ignores comments that only look like controls', () => {
    const text = '<!-- copyguard-disabled -->\n<!-- copyguard-enable-all -->\n<!-- copyguard-foo -->\n<!-- copyguard-disable\nb b\n';
    const controls = scanControls(text);
    expect(controls.any).toBe(false);
  });

  it('reads CRLF and lone CR line ends', () => {
    const text = '<!-- copyguard-disable-next-line -->\r\nthe the\r<!-- copyguard-disable-next-line -->\rx x\r';
    const controls = scanControls(text);
    expect(controls.isDisabled('any', 2, 38)).toBe(true);
    expect(controls.isDisabled('any', 3, 46)).toBe(false);
    expect(controls.isDisabled('any', 4, 84)).toBe(true);
  });

  it('scans a text full of unclosed comment openers in linear time', () => {
    const text = `copyguard-${'<!--'.repeat(200_000)}`;
    const started = performance.now();
    expect(scanControls(text).any).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    const many = '<!-- x -->'.repeat(100_000) + 'copyguard-';
    const again = performance.now();
    expect(scanControls(many).any).toBe(false);
    expect(performance.now() - again).toBeLessThan(1000);
  });
});
