/**
 * Turns file results into the JSON report of `../shared/CONTRACT.md`, with its field order.
 */
import type {
  Edit,
  FileResult,
  Message,
  Point,
  Report,
  ReportFile,
  ReportMessage,
  Suggestion,
} from '../core/types.js';

/**
 * Copy a point, keeping only the fields of the contract.
 *
 * @param point A point of a message (it may carry more fields than the contract allows).
 * @returns A new point with `line`, `column` and `offset`.
 */
function toReportPoint(point: Point): Point {
  return { line: point.line, column: point.column, offset: point.offset };
}

/**
 * Copy an edit, keeping only its range and text.
 *
 * @param edit The confident edit of a message.
 * @returns A new edit with `range` and `text`.
 */
function toReportEdit(edit: Edit): Edit {
  return { range: [edit.range[0], edit.range[1]], text: edit.text };
}

/**
 * Copy a suggestion, keeping only its range, text and confidence.
 *
 * @param suggestion An edit offered but never applied.
 * @returns A new suggestion with `range`, `text` and `confidence`.
 */
function toReportSuggestion(suggestion: Suggestion): Suggestion {
  return {
    range: [suggestion.range[0], suggestion.range[1]],
    text: suggestion.text,
    confidence: suggestion.confidence,
  };
}

/**
 * Map a finding to its report form: `reason` becomes `message`, and the fields follow the contract's order.
 *
 * @param message A finding (a `VFileMessage` with copyguard's fields).
 * @returns The message as it appears in the JSON report; `applied` only when it is set.
 */
export function toReportMessage(message: Message): ReportMessage {
  const reportMessage: ReportMessage = {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.reason,
    start: toReportPoint(message.start),
    end: toReportPoint(message.end),
    actual: message.actual,
    expected: [...message.expected],
    fix: message.fix === null ? null : toReportEdit(message.fix),
    suggestions: message.suggestions.map(toReportSuggestion),
    confidence: message.confidence,
    explanation: message.explanation,
  };
  if (message.applied !== undefined) {
    reportMessage.applied = message.applied;
  }
  return reportMessage;
}

/**
 * Map the result of one file to its report form.
 *
 * @param result The outcome for one file.
 * @param command The command that produced it; only `fix` reports `output`.
 * @returns The file as it appears in the JSON report: `output` for `fix` on a file without error, `error` when it failed.
 */
function toReportFile(result: FileResult, command: 'check' | 'fix'): ReportFile {
  const reportFile: ReportFile = { path: result.path, messages: result.messages.map(toReportMessage) };
  // A failed file never has `output`, even if a caller left one on the result.
  if (command === 'fix' && result.error === undefined && result.output !== undefined) {
    reportFile.output = result.output;
  }
  if (result.error !== undefined) {
    reportFile.error = { code: result.error.code, message: result.error.message };
  }
  return reportFile;
}

/**
 * Build the JSON report of a run.
 *
 * @param results The outcome of every file that was read, in order.
 * @param command The command that produced them (`check` or `fix`).
 * @returns The report object of `../shared/CONTRACT.md`, version 1.
 */
export function toReport(results: FileResult[], command: 'check' | 'fix'): Report {
  return { version: 1, files: results.map((result) => toReportFile(result, command)) };
}
