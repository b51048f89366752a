/**
 * Running check and fix over the files of a run: forms over all files, failed files kept,
 * inline controls in `fix`.
 */
import { describe, expect, it } from 'vitest';
import { fixWithControls, processFiles, recheckOutput, type BatchFile } from '../../src/batch/process.js';
import { scanControls } from '../../src/batch/inline-controls.js';
import { rulesById } from '../../src/core/registry.js';

/** Rule ids that exist. */
const knownRuleIds = new Set(rulesById.keys());

/**
 * A read file of a run.
 * @param path its path.
 * @param text its text.
 * @returns the batch file.
 */
function file(path: string, text: string): BatchFile {
  return { path, read: { ok: true, text, bom: false }, options: { format: 'markdown' } };
}

describe('processFiles', () => {
  it('keeps failed files in order with their error and no output', () => {
    const failed: BatchFile = { path: 'b.md', read: { ok: false, error: { code: 'EBINARY', message: 'b.md: binary file (NUL byte at offset 0)' } }, options: {} };
    const { results } = processFiles('fix', [file('a.md', 'See the the report.\n'), failed], { knownRuleIds });
    expect(results.map((result) => result.path)).toEqual(['a.md', 'b.md']);
    expect(results[0]?.output).toBe('See the report.\n');
    expect(results[1]).toEqual({ path: 'b.md', messages: [], error: failed.read.ok ? undefined : failed.read.error });
  });

  it('learns forms only when several files are read', () => {
    expect(processFiles('check', [file('a.md', 'Fine.\n')], { knownRuleIds }).forms).toBeUndefined();
    expect(processFiles('check', [file('a.md', 'Fine.\n'), file('b.md', 'Fine.\n')], { knownRuleIds }).forms).toBeDefined();
  });

  it('judges a variant by the forms of the whole run', () => {
    const a = "Women's rights's rights's rights groups met. The fund for Women's rights's rights's rights opened.\n";
    const b = "Support for Women's rights's rightss rights's rights grew.\n";
    const alone = processFiles('check', [file('b.md', b)], { knownRuleIds }).results[0];
    const together = processFiles('check', [file('a.md', a), file('b.md', b)], { knownRuleIds }).results[1];
    expect(alone?.messages[0]?.fix).not.toBeNull();
    expect(together?.messages[0]?.fix).toBeNull();
  });

  it('keeps the BOM flag and warns about unknown rules in control comments', () => {
    const { results } = processFiles('check', [{ ...file('a.md', '<!-- copyguard-disable nope -->\n'), read: { ok: true, text: '<!-- copyguard-disable nope -->\n', bom: true } }], { knownRuleIds });
    expect(results[0]?.bom).toBe(true);
    expect(results[0]?.warnings).toEqual(['unknown rule `nope` in a copyguard comment on line 1']);
  });
});

describe('fixWithControls', () => {
  it('undoes the fixes of disabled findings and keeps the others', () => {
    const text = '<!-- copyguard-disable-next-line -->\nQuote: the the.\nCheck the the dates.\n';
    const { output, messages } = fixWithControls(text, { format: 'markdown' }, scanControls(text));
    expect(output).toBe('<!-- copyguard-disable-next-line -->\nQuote: the the.\nCheck the dates.\n');
    expect(messages.map((message) => [message.start.line, message.applied])).toEqual([[3, true]]);
  });

  it('returns the plain fix when nothing is disabled', () => {
    const text = 'Check the the dates.\n';
    expect(fixWithControls(text, {}, scanControls(text)).output).toBe('Check the dates.\n');
  });
});

describe('recheckOutput', () => {
  it('finds what remains in an output, after controls', () => {
    expect(recheckOutput('See the the report.\n', {}, undefined).map((message) => message.ruleId)).toEqual(['no-doubled-words']);
    expect(recheckOutput('<!-- copyguard-disable -->\nSee the the report.\n', {}, undefined)).toEqual([]);
  });
});
