import { describe, expect, it } from 'vitest';
import { findRepeatedLabels } from '../../src/core/repeated-labels.js';

describe('findRepeatedLabels', () => {
  it('finds label-shaped phrases used mid-sentence twice or more, in order of first use', () => {
    const text = "Crews fed two Children's rights, and three Children’s rights slept. The town has Parks and gardens by the sea and more Parks and gardens inland; some Teachers' pay and other Teachers' pay.";
    expect(findRepeatedLabels(text)).toEqual(["Children's rights", 'Parks and gardens', "Teachers' pay"]);
  });

  it('skips phrases used once, at a sentence or line start, after a colon, or of the wrong shape', () => {
    expect(findRepeatedLabels("We met two Children's rights at noon.")).toEqual([]);
    expect(findRepeatedLabels("Children's rights matter. Children's rights matter.\nChildren's rights matter.")).toEqual([]);
    expect(findRepeatedLabels("Topics: Parks and gardens. Topics: Parks and gardens.")).toEqual([]);
    // All capitals, a lower-case head, a short head, a hyphen or a digit after the rest.
    const shapes = "we saw UNICEF's rights, UNICEF's rights, the children's rights, the children's rights, two Ox's rights, two Ox's rights, any Children's rights-based, any Children's rights-based, some Parks and area51, some Parks and area51";
    expect(findRepeatedLabels(shapes)).toEqual([]);
    // A closing quote after a word not ending in `s` is no possessive.
    expect(findRepeatedLabels("they said 'Parade' today and 'Parade' again")).toEqual([]);
  });

  it('reads either apostrophe as the same label', () => {
    expect(findRepeatedLabels("two Children's rights and two Children’s rights")).toEqual(["Children's rights"]);
  });
});
