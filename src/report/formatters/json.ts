/**
 * The `json` formatter: the report of `../shared/CONTRACT.md` on one line.
 */
import type { FileResult } from '../../core/types.js';
import { toReport } from '../to-report.js';
import type { FormatContext } from './types.js';

/**
 * Format the results as the JSON report, followed by a newline.
 *
 * @param results The outcome of every file that was read.
 * @param context The run; only `command` matters here (`fix` adds each file's `output`).
 * @returns One line of JSON and a newline.
 */
export function formatJson(results: FileResult[], context: FormatContext): string {
  return `${JSON.stringify(toReport(results, context.command))}\n`;
}
