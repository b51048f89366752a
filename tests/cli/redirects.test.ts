/**
 * `copyguard fix --redirects FILE --redirects-format F` and `--rewrite-links` through the real
 * binary: each map format written and parsed back, the format from the file name, `--dry-run`
 * printing the map instead of writing it, `--jobs`, collisions (no map written, exit 1),
 * usage errors, and links rewritten across two files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readText, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

const damagedSlug = 'harbour-trust-opens-farmers-markets-markets-markets-market-room';
const restoredSlug = 'harbour-trust-opens-farmer-room';

/** A synthetic site: a page with a damaged address, a page linking to it, a canonical-links config. */
const site = {
  'copyguard.config.yaml': 'rules:\n  canonical-links: [warning, {origin: "https://example.org", hosts: [www.example.org], renamed: {/news/opening-plan: /news/reading-room-plan}}]\n',
  'news/room.md': `---\ntitle: Harbour Trust opens a reading room\nurl: /news/${damagedSlug}\n---\n# Harbour Trust opens a reading room\n\nRead the [plan](http://www.example.org/news/opening-plan?utm_source=mail) first.\n`,
  'news/notes.html': `<p>See <a href="https://example.org/news/${damagedSlug}?utm_medium=x&amp;page=2">the room</a>.</p>\n`,
};

/** The redirects of that site, in run order (notes.html before room.md), each file in text order. */
const expected = [
  [`https://example.org/news/${damagedSlug}`, `https://example.org/news/${restoredSlug}`, '301'],
  [`/news/${damagedSlug}`, `/news/${restoredSlug}`, '301'],
  ['https://example.org/news/opening-plan', 'https://example.org/news/reading-room-plan', '301'],
];

/** Parsers of each format back into `[from, to, status]` rows. */
const parsers: Record<string, (text: string) => string[][]> = {
  csv: (text) =>
    text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')),
  netlify: (text) =>
    text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.split(' ')),
  nginx: (text) =>
    text
      .split('\n')
      .filter((line) => line.startsWith('    '))
      .map((line) => [...line.matchAll(/"([^"]*)"/gu)].map((match) => match[1] ?? '')),
  json: (text) => (JSON.parse(text) as { redirects: Array<{ from: string; to: string; status: number }> }).redirects.map((item) => [item.from, item.to, String(item.status)]),
};

describe('fix --redirects', () => {
  it.each([
    ['csv', 'redirects.csv', []],
    ['netlify', '_redirects', []],
    ['nginx', 'redirects.conf', []],
    ['json', 'redirects.json', []],
    ['json', 'map.txt', ['--redirects-format', 'json']],
  ])('writes a %s map (%s) with --write that parses back', async (format, file, extra) => {
    await writeFiles(folder, site);
    const result = await runCopyguard(['fix', '--write', '--no-progress', '--redirects', file, ...extra, 'news'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`copyguard: wrote 3 redirects to ${file}`);
    const rows = (parsers[format] as (text: string) => string[][])(await readText(folder, file));
    // nginx maps `$uri` (the path) to the new URL.
    const wanted = format === 'nginx' ? expected.map(([from, to]) => [new URL(from ?? '', 'https://example.org').pathname, to ?? '']) : expected;
    expect(rows).toEqual(wanted);
    expect(await readText(folder, 'news/notes.html')).toBe(`<p>See <a href="https://example.org/news/${restoredSlug}?page=2">the room</a>.</p>\n`);
  });

  it('prints the map on standard error with --dry-run and writes nothing, also with --jobs 2', async () => {
    await writeFiles(folder, site);
    const result = await runCopyguard(['fix', '--no-progress', '--jobs', '2', '--redirects', 'redirects.csv', 'news'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('copyguard: would write 3 redirects to redirects.csv (csv; --write writes it):\nfrom,to,status\r\n');
    expect(result.stdout).toContain('diff --git a/news/notes.html b/news/notes.html');
    expect(existsSync(join(folder, 'redirects.csv'))).toBe(false);
  });

  it('reports a new URL another page has as an error and writes no map (exit 1)', async () => {
    await writeFiles(folder, { ...site, 'news/other.md': `---\nurl: /news/${restoredSlug}/\n---\nAnother page.\n` });
    const result = await runCopyguard(['fix', '--write', '--no-progress', '--redirects', 'redirects.csv', 'news'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot redirect /news/${damagedSlug} to /news/${restoredSlug}: another page already has that URL`);
    expect(result.stderr).toContain('copyguard: redirects.csv: redirect map not written:');
    expect(existsSync(join(folder, 'redirects.csv'))).toBe(false);
  });

  it('reports two restored slugs on one new URL as an error and writes no map', async () => {
    await writeFiles(folder, {
      'a.md': `See [one](/news/${damagedSlug}) and [two](/news/harbour-trust-opens-farmers-stalls-stalls-stalls-stall-room).\n`,
    });
    const result = await runCopyguard(['fix', '--write', '--no-progress', '--redirects', 'redirects.json', 'a.md'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot write a map in which 2 old URLs redirect to /news/${restoredSlug}`);
    expect(existsSync(join(folder, 'redirects.json'))).toBe(false);
  });

  it('refuses a map over a file to fix, and a format without a map (exit 2)', async () => {
    await writeFiles(folder, site);
    const over = await runCopyguard(['fix', '--redirects', 'news/room.md', 'news'], { cwd: folder });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('Cannot write the redirect map over `news/room.md`, one of the files to fix');
    const formatOnly = await runCopyguard(['fix', '--redirects-format', 'csv', 'news'], { cwd: folder });
    expect(formatOnly.code).toBe(2);
    expect(formatOnly.stderr).toContain('Cannot use `--redirects-format` without `--redirects FILE`');
  });
});

describe('fix --rewrite-links', () => {
  it('rewrites a link in another file to the address a page got from its repaired title', async () => {
    const title = "Harbour fears Farmer's market's market's markets market's market rescued by trust volunteers on Monday";
    const oldSlug = 'harbour-fears-farmers-markets-markets-markets-markets-market-rescued';
    const newSlug = 'harbour-fears-farmer-rescued-trust-volunteers-monday';
    await writeFiles(folder, {
      'copyguard.config.yaml': 'rules:\n  no-slug-cascade: [error, {source: title, maxLength: 70}]\n',
      'a.md': `---\ntitle: ${title}\nurl: /news/${oldSlug}\n---\n# Notes\n\nThe trust said Farmer's market's market's markets market's market stalls reopen.\n`,
      'b.md': `# Weekly notes\n\nSee [the story](/news/${oldSlug}) for the hours.\n`,
    });
    const result = await runCopyguard(['fix', '--write', '--no-progress', '-f', 'json', '--rewrite-links', '--redirects', 'redirects.csv', 'a.md', 'b.md'], { cwd: folder });
    expect(await readText(folder, 'a.md')).toContain(`url: /news/${newSlug}\n`);
    // Without --rewrite-links the slug rule would collapse the run to `harbour-fears-farmer-rescued`.
    expect(await readText(folder, 'b.md')).toBe(`# Weekly notes\n\nSee [the story](/news/${newSlug}) for the hours.\n`);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string; applied: boolean }> }> };
    expect(report.files[1]?.messages.filter((message) => message.ruleId === 'canonical-links').map((message) => message.applied)).toEqual([true]);
    expect(await readText(folder, 'redirects.csv')).toBe(`from,to,status\r\n/news/${oldSlug},/news/${newSlug},301\r\n`);
    // The slug finding the rewrite replaced is not left in the output: nothing remains.
    expect(result.code).toBe(0);
  });
});
