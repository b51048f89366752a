/**
 * Expanding command-line paths: directories, globs, ignore files, duplicates and links.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { comparePaths, expandPaths, isInside } from '../../src/batch/walk.js';

let folder: string;

/**
 * Writes files under the test folder.
 * @param files relative path → content.
 */
async function writeFiles(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
}

/**
 * Expands paths from the test folder and returns the reported paths.
 * @param paths the paths.
 * @param followSymlinks whether to follow links out of the tree.
 * @returns the reported paths.
 */
async function expand(paths: string[], followSymlinks = false): Promise<string[]> {
  return (await expandPaths(paths, { cwd: folder, followSymlinks })).entries.map((entry) => entry.path);
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'copyguard-walk-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('expandPaths', () => {
  it('walks a directory for the default extensions, sorted, any letter case', async () => {
    await writeFiles({ 'd/b.md': '', 'd/a.TXT': '', 'd/c.htm': '', 'd/e.mdx': '', 'd/f.json': '', 'd/g.markdown': '', 'd/h.html': '' });
    expect(await expand(['d'])).toEqual(['d/a.TXT', 'd/b.md', 'd/c.htm', 'd/e.mdx', 'd/g.markdown', 'd/h.html']);
  });

  it('respects .gitignore files from the repository root down, with negation', async () => {
    await writeFiles({
      '.git/HEAD': '',
      '.gitignore': 'drafts/\n*.txt\n',
      'site/.gitignore': '!keep.txt\n',
      'site/a.md': '',
      'site/keep.txt': '',
      'site/skip.txt': '',
      'site/drafts/x.md': '',
    });
    expect(await expand(['site'])).toEqual(['site/a.md', 'site/keep.txt']);
  });

  it('reads .copyguardignore like .gitignore', async () => {
    await writeFiles({ '.copyguardignore': 'legal/**\n', 'legal/terms.md': '', 'news.md': '' });
    expect(await expand(['.'])).toEqual(['news.md']);
  });

  it('applies .copyguardignore but not .gitignore to named files', async () => {
    await writeFiles({ '.git/HEAD': '', '.gitignore': 'built.md\n', 'docs/.copyguardignore': 'legal.md\n', 'built.md': '', 'docs/legal.md': '', 'docs/a.md': '' });
    expect(await expand(['built.md', 'docs/legal.md', 'docs/a.md'])).toEqual(['built.md', 'docs/a.md']);
  });

  it('keeps named files as given, even with other extensions, once each', async () => {
    await writeFiles({ 'notes.rst': '', 'a.md': '' });
    expect(await expand(['notes.rst', 'a.md', 'notes.rst', './a.md'])).toEqual(['notes.rst', 'a.md']);
    const expansion = await expandPaths(['missing.md'], { cwd: folder, followSymlinks: false });
    expect(expansion.entries).toEqual([{ path: 'missing.md', absolutePath: join(folder, 'missing.md'), explicit: true }]);
  });

  it('expands globs and lists those that match nothing', async () => {
    await writeFiles({ 'a/x.md': '', 'b/y.md': '', 'b/z.txt': '' });
    const expansion = await expandPaths(['*/*.md', 'none/*.md'], { cwd: folder, followSymlinks: false });
    expect(expansion.entries.map((entry) => entry.path)).toEqual(['a/x.md', 'b/y.md']);
    expect(expansion.unmatched).toEqual(['none/*.md']);
  });

  it('skips a named link out of the tree unless asked to follow it', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'copyguard-outside-'));
    try {
      await writeFile(join(outside, 'o.md'), '');
      await symlink(join(outside, 'o.md'), join(folder, 'link.md'));
      const skipped = await expandPaths(['link.md'], { cwd: folder, followSymlinks: false });
      expect(skipped).toEqual({ entries: [], unmatched: [], skippedLinks: ['link.md'] });
      expect(await expand(['link.md'], true)).toEqual(['link.md']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('helpers', () => {
  it('compares paths by code units', () => {
    expect(['b', 'B', 'a', 'a'].sort(comparePaths)).toEqual(['B', 'a', 'a', 'b']);
  });

  it('tells whether a path is inside a folder', () => {
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a', '/a/b')).toBe(false);
  });
});
