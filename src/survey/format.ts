/**
 * Formatters of a survey report: a terminal table and JSON.
 */
import type { SurveyReport } from './survey.js';

/**
 * Shortens a cell to a width, with an ellipsis.
 * @param value the cell text.
 * @param width the most characters it may take.
 * @returns the shortened text.
 */
function fit(value: string, width: number): string {
  return value.length <= width ? value : `${value.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Formats a survey as a table for a terminal: one row per group (largest impact first) and
 * its examples indented below it, then a line with the totals.
 * @param report the survey report.
 * @returns the table, ending with a line break.
 */
export function formatSurveyTable(report: SurveyReport): string {
  const header = ['#', 'kind', 'count', 'files', 'impact', 'restoration', 'text'];
  const rows = report.groups.map((group, index) => [
    String(index + 1),
    group.kind,
    String(group.count),
    String(group.files.length),
    String(group.impact),
    group.restoration === null ? `? ${group.suggestion === null ? '' : `(${group.suggestion})`}`.trim() : group.restoration,
    fit(group.text, 60),
  ]);
  const widths = header.map((title, column) => Math.min(30, Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))));
  const numeric = new Set([0, 2, 3, 4]);
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => {
        if (column === cells.length - 1) return cell;
        const width = widths[column] ?? 0;
        const value = fit(cell, width);
        return numeric.has(column) ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const lines = [line(header)];
  report.groups.forEach((group, index) => {
    lines.push(line(rows[index] ?? []));
    lines.push(`      id: ${group.id}`);
    for (const example of group.examples) lines.push(`      ${example.path}:${example.line}:${example.column}  ${example.context}`);
  });
  const open = report.groups.filter((group) => group.restoration === null).length;
  lines.push('');
  lines.push(`${report.findings} finding${report.findings === 1 ? '' : 's'} in ${report.groups.length} group${report.groups.length === 1 ? '' : 's'} over ${report.files} file${report.files === 1 ? '' : 's'}; ${open} group${open === 1 ? '' : 's'} need${open === 1 ? 's' : ''} a decision`);
  if (report.discoveredLabels.length > 0) lines.push(`labels found without a glossary: ${report.discoveredLabels.map((label) => `\`${label}\``).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Formats a survey as JSON.
 * @param report the survey report.
 * @returns pretty-printed JSON, ending with a line break.
 */
export function formatSurveyJson(report: SurveyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
