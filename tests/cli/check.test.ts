/**
 * `copyguard check` through the real binary: exit codes, formats, standard input, rule flags,
 * colour, multi-file runs and walking.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { reportSchema } from '../../src/report/schema.js';
import { damagedSentence, doubledSentence, readFixture, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

/** A validator of the JSON report. */
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);

/**
 * Parses a JSON report and checks it against the schema.
 * @param text standard output of `--format json`.
 * @returns the report.
 */
function parseReport(text: string): any {
  const report = JSON.parse(text);
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

describe('copyguard check', () => {
  it('exits 1 and reports the cascade as an error in stylish format', async () => {
    await writeFiles(folder, { 'release.md': damagedSentence });
    const { code, stdout, stderr } = await runCopyguard(['check', 'release.md'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('release.md\n');
    expect(stdout).toContain("1:18  error  Unexpected replacement cascade `Women's rights's …`, expected `women`");
    expect(stdout).toContain('no-replacement-cascade');
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 0 on a clean file and prints nothing', async () => {
    await writeFiles(folder, { 'clean.md': await readFixture('clean-release.md') });
    const { code, stdout, stderr } = await runCopyguard(['check', 'clean.md'], { cwd: folder });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 on a warning alone, and 1 with --max-warnings 0', async () => {
    await writeFiles(folder, { 'notes.txt': doubledSentence });
    const plain = await runCopyguard(['check', 'notes.txt'], { cwd: folder });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('1:5  warning  Unexpected doubled word `the`, remove one  no-doubled-words');
    const strict = await runCopyguard(['check', '--max-warnings', '0', 'notes.txt'], { cwd: folder });
    expect(strict.code).toBe(1);
    const allowed = await runCopyguard(['check', '--max-warnings', '1', 'notes.txt'], { cwd: folder });
    expect(allowed.code).toBe(0);
  });

  it('fails on warnings with --fail-on warning', async () => {
    await writeFiles(folder, { 'notes.txt': doubledSentence });
    expect((await runCopyguard(['check', '--fail-on', 'warning', 'notes.txt'], { cwd: folder })).code).toBe(1);
  });

  it('hides warnings with --quiet and does not count them for --max-warnings', async () => {
    await writeFiles(folder, { 'notes.txt': doubledSentence });
    const { code, stdout } = await runCopyguard(['check', '--quiet', '--max-warnings', '0', 'notes.txt'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('writes a JSON report that validates against the schema, clean files included', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence, 'b.md': 'Nothing to see here.\n' });
    const { code, stdout } = await runCopyguard(['check', '--format', 'json', 'a.md', 'b.md'], { cwd: folder });
    expect(code).toBe(1);
    const report = parseReport(stdout);
    expect(report.files.map((file: any) => file.path)).toEqual(['a.md', 'b.md']);
    const [cascade] = report.files[0].messages;
    expect(cascade).toMatchObject({
      ruleId: 'no-replacement-cascade',
      severity: 'error',
      start: { line: 1, column: 18, offset: 17 },
      actual: "Women's rights's rightss rights's rights's rights's rights",
      expected: ['women'],
      fix: { range: [17, 75], text: 'women' },
    });
    expect(report.files[1]).toEqual({ path: 'b.md', messages: [] });
    expect(report.files[0]).not.toHaveProperty('output');
  });

  it.each(['stylish', 'json', 'sarif', 'github', 'diff', 'rdjsonl'])('prints the %s format', async (format) => {
    await writeFiles(folder, { 'a.md': damagedSentence });
    const { code, stdout, stderr } = await runCopyguard(['check', '--format', format, 'a.md'], { cwd: folder });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    if (format === 'diff') expect(stdout).toBe('');
    else expect(stdout).toContain(format === 'sarif' ? 'no-replacement-cascade' : 'cascade');
    if (format === 'sarif') expect(JSON.parse(stdout).version).toBe('2.1.0');
    if (format === 'github') expect(stdout).toMatch(/^::error /mu);
  });

  it('writes the report to --output-file and nothing to standard output', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence });
    const { code, stdout } = await runCopyguard(['check', '-f', 'json', '-o', 'report.json', 'a.md'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const { readFile } = await import('node:fs/promises');
    parseReport(await readFile(`${folder}/report.json`, 'utf8'));
  });

  it('reads standard input with - and names it <stdin>', async () => {
    const { code, stdout } = await runCopyguard(['check', '-', '--format', 'json'], { cwd: folder, input: damagedSentence });
    expect(code).toBe(1);
    const report = parseReport(stdout);
    expect(report.files[0].path).toBe('<stdin>');
    expect(report.files[0].messages[0].ruleId).toBe('no-replacement-cascade');
  });

  it('names standard input with --stdin-filepath and picks the format from it', async () => {
    // In Markdown, inline code is not prose; as plain text the doubled word would be found.
    const input = 'Run `echo the the` to test.\n';
    const asMarkdown = await runCopyguard(['check', '--stdin', '--stdin-filepath', 'docs/usage.md', '-f', 'json'], { cwd: folder, input });
    expect(parseReport(asMarkdown.stdout).files[0].path).toBe('docs/usage.md');
    const asText = await runCopyguard(['check', '--stdin', '-f', 'json'], { cwd: folder, input });
    expect(parseReport(asText.stdout).files[0].messages.length).toBeGreaterThanOrEqual(
      parseReport(asMarkdown.stdout).files[0].messages.length,
    );
  });

  it('limits rules with --rule and turns them off with --no-rule', async () => {
    await writeFiles(folder, { 'a.txt': damagedSentence + doubledSentence });
    const only = parseReport((await runCopyguard(['check', '--rule', 'no-doubled-words', '-f', 'json', 'a.txt'], { cwd: folder })).stdout);
    expect(new Set(only.files[0].messages.map((message: any) => message.ruleId))).toEqual(new Set(['no-doubled-words']));
    const without = await runCopyguard(['check', '--no-rule', 'no-replacement-cascade', '-f', 'json', 'a.txt'], { cwd: folder });
    expect(without.code).toBe(0);
    expect(new Set(parseReport(without.stdout).files[0].messages.map((message: any) => message.ruleId))).toEqual(new Set(['no-doubled-words']));
    const both = await runCopyguard(['check', '--rule', 'no-doubled-words,no-replacement-cascade', '-f', 'json', 'a.txt'], { cwd: folder });
    expect(both.code).toBe(1);
  });

  it('exits 2 naming an unknown rule id', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence });
    const { code, stdout, stderr } = await runCopyguard(['check', '--rule', 'no-such-rule', 'a.md'], { cwd: folder });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown rule `no-such-rule` in `--rule`; known rules: no-replacement-cascade, ');
    expect(stderr).toContain('no-doubled-words');
    expect((await runCopyguard(['check', '--no-rule', 'nope', 'a.md'], { cwd: folder })).stderr).toContain('Unknown rule `nope` in `--no-rule`');
  });

  it.each([
    [['check', '--stdin', 'a.md'], 'Cannot read standard input and paths in one run'],
    [['check', '-', 'a.md'], 'Cannot read standard input and paths in one run'],
    [['check', '--stdin-filepath', 'x.md', 'a.md'], 'Cannot use `--stdin-filepath` without standard input'],
    [['fix', '--write', '--dry-run', 'a.md'], 'Cannot use `--write` together with `--dry-run`'],
    [['fix', '--backup', 'a.md'], 'Cannot use `--backup` without `--write`'],
    [['check', '--update-baseline', 'a.md'], 'Cannot use `--update-baseline` without `--baseline FILE`'],
    [['check', '--format', 'xml', 'a.md'], "argument 'xml' is invalid"],
    [['check', '--max-warnings', 'many', 'a.md'], 'Expected a whole number of 0 or more for `--max-warnings`'],
    [['check', '--max-file-size', 'huge', 'a.md'], 'Expected a size such as'],
    [['check', '--bogus'], "unknown option '--bogus'"],
    [['lint'], "unknown command 'lint'"],
    [[], 'Expected a command: check, fix, stream or init'],
  ])('exits 2 on the usage error %j', async (args, text) => {
    await writeFiles(folder, { 'a.md': damagedSentence });
    const { code, stderr } = await runCopyguard(args, { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain(text);
  });

  it('prints --help and --version and exits 0', async () => {
    const help = await runCopyguard(['--help'], { cwd: folder });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: copyguard');
    expect(help.stdout).toContain('Exit codes: 0 no problem');
    const checkHelp = await runCopyguard(['check', '--help'], { cwd: folder });
    expect(checkHelp.stdout).toContain('--no-rule <ids>');
    expect(checkHelp.stdout).not.toContain('--disable-rule');
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    const version = await runCopyguard(['--version'], { cwd: folder });
    expect(version).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('colours only when forced: FORCE_COLOR or --color, and never with NO_COLOR', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence });
    expect((await runCopyguard(['check', 'a.md'], { cwd: folder, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await runCopyguard(['check', '--color', 'a.md'], { cwd: folder })).stdout).toContain('\u001b[');
    expect((await runCopyguard(['check', 'a.md'], { cwd: folder, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCopyguard(['check', '--no-color', 'a.md'], { cwd: folder, env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('decides the dominant form over all files of the run', async () => {
    // Two cascades of one form in a.md make it dominant; b.md's only cascade is then a variant.
    const a = "Women's rights's rights's rights groups met. The fund for Women's rights's rights's rights opened.\n";
    const b = "Support for Women's rights's rightss rights's rights grew.\n";
    await writeFiles(folder, { 'a.md': a, 'b.md': b });
    const alone = parseReport((await runCopyguard(['check', '-f', 'json', 'b.md'], { cwd: folder })).stdout);
    const together = parseReport((await runCopyguard(['check', '-f', 'json', 'a.md', 'b.md'], { cwd: folder })).stdout);
    const first = (report: any, index: number) => report.files[index].messages.find((message: any) => message.actual.startsWith("Women's"));
    expect(first(alone, 0).fix).not.toBeNull();
    expect(first(together, 1).fix).toBeNull();
    expect(first(together, 1).suggestions.length).toBeGreaterThan(0);
  });

  it('walks directories in sorted order, with default extensions, skipping ignored and hidden files', async () => {
    await writeFiles(folder, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n',
      'docs/.copyguardignore': 'draft.md\n',
      'docs/b.md': doubledSentence,
      'docs/a.txt': doubledSentence,
      'docs/draft.md': damagedSentence,
      'docs/page.html': '<p>See the the report.</p>\n',
      'docs/data.json': '{"text": "the the"}\n',
      'docs/sub/c.markdown': doubledSentence,
      'build/out.md': damagedSentence,
      'node_modules/x/readme.md': damagedSentence,
      '.hidden/notes.md': damagedSentence,
    });
    const { code, stdout } = await runCopyguard(['check', '-f', 'json', '.'], { cwd: folder });
    expect(code).toBe(0);
    expect(parseReport(stdout).files.map((file: any) => file.path)).toEqual(['docs/a.txt', 'docs/b.md', 'docs/page.html', 'docs/sub/c.markdown']);
    const named = parseReport((await runCopyguard(['check', '-f', 'json', 'docs'], { cwd: folder })).stdout);
    expect(named.files.map((file: any) => file.path)).toEqual(['docs/a.txt', 'docs/b.md', 'docs/page.html', 'docs/sub/c.markdown']);
  });

  it('defaults to the working directory when no path is given', async () => {
    await writeFiles(folder, { 'a.md': damagedSentence });
    expect((await runCopyguard(['check'], { cwd: folder })).code).toBe(1);
  });

  it('expands globs and exits 2 when a glob matches nothing', async () => {
    await writeFiles(folder, { 'news/a.md': damagedSentence, 'news/b.md': doubledSentence, 'news/c.txt': doubledSentence });
    const { stdout } = await runCopyguard(['check', '-f', 'json', 'news/*.md'], { cwd: folder });
    expect(parseReport(stdout).files.map((file: any) => file.path)).toEqual(['news/a.md', 'news/b.md']);
    const none = await runCopyguard(['check', 'news/*.rst'], { cwd: folder });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No files match `news/*.rst`');
  });

  it('reports each file once when it is named twice, in the order given', async () => {
    await writeFiles(folder, { 'a.md': doubledSentence, 'b.md': doubledSentence });
    const { stdout } = await runCopyguard(['check', '-f', 'json', 'b.md', 'a.md', './b.md'], { cwd: folder });
    expect(parseReport(stdout).files.map((file: any) => file.path)).toEqual(['b.md', 'a.md']);
  });

  it('honours inline control comments', async () => {
    await writeFiles(folder, { 'controls.md': await readFixture('controls-release.md') });
    const { code, stdout } = await runCopyguard(['check', '-f', 'json', 'controls.md'], { cwd: folder });
    expect(code).toBe(0);
    const messages = parseReport(stdout).files[0].messages;
    expect(messages.map((message: any) => [message.ruleId, message.start.line])).toEqual([['no-doubled-words', 10]]);
  });

  it('warns about an unknown rule id in a control comment', async () => {
    await writeFiles(folder, { 'a.md': '<!-- copyguard-disable no-such-rule -->\nText.\n' });
    const { code, stderr } = await runCopyguard(['check', 'a.md'], { cwd: folder });
    expect(code).toBe(0);
    expect(stderr).toContain('a.md: unknown rule `no-such-rule` in a copyguard comment on line 1');
  });
});
