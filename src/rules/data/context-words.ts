/**
 * Word lists for the context of a restored word (`src/core/context.ts`): letter case and
 * grammatical number. Data only; each list is kept sorted.
 */

/** The articles (`the book The Art of …` opens a title; `the band The The played` names a band). */
export const articles: readonly string[] = ['a', 'an', 'the'];

/** Modal verbs, before a verb's plain form (`we will address`). */
export const modalVerbs: readonly string[] = ['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would'];

/** Words that open an object after a verb (`to address the issue`, `to process them`). */
export const objectOpeners: readonly string[] = [
  'a',
  'all',
  'an',
  'any',
  'each',
  'every',
  'her',
  'him',
  'his',
  'it',
  'its',
  'my',
  'our',
  'some',
  'that',
  'the',
  'their',
  'them',
  'these',
  'this',
  'those',
  'us',
  'your',
];

/** Words that open a noun phrase of a plural noun (`these …`, `various …`), besides numbers. */
export const pluralDeterminers: readonly string[] = [
  'all',
  'both',
  'fewer',
  'multiple',
  'numerous',
  'other',
  'these',
  'those',
  'various',
];

/** Verbs that agree with a plural subject right before them (`… are`, `… have`). */
export const pluralVerbs: readonly string[] = ['are', "aren't", 'do', "don't", 'have', "haven't", 'were', "weren't"];

/** Words that open a noun phrase of a singular noun (`an …`, `each …`). */
export const singularDeterminers: readonly string[] = ['a', 'an', 'another', 'each', 'either', 'every', 'neither', 'one', 'this'];

/** Verbs that agree with a singular subject right before them (`… is`, `… has`). */
export const singularVerbs: readonly string[] = ['does', "doesn't", 'has', "hasn't", 'is', "isn't", 'was', "wasn't"];

/** Top-level domains that make the word before them a site name (`Harbour.gov`). */
export const siteDomains: readonly string[] = ['co', 'com', 'edu', 'gov', 'info', 'int', 'io', 'mil', 'net', 'org', 'uk', 'us'];

/** Names of months and days, capitalised in any line, so no sign of a title. */
export const calendarNames: readonly string[] = [
  'april',
  'august',
  'december',
  'february',
  'friday',
  'january',
  'july',
  'june',
  'march',
  'may',
  'monday',
  'november',
  'october',
  'saturday',
  'september',
  'sunday',
  'thursday',
  'tuesday',
  'wednesday',
];

/**
 * Adjectives of time that stand before a name and describe it, in lower case mid-sentence
 * (`the new Data.gov`, `former President Obama`), unless they start a place (`New York`).
 */
export const timeAdjectives: readonly string[] = ['current', 'former', 'future', 'incoming', 'late', 'new', 'outgoing', 'previous', 'recent', 'upcoming'];

/**
 * A country's legislature or army, which English capitalises where it names one (`the Senate`,
 * `the US Congress`, `the Army`), not after an indefinite article (`a senate of elders`, `an
 * army of volunteers`).
 */
export const nationalBodies: readonly string[] = ['army', 'congress', 'parliament', 'senate'];
