/**
 * The diff model: the changes between the text as read and the output, with lines and
 * columns of the input. fast-diff refines each edited region to the characters that changed.
 */
import fastDiff from 'fast-diff';
import type { Piece } from '../core/fixer.js';
import { createLocator } from '../core/positions.js';
import type { Change } from '../core/types.js';

/**
 * Computes the changes from edited pieces.
 * @param original the text as read.
 * @param pieces edited regions (original coordinates) and what they read now.
 * @returns changes in input order, each as small as fast-diff can make it.
 */
export function changesFromPieces(original: string, pieces: readonly Piece[]): Change[] {
  const locator = createLocator(original);
  const changes: Change[] = [];
  for (const piece of pieces) {
    const removedAll = original.slice(piece.start, piece.end);
    if (removedAll === piece.text) continue;
    let offset = piece.start;
    let pending: { start: number; removed: string; inserted: string } | undefined;
    const flush = (): void => {
      if (!pending) return;
      changes.push({
        start: locator.pointAt(pending.start),
        end: locator.pointAt(pending.start + pending.removed.length),
        removed: pending.removed,
        inserted: pending.inserted,
      });
      pending = undefined;
    };
    // Semantic clean-up keeps a restored word whole (`Farmer's market's …` → `farmer`).
    for (const [operation, value] of fastDiff(removedAll, piece.text, undefined, true)) {
      if (operation === fastDiff.EQUAL) {
        flush();
        offset += value.length;
      } else if (operation === fastDiff.DELETE) {
        pending ??= { start: offset, removed: '', inserted: '' };
        pending.removed += value;
        offset += value.length;
      } else {
        pending ??= { start: offset, removed: '', inserted: '' };
        pending.inserted += value;
      }
    }
    flush();
  }
  return changes;
}

/**
 * Computes the changes between two whole texts with fast-diff.
 * @param original the text as read.
 * @param output the output.
 * @returns the changes.
 */
export function diffTexts(original: string, output: string): Change[] {
  if (original === output) return [];
  return changesFromPieces(original, [{ start: 0, end: original.length, text: output }]);
}
