/**
 * Reads one file (or standard input) as strict UTF-8: a leading BOM is stripped and remembered,
 * a NUL byte makes the file binary, an invalid byte sequence is an encoding error, and a file
 * over the size limit is refused. Nothing is ever guessed (CONTRACT.md, "Text, positions, lines").
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileTexts } from '../cli/messages.js';
import type { FileErrorCode } from '../core/types.js';

/** Default of `--max-file-size`: 10 MiB. */
export const defaultMaxFileSize = 10 * 1024 * 1024;

/** Why a file could not be read. */
export interface FileError {
  /** The contract's error code. */
  code: FileErrorCode;
  /** One line for people, starting with the path. */
  message: string;
}

/** The outcome of reading one file. */
export type ReadOutcome =
  | {
      /** The file was read and decoded. */
      ok: true;
      /** The decoded text, without the BOM. */
      text: string;
      /** Whether a UTF-8 BOM preceded the text. */
      bom: boolean;
    }
  | {
      /** The file could not be read. */
      ok: false;
      /** Why. */
      error: FileError;
    };

/** Options of reading. */
export interface ReadOptions {
  /** Largest size in bytes that is read; larger files fail with `ETOOLARGE`. */
  maxFileSize: number;
}

/** Byte order marks of encodings we refuse, longest first so UTF-32 is not taken for UTF-16. */
const foreignByteOrderMarks: ReadonlyArray<{ bytes: readonly number[]; name: string }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32BE' },
  { bytes: [0xff, 0xfe], name: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], name: 'UTF-16BE' },
];

/**
 * Decodes the bytes of a file.
 *
 * A UTF-16 or UTF-32 file is reported as `EENCODING`, not `EBINARY`, although its ASCII
 * characters contain NUL bytes: its byte order mark says it is text in another encoding, and
 * the message then tells the user to convert it rather than calling it binary.
 * @param bytes the raw content.
 * @param path the path to name in error messages.
 * @returns the text and whether it had a BOM, or the error.
 */
export function decodeBytes(bytes: Uint8Array, path: string): ReadOutcome {
  for (const mark of foreignByteOrderMarks) {
    if (startsWith(bytes, mark.bytes)) return failure('EENCODING', fileTexts.utf16(path, mark.name));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return failure('EBINARY', fileTexts.binary(path, nul));
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom };
  } catch {
    return failure('EENCODING', fileTexts.encoding(path, (bom ? 3 : 0) + firstInvalidOffset(body)));
  }
}

/**
 * Reads and decodes a file.
 * @param absolutePath where the file is.
 * @param path the path to name in error messages (as given or walked).
 * @param options the size limit.
 * @returns the text and BOM flag, or the file error.
 */
export async function readTextFile(absolutePath: string, path: string, options: ReadOptions): Promise<ReadOutcome> {
  const read = await readFileBytes(absolutePath, path, options);
  return read.ok ? decodeBytes(read.bytes, path) : read;
}

/** The raw bytes of a file and what `stat` said when it was opened. */
export type BytesOutcome =
  | {
      /** The file was read. */
      ok: true;
      /** Its content. */
      bytes: Buffer;
      /** Its size in bytes when opened. */
      size: number;
      /** Its modification time in milliseconds when opened. */
      mtimeMs: number;
    }
  | {
      /** The file could not be read. */
      ok: false;
      /** Why. */
      error: FileError;
    };

/**
 * Reads a file's bytes, refusing folders and files over the size limit (the cache hashes
 * the bytes before decoding them).
 * @param absolutePath where the file is.
 * @param path the path to name in error messages.
 * @param options the size limit.
 * @returns the bytes with the size and time `stat` gave, or the file error.
 */
export async function readFileBytes(absolutePath: string, path: string, options: ReadOptions): Promise<BytesOutcome> {
  let handle;
  try {
    handle = await open(absolutePath, 'r');
  } catch (error) {
    return failure(...mapReadError(error, path));
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return failure('EISDIR', fileTexts.directory(path));
    if (stats.size > options.maxFileSize) return failure('ETOOLARGE', fileTexts.tooLarge(path, stats.size, options.maxFileSize));
    const bytes = await handle.readFile();
    // The file may have grown between `stat` and the read.
    if (bytes.length > options.maxFileSize) return failure('ETOOLARGE', fileTexts.tooLarge(path, bytes.length, options.maxFileSize));
    return { ok: true, bytes, size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    return failure(...mapReadError(error, path));
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file's bytes synchronously, as `readFileBytes` does. Worker threads use it: each
 * runs one file at a time, and for small files the synchronous calls cost a fraction of the
 * round trips through the thread pool.
 * @param absolutePath where the file is.
 * @param path the path to name in error messages.
 * @param options the size limit.
 * @returns the bytes with the size and time `stat` gave, or the file error.
 */
export function readFileBytesSync(absolutePath: string, path: string, options: ReadOptions): BytesOutcome {
  let descriptor: number;
  try {
    descriptor = openSync(absolutePath, 'r');
  } catch (error) {
    return failure(...mapReadError(error, path));
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return failure('EISDIR', fileTexts.directory(path));
    if (stats.size > options.maxFileSize) return failure('ETOOLARGE', fileTexts.tooLarge(path, stats.size, options.maxFileSize));
    const bytes = readFileSync(descriptor);
    // The file may have grown between `stat` and the read.
    if (bytes.length > options.maxFileSize) return failure('ETOOLARGE', fileTexts.tooLarge(path, bytes.length, options.maxFileSize));
    return { ok: true, bytes, size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    return failure(...mapReadError(error, path));
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reads a whole stream (standard input) and decodes it, stopping early when it exceeds the limit.
 * @param stream the stream of bytes or strings.
 * @param path the name to report (`<stdin>` or `--stdin-filepath`).
 * @param options the size limit.
 * @returns the text and BOM flag, or the error.
 */
export async function readTextStream(stream: AsyncIterable<Uint8Array | string>, path: string, options: ReadOptions): Promise<ReadOutcome> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > options.maxFileSize) return failure('ETOOLARGE', fileTexts.tooLarge(path, size, options.maxFileSize));
    chunks.push(bytes);
  }
  return decodeBytes(Buffer.concat(chunks), path);
}

/**
 * Maps a Node.js file system error to the contract's code and message.
 * @param error what `open` or `read` threw.
 * @param path the path to name.
 * @returns the code and the message.
 */
export function mapReadError(error: unknown, path: string): [FileErrorCode, string] {
  const nodeCode = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (nodeCode) {
    case 'ENOENT':
    // `notes.md/x.md`: a file used as a folder.
    case 'ENOTDIR':
    // A symbolic link pointing to itself.
    case 'ELOOP':
      return ['ENOENT', fileTexts.notFound(path)];
    case 'EACCES':
    case 'EPERM':
      return ['EACCES', fileTexts.permission(path)];
    case 'EISDIR':
      return ['EISDIR', fileTexts.directory(path)];
    default:
      // The contract has no code for a failing disk (`EIO`); the message keeps the real cause.
      return ['EACCES', fileTexts.cannotRead(path, error instanceof Error ? error.message : String(error))];
  }
}

/**
 * Builds a failed outcome.
 * @param code the contract's error code.
 * @param message the message naming the path.
 * @returns the outcome.
 */
function failure(code: FileErrorCode, message: string): { ok: false; error: FileError } {
  return { ok: false, error: { code, message } };
}

/**
 * Whether bytes start with a prefix.
 * @param bytes the bytes.
 * @param prefix the expected first bytes.
 * @returns true when every byte of the prefix matches.
 */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Finds the offset of the first byte that does not belong to a valid UTF-8 sequence
 * (overlong forms, surrogates and code points above U+10FFFF are invalid, as in `TextDecoder`).
 * @param bytes bytes that failed to decode.
 * @returns the offset of the first invalid sequence (the length when none is found).
 */
export function firstInvalidOffset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let minimum: number;
    let codePoint: number;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      minimum = 0x80;
      codePoint = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      minimum = 0x800;
      codePoint = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      minimum = 0x10000;
      codePoint = lead & 0x07;
    } else {
      return index;
    }
    if (index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next] ?? 0;
      if ((continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return index;
}
