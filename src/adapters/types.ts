/**
 * What an adapter gives the rules: a prose view of the file with the same length as the
 * original, so that every offset found in the view is an offset of the original file.
 */

/** Formats copyguard reads. */
export type Format = 'text' | 'markdown' | 'html';

/**
 * Filler characters an adapter writes over markup. They keep offsets; the scanner reads
 * `breakFiller` as punctuation (a run cannot cross it), `softFiller` as white space (inline
 * markup between words), and `joinFiller` as nothing at all inside a word (the tail of an
 * entity such as `&#39;` whose first character holds the decoded `'`).
 */
export const breakFiller = '\uE001';
/** Inline markup between words: read as a space. */
export const softFiller = '\uE000';
/** The rest of an entity or escape inside a word: ignored by the scanner. */
export const joinFiller = '\uE002';

/** A link or slug found by an adapter, for the link rules. */
export interface LinkRange {
  /** Start offset of the URL or slug in the original file. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Where it was found. */
  kind: 'url' | 'slug' | 'anchor';
}

/** A prose view of a file. */
export interface ProseView {
  /** The format read. */
  format: Format;
  /** Same length as the original: prose as is, markup replaced by fillers. */
  text: string;
  /** Links and slugs (not part of `text`'s prose: they are blanked there). */
  links: LinkRange[];
  /** Warnings, e.g. a parser that gave up and plain text was read instead. */
  warnings: string[];
}
