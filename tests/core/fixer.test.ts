import { describe, expect, it } from 'vitest';
import { applyEdits, EditTrack, maxPasses, selectEdits } from '../../src/core/fixer.js';
import { fix } from '../../src/index.js';
import type { Edit } from '../../src/core/types.js';

/**
 * Shorthand for an edit.
 * @param start range start.
 * @param end range end.
 * @param text replacement.
 * @returns the edit.
 */
function edit(start: number, end: number, text: string): Edit {
  return { range: [start, end], text };
}

describe('applyEdits', () => {
  it('inserts, replaces and removes', () => {
    expect(applyEdits('harbour ferry', [edit(0, 0, 'The ')])).toBe('The harbour ferry');
    expect(applyEdits('harbour ferry', [edit(8, 13, 'boats')])).toBe('harbour boats');
    expect(applyEdits('harbour ferry', [edit(7, 13, '')])).toBe('harbour');
    expect(applyEdits('harbour ferry', [edit(13, 13, '!')])).toBe('harbour ferry!');
  });

  it('applies several sorted edits against the original offsets', () => {
    const text = 'We read the the minutes and the the notes.';
    expect(applyEdits(text, [edit(8, 15, 'the'), edit(28, 35, 'the')])).toBe('We read the minutes and the notes.');
  });

  it('applies an insertion and a replacement that start at one point', () => {
    expect(applyEdits('abc', [edit(1, 1, 'X'), edit(1, 2, 'Y')])).toBe('aXYc');
  });

  it('returns the text unchanged for no edits', () => {
    expect(applyEdits('unchanged', [])).toBe('unchanged');
  });

  it('keeps a leading byte order mark when the edits come after it', () => {
    const text = '\uFEFFthe the report';
    expect(applyEdits(text, [edit(1, 8, 'the')])).toBe('\uFEFFthe report');
  });

  it.each([
    ['an end past the text', [edit(2, 9, 'x')]],
    ['an end before the start', [edit(3, 2, 'x')]],
    ['a negative start', [edit(-1, 1, 'x')]],
    ['overlapping edits', [edit(0, 3, 'x'), edit(2, 4, 'y')]],
    ['unsorted edits', [edit(3, 4, 'x'), edit(0, 1, 'y')]],
  ])('throws a RangeError for %s', (_name, edits) => {
    expect(() => applyEdits('abcdef', edits)).toThrow(RangeError);
  });
});

describe('selectEdits', () => {
  it('sorts the edits by range', () => {
    const { chosen, waiting } = selectEdits([edit(8, 9, 'b'), edit(0, 1, 'a')]);
    expect(chosen).toEqual([edit(0, 1, 'a'), edit(8, 9, 'b')]);
    expect(waiting).toEqual([]);
  });

  it('lets the later of two overlapping edits wait for the next pass', () => {
    const first = edit(0, 27, 'ferry the the');
    const inner = edit(6, 13, 'the');
    const { chosen, waiting } = selectEdits([inner, first]);
    expect(chosen).toEqual([first]);
    expect(waiting).toEqual([inner]);
  });

  it('lets an edit that starts inside the previous one wait', () => {
    const { chosen, waiting } = selectEdits([edit(0, 5, 'a'), edit(4, 8, 'b'), edit(8, 9, 'c')]);
    expect(chosen).toEqual([edit(0, 5, 'a'), edit(8, 9, 'c')]);
    expect(waiting).toEqual([edit(4, 8, 'b')]);
  });

  it('chooses edits that only touch', () => {
    const { chosen, waiting } = selectEdits([edit(0, 3, 'a'), edit(3, 6, 'b')]);
    expect(chosen).toEqual([edit(0, 3, 'a'), edit(3, 6, 'b')]);
    expect(waiting).toEqual([]);
  });

  it('applies identical edits once', () => {
    const { chosen, waiting } = selectEdits([edit(2, 5, 'x'), edit(2, 5, 'x'), edit(2, 5, 'x')]);
    expect(chosen).toEqual([edit(2, 5, 'x')]);
    expect(waiting).toEqual([]);
  });

  it('lets an edit of the same range with another text wait', () => {
    const { chosen, waiting } = selectEdits([edit(2, 5, 'x'), edit(2, 5, 'y')]);
    expect(chosen).toEqual([edit(2, 5, 'x')]);
    expect(waiting).toEqual([edit(2, 5, 'y')]);
  });

  it('lets the second of two insertions at one point wait', () => {
    const { chosen, waiting } = selectEdits([edit(4, 4, 'a'), edit(4, 4, 'b')]);
    expect(chosen).toEqual([edit(4, 4, 'a')]);
    expect(waiting).toEqual([edit(4, 4, 'b')]);
  });

  it('applies two identical insertions at one point once', () => {
    const { chosen, waiting } = selectEdits([edit(4, 4, 'a'), edit(4, 4, 'a')]);
    expect(chosen).toEqual([edit(4, 4, 'a')]);
    expect(waiting).toEqual([]);
  });

  it('chooses nothing from nothing', () => {
    expect(selectEdits([])).toEqual({ chosen: [], waiting: [] });
  });
});

describe('EditTrack', () => {
  it('starts with the original text and no pieces', () => {
    const track = new EditTrack('harbour ferry');
    expect(track.original).toBe('harbour ferry');
    expect(track.current).toBe('harbour ferry');
    expect(track.pieces).toEqual([]);
  });

  it('applies a pass and records the edited pieces in original coordinates', () => {
    const track = new EditTrack('We read the the minutes and the the notes.');
    expect(track.applyPass([edit(8, 15, 'the'), edit(28, 35, 'the')])).toBe(true);
    expect(track.current).toBe('We read the minutes and the notes.');
    expect(track.pieces).toEqual([
      { start: 8, end: 15, text: 'the' },
      { start: 28, end: 35, text: 'the' },
    ]);
  });

  it('merges a later pass inside an earlier piece into that piece', () => {
    const track = new EditTrack('ferry the the ferry the the .');
    expect(track.applyPass([edit(0, 27, 'ferry the the')])).toBe(true);
    expect(track.current).toBe('ferry the the .');
    expect(track.applyPass([edit(6, 13, 'the')])).toBe(true);
    expect(track.current).toBe('ferry the .');
    expect(track.pieces).toEqual([{ start: 0, end: 27, text: 'ferry the' }]);
  });

  it('maps a later pass outside every piece to exact original offsets', () => {
    const track = new EditTrack('aaa bbb ccc');
    track.applyPass([edit(0, 3, 'a')]);
    expect(track.current).toBe('a bbb ccc');
    expect(track.mapRange(2, 5)).toEqual({ range: [4, 7], exact: true });
    expect(track.mapRange(6, 9)).toEqual({ range: [8, 11], exact: true });
  });

  it('maps a range that covers a whole piece to its bounds, not as text read (regression: later-pass finding on a restored word)', () => {
    const track = new EditTrack('aaa bbb ccc');
    track.applyPass([edit(4, 7, 'b')]);
    expect(track.current).toBe('aaa b ccc');
    // The bounds map exactly, but the range covers text an edit wrote, so a finding there is
    // new and must be reported, not merged with an earlier finding on the same range.
    expect(track.mapRange(4, 5)).toEqual({ range: [4, 7], exact: false });
    expect(track.mapRange(0, 9)).toEqual({ range: [0, 11], exact: false });
    expect(track.mapRange(0, 3)).toEqual({ range: [0, 3], exact: true });
    expect(track.mapRange(6, 9)).toEqual({ range: [8, 11], exact: true });
  });

  it('maps a range inside a piece to the enclosing piece, inexactly', () => {
    const track = new EditTrack('xx Harbour\'s boats\'s boats yy');
    track.applyPass([edit(3, 26, 'the harbour boats')]);
    expect(track.current).toBe('xx the harbour boats yy');
    expect(track.mapRange(7, 14)).toEqual({ range: [3, 26], exact: false });
    expect(track.mapRange(3, 14)).toEqual({ range: [3, 26], exact: false });
  });

  it('maps an empty range at the end of a piece exactly', () => {
    const track = new EditTrack('abc');
    track.applyPass([edit(1, 2, 'XY')]);
    expect(track.current).toBe('aXYc');
    expect(track.mapRange(3, 3)).toEqual({ range: [2, 2], exact: true });
  });

  it('returns false and applies nothing when a pass returns to an earlier state (circular guard)', () => {
    const track = new EditTrack('ab');
    expect(track.applyPass([edit(0, 1, 'b')])).toBe(true);
    expect(track.current).toBe('bb');
    const pieces = track.pieces;
    expect(track.applyPass([edit(0, 1, 'a')])).toBe(false);
    expect(track.current).toBe('bb');
    expect(track.pieces).toBe(pieces);
  });

  it('returns false for a pass that changes nothing', () => {
    const track = new EditTrack('same');
    expect(track.applyPass([edit(0, 4, 'same')])).toBe(false);
    expect(track.current).toBe('same');
  });

  it('accepts an empty pass', () => {
    const track = new EditTrack('same');
    expect(track.applyPass([])).toBe(true);
    expect(track.pieces).toEqual([]);
  });

  it('keeps a leading byte order mark out of every edit', () => {
    const track = new EditTrack('\uFEFFthe the report');
    track.applyPass([edit(1, 8, 'the')]);
    expect(track.current).toBe('\uFEFFthe report');
    expect(track.pieces).toEqual([{ start: 1, end: 8, text: 'the' }]);
  });
});

describe('fix (the check-and-apply loop)', () => {
  it('makes at most ten passes', () => {
    expect(maxPasses).toBe(10);
  });

  it('keeps a leading byte order mark in the output', () => {
    const result = fix('\uFEFFWe read the the minutes.');
    expect(result.output).toBe('\uFEFFWe read the minutes.');
  });

  it('applies a waiting fix in a later pass (`ferry the the ferry the the`)', () => {
    const result = fix('The ferry the the ferry the the leaves.');
    expect(result.output).toBe('The ferry the leaves.');
  });
});
