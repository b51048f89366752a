/**
 * Negative test over real clean prose read at run time from `../shared/corpus/` (never copied
 * into the repository): `no-replacement-cascade` must find nothing on at least 99.9% of the
 * clean documents, and the clean pages of the damaged site must come out of `fix` unchanged.
 * Skipped, with a message, when the shared folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, fix, rules, type RuleSetting } from '../../src/index.js';

const shared = new URL('../../../shared/', import.meta.url);
const cleanDirectory = new URL('corpus/clean/', shared);
const realCleanDirectory = new URL('corpus/real/clean/', shared);
const hasClean = existsSync(fileURLToPath(cleanDirectory));
const hasRealClean = existsSync(fileURLToPath(realCleanDirectory));

if (!hasClean || !hasRealClean) {
  console.warn(`clean-corpus: skipped, ${fileURLToPath(shared)} has no corpus/clean or corpus/real/clean`);
}

/** Settings that run `no-replacement-cascade` alone. */
const cascadeOnly: Record<string, RuleSetting> = Object.fromEntries(
  rules.filter((rule) => rule.meta.id !== 'no-replacement-cascade').map((rule) => [rule.meta.id, 'off']),
);

/**
 * Lists the files of a folder with an extension, sorted.
 * @param directory the folder.
 * @param extension the extension with its dot.
 * @returns the file URLs.
 */
function filesIn(directory: URL, extension: string): URL[] {
  return readdirSync(fileURLToPath(directory))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => new URL(name, directory));
}

describe('clean corpus', () => {
  it.skipIf(!hasClean)('no-replacement-cascade finds nothing on at least 99.9% of the clean documents', { timeout: 120_000 }, () => {
    let documents = 0;
    const flagged: string[] = [];
    for (const file of filesIn(cleanDirectory, '.jsonl')) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        documents++;
        const messages = check(text, { rules: cascadeOnly });
        if (messages.length > 0) flagged.push(`${id}: ${messages.map((message) => JSON.stringify(message.actual)).join(', ')}`);
      }
    }
    const share = (documents - flagged.length) / documents;
    console.info(`clean-corpus: no-replacement-cascade flagged ${flagged.length} of ${documents} documents (${(share * 100).toFixed(2)}% clean)${flagged.length > 0 ? `\n  ${flagged.join('\n  ')}` : ''}`);
    expect(documents).toBeGreaterThan(0);
    expect(share).toBeGreaterThanOrEqual(0.999);
  });

  it.skipIf(!hasRealClean)('the clean pages of the damaged site come out of fix unchanged', () => {
    const files = filesIn(realCleanDirectory, '.txt');
    expect(files.length).toBeGreaterThan(0);
    const changed: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const result = fix(text);
      if (result.output !== text) {
        changed.push(`${fileURLToPath(file)}: ${result.messages.filter((message) => message.applied).map((message) => `${message.ruleId} ${JSON.stringify(message.actual)}`).join(', ')}`);
      }
    }
    expect(changed).toEqual([]);
  });
});
