/**
 * Commands for whole archives and rule lists: `copyguard survey` groups the findings of an
 * archive and proposes a profile; `copyguard lint-rules` checks a find-and-replace rule list.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatFromPath } from '../adapters/index.js';
import type { Format } from '../adapters/types.js';
import { noteInput } from '../batch/memory.js';
import { FormAccumulator, serializeForms } from '../batch/observations.js';
import { decideWorkers, mapOrdered, WorkerPool } from '../batch/pool.js';
import type { FactsOutcome, FindingsOutcome, SurveySettings, SurveyTask } from '../batch/survey-tasks.js';
import { TaskList } from '../batch/task-list.js';
import { expandPaths } from '../batch/walk.js';
import { loadGlossary, type Glossary } from '../core/glossary.js';
import { runLintRules } from '../rules-lint/index.js';
import { createProfile, formatSurveyJson, formatSurveyTable } from '../survey/index.js';
import { SurveyGroupCollector, SurveyLabelCollector, type SurveyOptions, type SurveyReport } from '../survey/survey.js';

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
  /** Threads that read files (`--jobs`; undefined: decide from the cores and the files). */
  jobs?: number | undefined;
}

/** Files per task sent to a lane: one message for a few small files. */
const filesPerTask = 8;

/** The survey's task module, which every worker imports. */
const surveyModule = new URL('../batch/survey-tasks.js', import.meta.url);

/**
 * Runs `copyguard survey PATHS`: reads every file twice, in worker threads with `--jobs` (the
 * forms and labels of the whole archive first, then each file's findings), groups the findings
 * by signature and prints the table (or JSON); with `--profile-out`, writes the proposed
 * profile. No thread holds more than a few files' texts at a time.
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
  const tasks = await listSurveyFiles(paths, io);
  if (!tasks) return 2;
  const options: SurveyOptions = glossary ? { glossary } : {};
  // The calling thread is one of the lanes: `--jobs 2` is this thread and one worker.
  const pool = new WorkerPool({ size: decideWorkers(flags.jobs, tasks.length) - 1, module: surveyModule, inline: true });
  let report: SurveyReport;
  let failed = false;
  try {
    const settings: SurveySettings = { options, maxFileSize: flags.maxFileSize };
    await pool.broadcast('configure', settings);
    const chunks = Math.ceil(tasks.length / filesPerTask);
    /**
     * The files of one chunk, made when the chunk is sent.
     * @param chunk the chunk's index.
     * @returns its tasks.
     */
    const chunkOf = (chunk: number): SurveyTask[] =>
      tasks.slice(chunk * filesPerTask, (chunk + 1) * filesPerTask).map((task) => ({ path: task.path, absolutePath: task.absolutePath, format: surveyFormats[task.optionsIndex] as Format }));
    // Results arrive in run order: what they teach is gathered as they come, never all held.
    const forms = new FormAccumulator();
    const labels = new SurveyLabelCollector(options);
    // Whether each file was readable, by index (1: yes).
    const readable = new Uint8Array(tasks.length);
    let readableCount = 0;
    await mapOrdered(
      chunks,
      pool.size * 4,
      (chunk) => pool.run<FactsOutcome[]>('facts', chunkOf(chunk)),
      (outcomes, chunk) => {
        for (const [offset, outcome] of outcomes.entries()) {
          if (!outcome.ok) {
            io.stderr.write(`copyguard: ${outcome.error.message}\n`);
            failed = true;
            continue;
          }
          readable[chunk * filesPerTask + offset] = 1;
          readableCount += 1;
          noteInput(outcome.bytes);
          forms.add(outcome.observations);
          labels.add(outcome.facts);
        }
      },
    );
    const { runLabels, discovered } = labels.finish();
    await pool.broadcast('configure', { ...settings, second: { forms: serializeForms(forms.learn()), runLabels } } satisfies SurveySettings);
    const groups = new SurveyGroupCollector();
    await mapOrdered(
      chunks,
      pool.size * 4,
      (chunk) => pool.run<FindingsOutcome[]>('findings', chunkOf(chunk).filter((_, offset) => readable[chunk * filesPerTask + offset] === 1)),
      (outcomes, chunk) => {
        const indexes: number[] = [];
        for (let index = chunk * filesPerTask; index < Math.min(tasks.length, (chunk + 1) * filesPerTask); index++) if (readable[index] === 1) indexes.push(index);
        for (const [offset, outcome] of outcomes.entries()) {
          if (!outcome.ok) {
            // Readable in the first pass, not in the second: changed under the run.
            io.stderr.write(`copyguard: ${outcome.error.message}\n`);
            failed = true;
            readable[indexes[offset] as number] = 0;
            readableCount -= 1;
            continue;
          }
          noteInput(outcome.bytes);
          groups.add(tasks.pathAt(indexes[offset] as number), outcome.findings);
        }
      },
    );
    report = groups.report(readableCount, discovered);
  } finally {
    await pool.close();
  }
  io.stdout.write(flags.json ? formatSurveyJson(report) : formatSurveyTable(report));
  if (flags.profileOut) {
    const target = resolve(io.cwd, flags.profileOut);
    await writeFile(target, createProfile(report), { flag: 'w' });
    io.stderr.write(`Wrote ${flags.profileOut}: decide the groups whose restoration is empty, then run copyguard fix --profile ${flags.profileOut}\n`);
  }
  return failed ? 1 : 0;
}

/** The formats of survey tasks, named by index in the task list. */
const surveyFormats: readonly Format[] = ['text', 'markdown', 'html'];

/**
 * Finds the files of a survey and holds them compactly (an archive's list is the largest thing
 * the calling thread keeps).
 * @param paths the paths of the command line.
 * @param io the streams and the working directory.
 * @returns the files, or undefined when a glob matched nothing (said on standard error).
 */
async function listSurveyFiles(paths: readonly string[], io: CommandStreams): Promise<TaskList | undefined> {
  const expansion = await expandPaths(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, followSymlinks: false });
  if (expansion.unmatched.length > 0) {
    io.stderr.write(`copyguard: no file matches ${expansion.unmatched.map((glob) => `\`${glob}\``).join(', ')}\n`);
    return undefined;
  }
  return new TaskList(expansion.entries.length, io.cwd, (index) => {
    const entry = expansion.entries[index] as (typeof expansion.entries)[number];
    return { path: entry.path, absolutePath: entry.absolutePath, optionsIndex: surveyFormats.indexOf(formatFromPath(entry.path)) };
  });
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
