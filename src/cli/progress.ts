/**
 * The progress of a run on standard error (never standard output): a line redrawn in place on
 * a terminal, or, when standard error is not a terminal and `--progress` asks for it, a plain
 * line every two seconds. Each shows files done, files/s, MB/s and the time left.
 */
import { noteTexts } from './messages.js';

/** The stream progress goes to. */
export interface ProgressStream {
  /**
   * Writes text.
   * @param text the text.
   */
  write(text: string): unknown;
  /** Whether it is a terminal. */
  isTTY?: boolean;
  /** Its width in columns, when a terminal. */
  columns?: number;
}

/** How progress shows. */
export type ProgressMode = 'terminal' | 'lines' | 'off';

/** A progress display. */
export interface Progress {
  /**
   * Starts a phase.
   * @param phase what is done (`check`, `fix`, `forms`).
   * @param files how many files the phase has.
   * @param bytes their total size, when known.
   */
  start(phase: string, files: number, bytes: number | undefined): void;
  /**
   * Counts one file as done.
   * @param bytes its size.
   * @param path its path.
   */
  step(bytes: number, path: string): void;
  /** Ends the display (clears the terminal line). */
  done(): void;
}

/** Options of the display. */
export interface ProgressOptions {
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
  /** Milliseconds between plain lines (default 2000). */
  lineInterval?: number;
  /** Milliseconds between redraws on a terminal (default 100). */
  redrawInterval?: number;
}

/**
 * Decides how progress shows: `--no-progress` and `--quiet` turn it off; on a terminal it is on
 * unless turned off; elsewhere only `--progress` turns it on (CONTRACT.md).
 * @param flag `--progress` (true), `--no-progress` (false) or neither.
 * @param quiet `--quiet`.
 * @param terminal whether standard error is a terminal.
 * @returns the mode.
 */
export function decideProgressMode(flag: boolean | undefined, quiet: boolean, terminal: boolean): ProgressMode {
  if (flag === false || quiet) return 'off';
  if (terminal) return 'terminal';
  return flag === true ? 'lines' : 'off';
}

/**
 * Creates the progress display.
 * @param stream standard error.
 * @param mode how it shows.
 * @param options the clock and intervals.
 * @returns the display (silent when off).
 */
export function createProgress(stream: ProgressStream, mode: ProgressMode, options: ProgressOptions = {}): Progress {
  if (mode === 'off') return { start: () => undefined, step: () => undefined, done: () => undefined };
  const now = options.now ?? (() => performance.now());
  const lineInterval = options.lineInterval ?? 2000;
  const redrawInterval = options.redrawInterval ?? 100;
  let phase = '';
  let totalFiles = 0;
  let totalBytes: number | undefined;
  let files = 0;
  let bytes = 0;
  let started = 0;
  let lastShown = -Infinity;
  let drawn = false;

  /**
   * The figures of the phase so far.
   * @param path the last file.
   * @returns the line's text.
   */
  const describe = (path: string): string => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const filesPerSecond = files / seconds;
    const megabytesPerSecond = bytes / 1e6 / seconds;
    let left: number | undefined;
    if (totalBytes !== undefined && totalBytes > 0 && bytes > 0) left = ((totalBytes - bytes) / bytes) * seconds;
    else if (files > 0) left = ((totalFiles - files) / files) * seconds;
    return noteTexts.progress({ phase, files, totalFiles, filesPerSecond, megabytesPerSecond, secondsLeft: left, path });
  };

  return {
    start(name: string, count: number, size: number | undefined): void {
      phase = name;
      totalFiles = count;
      totalBytes = size;
      files = 0;
      bytes = 0;
      started = now();
      lastShown = started;
    },
    step(size: number, path: string): void {
      files += 1;
      bytes += size;
      const time = now();
      const last = files === totalFiles;
      if (mode === 'terminal') {
        if (!last && time - lastShown < redrawInterval) return;
        lastShown = time;
        let line = describe(path);
        const width = stream.columns;
        if (width !== undefined && width > 1 && line.length >= width) line = `${line.slice(0, width - 2)}…`;
        stream.write(`\r\u001b[K${line}`);
        drawn = true;
        return;
      }
      if (time - lastShown < lineInterval && !last) return;
      lastShown = time;
      stream.write(`${describe(path)}\n`);
    },
    done(): void {
      if (mode === 'terminal' && drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
