/**
 * `survey`: reads a whole archive and groups every cascade, variant and injection finding by
 * its signature (what was put in and what shape it took), with counts, files and a few short
 * contexts, so that a person can decide the few restorations no rule can (the profile).
 */
import { createHash } from 'node:crypto';
import { loadNlp } from '../core/nlp.js';
import { createView } from '../adapters/index.js';
import type { Format, ProseView } from '../adapters/types.js';
import { checkWithState } from '../check.js';
import { analyze, extraJoinersLength, normaliseApostrophes, offsetAfterLetters, type Analysis, type Cascade } from '../core/analyze.js';
import { decideCase } from '../core/context.js';
import { learnForms, observe, startsWithForm, type FormModel } from '../core/forms.js';
import type { Glossary } from '../core/glossary.js';
import { resolveOptions, type Options, type RuleSetting } from '../core/options.js';
import { createLocator } from '../core/positions.js';
import { rulesById } from '../core/registry.js';
import { shorten } from '../core/rule.js';
import type { Message } from '../core/types.js';
import { guessTerm, knownLabels } from '../rules/no-label-injection.js';
import { restorationKey } from '../rules/no-replacement-cascade.js';

/** One file of the archive. */
export interface SurveyFile {
  /** Path as shown in the report. */
  path: string;
  /** The decoded text. */
  text: string;
  /** How to read it (default `text`). */
  format?: Format;
}

/** Options of `survey`. */
export interface SurveyOptions {
  /** The site's glossary: its labels make injections findable and give their terms. */
  glossary?: Glossary;
  /** Restorations already decided (a profile being completed). */
  restorations?: Readonly<Record<string, string>>;
  /**
   * Whether to look for labels the glossary does not name (default true): a capitalised
   * possessive phrase (`Children's rights`) standing mid-sentence where its first word, in
   * every file that holds it, never appears otherwise (a substring replace left no bare
   * `children`).
   */
  discover?: boolean;
  /** How many contexts to keep per group (default 3). */
  examples?: number;
}

/** What kind of finding a group holds. */
export type SurveyKind = 'cascade' | 'variant' | 'injection' | 'slug' | 'other';

/** One occurrence shown for a group. */
export interface SurveyExample {
  /** File path. */
  path: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The words around it, at most 60 characters besides the shortened finding in `[…]`. */
  context: string;
}

/** Findings that share one signature. */
export interface SurveyGroup {
  /** Stable id: the label as a slug, the kind and a short hash of the signature. */
  id: string;
  /** `kind:key`, where key is the restoration key (`restorationKey`) of the text. */
  signature: string;
  /** The kind of finding. */
  kind: SurveyKind;
  /** The rule that reported the findings. */
  ruleId: string;
  /** The label involved (`Women's rights`), or the text for other findings. */
  label: string;
  /** The text the group stands for, as first seen (a cascade without carried suffix). */
  text: string;
  /** Number of findings. */
  count: number;
  /** Files that hold them, sorted. */
  files: string[];
  /** `count` × length of `text`: how much text the group damages. */
  impact: number;
  /** The restoration when the rule is confident; null where a person must decide. */
  restoration: string | null;
  /** The rule's best guess when `restoration` is null. */
  suggestion: string | null;
  /** Why the restoration is set or left open. */
  note: string;
  /** Up to three occurrences, from different files first. */
  examples: SurveyExample[];
}

/** The survey of an archive. */
export interface SurveyReport {
  /** Report version. */
  version: 1;
  /** Number of files read. */
  files: number;
  /** Number of findings grouped. */
  findings: number;
  /** Labels found without a glossary (`discover`). */
  discoveredLabels: string[];
  /** Groups, by impact, largest first. */
  groups: SurveyGroup[];
}

/** Rules whose findings the survey does not group. */
const ignoredRules = new Set(['no-doubled-words', 'expected-names']);

/** Contexts reach this far on each side of a finding. */
const contextReach = 30;

/**
 * Whether a word is a common noun in compromise's lexicon (not a name, place or
 * organisation), as the term of a taxonomy label is.
 * @param word a lower-case word.
 * @returns true for common nouns.
 */
function isCommonNoun(word: string): boolean {
  const model = loadNlp().model() as { one: { lexicon: Record<string, string | string[] | undefined> } };
  const entry = model.one.lexicon[word];
  const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  if (tags.length === 0) return false;
  const nameTags = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'ProperNoun'];
  return !tags.some((tag) => nameTags.includes(tag)) && tags.some((tag) => tag === 'Plural' || tag === 'Singular' || tag === 'Noun' || tag === 'Uncountable' || tag === 'Actor');
}

/** A possessive phrase of one file that may be a label no glossary names (see `discoverLabels`). */
export interface LabelCandidate {
  /** The phrase with a straight apostrophe (`Children's rights`). */
  label: string;
  /** How often it stands mid-sentence or glued in a word in the file. */
  evidence: number;
  /** Whether its first word (lower case) also stands in the file outside the phrase. */
  bare: boolean;
}

/**
 * The possessive phrases of one file that may be labels no glossary names: each capitalised
 * possessive phrase (`Children's rights`) outside the file's cascades, with how often it
 * stands mid-sentence or glued in a word, and whether its first word stands in the file
 * outside it (a case-insensitive substring replace leaves no bare `children`).
 * @param text the prose view of the file.
 * @param analysis its analysis.
 * @returns the phrases in order of first appearance.
 */
export function findLabelCandidates(text: string, analysis: Analysis): LabelCandidate[] {
  const pattern = /(\p{Lu}\p{Ll}+)['’]s (\p{Ll}{3,})(?![\p{L}\p{N}'’])/gu;
  const candidates = new Map<string, LabelCandidate>();
  let lower: string | undefined;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const head = match[1] ?? '';
    const label = `${head}'s ${match[2] ?? ''}`;
    if (analysis.cascades.some((cascade) => start < cascade.end && cascade.start - cascade.prefix.length < start + match[0].length)) continue;
    let candidate = candidates.get(label);
    if (!candidate) {
      const term = guessTerm(label);
      let bare = false;
      if (term !== undefined) {
        lower ??= normaliseApostrophes(text).toLowerCase();
        const tail = normaliseApostrophes(label).toLowerCase().slice(term.length);
        for (let index = lower.indexOf(term); index >= 0 && !bare; index = lower.indexOf(term, index + 1)) bare = !lower.startsWith(tail, index + term.length);
      }
      candidate = { label, evidence: 0, bare };
      candidates.set(label, candidate);
    }
    const glued = start > 0 && /\p{Ll}/u.test(text.charAt(start - 1));
    const midSentence = decideCase(text, start, start + match[0].length, head).reason === 'mid-sentence';
    if (glued || midSentence) candidate.evidence += 1;
  }
  return [...candidates.values()];
}

/**
 * Gathers the label candidates of an archive's files, in run order, and chooses the labels
 * no glossary names: a phrase that stands mid-sentence or glued in a word at least twice over
 * the archive, whose first word is a common noun that, in every file holding the phrase, never
 * appears outside it.
 */
export class LabelDiscovery {
  /** Candidates by label, summed over the files so far. */
  private readonly candidates = new Map<string, LabelCandidate>();

  /**
   * Adds the candidates of one file.
   * @param candidates what `findLabelCandidates` gave for it.
   */
  add(candidates: readonly LabelCandidate[]): void {
    for (const { label, evidence, bare } of candidates) {
      const known = this.candidates.get(label);
      if (known) {
        known.evidence += evidence;
        known.bare ||= bare;
      } else this.candidates.set(label, { label, evidence, bare });
    }
  }

  /**
   * Chooses the labels.
   * @param known labels already known (normalised), not reported again.
   * @returns the labels found, sorted.
   */
  choose(known: ReadonlySet<string>): string[] {
    const found: string[] = [];
    for (const { label, evidence, bare } of this.candidates.values()) {
      if (known.has(label) || evidence < 2 || bare) continue;
      const term = guessTerm(label);
      if (term === undefined || !isCommonNoun(term)) continue;
      found.push(label);
    }
    return found.sort();
  }
}

/**
 * Finds labels no glossary names: a capitalised possessive phrase (`Children's rights`) that
 * stands mid-sentence or glued in a word at least twice over the archive, whose first word
 * is a common noun that, in every file holding the phrase, never appears outside it (a
 * case-insensitive substring replace leaves no bare `children`).
 * @param views the prose views of the archive.
 * @param known labels already known (normalised), not reported again.
 * @returns the labels found, sorted.
 */
export function discoverLabels(views: readonly { text: string; analysis: Analysis }[], known: ReadonlySet<string>): string[] {
  const discovery = new LabelDiscovery();
  for (const { text, analysis } of views) discovery.add(findLabelCandidates(text, analysis));
  return discovery.choose(known);
}

/**
 * The text of a cascade the restorations look up: head to the end of the units the
 * dominant form explains, without the carried suffix (as `no-replacement-cascade` reads it).
 * @param cascade the cascade.
 * @param dominant the dominant form of its label, if any.
 * @param view the prose view.
 * @returns the text and whether the cascade is a variant.
 */
export function cascadeCore(cascade: Cascade, dominant: readonly string[] | undefined, view: string): { text: string; variant: boolean } {
  const variant = dominant !== undefined && !startsWithForm(cascade.joiners, dominant);
  let carriedStart = cascade.carriedStart;
  if (!variant && dominant && dominant.length < cascade.joiners.length) {
    if (cascade.kind === 'suffix') carriedStart -= extraJoinersLength(cascade.joiners, dominant.length);
    else if (cascade.kind === 'head') {
      const lastUnit = cascade.units[dominant.length - 1];
      const lastToken = lastUnit?.[lastUnit.length - 1];
      const tailLast = cascade.tail[cascade.tail.length - 1] ?? '';
      if (lastToken) carriedStart = offsetAfterLetters(view, lastToken.start, tailLast.length, lastToken.end);
    }
  }
  return { text: view.slice(cascade.start, carriedStart).replaceAll('\uE002', ''), variant };
}

/**
 * The label a cascade shows (`Women's rights`, `Severe weather`, `Events`).
 * @param cascade the cascade.
 * @returns the label as written in the text.
 */
function cascadeLabel(cascade: Cascade): string {
  if (cascade.kind === 'prefix') return `${cascade.tailText} ${cascade.term}`;
  if (cascade.kind === 'suffix') return `${cascade.term}${cascade.tailText}`;
  return `${cascade.head.text} ${cascade.tailText}`;
}

/**
 * The term to pre-fill for a cascade in its dominant form: lower case, so that the fix
 * follows the context's case, unless it is an abbreviation or CamelCase (`UK`, `HealthData`).
 * @param term the term as it stands in the head.
 * @returns the restoration.
 */
function termRestoration(term: string): string {
  const rest = term.slice(1);
  return rest !== rest.toLowerCase() ? term : term.toLowerCase();
}

/**
 * A short context of a finding: up to 30 characters on each side on the same line, the
 * finding itself shortened in brackets.
 * @param text the text as read.
 * @param start finding start.
 * @param end finding end.
 * @returns the context.
 */
function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - contextReach);
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  from = Math.max(from, lineStart);
  let to = Math.min(text.length, end + contextReach);
  for (let index = end; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) {
      to = index;
      break;
    }
  }
  const before = text.slice(from, start).replace(/\s+/gu, ' ');
  const after = text.slice(end, to).replace(/\s+/gu, ' ');
  return `${from > lineStart ? '…' : ''}${before}[${shorten(text.slice(start, end).replace(/\s+/gu, ' '))}]${after}${to < text.length && to === end + contextReach ? '…' : ''}`;
}

/**
 * A stable id for a group: the label as a slug, the kind and six hex digits of the signature.
 * @param label the label.
 * @param kind the kind.
 * @param signature the signature.
 * @returns the id.
 */
function groupId(label: string, kind: SurveyKind, signature: string): string {
  const slug = normaliseApostrophes(label).toLowerCase().replaceAll("'", '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, 40);
  return `${slug === '' ? 'group' : slug}-${kind}-${createHash('sha256').update(signature).digest('hex').slice(0, 6)}`;
}

/** A group's description: what kind of finding, its label, text and restoration. */
type Description = Pick<SurveyGroup, 'kind' | 'label' | 'text' | 'restoration' | 'suggestion' | 'note'>;

/** One grouped finding of a file, as the second pass of a survey gives it. */
export interface SurveyFinding extends Description {
  /** `kind:key` of its group. */
  signature: string;
  /** The rule that reported it. */
  ruleId: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The words around it. */
  context: string;
}

/** A group while it is being built. */
interface Draft extends Omit<SurveyGroup, 'id' | 'files' | 'impact' | 'examples'> {
  files: Set<string>;
  examples: ExamplePicker;
}

/**
 * What the labels of a run's first pass give: the labels learned from cascades and found by
 * discovery, which the second pass looks for in every file.
 */
export interface SurveyLabels {
  /** Labels learned from the cascades of any file, then those discovered. */
  runLabels: string[];
  /** The discovered ones. */
  discovered: string[];
}

/**
 * Gathers the labels of a run from its files' analyses in run order: labels learned from the
 * cascades of any file are looked for in every file of the run, and, unless `discover` is
 * false, labels no glossary names are found.
 */
export class SurveyLabelCollector {
  /** Normalised labels known so far. */
  private readonly known = new Set<string>();
  /** Labels learned from cascades, in order. */
  private readonly learned: string[] = [];
  /** Discovery candidates. */
  private readonly discovery = new LabelDiscovery();

  /**
   * Starts with the labels the glossary and restorations name.
   * @param options the survey's options.
   */
  constructor(private readonly options: SurveyOptions) {
    for (const label of knownLabels({ glossary: options.glossary, restorations: surveyBaseState(options).restorations, analysis: { cascades: [] } as unknown as Analysis })) {
      this.known.add(normaliseApostrophes(label.label));
    }
  }

  /**
   * Adds what one file shows.
   * @param facts what `surveyFileFacts` gave for it.
   */
  add(facts: SurveyFileFacts): void {
    for (const label of facts.learned) {
      const key = normaliseApostrophes(label);
      if (this.known.has(key)) continue;
      this.known.add(key);
      this.learned.push(label);
    }
    this.discovery.add(facts.candidates);
  }

  /**
   * The labels of the run.
   * @returns the labels to look for and those discovered.
   */
  finish(): SurveyLabels {
    const discovered = this.options.discover === false ? [] : this.discovery.choose(this.known);
    return { runLabels: [...this.learned, ...discovered], discovered };
  }
}

/** What the first pass of a survey learns from one file besides its form observations. */
export interface SurveyFileFacts {
  /** Labels learned from its cascades that the glossary and restorations do not name. */
  learned: string[];
  /** Its label candidates (empty when discovery is off). */
  candidates: LabelCandidate[];
}

/**
 * The options of a survey as check options, without its rules.
 * @param options the survey's options.
 * @returns the glossary and restorations.
 */
function surveyBaseOptions(options: SurveyOptions): Options {
  return { ...(options.glossary ? { glossary: options.glossary } : {}), ...(options.restorations ? { restorations: options.restorations } : {}) };
}

/**
 * The resolved options of a survey without its rules.
 * @param options the survey's options.
 * @returns the state.
 */
export function surveyBaseState(options: SurveyOptions): ReturnType<typeof resolveOptions> {
  return resolveOptions(surveyBaseOptions(options));
}

/**
 * The first pass of a survey for one file: the labels it teaches.
 * @param view the file's prose view.
 * @param analysis its analysis.
 * @param options the survey's options.
 * @param restorations the resolved restorations (`surveyBaseState`), made once per run.
 * @returns its facts.
 */
export function surveyFileFacts(view: ProseView, analysis: Analysis, options: SurveyOptions, restorations: ReturnType<typeof resolveOptions>['restorations']): SurveyFileFacts {
  const learned = knownLabels({ glossary: options.glossary, restorations, analysis })
    .filter((label) => label.source === 'cascade')
    .map((label) => label.label);
  return { learned, candidates: options.discover === false ? [] : findLabelCandidates(view.text, analysis) };
}

/**
 * The resolved options of a survey's second pass: the cascade and injection rules, the latter
 * looking for the run's labels.
 * @param options the survey's options.
 * @param runLabels the labels of the run.
 * @returns the state.
 */
export function surveyCheckState(options: SurveyOptions, runLabels: readonly string[]): ReturnType<typeof resolveOptions> {
  const rules: Record<string, RuleSetting> = {};
  for (const id of rulesById.keys()) if (ignoredRules.has(id)) rules[id] = 'off';
  if (rulesById.has('no-label-injection')) rules['no-label-injection'] = ['warning', { labels: [...runLabels] }];
  // With a glossary `check` reads every file; discovered labels need the same.
  return resolveOptions({ ...surveyBaseOptions(options), rules, glossary: options.glossary ?? {} });
}

/**
 * The second pass of a survey for one file: its findings, described for grouping.
 * @param text the text as read.
 * @param view its prose view.
 * @param analysis the view's analysis.
 * @param state the state of the second pass (`surveyCheckState`).
 * @param forms the dominant forms of the run.
 * @param runLabels the labels of the run.
 * @param options the survey's options.
 * @returns the findings in text order.
 */
export function surveyFindings(
  text: string,
  view: ProseView,
  analysis: Analysis,
  state: ReturnType<typeof resolveOptions>,
  forms: FormModel,
  runLabels: readonly string[],
  options: SurveyOptions,
): SurveyFinding[] {
  const messages = checkWithState(text, state, forms, view, analysis);
  const locator = createLocator(text);
  const labels = knownLabels({ glossary: options.glossary, restorations: state.restorations, analysis }, runLabels);
  const injectionStarts = new Set(messages.filter((message) => message.ruleId === 'no-label-injection').map((message) => message.start.offset));
  const slugSpans = messages.filter((message) => message.ruleId.includes('slug')).map((message) => [message.start.offset, message.end.offset] as const);
  const findings: SurveyFinding[] = [];
  for (const message of messages) {
    // `Children's rights's rights` is read as an injection when its label is known.
    if (message.ruleId === 'no-replacement-cascade' && injectionStarts.has(message.start.offset)) continue;
    // `…/womens-rightss-rightss-…` in a bare URL is one slug finding, not prose cascades.
    if (!message.ruleId.includes('slug') && slugSpans.some(([from, to]) => message.start.offset >= from && message.end.offset <= to)) continue;
    const entry = describe(message, view.text, analysis, forms, labels, options);
    if (!entry) continue;
    const point = locator.pointAt(message.start.offset);
    findings.push({
      ...entry,
      signature: `${entry.kind}:${restorationKey(entry.text)}`,
      ruleId: message.ruleId,
      line: point.line,
      column: point.column,
      context: contextOf(text, message.start.offset, message.end.offset),
    });
  }
  return findings;
}

/**
 * Groups the findings of an archive's files, added in run order, by signature. Each group
 * keeps its files and only the occurrences its examples may be picked from, so the memory
 * grows with the groups, not the findings.
 */
export class SurveyGroupCollector {
  /** Groups by signature. */
  private readonly drafts = new Map<string, Draft>();
  /** Findings grouped. */
  private findings = 0;

  /**
   * @param examples how many contexts to keep per group.
   */
  constructor(private readonly examples = 3) {}

  /**
   * Adds the findings of one file.
   * @param path the file's path as shown.
   * @param findings what `surveyFindings` gave for it.
   */
  add(path: string, findings: readonly SurveyFinding[]): void {
    for (const finding of findings) {
      const { signature, ruleId, line, column, context, ...entry } = finding;
      this.findings++;
      let draft = this.drafts.get(signature);
      if (!draft) {
        draft = { ...entry, signature, ruleId, count: 0, files: new Set(), examples: new ExamplePicker(this.examples) };
        this.drafts.set(signature, draft);
      }
      draft.count++;
      draft.files.add(path);
      draft.examples.add({ path, line, column, context });
    }
  }

  /**
   * The report.
   * @param files the number of files read.
   * @param discovered the labels discovered.
   * @returns the report, groups sorted by impact.
   */
  report(files: number, discovered: string[]): SurveyReport {
    const groups: SurveyGroup[] = [...this.drafts.values()].map((draft) => {
      const { files: fileSet, examples, ...rest } = draft;
      return {
        ...rest,
        id: groupId(draft.label, draft.kind, draft.signature),
        files: [...fileSet].sort(),
        impact: draft.count * draft.text.length,
        examples: examples.pick(),
      };
    });
    groups.sort((a, b) => b.impact - a.impact || a.signature.localeCompare(b.signature));
    return { version: 1, files, findings: this.findings, discoveredLabels: discovered, groups };
  }
}

/**
 * Surveys an archive: runs the cascade and injection rules over every file with the dominant
 * forms of the whole run, and groups their findings by signature.
 * @param files the files (path, text, optional format).
 * @param options glossary, decided restorations, label discovery and examples per group.
 * @returns the report, groups sorted by impact.
 * @throws TypeError for malformed files or options.
 */
export function survey(files: readonly SurveyFile[], options: SurveyOptions = {}): SurveyReport {
  if (!Array.isArray(files)) throw new TypeError('Expected `files` to be an array of `{path, text}`');
  const read = files.map((file, index) => {
    if (typeof file?.path !== 'string' || typeof file.text !== 'string') throw new TypeError(`Expected \`files[${index}]\` to have a string \`path\` and \`text\``);
    const view: ProseView = createView(file.text, file.format ?? 'text');
    return { file, view, analysis: analyze(view.text) };
  });
  const forms: FormModel = learnForms(read.flatMap(({ analysis }) => observe(analysis)));
  const collector = new SurveyLabelCollector(options);
  const { restorations } = surveyBaseState(options);
  for (const { view, analysis } of read) collector.add(surveyFileFacts(view, analysis, options, restorations));
  const { runLabels, discovered } = collector.finish();
  const state = surveyCheckState(options, runLabels);
  const groups = new SurveyGroupCollector(options.examples);
  for (const { file, view, analysis } of read) groups.add(file.path, surveyFindings(file.text, view, analysis, state, forms, runLabels, options));
  return groups.report(files.length, discovered);
}

/** One occurrence offered as an example. */
type Occurrence = SurveyExample;

/**
 * Picks a group's examples from its occurrences in reading order: the first occurrence of
 * each file first, then the rest, never the same context twice. It keeps the occurrences the
 * picking may take and no more: the first pass's picks, and the first occurrence of each of
 * the first `2 × limit` contexts (at most `limit` of them are the first pass's).
 */
class ExamplePicker {
  /** First-pass picks: a new file and a new context each. */
  private readonly firstPass: Occurrence[] = [];
  /** Their files. */
  private readonly firstPassFiles = new Set<string>();
  /** Their contexts. */
  private readonly firstPassContexts = new Set<string>();
  /** The first occurrence of each context, in order, up to `2 × limit`. */
  private readonly firstOfContext: Occurrence[] = [];
  /** Their contexts. */
  private readonly seenContexts = new Set<string>();

  /**
   * @param limit how many examples to pick.
   */
  constructor(private readonly limit: number) {}

  /**
   * Offers the next occurrence.
   * @param occurrence the occurrence.
   */
  add(occurrence: Occurrence): void {
    if (this.firstPass.length < this.limit && !this.firstPassContexts.has(occurrence.context) && !this.firstPassFiles.has(occurrence.path)) {
      this.firstPass.push(occurrence);
      this.firstPassFiles.add(occurrence.path);
      this.firstPassContexts.add(occurrence.context);
    }
    if (this.firstOfContext.length < 2 * this.limit && !this.seenContexts.has(occurrence.context)) {
      this.firstOfContext.push(occurrence);
      this.seenContexts.add(occurrence.context);
    }
  }

  /**
   * The examples.
   * @returns at most `limit` occurrences.
   */
  pick(): SurveyExample[] {
    const picked = this.firstPass.slice(0, this.limit);
    const contexts = new Set(this.firstPassContexts);
    for (const occurrence of this.firstOfContext) {
      if (picked.length >= this.limit) break;
      if (contexts.has(occurrence.context)) continue;
      contexts.add(occurrence.context);
      picked.push(occurrence);
    }
    return picked;
  }
}

/**
 * Describes one finding for grouping: its kind, label, text and restoration.
 * @param message the finding.
 * @param view the prose view of its file.
 * @param analysis the analysis of that view.
 * @param forms the dominant forms of the run.
 * @param labels the labels known in that file.
 * @param options survey options.
 * @returns the description, or undefined for a finding the survey does not group.
 */
function describe(message: Message, view: string, analysis: Analysis, forms: FormModel, labels: ReturnType<typeof knownLabels>, options: SurveyOptions): Description | undefined {
  const start = message.start.offset;
  if (message.ruleId === 'no-replacement-cascade') {
    const cascade = analysis.cascades.find((item) => item.start === start);
    if (!cascade) return undefined;
    const core = cascadeCore(cascade, forms.dominant.get(cascade.labelKey), view);
    const label = cascadeLabel(cascade);
    if (core.variant) {
      return { kind: 'variant', label, text: core.text, restoration: null, suggestion: termRestoration(cascade.term), note: 'its form differs from the dominant form of the label: it came from another original; a person decides' };
    }
    return { kind: 'cascade', label, text: core.text, restoration: termRestoration(cascade.term), suggestion: null, note: 'the dominant form of the label: restored to its term' };
  }
  if (message.ruleId === 'no-label-injection') {
    const known = labels.find((item) => normaliseApostrophes(view.slice(start, start + item.label.length)) === normaliseApostrophes(item.label));
    if (!known) return undefined;
    // Only a label someone named (glossary, restorations) is restored without asking: one
    // learned from cascades or found by discovery may be used correctly elsewhere.
    const decided = known.source === 'glossary' || known.source === 'restoration';
    const glossaryTerm = options.glossary?.labels?.find((item) => normaliseApostrophes(item.label) === normaliseApostrophes(known.label))?.term;
    return {
      kind: 'injection',
      label: known.label,
      text: known.label,
      restoration: decided ? (glossaryTerm ?? known.term) : null,
      suggestion: decided ? null : known.term,
      note: decided ? `the label's term, from the ${known.source === 'glossary' ? 'glossary' : 'restorations'}` : `a label ${known.source === 'cascade' ? 'learned from cascades' : 'found without a glossary'}: a person confirms its term`,
    };
  }
  if (ignoredRules.has(message.ruleId)) return undefined;
  if (message.ruleId.includes('slug')) return describeSlug(message);
  return { kind: 'other', label: message.actual, text: message.actual, restoration: message.fix?.text ?? null, suggestion: message.fix ? null : (message.expected[0] ?? null), note: `reported by \`${message.ruleId}\`` };
}

/**
 * Describes a slug finding by its form: the run of repeated words with the head before it
 * (`womens-rightss-rightss-rights` in `…/uk-womens-rightss-rightss-rights-rescued`), so that
 * slugs of different titles with the same damage form one group.
 * @param message the slug finding.
 * @returns the description.
 */
function describeSlug(message: Message): Description {
  const words = message.actual.split('-');
  const cores = words.map((word) => word.toLowerCase().replace(/s+$/u, ''));
  const counts = new Map<string, number>();
  for (const core of cores) counts.set(core, (counts.get(core) ?? 0) + 1);
  let repeated = '';
  for (const [core, count] of counts) if (count >= 2 && count > (counts.get(repeated) ?? 0) && core !== '') repeated = core;
  const first = cores.indexOf(repeated);
  const last = cores.lastIndexOf(repeated);
  const from = Math.max(0, first - 1);
  const before = words.slice(0, from).join('-');
  const after = words.slice(last + 1).join('-');
  const run = repeated === '' ? message.actual : words.slice(from, last + 1).join('-');
  const strip = (value: string): string | null => {
    const prefix = before === '' ? '' : `${before}-`;
    const suffix = after === '' ? '' : `-${after}`;
    return value.startsWith(prefix) && value.endsWith(suffix) && value.length >= prefix.length + suffix.length ? value.slice(prefix.length, value.length - suffix.length) : null;
  };
  const fixed = message.fix ? strip(message.fix.text) : null;
  const suggested = message.fix ? null : strip(message.expected[0] ?? '');
  return { kind: 'slug', label: run, text: run, restoration: fixed, suggestion: suggested, note: `reported by \`${message.ruleId}\`; feeds the redirect map, not the text` };
}
