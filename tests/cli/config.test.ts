/**
 * Configuration through the real binary: discovery upward from each file, every supported
 * file kind, validation errors that name the file and the key (exit 2), JavaScript configs only
 * with `--config`, `ignore` and `format` keys, and `copyguard init`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { damagedSentence, doubledSentence, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

/**
 * Runs `check -f json` and returns the rule ids found per file.
 * @param args the paths and flags.
 * @returns the exit code and the rule ids by path.
 */
async function ruleIdsByPath(args: string[]): Promise<{ code: number | null; found: Record<string, string[]>; stderr: string }> {
  const result = await runCopyguard(['check', '-f', 'json', ...args], { cwd: folder });
  const found: Record<string, string[]> = {};
  if (result.stdout !== '') {
    for (const file of JSON.parse(result.stdout).files) found[file.path] = file.messages.map((message: any) => message.ruleId);
  }
  return { code: result.code, found, stderr: result.stderr };
}

describe('configuration', () => {
  it.each([
    ['copyguard.config.yaml', 'rules:\n  no-doubled-words: error\n'],
    ['copyguard.config.json', '{"rules": {"no-doubled-words": "error"}}'],
    ['.copyguardrc', '{"rules": {"no-doubled-words": "error"}}'],
    ['.copyguardrc', 'rules:\n  no-doubled-words: [error, {}]\n'],
    ['package.json', '{"name": "site", "copyguard": {"rules": {"no-doubled-words": "error"}}}'],
  ])('finds %s above the file', async (name, content) => {
    await writeFiles(folder, { [name]: content, 'news/2024/a.md': doubledSentence });
    const { code, stdout } = await runCopyguard(['check', '-f', 'json', 'news/2024/a.md'], { cwd: folder });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].messages[0].severity).toBe('error');
  });

  it('uses the nearest config for each file', async () => {
    await writeFiles(folder, {
      'copyguard.config.yaml': 'rules:\n  no-doubled-words: "off"\n',
      'blog/copyguard.config.yaml': 'rules:\n  no-doubled-words: error\n',
      'blog/a.md': doubledSentence,
      'news/a.md': doubledSentence,
    });
    const { code, found } = await ruleIdsByPath(['blog/a.md', 'news/a.md']);
    expect(code).toBe(1);
    expect(found).toEqual({ 'blog/a.md': ['no-doubled-words'], 'news/a.md': [] });
  });

  it.each([
    ['copyguard.config.yaml', 'rules:\n  no-doubled-words: fatal\n', 'copyguard.config.yaml: rules.no-doubled-words: expected off, info, warning or error'],
    ['copyguard.config.yaml', 'rules:\n  no-doubled-words: [loud, {}]\n', 'copyguard.config.yaml: rules.no-doubled-words[0]: expected off, info, warning or error'],
    ['copyguard.config.yaml', 'rules:\n  no-doubled-words: [error, 3]\n', 'copyguard.config.yaml: rules.no-doubled-words[1]: expected an object of rule options'],
    ['copyguard.config.yaml', 'rules:\n  no-such-rule: error\n', 'copyguard.config.yaml: rules.no-such-rule: unknown rule `no-such-rule`; known rules: no-replacement-cascade, '],
    ['copyguard.config.yaml', 'rulez: {}\n', 'copyguard.config.yaml: unknown key `rulez`; expected `rules`, `restorations`, `ignore`, `format` or `glossary`'],
    ['copyguard.config.yaml', 'restorations:\n  "Women\'s rights": 3\n', 'copyguard.config.yaml: restorations["Women\'s rights"]: expected a string'],
    ['copyguard.config.yaml', 'ignore: vendor\n', 'copyguard.config.yaml: ignore: expected a list'],
    ['copyguard.config.yaml', 'format:\n  .txt: rst\n', 'copyguard.config.yaml: format[".txt"]: expected text, markdown or html'],
    ['copyguard.config.yaml', '- just\n- a list\n', 'copyguard.config.yaml: expected an object'],
    ['copyguard.config.yaml', 'rules: [\n', 'copyguard.config.yaml: cannot parse YAML'],
    ['copyguard.config.json', '{"rules": ', 'copyguard.config.json: cannot parse JSON'],
    ['package.json', '{"copyguard": {"rules": {"no-doubled-words": 1}}}', 'package.json: rules.no-doubled-words: expected off, info, warning or error'],
  ])('exits 2 for an invalid %s, naming the file and the key', async (name, content, message) => {
    await writeFiles(folder, { [name]: content, 'a.md': doubledSentence });
    const { code, stdout, stderr } = await runCopyguard(['check', 'a.md'], { cwd: folder });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`copyguard: ${message}`);
  });

  it('names a config in a parent folder by its path from the working directory', async () => {
    await writeFiles(folder, { 'site/copyguard.config.yaml': 'rules:\n  no-doubled-words: 7\n', 'site/a.md': doubledSentence });
    const { code, stderr } = await runCopyguard(['check', 'site'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain('site/copyguard.config.yaml: rules.no-doubled-words: expected off, info, warning or error');
  });

  it('runs a JavaScript config only when named with --config', async () => {
    await writeFiles(folder, {
      'copyguard.config.mjs': 'export default { rules: { "no-doubled-words": "error" } };\n',
      'a.md': doubledSentence,
    });
    expect((await runCopyguard(['check', 'a.md'], { cwd: folder })).code).toBe(0);
    expect((await runCopyguard(['check', '--config', 'copyguard.config.mjs', 'a.md'], { cwd: folder })).code).toBe(1);
  });

  it('uses a YAML file named with --config instead of looking one up', async () => {
    await writeFiles(folder, {
      'copyguard.config.yaml': 'rules:\n  no-doubled-words: error\n',
      'ci/strict.yaml': 'rules:\n  no-doubled-words: "off"\n',
      'a.md': doubledSentence,
    });
    const { code, stdout } = await runCopyguard(['check', '-c', 'ci/strict.yaml', 'a.md'], { cwd: folder });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
  });

  it('exits 2 when the --config file is missing or throws', async () => {
    await writeFiles(folder, { 'bad.mjs': 'throw new Error("boom");\n', 'a.md': doubledSentence });
    const missing = await runCopyguard(['check', '--config', 'nope.yaml', 'a.md'], { cwd: folder });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: cannot read the config');
    const throwing = await runCopyguard(['check', '--config', 'bad.mjs', 'a.md'], { cwd: folder });
    expect(throwing.code).toBe(2);
    expect(throwing.stderr).toContain('bad.mjs: cannot run the JavaScript config (boom)');
  });

  it('skips files matched by the ignore key, relative to the config file', async () => {
    await writeFiles(folder, {
      'copyguard.config.yaml': 'ignore:\n  - archive/**\n  - "*.txt"\n',
      'archive/old.md': damagedSentence,
      'notes.txt': damagedSentence,
      'news/a.md': doubledSentence,
    });
    const { found } = await ruleIdsByPath(['.']);
    expect(Object.keys(found)).toEqual(['news/a.md']);
    // Named files are skipped too, as a pre-commit hook names them.
    const named = await ruleIdsByPath(['archive/old.md', 'news/a.md']);
    expect(Object.keys(named.found)).toEqual(['news/a.md']);
  });

  it('applies restorations from the config to a variant', async () => {
    // Over the run, b.md's cascade is a variant: without a restoration it gets no fix.
    const a = "Women's rights's rights's rights groups met. The fund for Women's rights's rights's rights opened.\n";
    const b = "Support for Women's rights's rightss rights's rights grew.\n";
    await writeFiles(folder, { 'a.md': a, 'b.md': b });
    const without = await runCopyguard(['fix', '-f', 'json', 'a.md', 'b.md'], { cwd: folder });
    expect(JSON.parse(without.stdout).files[1].output).toContain("Women's rights's");
    await writeFiles(folder, { 'copyguard.config.yaml': 'restorations:\n  "Women\'s rights": women\n' });
    const withRestoration = await runCopyguard(['fix', '-f', 'json', 'a.md', 'b.md'], { cwd: folder });
    expect(JSON.parse(withRestoration.stdout).files[1].output).toBe('Support for women grew.\n');
  });

  it('reads an extension in another format with the format key', async () => {
    await writeFiles(folder, { 'copyguard.config.json': '{"format": {"txt": "markdown"}}', 'a.txt': doubledSentence });
    const { code } = await runCopyguard(['check', 'a.txt'], { cwd: folder });
    expect(code).toBe(0);
  });

  it('treats an empty config file as no settings', async () => {
    await writeFiles(folder, { 'copyguard.config.yaml': '', 'a.md': doubledSentence });
    expect((await runCopyguard(['check', 'a.md'], { cwd: folder })).code).toBe(0);
  });
});

describe('copyguard init', () => {
  it('writes a commented starter config that copyguard accepts, and refuses to overwrite it', async () => {
    const first = await runCopyguard(['init'], { cwd: folder });
    expect(first).toEqual({ code: 0, stdout: 'Wrote copyguard.config.yaml\n', stderr: '' });
    const text = await readFile(join(folder, 'copyguard.config.yaml'), 'utf8');
    expect(text).toContain('# copyguard configuration');
    expect(text).toContain('  no-replacement-cascade: error\n');
    expect(text).toContain('  no-doubled-words: warning\n');
    await writeFiles(folder, { 'a.md': damagedSentence });
    expect((await runCopyguard(['check', 'a.md'], { cwd: folder })).code).toBe(1);
    const second = await runCopyguard(['init'], { cwd: folder });
    expect(second.code).toBe(2);
    expect(second.stderr).toBe('copyguard: copyguard.config.yaml already exists; not overwritten\n');
    expect(await readFile(join(folder, 'copyguard.config.yaml'), 'utf8')).toBe(text);
  });
});
