/**
 * Fixture cases of the adapters: each folder of `fixtures/adapters/` has an `input.*`
 * (Markdown or HTML by its extension), an optional `options.json`, the expected `output.*`
 * of `fix` and the expected `messages.txt` (one line per finding: position, rule, fix or
 * suggestion, the source slice and the first expected text). Expected files are regenerated
 * only on purpose: `COPYGUARD_UPDATE_FIXTURES=1 npx vitest run tests/adapters/fixtures.test.ts`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFromPath } from '../../src/adapters/index.js';
import { fix, type Message, type Options } from '../../src/index.js';

const root = new URL('../../fixtures/adapters/', import.meta.url);
const update = process.env['COPYGUARD_UPDATE_FIXTURES'] === '1';

/**
 * One line describing a finding.
 * @param message a message of `fix`.
 * @returns position, rule, kind of edit, source slice and first expected text.
 */
function describeMessage(message: Message): string {
  const kind = message.fix ? (message.applied ? 'fix' : 'fix (not applied)') : 'suggestion';
  return `${message.start.line}:${message.start.column}-${message.end.line}:${message.end.column} ${message.ruleId} ${kind} ${JSON.stringify(message.actual)} → ${JSON.stringify(message.expected[0] ?? '')}`;
}

const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('adapter fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of cases) {
    it(name, () => {
      const folder = new URL(`${name}/`, root);
      const inputName = readdirSync(folder).find((file) => file.startsWith('input.'));
      if (!inputName) throw new Error(`${name}: no input file`);
      const extension = inputName.slice('input'.length);
      const input = readFileSync(new URL(inputName, folder), 'utf8');
      const optionsFile = new URL('options.json', folder);
      const options: Options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Options) : {};
      const result = fix(input, { format: formatFromPath(inputName), ...options });
      const messages = `${result.messages.map(describeMessage).join('\n')}\n`;
      const outputFile = new URL(`output${extension}`, folder);
      const messagesFile = new URL('messages.txt', folder);
      if (update) {
        writeFileSync(outputFile, result.output);
        writeFileSync(messagesFile, messages);
      }
      expect(result.output).toBe(readFileSync(outputFile, 'utf8'));
      expect(messages).toBe(readFileSync(messagesFile, 'utf8'));
      // Every finding's `actual` is the exact source slice at its position.
      for (const message of result.messages) expect(message.actual).toBe(input.slice(message.start.offset, message.end.offset));
    });
  }
});
