/**
 * The tasks of `copyguard survey` over many files, run in worker threads (the task module of
 * `WorkerPool`) or in this thread with `--jobs 1`. Each task reads its own files, so the
 * calling thread never holds a text, and the survey's memory grows with its groups, not the
 * archive:
 *
 * - `facts`: the first pass, a few files' packed form observations and the labels they teach;
 * - `findings`: the second pass, a few files' findings described for grouping.
 *
 * `configure` hands every lane the settings of the run (before the second pass: the forms and
 * labels the first pass gave).
 */
import { isMainThread } from 'node:worker_threads';
import { createView } from '../adapters/index.js';
import type { Format } from '../adapters/types.js';
import { analyze } from '../core/analyze.js';
import { observe } from '../core/forms.js';
import { surveyBaseState, surveyCheckState, surveyFileFacts, surveyFindings, type SurveyFileFacts, type SurveyFinding, type SurveyOptions } from '../survey/survey.js';
import type { resolveOptions } from '../core/options.js';
import { noteInput } from './memory.js';
import { deserializeForms, packObservations, type PackedObservation, type SerializedForms } from './observations.js';
import { decodeBytes, readFileBytesSync, type FileError } from './read.js';

/** The settings of a survey run, the same for every file. */
export interface SurveySettings {
  /** Glossary and restorations, discovery and examples. */
  options: SurveyOptions;
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** For the second pass: the forms and labels of the run. */
  second?: { forms: SerializedForms; runLabels: string[] };
}

/** One file of a survey. */
export interface SurveyTask {
  /** The path to report. */
  path: string;
  /** Its absolute path. */
  absolutePath: string;
  /** How to read it. */
  format: Format;
}

/** What the first pass gives for one file. */
export type FactsOutcome =
  | {
      /** Read and decoded. */
      ok: true;
      /** Its size in bytes. */
      bytes: number;
      /** Its packed form observations. */
      observations: PackedObservation[];
      /** The labels it teaches. */
      facts: SurveyFileFacts;
    }
  | {
      /** Not readable. */
      ok: false;
      /** Why. */
      error: FileError;
    };

/** What the second pass gives for one file. */
export type FindingsOutcome =
  | {
      /** Read and decoded. */
      ok: true;
      /** Its size in bytes. */
      bytes: number;
      /** Its findings, described for grouping. */
      findings: SurveyFinding[];
    }
  | {
      /** Not readable (any more). */
      ok: false;
      /** Why. */
      error: FileError;
    };

/** The run in this thread: its settings and what is made from them once. */
let run:
  | {
      settings: SurveySettings;
      restorations: ReturnType<typeof resolveOptions>['restorations'];
      second?: { forms: ReturnType<typeof deserializeForms>; runLabels: string[]; state: ReturnType<typeof resolveOptions> };
    }
  | undefined;

/**
 * Sets the settings of the survey in this thread.
 * @param settings the settings.
 */
export function configureSurvey(settings: SurveySettings): void {
  const options = settings.options;
  run = {
    settings,
    restorations: surveyBaseState(options).restorations,
  };
  if (settings.second) {
    run.second = { forms: deserializeForms(settings.second.forms), runLabels: settings.second.runLabels, state: surveyCheckState(options, settings.second.runLabels) };
  }
}

/**
 * The run's settings.
 * @returns them.
 * @throws Error when `configureSurvey` has not run.
 */
function current(): NonNullable<typeof run> {
  if (!run) throw new Error('The survey tasks are not configured');
  return run;
}

/**
 * Reads, decodes and analyses one file.
 * @param task the file.
 * @param maxFileSize the largest size read.
 * @returns its text, view, analysis and size, or why it could not be read.
 */
function readSurveyFile(task: SurveyTask, maxFileSize: number) {
  const read = readFileBytesSync(task.absolutePath, task.path, { maxFileSize });
  if (!read.ok) return { ok: false as const, error: read.error };
  const decoded = decodeBytes(read.bytes, task.path);
  if (!decoded.ok) return { ok: false as const, error: decoded.error };
  const view = createView(decoded.text, task.format);
  // A worker counts the input toward its next garbage collection; the calling thread counts every outcome.
  if (!isMainThread) noteInput(read.size);
  return { ok: true as const, text: decoded.text, view, analysis: analyze(view.text), bytes: read.size };
}

/**
 * The first pass for a few files, in order.
 * @param tasks the files.
 * @returns their outcomes.
 */
export function surveyFacts(tasks: readonly SurveyTask[]): FactsOutcome[] {
  const { settings, restorations } = current();
  return tasks.map((task): FactsOutcome => {
    const file = readSurveyFile(task, settings.maxFileSize);
    if (!file.ok) return file;
    return { ok: true, bytes: file.bytes, observations: packObservations(observe(file.analysis)), facts: surveyFileFacts(file.view, file.analysis, settings.options, restorations) };
  });
}

/**
 * The second pass for a few files, in order.
 * @param tasks the files.
 * @returns their outcomes.
 * @throws Error when the run's second pass is not configured.
 */
export function surveyFindingsOf(tasks: readonly SurveyTask[]): FindingsOutcome[] {
  const { settings, second } = current();
  if (!second) throw new Error('The survey tasks are not configured for the second pass');
  return tasks.map((task): FindingsOutcome => {
    const file = readSurveyFile(task, settings.maxFileSize);
    if (!file.ok) return file;
    return { ok: true, bytes: file.bytes, findings: surveyFindings(file.text, file.view, file.analysis, second.state, second.forms, second.runLabels, settings.options) };
  });
}

/** The handlers of this task module, by task type (see `WorkerPool`). */
export const handlers = {
  configure: configureSurvey,
  facts: surveyFacts,
  findings: surveyFindingsOf,
};
