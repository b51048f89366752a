/**
 * The plain-text adapter: the whole text is prose, except bare URLs (`https://…`,
 * `/press-releases/…`), which only the link rules read.
 */
import { findBareUrls } from '../core/slug.js';
import { breakFiller, type LinkRange, type ProseView } from './types.js';

/**
 * Builds the prose view of a plain-text file.
 * @param text the file's text.
 * @returns a view whose text is the text with its URLs blanked, and those URLs as links.
 */
export function textView(text: string): ProseView {
  const urls = findBareUrls(text);
  if (urls.length === 0) return { format: 'text', text, links: [], warnings: [] };
  const parts: string[] = [];
  const links: LinkRange[] = [];
  let position = 0;
  for (const url of urls) {
    parts.push(text.slice(position, url.start), breakFiller.repeat(url.end - url.start));
    links.push({ start: url.start, end: url.end, kind: 'url' });
    position = url.end;
  }
  parts.push(text.slice(position));
  return { format: 'text', text: parts.join(''), links, warnings: [] };
}
