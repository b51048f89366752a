/**
 * `fix --write` keeps a journal and resumes: a run over 1,000 files killed with SIGKILL leaves
 * every file whole (old or new content, never a mix or empty), the next run resumes and fixes
 * the rest, and a run after that changes nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { binary, runCopyguard, spawnTestTimeout, useTemporaryFolders } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout * 2 });

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

/** Files in the run. */
const fileCount = 1000;

/**
 * The damaged content of file `index`.
 * @param index the file's number.
 * @returns its text.
 */
function damaged(index: number): string {
  return `Report ${index}.\n\nThe charity said Women's rights's rightss rights's rights's rights's rights and girls need support.\nSee the the appendix.\n`;
}

/**
 * The fixed content of file `index`.
 * @param index the file's number.
 * @returns its text.
 */
function fixed(index: number): string {
  return `Report ${index}.\n\nThe charity said women and girls need support.\nSee the appendix.\n`;
}

/**
 * The path of file `index`.
 * @param index the file's number.
 * @returns its path relative to the folder.
 */
function pathOf(index: number): string {
  return join(`part-${index % 10}`, `file-${String(index).padStart(4, '0')}.txt`);
}

/**
 * Counts the finished files of the journal in the cache folder.
 * @returns how many lines after the header (0 when there is no journal).
 */
function journaledFiles(): number {
  const cache = join(folder, '.copyguard-cache');
  if (!existsSync(cache)) return 0;
  const journal = readdirSync(cache).find((name) => name.startsWith('journal-'));
  if (!journal) return 0;
  try {
    return readFileSync(join(cache, journal), 'utf8').split('\n').filter((line) => line.startsWith('{"path"')).length;
  } catch {
    return 0;
  }
}

describe('fix --write journal', () => {
  it('survives SIGKILL mid-run, resumes without applying an edit twice, and then changes nothing', async () => {
    for (let part = 0; part < 10; part++) await mkdir(join(folder, `part-${part}`));
    for (let index = 0; index < fileCount; index++) await writeFile(join(folder, pathOf(index)), damaged(index));

    // Start the run and kill it once some files are journaled.
    const child = spawn(process.execPath, [binary, 'fix', '--write', '--format', 'json', '--jobs', '2', '.'], { cwd: folder, stdio: 'ignore' });
    const killedAt = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        const done = journaledFiles();
        if (done >= 20) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(done);
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        resolve(journaledFiles());
      });
      child.on('error', reject);
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode);
      else child.on('exit', (_code, exitSignal) => resolve(exitSignal));
    });
    expect(signal).toBe('SIGKILL');
    expect(killedAt).toBeLessThan(fileCount);

    // Every file is whole: its old or its new content.
    let fixedCount = 0;
    for (let index = 0; index < fileCount; index++) {
      const content = readFileSync(join(folder, pathOf(index)), 'utf8');
      expect([damaged(index), fixed(index)]).toContain(content);
      if (content === fixed(index)) fixedCount += 1;
    }
    expect(fixedCount).toBeGreaterThanOrEqual(killedAt > 0 ? 1 : 0);
    expect(fixedCount).toBeLessThan(fileCount);
    // No temporary file of an interrupted write is left next to the files.
    for (let part = 0; part < 10; part++) {
      for (const name of readdirSync(join(folder, `part-${part}`))) expect(name).toMatch(/^file-\d{4}\.txt$|^\.file-\d{4}\.txt\.copyguard-[0-9a-f]+\.tmp$/u);
    }

    // The rerun resumes the interrupted run and fixes the rest.
    const resumed = await runCopyguard(['fix', '--write', '--format', 'json', '--jobs', '2', '--verbose', '.'], { cwd: folder });
    expect(resumed.stderr).toMatch(/resuming the interrupted run of \.copyguard-cache: \d+ files? already done/u);
    const already = Number(/(\d+) already fixed by the interrupted run/u.exec(resumed.stderr)?.[1] ?? 0);
    expect(already).toBeGreaterThanOrEqual(killedAt);
    for (let index = 0; index < fileCount; index++) expect(readFileSync(join(folder, pathOf(index)), 'utf8')).toBe(fixed(index));
    expect(existsSync(join(folder, '.copyguard-cache'))).toBe(false);

    // A second run finds nothing to change.
    const again = await runCopyguard(['fix', '--write', '--format', 'json', '--jobs', '2', '.'], { cwd: folder });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).files.every((file: { messages: unknown[] }) => file.messages.length === 0)).toBe(true);
    for (let index = 0; index < fileCount; index++) expect(readFileSync(join(folder, pathOf(index)), 'utf8')).toBe(fixed(index));
  });
});
