/**
 * The glossary: the names and labels a site expects, its validation, and the check that runs
 * every entry's examples when it loads, so that a bad entry fails loudly (as prh specs do).
 */
import { checkWithState } from '../check.js';
import { resolveOptions, type Options, type RuleSetting } from './options.js';
import { rulesById } from './registry.js';

/** What a glossary name names. */
export type GlossaryKind = 'person' | 'organisation' | 'campaign' | 'product' | 'place' | 'term';

/** Texts that must and must not produce a finding, checked when the glossary loads. */
export interface GlossaryExamples {
  /** Texts that must produce a finding of the entry's rule. */
  match?: string[];
  /** Texts that must produce no finding of the entry's rule. */
  noMatch?: string[];
}

/** One expected name or term. */
export interface GlossaryEntry {
  /** The canonical form (`Kate Allen`, `Stop Violence Against Women`). */
  name: string;
  /** What it names; `person` makes an all-lower-case spelling (`kate allen`) a finding. */
  kind?: GlossaryKind;
  /** Known wrong spellings that should become `name`. */
  variants?: string[];
  /**
   * Whether letter case must match exactly (default true for names). With `false`, case
   * differences are never reported; with `true` set explicitly, an all-lower-case spelling
   * is reported even for a name made of ordinary words.
   */
  caseSensitive?: boolean;
  /** Texts that must and must not produce a finding, checked when the glossary loads. */
  examples?: GlossaryExamples;
}

/** A taxonomy label and the plain word it replaced (`Women's rights` → `women`). */
export interface GlossaryLabel {
  /** The label as the find-and-replace put it in, letter case included. */
  label: string;
  /** The term it replaced. */
  term: string;
  /** Texts that must and must not produce a finding, checked when the glossary loads. */
  examples?: GlossaryExamples;
}

/** The glossary in options and configuration. */
export interface Glossary {
  /** Expected names and terms. */
  names?: GlossaryEntry[];
  /** Labels and what they replaced. */
  labels?: GlossaryLabel[];
}

const kinds: ReadonlySet<string> = new Set(['person', 'organisation', 'campaign', 'product', 'place', 'term']);
const entryKeys: ReadonlySet<string> = new Set(['name', 'kind', 'variants', 'caseSensitive', 'examples']);
const labelKeys: ReadonlySet<string> = new Set(['label', 'term', 'examples']);
const exampleKeys: ReadonlySet<string> = new Set(['match', 'noMatch']);

/**
 * Whether a value is a plain object (not null, not an array).
 * @param value any value.
 * @returns true for objects that are not arrays.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Throws the shape error of a glossary key.
 * @param path the key path (`names[2].name`).
 * @param expected what was expected there.
 * @param source where the glossary came from.
 * @returns never.
 */
function fail(path: string, expected: string, source: string): never {
  throw new TypeError(`Expected \`${path}\` to be ${expected} in the glossary of \`${source}\``);
}

/**
 * Rejects keys a glossary object does not know (a typo such as `varients` would otherwise be
 * ignored silently).
 * @param value the object.
 * @param allowed its known keys.
 * @param path the object's path.
 * @param source where the glossary came from.
 */
function rejectUnknownKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>, path: string, source: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) throw new TypeError(`Unknown key \`${path === '' ? key : `${path}.${key}`}\` in the glossary of \`${source}\``);
  }
}

/**
 * Validates a list of strings.
 * @param value the value.
 * @param path its key path.
 * @param source where the glossary came from.
 * @returns the strings.
 */
function readStrings(value: unknown, path: string, source: string): string[] {
  if (!Array.isArray(value)) fail(path, 'an array of strings', source);
  return value.map((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') fail(`${path}[${index}]`, 'a non-empty string', source);
    return item;
  });
}

/**
 * Validates an entry's examples.
 * @param value the value of `examples`.
 * @param path its key path.
 * @param source where the glossary came from.
 * @returns the examples.
 */
function readExamples(value: unknown, path: string, source: string): GlossaryExamples {
  if (!isRecord(value)) fail(path, 'an object with `match` and `noMatch`', source);
  rejectUnknownKeys(value, exampleKeys, path, source);
  const examples: GlossaryExamples = {};
  if (value.match !== undefined) examples.match = readStrings(value.match, `${path}.match`, source);
  if (value.noMatch !== undefined) examples.noMatch = readStrings(value.noMatch, `${path}.noMatch`, source);
  return examples;
}

/**
 * Validates the shape of a glossary without running its examples (cheap enough for every
 * `check` call).
 * @param value the glossary as parsed from configuration (JSON or YAML).
 * @param source where it came from, for messages (a file path or `options`).
 * @returns a copy of the glossary with only known keys.
 * @throws TypeError naming the offending key and the source.
 */
export function validateGlossary(value: unknown, source: string): Glossary {
  if (!isRecord(value)) throw new TypeError(`Expected the glossary of \`${source}\` to be an object with \`names\` and \`labels\``);
  rejectUnknownKeys(value, new Set(['names', 'labels']), '', source);
  const glossary: Glossary = {};
  if (value.names !== undefined) {
    if (!Array.isArray(value.names)) fail('names', 'an array', source);
    glossary.names = value.names.map((item: unknown, index: number) => {
      const path = `names[${index}]`;
      if (!isRecord(item)) fail(path, 'an object with `name`', source);
      rejectUnknownKeys(item, entryKeys, path, source);
      if (typeof item.name !== 'string' || item.name.trim() === '') fail(`${path}.name`, 'a non-empty string', source);
      const entry: GlossaryEntry = { name: item.name };
      if (item.kind !== undefined) {
        if (typeof item.kind !== 'string' || !kinds.has(item.kind)) fail(`${path}.kind`, `one of ${[...kinds].map((kind) => `\`${kind}\``).join(', ')}`, source);
        entry.kind = item.kind as GlossaryKind;
      }
      if (item.variants !== undefined) entry.variants = readStrings(item.variants, `${path}.variants`, source);
      if (item.caseSensitive !== undefined) {
        if (typeof item.caseSensitive !== 'boolean') fail(`${path}.caseSensitive`, 'a boolean', source);
        entry.caseSensitive = item.caseSensitive;
      }
      if (item.examples !== undefined) entry.examples = readExamples(item.examples, `${path}.examples`, source);
      return entry;
    });
  }
  if (value.labels !== undefined) {
    if (!Array.isArray(value.labels)) fail('labels', 'an array', source);
    glossary.labels = value.labels.map((item: unknown, index: number) => {
      const path = `labels[${index}]`;
      if (!isRecord(item)) fail(path, 'an object with `label` and `term`', source);
      rejectUnknownKeys(item, labelKeys, path, source);
      if (typeof item.label !== 'string' || item.label.trim() === '') fail(`${path}.label`, 'a non-empty string', source);
      if (typeof item.term !== 'string' || item.term.trim() === '') fail(`${path}.term`, 'a non-empty string', source);
      // `Burma` → `Burma`: a label equal to its term could never be told apart from it.
      if (item.label === item.term) fail(`${path}.term`, 'different from its label', source);
      const label: GlossaryLabel = { label: item.label, term: item.term };
      if (item.examples !== undefined) label.examples = readExamples(item.examples, `${path}.examples`, source);
      return label;
    });
  }
  return glossary;
}

/**
 * Runs one example of an entry: the entry alone in the glossary, only its rule enabled.
 * @param text the example text.
 * @param glossary a glossary holding only the entry.
 * @param ruleId the entry's rule.
 * @returns how many findings of that rule the example produces.
 */
function countFindings(text: string, glossary: Glossary, ruleId: string): number {
  const rules: Record<string, RuleSetting> = {};
  for (const id of rulesById.keys()) rules[id] = id === ruleId ? 'warning' : 'off';
  const options: Options = { glossary, rules };
  return checkWithState(text, resolveOptions(options)).filter((message) => message.ruleId === ruleId).length;
}

/**
 * Runs the `match` and `noMatch` examples of one entry.
 * @param examples the entry's examples.
 * @param glossary a glossary holding only the entry.
 * @param ruleId the rule that must (not) fire.
 * @param description the entry as messages name it (`names[0] \`Kate Allen\``).
 * @param source where the glossary came from.
 * @throws TypeError naming the entry and the failing example.
 */
function runExamples(examples: GlossaryExamples | undefined, glossary: Glossary, ruleId: string, description: string, source: string): void {
  for (const example of examples?.match ?? []) {
    if (countFindings(example, glossary, ruleId) === 0) {
      throw new TypeError(`Glossary entry ${description} of \`${source}\`: its \`examples.match\` text ${JSON.stringify(example)} produces no \`${ruleId}\` finding`);
    }
  }
  for (const example of examples?.noMatch ?? []) {
    const count = countFindings(example, glossary, ruleId);
    if (count > 0) {
      throw new TypeError(`Glossary entry ${description} of \`${source}\`: its \`examples.noMatch\` text ${JSON.stringify(example)} produces ${count} \`${ruleId}\` finding${count === 1 ? '' : 's'}`);
    }
  }
}

/**
 * Loads a glossary from configuration: validates its shape, then runs each entry's examples
 * (`match` texts must produce a finding of the entry's rule, `expected-names` for names and
 * `no-label-injection` for labels; `noMatch` texts must not), each with the entry alone.
 * @param value the glossary as parsed from configuration (JSON or YAML).
 * @param source where it came from, for messages (a file path).
 * @returns the validated glossary.
 * @throws TypeError naming the key and the source for a bad shape, or the entry and the
 *   example for an example that does not behave.
 */
export function loadGlossary(value: unknown, source: string): Glossary {
  const glossary = validateGlossary(value, source);
  (glossary.names ?? []).forEach((entry, index) => {
    runExamples(entry.examples, { names: [entry] }, 'expected-names', `names[${index}] \`${entry.name}\``, source);
  });
  (glossary.labels ?? []).forEach((label, index) => {
    runExamples(label.examples, { labels: [label] }, 'no-label-injection', `labels[${index}] \`${label.label}\``, source);
  });
  return glossary;
}
