/**
 * The glossary: the names and labels a site expects. Owned by the expected-names work; this
 * stub fixes the shape other modules import.
 */

/** One expected name or term. */
export interface GlossaryEntry {
  /** The canonical form (`Kate Allen`, `Stop Violence Against Women`). */
  name: string;
  /** What it names. */
  kind?: 'person' | 'organisation' | 'campaign' | 'product' | 'place' | 'term';
  /** Known wrong spellings that should become `name`. */
  variants?: string[];
  /** Whether letter case must match exactly (default true for names). */
  caseSensitive?: boolean;
  /** Texts that must and must not produce a finding, checked when the glossary loads. */
  examples?: { match?: string[]; noMatch?: string[] };
}

/** A taxonomy label and the plain word it replaced (`Women's rights` → `women`). */
export interface GlossaryLabel {
  /** The label as the find-and-replace put it in. */
  label: string;
  /** The term it replaced. */
  term: string;
  /** Texts that must and must not produce a finding, checked when the glossary loads. */
  examples?: { match?: string[]; noMatch?: string[] };
}

/** The glossary in options and configuration. */
export interface Glossary {
  /** Expected names and terms. */
  names?: GlossaryEntry[];
  /** Labels and what they replaced. */
  labels?: GlossaryLabel[];
}
