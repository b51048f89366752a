/**
 * Position helpers: turn UTF-16 offsets into 1-based lines and columns.
 *
 * `\r\n`, `\n` and a lone `\r` each end a line (CONTRACT.md).
 */
import type { Point } from './types.js';

/** Converts offsets of one text into points; builds its line index on first use. */
export interface Locator {
  /**
   * Point of an offset.
   * @param offset 0-based UTF-16 offset, clamped into `[0, text.length]`.
   * @returns the point with 1-based line and column.
   */
  pointAt(offset: number): Point;
}

/**
 * Creates a locator for a text.
 * @param text the text whose offsets will be converted.
 * @returns a locator whose line index is built lazily, in one linear pass.
 */
export function createLocator(text: string): Locator {
  let lineStarts: Int32Array | undefined;

  /** Builds the sorted offsets at which each line starts. */
  function build(): Int32Array {
    // A typed array that doubles when full: a big text's million lines are not boxed numbers.
    let starts = new Int32Array(256);
    let count = 1;
    const push = (offset: number): void => {
      if (count === starts.length) {
        const grown = new Int32Array(count * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = offset;
    };
    // Most texts have no `\r`: then `indexOf` jumps from one `\n` to the next.
    if (!text.includes('\r')) {
      for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) push(index + 1);
      return starts.subarray(0, count);
    }
    const length = text.length;
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10) {
        push(index + 1);
      } else if (code === 13) {
        // `\r\n` ends one line, not two.
        if (text.charCodeAt(index + 1) === 10) index++;
        push(index + 1);
      }
    }
    return starts.subarray(0, count);
  }

  return {
    pointAt(offset: number): Point {
      lineStarts ??= build();
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1, offset: clamped };
    },
  };
}
