/**
 * Helpers of the adapter tests: a readable rendering of prose views and the ranges of a text
 * that a view keeps as prose.
 */
import type { Message } from '../../src/index.js';

/**
 * Renders a view for assertions: break filler `▓`, soft filler `·`, join filler `+`.
 * @param text a view's text.
 * @returns the same text with visible fillers.
 */
export function show(text: string): string {
  return text.replaceAll('\uE001', '▓').replaceAll('\uE000', '·').replaceAll('\uE002', '+').replaceAll('\u2029', '¶\n');
}

/**
 * The prose words of a view, in order (fillers and punctuation removed).
 * @param text a view's text.
 * @returns the words.
 */
export function proseWords(text: string): string[] {
  return text
    .replaceAll('\uE002', '')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => word !== '');
}

/**
 * The edit a message offers: its fix, or else its first suggestion.
 * @param message a message.
 * @returns the edit, or undefined.
 */
export function editOf(message: Message): { range: [number, number]; text: string } | undefined {
  return message.fix ?? message.suggestions[0];
}
