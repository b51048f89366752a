/**
 * `copyguard stream`, the map step of a cluster job: one result line per input line, in order,
 * bad lines answered with an error and the run going on, and the same output whether one
 * process reads all lines or three processes read a part each.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { binary, damagedSentence, doubledSentence, runCopyguard, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

let folder: string;

useTemporaryFolders((path) => {
  folder = path;
});

/**
 * Builds the input: records of every kind and a few bad lines.
 * @returns the JSON Lines text.
 */
function buildInput(): string {
  const lines: string[] = [];
  for (let index = 0; index < 60; index++) {
    const id = `doc-${index}`;
    switch (index % 6) {
      case 0:
        lines.push(JSON.stringify({ id, text: `Item ${index}. ${damagedSentence}` }));
        break;
      case 1:
        lines.push(JSON.stringify({ id, text: `# Item ${index}\n\n${doubledSentence}`, format: 'markdown' }));
        break;
      case 2:
        lines.push(JSON.stringify({ id, text: `<p>Women&#39;s rights&#39;s rights&#39;s rights, <code>the the</code>.</p>`, path: `site/${index}.html` }));
        break;
      case 3:
        lines.push(JSON.stringify({ id: index, text: 'Nothing to see.\r\n' }));
        break;
      case 4:
        lines.push(index === 4 ? '{"id": "broken", "text": ' : JSON.stringify({ id, text: `Market updates updates ${index}.` }));
        break;
      default:
        lines.push(index === 5 ? JSON.stringify({ id, text: 42 }) : JSON.stringify({ id, text: 'Events Events happen.', format: 'text' }));
    }
  }
  lines.splice(10, 0, '');
  lines.push(JSON.stringify({ id: 'nul', text: 'a\u0000b' }), JSON.stringify({ id: 'format', text: 'x', format: 'pdf' }));
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `copyguard stream` on an input.
 * @param args extra arguments.
 * @param input the JSON Lines text.
 * @returns standard output and the exit code.
 */
async function stream(args: string[], input: string): Promise<{ stdout: string; code: number | null; stderr: string }> {
  return runCopyguard(['stream', ...args], { cwd: folder, input });
}

describe('copyguard stream', () => {
  it('answers each input line, in order, with findings, output or an error, and exits 0', async () => {
    const input = buildInput();
    const { stdout, code, stderr } = await stream(['--fix'], input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const replies = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(replies).toHaveLength(62);
    expect(replies[0]).toMatchObject({ id: 'doc-0', output: `Item 0. The charity said women and girls need support.\n` });
    expect(replies[0].messages[0]).toMatchObject({ ruleId: 'no-replacement-cascade', fix: { text: 'women' }, applied: true });
    expect(Object.keys(replies[0])).toEqual(['id', 'messages', 'output']);
    expect(replies[1].output).toBe('# Item 1\n\nSee the report.\n');
    // A path chooses the format: the HTML code element is not prose.
    expect(replies[2].output).toBe('<p>Women, <code>the the</code>.</p>');
    expect(replies[3]).toEqual({ id: 3, messages: [], output: 'Nothing to see.\r\n' });
    expect(replies[4]).toEqual({ id: null, error: { code: 'EPARSE', message: expect.stringContaining('line 5: not a JSON object') } });
    expect(replies[5]).toEqual({ id: 'doc-5', error: { code: 'EPARSE', message: 'line 6: expected a string `text`' } });
    expect(replies[60]).toEqual({ id: 'nul', error: { code: 'EBINARY', message: 'line 62: `text` has a NUL character at offset 1' } });
    expect(replies[61].error.code).toBe('EPARSE');
    const checked = (await stream([], input)).stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(checked[0].output).toBeUndefined();
    expect(checked[0].messages.map((message: { ruleId: string }) => message.ruleId)).toEqual(['no-replacement-cascade']);
    expect(checked[0].messages[0].applied).toBeUndefined();
  });

  it('gives the same lines from three processes over three parts as from one, and with workers', async () => {
    const input = buildInput();
    const single = await stream(['--fix'], input);
    const lines = input.trimEnd().split('\n');
    const third = Math.ceil(lines.length / 3);
    const parts = [0, 1, 2].map((part) => `${lines.slice(part * third, (part + 1) * third).join('\n')}\n`);
    const outputs = await Promise.all(
      parts.map(
        (part) =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, [binary, 'stream', '--fix'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
            const chunks: Buffer[] = [];
            child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
            child.on('error', reject);
            child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`exit ${code}`))));
            child.stdin.end(part);
          }),
      ),
    );
    // Line numbers in messages are per process; everything else must agree.
    const withoutLineNumbers = (text: string): string => text.replace(/line \d+: /gu, 'line N: ');
    expect(withoutLineNumbers(outputs.join(''))).toBe(withoutLineNumbers(single.stdout));
    expect((await stream(['--fix', '--jobs', '3'], input)).stdout).toBe(single.stdout);
  });

  it('applies the config and the rule flags, and reports invalid UTF-8 with the id', async () => {
    await writeFiles(folder, { 'copyguard.config.json': JSON.stringify({ rules: { 'no-doubled-words': 'off' } }) });
    const input = `${JSON.stringify({ id: 'a', text: doubledSentence })}\n`;
    expect(JSON.parse((await stream([], input)).stdout).messages).toEqual([]);
    const ruled = await stream(['--rule', 'no-replacement-cascade'], `${JSON.stringify({ id: 'b', text: damagedSentence })}\n`);
    expect(JSON.parse(ruled.stdout).messages).toHaveLength(1);
    const bytes = Buffer.concat([Buffer.from('{"id": "bad", "text": "caf'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const bad = await runCopyguard(['stream'], { cwd: folder, input: bytes });
    expect(JSON.parse(bad.stdout)).toEqual({ id: 'bad', error: { code: 'EENCODING', message: 'line 1: not valid UTF-8' } });
    expect((await stream(['--rule', 'no-such-rule'], input)).code).toBe(2);
  });
});
