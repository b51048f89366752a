import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiff, toPatchPath } from '../../../src/report/formatters/diff.js';
import type { FileResult } from '../../../src/core/types.js';
import { context, createResults } from '../fixtures.js';

/** A temporary git repository for each test. */
let repository = '';

/**
 * Run git in the temporary repository.
 *
 * @param parameters The git arguments.
 * @param input Text for standard input.
 * @returns What git printed.
 */
function git(parameters: string[], input?: string): string {
  return execFileSync('git', parameters, {
    cwd: repository,
    input,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

/**
 * Write every source into the repository, commit it, and apply the formatter's patch with `git apply`.
 *
 * @param results File results with `source` and `output`.
 * @returns The patch that was applied.
 */
async function applyPatch(results: FileResult[]): Promise<string> {
  for (const result of results) {
    if (result.source !== undefined) {
      const path = join(repository, result.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, result.source);
    }
  }
  git(['add', '--all']);
  git(['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '-m', 'sources']);
  const patch = formatDiff(results, { ...context, cwd: repository, command: 'fix' });
  git(['apply', '--check', '-'], patch);
  git(['apply', '-'], patch);
  return patch;
}

beforeEach(async () => {
  repository = await mkdtemp(join(tmpdir(), 'copyguard-diff-'));
  git(['init', '--quiet']);
  // Keep bytes as they are: no line-ending conversion on checkout or apply.
  git(['config', 'core.autocrlf', 'false']);
});

afterEach(async () => {
  await rm(repository, { recursive: true, force: true });
});

describe('formatDiff', () => {
  it('prints a Git-style unified diff of every changed file', () => {
    expect(formatDiff(createResults('fix'), { ...context, command: 'fix' })).toBe(
      [
        'diff --git a/news/today.md b/news/today.md',
        '--- a/news/today.md',
        '+++ b/news/today.md',
        '@@ -1,2 +1,2 @@',
        "-Today’s 🎉 news: Women's rights's rightss rights campaign.",
        '+Today’s 🎉 news: women campaign.',
        ' We read the the report.',
        'diff --git a/notes/crlf.txt b/notes/crlf.txt',
        '--- a/notes/crlf.txt',
        '+++ b/notes/crlf.txt',
        '@@ -1,3 +1,3 @@',
        ' Line one\r',
        '-The the cat sat.\r',
        '+The cat sat.\r',
        ' Last line\r',
        'diff --git a/notes/no-newline.txt b/notes/no-newline.txt',
        '--- a/notes/no-newline.txt',
        '+++ b/notes/no-newline.txt',
        '@@ -1,2 +1,2 @@',
        ' First line',
        '-And the end end',
        '\\ No newline at end of file',
        '+And the end',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for check, failed files and unchanged files', () => {
    expect(formatDiff(createResults('check'), context)).toBe('');
    const unchanged = createResults('fix').slice(3);
    expect(formatDiff(unchanged, { ...context, command: 'fix' })).toBe('');
  });

  it('is accepted by `git apply`, including CRLF and a missing final newline', async () => {
    const results = createResults('fix');
    await applyPatch(results);
    for (const result of results) {
      if (result.source === undefined) {
        continue;
      }
      expect(await readFile(join(repository, result.path), 'utf8')).toBe(result.output);
    }
  });

  it('applies when a final newline is added or removed, and for a path with spaces and non-ASCII', async () => {
    const results: FileResult[] = [
      { path: 'adds newline.txt', source: 'one\ntwo two', output: 'one\ntwo\n', messages: [] },
      { path: 'drops-newline.txt', source: 'one one\r\ntwo\r\n', output: 'one\r\ntwo', messages: [] },
      { path: 'dossier/café’s notes.md', source: 'a\rb b\n', output: 'a\rb\n', messages: [] },
      { path: './dot/start.md', source: '\n\nx x\n\n\n\n\n\ny y\n', output: '\n\nx\n\n\n\n\n\ny\n', messages: [] },
    ];
    await applyPatch(results);
    for (const result of results) {
      expect(await readFile(join(repository, result.path), 'utf8')).toBe(result.output);
    }
  });
});

describe('toPatchPath', () => {
  it('makes paths relative with forward slashes', () => {
    expect(toPatchPath('./news/a.md', '/work')).toBe('news/a.md');
    expect(toPatchPath('news\\a.md', '/work')).toBe('news/a.md');
    expect(toPatchPath('/work/news/a.md', '/work')).toBe('news/a.md');
  });
});
