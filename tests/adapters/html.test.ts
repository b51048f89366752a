/**
 * The HTML adapter: prose and skipped elements, attributes, character references, links and
 * title; positions of findings in the original bytes; and pages that would crash or slow a
 * tree parser (a hundred thousand unclosed tags, ten thousand levels of nesting).
 */
import { describe, expect, it } from 'vitest';
import { createView, formatFromPath } from '../../src/adapters/index.js';
import { attributeValueRange, endOfReference, estimateDepth, htmlView, linearHtmlView, maximumHtmlDepth } from '../../src/adapters/html.js';
import { checkWithState } from '../../src/check.js';
import { resolveOptions } from '../../src/core/options.js';
import { check, fix } from '../../src/index.js';
import { proseWords, show } from './helpers.js';

const six = "Women's rights's rightss rights's rights's rights's rights";
const sixEntities = 'Women&#39;s rights&#39;s rightss rights&#39;s rights&#39;s rights&#39;s rights';

describe('htmlView', () => {
  it('keeps the length of the page', () => {
    const text = '<p>Some <b>text</b> &amp; more.</p>';
    expect(htmlView(text).text).toHaveLength(text.length);
  });

  it('reads text as prose, inline tags as white space and block tags as block boundaries', () => {
    const text = '<h1>Harbour</h1><p>Boats <b>sail</b> at <a href="/noon-tide">noon</a>.</p>';
    const view = htmlView(text);
    expect(show(view.text)).toBe('▓▓▓\nHarbour▓▓▓▓\n▓▓\nBoats ···sail···· at ·····················noon····.▓▓▓\n');
  });

  it('skips scripts, styles, code, pre, templates, noscript, svg, math and tables', () => {
    const text = [
      '<p>Kept words.</p>',
      '<script>var the = "the";</script>',
      '<style>.the { }</style>',
      '<p>Use <code>the the</code> here.</p>',
      '<pre>the the</pre>',
      '<template><p>the the</p></template>',
      '<noscript>the the</noscript>',
      '<svg><text>the the</text></svg>',
      '<math><mi>the</mi></math>',
      '<table><tr><td>the</td><td>the</td></tr></table>',
    ].join('\n');
    expect(proseWords(htmlView(text).text)).toEqual(['Kept', 'words', 'Use', 'here']);
  });

  it('reads alt and title attribute values as prose between break fillers, each opening a line', () => {
    const text = '<p>See <img alt="the boats" src="boats.png"> and <abbr title="the tide">tide</abbr>.</p>';
    const view = htmlView(text);
    expect(proseWords(view.text)).toEqual(['See', 'the', 'boats', 'and', 'the', 'tide', 'tide']);
    expect(show(view.text)).toContain('▓¶\nthe boats▓');
    expect(show(view.text)).toContain('·¶\nthe tide▓');
  });

  it('decodes character references with join fillers, in text and attributes', () => {
    const text = '<p title="It&rsquo;s">Women&#39;s &amp; men&#x2019;s &nbsp;day &#128512;</p>';
    const view = htmlView(text);
    expect(show(view.text)).toBe("▓▓▓▓▓▓▓▓▓¶\nIt’++++++s▓\nWomen'++++s &++++ men’+++++++s \u00a0+++++day 😀+++++++▓▓▓\n");
  });

  it('reads <br> as a line break and <wbr> as nothing inside a word', () => {
    const view = htmlView('<p>one<br>two Wo<wbr>men</p>');
    expect(show(view.text)).toBe('▓▓\none···\ntwo Wo+++++men▓▓▓\n');
  });

  it('records links, the canonical URL and og:url as the page’s own, and the title', () => {
    const text = [
      '<html><head><title>The harbour &amp; the tide</title>',
      '<link rel="canonical" href="https://example.org/news/harbour-tide">',
      '<meta property="og:url" content="https://example.org/og/harbour-tide">',
      '<meta name="description" content="Boats sail at noon">',
      '</head><body><a href="/a-b">x</a><a href=\'#c-d\'>y</a><img src=e-f.png alt=z></body></html>',
    ].join('\n');
    const view = htmlView(text);
    expect(view.links.map((link) => [link.kind, text.slice(link.start, link.end)])).toEqual([
      ['url', 'https://example.org/news/harbour-tide'],
      ['url', 'https://example.org/og/harbour-tide'],
      ['url', '/a-b'],
      ['anchor', '#c-d'],
      ['url', 'e-f.png'],
    ]);
    expect(view.ownLinks?.map((range) => text.slice(range.start, range.end))).toEqual(['https://example.org/news/harbour-tide', 'https://example.org/og/harbour-tide']);
    expect(view.title && text.slice(view.title.start, view.title.end)).toBe('The harbour &amp; the tide');
    expect(proseWords(view.text)).toEqual(['The', 'harbour', 'the', 'tide', 'Boats', 'sail', 'at', 'noon', 'x', 'y', 'z']);
  });

  it('takes the first h1 as the title when there is no <title>', () => {
    const text = '<body><h2>Sub</h2><h1>Main <i>title</i></h1></body>';
    const view = htmlView(text);
    expect(view.title && show(view.text.slice(view.title.start, view.title.end))).toBe('Main ···title····');
  });

  it('reads a line break inside a paragraph as spaces, as a browser shows it (CRLF too), at the same length', () => {
    const text = '<p>one\r\ntwo</p>\r\n<p>three</p>';
    const view = htmlView(text);
    expect(view.text).toHaveLength(text.length);
    expect(view.text.includes('one  two')).toBe(true);
    // A paragraph wrapped after the damage is one run, restored whole.
    const wrapped = "<p>The crew backs Women's rights's rightss\nrights's rights's rights's rights in port.</p>";
    expect(fix(wrapped, { format: 'html' }).output).toBe('<p>The crew backs women in port.</p>');
  });

  it('is chosen for .html, .htm and .xhtml files', () => {
    expect(formatFromPath('a.html')).toBe('html');
    expect(formatFromPath('b.HTM')).toBe('html');
    expect(formatFromPath('c.xhtml')).toBe('html');
  });
});

describe('helpers', () => {
  it('finds the end of character references', () => {
    expect(endOfReference('&amp; x', 0, 7)).toBe(5);
    expect(endOfReference('&#39;s', 0, 6)).toBe(5);
    expect(endOfReference('&#x2019;s', 0, 9)).toBe(8);
    expect(endOfReference('&amp x', 0, 6)).toBe(4);
    expect(endOfReference('& x', 0, 3)).toBe(0);
    expect(endOfReference('&#;', 0, 3)).toBe(0);
  });

  it('finds attribute values, quoted or not', () => {
    const text = 'alt = "x y" title=z';
    expect(attributeValueRange(text, 0, 11)).toEqual({ start: 7, end: 10 });
    expect(attributeValueRange(text, 12, 19)).toEqual({ start: 18, end: 19 });
    expect(attributeValueRange('hidden', 0, 6)).toBeUndefined();
  });

  it('estimates nesting without counting void, self-closed and sibling-closed elements', () => {
    expect(estimateDepth('<div><div><img><br/><p>a<p>b</div></div>')).toBe(2);
    expect(estimateDepth('<b>x'.repeat(10))).toBe(10);
    expect(estimateDepth('a < b and </ c')).toBe(0);
  });
});

describe('pathological pages', () => {
  it('reads 100,000 unclosed tags without crashing, in linear time', () => {
    const text = `<p>${six}</p>${'<b>x'.repeat(100_000)}`;
    const started = performance.now();
    const view = createView(text, 'html');
    const elapsed = performance.now() - started;
    expect(view.format).toBe('html');
    expect(view.warnings[0]).toMatch(/nested deeper than 500 levels: read with the linear tag reader/u);
    expect(show(view.text).startsWith(`▓▓\n${six}▓▓▓\n···x`)).toBe(true);
    expect(elapsed).toBeLessThan(3000);
  });

  it('reads 10,000 levels of nesting without crashing', () => {
    const text = `${'<div>'.repeat(10_000)}<p>${six}</p>${'</div>'.repeat(10_000)}`;
    const result = fix(text, { format: 'html' });
    expect(result.output).toBe(text.replace(six, 'Women'));
  });

  it('reads 30,000 unclosed paragraphs with the tree parser', () => {
    const text = '<p>Boats sail at noon.'.repeat(30_000);
    const started = performance.now();
    const view = createView(text, 'html');
    expect(view.warnings).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stays linear on 100,000 unterminated tags and on many script elements', () => {
    let started = performance.now();
    expect(estimateDepth('<a '.repeat(100_000))).toBe(100_000);
    expect(createView('<a '.repeat(100_000), 'html').text).toHaveLength(300_000);
    expect(performance.now() - started).toBeLessThan(3000);
    started = performance.now();
    const scripts = `${'<b>'.repeat(600)}${'<script>x</script><p>the tide</p>'.repeat(20_000)}`;
    expect(proseWords(createView(scripts, 'html').text)).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('keeps the depth limit below where the tree conversion overflows the stack', () => {
    expect(maximumHtmlDepth).toBeLessThanOrEqual(1000);
    const text = `${'<div>'.repeat(maximumHtmlDepth)}x`;
    expect(htmlView(text).warnings).toEqual([]);
  });
});

describe('linearHtmlView', () => {
  it('blanks tags, comments and skipped elements and decodes references', () => {
    const text = '<p>Women&rsquo;s <b>day</b><!-- the the --><script>the the</script><code>the the</code> &eacute;t&eacute; end</p>';
    const view = linearHtmlView(text);
    expect(view.text).toHaveLength(text.length);
    expect(proseWords(view.text)).toEqual(['Women’s', 'day', 't', 'end']);
    expect(show(view.text)).toContain('Women’++++++s ···day····');
  });

  it('records href and src values and reads the title', () => {
    const text = '<title>Tide &amp; time</title><a class=x href="/a-b">a</a><img src=\'c-d.png\'>';
    const view = linearHtmlView(text);
    expect(view.links.map((link) => text.slice(link.start, link.end))).toEqual(['/a-b', 'c-d.png']);
    expect(proseWords(view.text)).toEqual(['Tide', 'time', 'a']);
  });
});

describe('check and fix with format html', () => {
  it('restores a cascade written with entities and keeps the carried entity', () => {
    const text = `<p>The ${sixEntities}&rsquo;s sector grew.</p>`;
    const result = fix(text, { format: 'html' });
    expect(result.output).toBe('<p>The women&rsquo;s sector grew.</p>');
    const [message] = result.messages;
    expect(message?.actual).toBe(`${sixEntities}&rsquo;s`);
    expect(message?.start.offset).toBe(text.indexOf('Women'));
  });

  it('restores a cascade in the <title>, an alt text and a title attribute', () => {
    const text = `<html><head><title>${six} in focus</title></head><body><img alt="Six of the ${six}" src="x.png"><abbr title="the ${six}">x</abbr></body></html>`;
    const result = fix(text, { format: 'html' });
    expect(result.output).toBe('<html><head><title>Women in focus</title></head><body><img alt="Six of the women" src="x.png"><abbr title="the women">x</abbr></body></html>');
  });

  it('capitalises a restored word that opens an attribute value, a text of its own', () => {
    const text = `<head><meta name="description" content="${six} meet in Leeds"></head><body><img alt="${six} marching" src="x.png"><a title="${six} hub" href="/a">hub</a> and ${six}.</body>`;
    const result = fix(text, { format: 'html' });
    expect(result.output).toBe('<head><meta name="description" content="Women meet in Leeds"></head><body><img alt="Women marching" src="x.png"><a title="Women hub" href="/a">hub</a> and women.</body>');
    // The value opens a block: no run reaches into it from the prose before the tag.
    expect(check('<p>Read the <abbr title="the tide">x</abbr> now.</p>', { format: 'html' })).toEqual([]);
  });

  it('never touches scripts, code or tables', () => {
    const text = `<script>var s = "${six}";</script><pre>${six}</pre><table><tr><td>${six}</td></tr></table>`;
    expect(check(text, { format: 'html' })).toEqual([]);
    expect(fix(text, { format: 'html' }).output).toBe(text);
  });

  it('turns a doubled word across an inline tag into a suggestion, not a fix', () => {
    const text = '<p>Read the <b>the</b> report.</p>';
    const [message] = checkWithState(text, resolveOptions({ format: 'html' }), undefined, createView(text, 'html'));
    expect(message?.ruleId).toBe('no-doubled-words');
    expect(message?.fix).toBeNull();
    expect(message?.suggestions[0]?.range).toEqual([8, 18]);
  });

  it('finds no doubled word across block elements', () => {
    const text = '<h2>Boats</h2><p>boats sail.</p><ul><li>tide</li><li>tide</li></ul>';
    const messages = checkWithState(text, resolveOptions({ format: 'html' }), undefined, createView(text, 'html'));
    expect(messages.filter((message) => message.ruleId === 'no-doubled-words')).toEqual([]);
  });

  it('capitalises a restored word at the start of a block element', () => {
    const text = `<h1>Report</h1><p>${six} were held.</p>`;
    expect(fix(text, { format: 'html' }).output).toBe('<h1>Report</h1><p>Women were held.</p>');
  });
});
