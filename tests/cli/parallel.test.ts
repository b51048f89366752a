/**
 * Runs over many files through the real binary: the worker pool gives the report of `--jobs 1`
 * in the same order (and `survey` the library's survey), `--shard` partitions the files, progress goes to standard error only, and
 * the content cache skips unchanged files until a file, the config or the options change.
 */
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createTemporaryFolder, damagedSentence, doubledSentence, removeFolder, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

/**
 * Writes 30 files in three folders: cascades (two forms, so the run's dominant form matters),
 * doubled words, clean text, Markdown and HTML, and one binary file.
 * @param target the folder (the test's folder by default).
 * @returns the paths, sorted as a walk gives them.
 */
async function writeArchive(target = folder): Promise<string[]> {
  const files: Record<string, string | Uint8Array> = {};
  for (let index = 0; index < 29; index++) {
    const section = ['news', 'blog', 'pages'][index % 3] as string;
    const name = `${section}/item-${String(index).padStart(2, '0')}`;
    switch (index % 5) {
      case 0:
        files[`${name}.txt`] = `Item ${index}. ${damagedSentence}`;
        break;
      case 1:
        files[`${name}.md`] = `# Item ${index}\n\nThe fund said Women's rights's rights's rights and girls.\n\n${doubledSentence}`;
        break;
      case 2:
        files[`${name}.html`] = `<p>Item ${index}: see the the <b>report</b> on Women&#39;s rights&#39;s rights&#39;s rights.</p>\n`;
        break;
      case 3:
        files[`${name}.txt`] = `Item ${index} is clean and says nothing twice.\n`;
        break;
      default:
        files[`${name}.md`] = `Item ${index}: Transport updates updates are out, and the the report too.\n`;
    }
  }
  files['pages/logo.txt'] = new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]);
  await writeFiles(target, files);
  return Object.keys(files).sort();
}

describe('--jobs', () => {
  it('gives the same JSON report as --jobs 1 for check and fix, in walk order', async () => {
    const paths = await writeArchive();
    for (const command of ['check', 'fix']) {
      const single = await runCopyguard([command, '--format', 'json', '--jobs', '1', '.'], { cwd: folder });
      const pooled = await runCopyguard([command, '--format', 'json', '--jobs', '3', '.'], { cwd: folder });
      expect(single.code).toBe(1);
      expect(pooled.code).toBe(1);
      expect(pooled.stderr).toBe('');
      expect(pooled.stdout).toBe(single.stdout);
      const report = JSON.parse(pooled.stdout);
      expect(report.files.map((file: { path: string }) => file.path)).toEqual(paths);
      expect(report.files.find((file: { path: string }) => file.path === 'pages/logo.txt').error.code).toBe('EBINARY');
    }
  });

  it('gives the same stylish, diff and rdjsonl output with workers', async () => {
    await writeArchive();
    for (const args of [['check'], ['fix', '--format', 'diff'], ['check', '--format', 'rdjsonl']]) {
      const single = await runCopyguard([...args, '--jobs', '1', '.'], { cwd: folder });
      const pooled = await runCopyguard([...args, '--jobs', '2', '.'], { cwd: folder });
      expect(pooled.stdout).toBe(single.stdout);
      expect(pooled.code).toBe(single.code);
    }
  });

  it('formats the report in the lanes with the text and exit code of a report the main thread formats', async () => {
    await writeArchive();
    // An empty baseline makes the main thread filter, and so format, every file itself.
    await writeFiles(folder, { 'empty-baseline.json': JSON.stringify({ version: 1, files: {} }) });
    const cases = [
      ['check'],
      ['check', '--quiet'],
      ['check', '--fail-on', 'error', '--max-warnings', '3'],
      ['check', '--format', 'github', '--fail-on', 'error'],
      ['fix', '--format', 'json', '--quiet'],
      ['check', '--format', 'sarif'],
    ];
    for (const args of cases) {
      const byLanes = await runCopyguard([...args, '--jobs', '2', '.'], { cwd: folder });
      const byMain = await runCopyguard([...args, '--jobs', '2', '--baseline', 'empty-baseline.json', '.'], { cwd: folder });
      expect(byLanes.stdout, args.join(' ')).toBe(byMain.stdout);
      expect(byLanes.code, args.join(' ')).toBe(byMain.code);
      expect(byLanes.stdout.length).toBeGreaterThan(0);
    }
  });

  it('writes with workers what --jobs 1 writes', async () => {
    await writeArchive();
    const copy = await createTemporaryFolder();
    try {
      await writeArchive(copy);
      const single = await runCopyguard(['fix', '--write', '--format', 'json', '--jobs', '1', '.'], { cwd: folder });
      const pooled = await runCopyguard(['fix', '--write', '--format', 'json', '--jobs', '2', '.'], { cwd: copy });
      expect(pooled.stdout).toBe(single.stdout);
      expect(pooled.code).toBe(single.code);
      const again = await runCopyguard(['check', '--format', 'json', '--jobs', '1', '.'], { cwd: copy });
      const before = await runCopyguard(['check', '--format', 'json', '--jobs', '1', '.'], { cwd: folder });
      expect(again.stdout).toBe(before.stdout);
    } finally {
      await removeFolder(copy);
    }
  });

  it('gives the survey of the library API with workers, and reports an unreadable file once', async () => {
    const paths = await writeArchive();
    const { readFile: read } = await import('node:fs/promises');
    const { formatFromPath } = await import('../../src/adapters/index.js');
    const { formatSurveyJson, survey } = await import('../../src/survey/index.js');
    const files = [];
    for (const path of paths.filter((path) => path !== 'pages/logo.txt')) files.push({ path, text: await read(join(folder, path), 'utf8'), format: formatFromPath(path) });
    const expected = formatSurveyJson(survey(files));
    for (const jobs of ['1', '2']) {
      const { code, stdout, stderr } = await runCopyguard(['survey', '--json', '--jobs', jobs, '.'], { cwd: folder });
      expect(stdout).toBe(expected);
      expect(code).toBe(1);
      expect(stderr.match(/logo\.txt/gu)).toHaveLength(1);
    }
  });

  it('rejects a bad --jobs value as a usage error', async () => {
    const { code, stderr } = await runCopyguard(['check', '--jobs', '0', '.'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain('Expected a whole number of 1 or more for `--jobs`, got `0`');
  });
});

describe('--shard', () => {
  it('splits the files into a partition: every file in exactly one shard', async () => {
    const paths = await writeArchive();
    const seen: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const { stdout, stderr } = await runCopyguard(['check', '--format', 'json', '--shard', shard, '.'], { cwd: folder });
      expect(stderr).toBe('');
      const shardPaths = JSON.parse(stdout).files.map((file: { path: string }) => file.path);
      expect(shardPaths.length).toBeGreaterThan(0);
      seen.push(...shardPaths);
    }
    expect(seen.sort()).toEqual(paths);
    // The same file lands in the same shard however it is named.
    const named = await runCopyguard(['check', '--format', 'json', '--shard', '2/3', './news', 'blog/', 'pages'], { cwd: folder });
    const walked = await runCopyguard(['check', '--format', 'json', '--shard', '2/3', '.'], { cwd: folder });
    const names = (text: string): string[] => JSON.parse(text).files.map((file: { path: string }) => file.path.replace(/^\.\//u, '')).sort();
    expect(names(named.stdout)).toEqual(names(walked.stdout));
  });

  it('rejects a shard out of range and a shard of standard input', async () => {
    expect((await runCopyguard(['check', '--shard', '4/3', '.'], { cwd: folder })).stderr).toContain('Expected `--shard I/N` with 1 ≤ I ≤ N, got `4/3`');
    expect((await runCopyguard(['check', '--shard', '1/2', '-'], { cwd: folder })).code).toBe(2);
  });
});

describe('progress', () => {
  it('prints plain lines on standard error with --progress when it is not a terminal, never on standard output', async () => {
    await writeArchive();
    const plain = await runCopyguard(['check', '--format', 'json', '.'], { cwd: folder });
    const forced = await runCopyguard(['check', '--format', 'json', '--progress', '.'], { cwd: folder });
    expect(plain.stderr).toBe('');
    expect(forced.stdout).toBe(plain.stdout);
    expect(forced.stderr).toMatch(/^copyguard forms 30\/30 files · [\d.]+ files\/s · [\d.]+ MB\/s · ETA \d+s · /mu);
    expect(forced.stderr).toMatch(/^copyguard check 30\/30 files · .* · pages\/logo\.txt$/mu);
    const quiet = await runCopyguard(['check', '--format', 'json', '--progress', '--quiet', '.'], { cwd: folder });
    expect(quiet.stderr).toBe('');
  });
});

describe('--cache', () => {
  /**
   * Reads the statistics line of `--verbose`.
   * @param stderr standard error.
   * @returns processed and cached counts.
   */
  function statistics(stderr: string): { processed: number; cached: number; observedCached: number } {
    const match = /(\d+) processed, (\d+) from the cache.*forms: (\d+) of \d+ from the cache/u.exec(stderr);
    if (!match) throw new Error(`No statistics in ${JSON.stringify(stderr)}`);
    return { processed: Number(match[1]), cached: Number(match[2]), observedCached: Number(match[3]) };
  }

  it('skips unchanged files, processes a changed one, and keeps the report the same', async () => {
    await writeArchive();
    const args = ['check', '--format', 'json', '--cache', '--verbose', '--jobs', '2', '.'];
    const first = await runCopyguard(args, { cwd: folder });
    expect(statistics(first.stderr)).toEqual({ processed: 29, cached: 0, observedCached: 0 });
    const second = await runCopyguard(args, { cwd: folder });
    expect(statistics(second.stderr)).toEqual({ processed: 0, cached: 29, observedCached: 29 });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);

    // Touched but not changed: the content hash says it is the same file.
    await utimes(join(folder, 'news/item-03.txt'), new Date(), new Date(Date.now() + 5000));
    expect(statistics((await runCopyguard(args, { cwd: folder })).stderr)).toEqual({ processed: 0, cached: 29, observedCached: 29 });

    // Changed, without a cascade (the run's forms stay the same): only it is processed again.
    await writeFiles(folder, { 'news/item-03.txt': `Item 3 now has a doubled doubled word.\n` });
    const changed = await runCopyguard(args, { cwd: folder });
    expect(statistics(changed.stderr)).toEqual({ processed: 1, cached: 28, observedCached: 28 });
    expect(changed.stdout).toContain('doubled doubled');
    expect(changed.stdout).toBe((await runCopyguard(['check', '--format', 'json', '--jobs', '1', '.'], { cwd: folder })).stdout);
  });

  it('processes every file again when the config or the rule flags change', async () => {
    await writeArchive();
    const args = ['check', '--format', 'json', '--cache', '--verbose', '.'];
    await runCopyguard(args, { cwd: folder });
    expect(statistics((await runCopyguard(args, { cwd: folder })).stderr).processed).toBe(0);
    await writeFiles(folder, { 'copyguard.config.json': JSON.stringify({ rules: { 'no-doubled-words': 'error' } }) });
    const configured = await runCopyguard(args, { cwd: folder });
    expect(statistics(configured.stderr)).toMatchObject({ processed: 29, cached: 0 });
    expect(JSON.parse(configured.stdout).files.flatMap((file: { messages: Array<{ ruleId: string; severity: string }> }) => file.messages).some(
      (message: { ruleId: string; severity: string }) => message.ruleId === 'no-doubled-words' && message.severity === 'error',
    )).toBe(true);
    expect(statistics((await runCopyguard([...args, '--no-rule', 'no-doubled-words'], { cwd: folder })).stderr)).toMatchObject({ processed: 29, cached: 0 });
    expect(statistics((await runCopyguard(['fix', ...args.slice(1)], { cwd: folder })).stderr)).toMatchObject({ processed: 29, cached: 0 });
  });

  it('reuses the first pass of the last run over the same untouched files, and makes it again when one is touched', async () => {
    await writeArchive();
    const { readdirSync } = await import('node:fs');
    const args = ['check', '--format', 'json', '--cache', '--verbose', '--jobs', '2', '.'];
    const first = await runCopyguard(args, { cwd: folder });
    const records = readdirSync(join(folder, '.copyguard-cache/runs'));
    expect(records).toHaveLength(1);
    const second = await runCopyguard(args, { cwd: folder });
    expect(second.stdout).toBe(first.stdout);
    expect(statistics(second.stderr)).toEqual({ processed: 0, cached: 29, observedCached: 29 });
    // A record cut short reads as a miss: the files' own entries give the same forms.
    await writeFiles(folder, { [`.copyguard-cache/runs/${records[0] as string}`]: '{"layout":' });
    expect((await runCopyguard(args, { cwd: folder })).stdout).toBe(first.stdout);
    // A new cascade form in a touched file changes the run's forms: every file's result is made again.
    await writeFiles(folder, { 'news/item-03.txt': `Item 3. Women's rights's rights's rights's rights's rights and more.\n` });
    const changed = await runCopyguard(args, { cwd: folder });
    expect(statistics(changed.stderr)).toMatchObject({ observedCached: 28 });
    expect(changed.stdout).toBe((await runCopyguard(['check', '--format', 'json', '--jobs', '1', '.'], { cwd: folder })).stdout);
    expect(readdirSync(join(folder, '.copyguard-cache/runs'))).toHaveLength(2);
  });

  it('keeps the cache where --cache-location says', async () => {
    await writeArchive();
    const { existsSync } = await import('node:fs');
    await runCopyguard(['check', '--cache', '--cache-location', 'tmp/cg', '.'], { cwd: folder });
    expect(existsSync(join(folder, 'tmp/cg/files'))).toBe(true);
    expect(existsSync(join(folder, '.copyguard-cache'))).toBe(false);
    expect((await runCopyguard(['check', '--cache-location', 'tmp/cg', '.'], { cwd: folder })).code).toBe(2);
  });
});
