/**
 * The profile: the decisions for one archive. `createProfile` writes a survey as YAML with
 * each group's restoration pre-filled where the rules are confident and `null` where a person
 * must decide; `loadProfile` validates the completed file and turns it into the
 * `restorations` map (and dominant forms) that `check` and `fix` accept.
 */
import { Document, parse } from 'yaml';
import { analyze } from '../core/analyze.js';
import { learnForms, type FormModel, type FormObservation } from '../core/forms.js';
import { restorationKey } from '../rules/no-replacement-cascade.js';
import type { SurveyKind, SurveyReport } from './survey.js';

/** The result of loading a profile. */
export interface LoadedProfile {
  /** Restorations by key (a variant's text or a label), as `Options.restorations` takes them. */
  restorations: Record<string, string>;
  /**
   * Dominant forms of the labels whose cascades the profile lists in their dominant form, as
   * `Options.forms` takes them (the contract: with a profile, dominant forms come from it).
   * Undefined when the profile lists none.
   */
  forms: FormModel | undefined;
  /** Problems that make the profile unusable: the CLI stops with exit code 2. */
  errors: string[];
  /** Problems worth a look: groups still undecided, groups the archive has but the profile lacks. */
  warnings: string[];
}

const header = [
  'copyguard profile: the restoration decisions for one archive, written by `copyguard survey`.',
  'Each group is one kind of damage; `restoration` is the text its findings restore to.',
  'Pre-filled where the rules are confident; `null` where a person must decide (look at the',
  'examples, e.g. a campaign name before "Campaign Manager"). Use with `--profile FILE`.',
].join('\n');

const groupKeys = new Set(['id', 'signature', 'kind', 'label', 'text', 'count', 'files', 'note', 'suggestion', 'examples', 'restoration']);
const kinds = new Set<string>(['cascade', 'variant', 'injection', 'slug', 'other']);

/**
 * Writes a survey as a profile in YAML.
 * @param report the survey report.
 * @returns the YAML text, with a comment that says how to complete it.
 */
export function createProfile(report: SurveyReport): string {
  const groups = report.groups.map((group) => {
    const entry: Record<string, unknown> = {
      id: group.id,
      signature: group.signature,
      kind: group.kind,
      label: group.label,
      count: group.count,
      files: group.files.length,
      note: group.note,
    };
    if (group.suggestion !== null) entry.suggestion = group.suggestion;
    entry.examples = group.examples.map((example) => `${example.path}:${example.line}: ${example.context}`);
    entry.restoration = group.restoration;
    return entry;
  });
  const document = new Document({ version: 1, groups });
  document.commentBefore = header.split('\n').map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0 });
}

/**
 * Whether a value is a plain object.
 * @param value any value.
 * @returns true for objects that are not arrays.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A group as read from the file, after validation. */
interface ReadGroup {
  id: string;
  kind: SurveyKind;
  key: string;
  label: string | undefined;
  restoration: string | null;
}

/**
 * Validates one group of a profile.
 * @param value the group as parsed.
 * @param index its position.
 * @param source the profile's path.
 * @param errors where errors go.
 * @returns the group, or undefined when it is unusable.
 */
function readGroup(value: unknown, index: number, source: string, errors: string[]): ReadGroup | undefined {
  const at = `\`groups[${index}]\` of \`${source}\``;
  if (!isRecord(value)) {
    errors.push(`Expected ${at} to be a mapping with \`id\`, \`signature\` and \`restoration\``);
    return undefined;
  }
  let valid = true;
  for (const key of Object.keys(value)) {
    if (!groupKeys.has(key)) {
      errors.push(`Unknown key \`${key}\` in ${at}`);
      valid = false;
    }
  }
  const { id, signature, restoration, kind, label } = value;
  if (typeof id !== 'string' || id.trim() === '') {
    errors.push(`Expected \`id\` of ${at} to be a non-empty string`);
    return undefined;
  }
  const named = `group \`${id}\` of \`${source}\``;
  const match = typeof signature === 'string' ? /^([a-z]+):(.+)$/su.exec(signature) : null;
  const signatureKind = match?.[1] ?? '';
  const key = match?.[2] ?? '';
  if (!match || !kinds.has(signatureKind)) {
    errors.push(`Expected \`signature\` of ${named} to read \`cascade:…\`, \`variant:…\`, \`injection:…\`, \`slug:…\` or \`other:…\``);
    return undefined;
  }
  if (restorationKey(key) !== key) {
    errors.push(`Cannot use the signature of ${named}: \`${key}\` is not a restoration key (lower case, straight apostrophes, single spaces)`);
    valid = false;
  }
  if (kind !== undefined && kind !== signatureKind) {
    errors.push(`Cannot use ${named}: its \`kind\` \`${String(kind)}\` differs from its signature's \`${signatureKind}\``);
    valid = false;
  }
  if (!('restoration' in value)) {
    errors.push(`Missing \`restoration\` in ${named} (write \`null\` to leave it undecided)`);
    valid = false;
  } else if (restoration !== null && typeof restoration !== 'string') {
    errors.push(`Expected \`restoration\` of ${named} to be a string or null`);
    valid = false;
  }
  if (label !== undefined && typeof label !== 'string') {
    errors.push(`Expected \`label\` of ${named} to be a string`);
    valid = false;
  }
  if (!valid) return undefined;
  return { id, kind: signatureKind as SurveyKind, key, label: label as string | undefined, restoration: restoration as string | null };
}

/**
 * Loads a completed profile.
 * @param yamlText the profile's YAML text.
 * @param source its path, for messages.
 * @param report the survey of the archive as it is now, to compare with: groups of the
 *   profile it lacks are errors (the profile references a missing group), groups it has that
 *   the profile lacks are warnings.
 * @returns the restorations, the dominant forms, errors and warnings. Undecided groups
 *   (`null` or empty restorations) are warnings and contribute nothing.
 */
export function loadProfile(yamlText: string, source: string, report?: SurveyReport): LoadedProfile {
  const errors: string[] = [];
  const warnings: string[] = [];
  const restorations: Record<string, string> = {};
  let parsed: unknown;
  try {
    parsed = parse(yamlText);
  } catch (error) {
    errors.push(`Cannot parse the profile \`${source}\`: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return { restorations, forms: undefined, errors, warnings };
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.groups)) {
    errors.push(`Expected the profile \`${source}\` to be a mapping with \`version: 1\` and a list \`groups\``);
    return { restorations, forms: undefined, errors, warnings };
  }
  for (const key of Object.keys(parsed)) {
    if (key !== 'version' && key !== 'groups') errors.push(`Unknown key \`${key}\` in the profile \`${source}\``);
  }
  if (parsed.version !== 1) errors.push(`Cannot read version \`${String(parsed.version)}\` of the profile \`${source}\`: expected \`1\``);
  const groups: ReadGroup[] = [];
  const ids = new Set<string>();
  const signatures = new Set<string>();
  parsed.groups.forEach((value: unknown, index: number) => {
    const group = readGroup(value, index, source, errors);
    if (!group) return;
    const signature = `${group.kind}:${group.key}`;
    if (ids.has(group.id)) errors.push(`Duplicate group id \`${group.id}\` in \`${source}\``);
    if (signatures.has(signature)) errors.push(`Duplicate signature \`${signature}\` in \`${source}\` (group \`${group.id}\`)`);
    ids.add(group.id);
    signatures.add(signature);
    groups.push(group);
  });
  if (report) {
    const current = new Set(report.groups.map((group) => group.signature));
    for (const group of groups) {
      if (!current.has(`${group.kind}:${group.key}`)) errors.push(`The profile \`${source}\` references a missing group \`${group.id}\`: the archive has no findings with its signature`);
    }
    for (const group of report.groups) {
      if (!signatures.has(group.signature)) warnings.push(`Group \`${group.id}\` (${group.count} finding${group.count === 1 ? '' : 's'} of \`${group.label}\`) is not in the profile \`${source}\``);
    }
  }
  // A label whose cascades are listed restores through them: a key for the label itself
  // would also restore its undecided variants.
  const cascadeLabels = new Map<string, string | null>();
  for (const group of groups) {
    if ((group.kind === 'cascade' || group.kind === 'variant') && group.label !== undefined) {
      const key = restorationKey(group.label);
      if (group.kind === 'cascade' || !cascadeLabels.has(key)) cascadeLabels.set(key, group.kind === 'cascade' ? group.restoration : null);
    }
  }
  const observations: FormObservation[] = [];
  for (const group of groups) {
    if (group.restoration === null || group.restoration.trim() === '') {
      if (group.kind !== 'other' && group.kind !== 'slug') warnings.push(`Group \`${group.id}\` of \`${source}\` has no restoration yet: its findings stay suggestions`);
      continue;
    }
    // Slugs and other rules' findings are not text restorations (a slug feeds the redirect map).
    if (group.kind === 'other' || group.kind === 'slug') continue;
    if (group.kind === 'injection' && cascadeLabels.has(group.key)) {
      const cascadeRestoration = cascadeLabels.get(group.key);
      if (cascadeRestoration !== group.restoration) warnings.push(`Group \`${group.id}\` of \`${source}\`: the label has cascades, so its injections restore to their term (\`${cascadeRestoration ?? '?'}\`), not \`${group.restoration}\``);
      continue;
    }
    const existing = restorations[group.key];
    if (existing !== undefined && existing !== group.restoration) {
      errors.push(`Conflicting restorations for \`${group.key}\` in \`${source}\`: \`${existing}\` and \`${group.restoration}\``);
      continue;
    }
    restorations[group.key] = group.restoration;
    if (group.kind === 'cascade') {
      const cascade = analyze(group.key).cascades[0];
      if (cascade) observations.push({ labelKey: cascade.labelKey, joiners: cascade.joiners });
    }
  }
  return { restorations, forms: observations.length > 0 ? learnForms(observations) : undefined, errors, warnings };
}
