import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/core/positions.js';

describe('createLocator', () => {
  it('gives 1-based lines and columns and the 0-based offset', () => {
    const locator = createLocator('ab\ncd');
    expect(locator.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locator.pointAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(locator.pointAt(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(locator.pointAt(5)).toEqual({ line: 2, column: 3, offset: 5 });
  });

  it('ends a line at `\\r\\n` once, at a lone `\\r` and at `\\n`', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const locator = createLocator(text);
    expect(locator.pointAt(text.indexOf('two'))).toEqual({ line: 2, column: 1, offset: 5 });
    expect(locator.pointAt(text.indexOf('three'))).toEqual({ line: 3, column: 1, offset: 9 });
    expect(locator.pointAt(text.indexOf('four'))).toEqual({ line: 4, column: 1, offset: 15 });
    expect(locator.pointAt(text.length)).toEqual({ line: 4, column: 5, offset: 19 });
  });

  it('keeps the `\\n` of a `\\r\\n` on the line it ends', () => {
    const locator = createLocator('ab\r\ncd');
    expect(locator.pointAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(locator.pointAt(3)).toEqual({ line: 1, column: 4, offset: 3 });
    expect(locator.pointAt(4)).toEqual({ line: 2, column: 1, offset: 4 });
  });

  it('counts two lone `\\r` as two line ends and `\\n\\r` as two', () => {
    const locator = createLocator('a\r\rb\n\rc');
    expect(locator.pointAt(3)).toEqual({ line: 3, column: 1, offset: 3 });
    expect(locator.pointAt(6)).toEqual({ line: 5, column: 1, offset: 6 });
  });

  it('counts columns in UTF-16 code units: an emoji takes two', () => {
    const text = '🚢 ship\n𝐀b';
    const locator = createLocator(text);
    expect(locator.pointAt(text.indexOf('ship'))).toEqual({ line: 1, column: 4, offset: 3 });
    expect(locator.pointAt(text.indexOf('b'))).toEqual({ line: 2, column: 3, offset: 10 });
  });

  it('counts a byte order mark in the string as one column', () => {
    const locator = createLocator('\uFEFFab');
    expect(locator.pointAt(1)).toEqual({ line: 1, column: 2, offset: 1 });
  });

  it('clamps offsets outside the text', () => {
    const locator = createLocator('abc');
    expect(locator.pointAt(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locator.pointAt(99)).toEqual({ line: 1, column: 4, offset: 3 });
  });

  it('locates in an empty text and in a text that ends with a line break', () => {
    expect(createLocator('').pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(createLocator('a\n').pointAt(2)).toEqual({ line: 2, column: 1, offset: 2 });
  });

  it('does not treat the line and paragraph separators U+2028/U+2029 as line ends', () => {
    // CONTRACT.md: only `\r\n`, `\n` and a lone `\r` end a line.
    const locator = createLocator('a\u2028b\u2029c');
    expect(locator.pointAt(4)).toEqual({ line: 1, column: 5, offset: 4 });
  });
});
