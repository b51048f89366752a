/**
 * Inline controls in Markdown and HTML comments:
 *
 *     <!-- copyguard-disable-next-line no-doubled-words -->
 *     <!-- copyguard-disable -->   …   <!-- copyguard-enable -->
 *     <!-- copyguard-disable no-replacement-cascade -- quoted as damaged on purpose -->
 *
 * Rule ids are separated by commas or spaces; none means every rule. Text after ` -- ` is a
 * reason and is ignored. The raw text is scanned once with `indexOf`, no regular expression,
 * so a file full of `<!--` cannot make the scan slow.
 */

/** One control comment. */
interface Directive {
  /** What it does. */
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids it names; empty for every rule. */
  ruleIds: string[];
  /** Offset where the comment starts (`<`). */
  start: number;
  /** Offset just after the comment (`>` + 1). */
  end: number;
  /** 1-based line on which the comment ends. */
  endLine: number;
}

/** The state of the controls from one offset on. */
interface Snapshot {
  /** Offset from which this state holds. */
  offset: number;
  /** Whether every rule is disabled (except `enabled`). */
  allDisabled: boolean;
  /** With `allDisabled`: rules enabled again by name. */
  enabled: ReadonlySet<string>;
  /** Without `allDisabled`: rules disabled by name. */
  disabled: ReadonlySet<string>;
}

/** The controls of one text. */
export interface Controls {
  /** Whether the text has any control comment. */
  readonly any: boolean;
  /** Rule ids named in the comments, with the line where each was named. */
  readonly named: ReadonlyArray<{ ruleId: string; line: number }>;
  /**
   * Whether a finding of a rule is turned off where it starts.
   * @param ruleId the rule of the finding.
   * @param line the 1-based line of its start.
   * @param offset the offset of its start.
   * @returns true when a comment disables it.
   */
  isDisabled(ruleId: string, line: number, offset: number): boolean;
}

/** The keywords, longest first so `copyguard-disable-next-line` is not read as `copyguard-disable`. */
const keywords: ReadonlyArray<Directive['kind']> = ['disable-next-line', 'disable', 'enable'];

/** Controls of a text without any comment. */
const noControls: Controls = { any: false, named: [], isDisabled: () => false };

/**
 * Finds the control comments of a text.
 * @param text the raw text as read.
 * @returns the controls; a text without `copyguard-` comments costs one `indexOf`.
 */
export function scanControls(text: string): Controls {
  if (!text.includes('copyguard-')) return noControls;
  const directives: Directive[] = [];
  const lineStarts = computeLineStarts(text);
  let position = 0;
  for (;;) {
    const start = text.indexOf('<!--', position);
    if (start < 0) break;
    const close = text.indexOf('-->', start + 4);
    // An unclosed comment runs to the end of the file and holds no directive we act on.
    if (close < 0) break;
    const end = close + 3;
    const directive = parseDirective(text.slice(start + 4, close), start, end, lineAt(lineStarts, close));
    if (directive) directives.push(directive);
    position = end;
  }
  if (directives.length === 0) return noControls;
  return buildControls(directives);
}

/**
 * Drops the findings that control comments turn off.
 * @param messages findings of one text, each with its rule id and start.
 * @param controls the controls of that text.
 * @returns the findings that stay.
 */
export function applyControls<T extends { ruleId: string; start: { line: number; offset: number } }>(messages: T[], controls: Controls): T[] {
  if (!controls.any) return messages;
  return messages.filter((message) => !controls.isDisabled(message.ruleId, message.start.line, message.start.offset));
}

/**
 * Reads one comment body as a directive.
 * @param body the text between `<!--` and `-->`.
 * @param start offset of the comment.
 * @param end offset after the comment.
 * @param endLine line of the comment's end.
 * @returns the directive, or undefined for any other comment.
 */
function parseDirective(body: string, start: number, end: number, endLine: number): Directive | undefined {
  const trimmed = body.trim();
  if (!trimmed.startsWith('copyguard-')) return undefined;
  const rest = trimmed.slice('copyguard-'.length);
  for (const kind of keywords) {
    if (!rest.startsWith(kind)) continue;
    const tail = rest.slice(kind.length);
    // `copyguard-disabled` or `copyguard-enable-all` are not ours.
    if (tail !== '' && !/^\s/u.test(tail)) return undefined;
    const reasonAt = tail.indexOf(' --');
    const list = reasonAt >= 0 ? tail.slice(0, reasonAt) : tail;
    const ruleIds = list.split(/[\s,]+/u).filter((id) => id !== '');
    return { kind, ruleIds, start, end, endLine };
  }
  return undefined;
}

/**
 * Turns directives into the controls lookup.
 * @param directives the directives in text order.
 * @returns the controls.
 */
function buildControls(directives: readonly Directive[]): Controls {
  const snapshots: Snapshot[] = [{ offset: 0, allDisabled: false, enabled: new Set(), disabled: new Set() }];
  const nextLine = new Map<number, Set<string> | null>();
  const named: Array<{ ruleId: string; line: number }> = [];
  let allDisabled = false;
  let enabled = new Set<string>();
  let disabled = new Set<string>();
  for (const directive of directives) {
    for (const ruleId of directive.ruleIds) named.push({ ruleId, line: directive.endLine });
    if (directive.kind === 'disable-next-line') {
      const line = directive.endLine + 1;
      const existing = nextLine.get(line);
      if (directive.ruleIds.length === 0 || existing === null) nextLine.set(line, null);
      else nextLine.set(line, new Set([...(existing ?? []), ...directive.ruleIds]));
      continue;
    }
    if (directive.kind === 'disable') {
      if (directive.ruleIds.length === 0) {
        allDisabled = true;
        enabled = new Set();
      } else if (allDisabled) {
        enabled = new Set([...enabled].filter((id) => !directive.ruleIds.includes(id)));
      } else {
        disabled = new Set([...disabled, ...directive.ruleIds]);
      }
      snapshots.push({ offset: directive.end, allDisabled, enabled, disabled });
      continue;
    }
    // `enable`: with no ids everything runs again; with ids only those rules do.
    if (directive.ruleIds.length === 0) {
      allDisabled = false;
      enabled = new Set();
      disabled = new Set();
    } else if (allDisabled) {
      enabled = new Set([...enabled, ...directive.ruleIds]);
    } else {
      disabled = new Set([...disabled].filter((id) => !directive.ruleIds.includes(id)));
    }
    snapshots.push({ offset: directive.start, allDisabled, enabled, disabled });
  }
  return {
    any: true,
    named,
    isDisabled(ruleId: string, line: number, offset: number): boolean {
      const onLine = nextLine.get(line);
      if (onLine === null || onLine?.has(ruleId)) return true;
      const snapshot = snapshotAt(snapshots, offset);
      return snapshot.allDisabled ? !snapshot.enabled.has(ruleId) : snapshot.disabled.has(ruleId);
    },
  };
}

/**
 * Finds the state that holds at an offset (the last snapshot starting at or before it).
 * @param snapshots snapshots in offset order, the first at offset 0.
 * @param offset the offset of a finding.
 * @returns the snapshot.
 */
function snapshotAt(snapshots: readonly Snapshot[], offset: number): Snapshot {
  let low = 0;
  let high = snapshots.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((snapshots[middle]?.offset ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return snapshots[low] as Snapshot;
}

/**
 * Offsets where lines start; `\r\n`, `\n` and a lone `\r` each end a line.
 * @param text the text.
 * @returns the start offset of every line, the first being 0.
 */
function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) starts.push(index + 1);
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index += 1;
      starts.push(index + 1);
    }
  }
  return starts;
}

/**
 * The 1-based line of an offset.
 * @param lineStarts from `computeLineStarts`.
 * @param offset an offset in the text.
 * @returns its line.
 */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
