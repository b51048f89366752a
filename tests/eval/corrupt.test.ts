import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  corrupt,
  corruptSlug,
  makeDamagedCorpus,
  slugify,
  type DamageRule,
  type PhraseMerge,
  type TruthSpan,
} from '../../src/eval/corrupt.js';
import { cascadeFamilies, fifthCascadeFamilies, heldOutCascadeFamilies, injectionFamilies, issueExamples, secondCascadeFamilies, seventhCascadeFamilies, sixthCascadeFamilies, thirdCascadeFamilies } from '../../src/eval/families.js';

const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const REAL_PAGES = `${SHARED}real/pages/`;
const CLEAN = `${SHARED}clean/`;

/** The real site's six-pass rename; pass 5 matched `Women'` and left the `rightss` unit. */
const womenRule: DamageRule = {
  term: 'women',
  label: "Women's rights",
  passes: 6,
  mode: 'substring-ci',
  swallowApostrophePass: 5,
};
const childrenRule: DamageRule = { term: 'children', label: "Children's rights", passes: 1, mode: 'substring-ci' };
const campaignMerge: PhraseMerge = { phrase: 'Stop Violence Against Women', label: "Women's rights" };
const S = "Women's rights's rightss rights's rights's rights's rights";
const L = "Women's rights's rights's rightss rights's rights's rights's rights";

/** Put every span's original back over its damaged range, right to left. */
function restore(damaged: string, truth: readonly TruthSpan[]): string {
  let text = damaged;
  for (const span of [...truth].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, span.start) + span.original + text.slice(span.end);
  }
  return text;
}

/** Whether the character (code point) that ends at `offset` or starts at it is a letter, mark or digit. */
function isWordAt(text: string, offset: number, before: boolean): boolean {
  const slice = before ? text.slice(Math.max(0, offset - 2), offset) : text.slice(offset, offset + 2);
  const characters = [...slice];
  const character = before ? characters[characters.length - 1] : characters[0];
  return character !== undefined && /^[\p{L}\p{M}\p{N}]$/u.test(character);
}

/** Check the invariants every corrupt result must keep. */
function expectConsistent(input: string, result: { text: string; truth: TruthSpan[] }): void {
  expect(restore(result.text, result.truth)).toBe(input);
  let previousEnd = 0;
  for (const span of result.truth) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.damaged).toBe(result.text.slice(span.start, span.end));
    expect(span.damaged).not.toBe(span.original);
    if (span.recoverable) expect(span.kind).toBe('cascade');
    // Self-contained: a span never starts or ends in the middle of a word.
    expect(isWordAt(result.text, span.start, true) && isWordAt(result.text, span.start, false)).toBe(false);
    expect(isWordAt(result.text, span.end, true) && isWordAt(result.text, span.end, false)).toBe(false);
    previousEnd = span.end;
  }
}

describe('corrupt: the real-site mechanism', () => {
  it('turns `women` into the six-unit cascade with `rightss` second', () => {
    const result = corrupt('women', [womenRule]);
    expect(result.text).toBe(S);
    expect(result.truth).toEqual([
      { start: 0, end: S.length, damaged: S, original: 'women', kind: 'cascade', label: "Women's rights", recoverable: true },
    ]);
  });

  it('puts the `rightss` unit where the swallowing pass was', () => {
    const result = corrupt('women', [{ ...womenRule, swallowApostrophePass: 2 }]);
    expect(result.text).toBe("Women's rights's rights's rights's rights's rightss rights");
    const { swallowApostrophePass: _swallow, ...plainRule } = womenRule;
    expect(corrupt('women', [plainRule]).text).toBe(
      "Women's rights's rights's rights's rights's rights's rights",
    );
  });

  it('keeps a carried curly suffix inside the span', () => {
    const input = 'Funding for the women’s sector fell.';
    const result = corrupt(input, [womenRule]);
    expect(result.text).toBe(`Funding for the ${S}’s sector fell.`);
    expect(result.truth).toHaveLength(1);
    expect(result.truth[0]).toMatchObject({ damaged: `${S}’s`, original: 'women’s', kind: 'cascade', recoverable: true });
    expect(result.truth[0]?.start).toBe('Funding for the '.length);
  });

  it('keeps a carried straight suffix, and case, of each occurrence apart', () => {
    const input = "Women met. Many women's groups and WOMEN agreed";
    const result = corrupt(input, [womenRule]);
    expect(result.text).toBe(`${S} met. Many ${S}'s groups and ${S} agreed`);
    expect(result.truth.map((span) => span.original)).toEqual(['Women', "women's", 'WOMEN']);
    expectConsistent(input, result);
  });

  it('marks a first-pass swallow of a clean apostrophe as not recoverable', () => {
    const result = corrupt("the women's network", [{ ...womenRule, passes: 3, swallowApostrophePass: 1 }]);
    expect(result.text).toBe("the Women's rights's rights's rightss network");
    expect(result.truth[0]).toMatchObject({ original: "women's", kind: 'cascade', recoverable: false });
  });

  it('reproduces the campaign variant one unit longer, with the phrase as original', () => {
    const input = 'She backs Stop Violence Against Women and women.';
    const result = corrupt(input, [womenRule], { merges: [campaignMerge] });
    expect(result.text).toBe(`She backs ${L} and ${S}.`);
    expect(result.truth).toEqual([
      {
        start: 10,
        end: 10 + L.length,
        damaged: L,
        original: 'Stop Violence Against Women',
        kind: 'variant',
        label: "Women's rights",
        recoverable: false,
      },
      {
        start: 15 + L.length,
        end: 15 + L.length + S.length,
        damaged: S,
        original: 'women',
        kind: 'cascade',
        label: "Women's rights",
        recoverable: true,
      },
    ]);
  });

  it('injects a one-pass label inside a word and covers the whole word', () => {
    const input = 'The schoolchildren joined Save the Children for children’s rights.';
    const result = corrupt(input, [childrenRule]);
    expect(result.text).toBe(
      "The schoolChildren's rights joined Save the Children's rights for Children's rights’s rights.",
    );
    expect(result.truth.map(({ damaged, original, kind, recoverable }) => ({ damaged, original, kind, recoverable }))).toEqual([
      { damaged: "schoolChildren's rights", original: 'schoolchildren', kind: 'injection', recoverable: false },
      { damaged: "Children's rights", original: 'Children', kind: 'injection', recoverable: false },
      { damaged: "Children's rights’s", original: 'children’s', kind: 'injection', recoverable: false },
    ]);
    expect(result.truth[0]?.start).toBe(4);
  });

  it('reproduces every stored damaged page from its repair', { skip: !existsSync(REAL_PAGES) }, () => {
    const pages = readdirSync(REAL_PAGES).filter((name) => name.endsWith('.repaired.txt'));
    expect(pages.length).toBeGreaterThan(0);
    const rules: DamageRule[] = [
      womenRule,
      childrenRule,
      { term: 'Myanmar', label: 'Burma', passes: 1, mode: 'word-cs' },
    ];
    for (const name of pages) {
      const repaired = readFileSync(REAL_PAGES + name, 'utf8');
      const damaged = readFileSync(REAL_PAGES + name.replace('.repaired.', '.damaged.'), 'utf8');
      const result = corrupt(repaired, rules, { merges: [campaignMerge] });
      expect(result.text, name).toBe(damaged);
      expectConsistent(repaired, result);
    }
  });
});

describe('corrupt: label shapes', () => {
  it('carries a plural suffix after a multi-word tail', () => {
    const [crime] = issueExamples.filter((family) => family.term === 'crime');
    expect(crime).toBeDefined();
    const rule: DamageRule = { term: 'crime', label: crime?.label ?? '', passes: 2, mode: 'substring-ci' };
    const result = corrupt('Rising crimes.', [rule]);
    expect(result.text).toBe('Rising Crime and justice and justices.');
    expect(result.truth[0]).toMatchObject({ start: 7, damaged: 'Crime and justice and justices', original: 'crimes' });
  });

  it('repeats a four-token tail once per extra pass', () => {
    const rule: DamageRule = { term: 'flood', label: 'Flood warnings and river levels', passes: 3, mode: 'word-ci' };
    const result = corrupt('A flood and a floodplain.', [rule]);
    const unit = ' warnings and river levels';
    expect(result.text).toBe(`A Flood${unit}${unit}${unit} and a floodplain.`);
    expect(result.truth).toHaveLength(1);
    expect(result.truth[0]).toMatchObject({ original: 'flood', kind: 'cascade', recoverable: true });
  });

  it('repeats a symbol tail and covers a hit inside a word', () => {
    const rule: DamageRule = { term: 'arts', label: 'Arts & Culture', passes: 3, mode: 'substring-ci' };
    const result = corrupt('Spare parts & arts.', [rule]);
    expect(result.text).toBe('Spare pArts & Culture & Culture & Culture & Arts & Culture & Culture & Culture.');
    expect(result.truth.map((span) => [span.damaged, span.original])).toEqual([
      ['pArts & Culture & Culture & Culture', 'parts'],
      ['Arts & Culture & Culture & Culture', 'arts'],
    ]);
    expectConsistent('Spare parts & arts.', result);
  });

  it('grows a label whose term is not first in front of the term', () => {
    const result = corrupt('Local sport clubs', [{ term: 'sport', label: 'Grassroots sport', passes: 3, mode: 'word-ci' }]);
    expect(result.text).toBe('Local Grassroots Grassroots Grassroots sport clubs');
    expect(result.truth[0]).toMatchObject({ damaged: 'Grassroots Grassroots Grassroots sport', original: 'sport', kind: 'cascade' });
  });

  it('makes a doubled `s` unit from a plural label', () => {
    const result = corrupt('One election.', [{ term: 'election', label: 'Elections', passes: 3, mode: 'substring-ci' }]);
    expect(result.text).toBe('One Electionsss.');
    expect(result.truth[0]).toMatchObject({ original: 'election', kind: 'cascade', recoverable: true });
  });

  it('stops after one pass when a whole-word label no longer matches its term', () => {
    const result = corrupt('One election.', [{ term: 'election', label: 'Elections', passes: 3, mode: 'word-ci' }]);
    expect(result.text).toBe('One Elections.');
    expect(result.truth[0]).toMatchObject({ kind: 'injection', recoverable: false });
  });

  it('matches only exact-case whole words in `word-cs` mode', () => {
    const rule: DamageRule = { term: 'teachers', label: "Teachers' pay", passes: 1, mode: 'word-cs' };
    const result = corrupt('Teachers and teachers, not preteachers.', [rule]);
    expect(result.text).toBe("Teachers and Teachers' pay, not preteachers.");
    expect(result.truth).toEqual([
      { start: 13, end: 26, damaged: "Teachers' pay", original: 'teachers', kind: 'injection', label: "Teachers' pay", recoverable: false },
    ]);
  });

  it('joins two hits in one word into one irregular span', () => {
    const result = corrupt('datadata x', [{ term: 'data', label: 'Data and statistics', passes: 2, mode: 'substring-ci' }]);
    expect(result.truth).toHaveLength(1);
    expect(result.truth[0]).toMatchObject({ original: 'datadata', kind: 'cascade', recoverable: false });
  });

  it('marks a later rule matching inside an earlier label as not recoverable', () => {
    const rules: DamageRule[] = [
      { term: 'men', label: "Men's health", passes: 2, mode: 'substring-ci' },
      { term: 'health', label: 'Health and social care', passes: 2, mode: 'substring-ci' },
    ];
    const result = corrupt('men and health', rules);
    expectConsistent('men and health', result);
    expect(result.truth.map((span) => [span.original, span.recoverable])).toEqual([
      ['men', false],
      ['health', true],
    ]);
  });

  it('rejects misuse with a TypeError naming the option', () => {
    expect(() => corrupt('x', [{ term: '', label: 'X', passes: 1, mode: 'word-cs' }])).toThrow(/`term`/);
    expect(() => corrupt('x', [{ term: 'x', label: 'X', passes: 0, mode: 'word-cs' }])).toThrow(TypeError);
    expect(() => corrupt('x', [{ ...womenRule, swallowApostrophePass: 7 }])).toThrow(/`swallowApostrophePass`/);
    expect(() => corrupt('x', [], { merges: [{ phrase: '', label: 'X' }] })).toThrow(/`phrase`/);
  });
});

describe('corrupt: truth round trip', () => {
  const terms = ['women', 'data', 'men', 'art', 'sport', 'children', 's'];
  const labels = ["Women's rights", 'Data and statistics', "Men's health", 'Arts & Culture', 'Grassroots sport', 'Sales', "Children's rights", 'x'];
  const pieces = fc.oneof(
    fc.constantFrom(...terms, 'Women', 'WOMEN', 'wOmEn', 'Data', 'MEN', 'Arts', 'Children'),
    fc.constantFrom('the', 'schoolchildren', 'smart', 'transport', 'parts', 'Against', 'Stop', 'Поле', 'ελλάδα', '日本', '😀x'),
    fc.constantFrom(' ', ' ', ', ', '. ', "'", '’', "'s", '’s', '-', '\n', '&'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  const text = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
  const rule = fc
    .tuple(fc.constantFrom(...terms), fc.constantFrom(...labels), fc.integer({ min: 1, max: 4 }), fc.constantFrom('substring-ci', 'word-ci', 'word-cs'), fc.integer({ min: 0, max: 4 }))
    .map(([term, label, passes, mode, swallow]): DamageRule => {
      const base: DamageRule = { term, label, passes, mode: mode as DamageRule['mode'] };
      return swallow >= 1 && swallow <= passes ? { ...base, swallowApostrophePass: swallow } : base;
    });
  const merge = fc
    .tuple(fc.constantFrom('Against Women', 'Stop Violence Against Women', 'big Data', 'the', "s rights's", 'Men'), fc.constantFrom(...labels))
    .map(([phrase, label]): PhraseMerge => ({ phrase, label }));

  it('gives back the input when every original is put back', () => {
    fc.assert(
      fc.property(text, fc.array(rule, { maxLength: 3 }), fc.array(merge, { maxLength: 2 }), (input, rules, merges) => {
        const result = corrupt(input, rules, { merges });
        expectConsistent(input, result);
        expect(corrupt(input, rules, { merges })).toEqual(result);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves text without rules unchanged', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(corrupt(input, [])).toEqual({ text: input, truth: [] });
      }),
    );
  });
});

describe('slugify and corruptSlug', () => {
  it('lowercases, drops apostrophes and accents, and joins words with `-`', () => {
    expect(slugify("  Élan: the Students' Union’s   plan (2024)! ")).toBe('elan-the-students-unions-plan-2024');
  });

  it('drops stop words and cuts at a `-` boundary', () => {
    expect(slugify('Plans for the new city library', { stopWords: ['for', 'the'] })).toBe('plans-new-city-library');
    expect(slugify('alpha beta gamma', { maxLength: 12 })).toBe('alpha-beta');
    expect(slugify('alpha beta gamma', { maxLength: 10 })).toBe('alpha-beta');
    expect(slugify('alphabetagamma', { maxLength: 5 })).toBe('alpha');
    expect(() => slugify('x', { maxLength: 0 })).toThrow(/`maxLength`/);
  });

  it('turns each cascade unit into a `-rightss` segment', () => {
    expect(slugify(`Ten ${S} win river prize`)).toBe('ten-womens-rightss-rightss-rightss-rightss-rightss-rights-win-river-prize');
  });

  it('regenerates a damaged slug with the clean slug as truth', () => {
    const result = corruptSlug('Police cuts', [{ term: 'police', label: 'Police & Crime', passes: 2, mode: 'substring-ci' }]);
    expect(result).toMatchObject({
      title: 'Police cuts',
      damagedTitle: 'Police & Crime & Crime cuts',
      slug: 'police-cuts',
      damagedSlug: 'police-crime-crime-cuts',
    });
    expect(result.titleTruth).toHaveLength(1);
  });

  it('cuts a long damaged slug inside the cascade at a word boundary', () => {
    const result = corruptSlug('Harbour town women speak out', [womenRule], { maxLength: 60 });
    expect(result.slug).toBe('harbour-town-women-speak-out');
    expect(result.damagedSlug).toBe('harbour-town-womens-rightss-rightss-rightss-rightss-rightss');
    expect(result.damagedSlug.length).toBeLessThanOrEqual(60);
  });
});

describe('families', () => {
  const all = [...cascadeFamilies, ...injectionFamilies];

  it('has at least 40 families over ten domains', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(injectionFamilies.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((family) => family.domain)).size).toBe(10);
    expect(new Set(all.map((family) => family.term)).size).toBe(all.length);
  });

  it('has cascade labels that re-match their own term and injection labels that do not', () => {
    for (const family of cascadeFamilies) {
      const result = corrupt(family.term, [{ term: family.term, label: family.label, passes: 2, mode: 'substring-ci' }]);
      expect(result.truth[0]?.kind, family.label).toBe('cascade');
    }
    for (const family of injectionFamilies) {
      const result = corrupt(family.term, [{ term: family.term, label: family.label, passes: 3, mode: 'word-cs' }]);
      expect(result.text, family.label).toBe(family.label);
    }
  });

  it('has labels in the later sets that re-match their own term, each label once', () => {
    const later = [...secondCascadeFamilies, ...thirdCascadeFamilies, ...fifthCascadeFamilies, ...sixthCascadeFamilies, ...seventhCascadeFamilies, ...heldOutCascadeFamilies];
    for (const family of later) {
      const result = corrupt(family.term, [{ term: family.term, label: family.label, passes: 2, mode: 'substring-ci' }]);
      expect(result.truth[0]?.kind, family.label).toBe('cascade');
    }
    const labels = [...cascadeFamilies, ...later].map((family) => family.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('keeps the issue examples out of the evaluation families', () => {
    const issueWords = issueExamples.flatMap((family) => [family.term, family.label.toLowerCase()]);
    for (const family of all) {
      expect(issueWords).not.toContain(family.term);
      expect(issueWords).not.toContain(family.label.toLowerCase());
    }
  });

  it('uses terms that occur in the clean control corpus', { skip: !existsSync(CLEAN) }, () => {
    const text = readdirSync(CLEAN)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => readFileSync(CLEAN + name, 'utf8').toLowerCase())
      .join('\n');
    for (const family of all) expect(text.includes(family.term), family.term).toBe(true);
  });
});

describe('makeDamagedCorpus', () => {
  const docs = [
    { id: 'a', text: 'The health team shared new data on energy use.\n\nStudents asked teachers about the budget.' },
    { id: 'b', text: 'Nothing here matches any rename at all: only plain words.' },
    { id: 'c', text: 'Our research on climate and water quality reached the media. Ask the Museum of Space and Science.' },
    { id: 'd', text: 'Veterans and citizens met police at the university; the sale of products to customers rose.' },
    { id: 'e', text: 'The Call To Protect Wildlife campaign and wildlife groups spoke about football and sport.' },
  ];

  it('is deterministic for one seed and differs between seeds', () => {
    const first = makeDamagedCorpus(docs, { seed: 7 });
    expect(makeDamagedCorpus(docs, { seed: 7 })).toEqual(first);
    const others = [1, 2, 3, 4].map((seed) => makeDamagedCorpus(docs, { seed }).map((doc) => doc.damaged).join('\n'));
    expect(new Set([first.map((doc) => doc.damaged).join('\n'), ...others]).size).toBeGreaterThan(1);
  });

  it('damages each document the same way whatever the corpus order', () => {
    const forward = makeDamagedCorpus(docs, { seed: 11 });
    const backward = makeDamagedCorpus([...docs].reverse(), { seed: 11 }).reverse();
    expect(backward).toEqual(forward);
  });

  it('returns documents without any term undamaged', () => {
    const [, plain] = makeDamagedCorpus(docs, { seed: 3 });
    expect(plain).toEqual({ id: 'b', clean: docs[1]?.text, damaged: docs[1]?.text, truth: [], rules: [], merges: [] });
  });

  it('keeps exact truth and plans within the documented ranges', () => {
    for (let seed = 0; seed < 60; seed += 1) {
      for (const doc of makeDamagedCorpus(docs, { seed, mergeRate: 0.6, swallowRate: 0.6 })) {
        expectConsistent(doc.clean, { text: doc.damaged, truth: doc.truth });
        if (doc.id === 'b') continue;
        expect(doc.rules.length).toBeGreaterThanOrEqual(1);
        expect(doc.rules.length).toBeLessThanOrEqual(3);
        for (const rule of doc.rules) {
          if (rule.mode === 'word-cs') expect(rule.passes).toBe(1);
          else expect(rule.passes).toBeGreaterThanOrEqual(2);
          expect(rule.passes).toBeLessThanOrEqual(6);
        }
        expect(doc.truth.length).toBeGreaterThan(0);
      }
    }
  });

  it('skips documents by `rate`', () => {
    expect(makeDamagedCorpus(docs, { seed: 5, rate: 0 }).every((doc) => doc.truth.length === 0)).toBe(true);
    expect(() => makeDamagedCorpus(docs, { seed: 5, rate: 2 })).toThrow(/`rate`/);
  });

  it('produces cascades, injections, variants and swallow passes on the clean corpus', { skip: !existsSync(CLEAN) }, () => {
    const sample = readFileSync(`${CLEAN}wikinews.jsonl`, 'utf8')
      .split('\n')
      .filter((line) => line.length > 0)
      .slice(0, 150)
      .map((line) => JSON.parse(line) as { id: string; text: string });
    const corpus = makeDamagedCorpus(sample, { seed: 2024 });
    const kinds = new Set(corpus.flatMap((doc) => doc.truth.map((span) => span.kind)));
    expect([...kinds].sort()).toEqual(['cascade', 'injection', 'variant']);
    expect(corpus.some((doc) => doc.rules.some((rule) => rule.swallowApostrophePass !== undefined))).toBe(true);
    expect(corpus.filter((doc) => doc.truth.length > 0).length).toBeGreaterThan(sample.length / 2);
    for (const doc of corpus) expect(restore(doc.damaged, doc.truth)).toBe(doc.clean);
  });
});
