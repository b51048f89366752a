/**
 * `fix`: the check-and-apply loop. Applies the confident fixes, checks again, repeats up to
 * ten passes, stops on a cycle, and reports every finding on the text as read.
 */
import { checkWithState, formsOf, prepare } from './check.js';
import { EditTrack, maxPasses, selectEdits } from './core/fixer.js';
import { assignFingerprints, sortMessages } from './core/message.js';
import { resolveOptions, type Options } from './core/options.js';
import { createLocator } from './core/positions.js';
import type { Edit, FixResult, Message } from './core/types.js';
import { changesFromPieces } from './report/changes.js';

/**
 * Fixes a text.
 * @param text the text (positions in the result are UTF-16 offsets into it).
 * @param options rule settings, forms, restorations and `fixRules`.
 * @returns the output, the findings on the text as read (each with `applied`) and the changes.
 */
export function fix(text: string, options?: Options): FixResult {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string');
  const state = resolveOptions(options);
  const prepared = prepare(text, state);
  if (!prepared) return { output: text, messages: [], changes: [] };
  // Forms are decided once, on the text as read, so later passes judge variants the same way.
  const forms = formsOf(state, prepared.analysis);
  const track = new EditTrack(text);
  const locator = createLocator(text);
  const reported: Message[] = [];
  const known = new Map<string, Message>();
  // Later-pass findings inside an earlier edit: reported with that edit's span.
  const enclosed: Message[] = [];

  for (let pass = 0; pass < maxPasses; pass++) {
    const messages = pass === 0 ? checkWithState(text, state, forms, prepared.view, prepared.analysis) : checkWithState(track.current, state, forms);
    const fixable = messages.filter((message) => message.fix && (!state.fixRules || state.fixRules.has(message.ruleId)));
    const { chosen } = selectEdits(fixable.map((message) => message.fix as Edit));
    // Two findings with the same edit (a cascade and an injection over `Children's rights's`)
    // are both applied when that edit is.
    const editKey = (edit: Edit): string => `${edit.range[0]}:${edit.range[1]}:${edit.text}`;
    const chosenKeys = new Set(chosen.map(editKey));
    const applied = new Set(fixable.filter((message) => chosenKeys.has(editKey(message.fix as Edit))));
    // Messages of the text as read whose edits this pass applies.
    const toMark: Message[] = [];
    if (pass === 0) {
      for (const message of messages) {
        message.applied = false;
        reported.push(message);
        known.set(`${message.ruleId}:${message.start.offset}:${message.end.offset}`, message);
        if (applied.has(message)) toMark.push(message);
      }
    } else {
      for (const message of messages) {
        const mapped = track.mapRange(message.start.offset, message.end.offset);
        const key = `${message.ruleId}:${mapped.range[0]}:${mapped.range[1]}`;
        const earlier = known.get(key);
        // The same finding again (a suggestion that stays) is reported once; a finding inside
        // an earlier edit is new and is reported with that edit's span (CONTRACT.md).
        if (earlier && mapped.exact) {
          if (applied.has(message)) toMark.push(earlier);
          continue;
        }
        if (!applied.has(message) && !mapped.exact) continue;
        remap(message, mapped.range, locator, text);
        if (!mapped.exact) enclosed.push(message);
        if (!earlier) known.set(key, message);
        reported.push(message);
        if (applied.has(message)) toMark.push(message);
      }
    }
    if (chosen.length === 0) break;
    if (!track.applyPass(chosen)) break;
    for (const message of toMark) message.applied = true;
  }
  for (const message of enclosed) {
    // Its own edit was made on an intermediate text; on the text as read, the edit is the
    // enclosing edited region and what it reads now.
    const piece = track.pieces.find((candidate) => candidate.start <= message.start.offset && candidate.end >= message.end.offset);
    if (!piece) continue;
    remap(message, [piece.start, piece.end], locator, text);
    message.applied = true;
    message.fix = { range: [piece.start, piece.end], text: piece.text };
    message.expected = [piece.text];
  }
  sortMessages(reported);
  assignFingerprints(reported);
  return { output: track.current, messages: reported, changes: changesFromPieces(text, track.pieces) };
}

/**
 * Moves a later-pass message to its place in the text as read.
 * @param message the message (edited in place).
 * @param range its original range.
 * @param locator locator of the text as read.
 * @param text the text as read.
 */
function remap(message: Message, range: [number, number], locator: ReturnType<typeof createLocator>, text: string): void {
  const start = locator.pointAt(range[0]);
  const end = locator.pointAt(range[1]);
  message.start = start;
  message.end = end;
  message.place = { start, end };
  message.line = start.line;
  message.column = start.column;
  message.actual = text.slice(range[0], range[1]);
  message.applied = false;
  if (message.fix) message.fix = { range, text: message.fix.text };
  message.suggestions = message.suggestions.map((suggestion) => ({ ...suggestion, range }));
}
