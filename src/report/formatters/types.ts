/**
 * Types shared by every formatter: what a formatter knows about the run and its signature.
 */
import type { FileResult } from '../../core/types.js';

/** What a formatter knows about the run besides the file results. */
export interface FormatContext {
  /** Absolute working directory; file paths in results are relative to it (unless given absolute). */
  cwd: string;
  /** Whether to colour the output; when `false` no ANSI escape code is ever emitted. */
  color: boolean;
  /** The command that produced the results: `check` reports findings, `fix` also has outputs. */
  command: 'check' | 'fix';
  /** The version of copyguard, as in `package.json`. */
  toolVersion: string;
}

/** A pure function that turns the results of one run into the text to print. */
export type Formatter = (results: FileResult[], context: FormatContext) => string;
