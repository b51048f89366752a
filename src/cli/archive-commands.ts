/**
 * Commands for whole archives and rule lists: `copyguard survey` groups the findings of an
 * archive and proposes a profile; `copyguard lint-rules` checks a find-and-replace rule list.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatFromPath } from '../adapters/index.js';
import { readTextFile } from '../batch/read.js';
import { expandPaths } from '../batch/walk.js';
import { loadGlossary, type Glossary } from '../core/glossary.js';
import { runLintRules } from '../rules-lint/index.js';
import { createProfile, formatSurveyJson, formatSurveyTable, survey, type SurveyFile } from '../survey/index.js';

/** Where a command writes. */
export interface CommandStreams {
  /** Standard output. */
  stdout: { write(chunk: string): unknown };
  /** Standard error. */
  stderr: { write(chunk: string): unknown };
  /** The working directory. */
  cwd: string;
}

/** Flags of `copyguard survey`. */
export interface SurveyFlags {
  /** Print JSON instead of the table. */
  json?: boolean;
  /** Write the proposed profile (YAML) to this file. */
  profileOut?: string;
  /** A JSON or YAML file holding a glossary. */
  glossary?: string;
  /** Largest file read, in bytes. */
  maxFileSize: number;
}

/**
 * Runs `copyguard survey PATHS`: reads every file, groups the findings by signature and prints
 * the table (or JSON); with `--profile-out`, writes the proposed profile.
 * @param paths files, directories or globs.
 * @param flags the command's flags.
 * @param io the streams and the working directory.
 * @returns the exit code: 0, 1 when a file failed, 2 on a usage or glossary error.
 */
export async function runSurveyCommand(paths: readonly string[], flags: SurveyFlags, io: CommandStreams): Promise<number> {
  let glossary: Glossary | undefined;
  if (flags.glossary) {
    try {
      const { parse } = await import('yaml');
      const text = await (await import('node:fs/promises')).readFile(resolve(io.cwd, flags.glossary), 'utf8');
      glossary = loadGlossary(parse(text) as unknown, flags.glossary);
    } catch (error) {
      io.stderr.write(`copyguard: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const expansion = await expandPaths(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, followSymlinks: false });
  if (expansion.unmatched.length > 0) {
    io.stderr.write(`copyguard: no file matches ${expansion.unmatched.map((glob) => `\`${glob}\``).join(', ')}\n`);
    return 2;
  }
  const files: SurveyFile[] = [];
  let failed = false;
  for (const entry of expansion.entries) {
    const outcome = await readTextFile(entry.absolutePath, entry.path, { maxFileSize: flags.maxFileSize });
    if (!outcome.ok) {
      io.stderr.write(`copyguard: ${outcome.error.message}\n`);
      failed = true;
      continue;
    }
    files.push({ path: entry.path, text: outcome.text, format: formatFromPath(entry.path) });
  }
  const report = survey(files, glossary ? { glossary } : {});
  io.stdout.write(flags.json ? formatSurveyJson(report) : formatSurveyTable(report));
  if (flags.profileOut) {
    const target = resolve(io.cwd, flags.profileOut);
    await writeFile(target, createProfile(report), { flag: 'w' });
    io.stderr.write(`Wrote ${flags.profileOut}: decide the groups whose restoration is empty, then run copyguard fix --profile ${flags.profileOut}\n`);
  }
  return failed ? 1 : 0;
}

/**
 * Runs `copyguard lint-rules FILE`: reports every rule whose replacement re-matches a pattern.
 * @param file the rule list (CSV, TSV, JSON or YAML).
 * @param flags `json` for machine output.
 * @param io the streams and the working directory.
 * @returns the exit code: 0 clean, 1 rules that cascade, 2 a file that cannot be read.
 */
export async function runLintRulesCommand(file: string, flags: { json?: boolean }, io: CommandStreams): Promise<number> {
  // The path is reported as typed; it is read relative to the working directory.
  const result = runLintRules(file, { format: flags.json ? 'json' : 'text', readFile: (path) => readFileSync(resolve(io.cwd, path), 'utf8') });
  (result.exitCode === 2 ? io.stderr : io.stdout).write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  return result.exitCode;
}
