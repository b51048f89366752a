/**
 * The journal of `fix --write`: a JSON Lines file in the cache folder that makes an
 * interrupted run resumable. Its first line names the run (a key of the version, the files and
 * their options) and holds the dominant forms the run learned; then one line per finished file,
 * written right after the file's atomic rename, with the hash of what the file now holds.
 *
 * A run that finds the journal of the same run resumes: it reuses the forms (the files fixed
 * before the stop no longer show their cascades, so learning again would decide differently)
 * and skips every file whose current hash is the one journaled, so no edit is applied twice. A
 * finished run deletes its journal. A line cut short by a kill is ignored.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FormModel } from '../core/forms.js';
import { ConfigError } from '../cli/config.js';
import { usageTexts } from '../cli/messages.js';
import { hashBytes, stableStringify } from './cache.js';
import { deserializeForms, serializeForms, type SerializedForms } from './observations.js';

/** Layout version of the journal. */
const layoutVersion = 1;

/** The first line of a journal. */
interface JournalHeader {
  /** Marks the file as a copyguard journal. */
  copyguard: 'journal';
  /** Layout version. */
  layout: number;
  /** The run's key. */
  runKey: string;
  /** The run's dominant forms, or null when each file had its own. */
  forms: SerializedForms | null;
}

/** What an earlier, interrupted run of the same key left. */
export interface InterruptedRun {
  /** Its forms (undefined when each file had its own). */
  forms: FormModel | undefined;
  /** Absolute path → hash of the content it left, for every file it finished. */
  done: Map<string, string>;
}

/** A journal found or started. */
export interface Journal {
  /** The journal file. */
  file: string;
  /** The interrupted run being resumed, if any. */
  resumed: InterruptedRun | undefined;
  /** The lock of the cache folder this run holds (`lockCacheFolder`), if it could be taken. */
  lock?: string;
}

/**
 * The key of a `fix --write` run: the same version, files and options give the same key.
 * @param version copyguard's version.
 * @param files each file's absolute path and options, in run order.
 * @returns the key, hex.
 */
export function runKeyOf(version: string, files: Iterable<{ absolutePath: string; options: unknown }>): string {
  const parts: string[] = [`${layoutVersion}`, version];
  for (const file of files) parts.push(file.absolutePath, stableStringify(file.options));
  return hashBytes(parts.join('\u0000'));
}

/** Locks this process holds: lock file → its content. */
const heldLocks = new Map<string, string>();

/** Whether the locks are released when the process exits. */
let releasedOnExit = false;

/**
 * Whether a process is running.
 * @param pid its id.
 * @returns false only when it is known to be gone.
 */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // `EPERM`: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Takes the lock of a cache folder for a `fix --write` run, so that a second run at the same
 * time cannot interleave its journal and cache entries with this one's. A lock left by a run
 * that has ended (its process is gone, or it is this process) is taken over. The lock goes with `finishJournal`, or when the process exits.
 * @param folder the cache folder.
 * @param display the folder as the user named it, for the error.
 * @returns the lock file, or undefined when the folder cannot be written (the run then keeps no journal either).
 * @throws ConfigError when another running process holds the lock.
 */
export function lockCacheFolder(folder: string, display: string): string | undefined {
  const file = join(folder, 'lock');
  const token = `${process.pid} ${randomUUID()}`;
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    return undefined;
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, token, { flag: 'wx' });
      heldLocks.set(file, token);
      if (!releasedOnExit) process.once('exit', releaseAllLocks);
      releasedOnExit = true;
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    let owner = '';
    try {
      owner = readFileSync(file, 'utf8');
    } catch {
      // Released between the two calls: try again.
      continue;
    }
    const pid = Number(owner.split(' ')[0]);
    // This process's own lock is left by an earlier run in it (one run per process in the CLI).
    const stale = !isRunning(pid) || pid === process.pid;
    if (!stale) throw new ConfigError(usageTexts.runLocked(display, String(pid)));
    try {
      unlinkSync(file);
    } catch {
      // Another run took it over first: the next attempt sees its lock.
    }
  }
  throw new ConfigError(usageTexts.runLocked(display, '?'));
}

/**
 * Releases a lock this process holds.
 * @param file the lock file.
 */
export function unlockCacheFolder(file: string): void {
  const token = heldLocks.get(file);
  if (token === undefined) return;
  heldLocks.delete(file);
  try {
    // Only our own: a lock taken over after ours went stale stays.
    if (readFileSync(file, 'utf8') === token) unlinkSync(file);
  } catch {
    // Already gone.
  }
}

/**
 * Releases every lock this process holds (when it exits).
 */
function releaseAllLocks(): void {
  for (const file of [...heldLocks.keys()]) unlockCacheFolder(file);
}

/**
 * Locks the cache folder and finds the journal of a run: an interrupted run with the same key
 * is resumed.
 * @param folder the cache folder.
 * @param runKey the run's key.
 * @returns the journal file, the lock and what the interrupted run left, if anything.
 * @throws ConfigError when another `fix --write` holds the folder.
 */
export async function findJournal(folder: string, runKey: string): Promise<Journal> {
  const file = join(folder, `journal-${runKey.slice(0, 16)}.jsonl`);
  const lock = lockCacheFolder(folder, folder);
  const journal = await readJournal(file, runKey);
  if (lock !== undefined) journal.lock = lock;
  return journal;
}

/**
 * Reads a journal file.
 * @param file the journal file.
 * @param runKey the run's key.
 * @returns the journal and what the interrupted run left, if it is that run's.
 */
async function readJournal(file: string, runKey: string): Promise<Journal> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { file, resumed: undefined };
  }
  const lines = text.split('\n');
  const header = parseLine(lines[0] ?? '') as Partial<JournalHeader> | undefined;
  if (header?.copyguard !== 'journal' || header.layout !== layoutVersion || header.runKey !== runKey) return { file, resumed: undefined };
  const done = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const entry = parseLine(line) as { path?: unknown; hash?: unknown } | undefined;
    if (typeof entry?.path === 'string' && typeof entry.hash === 'string') done.set(entry.path, entry.hash);
  }
  return { file, resumed: { forms: header.forms ? deserializeForms(header.forms) : undefined, done } };
}

/**
 * Starts a journal (replacing any other content of the file).
 * @param journal the journal.
 * @param folder the cache folder (created when missing).
 * @param runKey the run's key.
 * @param forms the run's forms.
 */
export async function startJournal(journal: Journal, folder: string, runKey: string, forms: FormModel | undefined): Promise<void> {
  await mkdir(folder, { recursive: true });
  const header: JournalHeader = { copyguard: 'journal', layout: layoutVersion, runKey, forms: forms ? serializeForms(forms) : null };
  await writeFile(journal.file, `${JSON.stringify(header)}\n`);
}

/**
 * Records a finished file. It is one `write` in append mode, done right after the rename, so a
 * kill leaves either the whole line or a cut line that is ignored.
 * @param file the journal file.
 * @param absolutePath the finished file.
 * @param hash the hash of what it now holds.
 */
export function appendJournal(file: string, absolutePath: string, hash: string): void {
  appendFileSync(file, `${JSON.stringify({ path: absolutePath, hash })}\n`);
}

/**
 * Deletes the journal of a finished run and releases its lock.
 * @param journal the journal.
 */
export async function finishJournal(journal: Journal): Promise<void> {
  await unlink(journal.file).catch(() => undefined);
  if (journal.lock !== undefined) unlockCacheFolder(journal.lock);
}

/**
 * Parses one line of the journal.
 * @param line the line.
 * @returns its value, or undefined when it is not JSON (a line cut by a kill).
 */
function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
