/**
 * The command-line grammar: commands, arguments and flags, parsed with commander. Parsing only
 * collects what was typed; `options.ts` checks it and resolves defaults.
 */
import { Command, CommanderError, Option } from 'commander';
import { helpTexts, usageTexts } from './messages.js';

/** What was typed, before validation. */
export interface RawFlags {
  /** `--stdin`. */
  stdin?: boolean;
  /** `--stdin-filepath PATH`. */
  stdinFilepath?: string;
  /** `--format NAME`. */
  format?: string;
  /** `--output-file FILE`. */
  outputFile?: string;
  /** `--quiet`. */
  quiet?: boolean;
  /** `true` with `--progress`, `false` with `--no-progress`. */
  progress?: boolean;
  /** `--jobs N`. */
  jobs?: string;
  /** `--cache`. */
  cache?: boolean;
  /** `--cache-location DIR`. */
  cacheLocation?: string;
  /** `--report FILE.html`. */
  report?: string;
  /** `--shard I/N`. */
  shard?: string;
  /** `--verbose`. */
  verbose?: boolean;
  /** `--fix` (stream). */
  fix?: boolean;
  /** `--rule ID[,ID]`, every occurrence. */
  rule?: string[];
  /** `--no-rule ID[,ID]`, every occurrence. */
  disableRule?: string[];
  /** `--fix-rule ID[,ID]`, every occurrence. */
  fixRule?: string[];
  /** `--config FILE`. */
  config?: string;
  /** `--baseline FILE`. */
  baseline?: string;
  /** `--update-baseline`. */
  updateBaseline?: boolean;
  /** `--max-warnings N`. */
  maxWarnings?: string;
  /** `--max-file-size SIZE`. */
  maxFileSize?: string;
  /** `--fail-on SEVERITY`. */
  failOn?: string;
  /** `--color` (true) or `--no-color` (false). */
  color?: boolean;
  /** `--follow-symlinks`. */
  followSymlinks?: boolean;
  /** `--write` (fix). */
  write?: boolean;
  /** `--dry-run` (fix). */
  dryRun?: boolean;
  /** `--backup` (fix). */
  backup?: boolean;
  /** `--profile FILE`. */
  profile?: string;
  /** `--redirects FILE` (fix). */
  redirects?: string;
  /** `--redirects-format FORMAT` (fix). */
  redirectsFormat?: string;
  /** `--rewrite-links` (fix). */
  rewriteLinks?: boolean;
}

/** A parsed command line. */
export type ParsedCommand =
  | {
      /** `check` or `fix`. */
      kind: 'check' | 'fix';
      /** The paths as typed. */
      paths: string[];
      /** The flags as typed. */
      flags: RawFlags;
    }
  | {
      /** `stream`. */
      kind: 'stream';
      /** The flags as typed. */
      flags: RawFlags;
    }
  | {
      /** `init`. */
      kind: 'init';
    }
  | {
      /** `survey PATHS`. */
      kind: 'survey';
      /** The paths as typed. */
      paths: string[];
      /** `--json`, `--profile-out FILE`, `--glossary FILE`, `--max-file-size SIZE`, `--jobs N`. */
      flags: { json?: boolean; profileOut?: string; glossary?: string; maxFileSize?: string; jobs?: string };
    }
  | {
      /** `lint-rules FILE`. */
      kind: 'lint-rules';
      /** The rule list. */
      file: string;
      /** `--json`. */
      flags: { json?: boolean };
    }
  | {
      /** `--help` or `--version` printed its text; nothing else to do. */
      kind: 'done';
    };

/** A usage error: exit 2 with the message. */
export class UsageError extends Error {
  /**
   * Creates a usage error.
   * @param message what is wrong, in one sentence.
   * @param options the wrapped error, if any.
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** Where commander writes help and errors. */
export interface ProgramOutput {
  /**
   * Writes help or the version to standard output.
   * @param text the text.
   */
  writeOut(text: string): void;
  /**
   * Writes to standard error.
   * @param text the text.
   */
  writeErr(text: string): void;
}

/** The spelling of `--no-rule` commander sees: commander reads `--no-X` as the negation of `--X`. */
const disableRuleFlag = '--disable-rule';

/** The formats of a redirect map, in help order. */
export const redirectFormatNames = ['csv', 'netlify', 'nginx', 'json'] as const;

/** The output formats, in help order. */
export const formatNames = ['stylish', 'json', 'sarif', 'github', 'diff', 'rdjsonl'] as const;

/**
 * Parses the command line.
 * @param argv the arguments after `node main.js`.
 * @param version the version printed by `--version`.
 * @param output where help and the version go.
 * @returns the parsed command.
 * @throws UsageError for an unknown command or flag, or a missing value.
 */
export function parseCommandLine(argv: readonly string[], version: string, output: ProgramOutput): ParsedCommand {
  let parsed: ParsedCommand | undefined;
  const program = new Command('copyguard')
    .description(helpTexts.program)
    .version(version, '-v, --version', helpTexts.version)
    .helpOption('-h, --help', helpTexts.help)
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText('after', helpTexts.exitCodes)
    .configureOutput({
      writeOut: (text) => output.writeOut(text),
      writeErr: (text) => output.writeErr(text),
      // Usage errors are printed by the caller, with a hint, so they look like every other error.
      outputError: () => undefined,
    })
    .configureHelp({
      optionTerm: (option) => (option.long === disableRuleFlag ? '--no-rule <ids>' : option.flags),
    });

  const check = addSharedOptions(program.command('check').description(helpTexts.check));
  check.action((paths: string[], flags: RawFlags) => {
    parsed = { kind: 'check', paths, flags };
  });

  const fix = addSharedOptions(program.command('fix').description(helpTexts.fix))
    .option('--write', helpTexts.write)
    .option('--dry-run', helpTexts.dryRun)
    .option('--backup', helpTexts.backup)
    .option('--fix-rule <ids>', helpTexts.fixRule, collect)
    .option('--redirects <file>', helpTexts.redirects)
    .addOption(new Option('--redirects-format <format>', helpTexts.redirectsFormat).choices(redirectFormatNames))
    .option('--rewrite-links', helpTexts.rewriteLinks);
  fix.action((paths: string[], flags: RawFlags) => {
    parsed = { kind: 'fix', paths, flags };
  });

  const stream = program
    .command('stream')
    .description(helpTexts.stream)
    .option('--fix', helpTexts.streamFix)
    .option('--rule <ids>', helpTexts.rule, collect)
    .option(`${disableRuleFlag} <ids>`, helpTexts.noRule, collect)
    .option('--fix-rule <ids>', helpTexts.fixRule, collect)
    .option('-c, --config <file>', helpTexts.config)
    .option('--max-file-size <size>', helpTexts.streamMaxSize)
    .option('-j, --jobs <count>', helpTexts.streamJobs)
    .helpOption('-h, --help', helpTexts.help);
  stream.action((flags: RawFlags) => {
    parsed = { kind: 'stream', flags };
  });

  program
    .command('survey')
    .description(helpTexts.survey)
    .argument('[paths...]', helpTexts.paths)
    .option('--json', helpTexts.surveyJson)
    .option('--profile-out <file>', helpTexts.profileOut)
    .option('--glossary <file>', helpTexts.glossaryFile)
    .option('--max-file-size <size>', helpTexts.maxFileSize)
    .option('-j, --jobs <count>', helpTexts.jobs)
    .helpOption('-h, --help', helpTexts.help)
    .action((paths: string[], flags: { json?: boolean; profileOut?: string; glossary?: string; maxFileSize?: string; jobs?: string }) => {
      parsed = { kind: 'survey', paths, flags };
    });

  program
    .command('lint-rules')
    .description(helpTexts.lintRules)
    .argument('<file>', helpTexts.ruleFile)
    .option('--json', helpTexts.lintJson)
    .helpOption('-h, --help', helpTexts.help)
    .action((file: string, flags: { json?: boolean }) => {
      parsed = { kind: 'lint-rules', file, flags };
    });

  program
    .command('init')
    .description(helpTexts.init)
    .action(() => {
      parsed = { kind: 'init' };
    });

  if (argv.length === 0) {
    output.writeErr(program.helpInformation());
    throw new UsageError(usageTexts.missingCommand);
  }
  try {
    program.parse(rewriteNegatedRule(argv), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return { kind: 'done' };
      throw new UsageError(error.message.replace(/^error: /u, ''), { cause: error });
    }
    throw error;
  }
  if (!parsed) throw new UsageError(usageTexts.missingCommand);
  return parsed;
}

/**
 * Adds the flags `check` and `fix` share.
 * @param command the command.
 * @returns the same command.
 */
function addSharedOptions(command: Command): Command {
  return command
    .argument('[paths...]', helpTexts.paths)
    .option('--stdin', helpTexts.stdin)
    .option('--stdin-filepath <path>', helpTexts.stdinFilepath)
    .option('--profile <file>', helpTexts.profile)
    .addOption(new Option('-f, --format <name>', helpTexts.format).choices(formatNames))
    .option('-o, --output-file <file>', helpTexts.outputFile)
    .option('-q, --quiet', helpTexts.quiet)
    .option('--progress', helpTexts.progress)
    .option('--no-progress', helpTexts.noProgress)
    .option('-j, --jobs <count>', helpTexts.jobs)
    .option('--cache', helpTexts.cache)
    .option('--cache-location <folder>', helpTexts.cacheLocation)
    .option('--report <file>', helpTexts.report)
    .option('--shard <i/n>', helpTexts.shard)
    .option('--verbose', helpTexts.verbose)
    .option('--rule <ids>', helpTexts.rule, collect)
    .option(`${disableRuleFlag} <ids>`, helpTexts.noRule, collect)
    .option('-c, --config <file>', helpTexts.config)
    .option('--baseline <file>', helpTexts.baseline)
    .option('--update-baseline', helpTexts.updateBaseline)
    .option('--max-warnings <count>', helpTexts.maxWarnings)
    .option('--max-file-size <size>', helpTexts.maxFileSize)
    .addOption(new Option('--fail-on <severity>', helpTexts.failOn).choices(['error', 'warning', 'info']))
    .option('--color', helpTexts.color)
    .option('--no-color', helpTexts.noColor)
    .option('--follow-symlinks', helpTexts.followSymlinks)
    .helpOption('-h, --help', helpTexts.help);
}

/**
 * Collects every occurrence of a repeatable flag.
 * @param value this occurrence.
 * @param previous the earlier ones.
 * @returns all of them.
 */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Spells `--no-rule` as `--disable-rule` for commander (up to `--`, after which everything is a path).
 * @param argv the arguments.
 * @returns the arguments with `--no-rule` renamed.
 */
function rewriteNegatedRule(argv: readonly string[]): string[] {
  const rewritten: string[] = [];
  let afterSeparator = false;
  for (const argument of argv) {
    if (afterSeparator) rewritten.push(argument);
    else if (argument === '--') {
      afterSeparator = true;
      rewritten.push(argument);
    } else if (argument === '--no-rule') rewritten.push(disableRuleFlag);
    else if (argument.startsWith('--no-rule=')) rewritten.push(`${disableRuleFlag}=${argument.slice('--no-rule='.length)}`);
    else rewritten.push(argument);
  }
  return rewritten;
}
