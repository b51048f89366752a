import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCopyguard, spawnTestTimeout } from './helpers.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const folders: string[] = [];

beforeAll(() => {
  assertBuilt();
});

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

/**
 * A temporary folder holding the damaged demo press release.
 * @returns the folder.
 */
async function demoFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'copyguard-archive-'));
  folders.push(folder);
  await copyFile(join(demo, 'press-release.txt'), join(folder, 'press-release.txt'));
  return folder;
}

describe('copyguard survey and fix --profile (issue: expected names, survey → profile)', () => {
  it('groups the archive, proposes a profile, and with one decision restores the clean text', async () => {
    const folder = await demoFolder();
    const surveyed = await runCopyguard(['survey', '.', '--profile-out', 'profile.yaml'], { cwd: folder });
    expect(surveyed.code).toBe(0);
    expect(surveyed.stdout).toContain('variant');
    expect(surveyed.stdout).toMatch(/needs? a decision/u);
    const profile = await readFile(join(folder, 'profile.yaml'), 'utf8');
    // The person decides the variant: it was the campaign name.
    const decided = profile.replace(/(kind: variant[\s\S]*?)restoration: null/u, '$1restoration: Support Your Local Farmer');
    expect(decided).not.toBe(profile);
    await writeFile(join(folder, 'profile.yaml'), decided);
    const fixed = await runCopyguard(['fix', '--write', '--no-progress', '--profile', 'profile.yaml', 'press-release.txt'], { cwd: folder });
    expect(fixed.stderr).toBe('');
    const output = await readFile(join(folder, 'press-release.txt'), 'utf8');
    // The clean source keeps a typo of its own (`the the`), which fix removes too.
    const clean = await readFile(join(demo, 'press-release.clean.txt'), 'utf8');
    expect(output).toBe(clean.replace('the the key', 'the key'));
    expect(fixed.code).toBe(0);
  }, spawnTestTimeout);

  it('exits 2 for a profile that references a group with a bad signature', async () => {
    const folder = await demoFolder();
    await writeFile(join(folder, 'profile.yaml'), 'version: 1\ngroups:\n  - id: x\n    signature: nonsense\n    restoration: y\n');
    const outcome = await runCopyguard(['check', '--profile', 'profile.yaml', 'press-release.txt'], { cwd: folder });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('profile.yaml');
  }, spawnTestTimeout);
});

describe('copyguard lint-rules', () => {
  it('flags a rule whose replacement re-matches its own pattern and passes an idempotent set', async () => {
    const folder = await demoFolder();
    await writeFile(join(folder, 'bad.csv'), "pattern,replacement\nfarmer,Farmer's market\n");
    await writeFile(join(folder, 'good.csv'), 'pattern,replacement\ncolour,color\n');
    const bad = await runCopyguard(['lint-rules', 'bad.csv'], { cwd: folder });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("Farmer's market's market");
    const good = await runCopyguard(['lint-rules', 'good.csv'], { cwd: folder });
    expect(good.code).toBe(0);
  }, spawnTestTimeout);
});
