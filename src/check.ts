/**
 * `check`: collect the findings of every enabled rule on one text.
 */
import { createView, skimMarkup } from './adapters/index.js';
import { textView } from './adapters/text.js';
import type { Format, LinkRange, ProseView } from './adapters/types.js';
import { analyze, apostropheForms, type Analysis } from './core/analyze.js';
import { findRepeatedLabels } from './core/repeated-labels.js';
import { findCandidates, normaliseApostropheLookalikes } from './core/scanner.js';
import { findSlugChains } from './core/slug.js';
import { formsForFile, hasUncoveredLabels, learnForms, observe, type FormModel } from './core/forms.js';
import { assignFingerprints, createMessage, sortMessages } from './core/message.js';
import { resolveOptions, type Options, type State } from './core/options.js';
import { createLocator } from './core/positions.js';
import type { FindingInput } from './core/rule.js';
import type { Message } from './core/types.js';

/**
 * Runs the rules on a text with resolved options.
 * @param text the text as read.
 * @param state resolved options.
 * @param forms dominant forms to use (defaults to the options' or the text's own).
 * @param view the prose view of the text (built from `state.format` when absent).
 * @param analysed the analysis of the view's text, when already made.
 * @returns the messages in text order.
 */
export function checkWithState(text: string, state: State, forms?: FormModel, view?: ProseView, analysed?: Analysis): Message[] {
  const prepared = view ? { view, analysis: analysed ?? analyze(view.text) } : prepare(text, state, forms);
  if (!prepared) return [];
  const chains = slugChainsOf(prepared);
  const prose = chains.length === 0 ? prepared.view : { ...prepared.view, links: [...prepared.view.links, ...chains].sort((left, right) => left.start - right.start) };
  const needsAll = readsEveryText(state);
  const analysis = withoutLinks(prepared.analysis, prose, chains);
  if (!needsAll && analysis.runs.length === 0 && analysis.cascades.length === 0 && prose.links.length === 0 && !mentionsLabel(prose.text, forms ?? state.forms)) return [];
  const model = forms ?? formsOf(state, analysis);
  const locator = createLocator(text);
  const messages: Message[] = [];
  for (const { rule, severity, options } of state.active) {
    const run = rule.create(options);
    run({
      text,
      analysis,
      forms: model,
      restorations: state.restorations,
      view: prose,
      glossary: state.glossary,
      report(finding) {
        messages.push(createMessage(rule.meta, guardMarkup(finding, prose.text, prose.links), text, locator, severity));
      },
    });
  }
  sortMessages(messages);
  assignFingerprints(messages);
  return messages;
}

/**
 * The forms a file is judged by: its own cascades' alone, or the run's (or a profile's)
 * except for labels that files cascaded by different numbers of passes, which the file's own
 * cascades decide.
 * @param state resolved options, with the run's forms when there is a run.
 * @param analysis the analysis of the file as read.
 * @returns the forms.
 */
export function formsOf(state: State, analysis: Analysis): FormModel {
  const given = state.forms;
  if (!given) return learnForms(observe(analysis));
  return hasUncoveredLabels(given) ? formsForFile(given, learnForms(observe(analysis))) : given;
}

/**
 * The slugs written in the prose with no address around them (see `findSlugChains`), read
 * around the analysis's cascades (`rightss` inside `womens-rightss-rightss-rights`), as
 * links for the slug rule. (A stretch where the prose reads only a run, `self-service-service`,
 * is left to the prose rules, as before.)
 * @param prepared the view and its analysis.
 * @returns the slugs, in text order.
 */
function slugChainsOf(prepared: Prepared): LinkRange[] {
  const { analysis, view } = prepared;
  if (analysis.cascades.length === 0) return [];
  const seeds = analysis.cascades.map((cascade) => ({ start: cascade.start - cascade.prefix.length, end: cascade.end }));
  const proseStarts = new Set(seeds.map((seed) => seed.start));
  return findSlugChains(analysis.text, seeds, proseStarts, view.links).map((range) => ({ ...range, kind: 'slug' }));
}

/**
 * Drops the prose candidates that fall inside a link of a plain-text view, or inside a slug
 * written in the prose of any view: a URL or a slug is read by the link rule only
 * (`…/womens-rightss-rightss-rights` is a slug, not prose).
 * @param analysis the analysis of the view's text.
 * @param view the view, its slugs in prose among its links.
 * @param chains the slugs in prose.
 * @returns the analysis without those candidates.
 */
function withoutLinks(analysis: Analysis, view: ProseView, chains: readonly LinkRange[]): Analysis {
  const links = view.format === 'text' ? view.links : chains;
  if (links.length === 0) return analysis;
  const inside = (start: number, end: number): boolean => {
    // Links are in text order: binary search for the first link ending after `start`.
    let low = 0;
    let high = links.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((links[middle] as { end: number }).end <= start) low = middle + 1;
      else high = middle;
    }
    const link = links[low];
    return link !== undefined && link.start < end;
  };
  const runs = analysis.runs.filter((run) => {
    const first = run.tokens[run.first];
    const last = run.tokens[run.last - 1];
    return !(first && last && inside(first.start, run.long?.end ?? last.end));
  });
  // A cascade that runs on past a link's end is kept: a replace that put spaces into an
  // address (`https://example.gov/Data and statistics and statistics/live`) cut the link short
  // at its first space, and the whole run is the damage.
  const cascades = analysis.cascades.filter((cascade) => {
    const start = cascade.start - cascade.prefix.length;
    return !inside(start, cascade.end) || endsPastLink(analysis.text, links, start, cascade.end);
  });
  if (runs.length === analysis.runs.length && cascades.length === analysis.cascades.length) return analysis;
  return { text: analysis.text, runs, cascades };
}

/** A text made ready for the rules: its prose view and the analysis of that view. */
export interface Prepared {
  /** The prose view. */
  view: ProseView;
  /** The analysis of the view's text. */
  analysis: Analysis;
}

/**
 * Builds the prose view of a text and its analysis, or nothing when the text has no candidate
 * at all: then it costs one linear pass and no parse (STYLE.md). Attribute prose can hide from
 * the skim, so HTML with `alt=` or `title=` is always parsed; with a glossary, whose names can
 * stand anywhere, every text is read.
 * @param text the text.
 * @param state resolved options.
 * @returns the view and its analysis, or undefined when there is nothing to check.
 */
export function prepare(text: string, state: State, forms: FormModel | undefined = state.forms): Prepared | undefined {
  if (readsEveryText(state)) return analysed(viewOf(text, state));
  if (state.format === 'text') {
    // The scan that decides whether to go on is the one the analysis reads. It reads the
    // characters typed for an apostrophe (`Women´s`) as apostrophes, so its candidates are
    // those of the copy the analysis reads, in which they are `’`.
    const apostrophes: number[] = [];
    const candidates = findCandidates(text, apostrophes);
    if (candidates.length === 0 && !mentionsLabel(text, forms, apostrophes) && !hasUnderscoreRun(text)) return undefined;
    const prose = normaliseApostropheLookalikes(text, candidates);
    // The labels the text repeats, read now from the scan's apostrophes (the same offsets in
    // the prose: lookalikes become `’` in place), so `no-label-injection` does not search it again.
    const view = textView(text, prose);
    findRepeatedLabels(view.text, apostrophes);
    return { view, analysis: analyze(view.text, candidates) };
  }
  // Markdown and HTML: the skim (markup as white space, entities decoded) is checked as plain
  // text first; only a file with something to report there pays for the parse. Attribute
  // prose (`alt`, `title`) is not in the skim, so HTML that has it is always parsed.
  const raw = skimMarkup(text, state.format);
  const candidates = findCandidates(raw);
  const skim = textView(raw, normaliseApostropheLookalikes(raw, candidates));
  if (mentionsRunLabel(skim.text, forms)) return analysed(viewOf(text, state));
  const analysis = analyze(skim.text, candidates);
  if (analysis.runs.length === 0 && analysis.cascades.length === 0 && skim.links.length === 0 && findRepeatedLabels(skim.text).length === 0) return undefined;
  const attributes = state.format === 'html' && (text.includes('alt=') || text.includes('title='));
  if (!attributes && checkWithState(skim.text, { ...state, format: 'text' }, undefined, skim, analysis).length === 0) return undefined;
  return analysed(viewOf(text, state));
}

/**
 * Whether a text repeats words joined by underscores (`refugees_asylum_seekers_asylum_seekers`
 * in an address), which the raw scan does not join: each stretch without white space that
 * holds two underscores is read with them as hyphens. Costs one native search in a text
 * without `_`, and a look at each such stretch otherwise.
 * @param text the text.
 * @returns true when such a run is there.
 */
function hasUnderscoreRun(text: string): boolean {
  for (let index = text.indexOf('_'); index >= 0; ) {
    // The stretch of text around it with no white space: an address, a file name, a word.
    let start = index;
    while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    let end = index + 1;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    const stretch = text.slice(start, end);
    if (stretch.indexOf('_', index - start + 1) >= 0 && findCandidates(stretch.replaceAll('_', '-')).length > 0) return true;
    index = text.indexOf('_', end);
  }
  return false;
}

/**
 * Whether a code unit is white space that ends an address (space, tab, line break).
 * @param code a UTF-16 code unit.
 * @returns true for white space.
 */
function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/**
 * Whether a text holds a label that cascaded in another file of the run (either apostrophe):
 * it may have been put in once here, with no candidate to show for it.
 * @param text the text (markup skimmed, entities decoded).
 * @param forms the run's forms.
 * @returns true when one of their labels occurs.
 */
function mentionsRunLabel(text: string, forms: FormModel | undefined): boolean {
  for (const { label } of forms?.labels?.values() ?? []) {
    if (apostropheForms(label).some((form) => text.includes(form))) return true;
  }
  return false;
}

/**
 * Whether a text without candidates may still hold a label put in once: one that cascaded in
 * another file of the run, or a label-shaped phrase the text repeats mid-sentence.
 * @param text the text (markup skimmed, entities decoded).
 * @param forms the run's forms.
 * @param apostrophes the offsets of the apostrophes inside tokens, when the scan gave them.
 * @returns true when the rules must read it.
 */
function mentionsLabel(text: string, forms: FormModel | undefined, apostrophes?: readonly number[]): boolean {
  return mentionsRunLabel(text, forms) || findRepeatedLabels(text, apostrophes).length > 0;
}

/**
 * Whether a span that overlaps links goes on past the end of each, the first cut short by a
 * space (a replace put spaces into the address).
 * @param text the prose text.
 * @param links the view's links, in text order.
 * @param start the span's start.
 * @param end the span's end.
 * @returns true when the span is more than the links it overlaps.
 */
function endsPastLink(text: string, links: readonly LinkRange[], start: number, end: number): boolean {
  const overlapping = links.filter((link) => link.start < end && start < link.end);
  const first = overlapping[0];
  return first !== undefined && overlapping.every((link) => link.end < end) && text.charAt(first.end) === ' ';
}

/**
 * Pairs a view with its analysis.
 * @param view the prose view.
 * @returns the view and the analysis of its text.
 */
function analysed(view: ProseView): Prepared {
  return { view, analysis: analyze(view.text) };
}

/**
 * Whether every text must reach the rules, candidates or not: with a glossary or explicit
 * restorations (a label standing alone is an injection), names to learn, or links to
 * canonicalise.
 * @param state resolved options.
 * @returns true when the raw pre-scan may not skip a text.
 */
function readsEveryText(state: State): boolean {
  if (state.glossary !== undefined || state.restorations.size > 0) return true;
  return state.active.some(
    // `canonical-links` reads every link, and a clean text's links have no candidate to show.
    ({ rule, options }) => rule.meta.id === 'canonical-links' || (rule.meta.id === 'expected-names' && (options['learn'] === true || options['names'] !== undefined)),
  );
}

/**
 * Builds the prose view of a text.
 * @param text the text.
 * @param state resolved options.
 * @returns the view.
 */
export function viewOf(text: string, state: State): ProseView {
  return state.format === 'text' ? textView(text) : createView(text, state.format);
}

/**
 * Turns a fix that would cross markup (`the **the**`) into a suggestion: the file is never
 * re-serialised, so an edit must stay inside prose.
 * @param finding the finding as reported.
 * @param viewText the prose view.
 * @returns the finding, with its fix moved to suggestions when it crosses markup.
 */
function guardMarkup(finding: FindingInput, viewText: string, links: ProseView['links']): FindingInput {
  if (!finding.fix) return finding;
  const [start, end] = finding.fix.range;
  // A slug fix stands inside its link, which the view blanks on purpose.
  if (links.some((link) => link.start <= start && end <= link.end)) return finding;
  for (let index = start; index < end; index++) {
    const code = viewText.charCodeAt(index);
    if (code === 0xe000 || code === 0xe001) {
      return {
        ...finding,
        fix: null,
        suggestions: [{ ...finding.fix, confidence: finding.confidence }, ...finding.suggestions],
        explanation: `${finding.explanation}; not fixed automatically because the span crosses markup`,
      };
    }
  }
  return finding;
}

/**
 * Checks a text for replacement cascades, doubled words and repeated phrases.
 * @param text the text (a string; positions are UTF-16 offsets into it).
 * @param options rule settings, forms learned over several files and explicit restorations.
 * @returns the findings as unified `VFileMessage`s with copyguard's fields, in text order.
 */
export function check(text: string, options?: Options): Message[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string');
  return checkWithState(text, resolveOptions(options));
}

/**
 * Learns the dominant form of every label over several texts, so that a run over many files
 * decides variants on all of them together (pass the result as `options.forms`).
 * @param texts the texts of the run.
 * @returns the form model.
 */
export function learnFormsFrom(texts: Iterable<string | { text: string; format?: Format }>): FormModel {
  const observations = [];
  for (const item of texts) {
    const text = typeof item === 'string' ? item : item.text;
    const format = typeof item === 'string' ? 'text' : (item.format ?? 'text');
    observations.push(...observe(analyze(createView(text, format).text)));
  }
  return learnForms(observations);
}
