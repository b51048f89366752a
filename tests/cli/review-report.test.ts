/**
 * `--report FILE.html` in a real browser: headless Chromium (Debian's `/usr/bin/chromium`,
 * installed by `.ci/run`) driven by playwright-core. The page shows the totals and the diffs,
 * its filters work, it requests nothing from the network, and copy containing `<script>` shows
 * as text and never runs. Skipped, with a message, where Chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { escapeHtml } from '../../src/batch/review-report.js';
import { createTemporaryFolder, damagedSentence, doubledSentence, removeFolder, runCopyguard, spawnTestTimeout, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

/** Debian's Chromium. */
const chromiumPath = '/usr/bin/chromium';

/** Whether the browser tests can run here. */
const haveChromium = existsSync(chromiumPath);

if (!haveChromium) {
  console.warn(`Skipping the HTML review report browser tests: ${chromiumPath} is missing (apt-get install chromium; .ci/run installs it).`);
}

/** Copy that tries to run script in the review page. */
const hostile = `Intro <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> & "q": ${damagedSentence}`;

/** A file name that is markup too. */
const hostileName = 'news/<img src=x onerror=window.__pwned=3>.md';

let folder: string;

beforeEach(async () => {
  folder = await createTemporaryFolder();
  await writeFiles(folder, {
    'news/a.txt': damagedSentence,
    'news/b.md': `# B\n\n${doubledSentence}`,
    [hostileName]: hostile,
    'news/clean.txt': 'Nothing to report.\n',
    'news/binary.txt': new Uint8Array([0x00, 0x01]),
  });
});

afterEach(async () => {
  await removeFolder(folder);
});

describe('escapeHtml', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<script>"it's" & 'x'</script>`)).toBe('&lt;script&gt;&quot;it&#39;s&quot; &amp; &#39;x&#39;&lt;/script&gt;');
  });
});

describe('the review page file', () => {
  it('is self-contained, with a policy that forbids fetching and only its own script and style', async () => {
    const { code } = await runCopyguard(['check', '--report', 'review.html', '.'], { cwd: folder });
    expect(code).toBe(1);
    const html = await readFile(join(folder, 'review.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[^"]+&#39;; script-src &#39;sha256-/u);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//u);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html.match(/<script>/gu)).toHaveLength(1);
  });
});

describe.skipIf(!haveChromium)('the review page in Chromium', () => {
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    // `launch` gives Chromium a fresh temporary profile (user data folder) every time and
    // deletes it on close; it refuses a `--user-data-dir` flag.
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the totals and the diffs, filters by rule, file and text, and never runs the copy', async () => {
    const { code } = await runCopyguard(['fix', '--report', 'review.html', '--format', 'json', '.'], { cwd: folder });
    expect(code).toBe(1);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(join(folder, 'review.html')).href);

    expect(await page.textContent('#total-files')).toBe('5');
    expect(await page.textContent('#total-failed')).toBe('1');
    expect(await page.textContent('#total-files-with-findings')).toBe('3');
    expect(Number(await page.textContent('#total-findings'))).toBe(3);
    expect(await page.textContent('#total-applied')).toBe('3');
    expect(await page.locator('#chart-rules g.row').count()).toBe(2);
    expect(await page.locator('#chart-variants g.row[data-label="women"]').count()).toBe(1);

    // The diff of the damaged file: struck out as read, restored with the edit.
    const row = page.locator('section[data-path="news/a.txt"] tr.finding');
    expect(await row.locator('td.before del').textContent()).toBe("Women's rights's rightss rights's rights's rights's rights");
    expect(await row.locator('td.after ins').textContent()).toBe('women');
    expect(await row.locator('td.after pre').textContent()).toBe('The charity said women and girls need support.');

    // The hostile copy is text: no script ran, no element was made from it.
    const hostileSection = page.locator('section.file').filter({ hasText: 'onerror=window.__pwned=3' });
    expect(await hostileSection.getAttribute('data-path')).toBe(hostileName);
    expect(await hostileSection.locator('h2').textContent()).toContain(hostileName);
    expect(await page.locator('body').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);

    // Filters: by rule, by file, by text.
    const visibleRows = (): Promise<number> => page.locator('tr.finding:visible').count();
    expect(await visibleRows()).toBe(3);
    await page.selectOption('#filter-rule', 'no-doubled-words');
    expect(await visibleRows()).toBe(1);
    expect(await page.textContent('#shown')).toBe('1');
    expect(await page.locator('section[data-path="news/b.md"]').isVisible()).toBe(true);
    expect(await page.locator('section[data-path="news/a.txt"]').isVisible()).toBe(false);
    await page.selectOption('#filter-rule', '');
    await page.fill('#filter-file', 'ONERROR');
    expect(await visibleRows()).toBe(1);
    await page.fill('#filter-file', '');
    await page.fill('#filter-text', 'THE THE');
    expect(await visibleRows()).toBe(1);
    expect(await page.locator('section[data-path="news/b.md"] tr.finding').isVisible()).toBe(true);
    await page.fill('#filter-text', 'rightss');
    expect(await visibleRows()).toBe(2);
    await page.fill('#filter-text', 'binary');
    expect(await page.locator('section[data-path="news/binary.txt"]').isVisible()).toBe(true);
    expect(await visibleRows()).toBe(0);

    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    await page.close();
  });
});
