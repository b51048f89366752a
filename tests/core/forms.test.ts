import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { learnForms, observe, startsWithForm, type FormObservation } from '../../src/core/forms.js';
import { learnFormsFrom } from '../../src/index.js';

const harbour = 'harbour\u0000boats';
const market = 'market\u0000updates';

/**
 * Observations of one label.
 * @param labelKey the label key.
 * @param forms the forms, one observation each.
 * @returns the observations.
 */
function observations(labelKey: string, ...forms: string[][]): FormObservation[] {
  return forms.map((joiners) => ({ labelKey, joiners }));
}

describe('startsWithForm', () => {
  it('is true for an equal form and for a longer form that starts with it', () => {
    expect(startsWithForm(["'s", "'s", 's'], ["'s", "'s", 's'])).toBe(true);
    expect(startsWithForm(["'s", "'s", 's', "'s"], ["'s", "'s", 's'])).toBe(true);
  });

  it('is false for a shorter form or a different unit', () => {
    expect(startsWithForm(["'s", "'s"], ["'s", "'s", 's'])).toBe(false);
    expect(startsWithForm(["'s", 's', "'s"], ["'s", "'s", 's'])).toBe(false);
  });
});

describe('learnForms', () => {
  it('picks the most frequent form of a label as dominant', () => {
    const model = learnForms(observations(harbour, ["'s", "'s", 's'], ["'s", 's', "'s"], ["'s", "'s", 's'], ["'s", "'s", 's']));
    expect(model.dominant.get(harbour)).toEqual(["'s", "'s", 's']);
    expect(model.support.get(harbour)).toEqual({ explained: 3, total: 4 });
  });

  it('lets a form explain the cascades that are that form followed by more units', () => {
    // One cascade of `'s 's` and two of `'s 's 's` (the original had `harbour's boats`): the
    // shorter form explains all three.
    const model = learnForms(observations(harbour, ["'s", "'s", "'s"], ["'s", "'s"], ["'s", "'s", "'s"]));
    expect(model.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(model.support.get(harbour)).toEqual({ explained: 3, total: 3 });
  });

  it('does not count a shorter cascade as explained by a longer form', () => {
    const model = learnForms(observations(harbour, ["'s", 's', "'s", 's'], ["'s", 's'], ["'s", 's', "'s", 's']));
    expect(model.dominant.get(harbour)).toEqual(["'s", 's']);
    expect(model.support.get(harbour)).toEqual({ explained: 3, total: 3 });
  });

  it('prefers the shorter form on a tie, in either order', () => {
    const longFirst = learnForms(observations(harbour, ['', 's', 's'], ["'s", "'s"]));
    const shortFirst = learnForms(observations(harbour, ["'s", "'s"], ['', 's', 's']));
    expect(longFirst.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(shortFirst.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(longFirst.support.get(harbour)).toEqual({ explained: 1, total: 2 });
  });

  it('decides each label on its own', () => {
    const model = learnForms([...observations(harbour, ["'s", "'s"], ["'s", "'s"]), ...observations(market, ['', ''], ['', '', ''])]);
    expect(model.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(model.dominant.get(market)).toEqual(['', '']);
    expect(model.support.get(market)).toEqual({ explained: 2, total: 2 });
  });

  it('learns nothing from nothing', () => {
    const model = learnForms([]);
    expect(model.dominant.size).toBe(0);
    expect(model.support.size).toBe(0);
  });
});

describe('observe and learnFormsFrom', () => {
  const dominantText = "The Harbour's boats's boatss boats's boats sailed. ";
  const variantText = "Later the Harbour's boats's boats's boatss boats's boats returned.";

  it('observes each cascade of a text with its label key and form', () => {
    const found = observe(analyze(dominantText)).filter((observation) => observation.labelKey === harbour);
    expect(found).toEqual([{ labelKey: harbour, joiners: ["'s", "'s", 's', "'s"] }]);
  });

  it('learns the dominant form over several texts', () => {
    const model = learnFormsFrom([dominantText, dominantText, variantText]);
    expect(model.dominant.get(harbour)).toEqual(["'s", "'s", 's', "'s"]);
    expect(model.support.get(harbour)).toEqual({ explained: 2, total: 3 });
  });

  it('accepts texts with a format', () => {
    const model = learnFormsFrom([{ text: dominantText, format: 'text' }, { text: dominantText }]);
    expect(model.support.get(harbour)).toEqual({ explained: 2, total: 2 });
  });
});
