/**
 * Rule table of `no-label-injection`: `valid` inputs produce no finding of the rule and come
 * out of `fix` unchanged; each `invalid` entry gives the input, the expected messages of the
 * rule and the fixed output. The real damaged pages (read at run time from `../shared/`,
 * never copied here) measure how many injections the rule restores exactly and that the
 * site's clean pages stay unchanged; those tests skip with a message when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, fix, type Message, type Options } from '../../src/index.js';
import { loadGlossary, type Glossary } from '../../src/core/glossary.js';
import { guessTerm, knownLabels } from '../../src/rules/no-label-injection.js';
import { analyze } from '../../src/core/analyze.js';

/** The glossary of the damaged site: `children` → `Children's rights` ran once. */
const children: Glossary = { labels: [{ label: "Children's rights", term: 'children' }] };

/** One expected message of the rule. */
interface ExpectedMessage {
  at: string;
  actual: string;
  expected: string[];
  fixed: boolean;
}

/** An invalid case of the table. */
interface InvalidCase {
  name: string;
  input: string;
  options?: Options;
  messages: ExpectedMessage[];
  output: string;
}

/**
 * Reduces a message to what the table compares.
 * @param message a message.
 * @returns its position, texts and whether it has a fix.
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
 * @param options options (the children glossary by default).
 * @returns the rule's messages.
 */
function injections(input: string, options: Options = { glossary: children }): Message[] {
  return check(input, options).filter((message) => message.ruleId === 'no-label-injection');
}

const valid: { name: string; input: string; options?: Options }[] = [
  { name: 'a name with the label in another case', input: "Rowers backed the Children's Rights Alliance at the regatta." },
  { name: 'the label in lower case before a noun', input: "The harbour trust ran a children's rights campaign all summer." },
  { name: 'the label as a proper name at a sentence start', input: "Children's rights campaign launches today at the quay." },
  { name: 'the label at a sentence start before a copula', input: "Children's rights are universal. The ferry agreed." },
  { name: 'the label mid-sentence before a noun (a modifier)', input: "The rowing club joined the Children's rights network last year." },
  { name: 'the label before a capitalised word (a name goes on)', input: "The club wrote to the Children's rights Commissioner on Monday." },
  { name: 'a sentence about rights in lower case', input: "The harbour council talked about women's rights on Friday.", options: { glossary: { labels: [{ label: "Women's rights", term: 'women' }] } } },
  { name: 'the plain word', input: 'Our schoolchildren sailed to the island with other children.' },
  { name: 'a label whose term is a name, standing alone', input: 'Flights to Burma resumed on Monday.', options: { glossary: { labels: [{ label: 'Burma', term: 'Myanmar' }] } } },
  { name: 'the label without a glossary or cascades', input: "Social workers worry about trafficked Children's rights within their care.", options: {} },
  {
    name: 'a label-shaped phrase used once only, with no other evidence',
    input: 'The ferry brought Libraries and archives staff to the island. Nothing else happened.',
    options: {},
  },
  {
    name: 'a repeated possessive of a name',
    input: "Crews praised Cardiff's harbour at dawn. Later, visitors praised Cardiff's harbour at dusk.",
    options: {},
  },
  {
    name: 'a repeated label-shaped phrase used as a modifier',
    input: "Rowers joined the Children's rights network in May, and sailors joined the Children's rights network in June.",
    options: {},
  },
  {
    name: 'a repeated label-shaped phrase at sentence starts',
    input: "Children's rights open at nine. Children's rights close at five.",
    options: {},
  },
  {
    name: 'a repeated phrase joined by `and` (common prose, not looked for)',
    input: 'The council shut three Libraries and archives in the spring; the other Libraries and archives stayed open.',
    options: {},
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'only suggests a label-shaped phrase the text repeats mid-sentence, with no glossary or cascade',
    input: "The pier trust fed trafficked Children's rights in its care, and two Children's rights were later rehoused.",
    options: {},
    messages: [
      { at: '1:31-1:48', actual: "Children's rights", expected: ['children'], fixed: false },
      { at: '1:70-1:87', actual: "Children's rights", expected: ['children'], fixed: false },
    ],
    output: "The pier trust fed trafficked Children's rights in its care, and two Children's rights were later rehoused.",
  },
  {
    name: "only suggests a plural possessive label the text repeats (`Teachers' pay`)",
    input: "Parents thanked the Teachers’ pay at the gate, and the Teachers’ pay thanked them back.",
    options: {},
    messages: [
      { at: '1:21-1:34', actual: 'Teachers’ pay', expected: ['teachers'], fixed: false },
      { at: '1:56-1:69', actual: 'Teachers’ pay', expected: ['teachers'], fixed: false },
    ],
    output: "Parents thanked the Teachers’ pay at the gate, and the Teachers’ pay thanked them back.",
  },
  {
    name: 'restores the label capitalised mid-sentence before a preposition',
    input: "Social workers worry about trafficked Children's rights within their care.",
    messages: [{ at: '1:39-1:56', actual: "Children's rights", expected: ['children'], fixed: true }],
    output: 'Social workers worry about trafficked children within their care.',
  },
  {
    name: 'restores the label glued inside a word',
    input: "Our schoolChildren's rights sailed to the island.",
    messages: [{ at: '1:11-1:28', actual: "Children's rights", expected: ['children'], fixed: true }],
    output: 'Our schoolchildren sailed to the island.',
  },
  {
    name: 'restores a name that held the term, keeping its capital',
    input: 'The harbour trust joined Save the Children\'s rights in Leeds last week.',
    messages: [{ at: '1:35-1:52', actual: "Children's rights", expected: ['Children'], fixed: true }],
    output: 'The harbour trust joined Save the Children in Leeds last week.',
  },
  {
    name: 'restores a glossary name that held the term even before a weak clue',
    input: "The ferry crew met Save the Children's rights and the coastguard.",
    options: { glossary: { labels: children.labels ?? [], names: [{ name: 'Save the Children', kind: 'organisation' }] } },
    messages: [{ at: '1:29-1:46', actual: "Children's rights", expected: ['Children'], fixed: true }],
    output: 'The ferry crew met Save the Children and the coastguard.',
  },
  {
    name: 'only suggests a name reading with a weak clue and no glossary name',
    input: "The ferry crew met Save the Children's rights and the coastguard.",
    messages: [{ at: '1:29-1:46', actual: "Children's rights", expected: ['Children'], fixed: false }],
    output: "The ferry crew met Save the Children's rights and the coastguard.",
  },
  {
    name: "restores the label followed by the original's own possessive",
    input: "The report covers Children's rights's rights standards at sea.",
    messages: [{ at: '1:19-1:38', actual: "Children's rights's", expected: ["children's"], fixed: true }],
    output: "The report covers children's rights standards at sea.",
  },
  {
    name: 'keeps the curly apostrophe of the carried possessive',
    input: 'The report covers Children’s rights’s rights standards at sea.',
    messages: [{ at: '1:19-1:38', actual: 'Children’s rights’s', expected: ['children’s'], fixed: true }],
    output: 'The report covers children’s rights standards at sea.',
  },
  {
    name: 'restores a label followed by itself in parentheses',
    input: 'Flights to Burma (Burma) resumed.',
    options: { glossary: { labels: [{ label: 'Burma', term: 'Myanmar' }] } },
    messages: [{ at: '1:12-1:17', actual: 'Burma', expected: ['Myanmar'], fixed: true }],
    output: 'Flights to Myanmar (Burma) resumed.',
  },
  {
    name: 'only suggests at a sentence start, even before words that fit people only',
    input: "Children's rights who live on boats need schools.",
    messages: [{ at: '1:1-1:18', actual: "Children's rights", expected: ['Children'], fixed: false }],
    output: "Children's rights who live on boats need schools.",
  },
  {
    name: 'restores a label that ends its noun phrase before a comma, counted like a plural',
    input: "Several bystanders, including two Children's rights, were hurt.",
    messages: [{ at: '1:35-1:52', actual: "Children's rights", expected: ['children'], fixed: true }],
    output: 'Several bystanders, including two children, were hurt.',
  },
  {
    name: 'restores a label before a finite verb',
    input: "At least two local Children's rights have been hurt at the quay.",
    messages: [{ at: '1:20-1:37', actual: "Children's rights", expected: ['children'], fixed: true }],
    output: 'At least two local children have been hurt at the quay.',
  },
  {
    name: 'takes the label from restorations, as a profile gives them',
    input: "Social workers worry about trafficked Children's rights within their care.",
    options: { restorations: { "children's rights": 'children' }, glossary: {} },
    messages: [{ at: '1:39-1:56', actual: "Children's rights", expected: ['children'], fixed: true }],
    output: 'Social workers worry about trafficked children within their care.',
  },
  {
    name: 'learns a label from the cascades of the text and suggests its term mid-sentence',
    input: "Rowers met Women's rights's rightss rights's rights's rights's rights at noon. The ferry took Women's rights from the quay.",
    options: {},
    messages: [{ at: '1:95-1:109', actual: "Women's rights", expected: ['women'], fixed: false }],
    output: "Rowers met women at noon. The ferry took Women's rights from the quay.",
  },
  {
    name: 'fixes a learned label glued inside a word',
    input: "Rowers met Women's rights's rightss rights's rights's rights's rights at noon. Our chairWomen's rights met later.",
    options: {},
    messages: [{ at: '1:89-1:103', actual: "Women's rights", expected: ['women'], fixed: true }],
    output: 'Rowers met women at noon. Our chairwomen met later.',
  },
];

describe('no-label-injection', () => {
  for (const entry of valid) {
    it(`leaves ${entry.name} alone`, () => {
      const options = entry.options ?? { glossary: children };
      expect(injections(entry.input, options)).toEqual([]);
      expect(fix(entry.input, options).output).toBe(entry.input);
    });
  }

  for (const entry of invalid) {
    it(entry.name, () => {
      const options = entry.options ?? { glossary: children };
      expect(injections(entry.input, options).map(summarise)).toEqual(entry.messages);
      const output = fix(entry.input, options).output;
      expect(output).toBe(entry.output);
      // Fixes are idempotent: fixing the output changes nothing more.
      expect(fix(output, options).output).toBe(output);
    });
  }

  it('reports the full message object', () => {
    const input = "Social workers worry about trafficked Children's rights within their care.";
    const [message, ...rest] = injections(input);
    expect(rest).toEqual([]);
    const start = { line: 1, column: 39, offset: 38 };
    const end = { line: 1, column: 56, offset: 55 };
    expect({
      ruleId: message?.ruleId,
      source: message?.source,
      severity: message?.severity,
      reason: message?.reason,
      place: message?.place,
      actual: message?.actual,
      expected: message?.expected,
      fix: message?.fix,
      suggestions: message?.suggestions,
      confidence: message?.confidence,
      explanation: message?.explanation,
      url: message?.url,
    }).toEqual({
      ruleId: 'no-label-injection',
      source: 'copyguard',
      severity: 'warning',
      reason: "Unexpected label `Children's rights` where its term belongs, expected `children`",
      place: { start, end },
      actual: "Children's rights",
      expected: ['children'],
      fix: { range: [38, 55], text: 'children' },
      suggestions: [],
      confidence: 0.85,
      explanation: 'label capitalised mid-sentence; followed by the preposition `within`; label from the glossary',
      url: 'https://github.com/copyguard/copyguard#no-label-injection',
    });
  });

  it('rejects unknown options', () => {
    expect(() => check('Text.', { glossary: {}, rules: { 'no-label-injection': ['warning', { label: 'x' }] } })).toThrow(/Unknown option `label` of `no-label-injection`/u);
    expect(() => check('Text.', { glossary: {}, rules: { 'no-label-injection': ['warning', { labels: [3] }] } })).toThrow(/Expected `labels`/u);
  });

  it('guesses the term of a possessive label only', () => {
    expect(guessTerm("Children's rights")).toBe('children');
    expect(guessTerm('Women’s health')).toBe('women');
    expect(guessTerm('Arts & Culture')).toBeUndefined();
  });

  it('learns only possessive labels with a capitalised head from cascades', () => {
    const analysis = analyze("Rowers met Women's rights's rightss rights's rights's rights's rights at noon.");
    expect(knownLabels({ glossary: undefined, restorations: new Map(), analysis })).toEqual([{ label: "Women's rights", term: 'women', source: 'cascade' }]);
    const transport = analyze('The Transport updates updates updates page moved.');
    expect(knownLabels({ glossary: undefined, restorations: new Map(), analysis: transport })).toEqual([]);
  });

  it('runs the examples of a glossary label when the glossary loads', () => {
    const glossary = loadGlossary({ labels: [{ label: "Children's rights", term: 'children', examples: { match: ["Our schoolChildren's rights sailed."], noMatch: ["The Children's Rights Alliance met."] } }] }, 'glossary.yaml');
    expect(glossary.labels?.[0]?.term).toBe('children');
    expect(() => loadGlossary({ labels: [{ label: "Children's rights", term: 'children', examples: { match: ["A children's rights campaign."] } }] }, 'glossary.yaml')).toThrow(
      /Glossary entry labels\[0\] `Children's rights` of `glossary.yaml`: its `examples.match` text "A children's rights campaign." produces no `no-label-injection` finding/u,
    );
  });
});

const shared = new URL('../../../shared/corpus/real/', import.meta.url);
const pagesDirectory = new URL('pages/', shared);
const cleanDirectory = new URL('clean/', shared);
const hasReal = existsSync(fileURLToPath(pagesDirectory)) && existsSync(fileURLToPath(cleanDirectory));
if (!hasReal) console.warn(`no-label-injection: real-page tests skipped, ${fileURLToPath(shared)} is absent`);

/**
 * Lists the files of a folder with a suffix, sorted.
 * @param directory the folder.
 * @param suffix the end of the names.
 * @returns file names.
 */
function namesIn(directory: URL, suffix: string): string[] {
  return readdirSync(fileURLToPath(directory)).filter((name) => name.endsWith(suffix)).sort();
}

/**
 * What the repaired page has at each label of a damaged page: the text right after a label
 * (and its carried `'s`) is found in the repaired page, in order, and the word before it
 * there is the restoration.
 * @param damaged the damaged text.
 * @param repaired the repaired text.
 * @param label the label.
 * @returns for each occurrence, its offset and the repaired word (undefined when not found).
 */
function expectedAtLabels(damaged: string, repaired: string, label: string): { offset: number; restored: string | undefined }[] {
  const result: { offset: number; restored: string | undefined }[] = [];
  let cursor = 0;
  let index = damaged.indexOf(label);
  while (index >= 0) {
    let end = index + label.length;
    if (/^['’]s\b/u.test(damaged.slice(end))) end += 2;
    const after = damaged.slice(end, end + 20);
    const found = repaired.indexOf(after, cursor);
    const word = found >= 0 ? /[\p{L}’']+$/u.exec(repaired.slice(Math.max(0, found - 40), found)) : null;
    result.push({ offset: index, restored: word?.[0] });
    if (found >= 0) cursor = found;
    index = damaged.indexOf(label, end);
  }
  return result;
}

describe('no-label-injection with many labels', () => {
  // More than four possessive labels are searched in one pass over the apostrophes; the
  // findings must be those of a search per label.
  const labels = [
    { label: "Harbour's walks", term: 'harbour' },
    { label: "Ferry's timetables", term: 'ferry' },
    { label: "Children's rights", term: 'children' },
    { label: "Farmer's markets", term: 'farmer' },
    { label: "Veterans' affairs", term: 'veterans' },
    { label: 'Burma', term: 'Myanmar' },
  ];
  const text =
    "Social workers worry about trafficked Children\u2019s rights within their care. Our schoolChildren's rights sailed. " +
    "The trust said several Veterans' affairs were closed, and the Ferry's timetables's timetables stayed late.";
  const projection = (options: Options): Array<[number, string, string | undefined]> =>
    check(text, options).filter((message) => message.ruleId === 'no-label-injection').map((message) => [message.start.offset, message.actual, message.fix?.text]);

  it('finds what a search per label finds, with either apostrophe and glued inside a word', () => {
    const many = projection({ glossary: { labels } });
    const one = labels.flatMap((label) => projection({ glossary: { labels: [label] } })).sort((a, b) => a[0] - b[0]);
    expect(many).toEqual(one);
    expect(many.map(([, actual]) => actual)).toEqual(['Children\u2019s rights', "Children's rights", "Veterans' affairs", "Ferry's timetables's"]);
  });
});

describe('no-label-injection on the real pages', () => {
  it.skipIf(!hasReal)('restores every injection of `Children\'s rights` exactly and changes no clean page', () => {
    let injectionsSeen = 0;
    let restoredExactly = 0;
    const wrong: string[] = [];
    for (const name of namesIn(pagesDirectory, '.damaged.txt')) {
      const damaged = readFileSync(new URL(name, pagesDirectory), 'utf8');
      const repaired = readFileSync(new URL(name.replace('.damaged', '.repaired'), pagesDirectory), 'utf8');
      const messages = injections(damaged);
      for (const { offset, restored } of expectedAtLabels(damaged, repaired, "Children's rights")) {
        injectionsSeen++;
        const message = messages.find((item) => item.start.offset === offset);
        const fixText = message?.fix?.text;
        // `Children's rights's` → `children's`: compare the word and its carried possessive.
        if (fixText !== undefined && fixText === restored) restoredExactly++;
        else wrong.push(`${name}@${offset}: ${String(fixText)} for ${String(restored)}`);
      }
    }
    let falseChanges = 0;
    for (const name of namesIn(cleanDirectory, '.txt')) {
      const text = readFileSync(new URL(name, cleanDirectory), 'utf8');
      const result = fix(text, { glossary: children });
      falseChanges += result.messages.filter((message) => message.ruleId === 'no-label-injection').length;
      if (result.output !== text) falseChanges++;
    }
    console.info(`no-label-injection: restored ${restoredExactly} of ${injectionsSeen} real injections exactly; ${falseChanges} false changes on the real clean pages${wrong.length > 0 ? `\n  ${wrong.join('\n  ')}` : ''}`);
    expect(injectionsSeen).toBe(19);
    expect(restoredExactly).toBe(injectionsSeen);
    expect(falseChanges).toBe(0);
  });
});

const cleanCorpus = new URL('../../../shared/corpus/clean/', import.meta.url);
const hasCleanCorpus = existsSync(fileURLToPath(cleanCorpus));
if (!hasCleanCorpus) console.warn(`no-label-injection: clean-corpus test skipped, ${fileURLToPath(cleanCorpus)} is absent`);

describe('no-label-injection on clean prose', () => {
  it.skipIf(!hasCleanCorpus)('finds no injection of the site\'s labels in the clean English corpus', { timeout: 120_000 }, () => {
    const labels: Glossary = { labels: [{ label: "Children's rights", term: 'children' }, { label: "Women's rights", term: 'women' }, { label: 'Burma', term: 'Myanmar' }] };
    let documents = 0;
    const found: string[] = [];
    const guessed: string[] = [];
    for (const name of namesIn(cleanCorpus, '.jsonl')) {
      for (const line of readFileSync(new URL(name, cleanCorpus), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        documents++;
        for (const message of injections(text, { glossary: labels })) {
          // Phrases a text repeats are guesses, counted apart: suggestions only.
          if (message.explanation?.includes('used mid-sentence more than once')) guessed.push(`${id}: ${message.actual}`);
          else found.push(`${id}: ${message.actual}`);
        }
      }
    }
    expect(documents).toBeGreaterThan(3000);
    expect(found).toEqual([]);
    // One article capitalises `Veterans’ attitudes` twice mid-sentence: the only guesses.
    expect(guessed.length).toBeLessThanOrEqual(2);
  });
});
