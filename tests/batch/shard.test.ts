/**
 * `--shard I/N`: parsing, the stable hash and the partition.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardKey, stableHash } from '../../src/batch/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('reads %j', (value, shard) => {
    expect(parseShard(value)).toEqual(shard);
  });

  it.each(['0/3', '4/3', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1.5/2'])('rejects %j', (value) => {
    expect(parseShard(value)).toBeUndefined();
  });
});

describe('stableHash', () => {
  it('is FNV-1a, the same in every run', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    expect(stableHash('news/2007-02-21.md')).toBe(stableHash('news/2007-02-21.md'));
  });
});

describe('inShard', () => {
  it('puts every file in exactly one shard, in shares of similar size', () => {
    const cwd = '/archive';
    const files = Array.from({ length: 3000 }, (_, index) => join(cwd, `section-${index % 17}`, `page-${index}.md`));
    const counts = [0, 0, 0, 0, 0];
    for (const file of files) {
      const shards = [1, 2, 3, 4, 5].filter((index) => inShard(file, cwd, { index, count: 5 }));
      expect(shards).toHaveLength(1);
      counts[(shards[0] as number) - 1]! += 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(450);
  });

  it('keys a file by its path relative to the working directory', () => {
    expect(shardKey('/work/docs/a.md', '/work')).toBe('docs/a.md');
    expect(inShard('/a/docs/x.md', '/a', { index: 1, count: 4 })).toBe(inShard('/b/docs/x.md', '/b', { index: 1, count: 4 }));
  });
});
