/**
 * The `stylish` formatter: ESLint's stylish layout, one block per file, for people at a terminal.
 *
 * Each finding is a row `line:column  severity  message  ruleId`, followed by the text found
 * (`- …`) and what the fix makes of it (`+ …`) or what a suggestion would make of it (`? …`).
 */
import picocolors from 'picocolors';
import type { Edit, FileResult, Message } from '../../core/types.js';
import type { FormatContext } from './types.js';

/** Colour functions; they return their input unchanged when colour is off. */
type Colors = ReturnType<typeof picocolors.createColors>;

/** Longest text (in code points) shown whole on a `-`/`+` line; longer texts are cut in the middle. */
const maximumShownLength = 60;

/** One row of a file's table, as plain text plus the colour of its severity cell. */
interface Row {
  /** `line:column`, or `-` for a file error. */
  position: string;
  /** `error`, `warning`, `info`, or `fixed` for a finding whose edit is in the output. */
  severity: string;
  /** The message text. */
  message: string;
  /** The rule id, or the error code of a file error. */
  ruleId: string;
  /** Lines shown under the row: found text, fix and suggestions (plain text with a marker). */
  details: Detail[];
}

/** A line under a row: `-` found text, `+` fixed text, `?` suggested text. */
interface Detail {
  /** The marker in front of the text. */
  marker: '-' | '+' | '?';
  /** The text shown after the marker. */
  text: string;
}

/** Counts for the summary line. */
export interface StylishTotals {
  /** Findings not fixed plus file errors, at severity `error`. */
  errors: number;
  /** Findings not fixed at severity `warning`. */
  warnings: number;
  /** Findings not fixed at severity `info`. */
  infos: number;
  /** Findings whose edit is in the output (`fix` only). */
  fixed: number;
  /** Findings not fixed that carry a confident fix. */
  fixable: number;
}

/**
 * Count code points, so that an emoji counts as one when aligning columns.
 *
 * @param text Any text.
 * @returns The number of code points in it.
 */
function measure(text: string): number {
  return [...text].length;
}

/**
 * Pad a text with spaces on the right to a width in code points.
 *
 * @param text The cell text.
 * @param width The width of its column.
 * @returns The text followed by enough spaces.
 */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - measure(text)));
}

/**
 * Make a found or fixed text fit on one short line: line breaks become `↵` and a long text keeps
 * its start and end with `…` in the middle.
 *
 * @param text A source slice or a replacement.
 * @returns The text to show; `(empty)` for an empty text.
 */
function shortenText(text: string): string {
  if (text === '') {
    return '(empty)';
  }
  // A span may run over a line break, as in `the\nthe`; keep the shown text on one line.
  const characters = [...text.replace(/\r\n|\n|\r/g, '↵')];
  if (characters.length <= maximumShownLength) {
    return characters.join('');
  }
  const headLength = Math.ceil((maximumShownLength - 1) / 2);
  const tailLength = maximumShownLength - 1 - headLength;
  return `${characters.slice(0, headLength).join('')}…${characters.slice(characters.length - tailLength).join('')}`;
}

/**
 * Compute what a finding's span becomes after an edit, so `-` and `+` lines show the same span.
 *
 * @param message The finding; its `actual` is the span `[start.offset, end.offset)`.
 * @param edit The fix or a suggestion.
 * @returns The span with the edit applied, or the edit's text when the edit reaches outside the span.
 */
function applyEditToSpan(message: Message, edit: Edit): string {
  const spanStart = message.start.offset;
  const spanEnd = spanStart + message.actual.length;
  const [editStart, editEnd] = edit.range;
  if (editStart < spanStart || editEnd > spanEnd || editStart > editEnd) {
    return edit.text;
  }
  return message.actual.slice(0, editStart - spanStart) + edit.text + message.actual.slice(editEnd - spanStart);
}

/**
 * Build the table row of a finding with its detail lines.
 *
 * @param message The finding.
 * @returns The row: position, severity (or `fixed`), message, rule id, and the found, fixed and suggested texts.
 */
function toRow(message: Message): Row {
  const details: Detail[] = [{ marker: '-', text: shortenText(message.actual) }];
  if (message.fix !== null) {
    details.push({ marker: '+', text: shortenText(applyEditToSpan(message, message.fix)) });
  }
  for (const suggestion of message.suggestions) {
    const percent = Math.round(suggestion.confidence * 100);
    details.push({
      marker: '?',
      text: `${shortenText(applyEditToSpan(message, suggestion))}  (suggestion, ${percent}%)`,
    });
  }
  return {
    position: `${message.start.line}:${message.start.column}`,
    severity: message.applied === true ? 'fixed' : message.severity,
    message: message.reason,
    ruleId: message.ruleId,
    details,
  };
}

/**
 * Colour a severity cell.
 *
 * @param severity The plain cell text (`error`, `warning`, `info` or `fixed`).
 * @param padded The same text padded to the column width.
 * @param colors The colour functions.
 * @returns The padded cell in the colour of its severity.
 */
function colorSeverity(severity: string, padded: string, colors: Colors): string {
  switch (severity) {
    case 'error':
      return colors.red(padded);
    case 'warning':
      return colors.yellow(padded);
    case 'fixed':
      return colors.green(padded);
    default:
      return colors.blue(padded);
  }
}

/**
 * Colour a detail line's marker and text.
 *
 * @param detail The detail line.
 * @param colors The colour functions.
 * @returns `- found` in red, `+ fixed` in green, `? suggested` in yellow.
 */
function formatDetail(detail: Detail, colors: Colors): string {
  const line = `${detail.marker} ${detail.text}`;
  if (detail.marker === '-') {
    return colors.red(line);
  }
  return detail.marker === '+' ? colors.green(line) : colors.yellow(line);
}

/**
 * Format the block of one file: its path, then the aligned rows and their detail lines.
 *
 * @param result The outcome for one file.
 * @param colors The colour functions.
 * @returns The block's lines, or no line for a clean file.
 */
function formatFile(result: FileResult, colors: Colors): string[] {
  const rows = result.messages.map(toRow);
  if (result.error !== undefined) {
    rows.push({ position: '-', severity: 'error', message: result.error.message, ruleId: result.error.code, details: [] });
  }
  if (rows.length === 0) {
    return [];
  }
  const positionWidth = Math.max(...rows.map((row) => measure(row.position)));
  const severityWidth = Math.max(...rows.map((row) => measure(row.severity)));
  const messageWidth = Math.max(...rows.map((row) => measure(row.message)));
  const detailIndent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
  const lines = [colors.underline(result.path)];
  for (const row of rows) {
    lines.push(
      `  ${colors.dim(pad(row.position, positionWidth))}  ${colorSeverity(row.severity, pad(row.severity, severityWidth), colors)}  ${pad(row.message, messageWidth)}  ${colors.dim(row.ruleId)}`,
    );
    for (const detail of row.details) {
      lines.push(detailIndent + formatDetail(detail, colors));
    }
  }
  return lines;
}

/**
 * Count findings and file errors for the summary.
 *
 * @param results The outcome of every file.
 * @returns Remaining problems by severity, fixed findings and fixable findings.
 */
function countTotals(results: FileResult[]): StylishTotals {
  const totals: StylishTotals = { errors: 0, warnings: 0, infos: 0, fixed: 0, fixable: 0 };
  for (const result of results) {
    if (result.error !== undefined) {
      totals.errors += 1;
    }
    for (const message of result.messages) {
      if (message.applied === true) {
        totals.fixed += 1;
        continue;
      }
      if (message.severity === 'error') {
        totals.errors += 1;
      } else if (message.severity === 'warning') {
        totals.warnings += 1;
      } else {
        totals.infos += 1;
      }
      if (message.fix !== null) {
        totals.fixable += 1;
      }
    }
  }
  return totals;
}

/**
 * Write a count with its noun, plural when the count is not one.
 *
 * @param count How many.
 * @param noun The singular noun.
 * @returns For example `1 problem` or `3 problems`.
 */
function pluralize(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Format the summary lines.
 *
 * @param totals The counts.
 * @param context The run; `check` adds how many problems `fix --write` would fix.
 * @param colors The colour functions.
 * @returns The summary lines (none when there is nothing to say).
 */
function formatSummary(totals: StylishTotals, context: FormatContext, colors: Colors): string[] {
  const lines: string[] = [];
  if (totals.fixed > 0) {
    lines.push(colors.green(colors.bold(`✔ ${pluralize(totals.fixed, 'problem')} fixed`)));
  }
  const problems = totals.errors + totals.warnings + totals.infos;
  if (problems > 0) {
    const parts = [pluralize(totals.errors, 'error'), pluralize(totals.warnings, 'warning')];
    // Infos are rare; mention them only when there are some, as in `(0 errors, 0 warnings, 1 info)`.
    if (totals.infos > 0) {
      parts.push(pluralize(totals.infos, 'info'));
    }
    const summary = `✖ ${pluralize(problems, 'problem')} (${parts.join(', ')})`;
    lines.push(totals.errors > 0 ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
    if (context.command === 'check' && totals.fixable > 0) {
      lines.push(
        colors.dim(`  ${pluralize(totals.fixable, 'problem')} fixable with \`copyguard fix --write\``),
      );
    }
  }
  return lines;
}

/**
 * Format one file's block of the stylish layout, so a long run can print each file as it
 * finishes and the summary at the end (`formatStylishSummary`).
 *
 * @param result The outcome of one file.
 * @param context The run: `color` turns ANSI colours on.
 * @returns The file's block, or an empty string when it has nothing to show.
 */
export function formatStylishFile(result: FileResult, context: FormatContext): string {
  const lines = formatFile(result, picocolors.createColors(context.color));
  return lines.length > 0 ? `\n${lines.join('\n')}\n` : '';
}

/**
 * Count one file's findings and error for the summary of the stylish layout.
 *
 * @param result The outcome of one file.
 * @returns Its counts, to add with `addStylishTotals`.
 */
export function countStylishTotals(result: FileResult): StylishTotals {
  return countTotals([result]);
}

/**
 * Add counts of the stylish summary, in place.
 *
 * @param into The counts so far.
 * @param more The counts of more files.
 */
export function addStylishTotals(into: StylishTotals, more: StylishTotals): void {
  into.errors += more.errors;
  into.warnings += more.warnings;
  into.infos += more.infos;
  into.fixed += more.fixed;
  into.fixable += more.fixable;
}

/**
 * Format the summary of the stylish layout.
 *
 * @param totals The counts of every file.
 * @param context The run: `color` turns ANSI colours on, `command` shapes the summary.
 * @returns The summary text, empty when there is nothing to say.
 */
export function formatStylishSummary(totals: StylishTotals, context: FormatContext): string {
  const summary = formatSummary(totals, context, picocolors.createColors(context.color));
  return summary.length > 0 ? `\n${summary.join('\n')}\n` : '';
}

/**
 * Format the results in ESLint's stylish layout.
 *
 * @param results The outcome of every file that was read.
 * @param context The run: `color` turns ANSI colours on, `command` shapes the summary.
 * @returns The text to print: a block per file with findings or an error, then a summary; empty when all files are clean.
 */
export function formatStylish(results: FileResult[], context: FormatContext): string {
  let output = '';
  for (const result of results) {
    output += formatStylishFile(result, context);
  }
  return output + formatStylishSummary(countTotals(results), context);
}
