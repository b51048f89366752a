import { describe, expect, it } from 'vitest';
import { TaskList } from '../../src/batch/task-list.js';

describe('TaskList', () => {
  const files = [
    { path: 'archive/a.md', absolutePath: '/work/site/archive/a.md', optionsIndex: 0 },
    { path: '../other/b.txt', absolutePath: '/work/other/b.txt', optionsIndex: 2 },
    // Not the reported path resolved: kept as given.
    { path: 'c.txt', absolutePath: '/elsewhere/c.txt', optionsIndex: 1 },
  ];
  const list = new TaskList(files.length, '/work/site', (index) => files[index] as (typeof files)[0]);

  it('gives back every file as found, in order', () => {
    expect(list.length).toBe(3);
    expect(list.slice(0, 10)).toEqual(files);
    expect(list.slice(1, 2)).toEqual([files[1]]);
    expect(files.map((file, index) => [list.pathAt(index), list.absolutePathAt(index), list.optionsIndexAt(index)])).toEqual(files.map((file) => [file.path, file.absolutePath, file.optionsIndex]));
  });

  it('adds the size and time, and a journaled hash, to the tasks of the files that have them', () => {
    const withStats = new TaskList(files.length, '/work/site', (index) => files[index] as (typeof files)[0]);
    withStats.setStat(1, { size: 12, mtimeMs: 1700000000123.25 });
    withStats.setStat(2, { size: 0, mtimeMs: 0 });
    withStats.setJournaledHash(0, 'abc');
    expect(withStats.taskAt(0)).toEqual({ ...files[0], journaledHash: 'abc' });
    expect(withStats.taskAt(1)).toEqual({ ...files[1], stat: { size: 12, mtimeMs: 1700000000123.25 } });
    expect(withStats.taskAt(2)).toEqual({ ...files[2], stat: { size: 0, mtimeMs: 0 } });
  });
});
