/**
 * The `rdjsonl` formatter: reviewdog's diagnostic format as JSON Lines, one diagnostic a line.
 *
 * reviewdog counts columns in UTF-8 bytes (1-based) within the line, while copyguard counts
 * UTF-16 code units, so every column is converted using the file's text as read. A range's end
 * is exclusive in both.
 */
import type { Edit, FileResult, Message, Point, Severity } from '../../core/types.js';
import type { FormatContext } from './types.js';

/** A reviewdog position: 1-based line and 1-based UTF-8 byte column. */
interface ReviewdogPosition {
  line: number;
  column: number;
}

/** A reviewdog range; `end` is exclusive. */
interface ReviewdogRange {
  start: ReviewdogPosition;
  end: ReviewdogPosition;
}

/** A reviewdog suggestion: replace `range` with `text`. */
interface ReviewdogSuggestion {
  range: ReviewdogRange;
  text: string;
}

/** The reviewdog severity of each severity. */
const severities: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/** The source of every diagnostic. */
const source = { name: 'copyguard' };

/**
 * Find the offset where each line starts; `\r\n`, `\n` and a lone `\r` each end a line.
 *
 * @param text The text as read.
 * @returns Start offsets (UTF-16 code units), the first being 0 for line 1.
 */
export function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (character === 0x0d && text.charCodeAt(index + 1) === 0x0a) {
      // `\r\n` ends one line, not two.
      index += 1;
      starts.push(index + 1);
    } else if (character === 0x0a || character === 0x0d) {
      starts.push(index + 1);
    }
  }
  return starts;
}

/**
 * Convert a position in UTF-16 code units to reviewdog's UTF-8 byte column.
 *
 * @param text The text as read, or `undefined` when it is not known (columns are then kept as they are).
 * @param point The point, whose `offset` and `column` are in UTF-16 code units.
 * @returns The same line with the column counted in UTF-8 bytes from the start of the line.
 */
export function toReviewdogPosition(text: string | undefined, point: Point): ReviewdogPosition {
  if (text === undefined) {
    return { line: point.line, column: point.column };
  }
  const lineStart = point.offset - (point.column - 1);
  return { line: point.line, column: Buffer.byteLength(text.slice(lineStart, point.offset), 'utf8') + 1 };
}

/**
 * Convert an offset to a point, for edit ranges that carry offsets only.
 *
 * @param lineStarts The start offset of each line, from `findLineStarts`.
 * @param offset An offset in UTF-16 code units.
 * @returns The 1-based line and column (UTF-16) and the offset.
 */
function toPoint(lineStarts: number[], offset: number): Point {
  // Binary search for the last line that starts at or before `offset`.
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
}

/**
 * Convert an edit to a reviewdog suggestion.
 *
 * @param text The text as read.
 * @param lineStarts The start offset of each line of `text`.
 * @param edit The fix or a suggestion.
 * @returns The suggestion with its range in lines and UTF-8 byte columns.
 */
function toReviewdogSuggestion(text: string, lineStarts: number[], edit: Edit): ReviewdogSuggestion {
  return {
    range: {
      start: toReviewdogPosition(text, toPoint(lineStarts, edit.range[0])),
      end: toReviewdogPosition(text, toPoint(lineStarts, edit.range[1])),
    },
    text: edit.text,
  };
}

/**
 * Build the diagnostic of a finding.
 *
 * @param path The file path.
 * @param text The text as read (absent only for a failed file).
 * @param lineStarts The start offset of each line of `text`.
 * @param message The finding.
 * @returns The diagnostic; its suggestions are the fix, or when there is none the rule's suggestions.
 */
function toDiagnostic(
  path: string,
  text: string | undefined,
  lineStarts: number[],
  message: Message,
): Record<string, unknown> {
  const diagnostic: Record<string, unknown> = {
    message: message.reason,
    location: {
      path,
      range: { start: toReviewdogPosition(text, message.start), end: toReviewdogPosition(text, message.end) },
    },
    severity: severities[message.severity],
    source,
    code: message.url === undefined ? { value: message.ruleId } : { value: message.ruleId, url: message.url },
  };
  // A confident fix is the one edit to propose; doubtful findings offer their candidates instead.
  const edits: Edit[] = message.fix === null ? message.suggestions : [message.fix];
  if (text !== undefined && edits.length > 0) {
    diagnostic['suggestions'] = edits.map((edit) => toReviewdogSuggestion(text, lineStarts, edit));
  }
  return diagnostic;
}

/**
 * Format the results as reviewdog rdjsonl.
 *
 * @param results The outcome of every file that was read.
 * @param context The run (unused: the diagnostics are the same for `check` and `fix`).
 * @returns One JSON diagnostic per line for each finding and each file error; empty when clean.
 */
export function formatRdjsonl(results: FileResult[], context: FormatContext): string {
  let output = '';
  for (const result of results) {
    const lineStarts = result.source === undefined ? [0] : findLineStarts(result.source);
    for (const message of result.messages) {
      output += `${JSON.stringify(toDiagnostic(result.path, result.source, lineStarts, message))}\n`;
    }
    if (result.error !== undefined) {
      const diagnostic = {
        message: result.error.message,
        location: { path: result.path },
        severity: 'ERROR',
        source,
        code: { value: result.error.code },
      };
      output += `${JSON.stringify(diagnostic)}\n`;
    }
  }
  return output;
}
