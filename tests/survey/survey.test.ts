/**
 * `survey`, its formatters and the profile round trip on the small archive in
 * `fixtures/survey/` (written for these tests): survey → profile with two human decisions →
 * `fix` gives back `fixtures/survey/repaired/` byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check, fix } from '../../src/index.js';
import { createProfile, formatSurveyJson, formatSurveyTable, loadProfile, survey, type SurveyFile, type SurveyReport } from '../../src/survey/index.js';
import { discoverLabels } from '../../src/survey/survey.js';
import { analyze } from '../../src/core/analyze.js';
import { decide } from './helpers.js';

const fixtures = new URL('../../fixtures/survey/', import.meta.url);
const S = "Women's rights's rightss rights's rights's rights's rights";
const L = "Women's rights's rights's rightss rights's rights's rights's rights";

/**
 * Reads the files of a fixture folder.
 * @param folder `archive` or `repaired`.
 * @returns the files, sorted by name.
 */
function readFolder(folder: string): SurveyFile[] {
  const directory = new URL(`${folder}/`, fixtures);
  return readdirSync(fileURLToPath(directory))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(new URL(name, directory), 'utf8') }));
}

describe('survey', () => {
  const archive = readFolder('archive');
  const report: SurveyReport = survey(archive);

  it('groups the findings by signature, largest impact first', () => {
    expect(report.files).toBe(4);
    expect(report.discoveredLabels).toEqual(["Children's rights"]);
    expect(report.groups.map((group) => ({ kind: group.kind, label: group.label, text: group.text, count: group.count, files: group.files, restoration: group.restoration, suggestion: group.suggestion }))).toEqual([
      { kind: 'cascade', label: "Women's rights", text: S, count: 7, files: ['harbour-01.txt', 'harbour-02.txt', 'harbour-03.txt'], restoration: 'women', suggestion: null },
      { kind: 'variant', label: "Women's rights", text: L, count: 2, files: ['harbour-01.txt', 'harbour-03.txt'], restoration: null, suggestion: 'women' },
      { kind: 'injection', label: "Children's rights", text: "Children's rights", count: 3, files: ['harbour-02.txt'], restoration: null, suggestion: 'children' },
    ]);
    expect(report.findings).toBe(12);
    for (const group of report.groups) {
      expect(group.impact).toBe(group.count * group.text.length);
      expect(group.signature).toBe(`${group.kind}:${group.text.toLowerCase()}`);
      expect(group.id).toMatch(/^[a-z0-9-]+-(cascade|variant|injection)-[0-9a-f]{6}$/u);
    }
  });

  it('keeps up to three short contexts per group, other files first', () => {
    const variant = report.groups.find((group) => group.kind === 'variant');
    expect(variant?.examples).toEqual([
      { path: 'harbour-01.txt', line: 4, column: 110, context: "…rt,\" said the Harbour Trust's [Women's rights's …] Campaign Manager Ann Reed." },
      { path: 'harbour-03.txt', line: 3, column: 210, context: "… rowed first. They joined our [Women's rights's …] campaign on the island." },
    ]);
    for (const group of report.groups) {
      expect(group.examples.length).toBeLessThanOrEqual(3);
      for (const example of group.examples) {
        const [before = '', after = ''] = example.context.split(/\[[^\]]*\]/u);
        expect(before.length + after.length).toBeLessThanOrEqual(62);
      }
    }
  });

  it('formats a terminal table and JSON', () => {
    const table = formatSurveyTable(report);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^#\s+kind\s+count\s+files\s+impact\s+restoration\s+text$/u);
    expect(lines[1]).toMatch(/^1\s+cascade\s+7\s+3\s+406\s+women\s+Women's rights's rightss/u);
    expect(table).toContain('? (women)');
    expect(table).toContain('12 findings in 3 groups over 4 files; 2 groups need a decision');
    expect(table).toContain("labels found without a glossary: `Children's rights`");
    expect(JSON.parse(formatSurveyJson(report))).toEqual(report);
  });

  it('pre-fills an injection from the glossary and finds no label to discover then', () => {
    const withGlossary = survey(archive, { glossary: { labels: [{ label: "Children's rights", term: 'children' }] } });
    expect(withGlossary.discoveredLabels).toEqual([]);
    const injection = withGlossary.groups.find((group) => group.kind === 'injection');
    expect(injection).toMatchObject({ restoration: 'children', suggestion: null, count: 3 });
  });

  it('discovers no label on clean prose that uses the phrase correctly', () => {
    const clean = readFolder('archive').filter((file) => file.path === 'harbour-04.txt');
    expect(survey(clean).groups).toEqual([]);
    const text = "Rowers met Children's rights groups. The trust backed Children's rights work. The children sailed.";
    expect(discoverLabels([{ text, analysis: analyze(text) }], new Set())).toEqual([]);
  });

  it('groups slug findings by the form of their run, not by the whole slug', () => {
    const slug = 'womens-rightss-rightss-rightss-rightss-rightss-rights';
    const files: SurveyFile[] = [
      { path: 'a.txt', text: `Read https://example.org/news/${slug}-rescued today.\n` },
      { path: 'b.md', format: 'markdown', text: `# Ferry news\n\nSee [the story](https://example.org/news/uk-${slug}-sail).\n` },
    ];
    const slugs = survey(files).groups;
    // The bare URL's `rightss` words are part of the slug finding, not prose cascades.
    expect(slugs.map((group) => ({ kind: group.kind, text: group.text, count: group.count, restoration: group.restoration }))).toEqual([{ kind: 'slug', text: slug, count: 2, restoration: 'women' }]);
    expect(loadProfile(createProfile(survey(files)), 'p.yaml').restorations).toEqual({});
  });

  it('rejects malformed files', () => {
    expect(() => survey('nope' as unknown as SurveyFile[])).toThrow('Expected `files` to be an array of `{path, text}`');
    expect(() => survey([{ path: 'a.txt' } as SurveyFile])).toThrow('Expected `files[0]` to have a string `path` and `text`');
  });

  it('round-trips: survey → profile with two decisions → fix restores the archive byte for byte', () => {
    const profile = createProfile(report);
    expect(profile.startsWith('# copyguard profile')).toBe(true);
    const parsed = parse(profile) as { version: number; groups: Record<string, unknown>[] };
    expect(parsed.version).toBe(1);
    expect(parsed.groups.map((group) => Object.keys(group))).toEqual([
      ['id', 'signature', 'kind', 'label', 'count', 'files', 'note', 'examples', 'restoration'],
      ['id', 'signature', 'kind', 'label', 'count', 'files', 'note', 'suggestion', 'examples', 'restoration'],
      ['id', 'signature', 'kind', 'label', 'count', 'files', 'note', 'suggestion', 'examples', 'restoration'],
    ]);
    const undecided = loadProfile(profile, 'profile.yaml', report);
    expect(undecided.errors).toEqual([]);
    expect(undecided.warnings).toHaveLength(2);
    expect(undecided.restorations).toEqual({ [S.toLowerCase()]: 'women' });

    const completed = decide(profile, { 'womens-rights-variant': 'Stop Violence Against Women', 'childrens-rights-injection': 'children' });
    const loaded = loadProfile(completed, 'profile.yaml', report);
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.restorations).toEqual({ [S.toLowerCase()]: 'women', [L.toLowerCase()]: 'Stop Violence Against Women', "children's rights": 'children' });
    expect(loaded.forms?.dominant.get('women\u0000rights')).toEqual(["'s", "'s", 's', "'s", "'s", "'s"]);

    const repaired = readFolder('repaired');
    for (const [index, file] of archive.entries()) {
      // An empty glossary makes `check` read files the scanner finds nothing in.
      const output = fix(file.text, { restorations: loaded.restorations, glossary: {} }).output;
      expect(output, file.path).toBe(repaired[index]?.text);
      expect(check(output, { restorations: loaded.restorations, glossary: {} }), file.path).toEqual([]);
    }
  });
});
