/**
 * Safe writing: temporary file and rename, mode and BOM kept, backups, read-only files, and a
 * failure (a full disk) that leaves the original intact and no temporary file behind.
 */
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSystemOperations, writeFileSafely } from '../../src/batch/write.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'copyguard-write-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileSafely', () => {
  it('replaces the file, keeping its mode and putting the BOM back', async () => {
    const file = join(folder, 'a.md');
    await writeFile(file, '\uFEFFold\r\n');
    await chmod(file, 0o604);
    expect(await writeFileSafely(file, 'a.md', 'new\r\n', { bom: true, backup: false })).toBeUndefined();
    expect([...(await readFile(file))]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('new\r\n')]);
    expect((await stat(file)).mode & 0o777).toBe(0o604);
    expect(await readdir(folder)).toEqual(['a.md']);
  });

  it('keeps a backup as FILE.orig', async () => {
    const file = join(folder, 'a.md');
    await writeFile(file, 'old');
    await writeFileSafely(file, 'a.md', 'new', { bom: false, backup: true });
    expect(await readFile(`${file}.orig`, 'utf8')).toBe('old');
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('refuses a read-only file', async () => {
    const file = join(folder, 'a.md');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    expect(await writeFileSafely(file, 'a.md', 'new', { bom: false, backup: false })).toEqual({
      code: 'EACCES',
      message: 'a.md: cannot write a read-only file; left unchanged',
    });
    expect(await readFile(file, 'utf8')).toBe('old');
  });

  it('reports a full disk, leaves the original intact and removes the temporary file', async () => {
    const file = join(folder, 'a.md');
    await writeFile(file, 'old');
    const full = {
      ...fileSystemOperations,
      writeFile: async (path: string, data: Uint8Array, options: { flag: string; mode: number }) => {
        // Half the data reaches the disk before it is full.
        await fileSystemOperations.writeFile(path, data.subarray(0, 1), options);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    expect(await writeFileSafely(file, 'a.md', 'new text', { bom: false, backup: false }, full)).toEqual({
      code: 'EACCES',
      message: 'a.md: cannot write (ENOSPC: no space left on device); left unchanged',
    });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.md']);
  });

  it('reports a failed rename and cleans up', async () => {
    const file = join(folder, 'a.md');
    await writeFile(file, 'old');
    const failing = {
      ...fileSystemOperations,
      rename: async () => {
        throw Object.assign(new Error("EXDEV: cross-device link not permitted, rename 'a' -> 'b'"), { code: 'EXDEV' });
      },
    };
    const failure = await writeFileSafely(file, 'a.md', 'new', { bom: false, backup: false }, failing);
    expect(failure?.message).toBe('a.md: cannot write (EXDEV: cross-device link not permitted); left unchanged');
    expect(await readdir(folder)).toEqual(['a.md']);
  });

  it('reports a file that vanished', async () => {
    expect(await writeFileSafely(join(folder, 'gone.md'), 'gone.md', 'x', { bom: false, backup: false })).toEqual({
      code: 'ENOENT',
      message: 'gone.md: no such file or directory',
    });
  });

  /**
   * Writes `new` over a file `old`, with another program acting on the file while the fixed
   * text is being written.
   * @param meanwhile what the other program does to the file.
   * @returns the file and the write's error.
   */
  async function writeWhile(meanwhile: (file: string) => Promise<void>): Promise<{ file: string; error: Awaited<ReturnType<typeof writeFileSafely>> }> {
    const file = join(folder, 'a.md');
    await writeFile(file, 'old');
    const readAt = await stat(file);
    const operations = {
      ...fileSystemOperations,
      writeFile: async (path: string, data: Uint8Array, options: { flag: string; mode: number }) => {
        await meanwhile(file);
        await fileSystemOperations.writeFile(path, data, options);
      },
    };
    const error = await writeFileSafely(file, 'a.md', 'new', { bom: false, backup: false, unchangedSince: { size: readAt.size, mtimeMs: readAt.mtimeMs } }, operations);
    return { file, error };
  }

  it('leaves a file edited by another program since it was read', async () => {
    const { file, error } = await writeWhile((file) => writeFile(file, 'edited by a person'));
    expect(error).toEqual({ code: 'EACCES', message: 'a.md: changed since it was read; left unchanged' });
    expect(await readFile(file, 'utf8')).toBe('edited by a person');
    expect(await readdir(folder)).toEqual(['a.md']);
  });

  it('does not make again a file deleted since it was read', async () => {
    const { error } = await writeWhile((file) => rm(file));
    expect(error?.code).toBe('ENOENT');
    expect(await readdir(folder)).toEqual([]);
  });
});
