/**
 * `--shard i/n`: splits the files of a run into `n` parts by a stable hash of each file's path
 * relative to the working directory (with `/` separators), so the same file lands in the same
 * shard on every machine and in every run, whatever else the list holds.
 */
import { relative, sep } from 'node:path';

/** One shard of `n`. */
export interface Shard {
  /** 1-based index. */
  index: number;
  /** Number of shards. */
  count: number;
}

/**
 * Parses `i/n`.
 * @param value the value as typed.
 * @returns the shard, or undefined when it is not `i/n` with `1 ≤ i ≤ n`.
 */
export function parseShard(value: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(value);
  if (!match) return undefined;
  const index = Number.parseInt(match[1] ?? '', 10);
  const count = Number.parseInt(match[2] ?? '', 10);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * The 32-bit FNV-1a hash of a string's UTF-16 code units: small, fast and the same everywhere.
 * @param text the text.
 * @returns an unsigned 32-bit hash.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The key a file is sharded by: its path relative to the working directory, `/`-separated,
 * so `docs/a.md`, `./docs/a.md` and `/abs/cwd/docs/a.md` agree.
 * @param absolutePath the file.
 * @param cwd the working directory.
 * @returns the key.
 */
export function shardKey(absolutePath: string, cwd: string): string {
  return relative(cwd, absolutePath).split(sep).join('/');
}

/**
 * Whether a file belongs to a shard.
 * @param absolutePath the file.
 * @param cwd the working directory.
 * @param shard the shard.
 * @returns true when its key hashes to this shard.
 */
export function inShard(absolutePath: string, cwd: string, shard: Shard): boolean {
  return stableHash(shardKey(absolutePath, cwd)) % shard.count === shard.index - 1;
}
