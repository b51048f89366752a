import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { formsForFile, learnForms, observe, startsWithForm, type FormObservation } from '../../src/core/forms.js';
import { check, fix, learnFormsFrom } from '../../src/index.js';

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
    expect(model.support.get(harbour)).toEqual({ explained: 3, total: 4, covered: 3 });
  });

  it('lets a form explain the cascades that are that form followed by more units', () => {
    // One cascade of `'s 's` and two of `'s 's 's` (the original had `harbour's boats`): the
    // shorter form explains all three.
    const model = learnForms(observations(harbour, ["'s", "'s", "'s"], ["'s", "'s"], ["'s", "'s", "'s"]));
    expect(model.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(model.support.get(harbour)).toEqual({ explained: 3, total: 3, covered: 3 });
  });

  it('does not count a shorter cascade as explained by a longer form', () => {
    const model = learnForms(observations(harbour, ["'s", 's', "'s", 's'], ["'s", 's'], ["'s", 's', "'s", 's']));
    expect(model.dominant.get(harbour)).toEqual(["'s", 's']);
    // Two units longer is not a carried suffix: only the exact cascade is covered.
    expect(model.support.get(harbour)).toEqual({ explained: 3, total: 3, covered: 1 });
  });

  it('prefers the shorter form on a tie, in either order', () => {
    const longFirst = learnForms(observations(harbour, ['', 's', 's'], ["'s", "'s"]));
    const shortFirst = learnForms(observations(harbour, ["'s", "'s"], ['', 's', 's']));
    expect(longFirst.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(shortFirst.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(longFirst.support.get(harbour)).toEqual({ explained: 1, total: 2, covered: 1 });
  });

  it('decides each label on its own', () => {
    const model = learnForms([...observations(harbour, ["'s", "'s"], ["'s", "'s"]), ...observations(market, ['', ''], ['', '', ''])]);
    expect(model.dominant.get(harbour)).toEqual(["'s", "'s"]);
    expect(model.dominant.get(market)).toEqual(['', '']);
    expect(model.support.get(market)).toEqual({ explained: 2, total: 2, covered: 2 });
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
    expect(found).toEqual([{ labelKey: harbour, joiners: ["'s", "'s", 's', "'s"], label: { label: "Harbour's boats", term: 'harbour' } }]);
  });

  it('learns the dominant form over several texts', () => {
    const model = learnFormsFrom([dominantText, dominantText, variantText]);
    expect(model.dominant.get(harbour)).toEqual(["'s", "'s", 's', "'s"]);
    expect(model.support.get(harbour)).toEqual({ explained: 2, total: 3, covered: 2 });
  });

  it('counts a label standing alone within a page of its cascade, not a whole archive away', () => {
    // `Children's rights` stands alone three times near its one two-unit cascade: a label
    // put in once, plus the original `'s rights`, not a cascade.
    const near = "Children's rights play. Children's rights sing. Children's rights read. The Children's rights's rights group met. ";
    const alone = (observations: FormObservation[]): number => observations.filter((observation) => observation.label === undefined).length;
    expect(alone(observe(analyze(near)))).toBe(3);
    // The same uses 60,000 characters away (another page of a joined archive) say nothing.
    const filler = 'Nothing else happened that day. '.repeat(1900);
    const far = `Children's rights play. Children's rights sing. Children's rights read. ${filler}The Children's rights's rights group met. `;
    expect(alone(observe(analyze(far)))).toBe(0);
  });

  it('accepts texts with a format', () => {
    const model = learnFormsFrom([{ text: dominantText, format: 'text' }, { text: dominantText }]);
    expect(model.support.get(harbour)).toEqual({ explained: 2, total: 2, covered: 2 });
  });
});

describe('forms for a file in a run', () => {
  // One label cascaded by two passes in some files and by five in others: no form of the run
  // speaks for every file.
  const two = ["'s", "'s"];
  const five = ["'s", "'s", 's', "'s", 's'];

  it('keeps the run\'s form where the run\'s cascades agree (or carry one suffix unit)', () => {
    const run = learnForms(observations(harbour, two, two, two, [...two, "'s"]));
    const local = learnForms(observations(harbour, [...two, "'s"]));
    expect(formsForFile(run, local)).toBe(run);
  });

  it('lets a file decide a label its run cascaded by different numbers of passes', () => {
    const run = learnForms(observations(harbour, two, five, five, five, [...two, 's', "'s"]));
    expect(run.support.get(harbour)).toEqual({ explained: 5, total: 5, covered: 1 });
    const local = learnForms(observations(harbour, five));
    const forms = formsForFile(run, local);
    expect(forms.dominant.get(harbour)).toEqual(five);
    expect(forms.support.get(harbour)).toEqual({ explained: 1, total: 1, covered: 1 });
    // The run's model is left as it was.
    expect(run.dominant.get(harbour)).toEqual(two);
  });

  it('restores each file of such a run as it would alone', () => {
    const short = "The Ferry's timetables's timetables ran late.";
    const long = "Our Ferry's timetables's timetabless timetables's timetabless timetables ran late.";
    const middle = "Your Ferry's timetables's timetabless timetables's timetables ran late.";
    const files = [short, long, long, middle, long, middle];
    const forms = learnFormsFrom(files);
    expect(fix(long).output).toBe('Our ferry ran late.');
    for (const file of files) expect(fix(file, { forms }).output).toBe(fix(file).output);
  });

  it('counts a cascade one unit longer (a carried suffix) as covered by the run\'s form', () => {
    const short = "The Ferry's timetables's timetables ran late. Then the Ferry's timetables's timetables ran early.";
    const forms = learnFormsFrom([short, short, short, "Our Ferry's timetables's timetables's timetables ran late."]);
    expect(forms.support.get('ferry\u0000timetables')).toEqual({ explained: 7, total: 7, covered: 7 });
  });
});

describe('labels learned over a run', () => {
  const cascaded = "The Lighthouse's walks's walkss walks's walks opened. Guides led Lighthouse's walks's walkss walks's walks for all.";
  const injected = 'Volunteers said several Lighthouse\u2019s walks from the pier were closed on Monday.';

  it('are kept in the forms with their terms', () => {
    const forms = learnFormsFrom([cascaded]);
    expect([...(forms.labels?.values() ?? [])]).toEqual([{ label: "Lighthouse's walks", term: 'lighthouse' }]);
  });

  it('find a label put in once in another file, as a suggestion', () => {
    expect(check(injected)).toEqual([]);
    const messages = check(injected, { forms: learnFormsFrom([cascaded, injected]) });
    expect(messages.map((message) => [message.ruleId, message.actual, message.fix, message.suggestions.map((suggestion) => suggestion.text)])).toEqual([
      ['no-label-injection', 'Lighthouse\u2019s walks', null, ['lighthouse']],
    ]);
    expect(messages[0]?.explanation).toContain('label learned from the cascades of other files of the run');
  });
});
