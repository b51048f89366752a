/**
 * Findings as plain objects, to cross a worker boundary or be stored in the cache. A finding is
 * a `VFileMessage`, an `Error`: structured cloning keeps only an error's name and message, and
 * JSON drops its prototype. Every own field is copied (without the stack) and the prototype is
 * put back on the other side, so formatters see the same message either way.
 */
import { VFileMessage } from 'vfile-message';
import type { FileResult, Message } from '../core/types.js';

/** A finding with its own fields only. */
export type PlainMessage = Record<string, unknown>;

/**
 * Copies a finding's own fields.
 * @param message the finding.
 * @returns a plain object that survives cloning and JSON.
 */
export function toPlainMessage(message: Message): PlainMessage {
  // Already plain (from the cache): nothing to copy.
  if (!(message instanceof VFileMessage)) return message as unknown as PlainMessage;
  const plain: PlainMessage = {};
  for (const [key, value] of Object.entries(message)) {
    // The stack says where the message object was made, which nobody reads; it is large.
    if (key === 'stack' || value === undefined) continue;
    plain[key] = value;
  }
  return plain;
}

/**
 * Turns a plain copy back into a finding.
 * @param plain what `toPlainMessage` gave (after cloning or JSON).
 * @returns the finding, a `VFileMessage` again.
 */
export function fromPlainMessage(plain: PlainMessage): Message {
  // Already a finding (made in this thread): nothing to do.
  if (plain instanceof VFileMessage) return plain as unknown as Message;
  const message = Object.create(VFileMessage.prototype) as Message;
  Object.assign(message, plain);
  return message;
}

/**
 * Copies a file result with plain findings (for `postMessage`).
 * @param result the result.
 * @returns a result whose messages are plain objects.
 */
export function toPlainResult(result: FileResult): FileResult {
  return { ...result, messages: result.messages.map(toPlainMessage) as unknown as Message[] };
}

/**
 * Turns the plain findings of a cloned result back into findings, in place.
 * @param result a result from `toPlainResult`, after cloning.
 * @returns the same result.
 */
export function hydrateResult(result: FileResult): FileResult {
  result.messages = (result.messages as unknown as PlainMessage[]).map(fromPlainMessage);
  return result;
}
