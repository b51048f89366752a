/**
 * The `diff` formatter: a unified diff from each file as read to its fixed output, in Git's
 * layout (`diff --git a/<path> b/<path>`), so that `git apply` accepts it from the working directory.
 *
 * Lines are split on `\n` only, as Git does: a `\r\n` line keeps its `\r` in the patch, and a
 * file without a final newline gets Git's `\ No newline at end of file` marker.
 */
import { isAbsolute, relative } from 'node:path';
import { formatPatch, structuredPatch } from 'diff';
import type { FileResult } from '../../core/types.js';
import type { FormatContext } from './types.js';

/** Lines of unchanged context around each change, as `git diff` uses. */
const contextLines = 3;

/**
 * Turn a result path into the path Git expects: relative to the working directory, with forward slashes.
 *
 * @param path The path as given on the command line or found by walking.
 * @param cwd The absolute working directory.
 * @returns The path relative to `cwd`, `/`-separated, without a leading `./`.
 */
export function toPatchPath(path: string, cwd: string): string {
  const relativePath = isAbsolute(path) ? relative(cwd, path) : path;
  const segments = relativePath.replaceAll('\\', '/').split('/');
  // `./news/a.md` and `news//a.md` name the same file; Git wants `news/a.md`.
  return segments.filter((segment) => segment !== '' && segment !== '.').join('/');
}

/**
 * Build the Git-style unified diff of one file.
 *
 * @param path The path of the file in the patch (relative, `/`-separated).
 * @param source The text as read.
 * @param output The fixed text.
 * @returns The patch text, ending with a newline.
 */
export function createFilePatch(path: string, source: string, output: string): string {
  const patch = structuredPatch(`a/${path}`, `b/${path}`, source, output, undefined, undefined, {
    context: contextLines,
  });
  patch.isGit = true;
  return formatPatch(patch);
}

/**
 * Format the results as one unified diff of every file whose output differs from its source.
 *
 * Files with an error, without output (as in `check`) or unchanged add nothing; errors are for the
 * other formatters and the CLI to report.
 *
 * @param results The outcome of every file that was read.
 * @param context The run; `cwd` makes absolute paths relative.
 * @returns A patch that `git apply` accepts from `cwd`; empty when nothing changes.
 */
export function formatDiff(results: FileResult[], context: FormatContext): string {
  let output = '';
  for (const result of results) {
    if (result.error !== undefined || result.source === undefined || result.output === undefined) {
      continue;
    }
    if (result.output === result.source) {
      continue;
    }
    output += createFilePatch(toPatchPath(result.path, context.cwd), result.source, result.output);
  }
  return output;
}
