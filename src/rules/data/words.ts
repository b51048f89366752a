/**
 * Word lists used by the rules. Data only; each list is kept sorted.
 */

/**
 * Words whose doubling is usually grammatical or idiomatic, never reported as doubled words
 * (`had had`, `that that`, `bye bye`, `yada yada`).
 */
export const legitimateDoubles: readonly string[] = [
  'agar',
  'aye',
  'baa',
  'bang',
  'big',
  'bla',
  'blah',
  'boo',
  'boom',
  'bye',
  'cha',
  'choo',
  'chop',
  'chug',
  'ding',
  'do',
  'done',
  'dong',
  'far',
  'go',
  'ha',
  'had',
  'hah',
  'haha',
  'hear',
  'hee',
  'hey',
  'ho',
  'hush',
  'is',
  'knock',
  'la',
  'long',
  'many',
  'mea',
  'meow',
  'mm',
  'much',
  'na',
  'nah',
  'never',
  'night',
  'no',
  'oh',
  'ooh',
  'pom',
  'rah',
  'really',
  'so',
  'tap',
  'that',
  'tick',
  'tock',
  'tom',
  'tsk',
  'tut',
  'very',
  'well',
  'whoa',
  'ya',
  'yada',
  'yeah',
  'yes',
  'yo',
  'yum',
];

/**
 * Common words that a well-known name writes twice (`Sing Sing`, `Talk Talk`): two capitalised
 * copies of one of them before a word are that name, not a label's copies. (Those doubled in
 * speech too, `Tom Tom`, are in `legitimateDoubles`.)
 */
export const doubledNames: readonly string[] = ['bam', 'can', 'dum', 'sing', 'talk'];

/**
 * Closed-class words: a run of three or more of these is a typo (`a a a`), while three or more
 * of a content word is usually emphasis (`really really really`, `help help help`).
 */
export const functionWords: readonly string[] = [
  'a',
  'about',
  'after',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'can',
  'for',
  'from',
  'has',
  'have',
  'he',
  'her',
  'his',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'may',
  'not',
  'of',
  'on',
  'or',
  'our',
  'she',
  'the',
  'their',
  'them',
  'there',
  'they',
  'this',
  'to',
  'was',
  'we',
  'were',
  'which',
  'will',
  'with',
  'would',
  'you',
  'your',
];

/**
 * Words that stay lower case inside a Title Case line or a name (`International Day of the
 * Girl`, `Association for Women's Rights`).
 */
export const titleStopWords: readonly string[] = [
  'a',
  'against',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'de',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'over',
  'per',
  'the',
  'to',
  'upon',
  'vs',
  'with',
];

/**
 * Words that may open a unit of a multi-word label tail (`and justice`, `& Culture`), which
 * mark a repeated group after a capitalised head as a cascade rather than a repeated phrase.
 */
export const tailConnectors: readonly string[] = ['&', '+', '/', 'and', 'or', 'und', 'y'];

/**
 * Small words that end phrasal labels (`Sign up`, `Log in`, `Waste not`, `Game on`, `Stand
 * by`): three copies of one after a capitalised head mid-sentence, or two after a head glued
 * inside a word, are a label's tail.
 */
export const labelParticles: readonly string[] = ['about', 'away', 'back', 'by', 'down', 'in', 'not', 'off', 'on', 'out', 'over', 'up'];

/**
 * Titles abbreviated with a full stop before a name (`St. Mary’s`, `Dr. Lee`, `Mt. Hood`): the
 * scanner reads the full stop and the space after one, before a capital, as a space, so a
 * label holding one runs on (`St. Mary’s St. Mary’s hospital`).
 */
export const dottedTitles: readonly string[] = ['capt', 'col', 'dr', 'ft', 'gen', 'gov', 'lt', 'mr', 'mrs', 'ms', 'mt', 'prof', 'rep', 'rev', 'sen', 'sgt', 'st'];

/** Abbreviations after whose full stop a sentence does not start (`Mr.`, `e.g.`). */
export const abbreviations: readonly string[] = [
  'dr',
  'e.g',
  'etc',
  'i.e',
  'jr',
  'mr',
  'mrs',
  'ms',
  'no',
  'prof',
  'sr',
  'st',
  'vs',
];

/**
 * Abbreviations written with a full stop after a name (`Acme Co.`, `Widgets Ltd.`): a label's
 * unit ending in one of them, or of `abbreviations` or `dottedTitles`, ends in an
 * abbreviation's full stop, not a sentence's (`Agency Co. Co. Co.`; `Then Stop. Stop. Stop.` is
 * a sentence said again).
 */
export const nameAbbreviations: readonly string[] = ['assn', 'bros', 'co', 'corp', 'dept', 'inc', 'intl', 'ltd', 'plc'];

/** Number words, which head a counted noun, never a label (`Fifty years years`). */
export const numberWords: readonly string[] = [
  'eight',
  'eighty',
  'eleven',
  'fifteen',
  'fifty',
  'five',
  'forty',
  'four',
  'hundred',
  'million',
  'nine',
  'ninety',
  'one',
  'seven',
  'seventy',
  'six',
  'sixty',
  'ten',
  'thirty',
  'thousand',
  'three',
  'twelve',
  'twenty',
  'two',
];

/**
 * Prepositions a relative clause can leave at its end (`the room I was in`), so that the same
 * preposition opening the next phrase doubles it legitimately (`… in in the morning`).
 */
export const strandablePrepositions: readonly string[] = [
  'about',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'over',
  'through',
  'to',
  'under',
  'with',
];

/** Determiners that open a noun phrase (`the room`, `every stage`). */
export const nounDeterminers: readonly string[] = [
  'a',
  'an',
  'any',
  'each',
  'every',
  'her',
  'his',
  'its',
  'my',
  'our',
  'that',
  'the',
  'their',
  'these',
  'this',
  'those',
  'what',
  'which',
  'your',
];

/** Subject pronouns, also as the first part of a contraction (`you're`, `I've`). */
export const subjectPronouns: readonly string[] = ['he', 'i', 'it', 'she', 'they', 'we', 'who', 'you'];
