/**
 * Streams the report as files finish. Every format but `sarif` is the concatenation of one
 * piece per file (`json` inside its envelope, `stylish` before its summary), so it is written
 * file by file and a run over an archive never holds more than one file's result; a batch run
 * formats the pieces in the threads that check the files (`formatPiece`). `sarif` is one
 * document, so it keeps each file's findings, without its text, and is formatted at the end.
 * The output is the same as formatting every result at once. */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { FileResult } from '../core/types.js';
import { formatters, type FormatContext, type FormatName } from '../report/formatters/index.js';
import { addStylishTotals, formatStylishSummary, type StylishTotals } from '../report/formatters/stylish.js';
import { formatPiece, isPieceFormat, type ReportPiece } from '../report/pieces.js';

/** Where the report goes. */
export interface ReportDestination {
  /**
   * Writes text.
   * @param text the text.
   */
  write(text: string): void;
  /**
   * Ends the report.
   * @returns when everything is written.
   * @throws Error when the destination failed.
   */
  close(): Promise<void>;
}

/** A report being written. */
export interface ReportSink {
  /**
   * Adds one file's result, in run order.
   * @param result the result.
   */
  add(result: FileResult): void;
  /**
   * Adds one file's part of the report, formatted where the file was processed, in run order.
   * @param piece the piece (`formatPiece` with this sink's format).
   * @throws Error for `sarif`, which is not made of pieces.
   */
  addPiece(piece: ReportPiece): void;
  /**
   * Writes what is left and closes the destination.
   * @returns when done.
   */
  end(): Promise<void>;
}

/**
 * Whether a format needs each file's text as read (`diff` shows it; `rdjsonl` counts bytes in it).
 * @param format the format.
 * @returns true when results must keep `source`.
 */
export function formatNeedsSource(format: FormatName): boolean {
  return format === 'diff' || format === 'rdjsonl';
}

/**
 * Whether a `fix` report needs each file's output (`json` prints it, `diff` compares it).
 * @param format the format.
 * @returns true when `fix` results must keep `output`.
 */
export function formatNeedsOutput(format: FormatName): boolean {
  return format === 'json' || format === 'diff';
}

/**
 * Creates the report sink of a run.
 * @param format the format.
 * @param context what formatters know about the run.
 * @param destination where the text goes.
 * @returns the sink.
 */
export function createReportSink(format: FormatName, context: FormatContext, destination: ReportDestination): ReportSink {
  if (!isPieceFormat(format)) {
    const formatter = formatters[format];
    const kept: FileResult[] = [];
    return {
      add(result: FileResult): void {
        // The summary formats read findings, never the text: drop it to keep memory small.
        const slim: FileResult = { ...result };
        delete slim.source;
        delete slim.output;
        kept.push(slim);
      },
      addPiece(): void {
        throw new Error(`The ${format} report is not made of pieces`);
      },
      async end(): Promise<void> {
        const text = formatter(kept, context);
        if (text !== '') destination.write(text);
        await destination.close();
      },
    };
  }
  let count = 0;
  const totals: StylishTotals = { errors: 0, warnings: 0, infos: 0, fixed: 0, fixable: 0 };
  /**
   * Writes a piece.
   * @param piece the piece.
   */
  const addPiece = (piece: ReportPiece): void => {
    if (format === 'json') destination.write(`${count === 0 ? '{"version":1,"files":[' : ','}${piece.text}`);
    else if (piece.text !== '') destination.write(piece.text);
    if (piece.totals) addStylishTotals(totals, piece.totals);
    count += 1;
  };
  return {
    add(result: FileResult): void {
      addPiece(formatPiece(format, result, context));
    },
    addPiece,
    async end(): Promise<void> {
      if (format === 'json') destination.write(count === 0 ? '{"version":1,"files":[]}\n' : ']}\n');
      if (format === 'stylish') {
        const summary = formatStylishSummary(totals, context);
        if (summary !== '') destination.write(summary);
      }
      await destination.close();
    },
  };
}

/**
 * A destination that writes to a stream the CLI owns (standard output or error).
 * @param stream the stream.
 * @returns the destination.
 */
export function streamDestination(stream: { write(text: string): unknown }): ReportDestination {
  return {
    write: (text) => {
      stream.write(text);
    },
    close: async () => undefined,
  };
}

/**
 * A destination that writes to a file (`--output-file`).
 * @param file the absolute path.
 * @returns the destination; `close` rejects with the first write error.
 */
export function fileDestination(file: string): ReportDestination {
  let stream: WriteStream | undefined;
  let failure: Error | undefined;
  /**
   * Opens the file on first use (an empty report still creates it).
   * @returns the stream.
   */
  const open = (): WriteStream => {
    if (!stream) {
      stream = createWriteStream(file, { encoding: 'utf8' });
      stream.on('error', (error) => {
        failure ??= error;
      });
    }
    return stream;
  };
  return {
    write: (text) => {
      open().write(text);
    },
    close: async () => {
      const opened = open();
      // `close` follows both `finish` and an error, so waiting for it covers both.
      await new Promise<void>((resolve) => {
        if (opened.closed) resolve();
        else {
          opened.once('close', () => resolve());
          if (!opened.destroyed) opened.end();
        }
      });
      if (failure) throw failure;
    },
  };
}
