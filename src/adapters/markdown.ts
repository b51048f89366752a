/**
 * The Markdown adapter: reads a document with remark-parse, remark-gfm and
 * remark-frontmatter and builds its prose view from the mdast positions.
 *
 * Prose: text in paragraphs, headings, list items, block quotes, emphasis, strong, delete,
 * link text, image `alt`, and the front-matter fields `title`, `description`, `summary`.
 * Everything else is blanked: code, inline code, HTML, tables, link destinations,
 * definitions, other front-matter fields. Markup between words of one paragraph reads as
 * white space; block markers (`- `, `1. `, `#`, `>`) are break fillers ending in a line
 * break, so no run crosses them and the next word still starts a line.
 */
import type { Nodes as MdastNodes, Root as MdastRoot, Text as MdastText, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { breakFiller, softFiller, type LinkRange } from './types.js';
import type { DocumentView, Range } from './index.js';
import { ViewBuilder } from './html.js';

/**
 * How deep containers (block quotes, lists) may nest before the document is refused (the
 * parser's cost grows with the square of the depth; real documents stay under ten).
 */
export const maximumMarkdownDepth = 256;

/**
 * How many inline construct characters (`&`, `[`, `` ` ``, `<`, `*`, `_`, `\`) one block may
 * hold before the document is refused: micromark merges the text between constructs with a
 * splice per construct, which grows with the square of their number in one paragraph.
 */
export const maximumInlineConstructs = 4000;

/** Front-matter fields whose values are prose. */
const proseFields = new Set(['description', 'summary', 'title']);

/** Front-matter fields whose values are the page's address or old addresses. */
const linkFields = new Map<string, LinkRange['kind']>([
  ['aliases', 'url'],
  ['permalink', 'url'],
  ['slug', 'slug'],
  ['url', 'url'],
]);

/** Front-matter fields that are the page's own address (not old ones such as `aliases`). */
const ownFields = new Set(['permalink', 'slug', 'url']);

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** What the walk collects besides the view text. */
interface Collected {
  links: LinkRange[];
  ownLinks: Range[];
  title: Range | undefined;
  heading: Range | undefined;
  /** Whether `heading` is a level-one heading. */
  headingIsTop: boolean;
}

/** A node of the walk with the context it stands in. */
interface Item {
  node: MdastNodes;
  /** `block`: prose containers paint; `links`: only links are collected (tables). */
  mode: 'block' | 'links';
}

/**
 * Builds the prose view of a Markdown document.
 * @param text the document.
 * @returns the view.
 * @throws Error when the document nests deeper than `maximumMarkdownDepth`, holds a block
 * with more than `maximumInlineConstructs` constructs, or the parser fails (the caller
 * falls back to plain text with a warning).
 */
export function markdownView(text: string): DocumentView {
  guardMarkdown(text);
  const tree = processor.parse(text) as MdastRoot;
  const builder = new ViewBuilder(text);
  const collected: Collected = { links: [], ownLinks: [], title: undefined, heading: undefined, headingIsTop: false };
  const stack: Item[] = [{ node: tree, mode: 'block' }];
  while (stack.length > 0) {
    const { node, mode } = stack.pop() as Item;
    visitBlock(builder, node, mode, collected, stack);
  }
  const view: DocumentView = { format: 'markdown', text: builder.toString(), links: collected.links, warnings: [] };
  const title = collected.title ?? collected.heading;
  if (title) view.title = title;
  if (collected.ownLinks.length > 0) view.ownLinks = collected.ownLinks;
  return view;
}

/**
 * Start and end offsets of a node.
 * @param node an mdast node.
 * @returns its range, or undefined for a node without position.
 */
function rangeOf(node: MdastNodes): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return { start, end };
}

/**
 * Handles one block-level node of the walk.
 * @param builder the view builder.
 * @param node the node.
 * @param mode whether prose is painted or only links collected.
 * @param collected links and title found so far.
 * @param stack the walk's stack, for children.
 */
function visitBlock(builder: ViewBuilder, node: MdastNodes, mode: Item['mode'], collected: Collected, stack: Item[]): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'footnoteDefinition': {
      pushChildren(stack, node.children, mode);
      return;
    }
    case 'table':
    case 'tableRow':
    case 'tableCell': {
      // A table holds data, not prose: only its links are read.
      pushChildren(stack, node.children, 'links');
      return;
    }
    case 'paragraph':
    case 'heading': {
      if (mode === 'links') {
        pushChildren(stack, node.children, 'links');
        return;
      }
      const inner = paintPhrasing(builder, node.children, collected);
      // The line's markers before the text (`## `, `- `, `> `, `1. `): a block boundary.
      if (inner) builder.fillBlock(lineStart(builder.text, inner.start), inner.start);
      if (inner) builder.endBlock(inner.end);
      if (node.type === 'heading' && inner) {
        // The first level-one heading, or else the first heading, is the title.
        if (!collected.heading || (node.depth === 1 && !collected.headingIsTop)) {
          collected.heading = inner;
          collected.headingIsTop = node.depth === 1;
        }
      }
      return;
    }
    case 'yaml': {
      readFrontMatter(builder, node, collected);
      return;
    }
    case 'definition': {
      const range = rangeOf(node);
      if (range) pushLink(collected.links, definitionDestination(builder.text, range.start, range.end));
      return;
    }
    default: {
      if (mode !== 'links') return;
      if (node.type === 'link' || node.type === 'image') collectInlineLink(builder, node, collected);
      else if ('children' in node) pushChildren(stack, node.children as MdastNodes[], 'links');
      // Code, HTML, thematic breaks, TOML front matter: blanked (the builder's default).
    }
  }
}

/**
 * Pushes children on the walk's stack so they are visited in document order.
 * @param stack the stack.
 * @param children the children.
 * @param mode the mode they inherit.
 */
function pushChildren(stack: Item[], children: readonly MdastNodes[], mode: Item['mode']): void {
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child) stack.push({ node: child, mode });
  }
}

/**
 * Records the link of an inline node found where prose is not painted (a table cell).
 * @param builder the view builder.
 * @param node an inline node.
 * @param collected where links go.
 */
function collectInlineLink(builder: ViewBuilder, node: MdastNodes, collected: Collected): void {
  const range = rangeOf(node);
  if (!range) return;
  if (node.type === 'link') {
    const autolink = autolinkRange(builder.text, node, range);
    if (autolink) pushLink(collected.links, autolink);
    else {
      const last = node.children[node.children.length - 1];
      const textEnd = last ? (rangeOf(last)?.end ?? range.start + 1) : range.start + 1;
      pushLink(collected.links, inlineDestination(builder.text, textEnd, range.end));
    }
  } else if (node.type === 'image') {
    const altEnd = closingBracket(builder.text, range.start + 2, range.end);
    if (altEnd !== undefined) pushLink(collected.links, inlineDestination(builder.text, altEnd, range.end));
  }
}

/**
 * Paints the inline content of a paragraph or heading: markup between its texts reads as
 * white space, texts are copied with their escapes decoded, code and HTML are blanked.
 * @param builder the view builder.
 * @param children the block's inline children.
 * @param collected links found so far.
 * @returns the range from the first child's start to the last child's end, if any.
 */
function paintPhrasing(builder: ViewBuilder, children: readonly MdastNodes[], collected: Collected): Range | undefined {
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last) return undefined;
  const start = rangeOf(first)?.start;
  const end = rangeOf(last)?.end;
  if (start === undefined || end === undefined) return undefined;
  builder.fill(start, end, softFiller);
  const stack: MdastNodes[] = [];
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child) stack.push(child);
  }
  while (stack.length > 0) {
    const node = stack.pop() as MdastNodes;
    const range = rangeOf(node);
    if (!range) continue;
    switch (node.type) {
      case 'text': {
        paintText(builder, node, range);
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete': {
        for (let index = node.children.length - 1; index >= 0; index--) {
          const child = node.children[index];
          if (child) stack.push(child);
        }
        break;
      }
      case 'link': {
        const autolink = autolinkRange(builder.text, node, range);
        if (autolink) {
          // `<https://…>` and a bare `www.…`: the text is the address, not prose.
          builder.fill(range.start, range.end, breakFiller);
          pushLink(collected.links, autolink);
          break;
        }
        const lastChild = node.children[node.children.length - 1];
        const textEnd = lastChild ? (rangeOf(lastChild)?.end ?? range.start + 1) : range.start + 1;
        pushLink(collected.links, inlineDestination(builder.text, textEnd, range.end));
        for (let index = node.children.length - 1; index >= 0; index--) {
          const child = node.children[index];
          if (child) stack.push(child);
        }
        break;
      }
      case 'linkReference': {
        for (let index = node.children.length - 1; index >= 0; index--) {
          const child = node.children[index];
          if (child) stack.push(child);
        }
        break;
      }
      case 'image':
      case 'imageReference': {
        builder.fill(range.start, range.end, breakFiller);
        const altEnd = closingBracket(builder.text, range.start + 2, range.end);
        // The alt text is a text of its own, as an HTML `alt` is (`![Women marching](…)`).
        if (altEnd !== undefined && node.alt) {
          builder.align(range.start + 2, altEnd, node.alt, 'markdown');
          builder.openText(range.start + 2);
        }
        if (node.type === 'image' && altEnd !== undefined) pushLink(collected.links, inlineDestination(builder.text, altEnd, range.end));
        break;
      }
      case 'break': {
        // A hard line break reads as a line break (kept) between words.
        break;
      }
      default: {
        // Inline code, inline HTML, footnote references: no run crosses them.
        builder.fill(range.start, range.end, breakFiller);
      }
    }
  }
  return { start, end };
}

/**
 * Copies a text node's prose, decoding escapes and character references; its line breaks
 * are soft (a paragraph wrapped at a width reads as one line).
 * @param builder the view builder.
 * @param node the text node.
 * @param range its range.
 */
function paintText(builder: ViewBuilder, node: MdastText, range: Range): void {
  builder.align(range.start, range.end, node.value, 'markdown');
  builder.softenBreaks(range.start, range.end);
}

/**
 * The address range of an autolink (`<https://…>`, a literal `https://…` or `www.…`), or
 * undefined for a link written with text and destination.
 * @param text the document.
 * @param node the link node.
 * @param range the node's range.
 * @returns the address range or undefined.
 */
function autolinkRange(text: string, node: MdastNodes & { type: 'link' }, range: Range): LinkRange | undefined {
  const opener = text.charCodeAt(range.start);
  if (opener === 60) return node.url.startsWith('mailto:') ? undefined : { start: range.start + 1, end: range.end - 1, kind: 'url' };
  if (opener === 91) return undefined;
  return node.url.startsWith('mailto:') ? undefined : { start: range.start, end: range.end, kind: 'url' };
}

/**
 * Adds a link unless it is empty.
 * @param links the list.
 * @param link a link range, or undefined.
 */
function pushLink(links: LinkRange[], link: LinkRange | undefined): void {
  if (link && link.end > link.start) links.push(link);
}

/**
 * Offset of the start of the line that holds an offset.
 * @param text the document.
 * @param offset an offset.
 * @returns the offset after the previous line break (or 0).
 */
function lineStart(text: string, offset: number): number {
  let index = offset;
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (code === 10 || code === 13) break;
    index--;
  }
  return index;
}

/**
 * Finds the `]` that closes a bracket opened just before `from`, skipping escapes and nested
 * brackets.
 * @param text the document.
 * @param from offset after `[`.
 * @param limit offset not to pass.
 * @returns the offset of the closing `]`, or undefined.
 */
function closingBracket(text: string, from: number, limit: number): number | undefined {
  let depth = 0;
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 92) {
      index++;
      continue;
    }
    if (code === 91) depth++;
    else if (code === 93) {
      if (depth === 0) return index;
      depth--;
    }
  }
  return undefined;
}

/**
 * Whether a code unit is Markdown white space (space, tab, line ending).
 * @param code a code unit.
 * @returns true for white space.
 */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Reads the destination of an inline link or image: `](dest "title")` after its text.
 * @param text the document.
 * @param textEnd offset where the link text ends (at `]`).
 * @param end the node's end.
 * @returns the destination's range, or undefined for a reference link.
 */
function inlineDestination(text: string, textEnd: number, end: number): LinkRange | undefined {
  let index = text.indexOf('](', textEnd);
  if (index < 0 || index >= end) return undefined;
  index += 2;
  while (index < end && isSpace(text.charCodeAt(index))) index++;
  return destinationAt(text, index, end);
}

/**
 * Reads the destination of a definition `[label]: dest "title"`.
 * @param text the document.
 * @param start the definition's start.
 * @param end the definition's end.
 * @returns the destination's range, or undefined.
 */
function definitionDestination(text: string, start: number, end: number): LinkRange | undefined {
  const labelEnd = closingBracket(text, start + 1, end);
  if (labelEnd === undefined || text.charCodeAt(labelEnd + 1) !== 58) return undefined;
  let index = labelEnd + 2;
  while (index < end && isSpace(text.charCodeAt(index))) index++;
  return destinationAt(text, index, end);
}

/**
 * Reads a link destination at an offset: `<…>` or a run without spaces and with balanced
 * parentheses.
 * @param text the document.
 * @param start offset of the destination.
 * @param end offset not to pass.
 * @returns the destination's range (without angle brackets).
 */
function destinationAt(text: string, start: number, end: number): LinkRange | undefined {
  if (text.charCodeAt(start) === 60) {
    let index = start + 1;
    while (index < end && text.charCodeAt(index) !== 62 && text.charCodeAt(index) !== 10) index++;
    return { start: start + 1, end: index, kind: anchorOrUrl(text, start + 1) };
  }
  let index = start;
  let depth = 0;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === 92) {
      index += 2;
      continue;
    }
    if (isSpace(code)) break;
    if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) break;
      depth--;
    }
    index++;
  }
  return { start, end: Math.min(index, end), kind: anchorOrUrl(text, start) };
}

/**
 * Kind of a destination: `anchor` for `#…`, else `url`.
 * @param text the document.
 * @param start the destination's start.
 * @returns the link kind.
 */
function anchorOrUrl(text: string, start: number): LinkRange['kind'] {
  return text.charCodeAt(start) === 35 ? 'anchor' : 'url';
}

/**
 * Reads YAML front matter: prose fields are painted, address fields become links, and the
 * `title` field is the page's title.
 * @param builder the view builder.
 * @param node the front-matter node.
 * @param collected links and title found so far.
 */
function readFrontMatter(builder: ViewBuilder, node: Yaml, collected: Collected): void {
  const range = rangeOf(node);
  if (!range) return;
  const { text } = builder;
  // The value starts on the line after the opening `---`.
  let contentStart = range.start + 3;
  while (contentStart < range.end && text.charCodeAt(contentStart) !== 10) contentStart++;
  contentStart++;
  if (!text.startsWith(node.value, contentStart)) return;
  const document = parseDocument(node.value, { uniqueKeys: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return;
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : '';
    const value = pair.value;
    if (proseFields.has(key) && isScalar(value) && typeof value.value === 'string') {
      const inner = scalarContent(value);
      if (!inner) continue;
      const start = contentStart + inner.start;
      const end = contentStart + inner.end;
      // The value is a text of its own (`title: "Women…"` opens a title, not a word after
      // `title:`).
      builder.openText(start);
      builder.align(start, end, value.value, inner.mode);
      if (key === 'title' && !collected.title) collected.title = { start, end };
      continue;
    }
    const kind = linkFields.get(key);
    if (!kind) continue;
    const scalars = isSeq(value) ? value.items : [value];
    for (const item of scalars) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const inner = scalarContent(item);
      if (!inner || inner.end <= inner.start) continue;
      const link: LinkRange = { start: contentStart + inner.start, end: contentStart + inner.end, kind };
      collected.links.push(link);
      if (ownFields.has(key)) collected.ownLinks.push({ start: link.start, end: link.end });
    }
  }
}

/**
 * The raw range of a scalar's content inside the front matter (quotes excluded), and how its
 * escapes are written; undefined for block scalars and other node types.
 * @param scalar a YAML scalar.
 * @returns the content range relative to the front matter's value, and the escape mode.
 */
function scalarContent(scalar: Scalar): (Range & { mode: 'yaml-double' | 'yaml-single' | 'plain' }) | undefined {
  const range = scalar.range;
  if (!range) return undefined;
  const [start, valueEnd] = range;
  if (scalar.type === 'PLAIN') return { start, end: valueEnd, mode: 'plain' };
  if (scalar.type === 'QUOTE_DOUBLE') return { start: start + 1, end: valueEnd - 1, mode: 'yaml-double' };
  if (scalar.type === 'QUOTE_SINGLE') return { start: start + 1, end: valueEnd - 1, mode: 'yaml-single' };
  return undefined;
}

/**
 * Refuses documents that would make the parser slow (see `markdownRefusal`).
 * @param text the document.
 * @throws Error naming the limit that was passed.
 */
export function guardMarkdown(text: string): void {
  const refusal = markdownRefusal(text);
  if (refusal !== undefined) throw new Error(refusal);
}

/**
 * Says why the parser would be slow on a document: containers nested deeper than
 * `maximumMarkdownDepth`, or a block with more than `maximumInlineConstructs` inline
 * constructs. One pass, no allocation per line; it stops at the first line past a limit, so
 * `>` nested 10,000 deep costs one line.
 * @param text the document.
 * @returns the limit that was passed, or undefined when the document may be parsed.
 */
export function markdownRefusal(text: string): string | undefined {
  let index = 0;
  let constructs = 0;
  const length = text.length;
  while (index < length) {
    // Line prefix: indentation, `>` and list markers.
    let depth = 0;
    let indent = 0;
    let blank = true;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 32) indent++;
      else if (code === 9) indent += 4;
      else if (code === 62) depth++;
      else if ((code === 45 || code === 42 || code === 43) && isSpace(text.charCodeAt(index + 1))) depth++;
      else break;
      index++;
    }
    depth += Math.floor(indent / 2);
    if (depth > maximumMarkdownDepth) return `Markdown nested deeper than ${maximumMarkdownDepth} levels`;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 10 || code === 13) break;
      if (code !== 32 && code !== 9) blank = false;
      if (code === 38 || code === 91 || code === 96 || code === 60 || code === 42 || code === 95 || code === 92) constructs++;
      index++;
    }
    if (blank) constructs = 0;
    if (constructs > maximumInlineConstructs) return `Markdown block with more than ${maximumInlineConstructs} inline constructs`;
    if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10) index++;
    index++;
  }
  return undefined;
}
