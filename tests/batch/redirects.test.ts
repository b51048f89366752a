/**
 * Redirect maps: planning (duplicates, conflicts, loops, chains, collisions with known URLs,
 * two old URLs → one new), the four formats parsed back, writing, and redirects taken from
 * the slug findings of a file.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatCsv,
  formatJson,
  formatNetlify,
  formatNginx,
  nginxUri,
  planRedirects,
  quoteCsv,
  quoteNginx,
  redirectsFromMessages,
  renderRedirectMap,
  writeRedirectMap,
  type PlannedRedirect,
  type Redirect,
} from '../../src/batch/redirects.js';
import { check } from '../../src/index.js';

const sixSlug = 'womens-rightss-rightss-rightss-rightss-rightss-rights';

/**
 * Builds a confident redirect.
 * @param from old URL.
 * @param to new URL.
 * @returns the redirect.
 */
function redirect(from: string, to: string): Redirect {
  return { from, to, guess: false };
}

/**
 * Parses CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF).
 * @param text the CSV text.
 * @returns the rows.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text.charAt(index + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += character;
  }
  return rows;
}

/**
 * Parses the `map` lines of an nginx configuration: two double-quoted strings and `;`.
 * @param text the configuration.
 * @returns pairs of source and value per map variable.
 */
function parseNginx(text: string): Map<string, Array<[string, string]>> {
  const maps = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> | undefined;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || trimmed === '') continue;
    if (trimmed.startsWith('map $uri ')) {
      current = [];
      maps.set(trimmed.slice('map $uri '.length, trimmed.length - 2), current);
      continue;
    }
    if (trimmed === '}') {
      current = undefined;
      continue;
    }
    const values: string[] = [];
    let index = 0;
    while (index < trimmed.length) {
      if (trimmed.charAt(index) !== '"') {
        index++;
        continue;
      }
      let value = '';
      index++;
      while (index < trimmed.length && trimmed.charAt(index) !== '"') {
        if (trimmed.charAt(index) === '\\') index++;
        value += trimmed.charAt(index);
        index++;
      }
      values.push(value);
      index++;
    }
    expect(trimmed.endsWith(';')).toBe(true);
    current?.push([values[0] ?? '', values[1] ?? '']);
  }
  return maps;
}

describe('planRedirects', () => {
  it('keeps redirects in order and drops exact duplicates', () => {
    const plan = planRedirects([redirect('/a', '/b'), redirect('/c', '/d'), redirect('/a', '/b')]);
    expect(plan.redirects).toEqual([
      { from: '/a', to: '/b', guess: false, status: 301 },
      { from: '/c', to: '/d', guess: false, status: 301 },
    ]);
    expect(plan.problems).toEqual([]);
  });

  it('reports one old URL sent to two new ones as an error', () => {
    const plan = planRedirects([redirect('/a', '/b'), redirect('/a', '/c')]);
    expect(plan.problems.map((problem) => [problem.kind, problem.severity, problem.message])).toEqual([['conflict', 'error', 'Cannot redirect /a to both /b and /c']]);
  });

  it('warns about two old URLs sent to one new one', () => {
    const plan = planRedirects([redirect('/a', '/n'), redirect('/b', '/n')]);
    expect(plan.problems.map((problem) => [problem.kind, problem.severity, problem.message])).toEqual([['many-to-one', 'warning', '2 old URLs redirect to /n: /a, /b']]);
    expect(plan.redirects).toHaveLength(2);
  });

  it('follows a chain to its end and warns', () => {
    const plan = planRedirects([redirect('/a', '/b'), redirect('/b', '/c')]);
    expect(plan.redirects.map((item) => [item.from, item.to])).toEqual([
      ['/a', '/c'],
      ['/b', '/c'],
    ]);
    expect(plan.problems.map((problem) => [problem.kind, problem.message])).toEqual([
      ['chain', 'Followed a chain of redirects: /a → /b → /c'],
      ['many-to-one', '2 old URLs redirect to /c: /a, /b'],
    ]);
  });

  it('reports a loop as an error', () => {
    const plan = planRedirects([redirect('/a', '/b'), redirect('/b', '/a')]);
    expect(plan.problems.filter((problem) => problem.kind === 'loop').map((problem) => problem.message)).toEqual(['Cannot write redirects that loop: /a → /b → /a', 'Cannot write redirects that loop: /b → /a → /b']);
  });

  it('reports a new URL that another page already has as an error', () => {
    const plan = planRedirects([redirect('/old-womens-rightss-rights', '/old-women')], { knownUrls: ['/old-women', '/other'] });
    expect(plan.problems.map((problem) => [problem.kind, problem.severity])).toEqual([['exists', 'error']]);
  });

  it('drops a redirect to itself with a warning and refuses control characters', () => {
    const plan = planRedirects([redirect('/a', '/a'), redirect('/b\n', '/c')]);
    expect(plan.problems.map((problem) => [problem.kind, problem.severity])).toEqual([
      ['self', 'warning'],
      ['unsafe', 'error'],
    ]);
    expect(plan.redirects).toEqual([]);
  });

  it('leaves guesses out unless asked, then writes them with 302', () => {
    const entries = [redirect('/a', '/b'), { from: '/c', to: '/d', guess: true }];
    expect(planRedirects(entries).skipped).toEqual([{ from: '/c', to: '/d', guess: true }]);
    expect(planRedirects(entries, { includeGuesses: true }).redirects.map((item) => item.status)).toEqual([301, 302]);
  });

  it('prefers the confident one of a guess and a fix with the same URLs', () => {
    const plan = planRedirects([{ from: '/a', to: '/b', guess: true }, redirect('/a', '/b')], { includeGuesses: true });
    expect(plan.redirects).toEqual([{ from: '/a', to: '/b', guess: false, status: 301 }]);
  });

  it('rejects entries that are not strings', () => {
    expect(() => planRedirects([{ from: 1, to: '/b', guess: false } as unknown as Redirect])).toThrow(TypeError);
  });
});

const tricky: PlannedRedirect[] = [
  { from: '/press-releases/uk-safety-fears-womens-rightss-rights', to: '/press-releases/uk-safety-fears-women', guess: false, status: 301 },
  { from: '/a,b/"quoted" name', to: 'https://example.org/x?y=1&z=$v', guess: false, status: 301 },
  { from: '/wild*card/:id', to: '/c d', guess: true, status: 302 },
];

describe('formats', () => {
  it('writes CSV with RFC 4180 quoting that parses back', () => {
    const text = formatCsv(tricky);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['from', 'to', 'status'], ...tricky.map((item) => [item.from, item.to, String(item.status)])]);
    expect(quoteCsv('plain')).toBe('plain');
    expect(quoteCsv('a "b", c')).toBe('"a ""b"", c"');
  });

  it('writes a Netlify _redirects file whose lines split into three fields', () => {
    const lines = formatNetlify(tricky)
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    const fields = lines.map((line) => line.split(' '));
    expect(fields).toEqual([
      ['/press-releases/uk-safety-fears-womens-rightss-rights', '/press-releases/uk-safety-fears-women', '301'],
      ['/a,b/"quoted"%20name', 'https://example.org/x?y=1&z=$v', '301'],
      ['/wild%2Acard/%3Aid', '/c%20d', '302'],
    ]);
  });

  it('writes an nginx map on $uri with quoted, escaped values and guesses in a second map', () => {
    const text = formatNginx(tricky);
    const maps = parseNginx(text);
    expect(maps.get('$copyguard_redirect')).toEqual([
      ['/press-releases/uk-safety-fears-womens-rightss-rights', '/press-releases/uk-safety-fears-women'],
      ['/a,b/"quoted" name', 'https://example.org/x?y=1&z=%24v'],
    ]);
    expect(maps.get('$copyguard_redirect_guess')).toEqual([['/wild*card/:id', '/c d']]);
    expect(text).toContain('if ($copyguard_redirect) { return 301 $copyguard_redirect; }');
  });

  it('matches nginx $uri: path only, decoded, rooted', () => {
    expect(nginxUri('https://example.org/a%20b/c?d=1#e')).toBe('/a b/c');
    expect(nginxUri('slug-only')).toBe('/slug-only');
    expect(nginxUri('/bad%zz')).toBe('/bad%zz');
    expect(quoteNginx('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });

  it('writes JSON that parses back', () => {
    expect(JSON.parse(formatJson(tricky))).toEqual({ version: 1, redirects: tricky.map(({ from, to, status, guess }) => ({ from, to, status, guess })) });
  });
});

describe('renderRedirectMap and writeRedirectMap', () => {
  it('renders a map when there is no error, also with warnings', () => {
    const rendered = renderRedirectMap([redirect('/a', '/n'), redirect('/b', '/n')], 'netlify');
    expect(rendered.ok).toBe(true);
    expect(rendered.text).toBe('# Redirects for slugs restored by copyguard\n/a /n 301\n/b /n 301\n');
    expect(rendered.problems.map((problem) => problem.kind)).toEqual(['many-to-one']);
  });

  it('returns the problems instead of a broken map', () => {
    const rendered = renderRedirectMap([redirect('/a', '/b'), redirect('/a', '/c')], 'csv');
    expect(rendered.ok).toBe(false);
    expect(rendered.text).toBeUndefined();
  });

  it('rejects an unknown format', () => {
    expect(() => renderRedirectMap([], 'apache' as 'csv')).toThrow('Cannot write redirects as `apache`: expected `csv`, `netlify`, `nginx` or `json`');
  });

  it('writes the file only when the map has no error', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'copyguard-redirects-'));
    try {
      const good = join(folder, 'redirects.json');
      expect((await writeRedirectMap(good, [redirect('/a', '/b')], 'json')).ok).toBe(true);
      expect(JSON.parse(await readFile(good, 'utf8'))).toEqual({ version: 1, redirects: [{ from: '/a', to: '/b', status: 301, guess: false }] });
      const bad = join(folder, 'broken.json');
      expect((await writeRedirectMap(bad, [redirect('/a', '/b'), redirect('/b', '/a')], 'json')).ok).toBe(false);
      await expect(readFile(bad, 'utf8')).rejects.toThrow(/ENOENT/u);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('redirectsFromMessages', () => {
  it('takes the whole URL around each slug finding, before and after its edit', () => {
    const text = `Old page: https://example.org/press/uk-fears-${sixSlug}-rescued. Truncated: https://example.org/press/law-penalising-womens-rightss-rightss-rightss\n`;
    const messages = check(text, { rules: { 'no-replacement-cascade': 'off' } });
    expect(redirectsFromMessages(text, messages)).toEqual([
      { from: `https://example.org/press/uk-fears-${sixSlug}-rescued`, to: 'https://example.org/press/uk-fears-women-rescued', guess: false },
      { from: 'https://example.org/press/law-penalising-womens-rightss-rightss-rightss', to: 'https://example.org/press/law-penalising-women', guess: true },
    ]);
  });

  it('reads Markdown link destinations and front-matter slugs', () => {
    const text = `---\nslug: ${sixSlug}-plan\n---\nSee [the plan](/press/${sixSlug}-plan).\n`;
    const messages = check(text, { format: 'markdown' });
    expect(redirectsFromMessages(text, messages).map((item) => [item.from, item.to])).toEqual([
      [`${sixSlug}-plan`, 'women-plan'],
      [`/press/${sixSlug}-plan`, '/press/women-plan'],
    ]);
  });

  it('ignores other rules', () => {
    const text = 'the the boats\n';
    expect(redirectsFromMessages(text, check(text))).toEqual([]);
  });
});

describe('redirects that escape (issue: security)', () => {
  it('refuses a new URL on another host, in another folder, or climbing with `..`', async () => {
    const { escapes, planRedirects } = await import('../../src/batch/redirects.js');
    expect(escapes('https://example.org/news/a-b-b-b', 'https://example.org/news/a')).toBe(false);
    expect(escapes('/news/a-b-b-b', '/news/a')).toBe(false);
    expect(escapes('https://example.org/news/a-b-b-b', 'https://evil.example/news/a')).toBe(true);
    expect(escapes('https://example.org/news/2024/a-b-b', 'https://example.org/other/2024/a')).toBe(true);
    expect(escapes('/news/a-b-b-b', '/news/../../etc/passwd')).toBe(true);
    const plan = planRedirects([{ from: '/news/a-b-b-b', to: '/news/../admin', guess: false }]);
    expect(plan.problems.map((problem) => problem.kind)).toEqual(['unsafe']);
  });
});
