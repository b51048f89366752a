/**
 * Shared types of copyguard: edits, findings (messages), results and the JSON report.
 *
 * The report shapes follow `../shared/CONTRACT.md`; everything else is internal plumbing
 * that several modules agree on.
 */
import type { VFileMessage } from 'vfile-message';

/** A point in the text as read: 1-based line and column, 0-based offset, all in UTF-16 code units. */
export interface Point {
  /** 1-based line; `\r\n`, `\n` and a lone `\r` each end a line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
  /** 0-based offset in UTF-16 code units of the decoded text (after a BOM). */
  offset: number;
}

/** An edit on the original text: replace `[range[0], range[1])` with `text`. */
export interface Edit {
  /** Start and end offsets (end exclusive) in the text as read. */
  range: [number, number];
  /** Replacement text; empty to delete. */
  text: string;
}

/** An edit that `fix` never applies by itself, with how likely it is to be right. */
export interface Suggestion extends Edit {
  /** 0..1, how sure the rule is that this edit restores the original. */
  confidence: number;
}

/** How serious a finding is; `fatal` is reserved for files that could not be processed. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The extra fields copyguard sets on every unified `VFileMessage` it creates.
 */
export interface FindingFields {
  /** Severity from the rule's default or the configuration. */
  severity: Severity;
  /** The confident edit `fix` applies, or `null` when the finding is doubtful. */
  fix: Edit | null;
  /** Edits offered but never applied automatically. */
  suggestions: Suggestion[];
  /** 0..1, how sure the rule is of the finding and its restoration. */
  confidence: number;
  /** One line of evidence: run length, affix anomalies, head. */
  explanation: string;
  /** Start of the span in the text as read. */
  start: Point;
  /** End of the span (exclusive) in the text as read. */
  end: Point;
  /** Set by `fix`: whether this finding's edit is in the output. */
  applied?: boolean;
  /** Stable identity of the finding for baselines and SARIF, independent of its position. */
  fingerprint: string;
}

/** A finding: a unified `VFileMessage` with copyguard's fields. */
export type Message = VFileMessage & FindingFields & {
  ruleId: string;
  source: string;
  actual: string;
  expected: string[];
};

/** One change between the text as read and the output, as computed by the diff. */
export interface Change {
  /** Start of the removed text in the input (inclusive). */
  start: Point;
  /** End of the removed text in the input (exclusive). */
  end: Point;
  /** Text removed from the input (empty for a pure insertion). */
  removed: string;
  /** Text inserted in the output (empty for a pure deletion). */
  inserted: string;
}

/** The result of `fix` on one text. */
export interface FixResult {
  /** The fixed text. */
  output: string;
  /** Findings on the text as read, each with `applied` set. */
  messages: Message[];
  /** Changes from input to output with lines and columns of the input. */
  changes: Change[];
}

/** Error codes a file can fail with (CONTRACT.md). */
export type FileErrorCode = 'ENOENT' | 'EACCES' | 'EISDIR' | 'EBINARY' | 'EENCODING' | 'ETOOLARGE' | 'EPARSE';

/** The outcome for one file in a run, as formatters see it. */
export interface FileResult {
  /** Path as given on the command line or found by walking (relative to the working directory). */
  path: string;
  /** The decoded text as read (without BOM); absent when the file failed. */
  source?: string;
  /** Findings on the text as read. */
  messages: Message[];
  /** The fixed text (fix only). */
  output?: string;
  /** Why the file could not be processed. */
  error?: { code: FileErrorCode; message: string };
  /** Whether the file started with a byte order mark (not part of `source`; put back on write). */
  bom?: boolean;
  /** Non-fatal notes on the file, e.g. a parser that fell back to plain text. */
  warnings?: string[];
}

/** A message as it appears in the JSON report. */
export interface ReportMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  start: Point;
  end: Point;
  actual: string;
  expected: string[];
  fix: Edit | null;
  suggestions: Suggestion[];
  confidence: number;
  explanation: string;
  applied?: boolean;
}

/** One file in the JSON report. */
export interface ReportFile {
  path: string;
  messages: ReportMessage[];
  output?: string;
  error?: { code: FileErrorCode; message: string };
}

/** The JSON report (`--format json`). */
export interface Report {
  version: 1;
  files: ReportFile[];
}
