/**
 * Letter-case context of a span: whether a restored word there starts with a capital
 * (start of a sentence, line, heading or quotation, after a colon that opens a title, in a
 * Title Case line, inside a capitalised name), as the decision table in CONTRACT.md says.
 */
import { articles as articleList, calendarNames as calendarNameList, modalVerbs, nationalBodies, objectOpeners as objectOpenerList, pluralDeterminers, pluralVerbs, singularDeterminers, singularVerbs, siteDomains, timeAdjectives } from '../rules/data/context-words.js';
import { quantifiers } from '../rules/data/grammar-words.js';
import { abbreviations, functionWords, numberWords, subjectPronouns, titleStopWords } from '../rules/data/words.js';
import { endsName, followsNamesInLowerCase, headsNameOf, isAdjective, isAdverb, isAlwaysCapitalised, isDemonym, isFirstName, isLexiconWord, isPersonTitle, isPlacePhrase, isPluralNoun, isProperNoun, isTitleWord, nameHeadKind, withoutPossessive } from './proper-nouns.js';
import { CharClass, classAt, isUpperLetter, lettersBefore, tokenize, type Token } from './scanner.js';
import { isCapitalOnly, isSpelledWord } from './spelling.js';

/** Month and day names (see `isTitleCase`). */
const calendarNames = new Set(calendarNameList);

const stopWords = new Set(titleStopWords);
const abbreviationSet = new Set(abbreviations);
const closedClass = new Set(functionWords);
/** Number words, which a count before them makes no name's (`150 million`). */
const countWords = new Set(numberWords);
const domains = new Set(siteDomains);
const timeWords = new Set(timeAdjectives);
const bodyNames = new Set(nationalBodies);
const plural = new Set([...pluralDeterminers, ...quantifiers]);
const singular = new Set(singularDeterminers);
const pluralAgreement = new Set(pluralVerbs);
const singularAgreement = new Set(singularVerbs);

/** How far back and forward a line is read for context, so a 50 MB line stays cheap. */
const lineWindow = 1500;

/** The case decision for a restored word. */
export interface CaseDecision {
  /** `capital`, `lower` or `upper` (an all-capitals line such as a shouted headline). */
  form: 'capital' | 'lower' | 'upper';
  /** Short words for the explanation (`sentence start`, `title case line`). */
  reason: string;
}

/**
 * Whether a code unit opens a quotation or a bracket (`“`, `‘`, `"`, `'`, `(`, `[`).
 * @param code a UTF-16 code unit.
 * @returns true for opening quotes and brackets.
 */
function isOpener(code: number): boolean {
  return code === 0x201c || code === 0x2018 || code === 34 || code === 39 || code === 40 || code === 91 || code === 0xab || code === 0xbf || code === 0xa1;
}

/**
 * Whether a code unit is markup that may stand before a word at the start of a line or
 * sentence without changing its case (`*`, `_`, `#`, `>` and list markers).
 * @param code a UTF-16 code unit.
 * @returns true for such markers.
 */
function isLeadingMarker(code: number): boolean {
  return code === 42 || code === 95 || code === 35 || code === 62 || code === 45 || code === 0x2022;
}

/**
 * Whether a token is written in capitals (two characters or more).
 * @param token the token.
 * @returns true for `GET`, `NASA`, `BBC`.
 */
export function isShouted(token: Token | undefined): boolean {
  return token !== undefined && token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.lower;
}

/**
 * Whether a token starts with an upper-case letter.
 * @param token a token.
 * @returns true when its first character is upper case.
 */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Whether a token is written in capitals only (`UK`, `MEXICO`).
 * @param token a token.
 * @returns true when it has a letter and no lower-case letter.
 */
function isAllCapitals(token: Token): boolean {
  return token.kind === 'word' && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/**
 * Finds the start of the line that holds an offset (at most `lineWindow` back).
 * @param text the text.
 * @param offset an offset.
 * @returns the line start offset (or the window limit).
 */
function lineStartOf(text: string, offset: number): number {
  const limit = Math.max(0, offset - lineWindow);
  let index = offset;
  while (index > limit) {
    const code = text.charCodeAt(index - 1);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) break;
    index--;
  }
  return index;
}

/**
 * Finds the end of the line that holds an offset (at most `lineWindow` forward).
 * @param text the text.
 * @param offset an offset.
 * @returns the line end offset (or the window limit).
 */
function lineEndOf(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + lineWindow);
  let index = offset;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) break;
    index++;
  }
  return index;
}

/** What stands before a word: what the look-back found. */
interface Before {
  /** `line` (start of text or line), `sentence`, `quotation`, `colon`, `word` or `other`. */
  kind: 'line' | 'sentence' | 'quotation' | 'colon' | 'word' | 'other';
  /** Offset of the significant character found (for `colon`, the colon). */
  at: number;
}

/**
 * Looks back from a word start over spaces, opening quotes and leading markers.
 * @param text the text.
 * @param start the word start.
 * @returns what precedes the word.
 */
function lookBack(text: string, start: number): Before {
  let index = start;
  let sawOpener = false;
  // An opening quote, not a bracket (`Audience: [user type]` is no quotation).
  let sawQuote = false;
  const limit = Math.max(0, start - 200);
  while (index > limit) {
    const code = text.charCodeAt(index - 1);
    const value = classAt(text, index - 1);
    if (value === CharClass.Newline) return { kind: 'line', at: index - 1 };
    // A byte order mark before the first line is no text.
    if (value === CharClass.Space || code === 0xfeff) {
      index--;
      continue;
    }
    if (isOpener(code)) {
      sawOpener = true;
      if (code !== 40 && code !== 91) sawQuote = true;
      index--;
      continue;
    }
    if (isLeadingMarker(code)) {
      index--;
      continue;
    }
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
      // `api.data.gov`: a full stop right before the word is part of a name, not an ending.
      if (index === start) return { kind: 'word', at: index - 1 };
      if (code === 46 && isAbbreviationBefore(text, index - 1)) return { kind: 'word', at: index - 1 };
      return { kind: 'sentence', at: index - 1 };
    }
    // `said: “Women…` opens a quotation after a colon, as after a comma.
    if (code === 58) return { kind: sawQuote ? 'quotation' : 'colon', at: index - 1 };
    // `forward.” Team`, `(see below.) Team`: a closing quote or bracket after a full stop ends
    // a sentence; after `!` or `?` it may close an aside (`the (amazing!) team`, `a “How
    // might we?” brainstorm`).
    if (index < start && (code === 0x201d || code === 0x2019 || code === 41 || code === 93 || code === 0xbb) && text.charCodeAt(index - 2) === 46 && !isAbbreviationBefore(text, index - 2)) {
      return { kind: 'sentence', at: index - 2 };
    }
    if (sawOpener) {
      // `said, “Women…` or `— ‘Women…` open a quotation; `the ‘women’ label` does not.
      if (code === 44 || code === 0x2013 || code === 0x2014) return { kind: 'quotation', at: index - 1 };
      return { kind: 'word', at: index - 1 };
    }
    if (value === CharClass.Letter || value === CharClass.Digit) return { kind: 'word', at: index - 1 };
    return { kind: 'other', at: index - 1 };
  }
  return index === 0 ? { kind: 'line', at: 0 } : { kind: 'other', at: index };
}

/**
 * Whether a formal title (`director`, `secretary`) is part of a person's title, which prose
 * writes with capitals: after a capitalised word mid-sentence (`Deputy Director`, `the Program
 * Director`; not after a possessive, `Puerto Rico's governor`, nor an acronym, `the agency's PRA
 * officer`), or before `of` and a capitalised word where an article, a possessive or a comma
 * stands before it (`our Director of Engineering`, `Jo Reyes, Director of Digital`; not `the
 * former governor of Ohio`, nor `of the …`, which prose writes both ways).
 * @param text the text.
 * @param start start of the span.
 * @param end end of the span.
 * @returns the reason, or undefined.
 */
function titleOfName(text: string, start: number, end: number): string | undefined {
  const before = tokenBefore(text, start);
  const spaced = before !== undefined && text.slice(before.end, start) === ' ';
  if (spaced && before.kind === 'word' && isCapitalised(before) && !isAllCapitals(before) && !isPossessiveWord(before) && !before.lower.endsWith("s'") && !before.lower.endsWith('s\u2019') && midSentenceWord(text, before.start)) {
    return 'a title after a capitalised word';
  }
  const opens = before === undefined || (spaced && (before.lower === 'the' || isPossessiveDeterminer(before.lower) || isPossessiveWord(before))) || (text.slice(before.end, start) === ', ' && before.end === start - 2);
  if (!opens) return undefined;
  const [joiner, named] = tokenize(text, end, Math.min(text.length, end + 60), 2);
  if (joiner?.lower === 'of' && named !== undefined && text.slice(end, joiner.start) === ' ' && text.slice(joiner.end, named.start) === ' ' && named.kind === 'word' && isCapitalised(named) && named.lower !== 'the') {
    return 'a title before `of` and a name';
  }
  return undefined;
}

/**
 * Whether a word stands mid-sentence: after a word or a comma.
 * @param text the text.
 * @param start the word's start.
 * @returns true mid-sentence.
 */
function midSentenceWord(text: string, start: number): boolean {
  const before = lookBack(text, start);
  return before.kind === 'word' || (before.kind === 'other' && text.charCodeAt(before.at) === 44);
}

/**
 * Whether the full stop at `dot` ends an abbreviation (`Mr.`, `e.g.`, a single initial).
 * @param text the text.
 * @param dot offset of the full stop.
 * @returns true when no sentence ends there.
 */
export function isAbbreviationBefore(text: string, dot: number): boolean {
  let index = dot;
  while (index > 0 && index > dot - 6) {
    const value = classAt(text, index - 1);
    if (value !== CharClass.Letter && text.charCodeAt(index - 1) !== 46) break;
    index--;
  }
  const word = text.slice(index, dot).toLowerCase();
  if (word.length === 1 && word !== 'a' && word !== 'i') return true;
  // Dotted initialisms: `U.S. citizens`, `e.g. women`, `Ph.D. students`; a site name's last
  // part is longer (`at example.com. All`).
  if (word.includes('.')) return word.length - word.lastIndexOf('.') - 1 <= 2;
  return abbreviationSet.has(word);
}

/**
 * Whether a line is a title (Title Case: every content word capitalised, at least two).
 * @param tokens the words of the line outside the span being restored.
 * @param bracketed whether they are the words inside brackets around the span.
 * @returns true for Title Case lines.
 */
function isTitleCase(tokens: Token[], bracketed = false): boolean {
  let content = 0;
  // Inside brackets, words capitalised anywhere (`PDF`, `PowerPoint`, `November`, `A`) count,
  // but one other must stand with them (`(PDF, 218 KB, 3 pages, November 2012)` is no title).
  let telling = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (stopWords.has(token.lower)) continue;
    if (!isCapitalised(token)) return false;
    content++;
    if (bracketed && token.text.length > 1 && !/\p{Lu}/u.test(token.text.slice(1)) && !calendarNames.has(token.lower) && !isCapitalOnly(token.text)) telling++;
  }
  return content >= 2 && (!bracketed || telling >= 1) && tokens.length <= titleLineTokens;
}

/** How far from a span a bracket around it is looked for. */
const bracketWindow = 120;

/**
 * The tokens inside the round brackets around a span on its line, the span left out, or
 * undefined when it stands in none.
 * @param text the text.
 * @param lineStart where the line starts.
 * @param lineEnd where it ends.
 * @param start span start.
 * @param end span end.
 * @returns the tokens, or undefined.
 */
function bracketTokens(text: string, lineStart: number, lineEnd: number, start: number, end: number): Token[] | undefined {
  let open = -1;
  for (let index = start - 1; index >= Math.max(lineStart, start - bracketWindow); index--) {
    const code = text.charCodeAt(index);
    if (code === 0x29) return undefined;
    if (code === 0x28) {
      open = index;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let index = end; index < Math.min(lineEnd, end + bracketWindow); index++) {
    const code = text.charCodeAt(index);
    if (code === 0x28) return undefined;
    if (code === 0x29) return [...tokenize(text, open + 1, start), ...tokenize(text, end, index)];
  }
  return undefined;
}

/** Pronouns a verb follows (`They …`); not `who`, which ends a name (`Doctor Who`). */
const subjects = new Set(subjectPronouns.filter((pronoun) => pronoun !== 'who'));

/**
 * Whether a line is a heading of the span and one capitalised word (`Mobile …`, `… Matters`):
 * no other token, and no full stop, comma or colon at its end.
 * @param text the text.
 * @param lineStart where the line starts.
 * @param lineEnd where it ends.
 * @param tokens the line's tokens outside the span.
 * @returns true for such a line.
 */
function isShortHeading(text: string, lineStart: number, lineEnd: number, tokens: Token[]): boolean {
  const first = tokens[0];
  if (tokens.length !== 1 || first === undefined || first.kind !== 'word' || !isCapitalised(first)) return false;
  // `The …` alone on its line is a heading too: no sentence is two words without a stop.
  if (stopWords.has(first.lower) && !headingDeterminers.has(first.lower)) return false;
  let last = lineEnd;
  while (last > lineStart && classAt(text, last - 1) === CharClass.Space) last--;
  const end = text.charCodeAt(last - 1);
  return end !== 46 && end !== 44 && end !== 58 && end !== 59;
}

/** The most words of a line's lead-in before a dash (`Step 2 —`, `Wikimedia Commons—`). */
const leadInWords = 4;

/**
 * Whether a dash ends a line's short lead-in, after which lines mostly go on with a capital
 * (`Step 2 — Team members open an issue`, `Wikimedia Commons—Images, sounds`): an em or en
 * dash after at most `leadInWords` words and no sentence mark.
 * @param text the text.
 * @param lineStart where the line starts.
 * @param dash offset of the character before the span's word.
 * @returns true after such a dash.
 */
function dashOpensLine(text: string, lineStart: number, dash: number): boolean {
  const code = text.charCodeAt(dash);
  if (code !== 0x2014 && code !== 0x2013) return false;
  let words = 0;
  let inWord = false;
  for (let index = lineStart; index < dash; index++) {
    const value = classAt(text, index);
    const mark = text.charCodeAt(index);
    if (mark === 46 || mark === 33 || mark === 63 || mark === 58 || mark === 0x2014 || mark === 0x2013) return false;
    const wordChar = value !== CharClass.Space;
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words >= 1 && words <= leadInWords;
}

/** Articles, which open a title after a span (`the book The Art of …`) rather than go on a name. */
const articles = new Set(articleList);

/** Words that open a two-word heading (`The Challenge`) as a determiner of its noun. */
const headingDeterminers = new Set(['the', 'a', 'an', 'our', 'your', 'my', 'their', 'this']);

/** The most tokens a Title Case line holds besides the span. */
const titleLineTokens = 24;

/**
 * Whether the words before a colon on its line read as a title head (`MEXICO:`,
 * `Sex trafficking:`), not a sentence (`the groups we met were:`).
 * @param text the text.
 * @param colon offset of the colon.
 * @returns true when the colon opens a title.
 */
function colonOpensTitle(text: string, colon: number): boolean {
  const start = lineStartOf(text, colon);
  const words = tokenize(text, start, colon).filter((token) => token.kind === 'word');
  if (words.length === 0 || words.length > 5) return false;
  return isCapitalised(words[0]);
}

/**
 * Where a line ends before a Markdown attribute list at its end (`What We Learned {#toc3}`,
 * `{.float-left}`), which is markup, not words of the line.
 * @param text the text.
 * @param from where the list may start at the earliest (the span's end).
 * @param lineEnd where the line ends.
 * @returns where its words end.
 */
function withoutAttributes(text: string, from: number, lineEnd: number): number {
  let last = lineEnd;
  while (last > from && classAt(text, last - 1) === CharClass.Space) last--;
  if (last <= from || text.charCodeAt(last - 1) !== 125) return lineEnd;
  // Back over the line only, to the list's opening brace.
  let open = last - 2;
  while (open >= from && text.charCodeAt(open) !== 123 && text.charCodeAt(open) !== 125) open--;
  if (open < from || text.charCodeAt(open) !== 123) return lineEnd;
  const kind = text.charAt(open + 1);
  return kind === '#' || kind === '.' || kind === ':' ? open : lineEnd;
}

/**
 * Decides the letter case of a word restored over `[start, end)`.
 * @param text the text.
 * @param start start of the span (the head).
 * @param end end of the span (the last unit, carried suffix included).
 * @param headText the head as written, to recognise an all-capitals line.
 * @param word the restored word, when known: a function word (`been`) is not read as part of a name.
 * @returns the case decision.
 */
export function decideCase(text: string, start: number, end: number, headText: string, word?: string): CaseDecision {
  const lineStart = lineStartOf(text, start);
  const lineEnd = withoutAttributes(text, end, lineEndOf(text, end));
  const headIsUpper = headText.length > 1 && headText === headText.toUpperCase() && headText !== headText.toLowerCase();
  // A Title Case line has at most `titleLineTokens` tokens: a longer line is read no further.
  const limit = headIsUpper ? Number.POSITIVE_INFINITY : titleLineTokens + 1;
  const lineTokens = [...tokenize(text, lineStart, start, limit), ...tokenize(text, end, lineEnd, limit)];
  if (headIsUpper) {
    const words = lineTokens.filter((token) => token.kind === 'word');
    if (words.length > 0 && words.every((token) => isAllCapitals(token))) return { form: 'upper', reason: 'all-capitals line' };
  }
  const before = lookBack(text, start);
  if (before.kind === 'line') return { form: 'capital', reason: 'line start' };
  if (before.kind === 'sentence') return { form: 'capital', reason: 'sentence start' };
  if (before.kind === 'quotation') return { form: 'capital', reason: 'quotation start' };
  if (before.kind === 'colon' && colonOpensTitle(text, before.at)) return { form: 'capital', reason: 'after a title colon' };
  if (before.kind === 'other' && dashOpensLine(text, lineStart, before.at)) return { form: 'capital', reason: 'after a line’s lead-in and a dash' };
  const expansion = acronymExpansion(text, start, end, lineEnd, word);
  if (expansion === 'capital') return { form: 'capital', reason: 'an expansion of the acronym after it, written in capitals' };
  if (expansion === 'lower') return { form: 'lower', reason: 'an expansion of the acronym after it, written in lower case' };
  // Inside brackets with two words or more, the words between them (`Federal Register (PDF, 218
  // KB, 3 pages, May 2012)`; not `Connecting the (Data) Dots`).
  const inBrackets = bracketTokens(text, lineStart, lineEnd, start, end);
  const bracketed = inBrackets !== undefined && inBrackets.filter((token) => token.kind === 'word').length >= 2;
  if (isTitleCase(bracketed ? inBrackets : lineTokens, bracketed)) return { form: 'capital', reason: 'title case line' };
  // `Mobile Security + resilience + resilience` alone on its line: a heading of two words.
  if (isShortHeading(text, lineStart, lineEnd, lineTokens)) return { form: 'capital', reason: 'a short heading' };
  // `HealthCare`, `HealthData`: a capital right after the span makes one CamelCase name.
  const following = text.charAt(end);
  if (following !== following.toLowerCase() && following === following.toUpperCase() && classAt(text, end) === CharClass.Letter) {
    return { form: 'capital', reason: 'inside a CamelCase name' };
  }
  const host = hostPartCase(text, start, end);
  if (host !== undefined) return { form: host, reason: host === 'capital' ? 'a part of a site name written with capitals' : 'a part of a site name written in lower case' };
  if (isSiteName(text, start, end)) {
    // `cloud.gov` or `Login.gov`: the text's other site names tell how it writes them.
    return lowerSiteNames(text, start, end) ? { form: 'lower', reason: 'a site name, written in lower case in this text' } : { form: 'capital', reason: 'a site name' };
  }
  const title = word !== undefined && isPersonTitle(word) ? titleOfName(text, start, end) : undefined;
  if (title !== undefined) return { form: 'capital', reason: title };
  // A function word stays in lower case inside a name (`Department of the Interior`).
  const head = word === undefined ? undefined : nameHeadKind(word);
  if ((word === undefined || !closedClass.has(word.toLowerCase())) && !isVerbAfterName(text, end, word) && !(head === undefined && afterCompleteName(text, start, end)) && insideName(text, start, end, word)) return { form: 'capital', reason: 'inside a name' };
  if (head !== undefined && followsNameWord(text, start, head)) return { form: 'capital', reason: 'the head noun of a name after a capitalised word' };
  const joiner = word !== undefined && headsNameOf(word) ? joinerBeforeName(text, start, end) : undefined;
  if (joiner !== undefined) return { form: 'capital', reason: `the head noun of a name before \`${joiner}\` and a name` };
  if (inCapitalisedList(text, start, end)) return { form: 'capital', reason: 'an item of a list of capitalised words' };
  if (afterCapitalisedHyphen(text, start)) return { form: 'capital', reason: 'the part of a hyphenated name after a capitalised part' };
  if (word !== undefined && namesNationalBody(text, start, word)) return { form: 'capital', reason: 'the name of a legislature or an army' };
  return { form: 'lower', reason: 'mid-sentence' };
}

/**
 * Whether a restored word names a country's legislature or army (`the Senate`, `the US
 * Congress`, `Parliament’s vote`, `the Army`): one of `nationalBodies`, singular, not after `a`
 * or `an`.
 * @param text the text.
 * @param start the span's start.
 * @param word the restored word.
 * @returns true for such a name.
 */
function namesNationalBody(text: string, start: number, word: string): boolean {
  if (!bodyNames.has(withoutPossessive(word.toLowerCase()))) return false;
  const previous = tokenBefore(text, start);
  return previous === undefined || (previous.lower !== 'a' && previous.lower !== 'an');
}

/**
 * Whether a span follows a hyphen and two capitalised parts of a compound that starts
 * mid-sentence (`a Content-Transfer-…`): the compound is a name, its parts capitalised
 * alike (not `in-…`, `e-…`, nor `Self-…` at a sentence's start; nor one proper adjective or
 * name, `Spanish-language`, `FedRAMP-authorized`).
 * @param text the text.
 * @param start the span's start.
 * @returns true after such a part.
 */
function afterCapitalisedHyphen(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 45) return false;
  const part = tokenBefore(text, start - 1);
  if (part === undefined || part.kind !== 'word' || part.end !== start - 1 || !isCapitalised(part) || isAllCapitals(part)) return false;
  let first = part;
  let capitalised = 1;
  for (let parts = 0; parts < 4 && text.charCodeAt(first.start - 1) === 45; parts++) {
    const previous = tokenBefore(text, first.start - 1);
    if (previous === undefined || previous.kind !== 'word' || previous.end !== first.start - 1) break;
    first = previous;
    // (Not one word repeated, `Win-Win-…`.)
    if (isCapitalised(previous) && !isAllCapitals(previous) && isSpelledWord(previous.lower) && previous.lower !== part.lower) capitalised++;
  }
  return capitalised >= 2 && isSpelledWord(part.lower) && lookBack(text, first.start).kind === 'word';
}

/**
 * The token that ends right before an offset, read over at most 60 characters.
 * @param text the text.
 * @param start the offset.
 * @returns the token, or undefined when none is that near.
 */
function tokenBefore(text: string, start: number): Token | undefined {
  return tokenize(text, Math.max(0, start - 60), start).at(-1);
}

/**
 * The capitalised word one space before an offset, on its line.
 * @param text the text.
 * @param start the offset.
 * @returns the word, or undefined when none stands so.
 */
function capitalisedWordBefore(text: string, start: number): Token | undefined {
  const previous = tokenBefore(text, start);
  return previous !== undefined && previous.kind === 'word' && text.slice(previous.end, start) === ' ' && isCapitalised(previous) ? previous : undefined;
}

/**
 * Whether a word ends in a possessive `'s` of either apostrophe (`GSA’s`).
 * @param token a word.
 * @returns true for such a word.
 */
function isPossessiveWord(token: Token): boolean {
  return token.lower.endsWith("'s") || token.lower.endsWith('\u2019s');
}

/**
 * Whether a span follows a name that ends with its head noun (`the Forest Service …`, `the
 * New York Times …`) and no capitalised word follows it: the name is complete, and a word after
 * it describes it (`staff`, `article`).
 * @param text the text.
 * @param start the span's start.
 * @param end the span's end.
 * @returns true after such a name.
 */
function afterCompleteName(text: string, start: number, end: number): boolean {
  const previous = capitalisedWordBefore(text, start);
  if (previous === undefined || !endsName(previous.text)) return false;
  const next = tokenize(text, end, Math.min(text.length, end + 40), 1)[0];
  return next === undefined || !isCapitalised(next) || /\n/u.test(text.slice(end, next.start));
}

/** The words between an organisation's head noun and the name it goes on with. */
const nameJoiners = new Set(['of', 'for']);

/**
 * The word a span goes on with before a name: `of` and a capitalised word (`… of Congress`,
 * `… of the Interior`), on the same line, and no people's adjective stands before it (`the
 * Canadian city of Toronto`); or `for` and such a word that is no people's adjective nor a day
 * or a month (`the Administration for Children`, not `a centre for Syrian refugees` nor `a
 * school for Monday`).
 * @param text the text.
 * @param start the span's start.
 * @param end the span's end.
 * @returns the joining word (`of`, `for`), or undefined.
 */
function joinerBeforeName(text: string, start: number, end: number): string | undefined {
  const after = tokenize(text, end, Math.min(text.length, end + 60), 3);
  const joiner = after[0];
  if (joiner === undefined || !nameJoiners.has(joiner.lower) || text.slice(end, joiner.start) !== ' ') return undefined;
  let name = after[1];
  if (name !== undefined && name.lower === 'the' && text.slice(joiner.end, name.start) === ' ') name = after[2];
  if (name === undefined || name.kind !== 'word' || !isCapitalised(name) || isPronounI(name) || !/^ (?:the )?$/u.test(text.slice(joiner.end, name.start))) return undefined;
  if (joiner.lower === 'for' && (isDemonym(name.text) || calendarNames.has(name.lower))) return undefined;
  const previous = tokenBefore(text, start);
  return previous === undefined || !isDemonym(previous.text) ? joiner.lower : undefined;
}

/**
 * Whether the word right before a span is a capitalised word that can start a name
 * (`Kansas …`, `CIO …`, `the Tax …`): on the same line, one space before, not a possessive nor
 * the pronoun `I`, and mid-sentence unless it is a proper noun or an abbreviation in capitals
 * (`The …` and `Our …` open a sentence, `Kansas …` may too).
 * A people's adjective before a place makes none (`the Canadian city of Toronto`).
 * @param text the text.
 * @param start the span's start.
 * @param head what the span's word heads: an organisation or a place.
 * @returns true for such a word.
 */
function followsNameWord(text: string, start: number, head: 'organisation' | 'place'): boolean {
  const previous = capitalisedWordBefore(text, start);
  if (previous === undefined || isPronounI(previous) || closedClass.has(previous.lower) || isPossessiveWord(previous)) return false;
  if (head === 'place' && isDemonym(previous.text)) return false;
  const before = lookBack(text, previous.start);
  if (before.kind === 'word' || (before.kind === 'other' && text.charCodeAt(before.at) === 44)) return true;
  return isAllCapitals(previous) || isAlwaysCapitalised(previous.text);
}

/**
 * Whether a token is the pronoun `I`, alone or contracted (`I’m`, `I've`): a capital that starts
 * no name (`open innovation and I think`).
 * @param token a token.
 * @returns true for the pronoun.
 */
function isPronounI(token: Token): boolean {
  return token.text === 'I' || /^I['’]/u.test(token.text);
}

/**
 * Whether a restored word is a verb in the past that follows a name as its subject (`the U.S.
 * Forest Service partnered with 18F`): a word of the dictionary ending in `ed`, before a word in
 * lower case. A name goes on with capitals (`the United Nations`), a verb does not.
 * @param text the text.
 * @param end the span's end.
 * @param word the restored word, when known.
 * @returns true for such a verb.
 */
function isVerbAfterName(text: string, end: number, word: string | undefined): boolean {
  if (word === undefined || word.length < 5 || !/^\p{L}+ed$/u.test(word) || !isSpelledWord(word.toLowerCase())) return false;
  const next = tokenize(text, end, Math.min(text.length, end + 40), 1)[0];
  return next === undefined || !isCapitalised(next);
}

/** A restoration proposed for another span, read in place of that span's damaged text. */
export interface NearbyRestoration {
  /** Start of the damaged span. */
  start: number;
  /** End of the damaged span. */
  end: number;
  /** The text proposed in its place. */
  text: string;
}

/**
 * Decides the letter case of a word restored over `[start, end)` as `decideCase` does, but
 * reads its line with other damaged spans already restored: in `the Office of ManageMen's
 * health's healtht and …` the name only shows once `Management` stands there again.
 * @param text the text.
 * @param start start of the span (the head).
 * @param end end of the span.
 * @param headText the head as written.
 * @param nearby restorations of spans (this one's among them or not), in text order and not
 *   overlapping.
 * @param word the restored word, when known.
 * @param lowered restorations of `nearby` read with their first letter in lower case.
 * @returns the case decision.
 */
export function decideCaseAmong(text: string, start: number, end: number, headText: string, nearby: readonly NearbyRestoration[], word?: string, lowered?: ReadonlySet<NearbyRestoration>): CaseDecision {
  const from = lineStartOf(text, start);
  const to = lineEndOf(text, end);
  const inside: NearbyRestoration[] = [];
  for (let index = firstStartingAt(nearby, from); index < nearby.length; index++) {
    const other = nearby[index] as NearbyRestoration;
    if (other.start >= to) break;
    if (other.end <= to && (other.end <= start || other.start >= end)) inside.push(other);
  }
  if (inside.length === 0) return decideCase(text, start, end, headText, word);
  // The view holds the line only: context is never read across a line break.
  const before = withRestorations(text, from, start, inside, lowered);
  const view = `${before}${text.slice(start, end)}${withRestorations(text, end, to, inside, lowered)}`;
  return decideCase(view, before.length, before.length + (end - start), headText, word);
}

/**
 * Index of the first restoration that starts at or after an offset, by binary search.
 * @param restorations restorations in text order.
 * @param offset the offset.
 * @returns the index (the length when none does).
 */
function firstStartingAt(restorations: readonly NearbyRestoration[], offset: number): number {
  let low = 0;
  let high = restorations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((restorations[middle] as NearbyRestoration).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A slice of the text with the restorations that lie inside it put in place of their spans.
 * @param text the text.
 * @param from slice start.
 * @param to slice end.
 * @param restorations restorations in text order, each inside the slice or outside it.
 * @param lowered restorations read with their first letter in lower case.
 * @returns the slice as it reads once restored.
 */
function withRestorations(text: string, from: number, to: number, restorations: readonly NearbyRestoration[], lowered?: ReadonlySet<NearbyRestoration>): string {
  let result = '';
  let position = from;
  for (const restoration of restorations) {
    if (restoration.start < from || restoration.end > to) continue;
    const restored = lowered?.has(restoration) === true ? `${restoration.text.charAt(0).toLowerCase()}${restoration.text.slice(1)}` : restoration.text;
    result += text.slice(position, restoration.start) + restored;
    position = restoration.end;
  }
  return result + text.slice(position, to);
}

/**
 * The letters after a full stop at an offset that may be a top-level domain (`gov` in
 * `.gov`): up to five letters, not followed by another letter or a digit.
 * @param text the text.
 * @param end the offset of the full stop.
 * @returns the letters as written, or undefined when no full stop or too many letters.
 */
function domainAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 46) return undefined;
  let index = end + 1;
  while (index < text.length && index < end + 6 && classAt(text, index) === CharClass.Letter) index++;
  if (index < text.length && (classAt(text, index) === CharClass.Letter || classAt(text, index) === CharClass.Digit)) return undefined;
  return text.slice(end + 1, index);
}

/**
 * Whether a span is the name of a site, right before a top-level domain (`Harbour.gov`,
 * `Ferry.com`) and not inside an address (`api.harbour.gov`, `https://harbour.gov`).
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns true for a site name.
 */
function isSiteName(text: string, start: number, end: number): boolean {
  const domain = domainAfter(text, end);
  if (domain === undefined || !domains.has(domain)) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  // `api.harbour.gov`, `https://harbour.gov`, `info@harbour.gov`: part of an address.
  return before !== 46 && before !== 47 && before !== 64;
}

/**
 * The letter case of a span inside a site name whose other parts show it: a capitalised
 * top-level domain (`Data.Gov`) or a part before the span written with a capital
 * (`Next.Data.gov`, `Agriculture.Data.gov`) or in lower case (`api.data.gov`).
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns the case, or undefined when the span is no such part or nothing shows.
 */
function hostPartCase(text: string, start: number, end: number): 'capital' | 'lower' | undefined {
  if (text.charCodeAt(end) === 46 && isUpperLetter(text.charAt(end + 1))) {
    // `Sites.USA.gov`, `Catalog.Data.gov`: a first part before a part written with a capital
    // takes one too, as about five in six such names in the clean corpus do (not inside an
    // address: `https://sites.USA.gov`).
    let part = end + 1;
    while (part < text.length && part < end + 40 && classAt(text, part) === CharClass.Letter) part++;
    const after = domainAfter(text, part);
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (after !== undefined && domains.has(after.toLowerCase()) && before !== 46 && before !== 47 && before !== 64) {
      // The text's other names under the same parts tell first (`classic.FEC.gov`).
      return otherHostsCase(text, start, end, text.slice(end, part + 1 + after.length)) ?? 'capital';
    }
  }
  const domain = domainAfter(text, end);
  if (domain === undefined || !domains.has(domain.toLowerCase())) return undefined;
  if (domain !== domain.toLowerCase() && domain !== domain.toUpperCase()) return 'capital';
  if (start < 2 || text.charCodeAt(start - 1) !== 46) return undefined;
  const part = lettersBefore(text, start - 1);
  if (part === start - 1) return undefined;
  const first = text.charAt(part);
  if (first !== first.toUpperCase()) return 'lower';
  return first !== first.toLowerCase() && text.slice(part + 1, start - 1) !== text.slice(part + 1, start - 1).toUpperCase() ? 'capital' : undefined;
}

/** How far around a span the address it may stand in is read. */
const addressReach = 200;

/**
 * Whether a span stands inside a web address written in lower case: right after a `/` or a
 * `.` of an address (`federalregister.gov/api/v1`), or before `.` and two more parts of a host
 * (`api.data.gov`, a subdomain; not `USA.gov`, a name written with its capitals), with no
 * capital in the address's other letters.
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns true inside such an address.
 */
export function inLowerCaseAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < addressReach && !/\s/u.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < addressReach && !/\s/u.test(text.charAt(to))) to++;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const outside = `${before}${after}`;
  if (outside !== outside.toLowerCase()) return false;
  const previous = text.charAt(start - 1);
  const inPath = (previous === '/' || previous === '.') && (before.includes('://') || before.startsWith('www.') || /\.[a-z]{2,}\//u.test(before));
  const subdomain = /^\.[a-z0-9-]+\.[a-z]{2,}(?:$|[/:)\]}.,;!?'"’”])/u.test(after);
  return inPath || subdomain;
}

/**
 * How the text writes the first part of its other site names under the same parts
 * (`classic.FEC.gov` beside a span before `.FEC.gov`).
 * @param text the text.
 * @param start span start.
 * @param end span end, where the parts start.
 * @param parts the parts after the span (`.FEC.gov`).
 * @returns the case most of them take, or undefined when none or as many each way.
 */
function otherHostsCase(text: string, start: number, end: number, parts: string): 'capital' | 'lower' | undefined {
  const { lower, upper } = casesOfWordsBefore(text, start, end, parts, () => true);
  return lower > upper ? 'lower' : upper > lower ? 'capital' : undefined;
}

/**
 * Counts, by the case of their first letter, the words that stand right before a string near
 * a span (at most 40 letters each), leaving out the span and other copies of its last word,
 * which are other copies of the same damage (`statistics.gov`, `timetablesiness.USA.gov`).
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @param needle the string after the words (`.`, `.FEC.gov`).
 * @param accepts which words count, by their start and the needle's offset.
 * @returns the words that start in lower case and with a capital.
 */
function casesOfWordsBefore(text: string, start: number, end: number, needle: string, accepts: (wordStart: number, at: number) => boolean): { lower: number; upper: number } {
  let lower = 0;
  let upper = 0;
  const own = text.slice(lettersBefore(text, end, start), end).toLowerCase();
  for (const at of occurrences(text, needle, Math.max(0, start - siteNameWindow), Math.min(text.length, end + siteNameWindow))) {
    if (at >= start && at <= end) continue;
    const wordStart = lettersBefore(text, at, 0, 40);
    if (wordStart === at || !accepts(wordStart, at) || text.slice(wordStart, at).toLowerCase() === own) continue;
    const first = text.charAt(wordStart);
    if (first !== first.toUpperCase()) lower++;
    else if (first !== first.toLowerCase()) upper++;
  }
  return { lower, upper };
}

/**
 * The offsets where a string stands inside `[from, to)` of a text, searched in that slice only
 * (a search of the whole text from `from` would read a long text to its end each time).
 * @param text the text.
 * @param needle the string.
 * @param from where the slice starts.
 * @param to where it ends.
 * @yields each offset in the text, in order.
 */
export function* occurrences(text: string, needle: string, from: number, to: number): Generator<number> {
  const window = text.slice(from, to);
  for (let index = window.indexOf(needle); index >= 0; index = window.indexOf(needle, index + 1)) yield from + index;
}

/** How far around a span other site names are looked for. */
const siteNameWindow = 6000;

/**
 * Whether the other site names near a span (`data.gov`, `Login.gov`) are mostly written in
 * lower case: a word right before a top-level domain, not inside an address.
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns true when more of them start lower case than with a capital.
 */
function lowerSiteNames(text: string, start: number, end: number): boolean {
  const { lower, upper } = casesOfWordsBefore(text, start, end, '.', (wordStart, dot) => isSiteName(text, wordStart, dot));
  return lower > upper;
}

/** How far around a span the text is searched for a word in lower case. */
const lowerWordWindow = 20000;

/**
 * Whether a word stands somewhere near an offset in lower case, as a whole word: a common
 * word, so where it is capitalised mid-sentence it is part of a name (`the Tax …`).
 * @param text the text.
 * @param word the word as written.
 * @param around the offset.
 * @returns true when its lower-case form is found.
 */
function standsInLowerCase(text: string, word: string, around: number): boolean {
  const lower = word.toLowerCase();
  if (lower === word || lower.length < 3) return false;
  const to = Math.min(text.length, around + lowerWordWindow);
  for (const index of occurrences(text, lower, Math.max(0, around - lowerWordWindow), to)) {
    const before = index > 0 ? classAt(text, index - 1) : CharClass.Space;
    const after = index + lower.length < text.length ? classAt(text, index + lower.length) : CharClass.Space;
    if (before !== CharClass.Letter && before !== CharClass.Hyphen && after !== CharClass.Letter && after !== CharClass.Hyphen) return true;
  }
  return false;
}

/**
 * Whether a name stands elsewhere near an offset as a whole, with no capitalised word after
 * it: `the Forest Service.`, `Forest Service employees`. A name the text writes complete is
 * complete before the span too, so the span's word describes it (`Forest Service staff`);
 * one the text writes only before the damage (`Stop Violence Against …`) goes on with it.
 * @param text the text.
 * @param name the name as written (`Forest Service`).
 * @param at where this occurrence starts, not counted.
 * @returns true when another occurrence ends there.
 */
function standsAlone(text: string, name: string, at: number): boolean {
  const to = Math.min(text.length, at + lowerWordWindow);
  for (const index of occurrences(text, name, Math.max(0, at - lowerWordWindow), to)) {
    if (index === at || (index > 0 && classAt(text, index - 1) === CharClass.Letter)) continue;
    let after = index + name.length;
    const first = text.charAt(after);
    if (first === '.' || first === ',' || first === ';' || first === ':' || first === ')' || first === '?' || first === '!') return true;
    if (first !== ' ') continue;
    after++;
    const letter = text.charAt(after);
    if (letter !== letter.toUpperCase() && letter === letter.toLowerCase()) return true;
  }
  return false;
}

/**
 * Whether a span stands inside a capitalised name (`End Violence Against … campaign`,
 * `International … Day`, `Department of …`): the word right after it is capitalised, or the
 * words before it are a capitalised name of two words or more, or a capitalised word and
 * `of`/`for`. A single capitalised word before it is not enough (`Landsat data`), nor a
 * possessive (`GSA’s security`) or the first word of a sentence (`Trafficked women`).
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @returns true inside a name.
 */
function insideName(text: string, start: number, end: number, word: string | undefined): boolean {
  const after = tokenize(text, end, Math.min(text.length, end + 60));
  const next = after[0];
  const before = tokenize(text, Math.max(0, start - 120), start);
  const owner = before.at(-1);
  // A number word after a count is no name's first word (`more than 150 million Americans`, `45
  // million Schedule A records`); other words after a number may be (`9609 Medical Center
  // Drive`, `OMB M-13-13 Open Data Policy`), and so may any after a name's number (`Room 101
  // Tours`) or a year (`the 2020 Sunshine Coast season`).
  const beforeCount = before.at(-2);
  if (owner !== undefined && owner.kind === 'number' && /^\p{N}[\p{N},.]*$/u.test(owner.text) && !/^(?:1[89]|20)\d\d$/u.test(owner.text) && text.slice(owner.end, start) === ' ' && word !== undefined && countWords.has(word.toLowerCase()) && (beforeCount === undefined || !isCapitalised(beforeCount))) return false;
  // A describing word after an adverb in lower case describes what follows it (`the recently
  // released Digital Strategy`, `a newly created Office`): a name starts with its own capital.
  // A noun there is a title or a name's first word (`currently Queen Elizabeth II`), and so is
  // a title that is an adjective too (`recently Cardinal Pell`).
  const describing = word !== undefined && (/(?:ed|ing)$/u.test(word.toLowerCase()) || isAdjective(word)) && !isTitleWord(word);
  if (describing && owner !== undefined && owner.kind === 'word' && owner.lower === owner.text && owner.lower.endsWith('ly') && text.slice(owner.end, start) === ' ' && isAdverb(owner.lower)) return false;
  // An adjective of time describes the name after it (`former President Obama`, `the current
  // Digital Strategy`); it starts a place only (`New York`). `New` starts names of other
  // kinds too (`The New School`, `New Horizons took`), so only a word in lower case before it
  // tells (`the new Data.gov`).
  const timeWord = word?.toLowerCase();
  if (timeWord !== undefined && timeWords.has(timeWord) && !(next !== undefined && isPlacePhrase(`${timeWord.charAt(0).toUpperCase()}${timeWord.slice(1)} ${next.text}`))) {
    if (timeWord !== 'new' || (owner !== undefined && owner.kind === 'word' && owner.lower === owner.text && text.slice(owner.end, start) === ' ')) return false;
  }
  // A possessive after a possessive determiner is a common noun before a name (`your agency’s
  // Office of General Counsel`), not its first word (but `our Customer Experience program`).
  const owned = word !== undefined && /['’]s$/u.test(word) && owner !== undefined && isPossessiveDeterminer(owner.lower) && text.slice(owner.end, start) === ' ';
  // An abbreviation after the span names no name of capitalised words (`search API`).
  // Nor does an article that opens a title after it (`the book The Art of …`), or a person's
  // name after a word that is no title (`designer Sarah Quill`; not `Officer Todd Park`).
  // Nor does a span after a subject pronoun that opens a sentence, where a verb stands (`They
  // talk Smith’s plan through`; not `IT`, an initialism, nor `What it Means For You`, a title's words).
  // So too after a subject pronoun in lower case or a modal verb mid-sentence (`where she
  // teaches Open Data`, `we hosted Cristin`, `when you visit Data.gov`, `visitors will
  // appreciate Your Art’s`; `it` may be an object, `make it Easy Street`; `you` is one less often
  // before a name's first word than a subject before a verb).
  const afterSubject = owner !== undefined && text.slice(owner.end, start) === ' ' && ((subjects.has(owner.lower) && isCapitalised(owner) && (owner.text === 'I' || !isAllCapitals(owner))) || (owner.text === owner.lower && owner.lower !== 'it' && (subjects.has(owner.lower) || modals.has(owner.lower))));
  if (next && !owned && !afterSubject && next.start > end && isCapitalised(next) && !isPronounI(next) && (!isAbbreviationWord(next) || isRomanNumeral(next.text)) && !(articles.has(next.lower) && text.charAt(next.end) === ' ') && !(word !== undefined && !isTitleWord(word) && isPersonName(text, after))) {
    const gap = text.slice(end, next.start);
    if (gap.trim() === '' && !gap.includes('\n')) return true;
  }
  // `Export-Import Bank`, `Ex-Im`: a capitalised word joined by a hyphen.
  if (next && next.start === end + 1 && text.charAt(end) === '-' && isCapitalised(next) && !isAbbreviationWord(next)) return true;
  if (next && (next.lower === 'and' || next.text === '&') && text.slice(end, next.start) === ' ') {
    // `Health and Human Services`, `Science & Technology Policy`: the name goes on after a joiner
    // with a capitalised common word; not `servers and APIs` nor `servers and Google`.
    const joined = after[1];
    if (joined && text.slice(next.end, joined.start) === ' ' && isCapitalised(joined) && !isPronounI(joined) && !isAbbreviationWord(joined) && !isProperNoun(joined.text)) return true;
  }
  let index = before.length - 1;
  if (next && (next.lower === 'of' || next.lower === 'for') && text.slice(end, next.start) === ' ') {
    // `the UX Community of Practice`, `Vice President of Customer Experience`: a capitalised
    // word before and a capitalised common word after `of`.
    const at = after[1]?.lower === 'the' ? 2 : 1;
    const joined = after[at];
    const common = joined !== undefined && isCapitalised(joined) && !isAbbreviationWord(joined) && !isProperNoun(joined.text);
    // Not `the women of Ciudad Juarez`: a place after the joiner.
    if (common && isNameWord(text, before, index, start, true) && isCapitalised(before[index])) return true;
    // `the Office of Citizen Services`, `the Internet of Postal Things`: right after `of`, two
    // capitalised common words (not `the bust of President Obama`, `the island of Grand Bahama`,
    // `the women of Ciudad Juarez`).
    const second = after[at + 1];
    if (common && next.lower === 'of' && at === 1 && second !== undefined && isCapitalised(second) && text.slice(joined.end, second.start) === ' ' && !isProperNoun(second.text) && !isPlacePhrase(`${joined.text} ${second.text}`) && isCommonPair(text, joined.text, second.text, start)) return true;
    // `the Office of Management and Budget`, `the Office of Science & Technology Policy`: so
    // too two capitalised common words joined by `and` or `&`.
    const third = after[at + 2];
    if (common && next.lower === 'of' && at === 1 && second !== undefined && third !== undefined && (second.lower === 'and' || second.text === '&') && text.slice(joined.end, second.start) === ' ' && text.slice(second.end, third.start) === ' ' && isCapitalised(third) && !isAbbreviationWord(third) && !isProperNoun(third.text) && isSpelledWord(joined.lower) && isSpelledWord(third.lower)) return true;
  }
  // `the Federal Front Door team`: a noun that mostly describes after a name.
  if (word !== undefined && followsNamesInLowerCase(word)) return false;
  const last = before[index];
  const earlierWord = before[index - 1];
  const startsName = last !== undefined && !(earlierWord !== undefined && isCapitalised(earlierWord) && text.slice(earlierWord.end, last.start) === ' ' && isPlacePhrase(`${earlierWord.text} ${last.text}`));
  if (last && startsName && isCapitalised(last) && !isAllCapitals(last) && text.slice(last.end, start) === ' ' && isFirstName(last.text)) {
    // `Amos Stone`, `Officer Todd Park`: after a first name, at a sentence start too, a surname
    // (not after `South Carolina`, where the first name ends a place).
    return true;
  }
  const ampersand = before[index];
  if (ampersand !== undefined && ampersand.text === '&' && text.slice(ampersand.end, start) === ' ') {
    // `Center for Telehealth & …`: an ampersand after a capitalised word joins a name;
    // prose writes `and`.
    const joined = before[index - 1];
    return joined !== undefined && text.slice(joined.end, ampersand.start) === ' ' && isCapitalised(joined) && !isAllCapitals(joined) && lookBack(text, joined.start).kind === 'word';
  }
  // `the Office of Women’s Health`, `the Association for Veterans’ Rights`: a capitalised plural
  // possessive after `of` or `for` and a capitalised word goes on the name (not `the
  // Department of Labor’s budget`).
  const possessor = before[index];
  if (possessor !== undefined && withoutPossessive(possessor.text) !== possessor.text && isCapitalised(possessor) && text.slice(possessor.end, start) === ' ') {
    const joiner = before[index - 1];
    const nameWord = before[index - 2];
    if (joiner !== undefined && (joiner.lower === 'of' || joiner.lower === 'for') && text.slice(joiner.end, possessor.start) === ' ' && nameWord !== undefined && isCapitalised(nameWord) && text.slice(nameWord.end, joiner.start) === ' ' && isPluralNoun(withoutPossessive(possessor.lower))) return true;
  }
  if (!isNameWord(text, before, index, start)) return false;
  const previous = before[index] as Token;
  if (previous.lower === 'of' || previous.lower === 'for') {
    // `Department of Health`, `Association for Women's Rights`; at a line's or a sentence's
    // start too when the word before `of` heads names (`Department of Labor` in a list).
    const owner = before[index - 1];
    if (owner === undefined || !isCapitalised(owner)) return false;
    // Not `the United States for School …`: a place name ends before the joiner (but a word
    // that heads names heads one after a place, `Florida Department of Transportation`).
    const ownerFirst = before[index - 2];
    if (ownerFirst !== undefined && isCapitalised(ownerFirst) && text.slice(ownerFirst.end, owner.start) === ' ' && !headsNameOf(owner.text) && isPlacePhrase(`${ownerFirst.text} ${owner.text}`)) return false;
    return isNameWord(text, before, index - 1, previous.start, true) || (text.slice(owner.end, previous.start) === ' ' && headsNameOf(owner.text));
  }
  if (previous.lower === 'and') {
    // `Office of Management and Budget`: `and` inside a name that has an `of` or `for`; not
    // `Amnesty International and women’s sector`.
    return nameChainHasJoiner(text, before, index - 1, previous.start);
  }
  if (!isCapitalised(previous)) return false;
  index--;
  // `the Tax Court`, `Mule Design`: one capitalised word before, which the text writes in
  // lower case elsewhere, is capitalised for a name (not `Landsat data`, `Google maps`).
  // An adjective capitalised mid-sentence is the start of a name (`Supreme Court`, `Big Data`).
  // A word English writes with a capital only (`Spanish`, `Atlantic`) says nothing of the next.
  const commonCapital = (): boolean => !isProperNoun(previous.text) && (isAdjective(previous.text) || standsInLowerCase(text, previous.text, start)) && !isCapitalOnly(previous.text);
  if (!isNameWord(text, before, index, previous.start, true)) return commonCapital();
  const earlier = before[index] as Token;
  // `her South Carolina home`: a place name ends before the span.
  if (isCapitalised(earlier)) return !isProperNoun(previous.text) && !standsAlone(text, `${earlier.text} ${previous.text}`, earlier.start);
  // `Department of Homeland …`, `Science and Technology …`: a joiner between capitalised words.
  const joiner = earlier.lower === 'of' || earlier.lower === 'for' || earlier.lower === 'and';
  if (joiner && isNameWord(text, before, index - 1, earlier.start, true) && isCapitalised(before[index - 1])) return true;
  return commonCapital();
}

/** How far after a span an acronym in brackets is looked for. */
const expansionWindow = 80;

/**
 * The letter case an acronym in brackets after a span gives it, when the span's word is one of
 * the words the acronym spells: `Authority to Operate (ATO)` and `English as a Second
 * Language (ESL)` are names, `application programming interface (API)` is not. The other
 * words the acronym spells tell which: all capitalised, or all in lower case. Function words
 * may stand between them (`as a`), or give a letter (`to` in `ATO`).
 * @param text the text.
 * @param start span start.
 * @param end span end.
 * @param lineEnd end of the span's line.
 * @param word the word that will stand at the span, when known: its initial is the one the
 *   acronym spells (else the span's own).
 * @returns `capital` or `lower`, or undefined when no acronym spells the span's word or its
 *   other words are written both ways.
 */
function acronymExpansion(text: string, start: number, end: number, lineEnd: number, word?: string): 'capital' | 'lower' | undefined {
  // The bracket, on the same clause: no full stop, comma, colon or other bracket before it.
  const limit = Math.min(lineEnd, end + expansionWindow);
  let open = end;
  while (open < limit) {
    const code = text.charCodeAt(open);
    if (code === 40) break;
    if (code === 46 || code === 44 || code === 58 || code === 59 || code === 41 || code === 33 || code === 63) return undefined;
    open++;
  }
  if (open >= limit) return undefined;
  let close = open + 1;
  while (close < limit && close - open <= 9) {
    const code = text.charCodeAt(close);
    if (code < 65 || code > 90) break;
    close++;
  }
  const letters = text.slice(open + 1, close).toLowerCase();
  if (text.charAt(close) === 's') close++;
  if (letters.length < 2 || text.charAt(close) !== ')') return undefined;
  const after = tokenize(text, end, open).filter((token) => token.kind !== 'number');
  const before = tokenize(text, Math.max(0, start - expansionWindow), start).filter((token) => token.kind !== 'number');
  // The initial of the word that will stand there, which a term-last label's copies before it
  // do not show (`Sciences Meet Our Meet Our Team (SBST)` is `Sciences Team`).
  const spanInitial = (word?.charAt(0) || text.charAt(start)).toLowerCase();
  const words: (Token | undefined)[] = [...before.slice(-expansionWords), undefined, ...after];
  const path = spellBack(words, letters, spanInitial, words.length - 1, false, new Set());
  if (path === undefined) return undefined;
  // A word that opens a line or a sentence is capitalised whatever it is (`Machine learning
  // (ML)` in a list): it says nothing.
  const content = path.filter((word) => !closedClass.has(word.lower) && word.text !== '&' && !opensClause(text, word.start));
  const capitalised = content.filter((word) => isCapitalised(word)).length;
  if (capitalised > 0 && capitalised === content.length) return 'capital';
  if (content.length > 0 && capitalised === 0) return 'lower';
  return undefined;
}

/**
 * Whether a word opens a line, a sentence or a quotation, where any word is capitalised.
 * @param text the text.
 * @param start the word's start.
 * @returns true for such a word.
 */
function opensClause(text: string, start: number): boolean {
  const kind = lookBack(text, start).kind;
  return kind === 'line' || kind === 'sentence' || kind === 'quotation';
}

/** At most this many words before a span are read as part of an acronym's expansion. */
const expansionWords = 8;

/**
 * Reads words back from an acronym's bracket, one letter per word: a word gives the letter
 * its initial matches, and a function word may give one (`to` in `ATO`) or be passed over
 * (`of` in `OSTP` for `Office of Science and Technology Policy`). The span (`undefined` in
 * `words`) must give one. Tries giving a letter first; the words are few (at most 8 letters
 * and a window of words), and a state that failed once is not read again.
 * @param words the words before and after the span, the span as `undefined`.
 * @param letters the acronym's letters still to spell, in lower case.
 * @param spanInitial the span's first letter, in lower case.
 * @param index the word to read next, going back.
 * @param usedSpan whether the span gave a letter already.
 * @param failed states (`index`, letters left, span used) already read without a spelling.
 * @returns the words that gave a letter (the span left out), or undefined.
 */
function spellBack(words: readonly (Token | undefined)[], letters: string, spanInitial: string, index: number, usedSpan: boolean, failed: Set<number>): Token[] | undefined {
  if (letters === '') return usedSpan ? [] : undefined;
  if (index < 0) return undefined;
  const state = (index * 16 + letters.length) * 2 + (usedSpan ? 1 : 0);
  if (failed.has(state)) return undefined;
  const found = spellStep(words, letters, spanInitial, index, usedSpan, failed);
  if (found === undefined) failed.add(state);
  return found;
}

/**
 * One step of `spellBack`: the word at `index` gives a letter, or is passed over.
 * @param words the words, the span as `undefined`.
 * @param letters the letters still to spell.
 * @param spanInitial the span's first letter.
 * @param index the word read.
 * @param usedSpan whether the span gave a letter already.
 * @param failed states already read without a spelling.
 * @returns the words that gave a letter, or undefined.
 */
function spellStep(words: readonly (Token | undefined)[], letters: string, spanInitial: string, index: number, usedSpan: boolean, failed: Set<number>): Token[] | undefined {
  const word = words[index];
  const skippable = word !== undefined && (closedClass.has(word.lower) || word.text === '&');
  if ((word === undefined ? spanInitial : word.lower.charAt(0)) === letters.charAt(letters.length - 1)) {
    const rest = spellBack(words, letters.slice(0, -1), spanInitial, index - 1, usedSpan || word === undefined, failed);
    if (rest !== undefined) return word === undefined ? rest : [...rest, word];
  }
  return skippable ? spellBack(words, letters, spanInitial, index - 1, usedSpan, failed) : undefined;
}

/**
 * Whether one of two words is a common word: compromise's lexicon holds it, or the text writes
 * it in lower case near the span.
 * @param text the text.
 * @param one the first word.
 * @param other the second word.
 * @param around the span's start.
 * @returns true when either is.
 */
function isCommonPair(text: string, one: string, other: string, around: number): boolean {
  return isLexiconWord(one) || isLexiconWord(other) || standsInLowerCase(text, one, around) || standsInLowerCase(text, other, around);
}

/**
 * Whether a word is an abbreviation in capitals, perhaps with a plural `s` (`UK`, `APIs`).
 * @param token a word.
 * @returns true for such a word.
 */
function isAbbreviationWord(token: Token): boolean {
  const stem = token.text.length > 2 && token.text.endsWith('s') ? token.text.slice(0, -1) : token.text;
  return stem.length > 1 && stem === stem.toUpperCase();
}

/**
 * Whether the tokens after a span open a person's name: a first name and a capitalised word
 * (`Sarah Quill`, `Dana Holt`), or a first name, a middle initial and a capitalised word
 * (`Dana J. Holt`).
 * @param text the text.
 * @param after the tokens after the span.
 * @returns true for a person's name.
 */
function isPersonName(text: string, after: readonly Token[]): boolean {
  const [first, second, third] = after;
  if (first === undefined || second === undefined || !isFirstName(first.text) || text.slice(first.end, second.start) !== ' ') return false;
  const initial = /^\p{Lu}$/u.test(second.text) && third !== undefined && text.slice(second.end, third.start) === '. ';
  const surname = initial ? third : second;
  return isCapitalised(surname) && !isAllCapitals(surname);
}

/**
 * Whether a word is a Roman numeral of two letters or more (`II`, `XIV`), which goes on a name
 * (`World War II`, `Title IX`); `I`, `V` and `X` alone are read as other words.
 * @param word the word as written.
 * @returns true for a Roman numeral.
 */
function isRomanNumeral(word: string): boolean {
  return word.length >= 2 && word.length <= 7 && /^X{0,3}(?:IX|IV|V?I{0,3})$/u.test(word);
}

/**
 * Whether the words ending at `index` are a capitalised name joined by `of` or `for`
 * (`Office of Management`), read backwards over capitalised words and joiners.
 * @param text the text.
 * @param tokens tokens before the span.
 * @param index index of the last word of the chain.
 * @param until where the gap after that word ends.
 * @returns true when the chain holds a joiner between capitalised words.
 */
function nameChainHasJoiner(text: string, tokens: Token[], index: number, until: number): boolean {
  let position = index;
  let boundary = until;
  let sawJoiner = false;
  let capitals = 0;
  while (position >= 0 && isNameWord(text, tokens, position, boundary, true)) {
    const token = tokens[position] as Token;
    if (token.lower === 'of' || token.lower === 'for') sawJoiner = true;
    else if (isCapitalised(token)) capitals++;
    else break;
    boundary = token.start;
    position--;
  }
  return sawJoiner && capitals >= 2 && isCapitalised(tokens[index]);
}

/**
 * Whether the token at `index` stands right before `until` (one space, same line) and can
 * be part of a name: not a possessive, not an all-capitals abbreviation unless `allowCapitals`.
 * @param text the text.
 * @param tokens tokens before the span.
 * @param index index of the token.
 * @param until where the gap after it ends.
 * @param allowCapitals whether an all-capitals word counts (`UK` inside a longer name).
 * @returns true when it qualifies.
 */
function isNameWord(text: string, tokens: Token[], index: number, until: number, allowCapitals = false): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return false;
  const gap = text.slice(token.end, until);
  if (gap.trim() !== '' || gap.includes('\n') || gap.length === 0) return false;
  if (isPossessiveWord(token)) return false;
  if (!allowCapitals && isAllCapitals(token)) return false;
  if (token.lower === 'of' || token.lower === 'for') return true;
  // The first word of a sentence is capitalised for another reason: `Trafficked women and…`.
  // After a comma a name goes on a list (`Justice, Environmental Protection …`).
  const before = lookBack(text, token.start);
  return before.kind === 'word' || (before.kind === 'other' && (text.charCodeAt(before.at) === 44 || text.charCodeAt(before.at) === 59));
}

/** How far a list is read on each side of a span (characters). */
const listWindow = 100;

/** How many items a list is read on each side of a span. */
const listItems = 2;

/**
 * Reads the letter case of a list item by its word next to the comma: a capitalised common
 * word (`Technology`) counts as capitalised, a lower-case word as lower case; a name, an
 * acronym, a function word or a word capitalised to open a sentence say nothing.
 * @param text the text.
 * @param token the item's word next to the comma.
 * @returns the item's case, or undefined when it says nothing.
 */
function listItemCase(text: string, token: Token | undefined): 'capital' | 'lower' | undefined {
  if (token === undefined || token.kind !== 'word' || closedClass.has(token.lower)) return undefined;
  if (!isCapitalised(token)) return 'lower';
  if (isAllCapitals(token) || isPronounI(token) || isProperNoun(token.text) || isAlwaysCapitalised(token.text) || !isSpelledWord(token.lower)) return undefined;
  return opensClause(text, token.start) ? undefined : 'capital';
}

/**
 * Whether a span is an item of a comma list whose other items are capitalised common words
 * (`STEM (…, Technology, Engineering, and Mathematics)`, `Strategy, Customer Understanding,
 * and …`, `Commerce, …, and Transportation`): such a list names disciplines or offices, so the
 * span was capitalised too. Two such items at least, and no item in lower case, within two
 * items on each side; an item is read by its word next to the comma.
 * @param text the text.
 * @param start start of the span.
 * @param end end of the span.
 * @returns true for an item of a capitalised list.
 */
function inCapitalisedList(text: string, start: number, end: number): boolean {
  const before = tokenize(text, Math.max(0, start - listWindow), start);
  const previous = before[before.length - 1];
  // `Find a staff …, Read news articles`: a span after a lower-case word or a determiner of its
  // own item is not an item of the list; a preposition may open the list (`on …, Youth and
  // Families`).
  if (previous !== undefined && text.slice(previous.end, start) === ' ') {
    const determiner = headingDeterminers.has(previous.lower) || singular.has(previous.lower) || plural.has(previous.lower);
    if (determiner || (!closedClass.has(previous.lower) && !isCapitalised(previous))) return false;
  }
  const after = tokenize(text, end, Math.min(text.length, end + listWindow));
  const next = after[0];
  // `… and data visualizations`: nor is a span before a lower-case word of its own item.
  if (next !== undefined && text.slice(end, next.start) === ' ' && next.kind === 'word' && !closedClass.has(next.lower) && !isCapitalised(next)) return false;
  let capital = 0;
  let lower = 0;
  const count = (found: 'capital' | 'lower' | undefined): void => {
    if (found === 'capital') capital++;
    else if (found === 'lower') lower++;
  };
  let at = 0;
  let from = end;
  for (let item = 0; item < listItems; item++) {
    let word = after[at];
    if (word === undefined) break;
    const joined = after[at + 1];
    if ((word.lower === 'and' || word.lower === 'or') && joined !== undefined && text.slice(from, word.start) === ' ' && text.slice(word.end, joined.start) === ' ') {
      // `…, Youth and Families`: the last item, after a joiner with no comma.
      count(listItemCase(text, joined));
      break;
    }
    if (text.slice(from, word.start) !== ', ') break;
    if ((word.lower === 'and' || word.lower === 'or') && joined !== undefined && text.slice(word.end, joined.start) === ' ') {
      word = joined;
      at++;
    }
    count(listItemCase(text, word));
    // On to the item's last word, before the next comma (a function word ends the list).
    for (let following = after[at + 1]; following !== undefined && following.kind === 'word' && !closedClass.has(following.lower) && text.slice(word.end, following.start) === ' '; following = after[at + 1]) {
      word = following;
      at++;
    }
    from = word.end;
    at++;
  }
  let index = before.length - 1;
  let until = start;
  for (let item = 0; item < listItems; item++) {
    let word = before[index];
    if (word === undefined) break;
    const joiner = word.lower === 'and' || word.lower === 'or';
    if (joiner && item === 0 && text.slice(word.end, until) === ' ') {
      // `…, and Design` or `… and Design`: the span ends the list.
      const previous = before[index - 1];
      const gap = previous === undefined ? '' : text.slice(previous.end, word.start);
      if (previous === undefined || (gap !== ', ' && gap !== ' ')) break;
      word = previous;
      index--;
    } else if (text.slice(word.end, until) !== ', ') break;
    count(listItemCase(text, word));
    // Back to the item's first word, after the comma before it (not over a function word).
    for (let earlier = before[index - 1]; earlier !== undefined && earlier.kind === 'word' && !closedClass.has(earlier.lower) && text.slice(earlier.end, word.start) === ' '; earlier = before[index - 1]) {
      word = earlier;
      index--;
    }
    until = word.start;
    index--;
  }
  return capital >= 2 && lower === 0;
}

/**
 * Applies a case decision to a restored word.
 * @param word the restored word (any case).
 * @param decision the decision from `decideCase`.
 * @returns the word in the decided case.
 */
export function applyCase(word: string, decision: CaseDecision): string {
  if (word === '') return word;
  if (decision.form === 'upper') return word.toUpperCase();
  const lower = word.toLowerCase();
  if (decision.form === 'lower') return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Reads whether a noun restored over `[start, end)` stands in the singular or the plural, from
 * the words that open its noun phrase (`various …`, `an …`), then agreement with the verb after
 * it (`… are`, `… is`). A noun right before another word modifies it and stays singular
 * (`XXX planning`); a count noun with no determiner is plural (`they attended XXX.`).
 * @param text the text.
 * @param start start of the span.
 * @param end end of the span.
 * @returns `plural`, `singular`, or `unknown` (`the …`, `our …`).
 */
export function decideNumber(text: string, start: number, end: number): 'plural' | 'singular' | 'unknown' {
  const opening = readDeterminer(text, start);
  if (opening === 'plural' || opening === 'singular') return opening;
  const next = tokenize(text, end, Math.min(text.length, end + 40))[0];
  const nextGap = next ? text.slice(end, next.start) : '';
  // After a modal verb, or after `to` and before what opens a noun phrase, the word is a verb
  // (`we will address`, `to address the issue`), which a replace hit in its plain form.
  const previous = text.charCodeAt(start - 1) === 32 ? tokenBefore(text, start - 1) : undefined;
  if (previous !== undefined && previous.end === start - 1 && (modals.has(previous.lower) || (previous.lower === 'to' && next !== undefined && nextGap === ' ' && objectOpeners.has(next.lower)))) return 'singular';
  if (next && nextGap.trim() === '' && !nextGap.includes('\n')) {
    if (pluralAgreement.has(next.lower)) return 'plural';
    if (singularAgreement.has(next.lower)) return 'singular';
    if (next.kind === 'word' && !closedClass.has(next.lower)) return 'unknown';
  }
  return opening === 'none' ? 'plural' : 'unknown';
}

const modals = new Set(modalVerbs);
const objectOpeners = new Set(objectOpenerList);

/**
 * Reads back from a noun over up to three modifiers to the word that opens its noun phrase.
 * @param text the text.
 * @param start start of the noun.
 * @returns `singular` or `plural` for a determiner of that number, `unknown` for one of
 *   either (`the`, `our`, `Harbour’s`) or too many modifiers, `none` when nothing determines it
 *   (a preposition, a verb, punctuation).
 */
function readDeterminer(text: string, start: number): 'plural' | 'singular' | 'unknown' | 'none' {
  const before = tokenize(text, Math.max(0, start - 100), start);
  let boundary = start;
  let modifiers = 0;
  for (let index = before.length - 1; index >= 0; index--) {
    const token = before[index] as Token;
    const gap = text.slice(token.end, boundary);
    // Punctuation or a line break before the noun phrase ends it; `half-day` is one modifier.
    if ((gap.trim() !== '' && gap !== '-') || gap.includes('\n')) return 'none';
    if (modifiers >= 3) return 'unknown';
    if (token.kind === 'number') {
      // `the 2016 …` is a year that modifies; `2 …`, `40 …` count.
      if (!/^\d{4}$/u.test(token.text)) return token.text === '1' ? 'singular' : 'plural';
    } else if (token.kind !== 'word') {
      return 'none';
    } else {
      if (singular.has(token.lower)) return 'singular';
      if (plural.has(token.lower)) return 'plural';
      if (token.lower === 'the' || isPossessiveDeterminer(token.lower) || isPossessiveWord(token)) return 'unknown';
      if (closedClass.has(token.lower)) return 'none';
    }
    modifiers++;
    boundary = token.start;
  }
  return 'none';
}

/**
 * Whether a word is a possessive determiner (`our`, `their`).
 * @param lower the word in lower case.
 * @returns true for such a word.
 */
function isPossessiveDeterminer(lower: string): boolean {
  return lower === 'my' || lower === 'your' || lower === 'his' || lower === 'her' || lower === 'its' || lower === 'our' || lower === 'their' || lower === 'whose';
}
