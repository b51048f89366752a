/**
 * Baselines through the real binary: `--update-baseline` records the current findings, later
 * runs report only new ones, and a bad baseline is a usage error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { damagedSentence, doubledSentence, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

describe('baselines', () => {
  it('records the findings and then reports only new ones', async () => {
    await writeFiles(folder, { 'news/a.md': damagedSentence + doubledSentence });
    const update = await runCopyguard(['check', '--baseline', '.copyguard-baseline.json', '--update-baseline', 'news'], { cwd: folder });
    expect(update.code).toBe(0);
    expect(update.stderr).toMatch(/^Wrote \d+ findings? to the baseline \.copyguard-baseline\.json\n$/u);
    const baseline = JSON.parse(await readFile(join(folder, '.copyguard-baseline.json'), 'utf8'));
    expect(baseline.version).toBe(1);
    expect(Object.keys(baseline.files)).toEqual(['news/a.md']);
    expect(baseline.files['news/a.md'][0]).toMatchObject({ ruleId: 'no-replacement-cascade', line: 1 });
    expect(baseline.files['news/a.md'][0].fingerprint).toMatch(/^[0-9a-f]{16}$/u);

    const known = await runCopyguard(['check', '--baseline', '.copyguard-baseline.json', 'news'], { cwd: folder });
    expect(known).toEqual({ code: 0, stdout: '', stderr: '' });

    // A line added above moves the findings but keeps their fingerprints; a new finding is reported.
    await writeFiles(folder, { 'news/a.md': `Intro line.\n${damagedSentence}${doubledSentence}Call the the office.\n` });
    const later = await runCopyguard(['check', '--baseline', '.copyguard-baseline.json', '-f', 'json', 'news'], { cwd: folder });
    const messages = JSON.parse(later.stdout).files[0].messages;
    expect(messages.map((message: any) => [message.ruleId, message.start.line])).toEqual([['no-doubled-words', 4]]);
    expect(later.code).toBe(0);
  });

  it('finds baseline paths relative to the baseline file from another working directory', async () => {
    await writeFiles(folder, { 'site/news/a.md': damagedSentence });
    await runCopyguard(['check', '--baseline', 'site/baseline.json', '--update-baseline', 'site/news/a.md'], { cwd: folder });
    const baseline = JSON.parse(await readFile(join(folder, 'site/baseline.json'), 'utf8'));
    expect(Object.keys(baseline.files)).toEqual(['news/a.md']);
    const fromSite = await runCopyguard(['check', '--baseline', 'baseline.json', 'news/a.md'], { cwd: join(folder, 'site') });
    expect(fromSite.code).toBe(0);
  });

  it('exits 2 for a missing or malformed baseline', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence, 'bad.json': '{"version": 2}' });
    const missing = await runCopyguard(['check', '--baseline', 'none.json', 'a.md'], { cwd: folder });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.json: baseline not found; create it with `--update-baseline`');
    const malformed = await runCopyguard(['check', '--baseline', 'bad.json', 'a.md'], { cwd: folder });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('bad.json: not a copyguard baseline');
  });

  it('refuses --update-baseline with fix', async () => {
    const { code, stderr } = await runCopyguard(['fix', '--baseline', 'b.json', '--update-baseline'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain('Cannot use `--update-baseline` with `fix`');
  });
});
