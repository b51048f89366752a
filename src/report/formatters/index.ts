/**
 * Every formatter by its `--format` name.
 */
import { formatDiff } from './diff.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatRdjsonl } from './rdjsonl.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

/** The names accepted by `--format`. */
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'diff' | 'rdjsonl';

/** The formatter of each `--format` name. */
export const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  diff: formatDiff,
  rdjsonl: formatRdjsonl,
};
