import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRepeatedLabels as findWithStarts } from '../../src/core/repeated-labels.js';
import { findCandidates } from '../../src/core/scanner.js';

/**
 * The labels a text repeats, without their places.
 * @param text the text.
 * @returns the labels.
 */
function findRepeatedLabels(text: string): string[] {
  return findWithStarts(text).map((entry) => entry.label);
}

describe('findRepeatedLabels', () => {
  it('finds label-shaped phrases used mid-sentence twice or more, in order of first use', () => {
    const text = "Crews fed two Children's rights, and three Children’s rights slept. The town has Parks and gardens by the sea and more Parks and gardens inland; some Teachers' pay and other Teachers' pay.";
    // Joined phrases (`Parks and gardens`) are common prose: only possessives are looked for.
    expect(findRepeatedLabels(text)).toEqual(["Children's rights", "Teachers' pay"]);
  });

  it('skips phrases used once, at a sentence or line start, after a colon, or of the wrong shape', () => {
    expect(findRepeatedLabels("We met two Children's rights at noon.")).toEqual([]);
    expect(findRepeatedLabels("Children's rights matter. Children's rights matter.\nChildren's rights matter.")).toEqual([]);
    expect(findRepeatedLabels("Topics: Teachers' pay. Topics: Teachers' pay.")).toEqual([]);
    // All capitals, a lower-case head, a short head, a hyphen or a digit after the rest.
    const shapes = "we saw UNICEF's rights, UNICEF's rights, the children's rights, the children's rights, two Ox's rights, two Ox's rights, any Children's rights-based, any Children's rights-based, some Cummings's death, some Cummings's death, all Teachers' the, all Teachers' the";
    expect(findRepeatedLabels(shapes)).toEqual([]);
    // A closing quote after a word not ending in `s` is no possessive.
    expect(findRepeatedLabels("they said 'Parade' today and 'Parade' again")).toEqual([]);
  });

  it('gives every use of a label that stands mid-sentence twice, after a name or at a sentence start too', () => {
    const text = "Children's rights left. Then two Children's rights and Palestinian Children's rights, and some Children's rights.";
    expect(findWithStarts(text)).toEqual([{ label: "Children's rights", starts: [0, 33, 67, 95] }]);
    // Only one use mid-sentence: not a label.
    expect(findWithStarts("Children's rights left. Palestinian Children's rights stayed, and some Children's rights.")).toEqual([]);
  });

  it('reads either apostrophe as the same label, and gives where each use starts', () => {
    expect(findWithStarts("two Children's rights and two Children’s rights")).toEqual([{ label: "Children's rights", starts: [4, 30] }]);
  });

  it('finds the same labels from the apostrophes the scan read inside tokens as by searching the text', () => {
    // Label-shaped phrases mid-sentence, and pieces that come near the shape.
    const pieces = ["two Children's rights", 'and Children’s rights', 'some Teachers’ pay', "all Teachers' pay", "our O'Neil's rights", "an l'Enfant's plan", "Children's", 'rights', 'two', 'and', ',', '.', '\n', "Cummings's", "it's", 'Women`s', '‘quoted’', "'s", "s'", "rights'", 'Ox’s', 'café’s', "2's", '\uE002', '&'];
    const joiners = [' ', ' ', ' ', '', '-'];
    let found = 0;
    const texts = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...joiners)), { maxLength: 40 }).map((parts) => parts.map(([piece, joiner]) => piece + joiner).join(''));
    fc.assert(
      fc.property(texts, (text) => {
        // A call on another text empties the one-text cache.
        findWithStarts('');
        const searched = findWithStarts(text);
        findWithStarts('');
        const apostrophes: number[] = [];
        findCandidates(text, apostrophes);
        expect(findWithStarts(text, apostrophes)).toEqual(searched);
        if (searched.length > 0) found++;
      }),
      { numRuns: 1500, seed: 11 },
    );
    // The texts hold labels often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(50);
  });


});
