/**
 * Writes fixed files safely: the new content goes to a temporary file in the same folder, gets
 * the original's mode (and owner, when we may), and is renamed over the original in one step,
 * so a reader never sees half a file and a failure leaves the original intact. A symbolic link
 * stays a link: its target is written.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileTexts } from '../cli/messages.js';
import type { FileError } from './read.js';

/** The file system calls writing uses; tests replace some to simulate a full disk. */
export interface WriteOperations {
  /** `fs.promises.realpath`. */
  realpath: (path: string) => Promise<string>;
  /** `fs.promises.stat`. */
  stat: (path: string) => Promise<{ mode: number; uid: number; gid: number; size?: number; mtimeMs?: number }>;
  /** `fs.promises.writeFile` with a `wx` flag and a mode. */
  writeFile: (path: string, data: Uint8Array, options: { flag: string; mode: number }) => Promise<void>;
  /** `fs.promises.chmod`. */
  chmod: (path: string, mode: number) => Promise<void>;
  /** `fs.promises.chown`. */
  chown: (path: string, uid: number, gid: number) => Promise<void>;
  /** `fs.promises.copyFile`. */
  copyFile: (source: string, destination: string) => Promise<void>;
  /** `fs.promises.rename`. */
  rename: (source: string, destination: string) => Promise<void>;
  /** `fs.promises.unlink`. */
  unlink: (path: string) => Promise<void>;
}

/** The real file system. */
export const fileSystemOperations: WriteOperations = {
  realpath: (path) => fs.realpath(path),
  stat: (path) => fs.stat(path),
  writeFile: (path, data, options) => fs.writeFile(path, data, options),
  chmod: (path, mode) => fs.chmod(path, mode),
  chown: (path, uid, gid) => fs.chown(path, uid, gid),
  copyFile: (source, destination) => fs.copyFile(source, destination),
  rename: (source, destination) => fs.rename(source, destination),
  unlink: (path) => fs.unlink(path),
};

/** Options of writing. */
export interface WriteOptions {
  /** Whether to put the UTF-8 byte order mark back in front of the text. */
  bom: boolean;
  /** Whether to keep the original as `FILE.orig`. */
  backup: boolean;
  /**
   * The size and modification time of the file when it was read: a file changed or deleted
   * since (by another program) is left alone, not overwritten or made again.
   */
  unchangedSince?: { size: number; mtimeMs: number };
}

/**
 * Writes a text over a file, safely.
 * @param absolutePath the file as named (a link is followed to its target).
 * @param path the path to name in an error.
 * @param text the new text (without BOM).
 * @param options whether to put the BOM back and keep a backup.
 * @param operations the file system calls (the real ones by default).
 * @returns undefined on success, or the file error (the original is then left as it was).
 */
export async function writeFileSafely(
  absolutePath: string,
  path: string,
  text: string,
  options: WriteOptions,
  operations: WriteOperations = fileSystemOperations,
): Promise<FileError | undefined> {
  let temporary: string | undefined;
  try {
    const target = await operations.realpath(absolutePath);
    const stats = await operations.stat(target);
    const mode = stats.mode & 0o7777;
    // A read-only file (`chmod a-w`) is a decision of its owner; renaming over it would ignore it,
    // even for root, who may rename over anything.
    if ((mode & 0o222) === 0) return { code: 'EACCES', message: fileTexts.readOnly(path) };
    const data = Buffer.from(options.bom ? `\uFEFF${text}` : text, 'utf8');
    temporary = join(dirname(target), `.${basename(target)}.copyguard-${randomBytes(6).toString('hex')}.tmp`);
    await operations.writeFile(temporary, data, { flag: 'wx', mode });
    // The umask may have removed bits from the mode given at creation.
    await operations.chmod(temporary, mode);
    await operations.chown(temporary, stats.uid, stats.gid).catch(() => {
      // Only root may give a file away; anyone else keeps their own files, which is right.
    });
    if (options.unchangedSince) {
      // Checked as late as possible, right before the rename: a file deleted since it was read
      // makes `stat` fail with ENOENT, and it is not made again.
      const now = await operations.stat(target);
      if (now.size !== options.unchangedSince.size || now.mtimeMs !== options.unchangedSince.mtimeMs) return { code: 'EACCES', message: fileTexts.changedSinceRead(path) };
    }
    if (options.backup) await operations.copyFile(target, `${target}.orig`);
    await operations.rename(temporary, target);
    temporary = undefined;
    return undefined;
  } catch (error) {
    return mapWriteError(error, path);
  } finally {
    if (temporary !== undefined) await operations.unlink(temporary).catch(() => undefined);
  }
}

/**
 * Maps an error of writing to the contract's code and message.
 *
 * The contract has no code for a full disk, so `ENOSPC` and other write failures are reported
 * as `EACCES` (the file could not be written) with the real cause in the message.
 * @param error what a file system call threw.
 * @param path the path to name.
 * @returns the file error.
 */
function mapWriteError(error: unknown, path: string): FileError {
  const nodeError = error as NodeJS.ErrnoException | undefined;
  if (nodeError?.code === 'ENOENT') return { code: 'ENOENT', message: fileTexts.notFound(path) };
  const reason = nodeError?.code ? `${nodeError.code}: ${describeCode(nodeError.code, nodeError.message)}` : String(error);
  return { code: 'EACCES', message: fileTexts.cannotWrite(path, reason) };
}

/**
 * A short description of a Node.js error code.
 * @param code the code (`ENOSPC`).
 * @param fallback the error's own message.
 * @returns the description.
 */
function describeCode(code: string, fallback: string): string {
  switch (code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    default:
      // `EXDEV: cross-device link not permitted, rename 'a' -> 'b'` → `cross-device link not permitted`.
      return fallback.replace(/^[A-Z]+: /u, '').replace(/, \w+ '.*$/u, '');
  }
}
