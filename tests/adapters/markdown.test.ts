/**
 * The Markdown adapter: which parts of a document are prose, that positions of findings
 * point at the original bytes, that fixes never touch code or markup, and that documents the
 * parser would choke on fall back to plain text with a warning.
 */
import { describe, expect, it } from 'vitest';
import { createView, formatFromPath, skimMarkup } from '../../src/adapters/index.js';
import { guardMarkdown, markdownRefusal, markdownView, maximumInlineConstructs, maximumMarkdownDepth } from '../../src/adapters/markdown.js';
import { checkWithState } from '../../src/check.js';
import { resolveOptions } from '../../src/core/options.js';
import { findCandidates } from '../../src/core/scanner.js';
import { check, fix } from '../../src/index.js';
import { proseWords, show } from './helpers.js';

const six = "Women's rights's rightss rights's rights's rights's rights";

describe('markdownView', () => {
  it('keeps the length of the document', () => {
    const text = '# Title\n\nSome *text* with `code`.\n';
    expect(markdownView(text).text).toHaveLength(text.length);
  });

  it('reads paragraph, heading, emphasis and link text as prose, with markup as white space', () => {
    const text = '# The *harbour* report\n\nBoats [sail **at** noon](https://example.org/a-b) today.\n';
    const view = markdownView(text);
    expect(proseWords(view.text)).toEqual(['The', 'harbour', 'report', 'Boats', 'sail', 'at', 'noon', 'today']);
    // `**` between words reads as white space; the destination is blanked.
    expect(show(view.text)).toContain('Boats ·sail ··at·· noon');
    expect(view.links).toEqual([{ start: text.indexOf('https'), end: text.indexOf(') today'), kind: 'url' }]);
  });

  it('blanks fenced code, indented code, inline code and HTML', () => {
    const text = 'Before `inline the` after.\n\n```js\nconst the = the;\n```\n\n    indented the the\n\n<div>html the the</div>\n\nLast <b>bold</b> word.\n';
    const view = markdownView(text);
    expect(proseWords(view.text)).toEqual(['Before', 'after', 'Last', 'bold', 'word']);
  });

  it('skips tables of data but keeps their links', () => {
    const text = '| name | link |\n|---|---|\n| the the | [x](https://example.org/t-x) |\n\nAfter the table.\n';
    const view = markdownView(text);
    expect(proseWords(view.text)).toEqual(['After', 'the', 'table']);
    expect(view.links.map((link) => text.slice(link.start, link.end))).toEqual(['https://example.org/t-x']);
  });

  it('ends block markers with a line break so no run crosses list items', () => {
    const text = '- the\n- the\n  1. nested\n> quote\n';
    const view = markdownView(text);
    // `¶` marks the paragraph separator (U+2029) that ends each block in the view.
    expect(show(view.text)).toBe('▓\nthe¶\n▓\nthe¶\n▓▓▓▓\nnested¶\n▓\nquote¶\n');
    expect(check(text, { format: 'markdown' })).toEqual([]);
  });

  it('never merges a heading into the paragraph under it (regression: `# Boats` then `boats sail`)', () => {
    const text = '# Boats\nboats sail\n';
    expect(check(text, { format: 'markdown' })).toEqual([]);
    expect(fix(text, { format: 'markdown' }).output).toBe(text);
    // A soft line break inside one paragraph still joins its lines: `the⏎the` is a doubled word.
    expect(check('Some text with the\nthe break.\n', { format: 'markdown' })).toHaveLength(1);
  });

  it('reads continuation lines of a block quote as one paragraph, its line breaks as spaces', () => {
    const text = '> The boats\n> sail at noon.\n';
    expect(show(markdownView(text).text)).toBe('▓\nThe boats ··sail at noon.¶\n');
    // A paragraph wrapped after the damage is one run, restored whole; a word after a soft
    // break is not at a line's start.
    const wrapped = "The crew backs Women's\nrights's rightss rights's rights's rights's rights and the\nWomen's rights's rightss rights's rights's rights's rights in port.\n";
    expect(fix(wrapped, { format: 'markdown' }).output).toBe('The crew backs women and the\nwomen in port.\n');
  });

  it('decodes character references and escapes with join fillers', () => {
    const text = 'Women&rsquo;s day &amp; \\*stars\\* &#39;quoted&#39;.\n';
    const view = markdownView(text);
    expect(show(view.text)).toBe("Women’++++++s day &++++ *+stars*+ '++++quoted'++++.¶\n");
  });

  it('reads front-matter title, description and summary as prose and address fields as links', () => {
    const text = [
      '---',
      'title: "The harbour: a \\u2019report\\u2019"',
      "description: 'It''s the boats'",
      'summary: Boats sail',
      '  at noon',
      'slug: harbour-report',
      'url: /news/harbour-report',
      'aliases:',
      '  - /old/harbour',
      'tags: [the, the]',
      'date: 2007-02-21',
      '---',
      'Body.',
      '',
    ].join('\n');
    const view = markdownView(text);
    expect(proseWords(view.text)).toEqual(['The', 'harbour', 'a', '’report’', "It's", 'the', 'boats', 'Boats', 'sail', 'at', 'noon', 'Body']);
    const links = view.links.map((link) => [link.kind, text.slice(link.start, link.end)]);
    expect(links).toEqual([
      ['slug', 'harbour-report'],
      ['url', '/news/harbour-report'],
      ['url', '/old/harbour'],
    ]);
    expect(view.title && text.slice(view.title.start, view.title.end)).toBe('The harbour: a \\u2019report\\u2019');
    expect(view.ownLinks?.map((range) => text.slice(range.start, range.end))).toEqual(['harbour-report', '/news/harbour-report']);
  });

  it('takes the first level-one heading as the title without front matter', () => {
    const text = '## Sub\n\n# The *harbour* report\n\n# Second\n';
    const view = markdownView(text);
    expect(view.title && show(view.text.slice(view.title.start, view.title.end))).toBe('The ·harbour· report');
  });

  it('reads image alt text as prose and its source as a link', () => {
    const text = 'See ![the *boats* at sea](img/boats-at-sea.png "t") here.\n';
    const view = markdownView(text);
    expect(proseWords(view.text)).toEqual(['See', 'the', 'boats', 'at', 'sea', 'here']);
    expect(view.links.map((link) => text.slice(link.start, link.end))).toEqual(['img/boats-at-sea.png']);
  });

  it('blanks autolinks and records definitions, anchors and bare www links', () => {
    const text = 'Go to <https://example.org/a-b> or www.example.org/c-d now.\n\n[ref]: <https://example.org/e-f> "T"\n\n[anchor](#the-section)\n';
    const view = markdownView(text);
    expect(proseWords(view.text)).toEqual(['Go', 'to', 'or', 'now', 'anchor']);
    expect(view.links.map((link) => [link.kind, text.slice(link.start, link.end)])).toEqual([
      ['url', 'https://example.org/a-b'],
      ['url', 'www.example.org/c-d'],
      ['url', 'https://example.org/e-f'],
      ['anchor', '#the-section'],
    ]);
  });

  it('keeps CRLF line endings in the view', () => {
    const text = '---\r\ntitle: Boats\r\n---\r\n# Head\r\n\r\nBody text.\r\n';
    const view = markdownView(text);
    expect(view.text).toHaveLength(text.length);
    expect(proseWords(view.text)).toEqual(['Boats', 'Head', 'Body', 'text']);
    // Every line break stays at its place; the one ending a block reads as a paragraph separator.
    expect(view.text.replaceAll('\u2029', '\n').split('\r\n')).toHaveLength(text.split('\r\n').length);
  });

  it('is chosen for .md, .markdown and .mdx files', () => {
    expect(formatFromPath('news/a.md')).toBe('markdown');
    expect(formatFromPath('A.MARKDOWN')).toBe('markdown');
    expect(formatFromPath('b.mdx')).toBe('markdown');
  });
});

describe('skimMarkup', () => {
  it('shows a doubling hidden by inline markup to the raw pre-scan', () => {
    expect(findCandidates('Read the **the** report.')).toEqual([]);
    expect(findCandidates(skimMarkup('Read the **the** report.', 'markdown'))).not.toEqual([]);
    expect(findCandidates(skimMarkup('Read the <b class="x">the</b> report.', 'html'))).not.toEqual([]);
  });

  it('is the text itself for a document the adapter refuses, which is read as plain text (issue 8: hostile input stays linear)', () => {
    // Blanking 10,000 `>` per line cost a replacement per marker: 3× the whole check of prose.
    const deep = `${'>'.repeat(10_000)} The group said ${six} and girls.\n\n`.repeat(100);
    expect(skimMarkup(deep, 'markdown')).toBe(deep);
    const spaced = `${'> '.repeat(maximumMarkdownDepth + 1)}the the\n`;
    expect(skimMarkup(spaced, 'markdown')).toBe(spaced);
    expect(createView(spaced, 'markdown').format).toBe('text');
    // Ordinary nesting is still skimmed.
    expect(skimMarkup('> > the **the**\n', 'markdown')).toBe('    the   the  \n');
  });

  it('keeps the length and line breaks, and leaves a lone less-than sign alone', () => {
    const html = 'a < b <i\nclass="x">c</i>';
    const skim = skimMarkup(html, 'html');
    expect(skim).toBe('a < b   \n          c    ');
    expect(skimMarkup('plain', 'text')).toBe('plain');
  });
});

describe('guardMarkdown', () => {
  it('refuses block quotes nested deeper than the limit, and createView falls back to text', () => {
    const text = `${'>'.repeat(maximumMarkdownDepth + 1)} the the\n`;
    expect(() => guardMarkdown(text)).toThrow(/nested deeper/u);
    const view = createView(text, 'markdown');
    expect(view.format).toBe('text');
    expect(view.warnings[0]).toMatch(/Cannot parse as markdown .*nested deeper.*read as plain text/u);
  });

  it('refuses a block with too many inline constructs but not many small paragraphs', () => {
    const crowded = 'a &amp; b '.repeat(maximumInlineConstructs + 1);
    expect(() => guardMarkdown(crowded)).toThrow(/inline constructs/u);
    const spread = 'a &amp; b\n\n'.repeat(maximumInlineConstructs + 1);
    expect(() => guardMarkdown(spread)).not.toThrow();
  });

  it('accepts ordinary nesting', () => {
    expect(() => guardMarkdown('- a\n  - b\n    - c\n> > quoted\n')).not.toThrow();
    expect(markdownRefusal('- a\n  - b\n    - c\n> > quoted\n')).toBeUndefined();
  });

  it('names the limit a document passes, at its first line past it', () => {
    expect(markdownRefusal(`${'>'.repeat(maximumMarkdownDepth)} deep enough\n`)).toBeUndefined();
    expect(markdownRefusal(`${'>'.repeat(maximumMarkdownDepth + 1)} too deep\n`)).toBe(`Markdown nested deeper than ${maximumMarkdownDepth} levels`);
    expect(markdownRefusal('a &amp; b '.repeat(maximumInlineConstructs + 1))).toBe(`Markdown block with more than ${maximumInlineConstructs} inline constructs`);
  });
});

describe('check and fix with format markdown', () => {
  it('points a finding inside link text at the original bytes', () => {
    const text = `Six of the [${six}](https://example.org/x) were held.\n`;
    const [message] = check(text, { format: 'markdown' });
    expect(message?.ruleId).toBe('no-replacement-cascade');
    expect(message?.actual).toBe(six);
    expect(message?.start.offset).toBe(text.indexOf(six));
    expect(message?.fix).toEqual({ range: [text.indexOf(six), text.indexOf(six) + six.length], text: 'women' });
    expect(fix(text, { format: 'markdown' }).output).toBe('Six of the [women](https://example.org/x) were held.\n');
  });

  it('collapses a run in a heading with a capital and in a list item', () => {
    const text = `# ${six} in focus\n\n- Six of the ${six} were held.\n`;
    expect(fix(text, { format: 'markdown' }).output).toBe('# Women in focus\n\n- Six of the women were held.\n');
  });

  it('fixes the front-matter title in place and leaves other fields alone', () => {
    const text = `---\ntitle: "Safety fears for ${six} rescued"\ntags: ["${six}"]\n---\nBody.\n`;
    const result = fix(text, { format: 'markdown' });
    expect(result.output).toBe(`---\ntitle: "Safety fears for women rescued"\ntags: ["${six}"]\n---\nBody.\n`);
  });

  it('capitalises a restored word that opens a front-matter value, quoted or plain, or an alt text', () => {
    const text = `---\ntitle: "${six} in focus"\ndescription: ${six} meet in Leeds\n---\nThe ${six} met.\n`;
    const result = fix(text, { format: 'markdown' });
    expect(result.output).toBe('---\ntitle: "Women in focus"\ndescription: Women meet in Leeds\n---\nThe women met.\n');
    // So does an image's alt text.
    expect(fix(`See ![${six} marching](x.png) and the ![the ${six}](y.png).\n`, { format: 'markdown' }).output).toBe('See ![Women marching](x.png) and the ![the women](y.png).\n');
  });

  it('never touches code', () => {
    const text = `Inline \`${six}\` code.\n\n\`\`\`\n${six}\n\`\`\`\n\n    ${six}\n`;
    expect(check(text, { format: 'markdown' })).toEqual([]);
    expect(fix(text, { format: 'markdown' }).output).toBe(text);
  });

  it('skips tables of data', () => {
    const text = `| a | b |\n|---|---|\n| ${six} | the the |\n`;
    expect(check(text, { format: 'markdown' })).toEqual([]);
  });

  it('keeps an entity of the carried suffix as written', () => {
    const text = 'Nested: the Women&rsquo;s rights&rsquo;s rightss rights&rsquo;s rights&rsquo;s rights&rsquo;s rights&rsquo;s sector grew.\n';
    const result = fix(text, { format: 'markdown' });
    expect(result.output).toBe('Nested: the women&rsquo;s sector grew.\n');
    expect(result.messages[0]?.actual).toBe(text.slice(text.indexOf('Women'), text.indexOf(' sector')));
  });

  it('turns a doubled word across emphasis markup into a suggestion, not a fix', () => {
    const text = 'Read the **the** report.\n';
    // With the view given, check's raw pre-scan (which cannot see across `**`) is skipped.
    const [message] = checkWithState(text, resolveOptions({ format: 'markdown' }), undefined, createView(text, 'markdown'));
    expect(message?.ruleId).toBe('no-doubled-words');
    expect(message?.fix).toBeNull();
    expect(message?.suggestions[0]).toMatchObject({ range: [5, 14], text: 'the' });
    expect(fix(text, { format: 'markdown' }).output).toBe(text);
  });

  it('finds no doubled word across a heading marker, a list item or a block quote', () => {
    const text = '# Boats\n\n## Boats\n\n- sail\n- sail\n\n> moor\n> moor\n';
    const messages = checkWithState(text, resolveOptions({ format: 'markdown' }), undefined, createView(text, 'markdown'));
    expect(messages.filter((message) => message.ruleId === 'no-doubled-words').map((message) => message.actual)).toEqual(['moor\n> moor']);
  });

  it('reads a document the parser refuses as plain text and still finds the cascade', () => {
    const text = `${'>'.repeat(maximumMarkdownDepth + 5)} ${six} here.\n`;
    const result = fix(text, { format: 'markdown' });
    expect(result.output.toLowerCase()).toBe(`${'>'.repeat(maximumMarkdownDepth + 5)} women here.\n`);
  });

  it('finds every cascade of Markdown nested 10,000 deep, once each, at its offset in the file', () => {
    const block = `${'>'.repeat(10_000)} The group said ${six} and girls.\n\n`;
    const text = block.repeat(100);
    const messages = check(text, { format: 'markdown' });
    expect(messages).toHaveLength(100);
    expect(messages.map((message) => message.start.offset)).toEqual(Array.from({ length: 100 }, (_, index) => index * block.length + block.indexOf(six)));
    expect(fix(text, { format: 'markdown' }).output).toBe(`${'>'.repeat(10_000)} The group said women and girls.\n\n`.repeat(100));
  });
});
