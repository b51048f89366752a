/**
 * Files that cannot be processed: each becomes an `error` in the report with the contract's
 * code, the run goes on with the other files, and the exit code is 1.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportSchema } from '../../src/report/schema.js';
import { createTemporaryFolder, damagedSentence, removeFolder, runCopyguard, spawnTestTimeout, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

/** A validator of the JSON report. */
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);

/**
 * Finds a way to run a command as the unprivileged user 65534 (nobody).
 * @returns the command prefix, or undefined when we are not root or no tool is available.
 */
function unprivilegedPrefix(): string[] | undefined {
  if (process.getuid?.() !== 0) return [];
  for (const prefix of [
    ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'],
    ['runuser', '-u', 'nobody', '--'],
  ]) {
    try {
      execFileSync(prefix[0] as string, [...prefix.slice(1), 'true'], { stdio: 'ignore' });
      return prefix;
    } catch {
      // Not installed or not allowed here; try the next one.
    }
  }
  return undefined;
}

let folder: string;

beforeEach(async () => {
  folder = await createTemporaryFolder();
});

afterEach(async () => {
  await removeFolder(folder);
});

describe('files that cannot be processed', () => {
  it.each([
    ['a binary file with a NUL byte', 'logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'EBINARY', 'logo.md: binary file (NUL byte at offset 4)'],
    ['invalid UTF-8', 'latin1.md', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]), 'EENCODING', 'latin1.md: not valid UTF-8 (invalid byte sequence at offset 3)'],
    // A UTF-16 file has NUL bytes, but its byte order mark says it is text in another
    // encoding, so the message asks for a conversion instead of calling it binary.
    ['UTF-16 with a BOM', 'utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('See the the report.\n', 'utf16le')]), 'EENCODING', 'utf16.md: not UTF-8 (starts with a UTF-16LE byte order mark); convert the file to UTF-8'],
    ['UTF-16 big-endian with a BOM', 'utf16be.md', Buffer.from([0xfe, 0xff, 0x00, 0x41]), 'EENCODING', 'utf16be.md: not UTF-8 (starts with a UTF-16BE byte order mark); convert the file to UTF-8'],
    ['a file over the size limit', 'big.md', Buffer.from('a'.repeat(2048)), 'ETOOLARGE', 'big.md: file too large (2048 bytes; the limit is 1024, see --max-file-size)'],
  ])('reports %s', async (_name, path, content, code, message) => {
    await writeFiles(folder, { [path]: content, 'good.md': damagedSentence });
    const result = await runCopyguard(['check', '--max-file-size', '1k', '-f', 'json', path, 'good.md'], { cwd: folder });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.files[0]).toEqual({ path, messages: [], error: { code, message } });
    expect(report.files[1].messages[0].ruleId).toBe('no-replacement-cascade');
  });

  it('reads an empty file as clean', async () => {
    await writeFiles(folder, { 'empty.md': '' });
    const result = await runCopyguard(['check', '-f', 'json', 'empty.md'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, files: [{ path: 'empty.md', messages: [] }] });
  });

  it('reports a missing file and a folder named as a file', async () => {
    await mkdir(join(folder, 'folder.md'));
    await writeFiles(folder, { 'folder.md/inside.txt': 'Fine.\n' });
    const result = await runCopyguard(['check', '-f', 'json', 'missing.md', 'a.md/x.md'], { cwd: folder });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual([
      { path: 'missing.md', messages: [], error: { code: 'ENOENT', message: 'missing.md: no such file or directory' } },
      { path: 'a.md/x.md', messages: [], error: { code: 'ENOENT', message: 'a.md/x.md: no such file or directory' } },
    ]);
  });

  it('survives a symbolic link loop named on the command line and in a walked folder (issue: never lose or damage copy)', async () => {
    await mkdir(join(folder, 'tree'));
    await symlink('loop-b.md', join(folder, 'loop-a.md'));
    await symlink('loop-a.md', join(folder, 'loop-b.md'));
    await symlink('..', join(folder, 'tree', 'up'));
    await writeFiles(folder, { 'tree/good.md': damagedSentence });
    const result = await runCopyguard(['check', '-f', 'json', 'loop-a.md', 'tree'], { cwd: folder });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const loop = report.files.find((file: { path: string }) => file.path === 'loop-a.md');
    // Named loops fail with a clear error (or are skipped as links out of the tree); the walk
    // never follows `tree/up` back into itself, and the real file is still checked.
    if (loop) expect(loop.error.message).toContain('loop-a.md');
    else expect(result.stderr).toContain('loop-a.md');
    expect(report.files.some((file: { path: string; messages: unknown[] }) => file.path.endsWith('good.md') && file.messages.length === 1)).toBe(true);
  });

  it('walks a folder whose name looks like a file', async () => {
    await writeFiles(folder, { 'folder.md/inside.txt': 'Fine.\n' });
    const result = await runCopyguard(['check', '-f', 'json', 'folder.md'], { cwd: folder });
    expect(JSON.parse(result.stdout).files.map((file: any) => file.path)).toEqual(['folder.md/inside.txt']);
  });

  it('reports a folder given as standard input name as plain text input', async () => {
    const result = await runCopyguard(['check', '--stdin', '--stdin-filepath', 'x.md', '-f', 'json'], { cwd: folder, input: Buffer.from([0, 1, 2]) });
    expect(JSON.parse(result.stdout).files[0].error).toEqual({ code: 'EBINARY', message: 'x.md: binary file (NUL byte at offset 0)' });
    expect(result.code).toBe(1);
  });

  it('reports a standard input over the size limit', async () => {
    const result = await runCopyguard(['check', '-', '--max-file-size', '10', '-f', 'json'], { cwd: folder, input: 'a'.repeat(100) });
    expect(JSON.parse(result.stdout).files[0].error.code).toBe('ETOOLARGE');
  });

  it('reports an unreadable file as EACCES (run as an unprivileged user)', async (context) => {
    const prefix = unprivilegedPrefix();
    if (prefix === undefined) {
      context.skip('cannot drop privileges here: neither setpriv nor runuser works');
      return;
    }
    await writeFiles(folder, { 'secret.md': damagedSentence, 'open.md': 'Fine.\n' });
    await chmod(join(folder, 'secret.md'), 0o000);
    const result = await runCopyguard(['check', '-f', 'json', 'secret.md', 'open.md'], { cwd: folder, prefix });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files).toEqual([
      { path: 'secret.md', messages: [], error: { code: 'EACCES', message: 'secret.md: permission denied' } },
      { path: 'open.md', messages: [] },
    ]);
  });

  it('reports a file it cannot write as an error and leaves it intact (run as an unprivileged user)', async (context) => {
    const prefix = unprivilegedPrefix();
    if (prefix === undefined || prefix.length === 0) {
      context.skip('needs root to drop privileges with setpriv or runuser');
      return;
    }
    // The folder belongs to root, so user 65534 can read the file but not create the temporary file.
    await writeFiles(folder, { 'a.md': damagedSentence });
    await chmod(join(folder, 'a.md'), 0o666);
    const result = await runCopyguard(['fix', '--write', '-f', 'json', 'a.md'], { cwd: folder, prefix });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.files[0].error.code).toBe('EACCES');
    expect(report.files[0].error.message).toBe('a.md: cannot write (EACCES: permission denied); left unchanged');
    const { readFile, readdir } = await import('node:fs/promises');
    expect(await readFile(join(folder, 'a.md'), 'utf8')).toBe(damagedSentence);
    expect(await readdir(folder)).toEqual(['a.md']);
  });
});
