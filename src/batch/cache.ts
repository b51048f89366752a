/**
 * The content cache of `--cache`: one file per source file (under `<cache folder>/files/`), of
 * two lines: an entry with the file's size, modification time, content hash and form
 * observations, then the result of its last run (the last line, when two runs appended one
 * each). The forms pass parses the first line only. The first pass writes the entry and the
 * second appends the result: appending costs a third of rewriting a file (which truncates it). An entry is trusted when size and time
 * match; when they differ, the content hash decides, so a file touched but not changed is not
 * processed again. A result is reused only under the same key: version, command, the file's
 * options and the dominant forms of the run, so a changed config or a changed corpus
 * invalidates it.
 *
 * An entry cut short by a kill is not JSON and reads as a miss, as does any unreadable entry.
 * Entries are small and each worker handles one file at a time, so the calls are synchronous.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PackedObservation, SerializedForms } from './observations.js';
import type { PackedMessage } from './plain-messages.js';

/** Version of the entry layout; a new layout makes old entries misses. */
const layoutVersion = 3;

/** The cached result of one file under one key. */
export interface CachedResult {
  /** The result key (see `resultKey`). */
  key: string;
  /** Findings, as plain objects. */
  messages: PackedMessage[];
  /** Notes on the file (unknown rules in control comments). */
  warnings?: string[];
  /** Whether the file has a BOM. */
  bom: boolean;
  /** The fixed text when it differs from the file (`fix` only). */
  output?: string;
  /** Findings left in the output (`fix --write` only, once computed). */
  remaining?: PackedMessage[];
}

/** One file's entry. */
export interface CacheEntry {
  /** Layout version. */
  layout: number;
  /** Absolute path of the file. */
  path: string;
  /** Size in bytes when the entry was written. */
  size: number;
  /** Modification time in milliseconds when the entry was written. */
  mtimeMs: number;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  /** Form observations, under a key of version and format. */
  observe?: { key: string; observations: PackedObservation[] };
}

/** The stored result of a file, on the second line of its entry. */
interface ResultLine {
  /** The content hash the result belongs to. */
  hash: string;
  /** The result. */
  result: CachedResult;
}

/**
 * Hashes bytes for the cache and the journal.
 * @param bytes the content.
 * @returns SHA-256, hex.
 */
export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * JSON with object keys sorted and maps and sets as sorted entries, so equal settings give
 * equal text whatever order they were written in.
 * @param value any JSON-like value.
 * @returns its canonical text.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(canonical(value));
}

/**
 * Builds the canonical form of a value for `stableStringify`.
 * @param value any value.
 * @returns a value whose JSON is canonical.
 */
function canonical(value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value].map(([key, item]) => [canonical(key), canonical(item)]).sort(compareJson) };
  if (value instanceof Set) return { $set: [...value].map(canonical).sort(compareJson) };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = canonical(item);
    }
    return sorted;
  }
  return value;
}

/**
 * Orders canonical values by their JSON.
 * @param left one value.
 * @param right another.
 * @returns negative, zero or positive.
 */
function compareJson(left: unknown, right: unknown): number {
  const a = JSON.stringify(left);
  const b = JSON.stringify(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The key of a file's observations: they depend on the code and the format only.
 * @param version copyguard's version.
 * @param format the file's format.
 * @returns the key.
 */
export function observeKey(version: string, format: string): string {
  return hashBytes(stableStringify([layoutVersion, version, format]));
}

/**
 * The key of a file's result.
 * @param version copyguard's version.
 * @param command `check` or `fix`.
 * @param options the file's options (rules, restorations, format, fix rules, glossary).
 * @param formsDigest the digest of the run's dominant forms.
 * @returns the key.
 */
export function resultKey(version: string, command: string, options: unknown, formsDigest: string): string {
  return hashBytes(stableStringify([layoutVersion, version, command, options, formsDigest]));
}

/**
 * Where a file's entry lives.
 * @param folder the cache folder.
 * @param absolutePath the file.
 * @returns the path of its entry.
 */
export function entryPath(folder: string, absolutePath: string): string {
  const digest = hashBytes(absolutePath).slice(0, 32);
  return join(folder, 'files', digest.slice(0, 2), `${digest.slice(2)}.json`);
}

/** An entry as read, with its result when asked for. */
export interface StoredEntry {
  /** The entry. */
  entry: CacheEntry;
  /** The result, for the entry's hash, when asked for and present. */
  result: CachedResult | undefined;
  /** The entry's line as stored. */
  line: string;
  /** Whether a result line follows it (read only when asked for the result). */
  hasResult: boolean;
}

/**
 * Reads a file's entry, and its result when asked.
 * @param folder the cache folder.
 * @param absolutePath the file.
 * @param withResult whether to parse the result line too.
 * @returns the entry, or undefined when there is none or it is unreadable or of another layout.
 */
export function readEntry(folder: string, absolutePath: string, withResult = false): StoredEntry | undefined {
  let text: string;
  try {
    text = withResult ? readFileSync(entryPath(folder, absolutePath), 'utf8') : readFirstLine(entryPath(folder, absolutePath));
  } catch {
    return undefined;
  }
  const lineEnd = text.indexOf('\n');
  const first = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const entry = parseJson(first) as CacheEntry | undefined;
  if (entry?.layout !== layoutVersion || entry.path !== absolutePath) return undefined;
  if (!withResult || lineEnd < 0) return { entry, result: undefined, line: first, hasResult: false };
  // The last line holds the result: two runs at once may each have appended one.
  const line = parseJson(text.slice(text.lastIndexOf('\n') + 1)) as ResultLine | undefined;
  return { entry, result: line?.hash === entry.hash ? line.result : undefined, line: first, hasResult: true };
}

/**
 * Reads a file up to its first line break (the forms pass needs no result).
 * @param file the file.
 * @returns the first line (the whole file when it has one line).
 * @throws Error when the file cannot be read.
 */
function readFirstLine(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    let buffer = Buffer.allocUnsafe(4096);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const read = readSync(descriptor, buffer, length, buffer.length - length, length);
      const lineEnd = buffer.subarray(length, length + read).indexOf(10);
      if (lineEnd >= 0) return buffer.toString('utf8', 0, length + lineEnd);
      length += read;
      if (read === 0) return buffer.toString('utf8', 0, length);
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Parses JSON.
 * @param text the text.
 * @returns its value, or undefined when it is not JSON (a write cut short).
 */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Folders already created by this thread. */
const createdFolders = new Set<string>();

/**
 * Writes a file's entry and result. A failure (read-only cache folder, full disk) only costs
 * the cache, never the run.
 * @param folder the cache folder.
 * @param entry the entry.
 * @param result the result for the entry's hash, if any.
 * @param stored the entry as this run read it, if any: when it is the same entry with no
 *   result yet, the result is appended instead of the file rewritten.
 */
export function writeEntry(folder: string, entry: Omit<CacheEntry, 'layout'>, result?: CachedResult, stored?: StoredEntry): void {
  const first = JSON.stringify({ layout: layoutVersion, ...entry });
  const line: ResultLine | undefined = result ? { hash: entry.hash, result } : undefined;
  if (line && stored && !stored.hasResult && stored.line === first) {
    // The first pass wrote the entry: adding the result costs a third of rewriting the file.
    appendText(entryPath(folder, entry.path), `\n${JSON.stringify(line)}`);
    return;
  }
  writeText(entryPath(folder, entry.path), line ? `${first}\n${JSON.stringify(line)}` : first);
}

/**
 * Appends text to a file; failures are ignored (the entry then reads as it was, or as a miss).
 * @param target the file.
 * @param text the text.
 */
function appendText(target: string, text: string): void {
  try {
    appendFileSync(target, text);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/**
 * Writes text over a file; failures are ignored.
 *
 * The file is overwritten in place, not renamed over: a rename costs ten times as much, and a
 * write cut short by a kill leaves text that is not JSON, which reads as a miss.
 * @param target the file.
 * @param text the text.
 */
function writeText(target: string, text: string): void {
  try {
    const parent = dirname(target);
    if (!createdFolders.has(parent)) {
      mkdirSync(parent, { recursive: true });
      createdFolders.add(parent);
    }
    writeFileSync(target, text);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/**
 * The size and modification time of a file, to compare with its entry.
 * @param absolutePath the file.
 * @returns them, or undefined when the file cannot be stat'ed (reading will report why).
 */
export function statFile(absolutePath: string): { size: number; mtimeMs: number } | undefined {
  try {
    const stats = statSync(absolutePath);
    return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** How long after a pruning the next run prunes again, ms (a day). */
const pruneInterval = 24 * 60 * 60 * 1000;

/**
 * Removes the entries of files that are no longer there, at most once a day (a warm run over
 * an unchanged archive then pays for no more than the stamp's `stat`). Only entries of files
 * not in this run are looked at: a file of the run is there, or its entry is a miss anyway.
 * @param folder the cache folder.
 * @param present absolute paths of the run's files.
 * @param now the time, ms (for tests).
 * @returns how many entries were removed.
 */
export function pruneCache(folder: string, present: Iterable<string>, now = Date.now()): number {
  const stamp = join(folder, 'pruned');
  try {
    if (now - statSync(stamp).mtimeMs < pruneInterval) return 0;
  } catch {
    // Never pruned.
  }
  const kept = new Set<string>();
  for (const path of present) kept.add(entryPath(folder, path));
  let removed = 0;
  const files = join(folder, 'files');
  let shards: string[] = [];
  try {
    shards = readdirSync(files);
  } catch {
    // No entries yet.
  }
  for (const shard of shards) {
    let names: string[] = [];
    try {
      names = readdirSync(join(files, shard));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(files, shard, name);
      if (kept.has(file)) continue;
      let path: string | undefined;
      try {
        path = (parseJson(readFirstLine(file)) as Partial<CacheEntry> | undefined)?.path;
      } catch {
        // Unreadable: removed below.
      }
      if (path !== undefined && statFile(path) !== undefined) continue;
      try {
        unlinkSync(file);
        removed += 1;
      } catch {
        // Gone already.
      }
    }
  }
  writeText(stamp, new Date(now).toISOString());
  return removed;
}

/** The first pass of a run, as the next run over the same files can reuse it. */
export interface RunRecord {
  /** The forms learned (null: each file had its own). */
  forms: SerializedForms | null;
  /** Bytes of the readable files. */
  bytes: number;
  /** How many files were readable. */
  readable: number;
}

/** Run records kept; older ones are removed when a new one is written. */
const keptRunRecords = 8;

/**
 * The key of a run's first pass: copyguard's version and, for each file in run order, its path,
 * size, modification time and format. A run over the same files, none touched, learns the
 * same forms (each file's observations are trusted on size and time too), so it skips the pass.
 * @param version copyguard's version.
 * @param files the files: absolute path, size, time and format.
 * @returns the key.
 */
export function runRecordKey(version: string, files: Iterable<{ absolutePath: string; size: number; mtimeMs: number; format: string }>): string {
  const hash = createHash('sha256').update(`${layoutVersion}\u0000${version}\n`);
  for (const file of files) hash.update(`${file.absolutePath}\u0000${file.size}\u0000${file.mtimeMs}\u0000${file.format}\n`);
  return hash.digest('hex');
}

/**
 * Reads the record of a run's first pass.
 * @param folder the cache folder.
 * @param key the run's key (`runRecordKey`).
 * @returns the record, or undefined when there is none or it is unreadable.
 */
export function readRunRecord(folder: string, key: string): RunRecord | undefined {
  let text: string;
  try {
    text = readFileSync(join(folder, 'runs', `${key}.json`), 'utf8');
  } catch {
    return undefined;
  }
  const record = parseJson(text) as (RunRecord & { layout?: number }) | undefined;
  if (record?.layout !== layoutVersion || typeof record.bytes !== 'number' || typeof record.readable !== 'number' || record.forms === undefined) return undefined;
  return { forms: record.forms, bytes: record.bytes, readable: record.readable };
}

/**
 * Writes the record of a run's first pass and removes all but the newest few; failures only
 * cost the next run its shortcut. A record cut short by a kill is not JSON and reads as a miss.
 * @param folder the cache folder.
 * @param key the run's key.
 * @param record the record.
 */
export function writeRunRecord(folder: string, key: string, record: RunRecord): void {
  const runs = join(folder, 'runs');
  writeText(join(runs, `${key}.json`), JSON.stringify({ layout: layoutVersion, ...record }));
  try {
    // The record just written stays, whatever the clock says of the others.
    const others = readdirSync(runs).filter((name) => name.endsWith('.json') && name !== `${key}.json`);
    if (others.length < keptRunRecords) return;
    const byAge = others.map((name) => ({ name, time: statSync(join(runs, name)).mtimeMs })).sort((left, right) => right.time - left.time);
    for (const { name } of byAge.slice(keptRunRecords - 1)) unlinkSync(join(runs, name));
  } catch {
    // Another run pruned them first.
  }
}
