/**
 * Survey → profile → fix on the real damaged pages, read at run time from
 * `../shared/corpus/real/` (never copied into the repository): a person fills in two
 * decisions (the longer variant is the campaign name `Stop Violence Against Women`;
 * `Children's rights` replaced `children`), and `fix` with those restorations and the
 * glossary must give back the repaired pages byte for byte. Skipped, with a message, when
 * the shared folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffWordsWithSpace } from 'diff';
import { fix, type Options } from '../../src/index.js';
import { createProfile, loadProfile, survey, type SurveyFile } from '../../src/survey/index.js';
import { decide } from './helpers.js';

const real = new URL('../../../shared/corpus/real/', import.meta.url);
const pagesDirectory = new URL('pages/', real);
const cleanDirectory = new URL('clean/', real);
const hasReal = existsSync(fileURLToPath(pagesDirectory));
if (!hasReal) console.warn(`survey: real-page test skipped, ${fileURLToPath(real)} is absent`);

/**
 * Reads the files of a folder with a suffix.
 * @param directory the folder.
 * @param suffix the end of the names.
 * @returns the files, sorted by name.
 */
function readFiles(directory: URL, suffix: string): SurveyFile[] {
  return readdirSync(fileURLToPath(directory))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(new URL(name, directory), 'utf8') }));
}

/**
 * The words that differ between an output and the repaired page, for the log.
 * @param output what `fix` gave.
 * @param repaired the repaired page.
 * @returns the differences, `-removed+added`.
 */
function differences(output: string, repaired: string): string {
  return diffWordsWithSpace(output, repaired)
    .filter((part) => part.added || part.removed)
    .map((part) => `${part.added ? '+' : '-'}${JSON.stringify(part.value)}`)
    .join(' ');
}

describe('survey → profile → fix on the real pages', () => {
  it.skipIf(!hasReal)('restores the 16 damaged pages byte for byte with two human decisions, and changes no clean page', () => {
    const damaged = readFiles(pagesDirectory, '.damaged.txt');
    expect(damaged).toHaveLength(16);
    const report = survey(damaged);
    const variant = report.groups.find((group) => group.kind === 'variant');
    // The person decides from the contexts: the longer form stands before `Campaign Manager`.
    expect(variant?.examples.some((example) => example.context.includes('Campaign Manager'))).toBe(true);
    expect(variant?.restoration).toBeNull();
    expect(report.groups.find((group) => group.label === "Children's rights" && group.kind === 'injection')?.restoration).toBeNull();

    const completed = decide(createProfile(report), { 'womens-rights-variant': 'Stop Violence Against Women', 'childrens-rights-injection': 'children' });
    const loaded = loadProfile(completed, 'profile.yaml', report);
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);

    const options: Options = { restorations: loaded.restorations, glossary: { labels: [{ label: "Children's rights", term: 'children' }] } };
    let exact = 0;
    const remaining: string[] = [];
    for (const file of damaged) {
      const repaired = readFileSync(new URL(file.path.replace('.damaged', '.repaired'), pagesDirectory), 'utf8');
      const output = fix(file.text, options).output;
      if (output === repaired) exact++;
      else remaining.push(`${file.path}: ${differences(output, repaired)}`);
    }
    let cleanChanged = 0;
    for (const file of readFiles(cleanDirectory, '.txt')) {
      if (fix(file.text, options).output !== file.text) cleanChanged++;
    }
    console.info(`survey → profile → fix: ${exact} of ${damaged.length} real pages byte-identical to their repair; ${cleanChanged} clean pages changed${remaining.length > 0 ? `\n  ${remaining.join('\n  ')}` : ''}`);
    expect(exact).toBe(16);
    expect(cleanChanged).toBe(0);
  });
});
