/**
 * Baselines: a JSON file of known findings by fingerprint, per path. A run with `--baseline`
 * reports only findings whose fingerprint is not listed for their file; `check
 * --update-baseline` writes every current finding to it. Fingerprints do not depend on
 * positions, so editing elsewhere in a file keeps its baseline valid.
 *
 *     {"version": 1, "files": {"news/a.md": [{"fingerprint": "c05b…", "ruleId": "…", "line": 3, "message": "…"}]}}
 *
 * Paths are relative to the baseline file's folder, with `/`, so the file can be committed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { FileResult, Message } from '../core/types.js';
import { writeFileSafely } from '../batch/write.js';
import { ConfigError } from './config.js';
import { configTexts } from './messages.js';

/** One known finding in the baseline file. */
export interface BaselineEntry {
  /** The finding's fingerprint. */
  fingerprint: string;
  /** Its rule, for people reading the file. */
  ruleId: string;
  /** Its line when the baseline was written, for people reading the file. */
  line: number;
  /** Its message, for people reading the file. */
  message: string;
}

/** The baseline file. */
export interface BaselineFile {
  /** Format version. */
  version: 1;
  /** Known findings by path. */
  files: Record<string, BaselineEntry[]>;
}

/** A loaded baseline. */
export interface Baseline {
  /** Absolute path of the file. */
  file: string;
  /** Known fingerprints by baseline key. */
  known: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Reads a baseline.
 * @param file absolute path of the baseline.
 * @param name the name to show in errors.
 * @returns the baseline.
 * @throws ConfigError when it is missing or malformed.
 */
export async function readBaseline(file: string, name: string): Promise<Baseline> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(configTexts.baselineMissing(name), { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new ConfigError(configTexts.baselineInvalid(name, error instanceof Error ? error.message : String(error)), { cause: error });
  }
  const parsed = value as Partial<BaselineFile> | null;
  if (typeof parsed !== 'object' || parsed === null || parsed.version !== 1 || typeof parsed.files !== 'object' || parsed.files === null) {
    throw new ConfigError(configTexts.baselineInvalid(name, 'expected {"version": 1, "files": {…}}'));
  }
  const known = new Map<string, Set<string>>();
  for (const [path, entries] of Object.entries(parsed.files)) {
    if (!Array.isArray(entries)) throw new ConfigError(configTexts.baselineInvalid(name, `files[${JSON.stringify(path)}] is not a list`));
    const fingerprints = new Set<string>();
    for (const entry of entries as unknown[]) {
      const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
      if (typeof fingerprint !== 'string') {
        throw new ConfigError(configTexts.baselineInvalid(name, `an entry of files[${JSON.stringify(path)}] has no fingerprint`));
      }
      fingerprints.add(fingerprint);
    }
    known.set(path, fingerprints);
  }
  return { file, known };
}

/**
 * The key of a result's path in a baseline.
 * @param path the path as reported.
 * @param cwd the working directory.
 * @param baselineFile absolute path of the baseline.
 * @returns the path relative to the baseline's folder with `/` (`<stdin>` stays as it is).
 */
export function baselineKey(path: string, cwd: string, baselineFile: string): string {
  if (path === '<stdin>') return path;
  return relative(dirname(baselineFile), resolve(cwd, path)).split(sep).join('/');
}

/**
 * Drops the findings a baseline knows.
 * @param messages findings of one file.
 * @param key the file's baseline key.
 * @param baseline the baseline.
 * @returns the findings not in it.
 */
export function filterByBaseline(messages: Message[], key: string, baseline: Baseline): Message[] {
  const known = baseline.known.get(key);
  if (!known) return messages;
  return messages.filter((message) => !known.has(message.fingerprint));
}

/**
 * Builds the baseline of a run.
 * @param results the results of every file.
 * @param cwd the working directory.
 * @param baselineFile absolute path of the baseline.
 * @returns the file content, paths sorted.
 */
export function createBaseline(results: readonly FileResult[], cwd: string, baselineFile: string): BaselineFile {
  const files: Record<string, BaselineEntry[]> = {};
  const keyed = results
    .filter((result) => result.messages.length > 0)
    .map((result) => ({ key: baselineKey(result.path, cwd, baselineFile), result }))
    .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
  for (const { key, result } of keyed) {
    files[key] = result.messages.map((message) => ({
      fingerprint: message.fingerprint,
      ruleId: message.ruleId,
      line: message.start.line,
      message: message.reason,
    }));
  }
  return { version: 1, files };
}

/**
 * Writes a baseline file (creating it, or replacing it safely).
 * @param file absolute path.
 * @param name the name to show in errors.
 * @param baseline the content.
 * @throws ConfigError when it cannot be written.
 */
export async function writeBaseline(file: string, name: string, baseline: BaselineFile): Promise<void> {
  const text = `${JSON.stringify(baseline, null, 2)}\n`;
  try {
    // An existing baseline is replaced safely (temporary file and rename); a new one is created.
    const failure = await writeFileSafely(file, name, text, { bom: false, backup: false });
    if (failure?.code === 'ENOENT') await writeFile(file, text, 'utf8');
    else if (failure) throw new Error(failure.message);
  } catch (error) {
    throw new ConfigError(configTexts.cannotWriteBaseline(name, error instanceof Error ? error.message : String(error)), { cause: error });
  }
}
