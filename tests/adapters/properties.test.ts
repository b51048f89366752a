/**
 * Properties of `fix` on generated Markdown and HTML documents (fast-check): documents are
 * built from prose pieces (cascades, doublings, entities, emphasis, links) and markup pieces
 * (code, tables, HTML, scripts); the properties are that code and other protected markup
 * come out byte for byte, that nothing changes outside the applied findings, and that fixing
 * the output again changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fix, type FixResult, type Options } from '../../src/index.js';

const six = "Women's rights's rightss rights's rights's rights's rights";
const seed = 20_070_221;
const numRuns = 60;

/** A piece of a generated document: its text and whether it must never change. */
interface Piece {
  text: string;
  protected: boolean;
}

/** A generated document with the ranges that must come out unchanged. */
interface Document {
  text: string;
  protectedRanges: Array<[number, number]>;
}

/**
 * Assembles pieces into a document, recording the protected ranges.
 * @param pieces the pieces, in order.
 * @returns the document.
 */
function assemble(pieces: readonly Piece[]): Document {
  let text = '';
  const protectedRanges: Array<[number, number]> = [];
  for (const piece of pieces) {
    if (piece.protected) protectedRanges.push([text.length, text.length + piece.text.length]);
    text += piece.text;
  }
  return { text, protectedRanges };
}

/** Prose words and phrases, some damaged. */
const proseWord = fc.constantFrom('The', 'boats', 'sail', 'at', 'noon', 'the', 'harbour', 'tide', 'report', 'said', six, `the ${six}`, 'the the', 'boats boats', `${six}’s sector`);

/** A sentence of Markdown prose with inline markup. */
const markdownSentence: fc.Arbitrary<Piece[]> = fc
  .array(
    fc.oneof(
      proseWord.map((word) => [{ text: word, protected: false }]),
      proseWord.map((word) => [{ text: `**${word}**`, protected: false }]),
      proseWord.map((word) => [{ text: `_${word}_`, protected: false }]),
      fc.constant([{ text: 'Women&rsquo;s rights&rsquo;s rightss rights&rsquo;s rights&rsquo;s rights&rsquo;s rights&rsquo;s', protected: false }]),
      proseWord.map((word) => [
        { text: `[${word}](`, protected: false },
        { text: 'https://example.org/news/harbour-report', protected: true },
        { text: ')', protected: false },
      ]),
      fc.constant([{ text: '[the tide](https://example.org/womens-rightss-rightss-rightss-rightss-rightss-rights-plan)', protected: false }]),
      proseWord.map((word) => [{ text: `\`${word}\``, protected: true }]),
      proseWord.map((word) => [{ text: `<b>${word}</b>`, protected: false }]),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => {
    const pieces: Piece[] = [];
    parts.forEach((part, index) => {
      if (index > 0) pieces.push({ text: ' ', protected: false });
      pieces.push(...part);
    });
    pieces.push({ text: '.', protected: false });
    return pieces;
  });

/** A Markdown block. */
const markdownBlock: fc.Arbitrary<Piece[]> = fc.oneof(
  markdownSentence,
  markdownSentence.map((sentence) => [{ text: '# ', protected: false }, ...sentence]),
  fc.tuple(markdownSentence, markdownSentence).map(([first, second]) => [{ text: '- ', protected: false }, ...first, { text: '\n  1. ', protected: false }, ...second]),
  markdownSentence.map((sentence) => [{ text: '> ', protected: false }, ...sentence]),
  proseWord.map((word) => [{ text: `\`\`\`\n${word} ${six}\nthe the\n\`\`\``, protected: true }]),
  proseWord.map((word) => [{ text: `| a | b |\n|---|---|\n| ${word} | ${six} |`, protected: true }]),
  proseWord.map((word) => [{ text: `<div>\n${word} ${six}\n</div>`, protected: true }]),
);

/** A Markdown document, with front matter sometimes. */
const markdownDocument: fc.Arbitrary<Document> = fc
  .tuple(fc.boolean(), proseWord, fc.array(markdownBlock, { minLength: 1, maxLength: 6 }))
  .map(([frontMatter, title, blocks]) => {
    const pieces: Piece[] = [];
    if (frontMatter) {
      pieces.push({ text: '---\ntitle: "', protected: false }, { text: `The ${title}`, protected: false }, { text: '"\n', protected: false });
      pieces.push({ text: `tags: ["${six}"]\n`, protected: true }, { text: '---\n', protected: false });
    }
    blocks.forEach((block, index) => {
      if (index > 0) pieces.push({ text: '\n\n', protected: false });
      pieces.push(...block);
    });
    pieces.push({ text: '\n', protected: false });
    return assemble(pieces);
  });

/** A sentence of HTML prose with inline tags and entities. */
const htmlSentence: fc.Arbitrary<Piece[]> = fc
  .array(
    fc.oneof(
      proseWord.map((word) => [{ text: word.replaceAll("'", '&#39;'), protected: false }]),
      proseWord.map((word) => [{ text: '<b>', protected: true }, { text: word, protected: false }, { text: '</b>', protected: true }]),
      proseWord.map((word) => [{ text: '<a href="https://example.org/harbour-report">', protected: true }, { text: word, protected: false }, { text: '</a>', protected: true }]),
      proseWord.map((word) => [{ text: '<img src="boats.png" alt="', protected: true }, { text: word, protected: false }, { text: '">', protected: true }]),
      proseWord.map((word) => [{ text: `<code>${word}</code>`, protected: true }]),
      fc.constant([{ text: 'Women&rsquo;s rights&rsquo;s rightss rights&rsquo;s rights&rsquo;s rights&rsquo;s rights', protected: false }]),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => {
    const pieces: Piece[] = [];
    parts.forEach((part, index) => {
      if (index > 0) pieces.push({ text: ' ', protected: false });
      pieces.push(...part);
    });
    return pieces;
  });

/** An HTML block. */
const htmlBlock: fc.Arbitrary<Piece[]> = fc.oneof(
  htmlSentence.map((sentence) => [{ text: '<p>', protected: true }, ...sentence, { text: '</p>', protected: true }]),
  htmlSentence.map((sentence) => [{ text: '<h2>', protected: true }, ...sentence, { text: '</h2>', protected: true }]),
  fc.tuple(htmlSentence, htmlSentence).map(([first, second]) => [{ text: '<ul><li>', protected: true }, ...first, { text: '</li><li>', protected: true }, ...second, { text: '</li></ul>', protected: true }]),
  proseWord.map((word) => [{ text: `<pre>${word} ${six}</pre>`, protected: true }]),
  proseWord.map((word) => [{ text: `<script>var s = "${word} ${six}";</script>`, protected: true }]),
  proseWord.map((word) => [{ text: `<table><tr><td>${word}</td><td>${six}</td></tr></table>`, protected: true }]),
  proseWord.map((word) => [{ text: `<!-- ${word} ${six} -->`, protected: true }]),
);

/** An HTML page. */
const htmlDocument: fc.Arbitrary<Document> = fc.tuple(fc.array(proseWord, { minLength: 1, maxLength: 4 }), fc.array(htmlBlock, { minLength: 1, maxLength: 6 })).map(([title, blocks]) => {
  // `<title>` holds text only: a tag in it is text.
  const pieces: Piece[] = [{ text: '<!doctype html><html><head><title>', protected: true }, { text: title.join(' ').replaceAll("'", '&#39;'), protected: false }, { text: '</title></head><body>\n', protected: true }];
  for (const block of blocks) pieces.push(...block, { text: '\n', protected: false });
  pieces.push({ text: '</body></html>\n', protected: true });
  return assemble(pieces);
});

/**
 * Merges ranges into a sorted union.
 * @param ranges ranges, any order.
 * @returns the union, sorted.
 */
function union(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Asserts the properties of one document: protected ranges untouched, nothing changed outside
 * the applied findings, fixing the output again changes nothing.
 * @param document the generated document.
 * @param options the format to read.
 * @returns the fix result.
 */
function assertProperties(document: Document, options: Options): FixResult {
  const { text, protectedRanges } = document;
  const result = fix(text, options);
  const applied = union(result.messages.filter((message) => message.applied === true).flatMap((message) => [[message.start.offset, message.end.offset] as const, ...(message.fix ? [message.fix.range] : [])]));
  for (const change of result.changes) {
    const start = change.start.offset;
    const end = change.end.offset;
    expect(
      applied.some(([from, to]) => start >= from && end <= to),
      `change [${start}, ${end}) ${JSON.stringify(change.removed)} → ${JSON.stringify(change.inserted)} lies outside every applied finding`,
    ).toBe(true);
    for (const [from, to] of protectedRanges) {
      const touches = start < to && end > from && !(start === end && (start === from || start === to));
      expect(touches, `change [${start}, ${end}) touches protected ${JSON.stringify(text.slice(from, to))}`).toBe(false);
    }
  }
  // Protected text comes out in order, byte for byte.
  let cursor = 0;
  for (const [from, to] of protectedRanges) {
    const found = result.output.indexOf(text.slice(from, to), cursor);
    expect(found, `protected ${JSON.stringify(text.slice(from, to))} is missing from the output`).toBeGreaterThanOrEqual(0);
    cursor = found + (to - from);
  }
  expect(fix(result.output, options).output).toBe(result.output);
  return result;
}

describe('fix on generated Markdown documents', () => {
  it('never touches code or protected markup, edits only applied findings, and is idempotent', () => {
    fc.assert(
      fc.property(markdownDocument, (document) => {
        assertProperties(document, { format: 'markdown' });
      }),
      { numRuns, seed },
    );
  }, 60_000);

  it('generates documents that have findings to fix', () => {
    const samples = fc.sample(markdownDocument, { numRuns: 40, seed });
    const fixed = samples.filter((document) => fix(document.text, { format: 'markdown' }).output !== document.text);
    expect(fixed.length).toBeGreaterThan(10);
  }, 60_000);
});

describe('fix on generated HTML pages', () => {
  it('never touches tags, code or scripts, edits only applied findings, and is idempotent', () => {
    fc.assert(
      fc.property(htmlDocument, (document) => {
        assertProperties(document, { format: 'html' });
      }),
      { numRuns, seed },
    );
  }, 60_000);

  it('generates pages that have findings to fix', () => {
    const samples = fc.sample(htmlDocument, { numRuns: 40, seed });
    const fixed = samples.filter((document) => fix(document.text, { format: 'html' }).output !== document.text);
    expect(fixed.length).toBeGreaterThan(10);
  }, 60_000);
});
