/**
 * Findings packed as arrays, to cross a worker boundary or be stored in the cache. A finding is
 * a `VFileMessage`, an `Error`: structured cloning keeps only an error's name and message, and
 * JSON drops its prototype. A packed finding is an array of the values of its own fields, in a
 * fixed order, led by a bit mask of the fields present, without what can be rebuilt (`place`,
 * and `message`, `line` and `column` when they repeat `reason` and `start`): it is half the
 * size of the finding as JSON and quick to make and read, which matters because every finding
 * of a worker's files crosses to the calling thread. Unpacking gives a `VFileMessage` with the
 * same own fields, so formatters see the same finding either way.
 */
import { VFileMessage } from 'vfile-message';
import type { FileResult, Message } from '../core/types.js';

/** A finding packed by `packMessage`: `[mask, ...values of the fields present]`. */
export type PackedMessage = [mask: number, ...values: unknown[]];

/**
 * The own fields of a finding, in the order a `VFileMessage` made by the report helper has them
 * (`place` is rebuilt from `start` and `end`, `stack` is dropped).
 */
const fields = [
  'ancestors',
  'cause',
  'column',
  'fatal',
  'file',
  'message',
  'line',
  'name',
  'reason',
  'ruleId',
  'source',
  'actual',
  'expected',
  'note',
  'url',
  'severity',
  'fix',
  'suggestions',
  'confidence',
  'explanation',
  'start',
  'end',
  'fingerprint',
  'applied',
] as const;

/** Field name → its bit in the mask. */
const bits = new Map<string, number>(fields.map((field, index) => [field, 2 ** index]));

/** Set when the finding has own fields not in `fields`: they follow as one object. */
const extraBit = 2 ** fields.length;

/** Set when `place` is `{start, end}` (the usual case): it is rebuilt, not carried. */
const placeBit = 2 ** (fields.length + 1);

/** Fields rebuilt when they repeat another (bits set means "repeats"). */
const messageRepeatsBit = 2 ** (fields.length + 2);
/** `line` is `start.line`. */
const lineRepeatsBit = 2 ** (fields.length + 3);
/** `column` is `start.column`. */
const columnRepeatsBit = 2 ** (fields.length + 4);

/** Fields never carried as extras. */
const skipped = new Set<string>(['stack', 'place']);

/**
 * Packs a finding.
 * @param message the finding (a `VFileMessage`, or one already unpacked).
 * @returns its packed form, which survives cloning and JSON.
 */
export function packMessage(message: Message): PackedMessage {
  const record = message as unknown as Record<string, unknown>;
  const start = record.start as { line?: unknown; column?: unknown } | undefined;
  const place = record.place as { start?: unknown; end?: unknown } | undefined;
  let mask = 0;
  const packed: unknown[] = [0];
  if (place !== undefined && place.start === record.start && place.end === record.end && Object.keys(place).length === 2) mask |= placeBit;
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] as (typeof fields)[number];
    const value = record[field];
    if (value === undefined) continue;
    // Rebuilt from `reason` and `start` (`1:1` of `Unexpected doubled word`): not carried.
    if (field === 'message' && value === record.reason) mask |= messageRepeatsBit;
    else if (field === 'line' && start !== undefined && value === start.line) mask |= lineRepeatsBit;
    else if (field === 'column' && start !== undefined && value === start.column) mask |= columnRepeatsBit;
    else {
      mask |= 2 ** index;
      packed.push(value);
    }
  }
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    if (bits.has(key) || skipped.has(key) || record[key] === undefined) continue;
    extra ??= {};
    extra[key] = record[key];
  }
  // A `place` that is not `{start, end}` travels as an extra.
  if ((mask & placeBit) === 0 && place !== undefined) (extra ??= {}).place = place;
  if (extra) {
    mask |= extraBit;
    packed.push(extra);
  }
  packed[0] = mask;
  return packed as PackedMessage;
}

/**
 * Unpacks a finding.
 * @param packed what `packMessage` gave (after cloning or JSON).
 * @returns the finding, a `VFileMessage` again.
 */
export function unpackMessage(packed: PackedMessage): Message {
  const mask = packed[0];
  const message = Object.create(VFileMessage.prototype) as Record<string, unknown>;
  let next = 1;
  for (let index = 0; index < fields.length; index++) {
    if ((mask & (2 ** index)) !== 0) message[fields[index] as (typeof fields)[number]] = packed[next++];
  }
  const start = message.start as { line: number; column: number } | undefined;
  if ((mask & messageRepeatsBit) !== 0) message.message = message.reason;
  if ((mask & lineRepeatsBit) !== 0) message.line = start?.line;
  if ((mask & columnRepeatsBit) !== 0) message.column = start?.column;
  if ((mask & placeBit) !== 0) message.place = { start: message.start, end: message.end };
  if ((mask & extraBit) !== 0) Object.assign(message, packed[next]);
  return message as unknown as Message;
}

/**
 * Packs the findings of a list.
 * @param messages findings.
 * @returns their packed forms.
 */
export function packMessages(messages: readonly Message[]): PackedMessage[] {
  return messages.map(packMessage);
}

/**
 * Turns findings that may be packed (from a worker or the cache) into findings; findings made
 * in this thread are kept as they are.
 * @param messages findings, packed or not.
 * @returns findings.
 */
export function unpackMessages(messages: ReadonlyArray<Message | PackedMessage>): Message[] {
  return messages.map((message) => (Array.isArray(message) ? unpackMessage(message as PackedMessage) : message));
}

/**
 * Turns the packed findings of a result back into findings, in place.
 * @param result a result whose findings may be packed.
 * @returns the same result.
 */
export function hydrateResult(result: FileResult): FileResult {
  result.messages = unpackMessages(result.messages as ReadonlyArray<Message | PackedMessage>);
  return result;
}
