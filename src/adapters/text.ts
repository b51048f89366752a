/**
 * The plain-text adapter: the whole text is prose, except bare URLs (`https://…`,
 * `/press-releases/…`), which only the link rules read. The view is the text itself (no
 * copy, no second scan) unless it writes an apostrophe with another character (`Women´s`),
 * which the view makes `’`; `check` drops prose findings that fall inside a listed URL.
 */
import { normaliseApostropheLookalikes } from '../core/scanner.js';
import { findBareUrls } from '../core/slug.js';
import type { LinkRange, ProseView } from './types.js';

/**
 * Builds the prose view of a plain-text file.
 * @param text the file's text.
 * @param prose the text with its apostrophes made one, when the caller has it.
 * @returns a view whose text is the text, with its URLs as links.
 */
export function textView(text: string, prose: string = normaliseApostropheLookalikes(text)): ProseView {
  const links: LinkRange[] = findBareUrls(text).map((url) => ({ start: url.start, end: url.end, kind: 'url' }));
  return { format: 'text', text: prose, links, warnings: [] };
}
