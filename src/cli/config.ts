/**
 * Configuration: found upward from each file with lilconfig (`copyguard.config.json`,
 * `copyguard.config.yaml`, `.copyguardrc` in JSON or YAML, a `copyguard` key in
 * `package.json`), or named with `--config FILE` (the only way a JavaScript config runs), and
 * validated with a JSON Schema. Every error names the file and the key (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ignore from 'ignore';
import { loadGlossary, type Glossary } from '../core/glossary.js';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import type { Format } from '../adapters/types.js';
import type { RuleSetting } from '../core/options.js';
import { rulesById } from '../core/registry.js';
import { configTexts, listWords } from './messages.js';

/** The keys a config may have. */
export const configKeys = ['rules', 'restorations', 'ignore', 'format', 'glossary'] as const;

/** The settings of a config file, as written. */
export interface ConfigSettings {
  /** Rule id → `off`, a severity, or `[severity, options]`. */
  rules?: Record<string, RuleSetting | readonly ['off' | 'info' | 'warning' | 'error']>;
  /** Damaged text or label → restoration. */
  restorations?: Record<string, string>;
  /** gitignore-style patterns, relative to the config file, of files to skip. */
  ignore?: string[];
  /** Extension (`.txt` or `txt`) → the format to read it as. */
  format?: Record<string, Format>;
  /** Expected names and labels (validated, examples run, when the config loads). */
  glossary?: unknown;
}

/** A loaded and validated config. */
export interface LoadedConfig {
  /** Absolute path of the config file, or undefined when none was found. */
  file: string | undefined;
  /** Rule settings. */
  rules: Record<string, RuleSetting>;
  /** Restorations. */
  restorations: Record<string, string>;
  /** The glossary, when the config has one. */
  glossary?: Glossary;
  /** Formats by lower-case extension with its dot. */
  formats: ReadonlyMap<string, Format>;
  /**
   * Whether the config's `ignore` patterns skip a file.
   * @param absolutePath the file.
   * @returns true to skip it.
   */
  ignores(absolutePath: string): boolean;
}

/** An invalid config or baseline: exit 2 with the message. */
export class ConfigError extends Error {
  /**
   * Creates a config error.
   * @param message the message, naming the file and the key.
   * @param options the wrapped error, if any.
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** Where configs are looked for in each folder, in order. */
const searchPlaces = ['package.json', '.copyguardrc', 'copyguard.config.json', 'copyguard.config.yaml', 'copyguard.config.yml'];

/** Extensions of configs that are run, not read. */
const javascriptExtensions = new Set(['.js', '.mjs', '.cjs']);

/** A config with no settings. */
const emptyConfig: LoadedConfig = { file: undefined, rules: {}, restorations: {}, formats: new Map(), ignores: () => false };

/**
 * Finds and validates the configs of a run, once per folder.
 */
export class ConfigResolver {
  /** The working directory, to name config files relative to it. */
  private readonly cwd: string;
  /** The config named with `--config`, loaded on first use. */
  private readonly explicitFile: string | undefined;
  /** Validated configs by file (`''` for none). */
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  /** The lilconfig searcher. */
  private readonly explorer;

  /**
   * Creates a resolver.
   * @param cwd the working directory.
   * @param explicitFile the file named with `--config`, if any.
   */
  constructor(cwd: string, explicitFile: string | undefined) {
    this.cwd = cwd;
    this.explicitFile = explicitFile === undefined ? undefined : resolve(cwd, explicitFile);
    this.explorer = lilconfig('copyguard', {
      searchPlaces,
      stopDir: dirname(resolve('/')),
      loaders: {
        '.json': (file: string, content: string) => parseJson(content, this.displayName(file)),
        '.yaml': (file: string, content: string) => parseYamlText(content, this.displayName(file)),
        '.yml': (file: string, content: string) => parseYamlText(content, this.displayName(file)),
        // `.copyguardrc` holds JSON or YAML; JSON is YAML.
        noExt: (file: string, content: string) => parseYamlText(content, this.displayName(file)),
      },
    });
  }

  /**
   * The config that applies to files in a folder.
   * @param folder an absolute folder.
   * @returns the validated config (empty when none is found).
   * @throws ConfigError when the config cannot be read or is invalid.
   */
  async forFolder(folder: string): Promise<LoadedConfig> {
    if (this.explicitFile !== undefined) return this.load(this.explicitFile, () => this.loadExplicit());
    let found: LilconfigResult;
    try {
      found = await this.explorer.search(folder);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(configTexts.located(this.displayName(folder), '', configTexts.cannotRead(reasonOf(error))), { cause: error });
    }
    if (!found) return emptyConfig;
    const file = found.filepath;
    return this.load(file, async () => this.validate(found.isEmpty ? {} : found.config, file));
  }

  /**
   * Loads a config once.
   * @param file its absolute path.
   * @param loader how to load it.
   * @returns the config.
   */
  private load(file: string, loader: () => Promise<LoadedConfig>): Promise<LoadedConfig> {
    let pending = this.loaded.get(file);
    if (!pending) {
      pending = loader();
      this.loaded.set(file, pending);
    }
    return pending;
  }

  /**
   * Loads the config named with `--config`: JSON, YAML, `package.json`, or JavaScript (run).
   * @returns the validated config.
   */
  private async loadExplicit(): Promise<LoadedConfig> {
    const file = this.explicitFile as string;
    const name = this.displayName(file);
    const extension = extname(file).toLowerCase();
    if (javascriptExtensions.has(extension)) {
      let module: { default?: unknown };
      try {
        module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      } catch (error) {
        throw new ConfigError(configTexts.located(name, '', configTexts.cannotRun(reasonOf(error))), { cause: error });
      }
      return this.validate(module.default ?? module, file);
    }
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      throw new ConfigError(configTexts.located(name, '', configTexts.cannotRead(reasonOf(error))), { cause: error });
    }
    if (basename(file) === 'package.json') {
      const manifest = parseJson(content, name) as Record<string, unknown> | null;
      return this.validate(manifest?.copyguard ?? {}, file);
    }
    const value = extension === '.json' ? parseJson(content, name) : parseYamlText(content, name);
    return this.validate(value ?? {}, file);
  }

  /**
   * Validates settings against the schema and prepares them.
   * @param value the parsed settings.
   * @param file the absolute path of their file.
   * @returns the config.
   * @throws ConfigError naming the file and the key of the first problem.
   */
  private async validate(value: unknown, file: string): Promise<LoadedConfig> {
    const name = this.displayName(file);
    const validateSchema = compileConfigSchema();
    if (!validateSchema(value)) {
      const { key, problem } = describeSchemaError(validateSchema.errors ?? []);
      throw new ConfigError(configTexts.located(name, key, problem));
    }
    const settings = value as ConfigSettings;
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(settings.rules ?? {})) {
      // `[warning]` is `warning`.
      rules[id] = Array.isArray(setting) && setting.length === 1 ? (setting[0] as RuleSetting) : (setting as RuleSetting);
    }
    const formats = new Map<string, Format>();
    for (const [extension, format] of Object.entries(settings.format ?? {})) {
      const lower = extension.toLowerCase();
      formats.set(lower.startsWith('.') ? lower : `.${lower}`, format);
    }
    const folder = dirname(file);
    const patterns = settings.ignore ?? [];
    const matcher = ignore().add(patterns);
    let glossary: Glossary | undefined;
    if (settings.glossary !== undefined) {
      try {
        glossary = loadGlossary(settings.glossary, this.displayName(file));
      } catch (error) {
        throw new ConfigError(error instanceof Error ? error.message : String(error), { cause: error });
      }
    }
    return {
      file,
      rules,
      restorations: { ...(settings.restorations ?? {}) },
      ...(glossary ? { glossary } : {}),
      formats,
      ignores(absolutePath: string): boolean {
        if (patterns.length === 0) return false;
        const path = relative(folder, absolutePath);
        // Files outside the config's folder are not its business.
        if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
        return matcher.ignores(path.split(sep).join('/'));
      },
    };
  }

  /**
   * Names a file for messages: relative to the working directory when inside it.
   * @param file an absolute path.
   * @returns the name to show.
   */
  displayName(file: string): string {
    const path = relative(this.cwd, file);
    return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
  }
}

/**
 * Parses JSON, naming the file on error.
 * @param content the text.
 * @param name the file name to show.
 * @returns the value.
 * @throws ConfigError when it is not JSON.
 */
function parseJson(content: string, name: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new ConfigError(configTexts.located(name, '', configTexts.cannotParse('JSON', reasonOf(error))), { cause: error });
  }
}

/**
 * Parses YAML (or JSON), naming the file on error.
 * @param content the text.
 * @param name the file name to show.
 * @returns the value.
 * @throws ConfigError when it is not YAML.
 */
function parseYamlText(content: string, name: string): unknown {
  try {
    return parseYaml(content, { prettyErrors: true }) as unknown;
  } catch (error) {
    throw new ConfigError(configTexts.located(name, '', configTexts.cannotParse('YAML', reasonOf(error).split('\n')[0] ?? '')), {
      cause: error,
    });
  }
}

/**
 * The message of an error, on one line.
 * @param error anything thrown.
 * @returns its message.
 */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The compiled schema, built on first use. */
let compiledSchema: ValidateFunction | undefined;

/**
 * Builds the JSON Schema of a config (draft 2020-12) from the rule registry.
 * @returns the schema.
 */
export function createConfigSchema(): Record<string, unknown> {
  const severity = { enum: ['off', 'info', 'warning', 'error'] };
  /**
   * The setting of one rule: a severity, or `[severity, options]` with the rule's own options
   * schema when it has one.
   * @param options the rule's options schema, if any.
   * @returns the setting's schema.
   */
  const settingOf = (options: Record<string, unknown> | undefined): Record<string, unknown> => ({
    anyOf: [
      severity,
      { type: 'array', prefixItems: [severity, options ?? { type: 'object' }], items: false, minItems: 1, maxItems: 2 },
    ],
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'copyguard configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries([...rulesById.values()].map((rule) => [rule.meta.id, settingOf(rule.meta.optionsSchema)])),
      },
      restorations: { type: 'object', additionalProperties: { type: 'string' } },
      ignore: { type: 'array', items: { type: 'string' } },
      format: { type: 'object', additionalProperties: { enum: ['text', 'markdown', 'html'] } },
      glossary: { type: 'object' },
    },
  };
}

/**
 * Compiles the config schema once.
 * @returns the validation function.
 */
function compileConfigSchema(): ValidateFunction {
  compiledSchema ??= new Ajv2020({ allErrors: true, strict: true, strictTuples: false }).compile(createConfigSchema());
  return compiledSchema;
}

/**
 * Turns ajv's errors into one message: the key (`rules.no-doubled-words`) and the problem.
 * The deepest error wins, as it is the most precise.
 * @param errors ajv's errors.
 * @returns the key and the problem.
 */
export function describeSchemaError(errors: readonly ErrorObject[]): { key: string; problem: string } {
  const sorted = [...errors].sort((left, right) => depth(right) - depth(left));
  const error = sorted[0];
  if (!error) return { key: '', problem: configTexts.notObject() };
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    if (segments.length === 0) return { key: '', problem: configTexts.unknownKey(extra, configKeys) };
    if (segments.length === 1 && segments[0] === 'rules') {
      return { key: joinKey([...segments, extra]), problem: configTexts.unknownRule(extra, [...rulesById.keys()]) };
    }
  }
  const key = joinKey(segments);
  if (segments[0] === 'rules' && segments.length === 2) {
    const arrayProblem = error.keyword === 'maxItems' || error.keyword === 'minItems';
    return { key, problem: arrayProblem ? configTexts.ruleArray() : configTexts.severity() };
  }
  if (segments[0] === 'rules' && segments.length === 3) {
    return { key, problem: segments[2] === '0' ? configTexts.severity() : configTexts.ruleOptions() };
  }
  if (segments[0] === 'format' && segments.length === 2) return { key, problem: configTexts.format() };
  if (error.keyword === 'type') return { key, problem: configTexts.type(String((error.params as { type?: unknown }).type)) };
  if (error.keyword === 'enum') {
    const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
    return { key, problem: `expected ${listWords(allowed)}` };
  }
  return { key, problem: configTexts.invalid(error.message ?? error.keyword) };
}

/**
 * How deep an error's instance path is.
 * @param error an ajv error.
 * @returns the number of segments.
 */
function depth(error: ErrorObject): number {
  return error.instancePath === '' ? 0 : error.instancePath.split('/').length - 1;
}

/**
 * Writes a path of keys as in the config: `rules.no-doubled-words`, `ignore[2]`, `restorations["a b"]`.
 * @param segments the keys.
 * @returns the dotted key.
 */
function joinKey(segments: readonly string[]): string {
  let key = '';
  for (const segment of segments) {
    if (/^\d+$/u.test(segment)) key += `[${segment}]`;
    else if (/^[\w$-]+$/u.test(segment)) key += key === '' ? segment : `.${segment}`;
    else key += `[${JSON.stringify(segment)}]`;
  }
  return key;
}
