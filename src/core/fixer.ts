/**
 * The one fixer: applies non-overlapping edits to the original text in passes, remembers
 * which original range every edited region came from, and maps later passes back.
 */
import { createHash } from 'node:crypto';
import type { Edit } from './types.js';

/** An edited region: original range `[start, end)` now reads `text`. */
export interface Piece {
  /** Start in the original text. */
  start: number;
  /** End in the original text (exclusive). */
  end: number;
  /** What the region reads now. */
  text: string;
}

/** The most passes `fix` makes before it stops (STYLE.md). */
export const maxPasses = 10;

/**
 * Chooses the edits of one pass: in range order, an edit that overlaps one already chosen
 * waits for the next pass; an identical edit is applied once.
 * @param edits candidate edits on one text.
 * @returns the chosen edits, sorted, pairwise non-overlapping, and the ones left waiting.
 */
export function selectEdits(edits: readonly Edit[]): { chosen: Edit[]; waiting: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Edit[] = [];
  const waiting: Edit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    const previous = chosen[chosen.length - 1];
    if (previous && previous.range[0] === start && previous.range[1] === end && previous.text === edit.text) continue;
    // Two insertions at one point, or an edit starting inside the previous one, overlap.
    const overlaps = start < lastEnd || (start === lastStart && start === lastEnd && end === start);
    if (overlaps) {
      waiting.push(edit);
      continue;
    }
    chosen.push(edit);
    lastEnd = end;
    lastStart = start;
  }
  return { chosen, waiting };
}

/**
 * Applies sorted, non-overlapping edits to a text.
 * @param text the text.
 * @param edits edits from `selectEdits`.
 * @returns the edited text.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let position = 0;
  for (const edit of edits) {
    const [start, end] = edit.range;
    if (start < position || end < start || end > text.length) {
      throw new RangeError(`Cannot apply edit [${start}, ${end}) to a text of length ${text.length} after position ${position}`);
    }
    parts.push(text.slice(position, start), edit.text);
    position = end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/**
 * Tracks the edits applied to an original text over several passes.
 */
export class EditTrack {
  /** The text as read. */
  readonly original: string;
  /** Edited regions in order, in original coordinates. */
  pieces: Piece[] = [];
  /** The text now. */
  current: string;
  private readonly seen = new Set<string>();
  /** The layout of the current pieces (see `layout`). */
  private laidOut: PieceLayout | undefined;

  /**
   * Starts tracking a text.
   * @param original the text as read.
   */
  constructor(original: string) {
    this.original = original;
    this.current = original;
    this.seen.add(digest(original));
  }

  /**
   * Maps a range of the current text back to the text as read.
   * @param start start in the current text.
   * @param end end in the current text.
   * @returns the original range and whether it is exact (false: the enclosing edited region).
   */
  mapRange(start: number, end: number): { range: [number, number]; exact: boolean } {
    const from = this.toOriginal(start, 'start');
    const to = this.toOriginal(end, 'end');
    // A range that covers text an earlier edit wrote is not on the text as read: the first
    // piece ending after `start` is the only one that can.
    const { starts, ends } = this.layout();
    const first = firstAtLeast(ends, start + 1);
    const covered = first < starts.length && (starts[first] as number) < end;
    return { range: [from.offset, Math.max(from.offset, to.offset)], exact: from.exact && to.exact && !covered };
  }

  /**
   * Maps one offset of the current text back to the text as read.
   * @param offset an offset of the current text.
   * @param side which end of an edited region to take when the offset falls inside one.
   * @returns the original offset and whether it is exact.
   */
  private toOriginal(offset: number, side: 'start' | 'end'): { offset: number; exact: boolean } {
    const { starts, ends, shifts } = this.layout();
    // Pieces ending before the offset lie wholly before it: start from the first that does not.
    const index = firstAtLeast(ends, offset);
    const piece = this.pieces[index];
    if (!piece) return { offset: offset - (shifts[this.pieces.length] as number), exact: true };
    const currentStart = starts[index] as number;
    if (offset < currentStart) return { offset: offset - (shifts[index] as number), exact: true };
    if (offset === currentStart && side === 'start') return { offset: piece.start, exact: true };
    if (offset < (ends[index] as number)) return { offset: side === 'start' ? piece.start : piece.end, exact: false };
    return { offset: piece.end, exact: true };
  }

  /**
   * Where the pieces stand in the current text, computed once per pass: their starts and
   * ends, and the shift (current minus original) before each piece and after the last.
   * @returns the layout.
   */
  private layout(): PieceLayout {
    if (this.laidOut?.pieces === this.pieces) return this.laidOut;
    const starts: number[] = [];
    const ends: number[] = [];
    const shifts: number[] = [];
    let shift = 0;
    for (const piece of this.pieces) {
      shifts.push(shift);
      starts.push(piece.start + shift);
      ends.push(piece.start + shift + piece.text.length);
      shift += piece.text.length - (piece.end - piece.start);
    }
    shifts.push(shift);
    this.laidOut = { pieces: this.pieces, starts, ends, shifts };
    return this.laidOut;
  }

  /**
   * Applies one pass of edits given on the current text.
   * @param edits sorted, non-overlapping edits on the current text.
   * @returns false (and nothing applied) when the result returns to an earlier state.
   */
  applyPass(edits: readonly Edit[]): boolean {
    if (edits.length === 0) return true;
    const next = applyEdits(this.current, edits);
    const key = digest(next);
    if (this.seen.has(key)) return false;
    this.pieces = mergePieces(this.pieces, edits, this.current);
    this.current = next;
    this.seen.add(key);
    return true;
  }
}

/**
 * A short digest of a text, to detect a fixer cycle.
 * @param text the text.
 * @returns a hex digest.
 */
function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** An interval of the current text during a merge. */
interface Interval {
  currentStart: number;
  currentEnd: number;
  piece?: Piece;
  edit?: Edit;
}

/** Where the edited pieces stand in the current text. */
interface PieceLayout {
  /** The pieces this layout is of. */
  pieces: readonly Piece[];
  /** Start of each piece in the current text. */
  starts: number[];
  /** End of each piece in the current text (non-decreasing, like the starts). */
  ends: number[];
  /** Current minus original offset before each piece; the last entry is after every piece. */
  shifts: number[];
}

/**
 * Index of the first entry at least a value in a non-decreasing list, by binary search.
 * @param values the list.
 * @param value the value.
 * @returns the index, or the list's length when every entry is smaller.
 */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Merges a pass's edits (on the current text) into the edited pieces (on the original).
 * @param pieces edited pieces so far.
 * @param edits the pass's edits, sorted and non-overlapping.
 * @param current the current text.
 * @returns the new pieces in order.
 */
function mergePieces(pieces: readonly Piece[], edits: readonly Edit[], current: string): Piece[] {
  const intervals: Interval[] = [];
  let delta = 0;
  const deltas: Array<{ at: number; delta: number }> = [];
  for (const piece of pieces) {
    const currentStart = piece.start + delta;
    intervals.push({ currentStart, currentEnd: currentStart + piece.text.length, piece });
    delta += piece.text.length - (piece.end - piece.start);
    deltas.push({ at: currentStart + piece.text.length, delta });
  }
  for (const edit of edits) intervals.push({ currentStart: edit.range[0], currentEnd: edit.range[1], edit });
  intervals.sort((a, b) => a.currentStart - b.currentStart || (a.piece ? -1 : 1));

  /**
   * Original offset of a current offset that lies outside every edited piece.
   * @param offset an offset of the current text.
   * @returns the original offset.
   */
  const deltaPoints = deltas.map((entry) => entry.at);
  const toOriginal = (offset: number): number => {
    // The shift of the last piece ending at or before the offset.
    const after = firstAtLeast(deltaPoints, offset + 1);
    return offset - (after > 0 ? (deltas[after - 1] as { delta: number }).delta : 0);
  };

  const result: Piece[] = [];
  let index = 0;
  while (index < intervals.length) {
    const group: Interval[] = [intervals[index] as Interval];
    let groupEnd = (intervals[index] as Interval).currentEnd;
    index++;
    while (index < intervals.length) {
      const next = intervals[index] as Interval;
      const strictlyInside = next.currentStart < groupEnd;
      const zeroInside = next.currentStart === next.currentEnd && next.currentStart > group[0]!.currentStart && next.currentStart < groupEnd;
      if (!strictlyInside && !zeroInside) break;
      group.push(next);
      groupEnd = Math.max(groupEnd, next.currentEnd);
      index++;
    }
    const groupEdits = group.filter((interval) => interval.edit).map((interval) => interval.edit as Edit);
    if (groupEdits.length === 0) {
      for (const interval of group) if (interval.piece) result.push(interval.piece);
      continue;
    }
    const groupStart = group[0]!.currentStart;
    const firstPiece = group.find((interval) => interval.piece && interval.currentStart === groupStart)?.piece;
    const lastPiece = [...group].reverse().find((interval) => interval.piece && interval.currentEnd === groupEnd)?.piece;
    const originalStart = firstPiece ? firstPiece.start : toOriginal(groupStart);
    const originalEnd = lastPiece ? lastPiece.end : toOriginal(groupEnd);
    const local = groupEdits.map((edit) => ({ range: [edit.range[0] - groupStart, edit.range[1] - groupStart] as [number, number], text: edit.text }));
    const text = applyEdits(current.slice(groupStart, groupEnd), local);
    result.push({ start: originalStart, end: originalEnd, text });
  }
  return result;
}
