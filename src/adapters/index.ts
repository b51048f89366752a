/**
 * Chooses the adapter for a file by its format or its extension.
 */
import { textView } from './text.js';
import type { Format, ProseView } from './types.js';

/** Adapters by format; Markdown and HTML register here when present. */
const adapters = new Map<Format, (text: string) => ProseView>([['text', textView]]);

/**
 * Registers an adapter (used by the Markdown and HTML modules).
 * @param format the format it reads.
 * @param adapter the function that builds the view.
 */
export function registerAdapter(format: Format, adapter: (text: string) => ProseView): void {
  adapters.set(format, adapter);
}

/**
 * Guesses a file's format from its path.
 * @param path a file path.
 * @returns `markdown` for .md/.markdown/.mdx, `html` for .html/.htm/.xhtml, else `text`.
 */
export function formatFromPath(path: string): Format {
  const lower = path.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const extension = dot >= 0 ? lower.slice(dot + 1) : '';
  if (extension === 'md' || extension === 'markdown' || extension === 'mdx' || extension === 'mdown') return 'markdown';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  return 'text';
}

/**
 * Builds the prose view of a text.
 * @param text the text.
 * @param format its format.
 * @returns the view; an adapter that throws falls back to plain text with a warning.
 */
export function createView(text: string, format: Format = 'text'): ProseView {
  const adapter = adapters.get(format);
  if (!adapter || format === 'text') return textView(text);
  try {
    const view = adapter(text);
    if (view.text.length !== text.length) throw new Error('adapter changed the text length');
    return view;
  } catch (error) {
    const view = textView(text);
    view.warnings.push(`Cannot parse as ${format} (${error instanceof Error ? error.message : String(error)}): read as plain text`);
    return view;
  }
}
