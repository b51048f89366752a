/**
 * The forms pass: packed observations learn the same model as `learnFormsFrom`, the model
 * survives JSON (for the journal), and its digest changes only with the model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deserializeForms,
  digestForms,
  FormAccumulator,
  learnFromPacked,
  observeText,
  packObservations,
  serializeForms,
} from '../../src/batch/observations.js';
import { learnFormsFrom } from '../../src/check.js';
import { makeDamagedCorpus } from '../../src/eval/corrupt.js';

/** Damaged texts made from the real clean controls, with the markdown and HTML wrappers of a site. */
function sampleTexts(): Array<{ text: string; format: 'text' | 'markdown' | 'html' }> {
  const folder = new URL('../../../shared/corpus/real/clean/', import.meta.url);
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().slice(0, 12);
  } catch {
    // Without the shared corpus, the generated texts below still cover the cases.
  }
  const documents = names.map((name) => ({ id: name, text: readFileSync(join(folder.pathname, name), 'utf8') }));
  documents.push(
    { id: 'a', text: "The charity said Women's rights's rightss rights's rights's rights's rights and girls.\nWomen's rights's rights's rights." },
    { id: 'b', text: 'Transport updates updates are here. See the the report.' },
  );
  const damaged = makeDamagedCorpus(documents, { seed: 7 });
  return damaged.flatMap((document, index) => [
    { text: document.damaged, format: 'text' as const },
    { text: `# Title\n\n${document.damaged.split('\n').join('\n\n')}`, format: 'markdown' as const },
    ...(index % 3 === 0 ? [{ text: `<p>${document.damaged.replaceAll("'", '&#39;')}</p>`, format: 'html' as const }] : []),
  ]);
}

describe('observeText and learnFromPacked', () => {
  it('learn the same model as learnFormsFrom over the same texts in the same order', () => {
    const texts = sampleTexts();
    const expected = learnFormsFrom(texts);
    const learned = learnFromPacked(texts.map(({ text, format }) => observeText(text, format)));
    expect(serializeForms(learned)).toEqual(serializeForms(expected));
    expect(learned.dominant.size).toBeGreaterThan(0);
  });

  it('learn the same model, in the same order, when gathered file by file', () => {
    const texts = sampleTexts();
    const accumulator = new FormAccumulator();
    for (const { text, format } of texts) accumulator.add(observeText(text, format));
    expect(serializeForms(accumulator.learn())).toEqual(serializeForms(learnFormsFrom(texts)));
  });

  it('observes nothing in markup without candidates, without parsing it', () => {
    expect(observeText('# Fine\n\nNothing **to** see here.\n', 'markdown')).toEqual([]);
  });
});

describe('packObservations', () => {
  it('counts equal observations in first-seen order', () => {
    const packed = packObservations([
      { labelKey: 'women|rights', joiners: ["'s", "'s"] },
      { labelKey: 'events|', joiners: ['s'] },
      { labelKey: 'women|rights', joiners: ["'s", "'s"] },
    ]);
    expect(packed).toEqual([
      ['women|rights', ["'s", "'s"], 2],
      ['events|', ['s'], 1],
    ]);
  });
});

describe('exact observations (a cascade glued to the rest of a word)', () => {
  // Three passes of `Stay with us` over `stay`: glued copies show the passes exactly, and one
  // file holds a shorter cascade, which must not make the others one unit longer.
  const texts = [
    { text: 'The Stay with us with us with users met. Our Stay with us with us with using was long.', format: 'text' as const },
    { text: 'Guests Stay with us with us with us all week. The Stay with us with us went on.', format: 'text' as const },
  ];

  it('are packed with their count and survive JSON', () => {
    const packed = observeText(texts[0]?.text ?? '', 'text');
    expect(packed).toEqual([['stay\u0000with us', ['', '', ''], 2, null, 2]]);
    const learned = learnFromPacked(JSON.parse(JSON.stringify(texts.map(({ text, format }) => observeText(text, format)))) as ReturnType<typeof observeText>[]);
    expect(serializeForms(learned)).toEqual(serializeForms(learnFormsFrom(texts)));
    expect(learned.dominant.get('stay\u0000with us')).toEqual(['', '', '']);
  });

  it('give the same model gathered file by file', () => {
    const accumulator = new FormAccumulator();
    for (const { text, format } of texts) accumulator.add(observeText(text, format));
    expect(serializeForms(accumulator.learn())).toEqual(serializeForms(learnFormsFrom(texts)));
  });

  it('are not explained by a shorter form, which wins without them', () => {
    const plain = packObservations([
      { labelKey: 'stay|with us', joiners: ['', ''] },
      { labelKey: 'stay|with us', joiners: ['', '', ''] },
      { labelKey: 'stay|with us', joiners: ['', '', ''] },
    ]);
    expect(learnFromPacked([plain]).dominant.get('stay|with us')).toEqual(['', '']);
    const exact = packObservations([
      { labelKey: 'stay|with us', joiners: ['', ''] },
      { labelKey: 'stay|with us', joiners: ['', '', ''], exact: true },
      { labelKey: 'stay|with us', joiners: ['', '', ''], exact: true },
    ]);
    expect(exact).toEqual([
      ['stay|with us', ['', ''], 1],
      ['stay|with us', ['', '', ''], 2, null, 2],
    ]);
    expect(learnFromPacked([exact]).dominant.get('stay|with us')).toEqual(['', '', '']);
  });
});

describe('serializeForms and digestForms', () => {
  it('round-trip a model through JSON and digest it stably', () => {
    const model = learnFromPacked([[['women|rights', ["'s", "'s"], 3]], [['women|rights', ["'s"], 1]]]);
    const copy = deserializeForms(JSON.parse(JSON.stringify(serializeForms(model))));
    expect(copy).toEqual(model);
    expect(digestForms(copy)).toBe(digestForms(model));
    expect(digestForms(undefined)).toBe('per-file');
    const other = learnFromPacked([[['women|rights', ["'s"], 3]]]);
    expect(digestForms(other)).not.toBe(digestForms(model));
  });

  it('carry the labels of the run and how far each dominant form covers', () => {
    const label = { label: "Harbour's walks", term: 'harbour' };
    const model = learnFromPacked([[['harbour|walks', ["'s", "'s"], 2, label]], [['harbour|walks', ["'s", "'s", 's', "'s"], 3]]]);
    expect(model.labels?.get('harbour|walks')).toEqual(label);
    expect(model.support.get('harbour|walks')).toEqual({ explained: 5, total: 5, covered: 2 });
    const copy = deserializeForms(JSON.parse(JSON.stringify(serializeForms(model))));
    expect(copy).toEqual(model);
    const withoutLabel = learnFromPacked([[['harbour|walks', ["'s", "'s"], 2]], [['harbour|walks', ["'s", "'s", 's', "'s"], 3]]]);
    expect(digestForms(withoutLabel)).not.toBe(digestForms(model));
  });
});
