/**
 * Runs `check` or `fix` over the files of one run: learns the dominant forms over all files
 * first (CONTRACT.md: "over all files of one run when several files are given"), then checks
 * or fixes each file with its own options, honouring inline control comments.
 */
import { check, learnFormsFrom } from '../check.js';
import { applyEdits } from '../core/fixer.js';
import type { FormModel } from '../core/forms.js';
import type { Options } from '../core/options.js';
import type { Change, Edit, FileResult, Message } from '../core/types.js';
import { fix } from '../fix.js';
import { noteTexts } from '../cli/messages.js';
import { applyControls, scanControls, type Controls } from './inline-controls.js';
import type { ReadOutcome } from './read.js';

/** One file of a run, read and with its options. */
export interface BatchFile {
  /** The path to report. */
  path: string;
  /** What reading it gave. */
  read: ReadOutcome;
  /** Its options (rules, restorations, format), without `forms`. */
  options: Options;
}

/** The outcome of a run before writing. */
export interface BatchOutcome {
  /** One result per file, in the order given. */
  results: FileResult[];
  /** The forms learned over all files (undefined when only one file was read). */
  forms: FormModel | undefined;
}

/** Rule ids known to the inline controls check. */
export interface ProcessOptions {
  /** Rule ids that exist, to warn about unknown ids in control comments. */
  knownRuleIds: ReadonlySet<string>;
}

/**
 * Checks or fixes every file of a run.
 * @param command `check` collects findings; `fix` also computes each file's output.
 * @param files the files with what reading gave and their options.
 * @param processOptions the known rule ids.
 * @returns one result per file (failed files carry `error`) and the forms used.
 */
export function processFiles(command: 'check' | 'fix', files: readonly BatchFile[], processOptions: ProcessOptions): BatchOutcome {
  const readable = files.filter((file) => file.read.ok);
  const forms =
    readable.length > 1
      ? learnFormsFrom(readable.map((file) => ({ text: file.read.ok ? file.read.text : '', format: file.options.format ?? 'text' })))
      : undefined;
  const results = files.map((file): FileResult => {
    if (!file.read.ok) return { path: file.path, messages: [], error: file.read.error };
    return processText(command, file.path, file.read.text, file.read.bom, file.options, forms, processOptions);
  });
  return { results, forms };
}

/**
 * Checks or fixes one decoded text of a run, honouring its inline control comments.
 * @param command `check` collects findings; `fix` also computes the output.
 * @param path the path to report.
 * @param text the text as read (without BOM).
 * @param bom whether a BOM preceded it.
 * @param fileOptions the file's options, without `forms`.
 * @param forms the forms learned over the run, if any.
 * @param processOptions the known rule ids.
 * @returns the file's result with `source` (and `output` for `fix`).
 */
export function processText(
  command: 'check' | 'fix',
  path: string,
  text: string,
  bom: boolean,
  fileOptions: Options,
  forms: FormModel | undefined,
  processOptions: ProcessOptions,
): FileResult {
  const options = withForms(fileOptions, forms);
  const controls = scanControls(text);
  const warnings = controlWarnings(controls, processOptions.knownRuleIds);
  const result: FileResult = { path, source: text, messages: [], bom };
  if (warnings.length > 0) result.warnings = warnings;
  if (command === 'check') {
    result.messages = applyControls(check(text, options), controls);
    return result;
  }
  const fixed = fixWithControls(text, options, controls);
  result.messages = fixed.messages;
  result.output = fixed.output;
  return result;
}

/**
 * Checks a file's output again, for the exit code of `fix --write` (CONTRACT.md: findings "in
 * the written output").
 * @param output the fixed text.
 * @param options the file's options.
 * @param forms the forms of the run.
 * @returns the findings that remain, after inline controls.
 */
export function recheckOutput(output: string, options: Options, forms: FormModel | undefined): Message[] {
  return applyControls(check(output, withForms(options, forms)), scanControls(output));
}

/**
 * Adds the run's forms to a file's options.
 * @param options the file's options.
 * @param forms forms learned over all files, if any.
 * @returns the options to pass to `check` or `fix`.
 */
function withForms(options: Options, forms: FormModel | undefined): Options {
  return forms ? { ...options, forms } : options;
}

/**
 * Fixes a text, leaving alone what control comments disable: the fix runs as usual, then every
 * change that touches a disabled finding is undone, so `<!-- copyguard-disable -->` keeps a
 * quoted `the the` exactly as written.
 * @param text the text as read.
 * @param options the file's options.
 * @param controls the text's controls.
 * @returns the output and the findings that stay, with `applied` updated.
 */
export function fixWithControls(text: string, options: Options, controls: Controls): { output: string; messages: Message[] } {
  const result = fix(text, options);
  if (!controls.any) return { output: result.output, messages: result.messages };
  const kept = applyControls(result.messages, controls);
  const keptSet = new Set(kept);
  const blocked = result.messages.filter((message) => !keptSet.has(message) && message.applied === true);
  if (blocked.length === 0) return { output: result.output, messages: kept };
  const regions = blocked.map((message) => regionOf(message));
  const undone: Change[] = [];
  const edits: Edit[] = [];
  for (const change of result.changes) {
    if (regions.some((region) => touches(change.start.offset, change.end.offset, region))) undone.push(change);
    else edits.push({ range: [change.start.offset, change.end.offset], text: change.inserted });
  }
  for (const message of kept) {
    if (message.applied !== true) continue;
    const region = regionOf(message);
    if (undone.some((change) => touches(change.start.offset, change.end.offset, region))) message.applied = false;
  }
  return { output: applyEdits(text, edits), messages: kept };
}

/**
 * The region a finding covers: its span joined with its fix range.
 * @param message a finding.
 * @returns start and end offsets in the text as read.
 */
function regionOf(message: Message): [number, number] {
  const start = Math.min(message.start.offset, message.fix?.range[0] ?? message.start.offset);
  const end = Math.max(message.end.offset, message.fix?.range[1] ?? message.end.offset);
  return [start, end];
}

/**
 * Whether a change lies in or overlaps a region (an insertion counts when it is inside it).
 * @param start start of the change.
 * @param end end of the change.
 * @param region the region.
 * @returns true when they meet.
 */
function touches(start: number, end: number, region: [number, number]): boolean {
  if (start === end) return start >= region[0] && start <= region[1];
  return start < region[1] && region[0] < end;
}

/**
 * Warns about rule ids in control comments that no rule has.
 * @param controls the controls of a text.
 * @param known the rule ids that exist.
 * @returns one warning per unknown id.
 */
function controlWarnings(controls: Controls, known: ReadonlySet<string>): string[] {
  return controls.named.filter(({ ruleId }) => !known.has(ruleId)).map(({ ruleId, line }) => noteTexts.unknownControlRule(ruleId, line));
}
