/**
 * Files that cannot be processed: each becomes an `error` in the report with the contract's
 * code, the run goes on with the other files, and the exit code is 1.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { reportSchema } from '../../src/report/schema.js';
import { binary, damagedSentence, fixedSentence, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

/** A validator of the JSON report. */
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);

/**
 * Finds a way to run copyguard as the unprivileged user 65534 (nobody).
 * @returns the command prefix; `[]` when we are not root; undefined when no tool works, or the
 *   user cannot reach the checkout (a private folder on its path, as `mktemp -d` makes).
 */
function unprivilegedPrefix(): string[] | undefined {
  if (process.getuid?.() !== 0) return [];
  for (const prefix of [
    ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'],
    ['runuser', '-u', 'nobody', '--'],
  ]) {
    try {
      execFileSync(prefix[0] as string, [...prefix.slice(1), process.execPath, binary, '--version'], { stdio: 'ignore' });
      return prefix;
    } catch {
      // Not installed or not allowed here; try the next one.
    }
  }
  return undefined;
}

/** A named pipe that holds copyguard at one file of its run while a second process acts. */
interface Gate {
  /**
   * Waits for the keeper to end: it ends once copyguard has passed the gate as many times as
   * there are actions. If it is still waiting a few seconds after copyguard ended, it is
   * stopped and the exit code is null.
   */
  finished(): Promise<number | null>;
}

/**
 * Turns `name` into a gate, which makes a race between copyguard and another process
 * deterministic without sleeping. The gate is a chain of named pipes, one per action: copyguard
 * reads the file at `name` like any other, and its read blocks until the keeper (a small `sh`
 * process) opens the other end. The keeper's open returns only once copyguard is at the gate,
 * so the action (`rm docs/b.md`) runs at a known point of the run; then the keeper moves the
 * next pipe (after the last action, a plain file) to `name`, writes `Fine.` and closes, and
 * copyguard reads `Fine.` and goes on. The move happens while copyguard still waits for the
 * end of the file, so its next reading of `name` always finds the next pipe: the gate serves
 * the first and the second pass of a run in turn.
 * @param folder the folder of the run.
 * @param name the gate's path in it.
 * @param actions one shell command per reading of the gate ('' for none).
 * @returns the gate.
 */
async function openGate(folder: string, name: string, actions: readonly string[]): Promise<Gate> {
  const pipes = [name, ...actions.slice(1).map((_, index) => `.gate-${index + 1}`)];
  execFileSync('mkfifo', pipes, { cwd: folder });
  await writeFile(join(folder, '.gate-last'), 'Fine.\n');
  const script = actions
    .map((action, index) => `{ ${action === '' ? '' : `${action}; `}mv ${pipes[index + 1] ?? '.gate-last'} ${name}; printf 'Fine.\\n'; } > ${name}`)
    .join('\n');
  const keeper = spawn('sh', ['-e', '-c', script], { cwd: folder, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolvePromise) => keeper.on('exit', (code) => resolvePromise(code)));
  return {
    async finished() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolvePromise) => {
        timer = setTimeout(() => {
          // copyguard never came back to the gate: stop the keeper, or the test would hang.
          keeper.kill();
          resolvePromise(null);
        }, 5000);
      });
      const code = await Promise.race([exited, late]);
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * Whether named pipes can be made here (`mkfifo`; not on Windows).
 * @returns true when `mkfifo` works.
 */
function canMakePipes(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
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
      context.skip('cannot run copyguard as an unprivileged user here: neither setpriv nor runuser works, or the checkout is in a folder that user cannot enter');
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
      context.skip('needs root to drop privileges with setpriv or runuser, and a checkout the unprivileged user can enter');
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

describe('a path that vanishes mid-run (issue 8: never lose or damage copy)', () => {
  it('reports a file deleted after the walk and the glob listed it, and checks the others', async (context) => {
    if (!canMakePipes()) {
      context.skip('mkfifo is not available here');
      return;
    }
    await writeFiles(folder, { 'docs/a.md': damagedSentence, 'docs/b.md': damagedSentence, 'docs/c.md': damagedSentence, 'notes/x.md': damagedSentence, 'notes/y.md': damagedSentence });
    // The gate is named first, so copyguard reaches it after listing every file and before
    // reading any other; the keeper then deletes one walked file and one globbed file.
    const gate = await openGate(folder, 'gate.md', ['rm docs/b.md notes/y.md']);
    const result = await runCopyguard(['check', '--jobs', '1', '-f', 'json', 'gate.md', 'docs', 'notes/*.md'], { cwd: folder });
    expect(await gate.finished(), 'copyguard did not read the gate').toBe(0);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const summary = report.files.map((file: { path: string; messages: Array<{ ruleId: string }>; error?: unknown }) => [file.path, file.messages.map((message) => message.ruleId), file.error]);
    expect(summary).toEqual([
      ['gate.md', [], undefined],
      ['docs/a.md', ['no-replacement-cascade'], undefined],
      ['docs/b.md', [], { code: 'ENOENT', message: 'docs/b.md: no such file or directory' }],
      ['docs/c.md', ['no-replacement-cascade'], undefined],
      ['notes/x.md', ['no-replacement-cascade'], undefined],
      ['notes/y.md', [], { code: 'ENOENT', message: 'notes/y.md: no such file or directory' }],
    ]);
  });

  it('reports a file deleted while the walk checks the ignore files, after listing it', async (context) => {
    if (!canMakePipes()) {
      context.skip('mkfifo is not available here');
      return;
    }
    await writeFiles(folder, { 'docs/a.md': damagedSentence, 'docs/b.md': damagedSentence });
    // The walk lists `docs` first, then reads its ignore files to filter the list: the gate is
    // `docs/.gitignore`, so `b.md` goes after it was listed and before the walk resolves its
    // real path (which must not fail the run) or anything reads it.
    const gate = await openGate(join(folder, 'docs'), '.gitignore', ['rm b.md']);
    const result = await runCopyguard(['check', '--jobs', '1', '-f', 'json', 'docs'], { cwd: folder });
    expect(await gate.finished(), 'the walk did not read docs/.gitignore').toBe(0);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((file: { path: string; messages: unknown[]; error?: unknown }) => [file.path, file.messages.length, file.error])).toEqual([
      ['docs/a.md', 1, undefined],
      ['docs/b.md', 0, { code: 'ENOENT', message: 'docs/b.md: no such file or directory' }],
    ]);
  });

  it('leaves a file deleted between its reading and its rewrite deleted, and writes the others', async (context) => {
    if (!canMakePipes()) {
      context.skip('mkfifo is not available here');
      return;
    }
    const names = ['f00.md', 'f01.md', 'f02.md', 'f03.md', 'f04.md', 'f05.md', 'f06.md', 'f07.md', 'f09.md', 'f10.md'];
    await writeFiles(folder, Object.fromEntries(names.map((name) => [name, damagedSentence])));
    // `fix --write` reads every file twice: once to learn the forms, once to fix it. The gate
    // lets the first pass through and deletes `f00.md` in the second. It is file 9 and the run
    // takes files 8 at a time, several batches at once: while `f00.md`, read and fixed, waits
    // for its write, the next batch opens the gate. So the deletion falls between reading
    // `f00.md` and renaming the fixed text over it (its finding below proves it was read).
    const gate = await openGate(folder, 'f08-gate.md', ['', 'rm f00.md']);
    // Named one by one: a walk or a glob lists regular files only, never a named pipe.
    const paths = [...names.slice(0, 8), 'f08-gate.md', ...names.slice(8)];
    const result = await runCopyguard(['fix', '--write', '--jobs', '1', '-f', 'json', ...paths], { cwd: folder });
    expect(await gate.finished(), 'copyguard did not read the gate twice').toBe(0);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const [vanished, ...others] = report.files;
    expect(vanished.error).toEqual({ code: 'ENOENT', message: 'f00.md: no such file or directory' });
    expect(vanished.messages.map((message: { applied: boolean }) => message.applied), 'f00.md was deleted before the fix pass read it: move the gate').toEqual([false]);
    expect(others.map((file: { path: string; messages: Array<{ applied: boolean }> }) => [file.path, file.messages.map((message) => message.applied)])).toEqual([
      ...names.slice(1, 8).map((name) => [name, [true]]),
      ['f08-gate.md', []],
      ...names.slice(8).map((name) => [name, [true]]),
    ]);
    // Nothing is recreated, half-written or left behind (no temporary file, no journal).
    expect((await readdir(folder)).sort()).toEqual(['f08-gate.md', ...names.slice(1)].sort());
    for (const name of names.slice(1)) expect(await readFile(join(folder, name), 'utf8')).toBe(fixedSentence);
    expect(await readFile(join(folder, 'f08-gate.md'), 'utf8')).toBe('Fine.\n');
  });
});
