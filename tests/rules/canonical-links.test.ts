/**
 * `canonical-links`: the rule table (text, Markdown, HTML with entities) with exact fixed
 * output, option validation (API and config schema), the redirects its renamed targets call
 * for, and a property: bytes outside the links never change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRedirects, redirectsFromMessages, withRenamedTargets } from '../../src/batch/redirects.js';
import { createConfigSchema } from '../../src/cli/config.js';
import { applyEdits, check, fix, rules, type Message, type Options, type RuleSetting } from '../../src/index.js';
import { fullMessage, summarise, type InvalidCase } from './table-harness.js';

/** The site of the fixtures: example.org, reached also as www.example.org and example.com. */
const site = { origin: 'https://example.org', hosts: ['www.example.org', 'example.com'] };

/** Every other rule off, `canonical-links` with these options. */
function only(options: Record<string, unknown> = site, format: Options['format'] = 'text'): Options {
  const settings: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off']));
  settings['canonical-links'] = ['warning', options];
  return { rules: settings, format };
}

/**
 * The findings of the rule alone.
 * @param text the text.
 * @param options options of `check`.
 * @returns its messages.
 */
function linkMessages(text: string, options: Options): Message[] {
  return check(text, options).filter((message) => message.ruleId === 'canonical-links');
}

const valid: Array<{ name: string; input: string; options: Options }> = [
  { name: 'leaves a canonical link alone', input: 'See https://example.org/news/harbour-room for hours.\n', options: only() },
  { name: 'leaves other hosts alone apart from tracking', input: 'See http://www.other.example/News/Page/ today.\n', options: only({ ...site, trailingSlash: 'never', lowerCasePaths: true }) },
  { name: 'ignores mailto, tel and anchors', input: '[mail](mailto:press@example.org?utm_source=x) [call](tel:+1) [top](#top)\n', options: only(site, 'markdown') },
  { name: 'keeps a file path without a trailing slash', input: '<img src="https://example.org/img/logo.png">\n', options: only({ ...site, trailingSlash: 'always' }, 'html') },
  { name: 'leaves front-matter addresses to the page', input: '---\nurl: http://www.example.org/news/a?utm_source=x\naliases: [/news/old]\n---\nText.\n', options: only({ ...site, renamed: { '/news/old': '/news/new' } }, 'markdown') },
  { name: 'keeps the root path', input: 'Home: https://example.org/ and on.\n', options: only({ ...site, trailingSlash: 'never' }) },
];

const invalid: InvalidCase[] = [
  {
    name: 'rewrites scheme and host of a bare URL in text',
    input: 'Read http://www.example.org/news/harbour-room today.\n',
    options: only(),
    messages: [{ ruleId: 'canonical-links', at: '1:6-1:46', reason: 'Unexpected non-canonical link `http://www.example.org/news/harbour-room`, expected `https://example.org/news/harbour-room`', actual: 'http://www.example.org/news/harbour-room', expected: ['https://example.org/news/harbour-room'], fixed: true }],
    output: 'Read https://example.org/news/harbour-room today.\n',
  },
  {
    name: 'strips utm_* wildcards, fbclid and gclid and keeps other parameters',
    input: 'See https://example.org/a?utm_source=mail&id=3&fbclid=XY&utm_medium=x&gclid=1.\n',
    options: only(),
    messages: [{ ruleId: 'canonical-links', at: '1:5-1:78', reason: 'Unexpected non-canonical link `https://example.org/a?utm_source=mail&id=3&fbclid=XY&utm_me…`, expected `https://example.org/a?id=3`', actual: 'https://example.org/a?utm_source=mail&id=3&fbclid=XY&utm_medium=x&gclid=1', expected: ['https://example.org/a?id=3'], fixed: true }],
    output: 'See https://example.org/a?id=3.\n',
  },
  {
    name: 'strips tracking parameters on other hosts too, and a configured list replaces the default',
    input: 'See https://news.example.net/story?ref=home&utm_source=x.\n',
    options: only({ trackingParameters: ['ref'] }),
    messages: [{ ruleId: 'canonical-links', at: '1:5-1:57', reason: 'Unexpected non-canonical link `https://news.example.net/story?ref=home&utm_source=x`, expected `https://news.example.net/story?utm_source=x`', actual: 'https://news.example.net/story?ref=home&utm_source=x', expected: ['https://news.example.net/story?utm_source=x'], fixed: true }],
    output: 'See https://news.example.net/story?utm_source=x.\n',
  },
  {
    name: 'adds a trailing slash and lower-cases the path of a Markdown link, keeping its title',
    input: 'See [the room](http://example.com/News/Harbour-Room "Room") now.\n',
    options: only({ ...site, trailingSlash: 'always', lowerCasePaths: true }, 'markdown'),
    messages: [{ ruleId: 'canonical-links', at: '1:16-1:52', reason: 'Unexpected non-canonical link `http://example.com/News/Harbour-Room`, expected `https://example.org/news/harbour-room/`', actual: 'http://example.com/News/Harbour-Room', expected: ['https://example.org/news/harbour-room/'], fixed: true }],
    output: 'See [the room](https://example.org/news/harbour-room/ "Room") now.\n',
  },
  {
    name: 'removes a trailing slash of an autolink and a definition, keeping the angle brackets',
    input: 'Visit <https://www.example.org/about/>.\n\n[about]: /about/?fbclid=1\n',
    options: only({ ...site, trailingSlash: 'never' }, 'markdown'),
    messages: [
      { ruleId: 'canonical-links', at: '1:8-1:38', reason: 'Unexpected non-canonical link `https://www.example.org/about/`, expected `https://example.org/about`', actual: 'https://www.example.org/about/', expected: ['https://example.org/about'], fixed: true },
      { ruleId: 'canonical-links', at: '3:10-3:26', reason: 'Unexpected non-canonical link `/about/?fbclid=1`, expected `/about`', actual: '/about/?fbclid=1', expected: ['/about'], fixed: true },
    ],
    output: 'Visit <https://example.org/about>.\n\n[about]: /about\n',
  },
  {
    name: 'follows a renamed target, by path or by URL, with chains followed at once',
    input: 'See [plan](/news/harbour-plan/) and [old](https://www.example.org/news/old-plan?utm_source=x#costs).\n',
    options: only({ ...site, renamed: { '/news/old-plan': '/news/harbour-plan', 'https://example.org/news/harbour-plan': '/news/harbour-plan-2024' } }, 'markdown'),
    messages: [
      { ruleId: 'canonical-links', at: '1:12-1:31', reason: 'Unexpected non-canonical link `/news/harbour-plan/`, expected `/news/harbour-plan-2024`', actual: '/news/harbour-plan/', expected: ['/news/harbour-plan-2024'], fixed: true },
      { ruleId: 'canonical-links', at: '1:43-1:99', reason: 'Unexpected non-canonical link `https://www.example.org/news/old-plan?utm_source=x#costs`, expected `https://example.org/news/harbour-plan-2024#costs`', actual: 'https://www.example.org/news/old-plan?utm_source=x#costs', expected: ['https://example.org/news/harbour-plan-2024#costs'], fixed: true },
    ],
    output: 'See [plan](/news/harbour-plan-2024) and [old](https://example.org/news/harbour-plan-2024#costs).\n',
  },
  {
    name: 'keeps `&amp;` between the parameters it keeps in an HTML href, and reads `src`',
    input: '<p><a href="http://www.example.org/a?x=1&amp;utm_source=n&amp;y=2">a</a><img src="//www.example.org/logo.png?utm_medium=z" alt=""></p>\n',
    options: only(site, 'html'),
    messages: [
      { ruleId: 'canonical-links', at: '1:13-1:66', reason: 'Unexpected non-canonical link `http://www.example.org/a?x=1&amp;utm_source=n&amp;y=2`, expected `https://example.org/a?x=1&amp;y=2`', actual: 'http://www.example.org/a?x=1&amp;utm_source=n&amp;y=2', expected: ['https://example.org/a?x=1&amp;y=2'], fixed: true },
      { ruleId: 'canonical-links', at: '1:83-1:122', reason: 'Unexpected non-canonical link `//www.example.org/logo.png?utm_medium=z`, expected `//example.org/logo.png`', actual: '//www.example.org/logo.png?utm_medium=z', expected: ['//example.org/logo.png'], fixed: true },
    ],
    output: '<p><a href="https://example.org/a?x=1&amp;y=2">a</a><img src="//example.org/logo.png" alt=""></p>\n',
  },
  {
    name: 'reads `&#38;` as a separator and drops the query left empty',
    input: '<a href="/a?utm_source=n&#38;utm_medium=m">a</a>\n',
    options: only(site, 'html'),
    messages: [{ ruleId: 'canonical-links', at: '1:10-1:42', reason: 'Unexpected non-canonical link `/a?utm_source=n&#38;utm_medium=m`, expected `/a`', actual: '/a?utm_source=n&#38;utm_medium=m', expected: ['/a'], fixed: true }],
    output: '<a href="/a">a</a>\n',
  },
];

describe('canonical-links', () => {
  for (const item of valid) {
    it(item.name, () => {
      expect(linkMessages(item.input, item.options)).toEqual([]);
      expect(fix(item.input, item.options).output).toBe(item.input);
    });
  }

  for (const item of invalid) {
    it(item.name, () => {
      expect(linkMessages(item.input, item.options ?? {}).map(summarise)).toEqual(item.messages);
      const result = fix(item.input, item.options);
      expect(result.output).toBe(item.output);
      // Idempotent: fixing the output changes nothing.
      expect(fix(result.output, item.options).output).toBe(item.output);
    });
  }

  it('reports the full message once: the smallest edit, the reasons, warning severity', () => {
    const text = 'Read http://www.example.org/news/room?utm_source=x today.\n';
    expect(fullMessage(linkMessages(text, only())[0])).toMatchObject({
      ruleId: 'canonical-links',
      source: 'copyguard',
      severity: 'warning',
      fix: { range: [5, 50], text: 'https://example.org/news/room' },
      suggestions: [],
      confidence: 0.9,
      explanation: 'scheme `http` → `https`; host `www.example.org` → `example.org`; tracking parameter `utm_source` removed',
      url: 'https://github.com/copyguard/copyguard#canonical-links',
    });
  });

  it('is opt-in: off unless the configuration names it', () => {
    expect(check('See http://www.example.org/a?utm_source=x now.\n')).toEqual([]);
    expect(check('See https://example.org/a?utm_source=x now.\n', { rules: { 'canonical-links': 'warning' } }).map((message) => message.expected[0])).toEqual(['https://example.org/a']);
  });

  it('fixes damaged link text like prose together with a canonicalised href', () => {
    const text = "See [Women's rights's rightss rights's rights's rights's rights report](http://www.example.org/news/report?utm_source=x).\n";
    const result = fix(text, { format: 'markdown', rules: { 'canonical-links': ['warning', site] } });
    expect(result.output).toBe('See [women report](https://example.org/news/report).\n');
    expect(result.messages.map((message) => [message.ruleId, message.applied])).toEqual([
      ['no-replacement-cascade', true],
      ['canonical-links', true],
    ]);
  });

  it('leaves a slug cascade to the slug rule and canonicalises the rest of the link', () => {
    const html = '<a href="http://www.example.org/news/harbour-womens-rightss-rightss-rights-room?utm_source=x&amp;page=2">a</a>\n';
    const result = fix(html, { format: 'html', rules: { 'canonical-links': ['warning', site] } });
    expect(result.output).toBe('<a href="https://example.org/news/harbour-women-room?page=2">a</a>\n');
    expect(result.messages.every((message) => message.applied === true)).toBe(true);
  });

  it('rejects bad options with a TypeError naming the option', () => {
    const run = (options: Record<string, unknown>) => () => check('x', { rules: { 'canonical-links': ['warning', options] } });
    expect(run({ origin: 'example.org' })).toThrow(new TypeError('Expected `origin` to be a scheme and host such as `https://example.org`'));
    expect(run({ hosts: ['www.example.org'] })).toThrow(/Cannot use `hosts` without `origin`/u);
    expect(run({ trailingSlash: 'sometimes' })).toThrow(/`trailingSlash`/u);
    expect(run({ trackingParameters: 'utm_*' })).toThrow(/`trackingParameters`/u);
    expect(run({ renamed: { '/a?x=1': '/b' } })).toThrow(/Cannot use a query/u);
    expect(run({ renamed: { '/a': '/b', '/b': '/a' } })).toThrow(/loop/u);
    expect(run({ colour: true })).toThrow(new TypeError('Unknown option `colour` of `canonical-links`'));
  });

  it('has its options in the config schema', () => {
    const schema = createConfigSchema() as { properties: { rules: { properties: Record<string, { anyOf: Array<{ prefixItems?: unknown[] }> }> } } };
    const options = schema.properties.rules.properties['canonical-links']?.anyOf[1]?.prefixItems?.[1] as { properties: Record<string, unknown> };
    expect(Object.keys(options.properties).sort()).toEqual(['hosts', 'lowerCasePaths', 'origin', 'renamed', 'trackingParameters', 'trailingSlash']);
  });
});

describe('redirects of renamed targets', () => {
  it('gives a redirect for a renamed target only, on the new origin, without query', () => {
    const text = 'A http://www.example.org/news/old-plan?utm_source=x and http://www.example.org/b?utm_source=y\n';
    const result = fix(text, only({ ...site, renamed: { '/news/old-plan': '/archive/harbour-plan' } }));
    expect(redirectsFromMessages(text, result.messages)).toEqual([{ from: 'https://example.org/news/old-plan', to: 'https://example.org/archive/harbour-plan', guess: false, renamed: true }]);
    // A renamed page may move to another folder, and its new address exists on purpose.
    const plan = planRedirects(redirectsFromMessages(text, result.messages), { knownUrls: ['/archive/harbour-plan'] });
    expect(plan.problems).toEqual([]);
  });

  it('makes two restored slugs on one new URL an error when asked, but not two renamed targets', () => {
    const slugs = [
      { from: '/news/a-rightss-rights', to: '/news/a', guess: false },
      { from: '/news/a-rightss-rightss-rights', to: '/news/a', guess: false },
    ];
    expect(planRedirects(slugs, { manyToOneIsError: true }).problems.map((problem) => [problem.kind, problem.severity])).toEqual([['many-to-one', 'error']]);
    const renamed = slugs.map((item) => ({ ...item, renamed: true }));
    expect(planRedirects(renamed, { manyToOneIsError: true }).problems.map((problem) => problem.severity)).toEqual(['warning']);
  });

  it('turns redirects into renamed targets for --rewrite-links, keeping the config’s own', () => {
    const redirects = [{ from: 'https://example.org/news/a-rightss-rights?page=2', to: 'https://example.org/news/a?page=2', guess: false }];
    expect(withRenamedTargets({}, redirects)['canonical-links']).toEqual(['warning', { trackingParameters: [], renamed: { 'https://example.org/news/a-rightss-rights': 'https://example.org/news/a', '/news/a-rightss-rights': '/news/a' } }]);
    expect(withRenamedTargets({ 'canonical-links': ['error', { origin: 'https://example.org', renamed: { '/x': '/y' } }] }, redirects)['canonical-links']).toEqual([
      'error',
      { origin: 'https://example.org', renamed: { 'https://example.org/news/a-rightss-rights': 'https://example.org/news/a', '/news/a-rightss-rights': '/news/a', '/x': '/y' } },
    ]);
  });
});

describe('canonical-links properties', () => {
  const hosts = fc.constantFrom('http://www.example.org', 'https://example.org', 'http://example.com', 'https://other.example', '');
  const paths = fc.constantFrom('/news/room', '/News/Room/', '/a/b.pdf', '/', '/news/old-plan');
  const queries = fc.constantFrom('', '?utm_source=x', '?a=1&amp;utm_medium=y&amp;b=2', '?fbclid=1&gclid=2', '?page=2');
  const url = fc.tuple(hosts, paths, queries).map(([host, path, query]) => `${host}${path}${query}`);
  const prose = fc.constantFrom('The trust said the room opens.', 'Volunteers & staff (on Monday) meet "here".', '');
  const markdown = fc.array(fc.tuple(prose, url), { minLength: 1, maxLength: 6 }).map((items) => items.map(([words, link]) => `${words} [see](${link}) and <a href="${link}">more</a>\n\n`).join(''));
  const options = only({ ...site, trailingSlash: 'always', lowerCasePaths: true, renamed: { '/news/old-plan': '/news/plan' } }, 'markdown');

  it('changes no byte outside the links, applies every fix it reports, and is idempotent', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const result = fix(text, options);
        const edits = result.messages.flatMap((message) => (message.applied && message.fix ? [message.fix] : []));
        // Bytes outside the applied edits are the input's: the edits alone rebuild the output.
        expect(applyEdits(text, edits)).toBe(result.output);
        for (const message of result.messages) expect(message.actual).toBe(text.slice(message.start.offset, message.end.offset));
        expect(fix(result.output, options).output).toBe(result.output);
      }),
      { seed: 20_240_301, numRuns: 80 },
    );
  });
});
