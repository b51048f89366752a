/**
 * Streams the report as files finish. Formats whose text is the concatenation of each file's
 * text (`json` inside its envelope, `rdjsonl`, `github`, `diff`) are written file by file, so a
 * run over an archive never holds more than one file's result; `stylish` and `sarif` need the
 * whole run (a summary, one document), so they keep each file's findings, without its text,
 * and are formatted at the end. The output is the same as formatting every result at once.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { FileResult } from '../core/types.js';
import { formatters, type FormatContext, type FormatName } from '../report/formatters/index.js';
import { toReport } from '../report/to-report.js';

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
   * Writes what is left and closes the destination.
   * @returns when done.
   */
  end(): Promise<void>;
}

/** Formats written file by file. */
const concatenable: ReadonlySet<FormatName> = new Set(['rdjsonl', 'github', 'diff']);

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
  const formatter = formatters[format];
  if (format === 'json') {
    let count = 0;
    return {
      add(result: FileResult): void {
        const file = toReport([result], context.command).files[0];
        destination.write(`${count === 0 ? '{"version":1,"files":[' : ','}${JSON.stringify(file)}`);
        count += 1;
      },
      async end(): Promise<void> {
        destination.write(count === 0 ? '{"version":1,"files":[]}\n' : ']}\n');
        await destination.close();
      },
    };
  }
  if (concatenable.has(format)) {
    return {
      add(result: FileResult): void {
        const text = formatter([result], context);
        if (text !== '') destination.write(text);
      },
      async end(): Promise<void> {
        await destination.close();
      },
    };
  }
  const kept: FileResult[] = [];
  return {
    add(result: FileResult): void {
      // The summary formats read findings, never the text: drop it to keep memory small.
      const slim: FileResult = { ...result };
      delete slim.source;
      delete slim.output;
      kept.push(slim);
    },
    async end(): Promise<void> {
      const text = formatter(kept, context);
      if (text !== '') destination.write(text);
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
