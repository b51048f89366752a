/**
 * `no-doubled-words`: a word or a phrase of up to six tokens written twice in a row
 * (`the the`, `in the UK in the UK`), also across a line break inside a paragraph. The fix
 * keeps the first copy, so its letter case is preserved.
 */
import type { Run } from '../core/analyze.js';
import { isCapitalised, isShouted } from '../core/context.js';
import { documentationUrl, type Rule, type RuleContext } from '../core/rule.js';
import { CharClass, classAt, isDottedTitle, Separator, type Token } from '../core/scanner.js';
import { functionWords, legitimateDoubles, nounDeterminers, strandablePrepositions, subjectPronouns } from './data/words.js';

const legitimate = new Set(legitimateDoubles);
const closedClass = new Set(functionWords);
const strandable = new Set(strandablePrepositions);

/** Connectors of names made of one name twice (`Johnson and Johnson`). */
const nameConnectors = new Set(['and', '&']);

/** Verbs that give a name (`we call the Lab the Lab`). */
const namingVerbs = new Set(['call', 'calls', 'called', 'calling', 'name', 'names', 'named', 'naming', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed']);
const subjects = new Set(subjectPronouns);
const relatives = new Set(['that', 'which', 'whom']);
const determiners = new Set(nounDeterminers);
const reduplicationConnectors = new Set(['after', 'and', 'by', 'for', 'or', 'to', 'upon']);

/** Words that open a clause its main clause may say again (`if it works it works`). */
const conditionals = new Set(['if', 'once', 'when', 'whenever']);

/** A run of three or more of a content word is emphasis (`really really really`) unless longer than this. */
const emphasisLimit = 4;

/**
 * Counts how many whole groups at the start of a run repeat the first group exactly
 * (letter case aside).
 * @param run the run.
 * @returns the number of exact repetitions (at least 1).
 */
function exactRepetitions(run: Run): number {
  const { tokens, first, period } = run;
  let repetitions = 1;
  for (let index = 1; index < run.repetitions; index++) {
    let equal = true;
    for (let position = 0; position < period; position++) {
      if (tokens[first + position]?.lower !== tokens[first + index * period + position]?.lower) {
        equal = false;
        break;
      }
    }
    if (!equal) break;
    repetitions++;
  }
  return repetitions;
}

/**
 * Whether a word is written in a script whose doubled words are slips (Latin, Greek, Cyrillic).
 * @param word the word.
 * @returns true for those scripts.
 */
function isCheckedScript(word: string): boolean {
  const code = word.codePointAt(0) ?? 0;
  return code < 0x530;
}

/**
 * Whether the word starting at `start` is the first thing on its line.
 * @param text the text.
 * @param start the word start.
 * @returns true when only white space stands before it on its line.
 */
function standsAlone(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0 && index >= start - 200; index--) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return start === 0;
}

/**
 * Whether the copies of a run are separated by a line break.
 * @param run the run.
 * @param repetitions exact repetitions.
 * @returns true when a line break stands between two tokens of the run.
 */
function crossesLine(run: Run, repetitions: number): boolean {
  return run.tokens.slice(run.first + 1, run.first + repetitions * run.period).some((token) => token.separator === Separator.Newline);
}

/** Marks that stand as tokens (see the scanner's `startsToken`) and set words apart. */
const dashOrBar = new Set(['-', '\u2013', '\u2014', '|', ':', '\u00b7', '\u2022']);

/**
 * Why a run is legitimate repetition, or undefined when it is a doubling to report.
 * @param run the run.
 * @param repetitions exact repetitions.
 * @param text the text.
 * @returns a reason to skip, or undefined.
 */
function legitimateReason(run: Run, repetitions: number, text: string): string | undefined {
  const { tokens, first, period } = run;
  const group = tokens.slice(first, first + period);
  const second = tokens[first + period];
  const lastIndex = first + repetitions * period - 1;
  const last = tokens[lastIndex];
  if (!second || !last) return 'short';
  if (group.every((token) => token.kind !== 'word')) return 'numbers or symbols';
  // `Job — Job — Jobs`, `Re: Re:`: words set apart by dashes, bars or colons are a list, a
  // slogan or a header, not a slip.
  if (group.some((token) => token.kind === 'symbol' && dashOrBar.has(token.text))) return 'dashes';
  for (let index = first + 1; index <= lastIndex; index++) {
    const separator = tokens[index]?.separator;
    // `so-so`, `Boutros Boutros-Ghali`, slugs: hyphens join compounds, not doublings.
    if (separator === Separator.Hyphen) return 'hyphenated';
    // `very, very`, `New York, New York`: a comma sets a repetition apart on purpose.
    if (separator === Separator.Comma) return 'comma';
    // `About Login.gov Login.gov enables` (a heading run into its paragraph), `f.f. c.c.`: a
    // site's or a file's name, or initials, as in `data.json` below.
    if (separator === Separator.Dot) return 'file name';
  }
  // `onto Main St. Main St. is closed`: a group ending in an abbreviated title whose full stop
  // the scanner reads as a space (`St. Mary’s`) ends a sentence there, and the next starts again.
  const groupEnd = group[period - 1];
  if (groupEnd && isDottedTitle(groupEnd.lower) && text.charAt(groupEnd.end) === '.') return 'sentence end';
  const after = tokens[lastIndex + 1];
  if (after && after.separator === Separator.Hyphen) return 'hyphenated';
  if (text.charAt(last.end) === '-') return 'hyphenated';
  // `Regulations.gov notices.gov notices`: copies that each start inside a site's name.
  if (group[0]?.separator === Separator.Dot) return 'file name';
  // `gotten buy-in in Step 1`: the first copy ends a hyphenated compound.
  if (group[0]?.separator === Separator.Hyphen) return 'hyphenated';
  // `GET get /agencies`: a word in capitals and the same word in lower case are a name or
  // code and a word, not a slip.
  if (period === 1 && isShouted(group[0]) !== isShouted(second)) return 'capitals';
  // `Project Open Data data.json`, `at GitHub at github.com`: the last copy begins a file
  // name or an address.
  if (text.charAt(last.end) === '.' && last.end + 1 < text.length && classAt(text, last.end + 1) === CharClass.Letter) return 'file name';
  // `Walla Walla`, `Duran Duran`, a heading line followed by a line with the same word.
  // A capitalised phrase written twice (`Department of Commerce Department of Commerce`) is
  // a slip; a capitalised single word twice is usually a name or a heading.
  if (period === 1 && isCapitalised(second)) {
    // `the The` is a slip even though the second copy has a capital; `Walla Walla` is a name.
    const firstWord = group[0];
    const slip = firstWord && !isCapitalised(firstWord) && closedClass.has(firstWord.lower) && second.separator === Separator.Space;
    if (!slip) return 'capitalised';
  }
  // One word alone on its line, then the same word: a list or a heading (`apples⏎apples⏎pears`).
  if (period === 1 && second.separator === Separator.Newline && standsAlone(text, group[0]?.start ?? 0)) return 'list';
  // Lists and tables put one item per line: `list item⏎list item`.
  if (period > 1 && crossesLine(run, repetitions)) return 'new line';
  // `again and again and again`, `Johnson and Johnson and`: a reduplication with a connector.
  if (period === 2) {
    const before = tokens[first - 1];
    const afterToken = tokens[lastIndex + 1];
    if (afterToken?.lower === group[0]?.lower && afterToken?.separator === Separator.Space) return 'idiomatic';
    if (before && before.lower === group[1]?.lower && tokens[first]?.separator === Separator.Space) return 'idiomatic';
    // `on and on and`, `time to time to`, `trackers upon trackers upon`: a word and a
    // connector repeated is a reduplication, not a slip.
    if (group[0] && !closedClass.has(group[0].lower) && reduplicationConnectors.has(group[1]?.lower ?? '')) return 'idiomatic';
    // `on and on and on and`: three or more copies of a word and a connector.
    if (repetitions >= 3 && reduplicationConnectors.has(group[1]?.lower ?? '')) return 'idiomatic';
    // `Apple, Sony, and Johnson and Johnson`: a name made of one name twice with a connector.
    const name = group[1];
    if (repetitions === 2 && nameConnectors.has(group[0]?.lower ?? '') && name && isCapitalised(name) && !closedClass.has(name.lower)) return 'name';
  }
  // `and so on and so on`.
  if (period === 3 && group.map((token) => token.lower).join(' ') === 'and so on') return 'idiomatic';
  // `tick tock tick tock`, `ding dong ding dong`: a sound made of a pair of words that differ
  // in a vowel, said again.
  if (period === 2 && isAblautPair(group[0]?.lower ?? '', group[1]?.lower ?? '')) return 'idiomatic';
  // `If it works it works`, `when we go we go`: a clause after `if` or `when` said again as
  // the main clause, a saying with its comma left out.
  if (period >= 2 && repetitions === 2 && conditionals.has(tokens[first - 1]?.lower ?? '') && subjects.has(group[0]?.lower ?? '')) return 'idiomatic';
  // Doubling is grammatical in many scripts (Hindi `धीरे धीरे`, Indonesian, Chinese): only
  // Latin, Greek and Cyrillic words are checked.
  if (!isCheckedScript(group[0]?.text ?? '')) return 'script';
  if (period === 1) {
    const word = group[0]?.lower ?? '';
    if (legitimate.has(word)) return 'idiomatic';
    if (repetitions >= 3 && !closedClass.has(word) && repetitions <= emphasisLimit) return 'emphasis';
  }
  return undefined;
}

/**
 * Whether two words are a pair that differ only in vowels (`tick tock`, `ding dong`, `zig
 * zag`, `flip flop`): the same length (two to six letters), the same first letter, and every
 * letter that differs a vowel in both.
 * @param left the first word, lower case.
 * @param right the second word, lower case.
 * @returns true for such a pair.
 */
function isAblautPair(left: string, right: string): boolean {
  if (left === right || left.length !== right.length || left.length < 2 || left.length > 6 || left.charAt(0) !== right.charAt(0)) return false;
  for (let index = 1; index < left.length; index++) {
    const one = left.charAt(index);
    const other = right.charAt(index);
    if (one !== other && !('aeiou'.includes(one) && 'aeiou'.includes(other))) return false;
  }
  return true;
}

/**
 * Whether a doubled preposition may close a relative clause that strands it and open the next
 * phrase: a noun, a subject pronoun or its contraction, at most two more words, then the
 * preposition twice (`the stage you're in in the cycle`, `the room I was in in the morning`).
 * Such a doubling is grammatical, and a slip reads the same: a person decides.
 * @param run the run.
 * @param repetitions exact repetitions.
 * @returns true for that shape.
 */
function strandsPreposition(run: Run, repetitions: number): boolean {
  const { tokens, first } = run;
  if (run.period !== 1 || repetitions !== 2 || !strandable.has(tokens[first]?.lower ?? '')) return false;
  if (tokens[first + 1]?.separator !== Separator.Space) return false;
  // Walk back from the preposition over the clause's verb words to its subject.
  for (let back = 1; back <= 3; back++) {
    const token = tokens[first - back];
    if (!token || token.kind !== 'word' || tokens[first - back + 1]?.separator !== Separator.Space) return false;
    const word = token.lower.replaceAll('\u2019', "'");
    const apostrophe = word.indexOf("'");
    // `you're in in`, `we've been in in`: the contraction holds the subject and a verb.
    const contraction = apostrophe > 0 && back <= 2 && subjects.has(word.slice(0, apostrophe));
    // `I was in in`: a pronoun and at least one verb word after it.
    const pronoun = apostrophe < 0 && back >= 2 && subjects.has(word);
    if (contraction || pronoun) return opensWithNounPhrase(tokens, first - back - 1, token.separator);
  }
  return false;
}

/**
 * Whether the words before a clause's subject are a noun phrase the clause can describe: a
 * determiner, perhaps one more word, then a noun, or such a noun and a relative pronoun (`the
 * stage you're in`, `the stage that you're in`, `the right stage you're in`). `When it comes to
 * to …` and `Sometimes I talk about about …` have none.
 * @param tokens the window's tokens.
 * @param index index of the word right before the subject.
 * @param separator the separator before the subject.
 * @returns true when a noun phrase stands there.
 */
function opensWithNounPhrase(tokens: readonly Token[], index: number, separator: Separator): boolean {
  if (separator !== Separator.Space) return false;
  let nounIndex = index;
  // `the stage that you're in`: step over the relative pronoun.
  if (relatives.has(tokens[nounIndex]?.lower ?? '') && tokens[nounIndex]?.separator === Separator.Space) nounIndex--;
  const noun = tokens[nounIndex];
  if (!noun || noun.kind !== 'word' || closedClass.has(noun.lower) || subjects.has(noun.lower)) return false;
  for (let back = 1; back <= 2; back++) {
    const word = tokens[nounIndex - back];
    if (!word || word.kind !== 'word' || tokens[nounIndex - back + 1]?.separator !== Separator.Space) return false;
    if (determiners.has(word.lower)) return true;
  }
  return false;
}

/**
 * A finding whose fix becomes a suggestion, because a person must decide.
 * @param input the finding.
 * @param confidence the highest confidence left.
 * @param why why it is not fixed automatically.
 * @returns the finding without a fix.
 */
function withoutFix(input: Parameters<RuleContext['report']>[0], confidence: number, why: string): Parameters<RuleContext['report']>[0] {
  if (!input.fix) return input;
  const lowered = Math.min(input.confidence, confidence);
  return {
    ...input,
    fix: null,
    suggestions: [{ ...input.fix, confidence: lowered }, ...input.suggestions],
    confidence: lowered,
    explanation: `${input.explanation}; not fixed automatically: ${why}`,
  };
}

/**
 * Why a doubling may be meant, so that a person decides, or undefined.
 * @param run the run.
 * @param repetitions exact repetitions.
 * @returns the reason.
 */
function doubtReason(run: Run, repetitions: number): string | undefined {
  if (strandsPreposition(run, repetitions)) return 'the first copy may end a clause that strands it (`the room I was in in the morning`)';
  const { tokens, first, period } = run;
  // `pay's pay's pays pay's pay`: copies that go on with other endings are what a
  // replacement cascade leaves; removing one pair would leave the rest.
  if (run.repetitions > repetitions) {
    const next = tokens[first + repetitions * period];
    return `the copies go on with other endings (\`${next?.text ?? ''}\`), as a replacement cascade leaves them`;
  }
  const group = tokens.slice(first, first + period);
  // `We call the Lab the Lab because`: a name given to itself (not `called it it`).
  const named = period > 1 || group.some((token) => isCapitalised(token));
  if (named && namingVerbs.has(tokens[first - 1]?.lower ?? '')) return `\`${tokens[first - 1]?.text ?? ''}\` may name a thing after itself (\`we call the Lab the Lab\`)`;
  // `the Working Group Working Group`: a capitalised phrase twice may be a name.
  const capitals = group.filter((token) => token.kind === 'word' && isCapitalised(token) && !closedClass.has(token.lower)).length;
  if (period > 1 && capitals >= 2 && group.every((token) => token.kind !== 'word' || isCapitalised(token) || closedClass.has(token.lower))) {
    return 'a capitalised phrase written twice may be a name (`the Working Group Working Group`)';
  }
  return undefined;
}

/** A doubling found in a run, before the text-level decision. */
interface FindingInput {
  /** Group length in tokens. */
  period: number;
  /** The finding to report. */
  input: Parameters<RuleContext['report']>[0];
}

/** How many single doubled words make a text read as a verbatim transcript. */
const transcriptThreshold = 3;

/** How many transcript marks make a text read as a transcript. */
const transcriptMarkerThreshold = 2;

/** Stage directions and elisions of transcripts, in brackets or parentheses. */
const stageDirections = new Set(['laughs', 'laughter', 'applause', 'inaudible', 'crosstalk', 'cross talk', 'pause', 'silence', 'unintelligible', 'music', '...', '\u2026']);

/**
 * Counts the marks of a verbatim transcript in a text, up to the threshold: stage
 * directions and elisions in brackets (`[laughs]`, `(applause)`, `[...]`) and slide heads at
 * a line start (`Slide 12:`). Linear: it jumps from one bracket or `Slide ` to the next.
 * @param text the text.
 * @returns how many marks it holds (at most the threshold).
 */
function transcriptMarkers(text: string): number {
  let count = 0;
  for (const [open, close] of [['[', ']'], ['(', ')']] as const) {
    for (let index = text.indexOf(open); index >= 0 && count < transcriptMarkerThreshold; index = text.indexOf(open, index + 1)) {
      const end = text.indexOf(close, index + 1);
      if (end > index && end - index <= 16 && stageDirections.has(text.slice(index + 1, end).toLowerCase())) count++;
    }
  }
  for (let index = text.indexOf('Slide '); index >= 0 && count < transcriptMarkerThreshold; index = text.indexOf('Slide ', index + 6)) {
    let end = index + 6;
    while (end < text.length && classAt(text, end) === CharClass.Digit) end++;
    if ((index === 0 || text.charAt(index - 1) === '\n') && end > index + 6 && text.charAt(end) === ':') count++;
  }
  return count;
}

/** The longest speaker's name read at a line's start (`((Valeria Gazzola))`, `Q:`). */
const speakerNameMax = 40;

/**
 * Counts the speakers of a text who take turns, up to two: names that open two lines or
 * more, in double brackets (`((WN))`), in square brackets or before a colon (`Q:`, `Dan
 * Williams:`, `**Host:**`), one to four words, each with a capital or a digit first. An
 * interview or a call alternates two speakers or more. Linear: one look at the start of each
 * line.
 * @param text the text.
 * @returns how many names open two lines or more (at most 2).
 */
function speakersTakingTurns(text: string): number {
  const seen = new Set<string>();
  const speakers = new Set<string>();
  for (let start = 0; start < text.length && speakers.size < 2; ) {
    const next = text.indexOf('\n', start);
    const lineEnd = next < 0 ? text.length : next;
    const name = speakerName(text, start, Math.min(lineEnd, start + speakerNameMax + 4));
    if (name !== undefined) {
      if (seen.has(name)) speakers.add(name);
      else seen.add(name);
    }
    start = lineEnd + 1;
  }
  return speakers.size;
}

/**
 * The speaker's name a line opens with (see `speakersTakingTurns`), or undefined.
 * @param text the text.
 * @param start the line's start.
 * @param end where to stop looking.
 * @returns the name, as written.
 */
function speakerName(text: string, start: number, end: number): string | undefined {
  let from = start;
  while (from < end && '*(['.includes(text.charAt(from))) from++;
  const opened = text.slice(start, from).replaceAll('*', '');
  let to = from;
  while (to < end && !':)]'.includes(text.charAt(to))) to++;
  if (to >= end || to === from) return undefined;
  const closing = text.charAt(to);
  if ((closing === ')' && opened !== '((') || (closing === ']' && opened !== '[') || (closing === ':' && opened !== '')) return undefined;
  const name = text.slice(from, to).trim();
  const words = name.split(' ');
  return words.length <= 4 && words.every(startsWithCapitalOrDigit) ? name : undefined;
}

/**
 * Whether a word starts with a capital letter or a digit.
 * @param word the word.
 * @returns true for `Dan`, `WN`, `2`.
 */
function startsWithCapitalOrDigit(word: string): boolean {
  const first = word.charAt(0);
  return (first >= '0' && first <= '9') || first !== first.toLowerCase();
}

/**
 * A finding whose fix becomes a suggestion: the text reads as a transcript.
 * @param input the finding.
 * @param markers the transcript marks counted.
 * @returns the finding without a fix.
 */
function asSuggestion(input: Parameters<RuleContext['report']>[0], markers: number): Parameters<RuleContext['report']>[0] {
  return withoutFix(input, 0.6, `the text reads as a verbatim transcript (${markers} transcript marks)`);
}

/**
 * Reads one run as a doubling.
 * @param context the rule context.
 * @param run the run.
 * @returns the finding, or undefined for legitimate repetition.
 */
function readRun(context: RuleContext, run: Run): FindingInput | undefined {
  let repetitions = exactRepetitions(run);
  if (repetitions < 2) return undefined;
  if (legitimateReason(run, repetitions, context.text) !== undefined) return undefined;
  const { tokens, first, period } = run;
  const firstGroupEnd = tokens[first + period - 1] as Token;
  let lastEnd = (tokens[first + repetitions * period - 1] as Token).end;
  const start = (tokens[first] as Token).start;
  if (run.long && repetitions === run.repetitions) {
    // `a a a …` over megabytes is one finding; beyond its first copies the run is measured
    // by word cores, as the scanner found it.
    repetitions = run.long.repetitions;
    lastEnd = run.long.end;
  }
  const group = context.text.slice(start, firstGroupEnd.end);
  const acrossLine = crossesLine(run, Math.min(repetitions, run.repetitions));
  const isWord = period === 1;
  const noun = isWord ? 'word' : 'phrase';
  const times = repetitions > 2 ? ` (${repetitions} times)` : '';
  const word = (tokens[first] as Token).lower;
  let confidence = isWord ? (closedClass.has(word) ? 0.95 : 0.85) : 0.8;
  if (acrossLine) confidence -= 0.1;
  const input: Parameters<RuleContext['report']>[0] = {
    start,
    end: lastEnd,
    reason: `Unexpected ${isWord ? 'doubled' : 'repeated'} ${noun} \`${group}\`${times}, remove ${repetitions > 2 ? 'the copies' : 'one'}`,
    expected: [group],
    // CONTRACT.md: the fix text is `expected[0]`, so the fix spans the whole finding.
    fix: { range: [start, lastEnd], text: group },
    suggestions: [],
    confidence,
    explanation: `${repetitions} copies of the ${noun} \`${group}\` in a row${acrossLine ? ' across a line break' : ''}`,
  };
  const doubt = doubtReason(run, repetitions);
  return { period, input: doubt === undefined ? input : withoutFix(input, 0.5, doubt) };
}

/** The rule module. */
export const noDoubledWords: Rule = {
  meta: {
    id: 'no-doubled-words',
    description: 'Find a word or phrase written twice in a row and keep one copy.',
    fixable: true,
    url: documentationUrl,
    defaultSeverity: 'warning',
  },
  create(options) {
    const threshold = typeof options['transcriptThreshold'] === 'number' ? options['transcriptThreshold'] : transcriptThreshold;
    return (context) => {
      const found: FindingInput[] = [];
      for (const run of context.analysis.runs) {
        const finding = readRun(context, run);
        if (finding) found.push(finding);
      }
      // A text with many doubled words and the marks of speech (two speakers taking turns,
      // `((WN))`, `Q:`, or a transcript's marks) is verbatim speech: a call transcript keeps
      // its stutters (`we we`, `the the`), so none of its single doubled words is reported.
      // A page with as many doublings and no such marks has slips, each reported.
      const singles = found.filter((finding) => finding.period === 1).length;
      // Fewer doublings, but the marks of a transcript (`Slide 12:`, `[laughs]`, `[...]`):
      // a person decides, the fix is only a suggestion.
      const markers = found.length > 0 ? transcriptMarkers(context.text) : 0;
      const verbatim = threshold > 0 && singles >= threshold && (markers > 0 || speakersTakingTurns(context.text) >= 2);
      for (const finding of found) {
        if (verbatim && finding.period === 1) continue;
        context.report(markers >= transcriptMarkerThreshold ? asSuggestion(finding.input, markers) : finding.input);
      }
    };
  },
};
