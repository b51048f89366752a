/**
 * Whether a restored word is a proper noun whatever its place (`Myanmar`, `London`,
 * `Monday`), and whether a word is an adjective (`severe`), from compromise's lexicon and tagger. compromise is loaded on first use only, so texts
 * without a cascade never pay for it.
 */
import { describingNouns, moreOrganisationHeads, namesBeforeOf, nounsAfterNames, stormTitles, titlesBeforeNames } from '../rules/data/name-heads.js';
import { loadNlp } from './nlp.js';
import { isSpelledWord } from './spelling.js';

/** What compromise makes of one word read alone. */
type WordDocument = ReturnType<ReturnType<typeof loadNlp>>;

/**
 * Reads a single word with compromise once, and remembers the answer.
 * @param word the word in any case.
 * @param cache the answers so far, by lower-case word.
 * @param test what to ask of the word's document.
 * @returns the answer; false for anything but letters.
 */
function askWord(word: string, cache: Map<string, boolean>, test: (document: WordDocument) => boolean): boolean {
  const key = word.toLowerCase();
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (!/^\p{L}+$/u.test(key)) return false;
  const result = test(loadNlp()(key));
  cache.set(key, result);
  return result;
}

const properNouns = new Map<string, boolean>();

/**
 * Whether a single word is a proper noun, a place or a day or month name.
 * @param word the word in any case.
 * @returns true when compromise's lexicon says so.
 */
export function isProperNoun(word: string): boolean {
  return askWord(word, properNouns, (document) => document.has('#ProperNoun') || document.has('#Place') || document.has('#WeekDay') || document.has('#Month'));
}

const writtenCapitalised = new Map<string, boolean>();

/**
 * Whether English writes a single word with a capital wherever it stands: a place, a day or
 * month name, or a name the dictionary does not hold in lower case. A name that is also a
 * common word (`Lesson`, `Grant` are surnames; `a lesson`, `a grant`) is not.
 * @param word the word in any case.
 * @returns true for a word to restore with a capital mid-sentence.
 */
export function isAlwaysCapitalised(word: string): boolean {
  return askWord(word, writtenCapitalised, (document) => {
    if (document.has('#Place') || document.has('#WeekDay') || document.has('#Month')) return true;
    return document.has('#ProperNoun') && !isSpelledWord(word.toLowerCase());
  });
}

const firstNames = new Map<string, boolean>();

/**
 * Whether a single word is a person's first name (`Amos`, `Kevin`), as compromise's lexicon
 * knows them; words that are also common words mostly are not (`Will`, `Rose`, `Hope`).
 * @param word the word in any case.
 * @returns true for a first name.
 */
export function isFirstName(word: string): boolean {
  return askWord(word, firstNames, (document) => document.has('#FirstName'));
}

/**
 * Whether compromise's lexicon holds a word as a common word (`services`, `citizen`), not as a
 * name or a place; words it only guesses at (`ciudad`, `juarez`) are not held.
 * @param word the word in any case.
 * @returns true for a common word of the lexicon.
 */
export function isLexiconWord(word: string): boolean {
  const model = loadNlp().model() as { one: { lexicon: Record<string, string | string[] | undefined> } };
  const tag = model.one.lexicon[word.toLowerCase()];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((one) => /Place|City|Country|Region|Person|Name|ProperNoun|Organization/u.test(one));
}

const places = new Map<string, boolean>();

/**
 * Whether a few words, read together, name a place (`South Carolina`, `Port Elizabeth`).
 * @param words the words, separated by single spaces, as written.
 * @returns true when compromise tags any of them a place.
 */
export function isPlacePhrase(words: string): boolean {
  const known = places.get(words);
  if (known !== undefined) return known;
  const result = loadNlp()(words).has('#Place');
  places.set(words, result);
  return result;
}

const adjectives = new Map<string, boolean>();

/**
 * Whether a single word, read alone in lower case, is an adjective and not a name.
 * @param word the word in any case.
 * @returns true when compromise tags it `Adjective` (`severe`, `social`), false for names and
 *   unknown words (`sirhan`, `walla`), which it reads as nouns.
 */
export function isAdjective(word: string): boolean {
  return askWord(word, adjectives, (document) => document.has('#Adjective') && !document.has('#ProperNoun'));
}

const pastTenses = new Map<string, boolean>();

/**
 * Whether a single word, read alone in lower case, is a verb in the past tense (`played`,
 * `was`), which no label's term is.
 * @param word the word in any case.
 * @returns true when compromise tags it `PastTense`.
 */
export function isPastTense(word: string): boolean {
  return askWord(word, pastTenses, (document) => document.has('#PastTense'));
}

const adverbs = new Map<string, boolean>();

/**
 * Whether a single word, read alone in lower case, is an adverb (`recently`, `newly`).
 * @param word the word in any case.
 * @returns true when compromise tags it `Adverb`.
 */
export function isAdverb(word: string): boolean {
  return askWord(word, adverbs, (document) => document.has('#Adverb'));
}

const ordinals = new Map<string, boolean>();

/**
 * Whether a single word, read alone in lower case, is an ordinal (`first`, `third`), which like
 * an adjective comes before the noun it qualifies.
 * @param word the word in any case.
 * @returns true when compromise tags it `Ordinal`.
 */
export function isOrdinal(word: string): boolean {
  return askWord(word, ordinals, (document) => document.has('#Ordinal'));
}

const plurals = new Map<string, boolean>();

/**
 * Whether a single word, read alone in lower case, is a plural noun (`children`, `libraries`).
 * @param word the word in any case.
 * @returns true when compromise tags it `Plural`.
 */
export function isPluralNoun(word: string): boolean {
  return askWord(word, plurals, (document) => document.has('#Plural'));
}

const describing = new Set(describingNouns);
const beforeOf = new Set(namesBeforeOf);

let headLists: { organisation: Set<string>; place: Set<string> } | undefined;

/**
 * compromise's lists of the nouns that make a capitalised word before them an organisation or
 * a place, with the organisations' heads it lacks, read once.
 * @returns the two lists.
 */
function heads(): { organisation: Set<string>; place: Set<string> } {
  if (headLists === undefined) {
    const model = loadNlp().model() as { two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> } };
    headLists = { organisation: new Set([...Object.keys(model.two.orgWords ?? {}), ...moreOrganisationHeads]), place: new Set(Object.keys(model.two.placeWords ?? {})) };
  }
  return headLists;
}

/**
 * A word without a possessive ending (`Meyer’s` → `Meyer`, `Veterans’` → `Veterans`).
 * @param word the word.
 * @returns the word without `'s`, `’s` or a final apostrophe.
 */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/**
 * A word in lower case without a possessive (`City’s` → `city`).
 * @param word the word.
 * @returns its bare form.
 */
function bare(word: string): string {
  return withoutPossessive(word.toLowerCase());
}

/**
 * Whether a word is the head noun of an organisation's or a place's name (`Council`, `Army`;
 * `City`, `Street`): compromise's own lists of such nouns, less those that mostly describe
 * (`data`, `library`). A possessive is read as its word; a plural is none (`US colleges`,
 * `Cuban roads`).
 * @param word the word in any case, perhaps with a possessive.
 * @returns `organisation` or `place` for such a noun, undefined for any other word.
 */
export function nameHeadKind(word: string): 'organisation' | 'place' | undefined {
  const lower = bare(word);
  const { organisation, place } = heads();
  if (describing.has(lower) || (!organisation.has(lower) && !place.has(lower)) || isPluralNoun(lower)) return undefined;
  return organisation.has(lower) ? 'organisation' : 'place';
}

/**
 * Whether a word is a head noun of `nameHeadKind` in any number (`Council`, `Times`): a name
 * that ends with one is complete, so a word after it that heads nothing describes it (`the
 * New York Times article`). A noun that describes (`Mobile`, `Data`) ends no name: `Mobile
 * Products`, `Open Data Policy`.
 * @param word the word in any case, perhaps with a possessive.
 * @returns true for such a noun.
 */
export function endsName(word: string): boolean {
  const lower = bare(word);
  const { organisation, place } = heads();
  return !describing.has(lower) && (organisation.has(lower) || place.has(lower));
}

/**
 * Whether a word heads a name that goes on with `of` and a name (`Department of Labor`,
 * `Library of Congress`, `City of Boulder`): the nouns of `nameHeadKind`, and a few that
 * describe a name elsewhere but head one before `of` (`the Office of …`; not `the power of …`).
 * @param word the word in any case, perhaps with a possessive.
 * @returns true for such a noun in the singular.
 */
export function headsNameOf(word: string): boolean {
  const lower = bare(word);
  const { organisation, place } = heads();
  return (organisation.has(lower) || place.has(lower)) && (!describing.has(lower) || beforeOf.has(lower)) && !isPluralNoun(lower);
}

const demonyms = new Map<string, boolean>();

/**
 * Whether a word names a people or a nation's adjective (`Canadian`, `Swiss`).
 * @param word the word in any case.
 * @returns true when compromise tags it `Demonym`.
 */
export function isDemonym(word: string): boolean {
  return askWord(word, demonyms, (document) => document.has('#Demonym'));
}

const afterNames = new Set(nounsAfterNames);

/**
 * Whether a word is a common noun that follows a name in lower case more often than not
 * (`team`, `website`). A possessive is read as its word.
 * @param word the word in any case.
 * @returns true for such a noun.
 */
export function followsNamesInLowerCase(word: string): boolean {
  return afterNames.has(bare(word));
}

const titles = new Set(titlesBeforeNames);
const titleWords = new Map<string, boolean>();

/**
 * Whether a word is a formal title, capitalised before a person's name (`Senator`, `Officer`,
 * `Captain`): one of `titlesBeforeNames` or of compromise's honorifics; a plural or a
 * possessive reads as its word.
 * @param word the word in any case.
 * @returns true for a title.
 */
export function isTitleWord(word: string): boolean {
  const lower = bare(word);
  if (titles.has(lower)) return true;
  return askWord(lower, titleWords, (document) => document.has('#Honorific'));
}

/** Titles of storms (`Hurricane Laura`), not of people. */
const storms = new Set(stormTitles);

/**
 * Whether a word is a person's formal title (`director`, `Secretary's`): a title word (see
 * `isTitleWord`) that names no storm (`hurricane`, `storms`).
 * @param word the word in any case.
 * @returns true for a person's title.
 */
export function isPersonTitle(word: string): boolean {
  return isTitleWord(word) && !storms.has(bare(word).replace(/s$/u, ''));
}
