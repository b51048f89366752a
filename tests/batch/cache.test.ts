/**
 * The content cache and the journal: canonical keys, entries that survive or fail safely, and
 * journals that resume only the same run.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryPath, hashBytes, observeKey, readEntry, readRunRecord, resultKey, runRecordKey, stableStringify, writeEntry, writeRunRecord } from '../../src/batch/cache.js';
import { appendJournal, findJournal, finishJournal, runKeyOf, startJournal } from '../../src/batch/journal.js';
import { learnFromPacked, serializeForms } from '../../src/batch/observations.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'copyguard-cache-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('stableStringify', () => {
  it('gives equal text for equal settings written in another order', () => {
    const left = { rules: { b: 'off', a: ['warning', { x: 1, y: [2, 3] }] }, names: new Map([['z', 1], ['a', 2]]), tags: new Set(['q', 'p']) };
    const right = { tags: new Set(['p', 'q']), names: new Map([['a', 2], ['z', 1]]), rules: { a: ['warning', { y: [2, 3], x: 1 }], b: 'off' } };
    expect(stableStringify(left)).toBe(stableStringify(right));
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('keys results by version, command, options and forms', () => {
    const key = resultKey('1.0.0', 'check', { format: 'text' }, 'per-file');
    expect(resultKey('1.0.0', 'check', { format: 'text' }, 'per-file')).toBe(key);
    expect(resultKey('1.0.1', 'check', { format: 'text' }, 'per-file')).not.toBe(key);
    expect(resultKey('1.0.0', 'fix', { format: 'text' }, 'per-file')).not.toBe(key);
    expect(resultKey('1.0.0', 'check', { format: 'markdown' }, 'per-file')).not.toBe(key);
    expect(resultKey('1.0.0', 'check', { format: 'text' }, 'abc')).not.toBe(key);
    expect(observeKey('1.0.0', 'text')).not.toBe(observeKey('1.0.0', 'html'));
  });
});

describe('cache entries', () => {
  it('round-trip, and an entry of another file, a bad entry or none is a miss', async () => {
    const file = join(folder, 'a.md');
    expect(readEntry(folder, file)).toBeUndefined();
    const entry = { path: file, size: 3, mtimeMs: 1.5, hash: hashBytes('abc'), observe: { key: 'k', observations: [['l', ['s'], 2]] as [string, string[], number][] } };
    writeEntry(folder, entry, { key: 'r', messages: [[0, 'x']], bom: false });
    expect(readEntry(folder, file)).toMatchObject({ entry: { layout: 3, ...entry }, result: undefined });
    expect(readEntry(folder, file, true)?.result).toEqual({ key: 'r', messages: [[0, 'x']], bom: false });
    // A result line cut short by a kill is a miss of the result only.
    const text = await readFile(entryPath(folder, file), 'utf8');
    await writeFile(entryPath(folder, file), text.slice(0, -5));
    expect(readEntry(folder, file, true)).toMatchObject({ entry: { layout: 3, ...entry }, result: undefined });
    await writeFile(entryPath(folder, file), '{"layout": 3, "path": "');
    expect(readEntry(folder, file)).toBeUndefined();
    await writeFile(entryPath(folder, file), JSON.stringify({ layout: 3, path: join(folder, 'b.md') }));
    expect(readEntry(folder, file)).toBeUndefined();
    // An entry of an older layout (packed observations without exact counts) is a miss.
    await writeFile(entryPath(folder, file), text.replace('"layout":3', '"layout":2'));
    expect(text).toContain('"layout":3');
    expect(readEntry(folder, file)).toBeUndefined();
  });

  it('appends the result to an entry the first pass wrote, and reads the last result line', async () => {
    const file = join(folder, 'c.md');
    const entry = { path: file, size: 3, mtimeMs: 2.5, hash: hashBytes('xyz') };
    writeEntry(folder, entry);
    const first = await readFile(entryPath(folder, file), 'utf8');
    const stored = readEntry(folder, file, true);
    expect(stored).toMatchObject({ line: first, hasResult: false, result: undefined });
    writeEntry(folder, entry, { key: 'r1', messages: [], bom: false }, stored);
    expect(await readFile(entryPath(folder, file), 'utf8')).toBe(`${first}\n${JSON.stringify({ hash: entry.hash, result: { key: 'r1', messages: [], bom: false } })}`);
    // A second run at the same time appended its own: the last line is read.
    writeEntry(folder, entry, { key: 'r2', messages: [], bom: true }, stored);
    expect(readEntry(folder, file, true)?.result).toEqual({ key: 'r2', messages: [], bom: true });
    // With a result there already, or another entry line, the file is written whole.
    const withResult = readEntry(folder, file, true);
    writeEntry(folder, entry, { key: 'r3', messages: [], bom: false }, withResult);
    expect((await readFile(entryPath(folder, file), 'utf8')).split('\n')).toHaveLength(2);
    writeEntry(folder, { ...entry, mtimeMs: 3 }, { key: 'r4', messages: [], bom: false }, stored);
    const rewritten = await readFile(entryPath(folder, file), 'utf8');
    expect(rewritten.split('\n')).toHaveLength(2);
    expect(readEntry(folder, file, true)).toMatchObject({ entry: { mtimeMs: 3 }, result: { key: 'r4' } });
  });

  it('keys a run record by every file\'s path, size, time and format, and keeps the newest eight', async () => {
    const files = [
      { absolutePath: '/a/one.md', size: 10, mtimeMs: 1000.5, format: 'markdown' },
      { absolutePath: '/a/two.txt', size: 20, mtimeMs: 2000, format: 'text' },
    ];
    const key = runRecordKey('1.0.0', files);
    expect(runRecordKey('1.0.0', files.map((file) => ({ ...file })))).toBe(key);
    for (const changed of [{ size: 11 }, { mtimeMs: 1000.25 }, { format: 'text' }, { absolutePath: '/a/one.markdown' }]) {
      expect(runRecordKey('1.0.0', [{ ...files[0], ...changed } as (typeof files)[0], files[1] as (typeof files)[0]])).not.toBe(key);
    }
    expect(runRecordKey('1.0.1', files)).not.toBe(key);
    expect(runRecordKey('1.0.0', [...files].reverse())).not.toBe(key);
    expect(readRunRecord(folder, key)).toBeUndefined();
    const forms = serializeForms({ dominant: new Map([['women\u0000rights', ['', "'s", 's']]]), support: new Map([['women\u0000rights', { explained: 3, total: 4 }]]) });
    writeRunRecord(folder, key, { forms, bytes: 30, readable: 2 });
    expect(readRunRecord(folder, key)).toEqual({ forms, bytes: 30, readable: 2 });
    await writeFile(join(folder, 'runs', `${key}.json`), '{"layout":2,"forms":null,"by');
    expect(readRunRecord(folder, key)).toBeUndefined();
    const { readdirSync, utimesSync } = await import('node:fs');
    for (let index = 0; index < 10; index++) {
      const other = runRecordKey('1.0.0', [{ ...(files[0] as (typeof files)[0]), size: index }]);
      writeRunRecord(folder, other, { forms: null, bytes: index, readable: 1 });
      utimesSync(join(folder, 'runs', `${other}.json`), new Date(), new Date(Date.now() + index * 1000));
    }
    const kept = readdirSync(join(folder, 'runs'));
    expect(kept).toHaveLength(8);
    expect(kept).toContain(`${runRecordKey('1.0.0', [{ ...(files[0] as (typeof files)[0]), size: 9 }])}.json`);
  });

  it('costs only the cache when the folder cannot be written', async () => {
    const blocked = join(folder, 'blocked');
    await writeFile(blocked, 'a file where the cache folder should be');
    expect(() => writeEntry(blocked, { path: '/x.md', size: 1, mtimeMs: 1, hash: 'h' })).not.toThrow();
  });
});

describe('journal', () => {
  it('resumes only the same run, reusing its forms and ignoring a line cut by a kill', async () => {
    const files = [
      { absolutePath: '/a.md', options: { format: 'markdown' } },
      { absolutePath: '/b.md', options: { format: 'markdown' } },
    ];
    const runKey = runKeyOf('1.0.0', files);
    expect(runKeyOf('1.0.0', [files[0]!, { absolutePath: '/b.md', options: { format: 'text' } }])).not.toBe(runKey);
    const forms = learnFromPacked([[['women|rights', ["'s", "'s"], 2]]]);
    const fresh = await findJournal(join(folder, 'cache'), runKey);
    expect(fresh.resumed).toBeUndefined();
    await startJournal(fresh, join(folder, 'cache'), runKey, forms);
    appendJournal(fresh.file, '/a.md', 'hash-a');
    await writeFile(fresh.file, `${await readFile(fresh.file, 'utf8')}{"path":"/b.md","ha`);
    const resumed = await findJournal(join(folder, 'cache'), runKey);
    expect(resumed.resumed?.done).toEqual(new Map([['/a.md', 'hash-a']]));
    expect(serializeForms(resumed.resumed?.forms ?? learnFromPacked([]))).toEqual(serializeForms(forms));
    const other = await findJournal(join(folder, 'cache'), runKeyOf('1.0.1', files));
    expect(other.resumed).toBeUndefined();
    await finishJournal(resumed);
    expect((await findJournal(join(folder, 'cache'), runKey)).resumed).toBeUndefined();
  });

  it('ignores a journal file of another layout', async () => {
    const runKey = runKeyOf('1.0.0', []);
    const journal = await findJournal(folder, runKey);
    await mkdir(folder, { recursive: true });
    await writeFile(journal.file, `${JSON.stringify({ copyguard: 'journal', layout: 99, runKey, forms: null })}\n`);
    expect((await findJournal(folder, runKey)).resumed).toBeUndefined();
  });
});

describe('pruneCache', () => {
  it('removes the entries of files that are gone, keeps the others, and prunes at most once a day', async () => {
    const { pruneCache, statFile } = await import('../../src/batch/cache.js');
    const cache = join(folder, 'cache');
    const present = join(folder, 'present.txt');
    const gone = join(folder, 'gone.txt');
    const elsewhere = join(folder, 'elsewhere.txt');
    for (const file of [present, gone, elsewhere]) await writeFile(file, 'text');
    for (const file of [present, gone, elsewhere]) writeEntry(cache, { path: file, size: 4, mtimeMs: statFile(file)?.mtimeMs ?? 0, hash: hashBytes('text') });
    await rm(gone);
    // `elsewhere.txt` is not in this run but still there: its entry stays.
    expect(pruneCache(cache, [present])).toBe(1);
    expect(readEntry(cache, present)).toBeDefined();
    expect(readEntry(cache, elsewhere)).toBeDefined();
    expect(readEntry(cache, gone)).toBeUndefined();
    await rm(elsewhere);
    expect(pruneCache(cache, [present])).toBe(0);
    expect(pruneCache(cache, [present], Date.now() + 2 * 24 * 60 * 60 * 1000)).toBe(1);
    expect(readEntry(cache, elsewhere)).toBeUndefined();
  });
});

describe('lockCacheFolder', () => {
  it('refuses a second fix --write while another running process holds the folder, and takes over a lock left by one that ended', async () => {
    const { lockCacheFolder, unlockCacheFolder } = await import('../../src/batch/journal.js');
    const { ConfigError } = await import('../../src/cli/config.js');
    const lock = join(folder, 'lock');
    // The parent process runs: its lock holds.
    await writeFile(lock, `${process.ppid} other-run`);
    expect(() => lockCacheFolder(folder, '.copyguard-cache')).toThrow(ConfigError);
    expect(() => lockCacheFolder(folder, '.copyguard-cache')).toThrow(/another fix --write \(process \d+\) uses the cache folder `\.copyguard-cache`/u);
    // A process id that no process has: the lock is stale.
    await writeFile(lock, '2147483646 ended-run');
    const taken = lockCacheFolder(folder, '.copyguard-cache');
    expect(taken).toBe(lock);
    expect(await readFile(lock, 'utf8')).toMatch(new RegExp(`^${process.pid} `, 'u'));
    unlockCacheFolder(lock);
    await expect(readFile(lock, 'utf8')).rejects.toThrow();
  });

  it('is held by findJournal and released by finishJournal', async () => {
    const journal = await findJournal(folder, 'key');
    expect(journal.lock).toBe(join(folder, 'lock'));
    expect(await readFile(join(folder, 'lock'), 'utf8')).toMatch(/^\d+ /u);
    await finishJournal(journal);
    await expect(readFile(join(folder, 'lock'), 'utf8')).rejects.toThrow();
  });
});
