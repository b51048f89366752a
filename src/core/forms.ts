/**
 * Dominant forms of labels: which unit sequence (form) of each label's cascades is the one
 * most cascades share, per file or over all files of a run.
 */
import type { Analysis, Cascade } from './analyze.js';
import { CharClass, classAt, tokenize } from './scanner.js';

/** The dominant form of each label, keyed by label (term and tail, lower case). */
export interface FormModel {
  /** Label key → joiners of the dominant form (`["'s", "'s", 's', …]`). */
  dominant: Map<string, string[]>;
  /** Label key → how many cascades the dominant form explains, and how many there were. */
  support: Map<string, { explained: number; total: number }>;
}

/** A cascade's label and form, as the model needs them. */
export interface FormObservation {
  /** Label key. */
  labelKey: string;
  /** Joiners of the cascade, head first. */
  joiners: string[];
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
 * that the pass turned into one more unit, as `women's rights` did). The form that explains
 * most cascades wins; on a tie the shorter one.
 * @param observations cascades of one file or of all files of a run.
 * @returns the model.
 */
export function learnForms(observations: Iterable<FormObservation>): FormModel {
  const byLabel = new Map<string, Map<string, string[]>>();
  const counts = new Map<string, Map<string, number>>();
  for (const observation of observations) {
    const key = observation.joiners.join('|');
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
  const support = new Map<string, { explained: number; total: number }>();
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
        if (startsWithForm(other, candidate)) score += count;
      }
      if (score > bestScore || (score === bestScore && best && candidate.length < best.length)) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best) {
      dominant.set(label, best);
      support.set(label, { explained: bestScore, total });
    }
  }
  return { dominant, support };
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
  const observations: FormObservation[] = analysis.cascades.map((cascade) => ({ labelKey: cascade.labelKey, joiners: cascade.joiners }));
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
    const mentions = countStandalone(analysis.text, label, first.tail[0] ?? '', starts);
    if (mentions >= 2 && mentions >= cascades.length) {
      for (let index = 0; index < mentions; index++) observations.push({ labelKey, joiners: [first.joiners[0] ?? ''] });
    }
  }
  return observations;
}

/**
 * Counts where a label stands alone in a text: not glued to letters before it, not the
 * start of a cascade, and followed by neither letters, an apostrophe, nor its own tail again.
 * @param text the text.
 * @param label the label as written.
 * @param tailStart the first word of the label's tail, lower case.
 * @param cascadeStarts offsets where cascades start.
 * @returns how many times it stands alone.
 */
function countStandalone(text: string, label: string, tailStart: string, cascadeStarts: ReadonlySet<number>): number {
  if (label === '') return 0;
  let count = 0;
  let index = text.indexOf(label);
  while (index >= 0) {
    const end = index + label.length;
    const before = index > 0 ? classAt(text, index - 1) : CharClass.Other;
    const after = end < text.length ? classAt(text, end) : CharClass.Other;
    const glued = before === CharClass.Letter || before === CharClass.Digit;
    const continues = after === CharClass.Letter || after === CharClass.Digit || after === CharClass.Apostrophe;
    const next = tokenize(text, end, Math.min(text.length, end + tailStart.length + 8))[0];
    const repeatsTail = next !== undefined && next.lower.startsWith(tailStart) && text.slice(end, next.start).trim() === '';
    if (!glued && !continues && !repeatsTail && !cascadeStarts.has(index)) count++;
    index = text.indexOf(label, end);
  }
  return count;
}
