/**
 * The `github` formatter: GitHub Actions workflow commands, which become annotations on a run and
 * on the lines of a pull request.
 *
 * Escaping follows GitHub's runner: in the message `%`, `\r` and `\n` become `%25`, `%0D` and
 * `%0A`; in a property value `:` and `,` also become `%3A` and `%2C`.
 */
import type { FileResult, Message, Severity } from '../../core/types.js';
import type { FormatContext } from './types.js';

/** The workflow command for each severity. */
const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escape the message part of a workflow command.
 *
 * @param text The message.
 * @returns The text with `%`, `\r` and `\n` percent-encoded (`%` first so the others are not encoded twice).
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * Escape a property value of a workflow command.
 *
 * @param text The value of `file`, `title` or another property.
 * @returns The text escaped as data, with `:` and `,` also percent-encoded.
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * Build one workflow command.
 *
 * @param command `error`, `warning` or `notice`.
 * @param properties The properties in order; each value is escaped.
 * @param message The message; escaped as data.
 * @returns A line such as `::error file=a.md,line=1::Unexpected …`.
 */
function formatCommand(command: string, properties: Array<[string, string | number]>, message: string): string {
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${command} ${list}::${escapeData(message)}`;
}

/**
 * Build the workflow command of a finding.
 *
 * @param path The file path, relative to the working directory.
 * @param message The finding.
 * @returns A command with the file, the span and a title naming the rule.
 */
function formatMessage(path: string, message: Message): string {
  return formatCommand(
    commands[message.severity],
    [
      ['file', path],
      ['line', message.start.line],
      ['col', message.start.column],
      ['endLine', message.end.line],
      ['endColumn', message.end.column],
      ['title', `copyguard (${message.ruleId})`],
    ],
    message.reason,
  );
}

/**
 * Format the results as GitHub Actions workflow commands, one line each.
 *
 * @param results The outcome of every file that was read.
 * @param context The run (unused: the commands are the same for `check` and `fix`).
 * @returns One command per finding and per file error, each followed by a newline; empty when clean.
 */
export function formatGithub(results: FileResult[], context: FormatContext): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      lines.push(formatMessage(result.path, message));
    }
    if (result.error !== undefined) {
      lines.push(
        formatCommand('error', [['file', result.path], ['title', `copyguard (${result.error.code})`]], result.error.message),
      );
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
