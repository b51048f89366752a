/**
 * `no-doubled-words`: a word or a phrase of up to four words written twice in a row
 * (`the the`, `in the UK in the UK`), also across a line break inside a paragraph. The fix
 * keeps the first copy, so its letter case is preserved.
 */
import type { Run } from '../core/analyze.js';
import { isCapitalised } from '../core/context.js';
import { documentationUrl, type Rule, type RuleContext } from '../core/rule.js';
import { Separator, type Token } from '../core/scanner.js';
import { functionWords, legitimateDoubles } from './data/words.js';

const legitimate = new Set(legitimateDoubles);
const closedClass = new Set(functionWords);

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
 * Whether the copies of a run are separated by a line break.
 * @param run the run.
 * @param repetitions exact repetitions.
 * @returns true when a line break stands between two tokens of the run.
 */
function crossesLine(run: Run, repetitions: number): boolean {
  return run.tokens.slice(run.first + 1, run.first + repetitions * run.period).some((token) => token.separator === Separator.Newline);
}

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
  for (let index = first + 1; index <= lastIndex; index++) {
    const separator = tokens[index]?.separator;
    // `so-so`, `Boutros Boutros-Ghali`, slugs: hyphens join compounds, not doublings.
    if (separator === Separator.Hyphen) return 'hyphenated';
  }
  const after = tokens[lastIndex + 1];
  if (after && after.separator === Separator.Hyphen) return 'hyphenated';
  if (text.charAt(last.end) === '-') return 'hyphenated';
  // `Walla Walla`, `Duran Duran`, a heading line followed by a line with the same word.
  // A capitalised phrase written twice (`Department of Commerce Department of Commerce`) is
  // a slip; a capitalised single word twice is usually a name or a heading.
  if (period === 1 && isCapitalised(second)) return 'capitalised';
  // Lists and tables put one item per line: `list item⏎list item`.
  if (period > 1 && crossesLine(run, repetitions)) return 'new line';
  // `again and again and again`, `on and on and on`: a reduplication with a connector.
  if (period === 2 && tokens[lastIndex + 1]?.lower === group[0]?.lower && tokens[lastIndex + 1]?.separator === Separator.Space) return 'idiomatic';
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
 * Reports one run if it is a doubling.
 * @param context the rule context.
 * @param run the run.
 */
function reportRun(context: RuleContext, run: Run): void {
  const repetitions = exactRepetitions(run);
  if (repetitions < 2) return;
  if (legitimateReason(run, repetitions, context.text) !== undefined) return;
  const { tokens, first, period } = run;
  const firstGroupEnd = tokens[first + period - 1] as Token;
  const lastToken = tokens[first + repetitions * period - 1] as Token;
  const start = (tokens[first] as Token).start;
  const group = context.text.slice(start, firstGroupEnd.end);
  const acrossLine = crossesLine(run, repetitions);
  const isWord = period === 1;
  const noun = isWord ? 'word' : 'phrase';
  const times = repetitions > 2 ? ` (${repetitions} times)` : '';
  const word = (tokens[first] as Token).lower;
  let confidence = isWord ? (closedClass.has(word) ? 0.95 : 0.85) : 0.8;
  if (acrossLine) confidence -= 0.1;
  context.report({
    start,
    end: lastToken.end,
    reason: `Unexpected ${isWord ? 'doubled' : 'repeated'} ${noun} \`${group}\`${times}, remove ${repetitions > 2 ? 'the copies' : 'one'}`,
    expected: [group],
    // CONTRACT.md: the fix text is `expected[0]`, so the fix spans the whole finding.
    fix: { range: [start, lastToken.end], text: group },
    suggestions: [],
    confidence,
    explanation: `${repetitions} copies of the ${noun} \`${group}\` in a row${acrossLine ? ' across a line break' : ''}`,
  });
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
  create() {
    return (context) => {
      for (const run of context.analysis.runs) reportRun(context, run);
    };
  },
};
