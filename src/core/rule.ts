/**
 * What a rule is: metadata and a factory, plus the context each rule runs in.
 */
import type { ProseView } from '../adapters/types.js';
import type { Analysis } from './analyze.js';
import type { FormModel } from './forms.js';
import type { Glossary } from './glossary.js';
import type { Edit, Severity, Suggestion } from './types.js';

/** Where rule documentation lives; each rule's `url` points to its README section. */
export const documentationUrl = 'https://github.com/copyguard/copyguard#rules';

/** Metadata every rule exports. */
export interface RuleMeta {
  /** Rule id, kebab-case (`no-replacement-cascade`). */
  id: string;
  /** One-line description. */
  description: string;
  /** Whether the rule can attach fixes. */
  fixable: boolean;
  /** Link to the rule's README section. */
  url: string;
  /** Severity used when the configuration does not set one. */
  defaultSeverity: Severity;
  /**
   * Whether the rule runs only when the configuration names it (a rule that needs the site's
   * settings, such as `canonical-links`); it then runs at `defaultSeverity` unless set.
   */
  optIn?: boolean;
  /** JSON Schema of the rule's options, checked when a configuration file is loaded. */
  optionsSchema?: Record<string, unknown>;
}

/** What a rule reports; the shared report helper turns it into a message. */
export interface FindingInput {
  /** Span start offset in the text as read. */
  start: number;
  /** Span end offset (exclusive). */
  end: number;
  /** One-sentence message: what is unexpected and what is expected. */
  reason: string;
  /** Candidate restorations, best first. */
  expected: string[];
  /** The confident edit, or null. */
  fix: Edit | null;
  /** Edits offered but never applied. */
  suggestions: Suggestion[];
  /** 0..1. */
  confidence: number;
  /** One line of evidence. */
  explanation: string;
  /** Severity for this finding when it differs from the rule's (a doubtful variant). */
  severity?: Severity;
}

/** Explicit restorations: a variant's text or a label, normalised, → the text it restores to. */
export type Restorations = ReadonlyMap<string, string>;

/** What a rule sees when it runs on one text. */
export interface RuleContext {
  /** The text as read. */
  text: string;
  /** The scanner's and analyser's view of the text. */
  analysis: Analysis;
  /** Dominant forms (of this text, of all files of the run, or of a profile). */
  forms: FormModel;
  /** Explicit restorations from options. */
  restorations: Restorations;
  /** The prose view the analysis ran on (same length as `text`), with its links and slugs. */
  view: ProseView;
  /** The glossary from options, if any. */
  glossary: Glossary | undefined;
  /**
   * Reports a finding.
   * @param finding the finding.
   */
  report(finding: FindingInput): void;
}

/** A rule module. */
export interface Rule {
  /** Metadata. */
  meta: RuleMeta;
  /**
   * Creates the rule's runner from its options.
   * @param options rule options from the configuration.
   * @returns a function that runs the rule on one text.
   */
  create(options: Readonly<Record<string, unknown>>): (context: RuleContext) => void;
}

/**
 * Shortens a text for a message: the first words and an ellipsis.
 * @param value the text.
 * @param words how many words to keep.
 * @returns the shortened text.
 */
export function shorten(value: string, words = 2): string {
  const parts = value.split(/\s+/u);
  if (parts.length <= words) return value;
  return `${parts.slice(0, words).join(' ')} …`;
}
