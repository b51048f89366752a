/**
 * The shared report helper: turns a rule's finding into a unified `VFileMessage` with
 * copyguard's fields, so `ruleId`, `source` and `url` are always set.
 */
import { createHash } from 'node:crypto';
import { VFileMessage } from 'vfile-message';
import type { Locator } from './positions.js';
import type { FindingInput, RuleMeta } from './rule.js';
import type { Message, Severity } from './types.js';

/** The `source` of every message. */
export const source = 'copyguard';

/**
 * Creates a message.
 * @param meta metadata of the reporting rule.
 * @param finding what the rule found.
 * @param text the text as read.
 * @param locator converts offsets of that text into points.
 * @param severity severity configured for the rule.
 * @returns the message.
 */
export function createMessage(meta: RuleMeta, finding: FindingInput, text: string, locator: Locator, severity: Severity): Message {
  const start = locator.pointAt(finding.start);
  const end = locator.pointAt(finding.end);
  // A `VFileMessage` is an `Error`: its constructor would capture a stack trace that it then
  // replaces with ''. Capturing none makes a message about four times cheaper to create, which
  // counts on damaged archives (several findings per file).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: Message;
  try {
    message = new VFileMessage(finding.reason, { place: { start, end }, ruleId: meta.id, source }) as Message;
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.actual = text.slice(finding.start, finding.end);
  message.expected = finding.expected;
  message.url = `${meta.url.split('#')[0] ?? meta.url}#${meta.id}`;
  // `fatal: true` is kept for files that could not be processed; infos have no `fatal`.
  message.fatal = (finding.severity ?? severity) === 'info' ? undefined : false;
  message.severity = finding.severity ?? severity;
  message.fix = finding.fix;
  message.suggestions = finding.suggestions;
  message.confidence = Math.round(finding.confidence * 100) / 100;
  message.explanation = finding.explanation;
  message.start = start;
  message.end = end;
  message.fingerprint = '';
  return message;
}

/**
 * Gives each message a fingerprint that does not depend on its position: the rule, the
 * found text, the first restoration and how many equal findings came before it in the file.
 * @param messages messages of one file, in text order.
 */
export function assignFingerprints(messages: Message[]): void {
  const seen = new Map<string, number>();
  for (const message of messages) {
    const key = `${message.ruleId}\u0000${message.actual}\u0000${message.expected[0] ?? ''}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    message.fingerprint = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 16);
  }
}

/**
 * Orders messages by position, then rule id.
 * @param messages messages to sort in place.
 * @returns the same array.
 */
export function sortMessages(messages: Message[]): Message[] {
  return messages.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || a.ruleId.localeCompare(b.ruleId));
}
