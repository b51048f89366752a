/**
 * Rule table of `expected-names`: `valid` inputs produce no finding and come out of `fix`
 * unchanged; each `invalid` entry gives the input, the expected messages and the fixed
 * output. Also: learning without a glossary, the helpers, and glossary loading (shape
 * validation and examples). The real pages (read at run time from `../shared/`) must give
 * no finding; that test skips with a message when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, fix, type Message, type Options } from '../../src/index.js';
import { loadGlossary, validateGlossary, type Glossary } from '../../src/core/glossary.js';
import { editDistanceAtMostOne, extractNames, learnNamesFrom, minoritySpellings } from '../../src/rules/expected-names.js';

const glossary: Glossary = {
  names: [
    { name: 'Kate Allen', kind: 'person' },
    { name: 'Heather Harvey', kind: 'person' },
    { name: 'Heather Harley', kind: 'person' },
    { name: 'Stop Violence Against Women', kind: 'campaign' },
    { name: "International Women's Day" },
    { name: 'Amnesty International', variants: ['Amnesty Int.'] },
    { name: 'Myanmar', variants: ['Burma'] },
    { name: 'Save the Children', kind: 'organisation' },
    { name: 'Digital.gov' },
  ],
};

/** One expected message. */
interface ExpectedMessage {
  at: string;
  actual: string;
  expected: string[];
  fixed: boolean;
}

/**
 * Reduces a message to what the table compares.
 * @param message a message.
 * @returns position, texts and whether it has a fix.
 */
function summarise(message: Message): ExpectedMessage {
  return {
    at: `${message.start.line}:${message.start.column}-${message.end.line}:${message.end.column}`,
    actual: message.actual,
    expected: message.expected,
    fixed: message.fix !== null,
  };
}

/**
 * The rule's messages on a text.
 * @param input the text.
 * @param options options (the glossary above by default).
 * @returns the rule's messages.
 */
function names(input: string, options: Options = { glossary }): Message[] {
  return check(input, options).filter((message) => message.ruleId === 'expected-names');
}

const valid: { name: string; input: string; options?: Options }[] = [
  { name: 'a name as written', input: 'Kate Allen met Heather Harvey on the quay.' },
  { name: 'a possessive of a name', input: "Kate Allen's report followed Heather Harvey’s." },
  { name: 'another apostrophe style', input: 'Celebrate International Women’s Day on the quay.' },
  { name: 'a campaign name as an ordinary phrase in lower case', input: 'The campaign to stop violence against women grew.' },
  { name: 'a campaign name in sentence case at a sentence start', input: 'Stop violence against women is our aim.' },
  { name: 'an organisation name as an ordinary phrase', input: 'We must save the children today.' },
  { name: 'a shouted headline', input: 'SAVE THE CHILDREN LAUNCHES APPEAL' },
  { name: 'a Title Case headline that raises small words', input: 'Save The Children Launches Appeal' },
  { name: 'a variant in parentheses after its name', input: 'Flights to Myanmar (Burma) resumed.' },
  { name: 'a name with punctuation as written', input: 'Visit Digital.gov today.' },
  { name: 'an address', input: 'Write to kate.allen@example.org or see example.org/kate-allen/ today.' },
  { name: 'a compound adjective', input: 'A Kate-Allen-style speech followed.', options: { glossary: { names: [{ name: 'Kate Allen', kind: 'person' }] } } },
  { name: 'lower-case ordinary words when compromise sees no person', input: 'the digital gov community met.', options: { glossary: { names: [{ name: 'Digital Gov' }] } } },
  { name: 'case differences when `caseSensitive` is false', input: 'The director kate allen spoke.', options: { glossary: { names: [{ name: 'Kate Allen', caseSensitive: false }] } } },
  { name: 'anything without a glossary or learning', input: 'The director kate allen spoke.', options: {} },
];

const invalid: { name: string; input: string; options?: Options; messages: ExpectedMessage[]; output: string }[] = [
  {
    name: 'restores a person written in lower case',
    input: 'The director kate allen spoke at the quay.',
    messages: [{ at: '1:14-1:24', actual: 'kate allen', expected: ['Kate Allen'], fixed: true }],
    output: 'The director Kate Allen spoke at the quay.',
  },
  {
    name: 'restores a lower-case name that compromise reads as a person, without a kind',
    input: 'The director kate allen spoke at the quay.',
    options: { glossary: { names: [{ name: 'Kate Allen' }] } },
    messages: [{ at: '1:14-1:24', actual: 'kate allen', expected: ['Kate Allen'], fixed: true }],
    output: 'The director Kate Allen spoke at the quay.',
  },
  {
    name: 'restores a lower-case campaign name when the entry asks for exact case',
    input: 'The campaign to stop violence against women grew.',
    options: { glossary: { names: [{ name: 'Stop Violence Against Women', caseSensitive: true }] } },
    messages: [{ at: '1:17-1:44', actual: 'stop violence against women', expected: ['Stop Violence Against Women'], fixed: true }],
    output: 'The campaign to Stop Violence Against Women grew.',
  },
  {
    name: 'restores mixed letter case',
    input: 'Join the Stop violence against Women campaign.',
    messages: [{ at: '1:10-1:37', actual: 'Stop violence against Women', expected: ['Stop Violence Against Women'], fixed: true }],
    output: 'Join the Stop Violence Against Women campaign.',
  },
  {
    name: 'restores a hyphen for a space',
    input: 'Join the Stop-Violence Against Women campaign today.',
    messages: [{ at: '1:10-1:37', actual: 'Stop-Violence Against Women', expected: ['Stop Violence Against Women'], fixed: true }],
    output: 'Join the Stop Violence Against Women campaign today.',
  },
  {
    name: 'restores words joined together',
    input: 'StopViolence Against Women grew.',
    messages: [{ at: '1:1-1:27', actual: 'StopViolence Against Women', expected: ['Stop Violence Against Women'], fixed: true }],
    output: 'Stop Violence Against Women grew.',
  },
  {
    name: 'restores a missing apostrophe',
    input: 'Celebrate International Womens Day on the quay.',
    messages: [{ at: '1:11-1:35', actual: 'International Womens Day', expected: ["International Women's Day"], fixed: true }],
    output: "Celebrate International Women's Day on the quay.",
  },
  {
    name: 'restores a small typo in one word of a longer name',
    input: 'The director Kate Alen spoke at the quay.',
    messages: [{ at: '1:14-1:23', actual: 'Kate Alen', expected: ['Kate Allen'], fixed: true }],
    output: 'The director Kate Allen spoke at the quay.',
  },
  {
    name: 'only suggests a typo written the same way twice (perhaps another person)',
    input: 'Kate Allan spoke. Later Kate Allan left.',
    messages: [
      { at: '1:1-1:11', actual: 'Kate Allan', expected: ['Kate Allen'], fixed: false },
      { at: '1:25-1:35', actual: 'Kate Allan', expected: ['Kate Allen'], fixed: false },
    ],
    output: 'Kate Allan spoke. Later Kate Allan left.',
  },
  {
    name: 'picks the one name a typo is near when two names are alike',
    input: 'Heather Harly met the crew.',
    messages: [{ at: '1:1-1:14', actual: 'Heather Harly', expected: ['Heather Harley'], fixed: true }],
    output: 'Heather Harley met the crew.',
  },
  {
    name: 'only suggests a typo near two names',
    input: 'Heather Harvley met the crew.',
    messages: [{ at: '1:1-1:16', actual: 'Heather Harvley', expected: ['Heather Harvey', 'Heather Harley'], fixed: false }],
    output: 'Heather Harvley met the crew.',
  },
  {
    name: 'only suggests a name with a dropped inner word',
    input: 'Join the Stop Violence Women campaign.',
    messages: [{ at: '1:10-1:29', actual: 'Stop Violence Women', expected: ['Stop Violence Against Women'], fixed: false }],
    output: 'Join the Stop Violence Women campaign.',
  },
  {
    name: 'restores a known variant with its punctuation',
    input: 'Amnesty Int. said so. Flights to Burma resumed.',
    messages: [
      { at: '1:1-1:13', actual: 'Amnesty Int.', expected: ['Amnesty International'], fixed: true },
      { at: '1:34-1:39', actual: 'Burma', expected: ['Myanmar'], fixed: true },
    ],
    output: 'Amnesty International said so. Flights to Myanmar resumed.',
  },
];

describe('expected-names', () => {
  for (const entry of valid) {
    it(`leaves ${entry.name} alone`, () => {
      const options = entry.options ?? { glossary };
      expect(names(entry.input, options).map(summarise)).toEqual([]);
      expect(fix(entry.input, options).output).toBe(entry.input);
    });
  }

  for (const entry of invalid) {
    it(entry.name, () => {
      const options = entry.options ?? { glossary };
      expect(names(entry.input, options).map(summarise)).toEqual(entry.messages);
      const output = fix(entry.input, options).output;
      expect(output).toBe(entry.output);
      expect(fix(output, options).output).toBe(output);
    });
  }

  it('reports the full message object', () => {
    const [message, ...rest] = names('The director Kate Alen spoke at the quay.');
    expect(rest).toEqual([]);
    expect({
      ruleId: message?.ruleId,
      severity: message?.severity,
      reason: message?.reason,
      actual: message?.actual,
      expected: message?.expected,
      fix: message?.fix,
      suggestions: message?.suggestions,
      confidence: message?.confidence,
      explanation: message?.explanation,
      url: message?.url,
    }).toEqual({
      ruleId: 'expected-names',
      severity: 'warning',
      reason: 'Unexpected spelling `Kate Alen` of a name, expected `Kate Allen`',
      actual: 'Kate Alen',
      expected: ['Kate Allen'],
      fix: { range: [13, 22], text: 'Kate Allen' },
      suggestions: [],
      confidence: 0.85,
      explanation: '1 word one letter off; name from the glossary',
      url: 'https://github.com/copyguard/copyguard#expected-names',
    });
  });

  it('flags a minority spelling of a name the text mostly spells otherwise, when learning', () => {
    const input = 'Kate Allen spoke. Kate Allen said more. Later Kate Allen left. Kate Allen returned. Then Kate Alen wrote.';
    // An empty glossary makes `check` read a text without scanner candidates.
    const options: Options = { glossary: {}, rules: { 'expected-names': ['warning', { learn: true }] } };
    expect(names(input, options).map(summarise)).toEqual([{ at: '1:90-1:99', actual: 'Kate Alen', expected: ['Kate Allen'], fixed: true }]);
    expect(fix(input, options).output).toBe(input.replace('Kate Alen ', 'Kate Allen '));
    // Three against one is not enough to fix: a suggestion.
    const fewer = 'Kate Allen spoke. Kate Allen said more. Later Kate Allen left. Then Kate Alen wrote.';
    expect(names(fewer, options).map(summarise)).toEqual([{ at: '1:69-1:78', actual: 'Kate Alen', expected: ['Kate Allen'], fixed: false }]);
  });

  it('learns over a run with `learnNamesFrom` and the `names` option', () => {
    const texts = ['Kate Allen spoke at the quay.', 'Kate Allen met the crew.', 'Later Kate Allen left the harbour.', 'Kate Allen returned.'];
    const counts = learnNamesFrom(texts);
    expect(counts['Kate Allen']).toBe(4);
    const options: Options = { glossary: {}, rules: { 'expected-names': ['warning', { names: { ...counts, 'Kate Alen': 1 } }] } };
    expect(fix('Then Kate Alen wrote.', options).output).toBe('Then Kate Allen wrote.');
  });

  it('never calls a plural, another transliteration, a quoted literal or a common noun a minority spelling', () => {
    expect(minoritySpellings({ 'gov domains': 7, 'gov domain': 1 }).size).toBe(0);
    expect(minoritySpellings({ 'Osama bin Laden': 3, 'Usama bin Ladin': 1 }).size).toBe(0);
    expect(minoritySpellings({ 'City of Melbourne': 3, 'city of Melbourne': 1 }).size).toBe(0);
    expect(minoritySpellings({ 'Mysore Division': 6, 'Mysore division': 2 }).size).toBe(0);
    expect(minoritySpellings({ 'gov domains': 4, 'Gov domains': 1 }).size).toBe(0);
    expect(minoritySpellings({ GitHub: 4, Github: 1 }).get('Github')).toEqual({ canonical: 'GitHub', confidence: 0.8 });
    const options: Options = { glossary: {}, rules: { 'expected-names': ['warning', { names: { GitHub: 5, github: 1 } }] } };
    expect(names('You could rename it to "github" or clone github.com/example.', options)).toEqual([]);
  });

  it('extracts names without their punctuation or possessive', () => {
    expect(extractNames('They met Heather Harvey. She works for Amnesty International’s office in London.')).toEqual({ 'Heather Harvey': 1, London: 1, 'Amnesty International': 1 });
    expect(extractNames('The [Iranian] Chess Federation met.')).toEqual({});
  });

  it('measures edit distance up to one, with neighbour swaps', () => {
    expect(editDistanceAtMostOne('allen', 'allen')).toBe(0);
    expect(editDistanceAtMostOne('allen', 'alen')).toBe(1);
    expect(editDistanceAtMostOne('alen', 'allen')).toBe(1);
    expect(editDistanceAtMostOne('allen', 'allan')).toBe(1);
    expect(editDistanceAtMostOne('allen', 'alnel')).toBe(2);
    expect(editDistanceAtMostOne('allen', 'aleln')).toBe(1);
    expect(editDistanceAtMostOne('allen', 'harvey')).toBe(2);
  });

  it('rejects unknown or malformed options', () => {
    expect(() => check('Text.', { glossary: {}, rules: { 'expected-names': ['warning', { lean: true }] } })).toThrow(/Unknown option `lean` of `expected-names`/u);
    expect(() => check('Text.', { glossary: {}, rules: { 'expected-names': ['warning', { learn: 'yes' }] } })).toThrow(/Expected `learn`/u);
    expect(() => check('Text.', { glossary: {}, rules: { 'expected-names': ['warning', { names: { a: 'b' } }] } })).toThrow(/Expected `names`/u);
  });

  it('stays linear: a 1.3 MB text with a glossary reads in a few seconds at most', () => {
    const text = 'The harbour council met the ferry crew and Kate Allen at the quay. '.repeat(20_000);
    const started = performance.now();
    expect(names(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('glossary loading', () => {
  it('validates the shape and names the key and the source', () => {
    expect(() => validateGlossary([], 'copyguard.config.json')).toThrow('Expected the glossary of `copyguard.config.json` to be an object with `names` and `labels`');
    expect(() => validateGlossary({ name: [] }, 'a.yaml')).toThrow('Unknown key `name` in the glossary of `a.yaml`');
    expect(() => validateGlossary({ names: {} }, 'a.yaml')).toThrow('Expected `names` to be an array in the glossary of `a.yaml`');
    expect(() => validateGlossary({ names: [{ name: '' }] }, 'a.yaml')).toThrow('Expected `names[0].name` to be a non-empty string in the glossary of `a.yaml`');
    expect(() => validateGlossary({ names: [{ name: 'X', kind: 'ship' }] }, 'a.yaml')).toThrow(/Expected `names\[0\].kind` to be one of `person`/u);
    expect(() => validateGlossary({ names: [{ name: 'X', varients: [] }] }, 'a.yaml')).toThrow('Unknown key `names[0].varients` in the glossary of `a.yaml`');
    expect(() => validateGlossary({ names: [{ name: 'X', variants: ['ok', 3] }] }, 'a.yaml')).toThrow('Expected `names[0].variants[1]` to be a non-empty string in the glossary of `a.yaml`');
    expect(() => validateGlossary({ names: [{ name: 'X', caseSensitive: 'no' }] }, 'a.yaml')).toThrow('Expected `names[0].caseSensitive` to be a boolean in the glossary of `a.yaml`');
    expect(() => validateGlossary({ names: [{ name: 'X', examples: { matches: [] } }] }, 'a.yaml')).toThrow('Unknown key `names[0].examples.matches` in the glossary of `a.yaml`');
    expect(() => validateGlossary({ labels: [{ label: 'Burma' }] }, 'a.yaml')).toThrow('Expected `labels[0].term` to be a non-empty string in the glossary of `a.yaml`');
    expect(() => validateGlossary({ labels: [{ label: 'Burma', term: 'Burma' }] }, 'a.yaml')).toThrow('Expected `labels[0].term` to be different from its label in the glossary of `a.yaml`');
    expect(validateGlossary({ names: [{ name: 'Kate Allen', kind: 'person', variants: ['Kate Alen'], caseSensitive: true }], labels: [{ label: "Children's rights", term: 'children' }] }, 'a.yaml')).toEqual({
      names: [{ name: 'Kate Allen', kind: 'person', variants: ['Kate Alen'], caseSensitive: true }],
      labels: [{ label: "Children's rights", term: 'children' }],
    });
  });

  it('runs the examples of each name and fails loudly on a bad entry', () => {
    const good = { names: [{ name: 'Kate Allen', kind: 'person', examples: { match: ['The director kate allen spoke.', 'Kate Alen spoke.'], noMatch: ['Kate Allen spoke.', "Kate Allen's report."] } }] };
    expect(loadGlossary(good, 'glossary.yaml')).toEqual(good);
    const noFinding = { names: [{ name: 'Stop Violence Against Women', examples: { match: ['The campaign to stop violence against women grew.'] } }] };
    expect(() => loadGlossary(noFinding, 'glossary.yaml')).toThrow(
      'Glossary entry names[0] `Stop Violence Against Women` of `glossary.yaml`: its `examples.match` text "The campaign to stop violence against women grew." produces no `expected-names` finding',
    );
    const finding = { names: [{ name: 'Kate Allen', examples: { noMatch: ['Kate Alen spoke.'] } }] };
    expect(() => loadGlossary(finding, 'glossary.yaml')).toThrow('Glossary entry names[0] `Kate Allen` of `glossary.yaml`: its `examples.noMatch` text "Kate Alen spoke." produces 1 `expected-names` finding');
  });
});

const pages = new URL('../../../shared/corpus/real/pages/', import.meta.url);
const cleanPages = new URL('../../../shared/corpus/real/clean/', import.meta.url);
const hasReal = existsSync(fileURLToPath(pages)) && existsSync(fileURLToPath(cleanPages));
if (!hasReal) console.warn(`expected-names: real-page test skipped, ${fileURLToPath(pages)} is absent`);

describe('expected-names on the real pages', () => {
  it.skipIf(!hasReal)('finds nothing on the real pages, with a glossary and learning over the run', () => {
    for (const directory of [pages, cleanPages]) {
      const texts = readdirSync(fileURLToPath(directory))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(new URL(name, directory), 'utf8'));
      const counts = learnNamesFrom(texts);
      const options: Options = {
        glossary: { names: [{ name: 'Kate Allen', kind: 'person' }, { name: 'Amnesty International' }, { name: 'Stop Violence Against Women', kind: 'campaign' }] },
        rules: { 'expected-names': ['warning', { names: counts }] },
      };
      const found = texts.flatMap((text) => names(text, options).map((message) => message.actual));
      expect(found).toEqual([]);
    }
  });
});
