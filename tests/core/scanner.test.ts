import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { bracketCascadeAt, classAt, CharClass, countRepeats, esCopiesAt, findCandidates, markedPrefixAt, normaliseApostropheLookalikes, Separator, tokenize, type Candidate, type Token } from '../../src/core/scanner.js';

/**
 * Reduces tokens to what the position tests compare.
 * @param tokens tokens from `tokenize`.
 * @returns `[start, end, text]` of each token.
 */
function spans(tokens: Token[]): Array<[number, number, string]> {
  return tokens.map((token) => [token.start, token.end, token.text]);
}

/**
 * Candidates of repeated tokens or groups (period 1 to 4), leaving out single-token candidates,
 * reduced to their period and span.
 * @param text the text.
 * @returns the candidates with a period of at least 1.
 */
function runsOf(text: string): Array<Pick<Candidate, 'period' | 'start' | 'end'>> {
  return findCandidates(text)
    .filter((candidate) => candidate.period >= 1)
    .map(({ period, start, end }) => ({ period, start, end }));
}

describe('tokenize', () => {
  it('keeps straight and curly apostrophes inside a word and gives UTF-16 offsets', () => {
    const text = 'Harbour\'s boats’s ferry';
    expect(spans(tokenize(text))).toEqual([
      [0, 9, "Harbour's"],
      [10, 17, 'boats’s'],
      [18, 23, 'ferry'],
    ]);
  });

  it('keeps a full stop between digits inside a number, and no other full stop', () => {
    expect(spans(tokenize('Web 2.0 2.0site in 2.0. Then 3.'))).toEqual([
      [0, 3, 'Web'],
      [4, 7, '2.0'],
      [8, 15, '2.0site'],
      [16, 18, 'in'],
      [19, 22, '2.0'],
      [24, 28, 'Then'],
      [29, 30, '3'],
    ]);
  });

  it('keeps a slash between digits inside a number, and no other slash', () => {
    expect(spans(tokenize('Open 24/7 on 12/05/2024, 1/ 2 and /3 and a/b.'))).toEqual([
      [0, 4, 'Open'],
      [5, 9, '24/7'],
      [10, 12, 'on'],
      [13, 23, '12/05/2024'],
      [25, 26, '1'],
      [26, 27, '/'],
      [28, 29, '2'],
      [30, 33, 'and'],
      [34, 35, '/'],
      [35, 36, '3'],
      [37, 40, 'and'],
      [41, 42, 'a'],
      [43, 44, 'b'],
    ]);
  });

  it('makes a glued slash before a lower-case letter a token only where the words between slashes repeat', () => {
    expect(spans(tokenize('Try and/or km/h, then News/events/events page.'))).toEqual([
      [0, 3, 'Try'],
      [4, 7, 'and'],
      [8, 10, 'or'],
      [11, 13, 'km'],
      [14, 15, 'h'],
      [17, 21, 'then'],
      [22, 26, 'News'],
      [26, 27, '/'],
      [27, 33, 'events'],
      [33, 34, '/'],
      [34, 40, 'events'],
      [41, 45, 'page'],
    ]);
  });

  it('makes a token of a per cent sign after a number and of a currency sign beside one, and of no other', () => {
    expect(spans(tokenize('Save 50% on £20, 20€ or 5 € and US$3 5 %s a%b $x'))).toEqual([
      [0, 4, 'Save'],
      [5, 7, '50'],
      [7, 8, '%'],
      [9, 11, 'on'],
      [12, 13, '£'],
      [13, 15, '20'],
      [17, 19, '20'],
      [19, 20, '€'],
      [21, 23, 'or'],
      [24, 25, '5'],
      [26, 27, '€'],
      [28, 31, 'and'],
      [32, 34, 'US'],
      [34, 35, '$'],
      [35, 36, '3'],
      [37, 38, '5'],
      [40, 41, 's'],
      [42, 43, 'a'],
      [44, 45, 'b'],
      [47, 48, 'x'],
    ]);
    expect(tokenize('50% £5').map((token) => token.kind)).toEqual(['number', 'symbol', 'symbol', 'number']);
  });

  it('gives a per cent or currency sign after a number the lower-case letters glued to it, its core the sign alone', () => {
    expect(tokenize('save 10%s now 5$s 100%Organic').map((token) => [token.text, token.core])).toEqual([
      ['save', 'save'],
      ['10', '10'],
      ['%s', '%'],
      ['now', 'now'],
      ['5', '5'],
      ['$s', '$'],
      ['100', '100'],
      ['%', '%'],
      ['Organic', 'organic'],
    ]);
    // The scan reads the same tokens: three copies of a group of three, and a long run counted whole.
    expect(runsOf('our Members save 10$s save 10$s save 10$ today')).toEqual([{ period: 3, start: 12, end: 40 }]);
    const long = `Our Members ${'save 10%s '.repeat(250)}save 10% today.`;
    expect(countRepeats(long, 12, ['save', '10', '%'], 'core').repetitions).toBe(251);
  });

  it('keeps a comma that groups thousands inside a number, and no other comma', () => {
    expect(spans(tokenize('£3,000 and 1,2 or 1,0000, 12,345,678'))).toEqual([
      [0, 1, '£'],
      [1, 6, '3,000'],
      [7, 10, 'and'],
      [11, 12, '1'],
      [13, 14, '2'],
      [15, 17, 'or'],
      [18, 19, '1'],
      [20, 24, '0000'],
      [26, 36, '12,345,678'],
    ]);
  });

  it('keeps an ampersand between capitals inside an initialism, and no other ampersand', () => {
    expect(spans(tokenize('See A&E, Q&A and AT&T; R & D, a&b, A& B and &E.'))).toEqual([
      [0, 3, 'See'],
      [4, 7, 'A&E'],
      [9, 12, 'Q&A'],
      [13, 16, 'and'],
      [17, 21, 'AT&T'],
      [23, 24, 'R'],
      [25, 26, '&'],
      [27, 28, 'D'],
      [30, 31, 'a'],
      [31, 32, '&'],
      [32, 33, 'b'],
      [35, 36, 'A'],
      [36, 37, '&'],
      [38, 39, 'B'],
      [40, 43, 'and'],
      [44, 45, '&'],
      [45, 46, 'E'],
    ]);
  });

  it('keeps the apostrophe of a year in two digits, of any kind, at the start of its token', () => {
    expect(spans(tokenize("Class of ’69, '24 and ʼ26ers, it's 1'23 o'clock ('99) x'12 '123"))).toEqual([
      [0, 5, 'Class'],
      [6, 8, 'of'],
      [9, 12, '’69'],
      [14, 17, "'24"],
      [18, 21, 'and'],
      [22, 28, 'ʼ26ers'],
      [30, 34, "it's"],
      [35, 36, '1'],
      [37, 39, '23'],
      [40, 47, "o'clock"],
      [49, 52, "'99"],
      [54, 55, 'x'],
      [56, 58, '12'],
      [60, 63, '123'],
    ]);
  });

  it('reads a possessive, a doubled `s` and a trailing apostrophe down to one core', () => {
    const tokens = tokenize("rights's rightss rights’ rights");
    expect(tokens.map((token) => token.core)).toEqual(['right', 'right', 'right', 'right']);
    expect(tokens.map((token) => token.lower)).toEqual(["rights's", 'rightss', 'rights’', 'rights']);
  });

  it('keeps an internal apostrophe of a contraction in the token', () => {
    expect(spans(tokenize("don't stop"))).toEqual([
      [0, 5, "don't"],
      [6, 10, 'stop'],
    ]);
  });

  it('reads an en dash between letters or digits as a hyphen, and no other dash', () => {
    const tokens = tokenize('A–Z, 2024–25, York—York, a – b');
    expect(tokens.map((token) => token.text)).toEqual(['A', 'Z', '2024', '25', 'York', 'York', 'a', '–', 'b']);
    expect(tokens.map((token) => token.separator)).toEqual([Separator.Start, Separator.Hyphen, Separator.Comma, Separator.Hyphen, Separator.Comma, Separator.Break, Separator.Comma, Separator.Space, Separator.Space]);
  });

  it('splits hyphenated words and marks the hyphen separator', () => {
    const tokens = tokenize('co-op well‐known');
    expect(spans(tokens)).toEqual([
      [0, 2, 'co'],
      [3, 5, 'op'],
      [6, 10, 'well'],
      [11, 16, 'known'],
    ]);
    expect(tokens.map((token) => token.separator)).toEqual([Separator.Start, Separator.Hyphen, Separator.Space, Separator.Hyphen]);
  });

  it('treats `\\r\\n`, a lone `\\r` and `\\n` each as one line break', () => {
    const tokens = tokenize('one\r\ntwo\rthree\nfour');
    expect(spans(tokens)).toEqual([
      [0, 3, 'one'],
      [5, 8, 'two'],
      [9, 14, 'three'],
      [15, 19, 'four'],
    ]);
    expect(tokens.map((token) => token.separator)).toEqual([Separator.Start, Separator.Newline, Separator.Newline, Separator.Newline]);
  });

  it('reads a comma and one space as a comma, other punctuation as a break', () => {
    expect(tokenize('bins, bins ,bins,  bins; bins').map((token) => token.separator)).toEqual([Separator.Start, Separator.Comma, Separator.Break, Separator.Break, Separator.Break]);
  });

  it('reads the full stop of an abbreviated title before a capital as a space, and no other full stop', () => {
    const separators = (text: string): Separator[] => tokenize(text).map((token) => token.separator);
    expect(separators('St. Mary’s and Dr. Lee')).toEqual([Separator.Start, Separator.Space, Separator.Space, Separator.Space, Separator.Space]);
    // So too after a title glued after lower-case letters, as a replace glues one inside a word.
    expect(separators('ChristSt. John’s')).toEqual([Separator.Start, Separator.Space]);
    expect(separators('world-Mr. Brown’s')).toEqual([Separator.Start, Separator.Hyphen, Separator.Space]);
    // Not at a sentence's end after a word that is no title, nor before a word in lower case,
    // nor after a title glued to a digit or a capital.
    expect(separators('Main Street. The')).toEqual([Separator.Start, Separator.Space, Separator.Break]);
    expect(separators('St. mary')).toEqual([Separator.Start, Separator.Break]);
    expect(separators('5St. Mary')).toEqual([Separator.Start, Separator.Break]);
    expect(separators('ASt. Mary')).toEqual([Separator.Start, Separator.Break]);
    expect(runsOf('the St. Mary’s St. Mary’s hospital')).toEqual([{ period: 2, start: 4, end: 25 }]);
  });

  it('reads two line breaks of any style as a paragraph break', () => {
    for (const text of ['the\n\nthe', 'the\r\n\r\nthe', 'the\r\rthe', 'the\n \nthe']) {
      expect(tokenize(text)[1]?.separator, JSON.stringify(text)).toBe(Separator.Paragraph);
    }
  });

  it('does not make a token of a leading byte order mark', () => {
    const tokens = tokenize('\uFEFFBudget talks');
    expect(spans(tokens)).toEqual([
      [1, 7, 'Budget'],
      [8, 13, 'talks'],
    ]);
    expect(tokens[0]?.separator).toBe(Separator.Start);
  });

  it.each([
    ['Cyrillic', 'Бюджет города', [[0, 6, 'Бюджет'], [7, 13, 'города']]],
    ['Greek', 'Δήμος Αθηναίων', [[0, 5, 'Δήμος'], [6, 14, 'Αθηναίων']]],
    ['Devanagari (with combining vowel signs)', 'नगर निगम', [[0, 3, 'नगर'], [4, 8, 'निगम']]],
    ['CJK', '市议会 会议', [[0, 3, '市议会'], [4, 6, '会议']]],
    ['Latin with combining accents', 'e\u0301te\u0301 ok', [[0, 5, 'e\u0301te\u0301'], [6, 8, 'ok']]],
  ])('reads %s letters as words', (_name, text, expected) => {
    const tokens = tokenize(text);
    expect(spans(tokens)).toEqual(expected);
    expect(tokens.every((token) => token.kind === 'word')).toBe(true);
  });

  it('counts a surrogate pair as two code units and never makes a token of an emoji', () => {
    const text = 'port 🚢 open 𝐀𝐁 x';
    expect(spans(tokenize(text))).toEqual([
      [0, 4, 'port'],
      [8, 12, 'open'],
      [13, 17, '𝐀𝐁'],
      [18, 19, 'x'],
    ]);
    // Both halves of a pair get the class of the code point.
    expect(classAt(text, 5)).toBe(CharClass.Other);
    expect(classAt(text, 6)).toBe(CharClass.Other);
    expect(classAt(text, 13)).toBe(CharClass.Letter);
    expect(classAt(text, 14)).toBe(CharClass.Letter);
    expect(tokenize(text)[1]?.separator).toBe(Separator.Break);
  });

  it('reads a lone surrogate as punctuation', () => {
    expect(classAt('a\uD800b', 1)).toBe(CharClass.Other);
    expect(classAt('a\uDC00b', 1)).toBe(CharClass.Other);
    expect(spans(tokenize('a\uD800b'))).toEqual([
      [0, 1, 'a'],
      [2, 3, 'b'],
    ]);
  });

  it('reads NUL as a break between words', () => {
    const tokens = tokenize('left\u0000right');
    expect(spans(tokens)).toEqual([
      [0, 4, 'left'],
      [5, 10, 'right'],
    ]);
    expect(tokens[1]?.separator).toBe(Separator.Break);
  });

  it('makes tokens of `&` and `+` and classifies digits as numbers', () => {
    const tokens = tokenize('Food & Drink + 42');
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['Food', 'word'],
      ['&', 'symbol'],
      ['Drink', 'word'],
      ['+', 'symbol'],
      ['42', 'number'],
    ]);
  });

  it('tokenises only the window it is given', () => {
    const text = 'alpha beta gamma delta';
    expect(spans(tokenize(text, 6, 16))).toEqual([
      [6, 10, 'beta'],
      [11, 16, 'gamma'],
    ]);
  });
});

describe('findCandidates', () => {
  it('finds a doubled word', () => {
    expect(runsOf('the the report')).toEqual([{ period: 1, start: 0, end: 7 }]);
  });

  it('reads nothing past the end of a text scanned after a longer one', () => {
    // The scan reads code units from an array it keeps between calls: what a longer text left
    // after this one's end must not lengthen its last word (`time timetable`).
    findCandidates('time timetable, time timetables');
    expect(findCandidates('time time')).toEqual([{ period: 1, start: 0, end: 9, count: 2, lastStart: 5 }]);
    findCandidates(`${'quiet '.repeat(300_000)}walk walkways`);
    expect(findCandidates('walk walk')).toEqual([{ period: 1, start: 0, end: 9, count: 2, lastStart: 5 }]);
    // A text over the kept array's size gets an array of its own.
    const long = `${'one two three four five six seven '.repeat(40_000)}walk walk`;
    expect(findCandidates(long).map((candidate) => candidate.end)).toEqual([long.length]);
  });

  it('finds tokens that differ only by affix noise (`boats\'s boatss`)', () => {
    expect(runsOf("boats's boatss")).toEqual([{ period: 1, start: 0, end: 14 }]);
    expect(runsOf('rights’s rightss rights')).toEqual([{ period: 1, start: 0, end: 23 }]);
  });

  it('finds no run across a comma but of copies of a group that each stand after one', () => {
    expect(runsOf('very, very, very good')).toEqual([]);
    expect(runsOf('New York, New York')).toEqual([]);
    expect(runsOf('Waste, bins & recycling, bins & recycling')).toEqual([{ period: 3, start: 7, end: 41 }]);
    // A comma before the first copy is no part of the run.
    expect(runsOf('great, Team Team Team')).toEqual([{ period: 1, start: 7, end: 21 }]);
  });

  it('finds a word of two letters glued to the rest of a word after its copies, or after one copy of a particle', () => {
    const text = 'The Top up up ups came, the Pass by byage too.';
    expect(findCandidates(text).map((candidate) => text.slice(candidate.start, candidate.end))).toEqual(['up up ups', 'by byage']);
    // Not another word after one copy, nor a copy written otherwise than the word before it.
    for (const other of ['Since we were late.', 'So we were told.', 'She taught Mason in Institute courses.']) expect(findCandidates(other)).toEqual([]);
  });

  it('finds a label with brackets glued to its term and re-applied', () => {
    const text = 'an increasingly Funding (grants)ing (grants)ing (grants)amental role';
    expect(findCandidates(text)).toEqual([{ period: 0, start: 16, end: 63 }]);
    expect(bracketCascadeAt(text, text.indexOf(')'))).toEqual({ start: 16, unitStart: 20, unitLength: 12, copies: 3, copiesEnd: 56, end: 63 });
    // Code and brackets with no word glued before them are not read.
    for (const other of ['f(x)f(x)f(x)', 'Health (x)(x)', 'x)a'.repeat(50)]) expect(findCandidates(other)).toEqual([]);
  });

  it('finds a repeated group of two to six tokens', () => {
    expect(runsOf('x y x y')).toEqual([{ period: 2, start: 0, end: 7 }]);
    expect(runsOf('in the UK in the UK')).toEqual([{ period: 3, start: 0, end: 19 }]);
    expect(runsOf('a b c d a b c d')).toEqual([{ period: 4, start: 0, end: 15 }]);
    // A colon is a token: four words and a colon are five.
    expect(runsOf('set guide: how it works guide: how it works')).toEqual([{ period: 5, start: 4, end: 43 }]);
    expect(runsOf('a b c d e f a b c d e f')).toEqual([{ period: 6, start: 0, end: 23 }]);
    // A copy of another length one group back is none.
    expect(runsOf('up to ten of them up to tens of them')).toEqual([{ period: 5, start: 0, end: 36 }]);
    expect(runsOf('up to ten of them up to twelve of them')).toEqual([]);
  });

  it('finds a group whose last short word is glued to more letters (`now on now ons`)', () => {
    expect(runsOf('Gig out now out nows sold')).toEqual([{ period: 2, start: 4, end: 20 }]);
    // Only when the other words of its group matched, and not after a one-letter word.
    expect(runsOf('How do I do it here')).toEqual([]);
  });

  it('closes a run of a word of two capitals with the same capitals glued to lower-case letters (`UK UK UKncy`, `Age UK UKncy`)', () => {
    expect(runsOf('the Age UK UK UKncy met')).toEqual([{ period: 1, start: 8, end: 19 }]);
    // After one copy only where a capitalised head stands before it.
    expect(runsOf('the Age UK UKncy met')).toEqual([{ period: 1, start: 8, end: 16 }]);
    expect(runsOf('and the UK UKncy met')).toEqual([]);
  });

  it('closes a run of an initialism joined by `&` with the same glued to lower-case letters after a capitalised head (`Author Q&A Q&Aity`)', () => {
    expect(runsOf('an Author Q&A Q&Aity to')).toEqual([{ period: 1, start: 10, end: 20 }]);
    // After a head glued inside a word too; not without a head.
    expect(runsOf('an unAuthor Q&A Q&Aized user')).toEqual([{ period: 1, start: 12, end: 23 }]);
    expect(runsOf('a Q&A Q&Aity check')).toEqual([]);
  });

  it('closes a run of a word of three letters glued to two letters or more after one copy and a capitalised head (`Budget day daying`)', () => {
    expect(runsOf('she studied Budget day daying then')).toEqual([{ period: 1, start: 19, end: 29 }]);
    expect(runsOf('she studied the day daying then')).toEqual([]);
  });

  it('finds two copies of a label whose first word goes on after its term, two glued letters after a tail of four (`Forestry newsry news`)', () => {
    expect(runsOf('The Forestry newsry news Service')).toEqual([{ period: 1, start: 13, end: 24 }]);
    // Not where the last token does not start with the copy's tail, nor on a shorter tail.
    expect(runsOf('The Forestry newsry new thing')).toEqual([]);
    expect(runsOf('The history mystery myst')).toEqual([]);
  });

  it('closes a group that ends in a number with the number glued to lower-case letters (`W-2 W-2ation`)', () => {
    expect(runsOf('the inForm W-2 W-2 W-2ation here')).toEqual([{ period: 2, start: 11, end: 27 }]);
  });

  it('closes a run of a word of three letters and `s` with the same letters glued to others (`labs labs labl`)', () => {
    expect(runsOf('an Ideas labs labs labl scene')).toEqual([{ period: 1, start: 9, end: 23 }]);
    // More than three letters make a word of its own: the run ends before it.
    expect(runsOf('the Mobile apps apps application')).toEqual([{ period: 1, start: 11, end: 20 }]);
  });

  it('finds copies of a number with a decimal point (`2.0 2.0 2.0site`)', () => {
    expect(runsOf('the Web 2.0 2.0 2.0site here')).toEqual([{ period: 1, start: 8, end: 23 }]);
  });

  it('finds copies of a number with a slash (`24/7 24/7 24/7y`)', () => {
    expect(runsOf('the Bus 24/7 24/7 24/7y here')).toEqual([{ period: 1, start: 8, end: 23 }]);
  });

  it('finds copies of a group that holds a price or a share (`from £5 from £5`, `– 30% off – 30% off`)', () => {
    expect(runsOf('the Parking from €5 from €5 from €5 here')).toEqual([{ period: 3, start: 12, end: 35 }]);
    expect(runsOf('our Offers – 30% off – 30% off here')).toEqual([{ period: 4, start: 11, end: 30 }]);
    expect(runsOf('worth £3,000 worth £3,000 here')).toEqual([{ period: 3, start: 0, end: 25 }]);
    expect(runsOf('our Members save 10%s save 10%s save 10% here')).toEqual([{ period: 3, start: 12, end: 40 }]);
  });

  it('finds two passes of a head glued to its term by the plural `es` across a dash (`Buses – live timeses – live timesy`)', () => {
    expect(runsOf('a Buses – live timeses – live timesy day')).toEqual([{ period: 3, start: 8, end: 36 }]);
    expect(runsOf('a Buses live timeses live timesy day')).toEqual([{ period: 2, start: 8, end: 32 }]);
    // Not where the words between the copies differ.
    expect(runsOf('a Buses – live timeses — live timesy day')).toEqual([]);
  });

  it('finds a group whose first copy is glued inside the word before (`upSave the Save the`)', () => {
    expect(runsOf('the latest upSave the Save the date here')).toEqual([{ period: 2, start: 11, end: 30 }]);
    expect(runsOf('the latest upsave the Save the date here')).toEqual([]);
  });

  it('finds a copy glued inside the word before (`footCoastal Coastal`)', () => {
    expect(runsOf('the footCoastal Coastal paths')).toEqual([{ period: 1, start: 4, end: 23 }]);
    // One letter before a copy of four letters or more is a candidate (`pPeer Peer review`);
    // the reading keeps it only where the letter and the term make a word (not `icase`).
    expect(runsOf('an iPhone Phone case')).toEqual([{ period: 1, start: 3, end: 15 }]);
    expect(runsOf('an iPad Pad case')).toEqual([]);
  });

  it('finds a one-word label that is its term\'s plural in `es`, re-applied (`Processeseses`), and not words with `eses` of their own', () => {
    expect(esCopiesAt('Processeseses', 0, 13)).toBe(7);
    expect(esCopiesAt('synTaxesesespayer', 0, 17)).toBe(6);
    expect(esCopiesAt('Churcheses', 0, 10)).toBe(6);
    for (const word of ['processes', 'theses', 'hypotheses', 'parentheses', 'geneses']) expect(esCopiesAt(word, 0, word.length)).toBe(0);
    expect(findCandidates('Small Businesseseses grew')).toEqual([{ period: 0, start: 6, end: 20 }]);
    // In any case.
    expect(findCandidates('Small BusinessESES grew')).toEqual([{ period: 0, start: 6, end: 18 }]);
    expect(findCandidates('His theses and hypotheses')).toEqual([]);
  });

  it('finds copies of words in brackets or quotes before a word (`(New) (New) products`)', () => {
    const text = 'Build (New) (New) (New) products here';
    expect(markedPrefixAt(text, text.indexOf(')'))).toEqual({ start: 6, unitLength: 5, copies: 3, termStart: 24, end: 32 });
    expect(findCandidates('the “Fix it” “Fix it” reports’ list')).toEqual([{ period: 0, start: 4, end: 30 }]);
    // One copy, copies glued to a word, no word after them, a copy without two letters: none.
    for (const other of ['a (New) product', 'f(x) (x) now', '(New) (New).', '[1] [1] cites']) expect(findCandidates(other)).toEqual([]);
  });

  it('does not look for groups longer than six tokens', () => {
    expect(runsOf('a b c d e f g a b c d e f g')).toEqual([]);
  });

  it('finds a run across a single line break of any style', () => {
    expect(runsOf('the\nthe')).toEqual([{ period: 1, start: 0, end: 7 }]);
    expect(runsOf('the\r\nthe')).toEqual([{ period: 1, start: 0, end: 8 }]);
    expect(runsOf('the\rthe')).toEqual([{ period: 1, start: 0, end: 7 }]);
  });

  it.each([
    ['a comma', 'New York, New York'],
    ['a full stop', 'in the park. in the park'],
    ['a comma without space', 'the,the'],
    ['an emoji', 'ok 😀 ok'],
    ['NUL', 'the\u0000the'],
    ['a paragraph break', 'the\n\nthe'],
    ['a CRLF paragraph break', 'the\r\n\r\nthe'],
    ['a paragraph break of lone CRs', 'the\r\rthe'],
  ])('does not find a run across %s', (_name, text) => {
    expect(runsOf(text)).toEqual([]);
  });

  it('finds nothing in a text without repetition', () => {
    expect(findCandidates('The harbour ferry leaves at noon on weekdays.')).toEqual([]);
    expect(findCandidates('')).toEqual([]);
  });

  it('gives candidates in text order for several runs', () => {
    const candidates = runsOf('We read the the minutes and the the notes.');
    expect(candidates).toEqual([
      { period: 1, start: 8, end: 15 },
      { period: 1, start: 28, end: 35 },
    ]);
  });

  it('scans a 5 MB run of `a a a …` in linear time and reports one candidate region', { timeout: 60_000 }, () => {
    const text = 'a '.repeat(2.5 * 1024 * 1024);
    const started = performance.now();
    const candidates = findCandidates(text);
    const elapsed = performance.now() - started;
    const regions = new Set(candidates.map((candidate) => `${candidate.start}:${candidate.end}`));
    expect([...regions]).toEqual([`0:${text.length - 1}`]);
    // One pass over 5 MB takes well under a second; quadratic work would take hours.
    expect(elapsed).toBeLessThan(10_000);
    const messages = check(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.start.offset).toBe(0);
    expect(messages[0]?.end.offset).toBe(text.length - 1);
  });

  it('reads a 4 MB stretch of one unit holding a mark once, and 4 MB of marks and short words in linear time', { timeout: 60_000 }, () => {
    const unit = '? Ask us';
    const text = `Our Help${unit.repeat(500_000)} ends.`;
    const noise = 'ok? no! ok? no; '.repeat(250_000);
    const started = performance.now();
    const candidates = findCandidates(text);
    const noiseCandidates = findCandidates(noise);
    const elapsed = performance.now() - started;
    expect(candidates).toEqual([{ period: 0, start: 4, end: text.length - ' ends.'.length, marks: [8, 16] }]);
    expect(noiseCandidates).toEqual([]);
    // Each mark is read against the last like one and a repeating stretch once: a pass each.
    expect(elapsed).toBeLessThan(10_000);
  });

  it('reads the marks of each text alone: a text scanned before leaves no mark to pair with', () => {
    const text = 'Ask? Any Offers? Sign up? Sign up today? Fine, Firms Co. Co. met.';
    const alone = findCandidates(text);
    expect(alone.map((candidate) => text.slice(candidate.start, candidate.end))).toEqual(['Offers? Sign up? Sign up', 'Firms Co. Co.']);
    // Marks at every offset of an earlier, longer text.
    findCandidates('?.?.?. ?? .. ? . '.repeat(20));
    expect(findCandidates(text)).toEqual(alone);
    // An earlier text's mark may fall on one this scan does not record (a title's full stop).
    const titled = 'We Help Ask Dr. Ask Dr.';
    const titledAlone = findCandidates(titled);
    findCandidates('We Help Ask Dr.');
    expect(findCandidates(titled)).toEqual(titledAlone);
  });

  // A text of over a million code units is scanned a piece at a time, cut after blank lines.
  // Every paragraph starts and ends with a run, so some run stands at each cut.
  const paragraphs = [
    "Ferry timetables timetables timetables change on Monday, the the harbour master said. Quay works's works",
    'Quay works works begin; café owners’ owners’ hours stay the same as last year at at noon',
    'The lock gates gates were inspected by the council and reopened to barges barges',
    'Moorings & berths & berths & berths are listed online, and the list is updated weekly weekly',
  ];

  /**
   * The candidates of the paragraphs scanned one by one, at their offsets in the joined text.
   * @param parts the paragraphs.
   * @param separator what joins them.
   * @returns the candidates and the apostrophes.
   */
  function scannedOneByOne(parts: readonly string[], separator: string): { candidates: Candidate[]; apostrophes: number[] } {
    const candidates: Candidate[] = [];
    const apostrophes: number[] = [];
    let offset = 0;
    for (const part of parts) {
      const found: number[] = [];
      for (const candidate of findCandidates(part, found)) {
        candidates.push({ ...candidate, start: candidate.start + offset, end: candidate.end + offset, ...(candidate.lastStart === undefined ? {} : { lastStart: candidate.lastStart + offset }) });
      }
      apostrophes.push(...found.map((at) => at + offset));
      offset += part.length + separator.length;
    }
    return { candidates, apostrophes };
  }

  it.each([
    ['blank lines', '\n\n'],
    ['CRLF blank lines', '\r\n\r\n'],
  ])('scans a text of over a million code units joined by %s as it scans each paragraph', { timeout: 60_000 }, (_name, separator) => {
    const parts = Array.from({ length: 30_000 }, (_, index) => paragraphs[index % paragraphs.length] as string);
    const text = parts.join(separator);
    expect(text.length).toBeGreaterThan(2_500_000);
    const apostrophes: number[] = [];
    const candidates = findCandidates(text, apostrophes);
    const expected = scannedOneByOne(parts, separator);
    expect(candidates.length).toBe(expected.candidates.length);
    expect(candidates).toEqual(expected.candidates);
    expect(apostrophes).toEqual(expected.apostrophes);
  });

  it('scans a text of over a million code units without a blank line in one piece', { timeout: 60_000 }, () => {
    // Each line ends with the word the next starts with: a run crosses every line break, so a
    // cut at any of them would lose one.
    const line = 'notices for the harbour are posted weekly';
    const lines = Array.from({ length: 30_000 }, (_, index) => (index === 0 ? line : `weekly ${line}`));
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(1_048_576);
    const crossing = findCandidates(text).filter((candidate) => text.slice(candidate.start, candidate.end) === 'weekly\nweekly');
    expect(crossing).toHaveLength(lines.length - 1);
  });
});

describe('normaliseApostropheLookalikes', () => {
  it('makes every apostrophe written with another character between letters `’`', () => {
    for (const lookalike of ['\u02bc', '\u2018', '\u00b4', '`', '\u2032', '\uff07']) {
      const text = `Women${lookalike}s rights${lookalike}s rightss`;
      const normalised = normaliseApostropheLookalikes(text);
      expect(normalised).toBe('Women’s rights’s rightss');
      expect(normalised.length).toBe(text.length);
    }
  });

  it('makes an apostrophe that ends a word `’` (a plural possessive, a cascade of one)', () => {
    expect(normaliseApostropheLookalikes('the Veterans´ pay and the nurses` rota')).toBe('the Veterans’ pay and the nurses’ rota');
    expect(normaliseApostropheLookalikes('Citizens´ assembly´ assembly')).toBe('Citizens’ assembly’ assembly');
  });

  it('leaves opening quotes, primes after digits and lone marks alone', () => {
    for (const text of ['He said ‘hello’ to me.', 'Run `make now.', 'She is 5′ 4″ tall.', '´accent and ` alone', '', '`', '´a']) {
      expect(normaliseApostropheLookalikes(text)).toBe(text);
    }
  });

  it('returns the text itself when it holds no lookalike', () => {
    const text = "The women's rights network met.";
    expect(normaliseApostropheLookalikes(text)).toBe(text);
  });

  it('given candidates, makes only the lookalikes near them `’` and keeps every offset', () => {
    const far = Array.from({ length: 100 }, (_, index) => ` Item ${index} was filed.`).join('');
    const text = `The Nurses´ rota.${far} Women´s rights´s rightss work.${far} The Porters´ rota.`;
    const candidates = findCandidates(text);
    expect(candidates.length).toBeGreaterThan(0);
    const normalised = normaliseApostropheLookalikes(text, candidates);
    expect(normalised.length).toBe(text.length);
    expect(normalised).toContain('Women’s rights’s rightss');
    // The two rotas stand 2,000 characters from the only candidate: read by nothing, not copied.
    expect(normalised).toContain('The Nurses´ rota.');
    expect(normalised).toContain('The Porters´ rota.');
    expect(normaliseApostropheLookalikes(text, [])).toBe(text);
  });
});
