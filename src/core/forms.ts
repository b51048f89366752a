/**
 * Dominant forms of labels: which unit sequence (form) of each label's cascades is the one
 * most cascades share, per file or over all files of a run.
 */
import type { Analysis, Cascade } from './analyze.js';
import { isCapitalised } from './context.js';
import { withoutPossessive } from './proper-nouns.js';
import { CharClass, classAt, stretchesAround, tokenize } from './scanner.js';
import { isSpelledWord } from './spelling.js';

/** The dominant form of each label, keyed by label (term and tail, lower case). */
export interface FormModel {
  /** Label key → joiners of the dominant form (`["'s", "'s", 's', …]`). */
  dominant: Map<string, string[]>;
  /**
   * Label key → how many cascades the dominant form explains, how many there were, and how
   * many have the dominant form itself or it and one more unit (`covered`).
   */
  support: Map<string, FormSupport>;
  /**
   * Label key → the label as the cascades wrote it, for labels shaped like a taxonomy label
   * (`Women's rights` → `women`): over several files, a label that cascaded in one file is
   * looked for where it was put in once in another.
   */
  labels?: Map<string, LearnedLabel>;
}

/** How well a label's dominant form stands among its cascades. */
export interface FormSupport {
  /** Cascades the dominant form explains (it, or it followed by more units). */
  explained: number;
  /** Cascades of the label. */
  total: number;
  /**
   * Cascades with exactly the dominant form or it and one more unit (a carried suffix). Far
   * below `total`, the cascades were made by different numbers of passes: no one form speaks
   * for all files. Absent in models made before it was counted.
   */
  covered?: number;
}

/** A label read off its cascades, with the term it replaced. */
export interface LearnedLabel {
  /** The label as written (`Women's rights`). */
  label: string;
  /** Its term, lower case (`women`). */
  term: string;
}

/** A cascade's label and form, as the model needs them. */
export interface FormObservation {
  /** Label key. */
  labelKey: string;
  /** Joiners of the cascade, head first. */
  joiners: string[];
  /** The label as written, when the cascade shows a taxonomy label's shape. */
  label?: LearnedLabel;
  /**
   * Whether the cascade shows its number of passes exactly: its last unit is glued to the rest
   * of the word the replace hit (`Play with us with usground`), which no label can follow, so
   * no shorter form explains it.
   */
  exact?: boolean;
}

/**
 * The label a cascade shows, when it has the shape of a taxonomy label: a capitalised
 * possessive head and a lower-case tail (`Women's rights`).
 * @param cascade a cascade.
 * @returns the label with its term, or undefined.
 */
export function learnedLabelOf(cascade: Cascade): LearnedLabel | undefined {
  if (cascade.kind !== 'head' || !cascade.isCascade) return undefined;
  if (!isCapitalised(cascade.head) || cascade.tailText !== cascade.tailText.toLowerCase()) return undefined;
  if (cascade.joiners[0] !== "'s" && cascade.joiners[0] !== "'") return undefined;
  return { label: `${cascade.head.text} ${cascade.tailText}`, term: cascade.term.toLowerCase() };
}

/**
 * The letters carried after a cascade's last unit when they are the rest of a word the replace
 * hit (`ground` in `Play with us with usground`), in lower case and without a possessive; not a
 * plural or a possessive alone (`s`, `es`, `’s`), nor anything that does not start with a
 * lower-case letter.
 * @param cascade a cascade.
 * @returns the letters, or undefined.
 */
export function gluedRest(cascade: Cascade): string | undefined {
  const { carried } = cascade;
  if (!/^\p{Ll}/u.test(carried) || /^(?:s|es)?(?:['’]s?)?$/u.test(carried)) return undefined;
  return withoutPossessive(carried).toLowerCase();
}

/**
 * Whether a cascade shows its number of passes exactly: its last unit is glued to the rest of
 * the word the replace hit, letters that make a word with the term (`Play with us with
 * usground` for `playground`). No label of the original can have followed inside that word, so
 * no form shorter than this cascade's explains it.
 * @param cascade a cascade.
 * @returns true for such a cascade.
 */
function showsPasses(cascade: Cascade): boolean {
  const rest = cascade.kind === 'head' ? gluedRest(cascade) : undefined;
  return rest !== undefined && isSpelledWord(`${cascade.term.toLowerCase()}${rest}`);
}

/**
 * Whether `form` is a prefix of (or equal to) `joiners`.
 * @param form a candidate dominant form.
 * @param joiners an observed form.
 * @returns true when the observed form starts with the candidate.
 */
export function startsWithForm(joiners: readonly string[], form: readonly string[]): boolean {
  if (joiners.length < form.length) return false;
  for (let index = 0; index < form.length; index++) {
    if (joiners[index] !== form[index]) return false;
  }
  return true;
}

/**
 * Learns the dominant form of every label. A form explains a cascade when the cascade has
 * exactly that form or that form followed by more units (the original word had a suffix
 * that the pass turned into one more unit, as `women's rights` did), unless the longer
 * cascade shows its passes exactly (`exact`: glued to the rest of a word). The form that
 * explains most cascades wins; on a tie the shorter one.
 * @param observations cascades of one file or of all files of a run.
 * @returns the model.
 */
export function learnForms(observations: Iterable<FormObservation>): FormModel {
  const byLabel = new Map<string, Map<string, string[]>>();
  const counts = new Map<string, Map<string, number>>();
  const labels = new Map<string, LearnedLabel>();
  // Label key and form key → how many of its cascades show their passes exactly.
  const exactCounts = new Map<string, number>();
  for (const observation of observations) {
    if (observation.label && !labels.has(observation.labelKey)) labels.set(observation.labelKey, observation.label);
    const key = observation.joiners.join('|');
    if (observation.exact) {
      const exactKey = `${observation.labelKey}\u0000${key}`;
      exactCounts.set(exactKey, (exactCounts.get(exactKey) ?? 0) + 1);
    }
    let forms = byLabel.get(observation.labelKey);
    let formCounts = counts.get(observation.labelKey);
    if (!forms || !formCounts) {
      forms = new Map();
      formCounts = new Map();
      byLabel.set(observation.labelKey, forms);
      counts.set(observation.labelKey, formCounts);
    }
    forms.set(key, observation.joiners);
    formCounts.set(key, (formCounts.get(key) ?? 0) + 1);
  }
  const dominant = new Map<string, string[]>();
  const support = new Map<string, FormSupport>();
  for (const [label, forms] of byLabel) {
    const formCounts = counts.get(label) ?? new Map<string, number>();
    let best: string[] | undefined;
    let bestScore = -1;
    let total = 0;
    for (const count of formCounts.values()) total += count;
    for (const candidate of forms.values()) {
      let score = 0;
      for (const [key, count] of formCounts) {
        const other = forms.get(key) ?? [];
        if (!startsWithForm(other, candidate)) continue;
        // A longer form that shows its passes exactly is explained by itself only.
        score += other.length > candidate.length ? count - (exactCounts.get(`${label}\u0000${key}`) ?? 0) : count;
      }
      if (score > bestScore || (score === bestScore && best && candidate.length < best.length)) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best) {
      let covered = 0;
      for (const [key, count] of formCounts) {
        const other = forms.get(key) ?? [];
        if ((other.length === best.length || other.length === best.length + 1) && startsWithForm(other, best)) covered += count;
      }
      dominant.set(label, best);
      support.set(label, { explained: bestScore, total, covered });
    }
  }
  return labels.size > 0 ? { dominant, support, labels } : { dominant, support };
}

/**
 * Observations of an analysed text: its cascades, and the label standing alone when a label
 * was applied once (an injection) more often than it cascaded. On a page where `Children's
 * rights` stands alone four times, the one `Children's rights's rights` is that label plus
 * the original `'s rights`, not a cascade of two passes.
 * @param analysis the analysis of one text.
 * @returns labels and forms.
 */
export function observe(analysis: Analysis): FormObservation[] {
  const observations: FormObservation[] = analysis.cascades.map((cascade) => {
    const label = learnedLabelOf(cascade);
    const observation: FormObservation = label ? { labelKey: cascade.labelKey, joiners: cascade.joiners, label } : { labelKey: cascade.labelKey, joiners: cascade.joiners };
    if (showsPasses(cascade)) observation.exact = true;
    return observation;
  });
  const byLabel = new Map<string, Cascade[]>();
  for (const cascade of analysis.cascades) {
    if (cascade.kind !== 'head') continue;
    const list = byLabel.get(cascade.labelKey) ?? [];
    list.push(cascade);
    byLabel.set(cascade.labelKey, list);
  }
  for (const [labelKey, cascades] of byLabel) {
    // Only labels that never cascaded more than once (two units at most).
    if (cascades.some((cascade) => cascade.units.length > 2)) continue;
    const first = cascades[0];
    if (!first) continue;
    const label = `${first.head.text} ${first.tailText}`;
    const starts = new Set(analysis.cascades.map((cascade) => cascade.start));
    const mentions = countStandalone(analysis.text, label, first.tail[0] ?? '', starts, stretchesAround(cascades, pageReach, analysis.text.length));
    if (mentions >= 2 && mentions >= cascades.length) {
      for (let index = 0; index < mentions; index++) observations.push({ labelKey, joiners: [first.joiners[0] ?? ''] });
    }
  }
  return observations;
}

/**
 * How far around a label's cascades its standalone uses are counted: a long page, so a text of
 * a few pages is read whole, and a big one (an archive joined in one file) costs a search near
 * its cascades only, not one of all of it for each label.
 */
const pageReach = 50_000;

/**
 * Counts where a label stands alone in stretches of a text: not glued to letters before it,
 * not the start of a cascade, and followed by neither letters, an apostrophe, nor its own
 * tail again.
 * @param text the text.
 * @param label the label as written.
 * @param tailStart the first word of the label's tail, lower case.
 * @param cascadeStarts offsets where cascades start.
 * @param stretches where to count: flat `[start, end]` pairs, in order.
 * @returns how many times it stands alone.
 */
function countStandalone(text: string, label: string, tailStart: string, cascadeStarts: ReadonlySet<number>, stretches: readonly number[]): number {
  if (label === '') return 0;
  let count = 0;
  for (let stretch = 0; stretch < stretches.length; stretch += 2) count += countStandaloneIn(text, label, tailStart, cascadeStarts, stretches[stretch] as number, stretches[stretch + 1] as number);
  return count;
}

/**
 * `countStandalone` over one stretch: uses that start in it.
 * @param text the text.
 * @param label the label as written.
 * @param tailStart the first word of the label's tail, lower case.
 * @param cascadeStarts offsets where cascades start.
 * @param from the stretch's start.
 * @param to its end.
 * @returns how many times it stands alone there.
 */
function countStandaloneIn(text: string, label: string, tailStart: string, cascadeStarts: ReadonlySet<number>, from: number, to: number): number {
  let count = 0;
  // A slice shares the text's characters: each search stops at the stretch's end.
  const stretch = text.slice(from, to);
  let index = from + stretch.indexOf(label);
  while (index >= from) {
    const end = index + label.length;
    const before = index > 0 ? classAt(text, index - 1) : CharClass.Other;
    const after = end < text.length ? classAt(text, end) : CharClass.Other;
    const glued = before === CharClass.Letter || before === CharClass.Digit;
    const continues = after === CharClass.Letter || after === CharClass.Digit || after === CharClass.Apostrophe;
    const next = tokenize(text, end, Math.min(text.length, end + tailStart.length + 8))[0];
    const repeatsTail = next !== undefined && next.lower.startsWith(tailStart) && text.slice(end, next.start).trim() === '';
    if (!glued && !continues && !repeatsTail && !cascadeStarts.has(index)) count++;
    index = from + stretch.indexOf(label, end - from);
  }
  return count;
}

/** Below this share of cascades covered, a run's dominant form does not speak for a file. */
const coveredShare = 0.6;

/** Fewer cascades than this say too little to call a run's form uncovered (a dominant and a variant). */
const coveredMinimum = 5;

/**
 * Whether a label's dominant form leaves too many of its cascades uncovered.
 * @param support the label's support.
 * @returns true when files were damaged by different numbers of passes.
 */
function isUncovered(support: FormSupport): boolean {
  return support.covered !== undefined && support.total >= coveredMinimum && support.covered < support.total * coveredShare;
}

/**
 * The forms a file is judged by in a run: the run's, except for labels whose cascades the
 * run's dominant form does not cover (different files were damaged by different numbers of
 * passes), which each file decides from its own cascades. A profile's forms (one decided
 * cascade per label) always cover.
 * @param run the forms of the run or of a profile.
 * @param local the forms of the file's own cascades.
 * @returns the forms to use.
 */
export function formsForFile(run: FormModel, local: FormModel): FormModel {
  let merged: FormModel | undefined;
  for (const [labelKey, joiners] of local.dominant) {
    const support = run.support.get(labelKey);
    if (!support || !isUncovered(support)) continue;
    merged ??= { ...run, dominant: new Map(run.dominant), support: new Map(run.support) };
    merged.dominant.set(labelKey, joiners);
    const own = local.support.get(labelKey);
    if (own) merged.support.set(labelKey, own);
  }
  return merged ?? run;
}

/**
 * Whether any label of a model is not covered by its dominant form (see `formsForFile`).
 * @param model the forms.
 * @returns true when a file may need its own forms.
 */
export function hasUncoveredLabels(model: FormModel): boolean {
  for (const support of model.support.values()) {
    if (isUncovered(support)) return true;
  }
  return false;
}
