import { describe, expect, it } from 'vitest';
import { applyCase, decideCase, decideCaseAmong, decideNumber, inLowerCaseAddress, isCapitalised } from '../../src/core/context.js';
import { tokenize } from '../../src/core/scanner.js';

/** Where the restored word stands in the sentences below. */
const marker = 'XXX';

/**
 * Decides the case of the word at the marker (the marker and an optional suffix glued to it form
 * the span, as a cascade with a carried suffix would).
 * @param sentence a sentence holding `XXX`.
 * @param head the head as written (all capitals for the shouted-line case).
 * @param carried the carried suffix after the marker (`’s`), part of the span.
 * @param word the restored word, when the decision reads it.
 * @returns the case form.
 */
function caseAt(sentence: string, head = "Women's", carried = '', word?: string): string {
  const start = sentence.indexOf(marker);
  if (start < 0) throw new Error(`no marker in ${sentence}`);
  return decideCase(sentence, start, start + marker.length + carried.length, head, word).form;
}

describe('decideCase', () => {
  it.each([
    ['the start of the text', 'XXX lead the harbour walk.'],
    ['a sentence start', 'The ferry left. XXX lead the harbour walk.'],
    ['a sentence start after a question', 'Who leads? XXX lead the harbour walk.'],
    ['a line start', 'Harbour news\nXXX lead the harbour walk.'],
    ['a line start after CRLF', 'Harbour news\r\nXXX lead the harbour walk.'],
    ['a line start after a lone CR', 'Harbour news\rXXX lead the harbour walk.'],
    ['a list item', 'Speakers:\n- XXX from the harbour'],
    ['a heading', '## XXX on the water'],
    ['a heading of a determiner and the span', 'Crews rowed out.\n\nThe XXX\n\nThe tide turned.'],
    ['a quotation start after a comma', 'The skipper said, “XXX lead the harbour walk.”'],
    ['a quotation start after a dash', 'The skipper added — ‘XXX lead the walk’.'],
    ['a colon that opens a title', 'Harbour report: XXX in the boatyards'],
    ['a colon after a capitals title', 'SCOTLAND: XXX in the boatyards'],
    ['a Title Case line', 'New Report On XXX And Their Boats'],
    ['a Title Case line of acronyms and one word', 'GAO Harbour XXX GAO-15-84'],
    ['a Title Case line with one word in brackets', 'Connecting the (XXX) Dots'],
    ['Title Case words in brackets', 'Crews met at noon (Harbour XXX Office) by the pier.'],
    ['a name that goes on after the span', 'We joined the End Violence Against XXX campaign today.'],
    ['a possessive name with a capital after it', 'We marked International XXX’s Day with a walk.'],
    ['a two-word capitalised name before it', 'The Harbour Rowing XXX team won.'],
    ['an `of` name', 'She wrote to the Department of XXX about the ferry.'],
    ['a site name before a top-level domain', 'Timetables are posted on XXX.gov every morning.'],
    ['a name that goes on after `and`', 'Grants went to the XXX and Coastal Services office.'],
    ['a name that goes on after `&`', 'Grants went to the XXX & Coastal Services office.'],
    ['a name after a capitalised word and `&`', 'Grants went to the Centre for Harbour & XXX today.'],
    ['a name joined by a hyphen to a capitalised word', 'She spoke at the XXX-Harbour Bank in June.'],
    ['the expansion of an acronym whose other words are capitalised', 'Each boat needs a XXX to Sail (XTS) first.'],
    ['an expansion whose letters skip function words', 'Crews learn English as a Second XXX (ESX) here.'],
    ['an expansion that passes over a function word with the acronym’s letter', 'She wrote to the XXX of Science and Technology Policy (XOSTP) too.'],
    ['an expansion that skips such a word', 'She wrote to the XXX of Science and Technology Policy (XSTP) too.'],
  ])('capitalises at %s', (_name, sentence) => {
    const carried = sentence.includes('XXX’s') ? '’s' : '';
    expect(caseAt(sentence, "Women's", carried)).toBe('capital');
  });

  it.each([
    ['mid-sentence', 'The ferry took XXX across the harbour.'],
    ['after a colon that ends a sentence', 'the boats we saw were: XXX and their crews'],
    ['after an abbreviation', 'Some crews, e.g. XXX from the pier, rowed.'],
    ['inside quotes mid-sentence', 'He wrote the ‘XXX’ label on the crate.'],
    ['after the capitalised first word of a sentence', 'Trafficked XXX and girls were freed.'],
    ['after a capitalised first word and a later sentence', 'The ferry left. Trafficked XXX and girls were freed.'],
    ['inside a web address', 'The feed at api.XXX.gov is new.'],
    ['inside an address after a scheme', 'Open https://XXX.gov today.'],
    ['before a full stop that is no domain', 'We rowed past XXX.govern the boats.'],
    ['before `and` and an abbreviation', 'We compared XXX and APIs today.'],
    ['before `and` and a proper noun', 'We compared XXX and Google maps today.'],
    ['in the expansion of an acronym whose other words are lower case', 'We built a harbour XXX interface (HXI) for them.'],
    ['before an acronym that does not spell the span', 'Each boat needs a XXX to Sail (ABC) first.'],
    ['before an acronym across a clause', 'Each boat needs a XXX, to Sail (XTS) first.'],
    ['after a word English always capitalises', 'The crew spoke the Spanish XXX on the ferry, and spanish rice was served.'],
    ['before a hyphen and a lower-case word', 'She joined the XXX-led walk.'],
    ['after `&` and the first word of a sentence', 'The ferry left. Parents & XXX waved.'],
    ['on a line of a determiner and the span that ends a sentence', 'Crews rowed out.\n\nThe XXX.\n\nThe tide turned.'],
    ['in brackets of words capitalised anywhere, on a Title Case line', 'Harbour Ferry Timetable (PDF, 218 KB, 3 XXX, November 2012)'],
    ['in brackets after a CamelCase name, on a Title Case line', 'Harbour Ferry Review (PowerPoint, 99 KB, 12 XXX)'],
  ])('uses lower case %s', (_name, sentence) => {
    expect(caseAt(sentence)).toBe('lower');
  });

  it('writes the word in capitals on an all-capitals line', () => {
    expect(caseAt('NEWS FROM XXX AND GIRLS', "WOMEN'S")).toBe('upper');
  });

  it('does not shout when only the head is in capitals', () => {
    expect(caseAt('The ferry took XXX across.', "WOMEN'S")).toBe('lower');
  });

  it('reads a describing word after an adverb in lower case as no name’s first word, but not a title before a name', () => {
    const at = (sentence: string, word: string): string => caseAt(sentence, 'Xxx', '', word);
    expect(at('We read the recently XXX Harbour Plan.', 'released')).toBe('lower');
    expect(at('We read the newly XXX Harbour Plan.', 'revised')).toBe('lower');
    expect(at('We read the XXX Harbour Plan.', 'revised')).toBe('capital');
    expect(at('The harbour is currently XXX Elizabeth’s.', 'queen')).toBe('capital');
    expect(at('The harbour was blessed by recently XXX Dana Holt.', 'cardinal')).toBe('capital');
  });

  it('gives a reason for the decision', () => {
    expect(decideCase('The ferry left. XXX lead.', 16, 19, "Women's").reason).toBe('sentence start');
    expect(decideCase('The ferry took XXX across.', 15, 18, "Women's").reason).toBe('mid-sentence');
  });
});

describe('inLowerCaseAddress', () => {
  const inAddress = (sentence: string): boolean => {
    const start = sentence.indexOf(marker);
    return inLowerCaseAddress(sentence, start, start + marker.length);
  };

  it.each([
    ['a subdomain of a host written in lower case', 'The XXX.harbour.org feed is new.', true],
    ['a subdomain before a path', 'Open XXX.harbour.org/tides today.', true],
    ['a part of a path after a scheme', 'Open https://harbour.org/XXX/v2 today.', true],
    ['a part of a path after a host', 'Open harbour.org/XXX today.', true],
    ['a host part after `www.`', 'Open www.XXX.org today.', true],
    ['a name before a top-level domain only', 'Open XXX.gov today.', false],
    ['an address with capitals', 'Open https://Harbour.org/XXX/v2 today.', false],
    ['prose', 'The XXX feed is new.', false],
    ['a slash between words', 'The tides/XXX feed is new.', false],
  ])('reads %s', (_name, sentence, expected) => {
    expect(inAddress(sentence)).toBe(expected);
  });
});

describe('decideCaseAmong', () => {
  const text = 'She wrote to the Office of Ropes knots knots knots and XXX about the pier.';
  const start = text.indexOf(marker);
  const neighbour = { start: text.indexOf('Ropes'), end: text.indexOf(' and'), text: 'Ropes' };

  it('reads the name once a neighbouring span is restored', () => {
    expect(decideCase(text, start, start + 3, "Women's").form).toBe('lower');
    expect(decideCaseAmong(text, start, start + 3, "Women's", [neighbour])).toEqual({ form: 'capital', reason: 'inside a name' });
  });

  it('ignores the span itself, spans on other lines and spans across the line end', () => {
    const self = { start, end: start + 3, text: 'women' };
    expect(decideCaseAmong(text, start, start + 3, "Women's", [self]).form).toBe('lower');
    const lines = `Office of Ropes
${text}`;
    const shifted = lines.indexOf(marker);
    expect(decideCaseAmong(lines, shifted, shifted + 3, "Women's", [{ start: 10, end: 15, text: 'Rope' }]).form).toBe('lower');
    expect(decideCaseAmong(lines, shifted, shifted + 3, "Women's", [{ start: 10, end: 20, text: 'Rope' }]).form).toBe('lower');
  });

  it('restores spans after the span too', () => {
    const after = 'We thanked XXX Ropes knots knots knots for the loan.';
    const at = after.indexOf(marker);
    const restoration = { start: after.indexOf('Ropes'), end: after.indexOf(' for'), text: 'ropes' };
    expect(decideCase(after, at, at + 3, "Women's").form).toBe('capital');
    expect(decideCaseAmong(after, at, at + 3, "Women's", [restoration]).form).toBe('lower');
  });
});

describe('decideNumber', () => {
  it.each([
    ['plural', 'Visitors watched various XXX during the summer.'],
    ['plural', 'Visitors watched two XXX from the pier.'],
    ['plural', 'Visitors watched 40 XXX from the pier.'],
    ['plural', 'The XXX are held in June.'],
    ['plural', 'Crews attended XXX.'],
    ['plural', 'Crews attended summer XXX, fairs and markets.'],
    ['singular', 'Crews watched a XXX from the pier.'],
    ['singular', 'Crews watched an evening XXX from the pier.'],
    ['singular', 'Crews watched a half-day XXX from the pier.'],
    ['singular', 'Crews watched 1 XXX from the pier.'],
    ['singular', 'The XXX is held in June.'],
    ['unknown', 'Crews planned the XXX schedule.'],
    ['unknown', 'Crews watched the XXX from the pier.'],
    ['unknown', 'Crews watched our XXX from the pier.'],
    ['unknown', 'Crews watched the 2016 XXX from the pier.'],
    ['unknown', "Crews watched the harbour's XXX from the pier."],
    ['unknown', 'Crews watched sunny warm calm summer XXX from the pier.'],
  ])('reads %s in %j', (number, sentence) => {
    const start = sentence.indexOf(marker);
    expect(decideNumber(sentence, start, start + marker.length)).toBe(number);
  });
});

describe('applyCase', () => {
  it('writes the word in the decided case', () => {
    expect(applyCase('Women', { form: 'lower', reason: '' })).toBe('women');
    expect(applyCase('wOMEN', { form: 'capital', reason: '' })).toBe('Women');
    expect(applyCase('women', { form: 'upper', reason: '' })).toBe('WOMEN');
    expect(applyCase('', { form: 'capital', reason: '' })).toBe('');
  });
});

describe('isCapitalised', () => {
  it('is true for a word starting with a capital of any cased script', () => {
    const [latin, cyrillic, greek, lower, number] = tokenize('Harbour Гавань Λιμάνι boats 42');
    expect([latin, cyrillic, greek, lower, number].map(isCapitalised)).toEqual([true, true, true, false, false]);
  });
});
