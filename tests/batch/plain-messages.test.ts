/**
 * Packed findings: what crosses from a worker or comes from the cache unpacks to a finding with
 * the same own fields as the one made in the calling thread.
 */
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { packMessage, packMessages, unpackMessage, unpackMessages, type PackedMessage } from '../../src/batch/plain-messages.js';
import { check } from '../../src/check.js';
import type { Message } from '../../src/core/types.js';
import { fix } from '../../src/fix.js';

/**
 * A finding's own fields without its stack, as formatters and JSON see them.
 * @param message a finding.
 * @returns its fields.
 */
function fieldsOf(message: Message): Record<string, unknown> {
  return Object.fromEntries(Object.entries(message).filter(([key, value]) => key !== 'stack' && value !== undefined));
}

const damaged = "The fund said Women's rights's rightss rights's rights's rights's rights and girls. See the the report.\n";

describe('packMessage', () => {
  it('unpacks to a VFileMessage with the same own fields, through JSON and structured cloning', () => {
    const messages = [...check(damaged), ...fix(damaged).messages];
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) {
      for (const packed of [JSON.parse(JSON.stringify(packMessage(message))) as PackedMessage, structuredClone(packMessage(message))]) {
        const unpacked = unpackMessage(packed);
        expect(unpacked).toBeInstanceOf(VFileMessage);
        expect(fieldsOf(unpacked)).toEqual(fieldsOf(message));
        expect(unpacked.place).toEqual({ start: unpacked.start, end: unpacked.end });
      }
    }
  });

  it('carries fields it does not know, and a message or position that does not repeat the others', () => {
    const [message] = check(damaged) as [Message];
    const odd = message as unknown as Record<string, unknown>;
    odd.data = { kept: true };
    odd.message = 'Another text';
    odd.line = 99;
    odd.place = { line: 1, column: 1 };
    expect(fieldsOf(unpackMessage(structuredClone(packMessage(message))))).toEqual(fieldsOf(message));
  });

  it('is half the size of the finding as JSON or less', () => {
    const messages = check(damaged);
    const plain = JSON.stringify(messages.map(fieldsOf)).length;
    expect(JSON.stringify(packMessages(messages)).length).toBeLessThan(plain * 0.6);
  });

  it('leaves findings made in this thread as they are when unpacking a mixed list', () => {
    const messages = check(damaged);
    const mixed = [messages[0] as Message, packMessage(messages[1] as Message)];
    const unpacked = unpackMessages(mixed);
    expect(unpacked[0]).toBe(messages[0]);
    expect(fieldsOf(unpacked[1] as Message)).toEqual(fieldsOf(messages[1] as Message));
  });
});
