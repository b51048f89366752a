/**
 * `copyguard stream`: the map step of a cluster job (Spark `RDD.pipe`, Hadoop Streaming, GNU
 * parallel). Reads JSON Lines on standard input, one record per line:
 *
 *     {"id": "news/1", "text": "…", "format": "markdown", "path": "news/1.md"}
 *
 * and writes one line per record, in input order:
 *
 *     {"id": "news/1", "messages": [...], "output": "…"}        (output with --fix)
 *     {"id": "news/2", "error": {"code": "EPARSE", "message": "…"}}
 *
 * `id` is copied as given (any JSON value; `null` when the line cannot be read). Blank lines are
 * skipped. A bad line gives an error line and the run goes on, so the exit code is 0 unless the
 * flags or the config are wrong (2): a non-zero exit would fail the whole cluster task. Each
 * record is checked with its own forms, as records are independent. Memory holds the records in
 * flight only.
 */
import { dirname, resolve } from 'node:path';
import type { Format } from '../adapters/types.js';
import { createExecutor } from '../batch/executor.js';
import { digestForms } from '../batch/observations.js';
import type { TextOutcome } from '../batch/tasks.js';
import type { FileErrorCode } from '../core/types.js';
import { rulesById } from '../core/registry.js';
import { ConfigResolver } from './config.js';
import { buildFileOptions } from './file-options.js';
import { streamTexts } from './messages.js';
import { exitCodes, type StreamOptions } from './options.js';
import type { CliIo } from './run.js';

/** The reply to a record that could not be processed. */
interface ErrorReply {
  /** The record's id, or null. */
  id: unknown;
  /** Why the record was not processed. */
  error: { code: FileErrorCode; message: string };
}

/** One output line, before it is serialised. */
type StreamReply = ({ id: unknown } & TextOutcome) | ErrorReply;

/** The formats a record may name. */
const formats: ReadonlySet<string> = new Set(['text', 'markdown', 'html']);

/**
 * Runs `copyguard stream`.
 * @param options the validated flags.
 * @param io the streams and working directory.
 * @param version copyguard's version.
 * @returns 0, or 2 on a config error (thrown to the caller as `ConfigError`).
 */
export async function runStream(options: StreamOptions, io: CliIo, version: string): Promise<number> {
  const configs = new ConfigResolver(io.cwd, options.configFile);
  const config = await configs.forFolder(io.cwd);
  const executor = createExecutor(options.jobs);
  try {
    await executor.configure({
      command: options.fix ? 'fix' : 'check',
      version,
      forms: undefined,
      formsDigest: digestForms(undefined),
      maxFileSize: options.maxFileSize,
      knownRuleIds: [...rulesById.keys()],
      cacheFolder: undefined,
      write: undefined,
      keepSource: false,
      keepOutput: options.fix,
      optionsTable: [],
    });
    const window = executor.workers * 4;
    const pending: Array<Promise<StreamReply>> = [];
    /**
     * Writes the oldest reply.
     */
    const flushOne = async (): Promise<void> => {
      const reply = await (pending.shift() as Promise<StreamReply>);
      io.stdout.write(`${JSON.stringify(reply)}\n`);
    };
    let lineNumber = 0;
    for await (const line of readLines(io.stdin())) {
      lineNumber += 1;
      const parsed = parseRecord(line, lineNumber, options.maxFileSize);
      if (parsed === undefined) continue;
      if ('error' in parsed) pending.push(Promise.resolve(parsed));
      else {
        const { id, text, path } = parsed;
        const formatPath = path ?? '';
        const format: Format | undefined = parsed.format;
        const fileOptions = buildFileOptions(
          path === undefined ? config : await configs.forFolder(dirname(resolve(io.cwd, path))),
          options,
          formatPath,
          configs,
        );
        if (format !== undefined) fileOptions.format = format;
        const number = lineNumber;
        pending.push(
          executor.text({ text, options: fileOptions, fix: options.fix }).then(
            (outcome): StreamReply => ({ id, ...outcome }),
            (error: unknown): StreamReply => ({
              id,
              error: { code: 'EPARSE', message: streamTexts.failed(number, error instanceof Error ? error.message : String(error)) },
            }),
          ),
        );
      }
      while (pending.length >= window) await flushOne();
    }
    while (pending.length > 0) await flushOne();
  } finally {
    await executor.close();
  }
  return exitCodes.clean;
}

/** A record read from a line. */
interface StreamRecord {
  /** Its id. */
  id: unknown;
  /** Its text. */
  text: string;
  /** Its format, when given. */
  format: Format | undefined;
  /** Its path, when given (chooses the format and the config). */
  path: string | undefined;
}

/**
 * Reads one line as a record.
 * @param bytes the line without its line break.
 * @param line its 1-based number.
 * @param maxSize the largest line, in bytes.
 * @returns the record, an error reply, or undefined for a blank line.
 */
export function parseRecord(bytes: Uint8Array, line: number, maxSize: number): StreamRecord | ErrorReply | undefined {
  let source: string;
  let encodingError = false;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Read it anyway to find the id, so the error can be joined back to its record.
    source = new TextDecoder('utf-8').decode(bytes);
    encodingError = true;
  }
  if (source.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    if (encodingError) return { id: null, error: { code: 'EENCODING', message: streamTexts.encoding(line) } };
    return { id: null, error: { code: 'EPARSE', message: streamTexts.invalidJson(line, error instanceof Error ? error.message : String(error)) } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: { code: 'EPARSE', message: streamTexts.notObject(line) } };
  }
  const record = value as Record<string, unknown>;
  const id = record['id'] ?? null;
  if (encodingError) return { id, error: { code: 'EENCODING', message: streamTexts.encoding(line) } };
  const text = record['text'];
  if (typeof text !== 'string') return { id, error: { code: 'EPARSE', message: streamTexts.missingText(line) } };
  const format = record['format'];
  if (format !== undefined && (typeof format !== 'string' || !formats.has(format))) {
    return { id, error: { code: 'EPARSE', message: streamTexts.badFormat(line, String(format)) } };
  }
  const path = record['path'];
  if (path !== undefined && typeof path !== 'string') return { id, error: { code: 'EPARSE', message: streamTexts.badPath(line) } };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { id, error: { code: 'EBINARY', message: streamTexts.binary(line, nul) } };
  if (bytes.length > maxSize) return { id, error: { code: 'ETOOLARGE', message: streamTexts.tooLarge(line, bytes.length, maxSize) } };
  return { id, text, format: format as Format | undefined, path };
}

/**
 * Splits a byte stream into lines (`\n`, with a `\r` before it dropped), without decoding, so a
 * bad byte spoils one line only.
 * @param stream the bytes.
 * @yields each line's bytes, the last one even without a final line break.
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  // Pieces of the line not yet ended; joined once its end arrives, so a long line costs one copy.
  let pieces: Buffer[] = [];
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let index = bytes.indexOf(10, start); index >= 0; index = bytes.indexOf(10, start)) {
      const piece = bytes.subarray(start, index);
      yield trimCarriageReturn(pieces.length === 0 ? piece : Buffer.concat([...pieces, piece]));
      pieces = [];
      start = index + 1;
    }
    if (start < bytes.length) pieces.push(Buffer.from(bytes.subarray(start)));
  }
  if (pieces.length > 0) yield trimCarriageReturn(Buffer.concat(pieces));
}

/**
 * Drops a final `\r` (a line of a CRLF file).
 * @param line a line's bytes.
 * @returns the bytes without it.
 */
function trimCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}
