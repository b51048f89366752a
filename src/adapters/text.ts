/**
 * The plain-text adapter: the whole text is prose.
 */
import type { ProseView } from './types.js';

/**
 * Builds the prose view of a plain-text file.
 * @param text the file's text.
 * @returns a view whose text is the text itself.
 */
export function textView(text: string): ProseView {
  return { format: 'text', text, links: [], warnings: [] };
}
