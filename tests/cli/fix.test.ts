/**
 * `copyguard fix` through the real binary: the dry-run diff, safe writing (idempotent, BOM,
 * CRLF, mode, backups, read-only files, symbolic links), standard input and exit codes.
 */
import { execFileSync } from 'node:child_process';
import { chmod, lstat, readFile, readlink, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { reportSchema } from '../../src/report/schema.js';
import { createTemporaryFolder, damagedSentence, doubledSentence, fixedSentence, readFixture, readText, removeFolder, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

/** A validator of the JSON report. */
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

describe('copyguard fix', () => {
  it('prints a unified diff by default, leaves the file alone and exits 1 for the errors in the input', async () => {
    await writeFiles(folder, { 'release.md': damagedSentence });
    const { code, stdout, stderr } = await runCopyguard(['fix', 'release.md'], { cwd: folder });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'diff --git a/release.md b/release.md',
        '--- a/release.md',
        '+++ b/release.md',
        '@@ -1,1 +1,1 @@',
        `-${damagedSentence.trimEnd()}`,
        `+${fixedSentence.trimEnd()}`,
        '',
      ].join('\n'),
    );
    expect(await readText(folder, 'release.md')).toBe(damagedSentence);
  });

  it('prints a diff that git apply accepts', async () => {
    await writeFiles(folder, { 'news/release.md': await readFixture('damaged-release.md') });
    execFileSync('git', ['init', '-q'], { cwd: folder });
    const { stdout } = await runCopyguard(['fix', '--dry-run', 'news'], { cwd: folder });
    await writeFiles(folder, { 'patch.diff': stdout });
    execFileSync('git', ['apply', 'patch.diff'], { cwd: folder });
    expect(await readText(folder, 'news/release.md')).toBe(await readFixture('damaged-release-fixed.md'));
  });

  it('edits files with --write, exits 0 when nothing remains, and is idempotent', async () => {
    await writeFiles(folder, { 'release.md': await readFixture('damaged-release.md'), 'clean.md': await readFixture('clean-release.md') });
    const cleanBefore = await stat(join(folder, 'clean.md'));
    const first = await runCopyguard(['fix', '--write', 'release.md', 'clean.md'], { cwd: folder });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('problems fixed');
    expect(await readText(folder, 'release.md')).toBe(await readFixture('damaged-release-fixed.md'));
    const second = await runCopyguard(['fix', '--write', 'release.md', 'clean.md'], { cwd: folder });
    expect(second).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readText(folder, 'release.md')).toBe(await readFixture('damaged-release-fixed.md'));
    // A file whose output equals its input is never touched.
    const cleanAfter = await stat(join(folder, 'clean.md'));
    expect(cleanAfter.mtimeMs).toBe(cleanBefore.mtimeMs);
    expect(cleanAfter.ino).toBe(cleanBefore.ino);
  });

  it('keeps the byte order mark and CRLF line ends', async () => {
    const input = Buffer.from(`\uFEFFFirst line.\r\n${damagedSentence.replace('\n', '\r\n')}See the the report.\r\n`, 'utf8');
    await writeFiles(folder, { 'crlf.md': input });
    const { code } = await runCopyguard(['fix', '--write', 'crlf.md'], { cwd: folder });
    expect(code).toBe(0);
    const bytes = await readFile(join(folder, 'crlf.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(`First line.\r\n${fixedSentence.replace('\n', '\r\n')}See the report.\r\n`);
  });

  it('reports positions after the byte order mark', async () => {
    await writeFiles(folder, { 'bom.md': Buffer.from(`\uFEFF${doubledSentence}`, 'utf8') });
    const { stdout } = await runCopyguard(['check', '-f', 'json', 'bom.md'], { cwd: folder });
    expect(JSON.parse(stdout).files[0].messages[0].start).toEqual({ line: 1, column: 5, offset: 4 });
  });

  it('keeps the file mode', async () => {
    await writeFiles(folder, { 'script.md': damagedSentence });
    await chmod(join(folder, 'script.md'), 0o640);
    await runCopyguard(['fix', '--write', 'script.md'], { cwd: folder });
    expect((await stat(join(folder, 'script.md'))).mode & 0o777).toBe(0o640);
    expect(await readText(folder, 'script.md')).toBe(fixedSentence);
  });

  it('keeps FILE.orig with --backup', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence });
    await runCopyguard(['fix', '--write', '--backup', 'a.md'], { cwd: folder });
    expect(await readText(folder, 'a.md')).toBe(fixedSentence);
    expect(await readText(folder, 'a.md.orig')).toBe(damagedSentence);
  });

  it('reports a read-only file as an error, leaves it intact and goes on with the others', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence, 'b.md': damagedSentence });
    await chmod(join(folder, 'a.md'), 0o444);
    const { code, stdout } = await runCopyguard(['fix', '--write', '-f', 'json', 'a.md', 'b.md'], { cwd: folder });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(validateReport(report)).toBe(true);
    expect(report.files[0].error).toEqual({ code: 'EACCES', message: 'a.md: cannot write a read-only file; left unchanged' });
    expect(report.files[0]).not.toHaveProperty('output');
    expect(report.files[1].output).toBe(fixedSentence);
    expect(await readText(folder, 'a.md')).toBe(damagedSentence);
    expect(await readText(folder, 'b.md')).toBe(fixedSentence);
  });

  it('writes the target of a symbolic link inside the tree and keeps the link', async () => {
    await writeFiles(folder, { 'real/a.md': damagedSentence });
    await symlink('real/a.md', join(folder, 'link.md'));
    const { code } = await runCopyguard(['fix', '--write', 'link.md'], { cwd: folder });
    expect(code).toBe(0);
    expect((await lstat(join(folder, 'link.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(folder, 'link.md'))).toBe('real/a.md');
    expect(await readText(folder, 'real/a.md')).toBe(fixedSentence);
  });

  it('never follows a symbolic link out of the tree unless --follow-symlinks', async () => {
    const outside = await createTemporaryFolder();
    try {
      await writeFiles(outside, { 'a.md': damagedSentence, 'dir/b.md': damagedSentence });
      await writeFiles(folder, { 'tree/own.md': doubledSentence });
      await symlink(join(outside, 'a.md'), join(folder, 'tree/link.md'));
      await symlink(join(outside, 'dir'), join(folder, 'tree/linked-dir'));
      const walked = await runCopyguard(['fix', '--write', '-f', 'json', 'tree'], { cwd: folder });
      expect(JSON.parse(walked.stdout).files.map((file: any) => file.path)).toEqual(['tree/own.md']);
      const named = await runCopyguard(['fix', '--write', 'tree/link.md'], { cwd: folder });
      expect(named.stderr).toContain('skipped tree/link.md: symbolic link out of the tree (use --follow-symlinks)');
      expect(await readText(outside, 'a.md')).toBe(damagedSentence);
      const followed = await runCopyguard(['fix', '--write', '--follow-symlinks', '-f', 'json', 'tree'], { cwd: folder });
      expect(JSON.parse(followed.stdout).files.map((file: any) => file.path)).toEqual(['tree/link.md', 'tree/linked-dir/b.md', 'tree/own.md']);
      expect(await readText(outside, 'a.md')).toBe(fixedSentence);
      expect(await readText(outside, 'dir/b.md')).toBe(fixedSentence);
    } finally {
      await removeFolder(outside);
    }
  });

  it('prints the fixed text for standard input with --write', async () => {
    const { code, stdout, stderr } = await runCopyguard(['fix', '--write', '-'], { cwd: folder, input: damagedSentence });
    expect(code).toBe(0);
    expect(stdout).toBe(fixedSentence);
    expect(stderr).toContain('problem');
  });

  it('prints the diff of standard input without --write', async () => {
    const { code, stdout } = await runCopyguard(['fix', '--stdin'], { cwd: folder, input: doubledSentence });
    expect(code).toBe(0);
    expect(stdout).toContain('-See the the report.\n+See the report.\n');
  });

  it('adds each file output to the JSON report', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence, 'b.md': 'Fine.\n' });
    const { stdout } = await runCopyguard(['fix', '-f', 'json', 'a.md', 'b.md'], { cwd: folder });
    const report = JSON.parse(stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.files.map((file: any) => file.output)).toEqual([fixedSentence, 'Fine.\n']);
    expect(report.files[0].messages[0].applied).toBe(true);
  });

  it('applies only the fixes of --fix-rule', async () => {
    await writeFiles(folder, { 'a.txt': damagedSentence + doubledSentence });
    const { code } = await runCopyguard(['fix', '--write', '--fix-rule', 'no-doubled-words', 'a.txt'], { cwd: folder });
    expect(await readText(folder, 'a.txt')).toBe(damagedSentence + 'See the report.\n');
    // The cascade is still in the written output.
    expect(code).toBe(1);
  });

  it('exits 1 with --write when an error remains in the written output', async () => {
    // A variant over the run has no fix, so it stays.
    const a = "Women's rights's rights's rights groups met. The fund for Women's rights's rights's rights opened.\n";
    const b = "Support for Women's rights's rightss rights's rights grew.\n";
    await writeFiles(folder, { 'a.md': a, 'b.md': b });
    const { code } = await runCopyguard(['fix', '--write', 'a.md', 'b.md'], { cwd: folder });
    expect(code).toBe(1);
    expect(await readText(folder, 'b.md')).toContain("Women's rights's");
  });

  it('leaves what control comments disable as written', async () => {
    await writeFiles(folder, { 'controls.md': await readFixture('controls-release.md') });
    await runCopyguard(['fix', '--write', 'controls.md'], { cwd: folder });
    const expected = (await readFixture('controls-release.md')).replace('check the the dates', 'check the dates');
    expect(await readText(folder, 'controls.md')).toBe(expected);
  });
});
