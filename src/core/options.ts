/**
 * Public options of `check` and `fix`, and their validation.
 */
import { restorationKey } from '../rules/no-replacement-cascade.js';
import type { Format } from '../adapters/types.js';
import type { FormModel } from './forms.js';
import type { Glossary } from './glossary.js';
import { rulesById } from './registry.js';
import type { Rule } from './rule.js';
import type { Severity } from './types.js';

/** How a rule is configured: off, a severity, or a severity with rule options. */
export type RuleSetting = 'off' | Severity | readonly ['off' | Severity, Readonly<Record<string, unknown>>];

/** Options of `check` and `fix`. */
export interface Options {
  /** Rule settings by id; rules not named run with their defaults. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /**
   * Dominant forms learned over several texts (`learnFormsFrom`); by default each text's
   * own cascades decide its dominant forms.
   */
  forms?: FormModel;
  /**
   * Explicit restorations: the text of a variant, or a label (`Women's rights`), mapped to
   * the text it restores to (`Stop Violence Against Women`, `women`).
   */
  restorations?: Readonly<Record<string, string>>;
  /** With `fix`: apply only the fixes of these rules (all rules still report). */
  fixRules?: readonly string[];
  /** How to read the text: `text` (default), `markdown` or `html`. */
  format?: Format;
  /** Expected names and labels of the site (used by the name and injection rules). */
  glossary?: Glossary;
}

/** One enabled rule with its resolved settings. */
export interface ActiveRule {
  /** The rule module. */
  rule: Rule;
  /** The severity its findings get. */
  severity: Severity;
  /** Its options. */
  options: Readonly<Record<string, unknown>>;
}

/** Options after validation. */
export interface State {
  /** Enabled rules in run order. */
  active: ActiveRule[];
  /** Restorations by normalised key. */
  restorations: Map<string, string>;
  /** Forms given in options, if any. */
  forms: FormModel | undefined;
  /** Rules whose fixes `fix` applies (undefined: all). */
  fixRules: ReadonlySet<string> | undefined;
  /** The format to read. */
  format: Format;
  /** The glossary, if any. */
  glossary: Glossary | undefined;
}

const severities = new Set(['error', 'warning', 'info']);

/**
 * Validates options and resolves rule settings.
 * @param options the options given to `check` or `fix`.
 * @returns the internal state.
 * @throws TypeError naming the offending option.
 */
export function resolveOptions(options: Options = {}): State {
  if (typeof options !== 'object' || options === null) throw new TypeError('Expected `options` to be an object');
  const settings = options.rules ?? {};
  for (const id of Object.keys(settings)) {
    if (!rulesById.has(id)) throw new TypeError(`Unknown rule \`${id}\` in \`rules\``);
  }
  const active: ActiveRule[] = [];
  for (const rule of rulesById.values()) {
    const setting = settings[rule.meta.id];
    let severity: 'off' | Severity = rule.meta.defaultSeverity;
    let ruleOptions: Readonly<Record<string, unknown>> = {};
    // An opt-in rule (`canonical-links`) runs only when `rules` names it.
    if (setting === undefined && rule.meta.optIn === true) continue;
    if (typeof setting === 'string') severity = setting;
    else if (Array.isArray(setting)) {
      severity = setting[0];
      ruleOptions = setting[1] ?? {};
    }
    if (severity !== 'off' && !severities.has(severity)) {
      throw new TypeError(`Cannot use severity \`${String(severity)}\` for \`rules.${rule.meta.id}\`: expected \`off\`, \`info\`, \`warning\` or \`error\``);
    }
    if (severity !== 'off') active.push({ rule, severity, options: ruleOptions });
  }
  const restorations = new Map<string, string>();
  for (const [key, value] of Object.entries(options.restorations ?? {})) {
    if (typeof value !== 'string') throw new TypeError(`Expected a string for \`restorations[${JSON.stringify(key)}]\``);
    restorations.set(restorationKey(key), value);
  }
  let fixRules: ReadonlySet<string> | undefined;
  if (options.fixRules) {
    for (const id of options.fixRules) {
      if (!rulesById.has(id)) throw new TypeError(`Unknown rule \`${id}\` in \`fixRules\``);
    }
    fixRules = new Set(options.fixRules);
  }
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown' && format !== 'html') {
    throw new TypeError(`Cannot read format \`${String(format)}\`: expected \`text\`, \`markdown\` or \`html\``);
  }
  return { active, restorations, forms: options.forms, fixRules, format, glossary: options.glossary };
}
