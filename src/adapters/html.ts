/**
 * The HTML adapter: reads a page with rehype-parse (parse5, with positions) and builds its
 * prose view. Text is prose except inside code, scripts, styles, templates, SVG, MathML and
 * data tables; `alt` and `title` attribute values are prose; tags and comments are blanked.
 *
 * This module also holds the view builder shared with the Markdown adapter: both formats
 * decode HTML character references (`&#39;`, `&rsquo;`, `&amp;`) the same way.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot, Text as HastText } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { DocumentView, Range } from './index.js';
import { breakFiller, joinFiller, softFiller, type LinkRange } from './types.js';

const breakCode = breakFiller.charCodeAt(0);
const softCode = softFiller.charCodeAt(0);
const joinCode = joinFiller.charCodeAt(0);

/** How escapes are written in the raw text a builder aligns with its decoded value. */
export type EscapeMode = 'html' | 'markdown' | 'yaml-double' | 'yaml-single' | 'plain';

/**
 * Builds a prose view: starts with every character blanked by the break filler (line breaks
 * kept) and lets an adapter paint prose, soft fillers and block markers over it.
 */
export class ViewBuilder {
  /** The original text. */
  readonly text: string;
  /** UTF-16 code units of the view being built. */
  readonly codes: Uint16Array;

  /**
   * Starts a view with everything blanked except line breaks.
   * @param text the original text.
   */
  constructor(text: string) {
    this.text = text;
    this.codes = new Uint16Array(text.length);
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      this.codes[index] = code === 10 || code === 13 ? code : breakCode;
    }
  }

  /**
   * Fills a range with a filler, keeping line breaks.
   * @param start range start.
   * @param end range end (exclusive).
   * @param filler the filler character (`breakFiller`, `softFiller` or `joinFiller`).
   */
  fill(start: number, end: number, filler: string): void {
    const code = filler.charCodeAt(0);
    const stop = Math.min(end, this.text.length);
    for (let index = Math.max(0, start); index < stop; index++) {
      const current = this.text.charCodeAt(index);
      this.codes[index] = current === 10 || current === 13 ? current : code;
    }
  }

  /**
   * Marks the line break that ends a block (a heading, a paragraph, a list item) as a
   * paragraph separator (U+2029), so that `# Boats⏎boats sail` reads as two blocks and no
   * run crosses them.
   * @param offset the end of the block's content.
   */
  endBlock(offset: number): void {
    let index = offset;
    while (index < this.text.length && (this.text.charCodeAt(index) === 32 || this.text.charCodeAt(index) === 9)) index++;
    if (this.text.charCodeAt(index) === 13 && this.text.charCodeAt(index + 1) === 10) index++;
    if (this.text.charCodeAt(index) === 10) this.codes[index] = 0x2029;
  }

  /**
   * Blanks block markup (a list bullet, `#`, `>`, a block-level tag) so that no run crosses it
   * and the text after it still reads as the start of a line: break fillers with a line break
   * as the last character (`- ` → break, line break). Real line breaks are kept.
   * @param start range start.
   * @param end range end (exclusive).
   */
  fillBlock(start: number, end: number): void {
    if (end <= start) return;
    this.fill(start, end, breakFiller);
    const last = end - 1;
    const code = this.text.charCodeAt(last);
    if (code !== 10 && code !== 13) this.codes[last] = 10;
  }

  /**
   * Copies prose from the original, decoding escapes and character references: the decoded
   * character is written at the first offset of its reference and join fillers over the rest
   * (`Women&#39;s` reads `Women'````s`); raw characters the value does not hold (a
   * blockquote's `> ` inside a paragraph, stripped spaces) become soft fillers.
   * @param start start of the raw text.
   * @param end end of the raw text (exclusive).
   * @param value the decoded text a parser gave for it.
   * @param mode how escapes are written in the raw text.
   */
  align(start: number, end: number, value: string, mode: EscapeMode): void {
    const { text, codes } = this;
    let index = start;
    let cursor = 0;
    while (index < end) {
      const code = text.charCodeAt(index);
      if (code === 10 || code === 13) {
        codes[index] = code;
        const expected = value.charCodeAt(cursor);
        // `\r\n` decodes to `\n`; a folded YAML line decodes to a space.
        if (expected === code) cursor++;
        else if (expected === 10 && code === 13 && text.charCodeAt(index + 1) !== 10) cursor++;
        else if (expected === 32 && (mode === 'yaml-double' || mode === 'plain')) cursor++;
        index++;
        continue;
      }
      if (code === 38 && (mode === 'html' || mode === 'markdown')) {
        const referenceEnd = endOfReference(text, index, end);
        const raw = referenceEnd > index ? text.slice(index, referenceEnd) : '';
        if (raw !== '' && value.slice(cursor, cursor + raw.length) !== raw) {
          const length = decodedLength(value, cursor, text, index, referenceEnd, end);
          if (length > 0) {
            this.writeDecoded(index, referenceEnd, value, cursor, length);
            cursor += length;
            index = referenceEnd;
            continue;
          }
        }
      }
      if (code === 92 && mode === 'markdown' && index + 1 < end && value.charCodeAt(cursor) === text.charCodeAt(index + 1) && value.charCodeAt(cursor) !== 92) {
        // `\*` is an escaped `*`.
        codes[index] = text.charCodeAt(index + 1);
        codes[index + 1] = joinCode;
        index += 2;
        cursor++;
        continue;
      }
      if (code === 92 && mode === 'yaml-double' && index + 1 < end) {
        const escapeEnd = Math.min(end, index + yamlEscapeLength(text.charCodeAt(index + 1)));
        const length = decodedLength(value, cursor, text, index, escapeEnd, end);
        if (length > 0) {
          this.writeDecoded(index, escapeEnd, value, cursor, length);
          cursor += length;
          index = escapeEnd;
          continue;
        }
      }
      if (code === 39 && mode === 'yaml-single' && text.charCodeAt(index + 1) === 39 && value.charCodeAt(cursor) === 39) {
        // `''` is one `'` in a single-quoted YAML string.
        codes[index] = 39;
        codes[index + 1] = joinCode;
        index += 2;
        cursor++;
        continue;
      }
      if (cursor < value.length && code === value.charCodeAt(cursor)) {
        codes[index] = code;
        cursor++;
        index++;
        continue;
      }
      codes[index] = softCode;
      index++;
    }
  }

  /**
   * Writes the decoded characters of a reference at its first offsets and join fillers over
   * the rest.
   * @param start reference start.
   * @param end reference end.
   * @param value the decoded text.
   * @param cursor where the decoded characters start in `value`.
   * @param length how many decoded code units.
   */
  private writeDecoded(start: number, end: number, value: string, cursor: number, length: number): void {
    for (let offset = 0; start + offset < end; offset++) {
      this.codes[start + offset] = offset < length ? value.charCodeAt(cursor + offset) : joinCode;
    }
  }

  /**
   * Reads the line breaks of a range of flowing text as spaces, as a browser or a Markdown
   * renderer shows them: a paragraph wrapped at a width (`backs⏎women`) is one line of prose,
   * so a run crosses the break (`Women's rights's rightss⏎rights's …`) and a word after it is
   * not at a line's start. Hard breaks (`<br>`, a Markdown hard break) are not text and keep
   * theirs.
   * @param start the range's start.
   * @param end the range's end (exclusive).
   */
  softenBreaks(start: number, end: number): void {
    const stop = Math.min(end, this.codes.length);
    for (let index = Math.max(0, start); index < stop; index++) {
      const code = this.codes[index];
      if (code === 10 || code === 13) this.codes[index] = 32;
    }
  }

  /**
   * Marks the code unit before a text of its own (an attribute's value, a front-matter
   * field's) as a paragraph separator (U+2029): the text opens a block, so its first word
   * reads as a line's (`alt="Women…"`), and no run crosses into it (`the <a title="the">`).
   * The code unit must be markup (a quote, a space after a key).
   * @param start the text's start.
   */
  openText(start: number): void {
    this.set(start - 1, 0x2029);
  }

  /**
   * Writes a code unit at an offset.
   * @param index the offset.
   * @param code the code unit.
   */
  set(index: number, code: number): void {
    if (index >= 0 && index < this.codes.length) this.codes[index] = code;
  }

  /**
   * The view's text.
   * @returns a string of the original's length.
   */
  toString(): string {
    let result = '';
    const chunk = 8192;
    for (let index = 0; index < this.codes.length; index += chunk) {
      result += String.fromCharCode(...this.codes.subarray(index, index + chunk));
    }
    return result;
  }
}

/**
 * How many characters a YAML double-quoted escape takes (`\n` 2, `\xFF` 4, `\u2019` 6,
 * `\U0001F600` 10).
 * @param next the code unit after the backslash.
 * @returns the escape length.
 */
function yamlEscapeLength(next: number): number {
  if (next === 120) return 4;
  if (next === 117) return 6;
  if (next === 85) return 10;
  return 2;
}

/**
 * Finds the end of a character reference at `start` (`&amp;`, `&#39;`, `&#x2019;`, and the
 * legacy `&amp` without semicolon).
 * @param text the text.
 * @param start offset of `&`.
 * @param limit offset not to pass.
 * @returns the offset after the reference, or `start` when none starts there.
 */
export function endOfReference(text: string, start: number, limit: number): number {
  let index = start + 1;
  if (text.charCodeAt(index) === 35) {
    index++;
    const hex = text.charCodeAt(index) === 120 || text.charCodeAt(index) === 88;
    if (hex) index++;
    const digitsStart = index;
    while (index < limit && index - digitsStart < 8 && isReferenceDigit(text.charCodeAt(index), hex)) index++;
    if (index === digitsStart) return start;
  } else {
    const nameStart = index;
    while (index < limit && index - nameStart < 32 && isAlphanumeric(text.charCodeAt(index))) index++;
    if (index === nameStart) return start;
  }
  if (index < limit && text.charCodeAt(index) === 59) index++;
  return Math.min(index, limit);
}

/**
 * Whether a code unit is an ASCII letter or digit.
 * @param code a code unit.
 * @returns true for `[A-Za-z0-9]`.
 */
function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a code unit is a digit of a numeric reference.
 * @param code a code unit.
 * @param hex whether the reference is hexadecimal.
 * @returns true for a digit (or a hex letter when `hex`).
 */
function isReferenceDigit(code: number, hex: boolean): boolean {
  if (code >= 48 && code <= 57) return true;
  return hex && ((code >= 65 && code <= 70) || (code >= 97 && code <= 102));
}

/**
 * How many code units of the decoded value a reference or escape stands for (1 or 2), read
 * by checking that the raw text after it lines up with the value again.
 * @param value the decoded text.
 * @param cursor where the decoded characters start.
 * @param text the original text.
 * @param rawStart the offset of the reference.
 * @param rawEnd the offset after the reference.
 * @param limit end of the raw text being aligned.
 * @returns 1 or 2, or 0 when the value has nothing left.
 */
function decodedLength(value: string, cursor: number, text: string, rawStart: number, rawEnd: number, limit: number): number {
  if (cursor >= value.length) return 0;
  const maximum = Math.min(2, value.length - cursor, rawEnd - rawStart);
  for (let length = 1; length <= maximum; length++) {
    if (rawEnd >= limit) {
      if (cursor + length === value.length) return length;
      continue;
    }
    if (value.charCodeAt(cursor + length) === text.charCodeAt(rawEnd)) return length;
  }
  const first = value.charCodeAt(cursor);
  // A code point above U+FFFF (`&#x1F600;`) decodes to a surrogate pair.
  return first >= 0xd800 && first <= 0xdbff && maximum === 2 ? 2 : 1;
}

/** Elements whose content never reaches the prose rules: code, scripts, data tables. */
const skippedElements = new Set(['code', 'iframe', 'kbd', 'math', 'noscript', 'object', 'pre', 'samp', 'script', 'select', 'style', 'svg', 'table', 'template', 'textarea', 'var']);

/** Inline elements: their tags read as white space between words (`the <b>women</b>`). */
const inlineElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
]);

/** Void elements, which never contain anything (for the depth estimate). */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose end tag is optional: a new one closes the previous (for the depth estimate). */
const selfClosingSiblings = new Set(['dd', 'dt', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);

/**
 * How deep a page may nest before it is read by the linear tag reader instead of parse5
 * (whose tree conversion recurses once per level and overflows the stack a few thousand
 * levels down).
 */
export const maximumHtmlDepth = 500;

/** `<meta>` names whose `content` is prose. */
const proseMetaNames = new Set(['description', 'og:description', 'og:title', 'twitter:description', 'twitter:title']);

const parser = unified().use(rehypeParse, { verbose: true });

/** The position data parse5 adds in verbose mode. */
interface VerbosePositions {
  opening?: { start: { offset?: number }; end: { offset?: number } };
  closing?: { start: { offset?: number }; end: { offset?: number } };
  properties?: Record<string, { start: { offset?: number }; end: { offset?: number } } | undefined>;
}

/** A range the adapter found, with what it is. */
interface Found {
  links: LinkRange[];
  ownLinks: Range[];
  title: Range | undefined;
  heading: Range | undefined;
}

/**
 * Builds the prose view of an HTML page.
 * @param text the page.
 * @returns the view; a page nested deeper than `maximumHtmlDepth` is read by the linear tag
 * reader and carries a warning.
 * @throws Error when the parser fails (the caller falls back to plain text).
 */
export function htmlView(text: string): DocumentView {
  if (estimateDepth(text) > maximumHtmlDepth) {
    const view = linearHtmlView(text);
    view.warnings.push(`HTML nested deeper than ${maximumHtmlDepth} levels: read with the linear tag reader`);
    return view;
  }
  const tree = parser.parse(text) as HastRoot;
  const builder = new ViewBuilder(text);
  const found: Found = { links: [], ownLinks: [], title: undefined, heading: undefined };
  const stack: Array<{ node: HastNodes; prose: boolean }> = [{ node: tree, prose: true }];
  while (stack.length > 0) {
    const { node, prose } = stack.pop() as { node: HastNodes; prose: boolean };
    if (node.type === 'text') {
      if (prose) paintText(builder, node);
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    let childProse = prose;
    if (node.type === 'element') {
      childProse = prose && !skippedElements.has(node.tagName);
      paintElement(builder, node, prose, found);
    }
    const children = node.children;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push({ node: child, prose: childProse });
    }
  }
  const view: DocumentView = { format: 'html', text: builder.toString(), links: found.links, warnings: [] };
  const title = found.title ?? found.heading;
  if (title) view.title = title;
  if (found.ownLinks.length > 0) view.ownLinks = found.ownLinks;
  return view;
}

/**
 * Copies a prose text node into the view, decoding its character references.
 * @param builder the view builder.
 * @param node the text node.
 */
function paintText(builder: ViewBuilder, node: HastText): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  builder.align(start, end, node.value, 'html');
  builder.softenBreaks(start, end);
}

/**
 * Blanks an element's tags (soft for inline elements, block markers otherwise), paints its
 * prose attributes and records its links and title.
 * @param builder the view builder.
 * @param node the element.
 * @param prose whether the element stands in prose (not inside code or a table).
 * @param found links and title found so far.
 */
function paintElement(builder: ViewBuilder, node: Element, prose: boolean, found: Found): void {
  const data = (node.data as { position?: VerbosePositions } | undefined)?.position;
  const opening = data?.opening;
  const closing = data?.closing;
  const tag = node.tagName;
  const openStart = opening?.start.offset;
  const openEnd = opening?.end.offset;
  if (openStart !== undefined && openEnd !== undefined) {
    if (tag === 'wbr') builder.fill(openStart, openEnd, joinFiller);
    else if (tag === 'br') {
      // `one<br>two`: a line break between words.
      builder.fill(openStart, openEnd, softFiller);
      builder.set(openEnd - 1, 10);
    } else if (inlineElements.has(tag)) builder.fill(openStart, openEnd, softFiller);
    else builder.fillBlock(openStart, openEnd);
  }
  const closeStart = closing?.start.offset;
  const closeEnd = closing?.end.offset;
  if (closeStart !== undefined && closeEnd !== undefined) {
    if (inlineElements.has(tag)) builder.fill(closeStart, closeEnd, softFiller);
    else builder.fillBlock(closeStart, closeEnd);
  }
  const properties = data?.properties ?? {};
  /**
   * The value range of one of the element's attributes.
   * @param name the hast property name (`alt`, `href`).
   * @returns the range, or undefined when absent or without position.
   */
  const attribute = (name: string): Range | undefined => {
    const position = properties[name];
    const start = position?.start.offset;
    const end = position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    return attributeValueRange(builder.text, start, end);
  };
  if (prose) {
    for (const name of ['alt', 'title']) {
      const value = node.properties[name];
      const range = attribute(name);
      if (range && typeof value === 'string') paintAttribute(builder, range, value);
    }
    if (tag === 'meta' && typeof node.properties['content'] === 'string') {
      const name = String(node.properties['name'] ?? node.properties['property'] ?? '').toLowerCase();
      const range = attribute('content');
      if (range && proseMetaNames.has(name)) {
        paintAttribute(builder, range, node.properties['content']);
        if (name === 'og:title' && !found.title) found.title = range;
      }
    }
  }
  // The page's `<title>` (an SVG's `<title>` stands in skipped content).
  if (tag === 'title' && prose && !found.title) {
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    const start = first?.position?.start.offset;
    const end = last?.position?.end.offset;
    if (start !== undefined && end !== undefined) found.title = { start, end };
  }
  if (tag === 'h1' && !found.heading && prose && openEnd !== undefined && closeStart !== undefined) found.heading = { start: openEnd, end: closeStart };
  if ((tag === 'a' || tag === 'link' || tag === 'area') && typeof node.properties['href'] === 'string') {
    const range = attribute('href');
    if (range) {
      found.links.push({ ...range, kind: node.properties['href'].startsWith('#') ? 'anchor' : 'url' });
      const rel = node.properties['rel'];
      if (tag === 'link' && Array.isArray(rel) && rel.some((value) => String(value).toLowerCase() === 'canonical')) found.ownLinks.push(range);
    }
  }
  if ((tag === 'img' || tag === 'source' || tag === 'iframe') && typeof node.properties['src'] === 'string') {
    const range = attribute('src');
    if (range) found.links.push({ ...range, kind: 'url' });
  }
  if (tag === 'meta' && typeof node.properties['content'] === 'string') {
    const property = String(node.properties['property'] ?? node.properties['name'] ?? '').toLowerCase();
    if (property === 'og:url') {
      const range = attribute('content');
      if (range) {
        found.links.push({ ...range, kind: 'url' });
        found.ownLinks.push(range);
      }
    }
  }
}

/**
 * Paints an attribute value as prose, a text of its own: its opening quote reads as a
 * paragraph separator (see `openText`), its closing one as a break filler, so no run leaves
 * the attribute (`the <a title="the">`).
 * @param builder the view builder.
 * @param range the value's range.
 * @param value the decoded value.
 */
function paintAttribute(builder: ViewBuilder, range: Range, value: string): void {
  builder.align(range.start, range.end, value, 'html');
  builder.openText(range.start);
  if (range.end < builder.text.length) builder.set(range.end, breakCode);
}

/**
 * Finds the value inside an attribute's source range (`alt="x"` → `x`).
 * @param text the page.
 * @param start start of the attribute (its name).
 * @param end end of the attribute.
 * @returns the value's range, or undefined for an attribute without a value.
 */
export function attributeValueRange(text: string, start: number, end: number): Range | undefined {
  let index = start;
  while (index < end && text.charCodeAt(index) !== 61) index++;
  if (index >= end) return undefined;
  index++;
  while (index < end && isHtmlSpace(text.charCodeAt(index))) index++;
  const quote = text.charCodeAt(index);
  if (quote === 34 || quote === 39) {
    const close = text.charCodeAt(end - 1) === quote && end - 1 > index ? end - 1 : end;
    return { start: index + 1, end: close };
  }
  return { start: index, end };
}

/**
 * Whether a code unit is HTML white space.
 * @param code a code unit.
 * @returns true for space, tab, line feed, form feed and carriage return.
 */
function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * Reads a tag name at an offset.
 * @param text the page.
 * @param start offset of the first letter.
 * @returns the lower-case name and the offset after it.
 */
function readTagName(text: string, start: number): { name: string; end: number } {
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isHtmlSpace(code) || code === 47 || code === 62) break;
    index++;
  }
  return { name: text.slice(start, index).toLowerCase(), end: index };
}

/**
 * Whether a code unit is an ASCII letter.
 * @param code a code unit.
 * @returns true for `[A-Za-z]`.
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Estimates how deep a page nests, in one pass over its tags (void elements, self-closed
 * tags and elements closed by their next sibling do not count).
 * @param text the page.
 * @returns the deepest nesting seen.
 */
export function estimateDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  // The next `>` at or after the current tag; searched again only once passed, so a page of
  // unterminated tags (`<a <a <a …`) stays linear.
  let close = -1;
  let index = text.indexOf('<');
  while (index >= 0 && index < text.length - 1) {
    const next = text.charCodeAt(index + 1);
    if (next === 47 && isAsciiLetter(text.charCodeAt(index + 2))) {
      if (depth > 0) depth--;
    } else if (isAsciiLetter(next)) {
      const { name, end } = readTagName(text, index + 1);
      if (close !== Number.POSITIVE_INFINITY && close < end) {
        close = text.indexOf('>', end);
        if (close < 0) close = Number.POSITIVE_INFINITY;
      }
      const selfClosed = Number.isFinite(close) && text.charCodeAt(close - 1) === 47;
      if (!voidElements.has(name) && !selfClosingSiblings.has(name) && !selfClosed) {
        depth++;
        if (depth > deepest) deepest = depth;
      }
    }
    index = text.indexOf('<', index + 1);
  }
  return deepest;
}

/** Character references the linear reader decodes; others stay as join fillers. */
const namedReferences: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  gt: '>',
  hellip: '\u2026',
  laquo: '\u00ab',
  ldquo: '\u201c',
  lsquo: '\u2018',
  lt: '<',
  mdash: '\u2014',
  nbsp: '\u00a0',
  ndash: '\u2013',
  quot: '"',
  raquo: '\u00bb',
  rdquo: '\u201d',
  rsquo: '\u2019',
};

/** Elements whose content is raw text up to their end tag. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * Reads a page without building a tree, in one pass: tags and comments are blanked (soft for
 * inline elements), text is prose outside skipped elements, references are decoded. Used
 * for pages too deep for the tree parser (`<b>` a hundred thousand times unclosed).
 * @param text the page.
 * @returns the view.
 */
export function linearHtmlView(text: string): DocumentView {
  const builder = new ViewBuilder(text);
  const links: LinkRange[] = [];
  // Lower-cased once, on the first raw-text element, to find end tags in any case.
  let lower: string | undefined;
  // How many skipped elements are open; prose only at zero.
  let skipped = 0;
  let index = 0;
  let textStart = 0;
  /**
   * Paints the text read since the last tag as prose, unless inside a skipped element.
   * @param end where the text ends.
   */
  const flushText = (end: number): void => {
    if (skipped === 0 && end > textStart) paintRawText(builder, textStart, end);
  };
  while (index < text.length) {
    if (text.charCodeAt(index) !== 60) {
      index++;
      continue;
    }
    const next = text.charCodeAt(index + 1);
    if (text.startsWith('!--', index + 1)) {
      flushText(index);
      const close = text.indexOf('-->', index + 4);
      index = close < 0 ? text.length : close + 3;
      textStart = index;
      continue;
    }
    const closing = next === 47;
    const nameStart = closing ? index + 2 : index + 1;
    if (!isAsciiLetter(text.charCodeAt(nameStart)) && next !== 33 && next !== 63) {
      index++;
      continue;
    }
    flushText(index);
    const { name } = readTagName(text, nameStart);
    const tagEnd = endOfTag(text, nameStart);
    if (inlineElements.has(name)) builder.fill(index, tagEnd, softFiller);
    else builder.fillBlock(index, tagEnd);
    if (!closing) {
      collectLinearLinks(text, index, tagEnd, name, links);
      if (rawTextElements.has(name)) {
        lower ??= text.toLowerCase();
        const endTag = lower.length === text.length ? lower.indexOf(`</${name}`, tagEnd) : -1;
        const contentEnd = endTag < 0 ? text.length : endTag;
        if (name === 'title' && skipped === 0) paintRawText(builder, tagEnd, contentEnd);
        index = contentEnd;
        textStart = index;
        continue;
      }
      if (skippedElements.has(name) && !voidElements.has(name)) skipped++;
    } else if (skippedElements.has(name) && skipped > 0) skipped--;
    index = tagEnd;
    textStart = index;
  }
  flushText(text.length);
  return { format: 'html', text: builder.toString(), links, warnings: [] };
}

/**
 * Finds the end of a tag, skipping quoted attribute values.
 * @param text the page.
 * @param from offset inside the tag.
 * @returns the offset after `>` (or the end of the text).
 */
function endOfTag(text: string, from: number): number {
  let index = from;
  let quote = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return index + 1;
    index++;
  }
  return text.length;
}

/**
 * Records `href`/`src` values of a tag read by the linear reader.
 * @param text the page.
 * @param start tag start.
 * @param end tag end.
 * @param name the tag name.
 * @param links where links go.
 */
function collectLinearLinks(text: string, start: number, end: number, name: string, links: LinkRange[]): void {
  if (name !== 'a' && name !== 'link' && name !== 'img') return;
  const lower = text.slice(start, end).toLowerCase();
  for (const attribute of ['href', 'src']) {
    let at = lower.indexOf(attribute, 1);
    while (at > 0) {
      const before = lower.charCodeAt(at - 1);
      if (isHtmlSpace(before)) {
        const range = attributeValueRange(text, start + at, end - 1);
        if (range && range.end > range.start) links.push({ ...range, kind: 'url' });
        break;
      }
      at = lower.indexOf(attribute, at + 1);
    }
  }
}

/**
 * Paints raw page text as prose, decoding character references with the short table.
 * @param builder the view builder.
 * @param start text start.
 * @param end text end.
 */
function paintRawText(builder: ViewBuilder, start: number, end: number): void {
  const { text } = builder;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === 38) {
      const referenceEnd = endOfReference(text, index, end);
      if (referenceEnd > index + 1) {
        const decoded = decodeReference(text.slice(index, referenceEnd));
        for (let offset = 0; index + offset < referenceEnd; offset++) {
          builder.set(index + offset, offset < decoded.length ? decoded.charCodeAt(offset) : joinCode);
        }
        index = referenceEnd;
        continue;
      }
    }
    builder.set(index, code);
    index++;
  }
}

/**
 * Decodes one character reference with the short table or its number.
 * @param reference the reference as written (`&rsquo;`, `&#39;`).
 * @returns the decoded text (empty when unknown: the reference becomes join fillers).
 */
function decodeReference(reference: string): string {
  const body = reference.endsWith(';') ? reference.slice(1, -1) : reference.slice(1);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const number = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(number) || number <= 0 || number > 0x10ffff || (number >= 0xd800 && number <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(number);
  }
  return namedReferences[body] ?? '';
}
