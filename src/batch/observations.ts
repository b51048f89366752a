/**
 * The first pass of a multi-file run: each file's cascades as compact form observations (label,
 * form, count), not its text, so the dominant forms are learned over all files (CONTRACT.md:
 * "over all files of one run when several files are given") while no more than one file's text
 * is held at a time. Learning from the packed observations of files in run order gives the same
 * model as `learnFormsFrom` on their texts.
 */
import { createHash } from 'node:crypto';
import { createView, skimMarkup } from '../adapters/index.js';
import type { Format } from '../adapters/types.js';
import { analyze } from '../core/analyze.js';
import { learnForms, observe, type FormModel, type FormObservation, type LearnedLabel } from '../core/forms.js';
import { findCandidates } from '../core/scanner.js';

/**
 * One label's form seen `count` times in a file: `[labelKey, joiners, count]`, then the label
 * as written (or null) and how many of the `count` show their passes exactly (when any do).
 */
export type PackedObservation = [labelKey: string, joiners: string[], count: number, label?: LearnedLabel | null, exact?: number];

/** A form model as plain JSON (for the journal and for digests). */
export interface SerializedForms {
  /** `[label, joiners]` in the model's order. */
  dominant: Array<[string, string[]]>;
  /** `[label, explained, total]` in the model's order. */
  support: Array<[string, number, number, number?]>;
  /** Labels learned from the run's cascades: `[labelKey, label, term]`. */
  labels?: Array<[string, string, string]>;
}

/**
 * The form observations of one text, as `learnFormsFrom` makes them, packed.
 *
 * A Markdown or HTML text whose skim has no candidate (and no entity that could hide one) has
 * no cascade in its prose view either, so it is not parsed: most files of a clean archive cost
 * one linear scan here.
 * @param text the text as read.
 * @param format how to read it.
 * @returns its observations, each distinct (label, form) once with its count, in first-seen order.
 */
export function observeText(text: string, format: Format): PackedObservation[] {
  if (format !== 'text' && !text.includes('&') && findCandidates(skimMarkup(text, format)).length === 0) return [];
  return packObservations(observe(analyze(createView(text, format).text)));
}

/**
 * Packs observations: equal (label, form) pairs become one entry with a count, in the order
 * each pair was first seen (which keeps `learnForms`' tie-breaking unchanged).
 * @param observations observations of one text.
 * @returns the packed observations.
 */
export function packObservations(observations: readonly FormObservation[]): PackedObservation[] {
  const byKey = new Map<string, PackedObservation>();
  for (const observation of observations) {
    const key = `${observation.labelKey}\u0000${observation.joiners.join('\u0001')}`;
    let known = byKey.get(key);
    if (known) {
      known[2] += 1;
      if (observation.label && !known[3]) known[3] = observation.label;
    } else {
      known = observation.label ? [observation.labelKey, observation.joiners, 1, observation.label] : [observation.labelKey, observation.joiners, 1];
      byKey.set(key, known);
    }
    if (observation.exact) {
      known[3] ??= null;
      known[4] = (known[4] ?? 0) + 1;
    }
  }
  return [...byKey.values()];
}

/**
 * Gathers the observations of a run file by file, in run order, holding each distinct
 * (label, form) once with its count: memory grows with the labels of the archive, not with its
 * files. The model it gives is the one `learnForms` gives on all observations in that order.
 */
export class FormAccumulator {
  /** Label → form key → the form and its count, both in first-seen order. */
  private readonly byLabel = new Map<string, Map<string, { joiners: string[]; count: number; exact: number }>>();
  private readonly labels = new Map<string, LearnedLabel>();

  /**
   * Adds one file's observations (files in run order).
   * @param observations the file's packed observations.
   */
  add(observations: readonly PackedObservation[]): void {
    for (const [labelKey, joiners, count, label, exact = 0] of observations) {
      if (label && !this.labels.has(labelKey)) this.labels.set(labelKey, label);
      let forms = this.byLabel.get(labelKey);
      if (!forms) {
        forms = new Map();
        this.byLabel.set(labelKey, forms);
      }
      const key = joiners.join('\u0001');
      const known = forms.get(key);
      if (known) {
        known.count += count;
        known.exact += exact;
      } else forms.set(key, { joiners, count, exact });
    }
  }

  /**
   * Learns the dominant forms of everything added.
   * @returns the model.
   */
  learn(): FormModel {
    return learnForms(this.replay());
  }

  /**
   * Replays the observations label by label, each form in first-seen order `count` times: the
   * same first-seen orders and counts as the observations themselves.
   * @yields one observation per counted cascade.
   */
  private *replay(): Generator<FormObservation> {
    for (const [labelKey, forms] of this.byLabel) {
      const label = this.labels.get(labelKey);
      for (const { joiners, count, exact } of forms.values()) {
        for (let index = 0; index < count; index++) yield observationOf(labelKey, joiners, label, index < exact);
      }
    }
  }
}

/**
 * Learns the dominant forms from the packed observations of every file, in run order.
 * @param files each file's packed observations, in run order.
 * @returns the model.
 */
export function learnFromPacked(files: Iterable<readonly PackedObservation[]>): FormModel {
  return learnForms(unpack(files));
}

/**
 * Expands packed observations back into single ones, in order.
 * @param files each file's packed observations.
 * @yields one observation per counted cascade.
 */
function* unpack(files: Iterable<readonly PackedObservation[]>): Generator<FormObservation> {
  for (const file of files) {
    for (const [labelKey, joiners, count, label, exact = 0] of file) {
      for (let index = 0; index < count; index++) yield observationOf(labelKey, joiners, label ?? undefined, index < exact);
    }
  }
}

/**
 * One observation of a packed entry.
 * @param labelKey the label key.
 * @param joiners the form.
 * @param label the label as written, when known.
 * @param exact whether this one shows its passes exactly.
 * @returns the observation.
 */
function observationOf(labelKey: string, joiners: string[], label: LearnedLabel | undefined, exact: boolean): FormObservation {
  const observation: FormObservation = label ? { labelKey, joiners, label } : { labelKey, joiners };
  if (exact) observation.exact = true;
  return observation;
}

/**
 * Turns a form model into plain JSON.
 * @param forms the model.
 * @returns its entries, in order.
 */
export function serializeForms(forms: FormModel): SerializedForms {
  const serialized: SerializedForms = {
    dominant: [...forms.dominant],
    support: [...forms.support].map(([label, { explained, total, covered }]) => (covered === undefined ? [label, explained, total] : [label, explained, total, covered])),
  };
  if (forms.labels) serialized.labels = [...forms.labels].map(([key, { label, term }]) => [key, label, term]);
  return serialized;
}

/**
 * Rebuilds a form model from plain JSON.
 * @param value what `serializeForms` gave.
 * @returns the model.
 */
export function deserializeForms(value: SerializedForms): FormModel {
  const forms: FormModel = {
    dominant: new Map(value.dominant),
    support: new Map(value.support.map(([label, explained, total, covered]) => [label, covered === undefined ? { explained, total } : { explained, total, covered }])),
  };
  if (value.labels) forms.labels = new Map(value.labels.map(([key, label, term]) => [key, { label, term }]));
  return forms;
}

/**
 * A digest of a form model: results cached under one model are reused only under the same one.
 * @param forms the model, or undefined (each file its own forms).
 * @returns a hex digest (`per-file` without a model).
 */
export function digestForms(forms: FormModel | undefined): string {
  if (!forms) return 'per-file';
  return createHash('sha256').update(JSON.stringify(serializeForms(forms))).digest('hex');
}
