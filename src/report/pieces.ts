/**
 * A file's part of a report, formatted where the file was processed. Every format but `sarif`
 * is the concatenation of one text per file (inside an envelope for `json`, before a summary
 * for `stylish`), so a batch run formats each file in the thread that checked it and sends on
 * a string, instead of its findings: the main thread only writes the pieces in run order.
 * Joined by the report sink, the pieces give the same report as formatting every result at once.
 */
import type { FileResult, Message, Severity } from '../core/types.js';
import type { FormatName } from './formatters/index.js';
import { formatDiff } from './formatters/diff.js';
import { formatGithub } from './formatters/github.js';
import { formatRdjsonl } from './formatters/rdjsonl.js';
import { countStylishTotals, formatStylishFile, type StylishTotals } from './formatters/stylish.js';
import type { FormatContext } from './formatters/types.js';
import { toReport } from './to-report.js';

/** Formats whose report is made of one piece per file. */
export type PieceFormat = Exclude<FormatName, 'sarif'>;

/** One file's part of a report. */
export interface ReportPiece {
  /** Its text: for `json`, the file's object in the `files` array; else its lines. */
  text: string;
  /** For `stylish`, the file's counts for the summary. */
  totals?: StylishTotals;
}

/**
 * Whether a format's report is made of one piece per file.
 * @param format the format.
 * @returns false for `sarif` (one document whose runs hold every file).
 */
export function isPieceFormat(format: FormatName): format is PieceFormat {
  return format !== 'sarif';
}

/**
 * Formats one file's part of a report.
 * @param format the format.
 * @param result the file's result.
 * @param context what formatters know about the run.
 * @returns the piece.
 */
export function formatPiece(format: PieceFormat, result: FileResult, context: FormatContext): ReportPiece {
  switch (format) {
    case 'json':
      return { text: JSON.stringify(toReport([result], context.command).files[0]) };
    case 'stylish':
      return { text: formatStylishFile(result, context), totals: countStylishTotals(result) };
    case 'github':
      return { text: formatGithub([result], context) };
    case 'rdjsonl':
      return { text: formatRdjsonl([result], context) };
    case 'diff':
      return { text: formatDiff([result], context) };
  }
}

/** Findings by severity, for the exit code. */
export type SeverityCounts = Record<Severity, number>;

/**
 * Counts findings by severity.
 * @param messages the findings.
 * @returns the counts.
 */
export function countSeverities(messages: readonly Message[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const message of messages) counts[message.severity] += 1;
  return counts;
}
