/**
 * Rule table of `no-doubled-words`: `valid` inputs produce no finding and come out of `fix`
 * unchanged; each `invalid` entry gives the input, every expected message (position and text)
 * and the fixed output.
 */
import { describe, expect, it } from 'vitest';

import { check, fix, fullMessage, summarise, withTableRules, type ExpectedMessage, type InvalidCase } from './table-harness.js';

const valid: Array<[string, string]> = [
  ['a name made of one name twice with a connector', 'Boats from Apple, Sony, and Johnson and Johnson crews sailed.'],
  ['a grammatical `had had`', 'By noon the crew had had enough of the rain.'],
  ['a street ending one sentence and opening the next (`Main St. Main St.`)', 'Turn left onto Main St. Main St. is closed on Sundays, and Elm St. Elm St. Elm St. runs north.'],
  ['a grammatical `that that`', 'She said that that ferry was late.'],
  ['a place name (Walla Walla)', 'The rowers flew to Walla Walla on Monday.'],
  ['a personal name (Sirhan Sirhan)', 'The report named Sirhan Sirhan in its second chapter.'],
  ['island names (Bora Bora, Pago Pago)', 'The yacht sailed from Bora Bora to Pago Pago.'],
  ['a band name (Duran Duran)', 'The harbour festival booked Duran Duran for Saturday.'],
  ['a hyphenated name (Boutros Boutros-Ghali)', 'The archive holds letters from Boutros Boutros-Ghali.'],
  ['a reduplication (`bye bye`)', 'Say bye bye to parking fees at the marina.'],
  ['a reduplication of three (`yada yada yada`)', 'The minutes said the budget was fine, yada yada yada.'],
  ['a slogan set apart by dashes (`Homes — Homes — Homes`)', 'Every campaign promised Homes — Homes — Homes; few built any.'],
  ['a reduplication (`blah blah`)', 'The notice was mostly blah blah about tides.'],
  ['a heading line followed by a paragraph starting with the same word', 'Moorings\nMoorings cost more this year.'],
  ['a heading and a paragraph separated by a blank line', 'Moorings\n\nMoorings cost more this year.'],
  ['list items with markers on separate lines', 'Bring:\n- life jackets\n- life jackets for children\n- rope'],
  ['list items of two words on separate lines', 'Kit list\nlife jacket\nlife jacket\nrope'],
  ['a name repeated across a comma (New York, New York)', 'The song New York, New York played at the regatta.'],
  ['emphasis (`really really really`)', 'The water was really really really cold.'],
  ['a phrase that only looks repeated (`Software as a service`)', 'Software as a service keeps the booking system running.'],
  ['a reduplication with a connector (`again and again and again`)', 'The tide rose again and again and again.'],
  ['a compound with a hyphen (`so-so`)', 'The weather was so-so all week.'],
  ['numbers', 'The scores were 10 10 and 12.'],
  ['words across a full stop', 'We sailed to the harbour. Harbour fees were waived.'],
  ['a doubling in a script where it is grammatical', 'वह धीरे धीरे चला।'],
  ['a last copy that begins a file name', 'Download the Harbour Data data.csv file from the portal.'],
  ['a last copy that begins an address', 'The timetable lives at Ferries at ferries.example.org now.'],
  ['a word and a connector three times (`on and on and on`)', 'The speech went on and on and on and nobody minded.'],
  ['a word in capitals and the same word in lower case (`GET get`)', 'Send a GET get request to the ferry API.'],
  ['a first copy that ends a hyphenated compound (`buy-in in`)', 'Once you have buy-in in the harbour team, start.'],
  ['a clause after `if` or `when` said again (`if it works it works`)', 'If it floats it floats, and when we sail we sail.'],
  ['a sound of two words that differ in a vowel, said again (`tick tock tick tock`)', 'The clock went tick tock tick tock and the bell ding dong ding dong.'],
];

const invalid: InvalidCase[] = [
  {
    name: 'only suggests removing a pair of copies that go on with other endings, as a cascade leaves them',
    input: "The report praised Nurses' pay's pay's pays pay's pay work.",
    messages: [
      { ruleId: 'no-doubled-words', at: '1:28-1:39', reason: "Unexpected doubled word `pay's`, remove one", actual: "pay's pay's", expected: ["pay's"], fixed: false },
    ],
    output: "The report praised Nurses' pay's pay's pays pay's pay work.",
  },
  {
    name: 'only suggests removing a phrase after a verb that names (`we call the Lab the Lab`)',
    input: 'We call the Lab the Lab because it rows.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:9-1:24', reason: 'Unexpected repeated phrase `the Lab`, remove one', actual: 'the Lab the Lab', expected: ['the Lab'], fixed: false },
    ],
    output: 'We call the Lab the Lab because it rows.',
  },
  {
    name: 'only suggests removing a capitalised phrase written twice, which may be a name',
    input: 'They met the Working Group Working Group at the quay.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:14-1:41', reason: 'Unexpected repeated phrase `Working Group`, remove one', actual: 'Working Group Working Group', expected: ['Working Group'], fixed: false },
    ],
    output: 'They met the Working Group Working Group at the quay.',
  },
  {
    name: 'still removes a word doubled after a naming verb when it is no name (`called it it`)',
    input: 'We called it it was late.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:11-1:16', reason: 'Unexpected doubled word `it`, remove one', actual: 'it it', expected: ['it'], fixed: true },
    ],
    output: 'We called it was late.',
  },
  {
    name: 'removes a doubled word',
    input: 'We read the the minutes aloud.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:9-1:16', reason: 'Unexpected doubled word `the`, remove one', actual: 'the the', expected: ['the'], fixed: true },
    ],
    output: 'We read the minutes aloud.',
  },
  {
    name: 'keeps the case of the first copy (`The the`)',
    input: 'The the minutes were read.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:1-1:8', reason: 'Unexpected doubled word `The`, remove one', actual: 'The the', expected: ['The'], fixed: true },
    ],
    output: 'The minutes were read.',
  },
  {
    name: 'removes a doubled word across a single line break',
    input: 'The board read the\nthe minutes aloud.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:16-2:4', reason: 'Unexpected doubled word `the`, remove one', actual: 'the\nthe', expected: ['the'], fixed: true },
    ],
    output: 'The board read the minutes aloud.',
  },
  {
    name: 'removes a doubled word across a CRLF line break',
    input: 'The crew met in\r\nin the boathouse.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:14-2:3', reason: 'Unexpected doubled word `in`, remove one', actual: 'in\r\nin', expected: ['in'], fixed: true },
    ],
    output: 'The crew met in the boathouse.',
  },
  {
    name: 'removes a doubled word across a lone CR line break',
    input: 'The crew met in\rin the boathouse.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:14-2:3', reason: 'Unexpected doubled word `in`, remove one', actual: 'in\rin', expected: ['in'], fixed: true },
    ],
    output: 'The crew met in the boathouse.',
  },
  {
    name: 'counts columns in UTF-16 code units after an emoji',
    input: '🚢 The ferry left the the pier.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:19-1:26', reason: 'Unexpected doubled word `the`, remove one', actual: 'the the', expected: ['the'], fixed: true },
    ],
    output: '🚢 The ferry left the pier.',
  },
  {
    name: 'removes a repeated phrase',
    input: 'Staff in the UK in the UK voted.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:7-1:26', reason: 'Unexpected repeated phrase `in the UK`, remove one', actual: 'in the UK in the UK', expected: ['in the UK'], fixed: true },
    ],
    output: 'Staff in the UK voted.',
  },
  {
    name: 'reports a run of one word with no head once (`a a a a a`)',
    input: 'a a a a a',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:1-1:10', reason: 'Unexpected doubled word `a` (5 times), remove the copies', actual: 'a a a a a', expected: ['a'], fixed: true },
    ],
    output: 'a',
  },
  {
    name: 'reports four copies of a function word once',
    input: 'We met the the the the chair.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:8-1:23', reason: 'Unexpected doubled word `the` (4 times), remove the copies', actual: 'the the the the', expected: ['the'], fixed: true },
    ],
    output: 'We met the chair.',
  },
  {
    name: 'reports two doublings in one text',
    input: 'We read the the minutes and the the notes.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:9-1:16', reason: 'Unexpected doubled word `the`, remove one', actual: 'the the', expected: ['the'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:29-1:36', reason: 'Unexpected doubled word `the`, remove one', actual: 'the the', expected: ['the'], fixed: true },
    ],
    output: 'We read the minutes and the notes.',
  },
  {
    name: 'removes a doubled word on a later line',
    input: 'Harbour news\n\nThe ferry to to the island is late.',
    messages: [
      { ruleId: 'no-doubled-words', at: '3:11-3:16', reason: 'Unexpected doubled word `to`, remove one', actual: 'to to', expected: ['to'], fixed: true },
    ],
    output: 'Harbour news\n\nThe ferry to the island is late.',
  },
  {
    name: 'removes a doubled Cyrillic word',
    input: 'Мы были в в городе.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:9-1:12', reason: 'Unexpected doubled word `в`, remove one', actual: 'в в', expected: ['в'], fixed: true },
    ],
    output: 'Мы были в городе.',
  },
  {
    name: 'only suggests removing a doubling in a transcript (`Slide 2:`, `[laughs]`)',
    input: 'Slide 1: Welcome to the harbour call.\nSlide 2: We we opened the new quay [laughs] last week.\n',
    messages: [
      { ruleId: 'no-doubled-words', at: '2:10-2:15', reason: 'Unexpected doubled word `We`, remove one', actual: 'We we', expected: ['We'], fixed: false },
    ],
    output: 'Slide 1: Welcome to the harbour call.\nSlide 2: We we opened the new quay [laughs] last week.\n',
  },
  {
    name: 'only suggests removing a preposition that a clause strands before the same preposition (`the room I was in in`)',
    input: 'We saw the room I was in in the morning.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:23-1:28', reason: 'Unexpected doubled word `in`, remove one', actual: 'in in', expected: ['in'], fixed: false },
    ],
    output: 'We saw the room I was in in the morning.',
  },
  {
    name: 'only suggests removing a preposition stranded after a contraction and a relative pronoun',
    input: "The stage that you're in in the cycle matters.",
    messages: [
      { ruleId: 'no-doubled-words', at: '1:23-1:28', reason: 'Unexpected doubled word `in`, remove one', actual: 'in in', expected: ['in'], fixed: false },
    ],
    output: "The stage that you're in in the cycle matters.",
  },
  {
    name: 'removes a doubled preposition after a clause with no noun before it',
    input: 'We went in in the morning.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:9-1:14', reason: 'Unexpected doubled word `in`, remove one', actual: 'in in', expected: ['in'], fixed: true },
    ],
    output: 'We went in the morning.',
  },
  {
    name: 'removes a doubled preposition after a pronoun and a verb with no noun phrase before them',
    input: 'When it comes to to booking, call the harbour office.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:15-1:20', reason: 'Unexpected doubled word `to`, remove one', actual: 'to to', expected: ['to'], fixed: true },
    ],
    output: 'When it comes to booking, call the harbour office.',
  },
];

describe('no-doubled-words', () => {
  describe('valid', () => {
    it.each(valid)('finds nothing in %s', (_name, input) => {
      expect(check(input).map(summarise)).toEqual([]);
      expect(fix(input).output).toBe(input);
    });
  });

  describe('invalid', () => {
    for (const { name, input, options, messages, output, bug } of invalid) {
      // An entry with `bug` shows an engine bug: it runs as `it.fails` until the engine is fixed.
      (bug === undefined ? it : it.fails)(bug === undefined ? name : `${name} (engine bug: ${bug})`, () => {
        expect(check(input, options).map(summarise)).toEqual(messages);
        const result = fix(input, options);
        expect(result.output).toBe(output);
        // `fix` reports the same findings on the text as read, and applies exactly the fixed ones.
        expect(result.messages.map(summarise)).toEqual(messages);
        expect(result.messages.map((message) => message.applied)).toEqual(messages.map((message) => message.fixed));
        // Fixing the output again changes nothing.
        expect(fix(output, options).output).toBe(output);
      });
    }
  });

  it('reports the full message object', () => {
    const input = 'We read the the minutes aloud.';
    const [message, ...rest] = check(input);
    expect(rest).toEqual([]);
    const start = { line: 1, column: 9, offset: 8 };
    const end = { line: 1, column: 16, offset: 15 };
    expect(fullMessage(message)).toEqual({
      ruleId: 'no-doubled-words',
      source: 'copyguard',
      severity: 'warning',
      fatal: false,
      reason: 'Unexpected doubled word `the`, remove one',
      message: 'Unexpected doubled word `the`, remove one',
      line: 1,
      column: 9,
      place: { start, end },
      start,
      end,
      actual: 'the the',
      expected: ['the'],
      // CONTRACT.md: the fix text is `expected[0]`, so the fix spans the whole finding.
      fix: { range: [8, 15], text: 'the' },
      suggestions: [],
      confidence: expect.any(Number),
      explanation: '2 copies of the word `the` in a row',
      url: 'https://github.com/copyguard/copyguard#no-doubled-words',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/u),
    });
    expect(message?.confidence).toBeGreaterThan(0.5);
    expect(message?.confidence).toBeLessThanOrEqual(1);
  });

  it('gives equal findings in one text different fingerprints', () => {
    const [first, second] = check('We read the the minutes and the the notes.');
    expect(first?.fingerprint).not.toBe(second?.fingerprint);
  });

  it('is less confident across a line break', () => {
    const [sameLine] = check('We read the the minutes aloud.');
    const [acrossLine] = check('We read the\nthe minutes aloud.');
    expect(acrossLine?.confidence).toBeLessThan(sameLine?.confidence ?? 0);
  });

  it('keeps the stutters of an interview whose speakers take turns, and fixes the slips of a page without them', () => {
    const page = 'The the ferry left at noon. It was was late. The crew crew waved from the quay.';
    expect(fix(page).output).toBe('The ferry left at noon. It was late. The crew waved from the quay.');
    const interview = `((WN)) When did the the ferry leave?\n((Ana Ruiz)) It it left at noon.\n((WN)) Was it late?\n((Ana Ruiz)) Yes, it was was late.\n`;
    expect(check(interview)).toEqual([]);
    const colons = 'Q: When did the the ferry leave?\nA: It it left at noon.\nQ: Was it late?\nA: Yes, it was was late.\n';
    expect(check(colons)).toEqual([]);
    // One name opening several lines is a list of notes, not an interview.
    expect(check(`Note: the the ferry left.\nNote: it it was late.\nNote: the crew crew waved.\n`)).toHaveLength(3);
    expect(check(interview, { rules: { 'no-doubled-words': ['warning', { transcriptThreshold: 0 }] } })).toHaveLength(3);
  });

  it('reports nothing when the rule is off', () => {
    expect(check('We read the the minutes aloud.', { rules: { 'no-doubled-words': 'off' } })).toEqual([]);
  });
});
