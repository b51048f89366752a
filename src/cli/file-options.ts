/**
 * A file's options from its config and the rule flags, shared by `check`, `fix` and `stream`.
 */
import { extname } from 'node:path';
import { formatFromPath } from '../adapters/index.js';
import type { Format } from '../adapters/types.js';
import { resolveOptions, type Options, type RuleSetting } from '../core/options.js';
import { rulesById } from '../core/registry.js';
import { ConfigError, type ConfigResolver, type LoadedConfig } from './config.js';
import { configTexts } from './messages.js';

/** The flags that shape a file's rules. */
export interface RuleFlags {
  /** `--rule`: rules to run (undefined: all). */
  onlyRules: string[] | undefined;
  /** `--no-rule`: rules turned off. */
  disabledRules: string[];
  /** `--fix-rule`: rules whose fixes apply (undefined: all). */
  fixRules: string[] | undefined;
  /** Restorations decided in a profile (`--profile`); they win over the config's. */
  profileRestorations?: Record<string, string>;
}

/**
 * Builds a file's options from its config and the flags: `--rule` keeps only the rules named
 * (at their configured severity, or their default when the config turned them off), `--no-rule`
 * turns rules off, `--fix-rule` limits the fixes.
 * @param config the file's config.
 * @param options the flags.
 * @param formatPath the path whose extension chooses the format (`''` for plain text).
 * @param configs the resolver, to name the config file in errors.
 * @returns the options for `check` or `fix`.
 * @throws ConfigError when the config's rule options are rejected.
 */
export function buildFileOptions(config: LoadedConfig, options: RuleFlags, formatPath: string, configs: ConfigResolver): Options {
  const rules: Record<string, RuleSetting> = { ...config.rules };
  if (options.onlyRules) {
    for (const id of rulesById.keys()) {
      if (!options.onlyRules.includes(id)) rules[id] = 'off';
      else if (isOff(rules[id])) delete rules[id];
      // `--rule canonical-links` names an opt-in rule: it runs at its default severity.
      const rule = rulesById.get(id);
      if (rule?.meta.optIn === true && options.onlyRules.includes(id) && rules[id] === undefined) rules[id] = rule.meta.defaultSeverity;
    }
  }
  for (const id of options.disabledRules) rules[id] = 'off';
  const format: Format = config.formats.get(extname(formatPath).toLowerCase()) ?? formatFromPath(formatPath);
  const result: Options = { rules, restorations: { ...config.restorations, ...(options.profileRestorations ?? {}) }, format };
  if (config.glossary) result.glossary = config.glossary;
  if (options.fixRules) result.fixRules = options.fixRules;
  try {
    resolveOptions(result);
  } catch (error) {
    const name = config.file === undefined ? '' : configs.displayName(config.file);
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(name === '' ? message : configTexts.located(name, '', message), { cause: error });
  }
  return result;
}

/**
 * Whether a rule setting turns the rule off.
 * @param setting the setting, if any.
 * @returns true for `off` and `[off, …]`.
 */
function isOff(setting: RuleSetting | undefined): boolean {
  return setting === 'off' || (Array.isArray(setting) && setting[0] === 'off');
}

