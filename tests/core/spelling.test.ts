import { describe, expect, it } from 'vitest';
import { isCapitalOnly, isSpelledPlainly, isSpelledWord } from '../../src/core/spelling.js';

describe('isSpelledWord', () => {
  it.each(['passport', 'airports', 'marketplace', 'Meyer', 'Passport', 'programme', 'organisation', 'colour', 'Centre'])('holds %s', (word) => {
    expect(isSpelledWord(word)).toBe(true);
  });

  it.each(['playstation', 'docsteach', 'meyer', 'eventsme', 'programmme', ''])('does not hold %j', (word) => {
    expect(isSpelledWord(word)).toBe(false);
  });

  it.each(['wellbeing', 'Wellbeing', 'roadmaps', 'ONBOARDING'])('holds the recent word %s, which the dictionaries lack', (word) => {
    expect(isSpelledWord(word)).toBe(true);
  });

  it.each(['wellbeingss', 'roadMap', 'roadmapx'])('does not hold %s, a recent word written otherwise', (word) => {
    expect(isSpelledWord(word)).toBe(false);
  });
});

describe('isCapitalOnly', () => {
  it.each(['meyer', 'Queensland', 'HILLARY'])('reads %s as written with a capital only', (word) => {
    expect(isCapitalOnly(word)).toBe(true);
  });

  it.each(['congress', 'Senate', 'team', 'playstation', 'USA', '4'])('does not read %s so', (word) => {
    expect(isCapitalOnly(word)).toBe(false);
  });
});

describe('isSpelledPlainly', () => {
  it.each(['HiStory', 'FaceBook', 'PAge', 'history'])('holds %s in lower case or capitalised', (word) => {
    expect(isSpelledPlainly(word)).toBe(true);
  });

  it.each(['YouTube', 'GitHub', 'playstation'])('does not hold %s so', (word) => {
    expect(isSpelledPlainly(word)).toBe(false);
  });
});
