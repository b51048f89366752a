/**
 * Chooses the adapter for a file by its format or its extension.
 */
import { htmlView } from './html.js';
import { markdownRefusal, markdownView } from './markdown.js';
import { normaliseApostropheLookalikes } from '../core/scanner.js';
import { textView } from './text.js';
import type { Format, ProseView } from './types.js';

/** A range of the original text. */
export interface Range {
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/**
 * The view of a document with a structure (Markdown, HTML): a prose view plus where the
 * page's title is and which links are the page's own address.
 */
export interface DocumentView extends ProseView {
  /**
   * The page's title: the front-matter `title`, the `<title>` element, or else the first
   * top-level heading. Its view text is prose.
   */
  title?: Range;
  /**
   * Links that are the page's own address (front-matter `slug`, `url`, `permalink`;
   * `<link rel=canonical>`, `<meta property=og:url>`), a subset of `links` by range.
   */
  ownLinks?: Range[];
}

/**
 * The title range of a view, when its adapter found one.
 * @param view a prose view.
 * @returns the title range, or undefined.
 */
export function titleOf(view: ProseView): Range | undefined {
  return (view as DocumentView).title;
}

/**
 * Whether a link of a view is the page's own address.
 * @param view a prose view.
 * @param link a range from `view.links`.
 * @returns true when the adapter marked it as the page's own.
 */
export function isOwnLink(view: ProseView, link: Range): boolean {
  const own = (view as DocumentView).ownLinks;
  return own !== undefined && own.some((range) => range.start === link.start && range.end === link.end);
}

/** Adapters by format. */
const adapters = new Map<Format, (text: string) => ProseView>([
  ['text', textView],
  ['markdown', markdownView],
  ['html', htmlView],
]);

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
    view.text = normaliseApostropheLookalikes(view.text);
    return view;
  } catch (error) {
    const view = textView(text);
    view.warnings.push(`Cannot parse as ${format} (${error instanceof Error ? error.message : String(error)}): read as plain text`);
    return view;
  }
}

/**
 * A same-length copy of a Markdown or HTML text in which inline markup that can hide a run
 * from the raw pre-scan is white space: Markdown `*`, `_`, `~`, `[`, `]`, `` ` `` and `>`;
 * HTML tags and comments. `the **the**` and `the <b>the</b>` then show their doubling to
 * `findCandidates`, so the pre-scan never skips a file the adapter would find something in
 * (it may still send a file with no finding to the adapter). One pass, no regular expression.
 * @param text the raw text.
 * @param format its format.
 * @returns the skim (the text itself for plain text).
 */
export function skimMarkup(text: string, format: Format): string {
  if (format === 'text') return text;
  if (format === 'markdown') {
    // A document the adapter refuses (`>` nested 10,000 deep) is read as plain text, so its
    // skim is the text itself. This also spares the replace below, which pays per marker:
    // a megabyte of `>` cost it 100 to 200 ms, several times the whole check of prose.
    if (markdownRefusal(text) !== undefined) return text;
    // `*` `_` `~` `[` `]` `` ` `` `>`: one character class, replaced in one native pass.
    const skim = text.replace(/[*_~[\]`>]/gu, ' ');
    return text.includes('&') ? decodeEntitiesInString(skim) : skim;
  }
  const codes = new Uint16Array(text.length);
  {
    let inTag = false;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (!inTag && code === 60) {
        // `<b>`, `</b>`, `<!-- -->`; a lone `a < b` is text.
        const next = text.charCodeAt(index + 1) | 32;
        inTag = (next >= 97 && next <= 122) || next === 47 || next === 33;
      }
      if (inTag) {
        // Line breaks inside a tag are kept so that a tag never joins two paragraphs.
        codes[index] = code === 10 || code === 13 ? code : 32;
        if (code === 62) inTag = false;
      } else codes[index] = code;
    }
  }
  return fromCodes(text, codes);
}

/**
 * Finishes a skim: decodes entities, then turns the code units back into a string.
 * @param text the raw text.
 * @param codes the skim's code units.
 * @returns the skim.
 */
function fromCodes(text: string, codes: Uint16Array): string {
  decodeEntities(text, codes);
  const parts: string[] = [];
  for (let index = 0; index < codes.length; index += 8192) parts.push(String.fromCharCode(...codes.subarray(index, index + 8192)));
  return parts.join('');
}

/** Entities that can stand inside a cascade, and the character each stands for. */
const skimEntities = new Map<string, number>([
  ['#34', 34],
  ['#39', 39],
  ['#8216', 0x2018],
  ['#8217', 0x2019],
  ['#x27', 39],
  ['#x2019', 0x2019],
  ['amp', 38],
  ['apos', 39],
  ['lsquo', 0x2018],
  ['nbsp', 32],
  ['quot', 34],
  ['rsquo', 0x2019],
]);

/**
 * Decodes common character references of a string the same way as `decodeEntities`, piece by
 * piece, without copying the text into code units.
 * @param skim the skim so far.
 * @returns the skim with references decoded (same length).
 */
function decodeEntitiesInString(skim: string): string {
  const parts: string[] = [];
  let position = 0;
  let index = skim.indexOf('&');
  while (index >= 0) {
    let end = index + 1;
    while (end < skim.length && end - index <= 10) {
      const code = skim.charCodeAt(end) | 32;
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || skim.charCodeAt(end) === 35)) break;
      end++;
    }
    if (end > index + 1 && skim.charCodeAt(end) === 59) {
      const decoded = skimEntities.get(skim.slice(index + 1, end).toLowerCase()) ?? 32;
      parts.push(skim.slice(position, index), String.fromCharCode(decoded), '\uE002'.repeat(end - index));
      position = end + 1;
    }
    index = skim.indexOf('&', end);
  }
  if (parts.length === 0) return skim;
  parts.push(skim.slice(position));
  return parts.join('');
}

/**
 * Writes common character references into a skim as the character they stand for followed
 * by join fillers (`Women&rsquo;s` reads `Women’s`), so the raw pre-scan sees what the
 * adapter will see. Other references become white space.
 * @param text the raw text.
 * @param codes the skim's code units, edited in place.
 */
function decodeEntities(text: string, codes: Uint16Array): void {
  let index = text.indexOf('&');
  while (index >= 0) {
    let end = index + 1;
    while (end < text.length && end - index <= 10) {
      const code = text.charCodeAt(end) | 32;
      const isNameCharacter = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || text.charCodeAt(end) === 35;
      if (!isNameCharacter) break;
      end++;
    }
    if (end > index + 1 && text.charCodeAt(end) === 59 && codes[index] === 38) {
      const decoded = skimEntities.get(text.slice(index + 1, end).toLowerCase()) ?? 32;
      codes[index] = decoded;
      for (let inner = index + 1; inner <= end; inner++) codes[inner] = 0xe002;
    }
    index = text.indexOf('&', end);
  }
}
