/**
 * Dominant forms of labels: which unit sequence (form) of each label's cascades is the one
 * most cascades share, per file or over all files of a run.
 */
import type { Cascade } from './analyze.js';

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
 * Observations of a list of cascades.
 * @param cascades cascades found by the analysis.
 * @returns their label keys and forms.
 */
export function observe(cascades: readonly Cascade[]): FormObservation[] {
  return cascades.map((cascade) => ({ labelKey: cascade.labelKey, joiners: cascade.joiners }));
}
