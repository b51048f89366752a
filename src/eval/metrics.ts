/**
 * Evaluation metrics: pure functions that score what `fix` did to a damaged text against the truth.
 *
 * Words (CONTRACT.md, "Words used in evaluation"): a **damaged span** is text that differs between a damaged
 * page and its repair; **damage** is an edit outside every damaged span.
 *
 * Everything here works on offsets of the damaged text (UTF-16 code units) and has no I/O, so it can be
 * unit-tested with small hand-made cases.
 */
import fastDiff from 'fast-diff';

/** An edit on the damaged text: replace `[range[0], range[1])` with `text`. */
export interface MetricEdit {
  /** Start and end (exclusive) offsets in the damaged text. */
  range: readonly [number, number];
  /** Replacement text. */
  text: string;
}

/** A damaged span with the text it replaced. */
export interface MetricSpan {
  /** Start offset in the damaged text. */
  start: number;
  /** End offset (exclusive) in the damaged text. */
  end: number;
  /** The clean text the span replaced. */
  original: string;
  /** Whether an engine can restore the span by rule (a cascade in its dominant form, with or without a carried suffix). */
  recoverable: boolean;
  /** `damaged.slice(start, end)`, when kept. */
  damaged?: string;
}

/** A finding reduced to what the metrics need: its range on the damaged text. */
export interface MetricFinding {
  /** Start offset in the damaged text. */
  start: number;
  /** End offset (exclusive) in the damaged text. */
  end: number;
  /** The rule that reported it, when known. */
  ruleId?: string;
}

/** What to score for one document. */
export interface DocumentInput {
  /** The damaged text, as given to `fix`. */
  damaged: string;
  /** The truth spans on the damaged text, sorted by `start`, not overlapping. */
  truth: readonly MetricSpan[];
  /** Every finding (applied or not); `undefined` entries are not allowed. */
  findings: readonly MetricFinding[];
  /**
   * The applied edits (non-overlapping), or `undefined` for a checker that does not fix (the baseline).
   * Applying them to `damaged` must give `output`.
   */
  edits?: readonly MetricEdit[];
  /** The fixed text; defaults to `damaged` when there are no edits. */
  output?: string;
  /**
   * What `fix` edits in the undamaged text, as `removed\u0000inserted` keys with their counts
   * (the source's own typos): damage edits with such a key are also counted apart.
   */
  sourceEdits?: Map<string, number>;
}

/** What happened to one truth span (for the observer of {@link scoreDocument}). */
export interface SpanOutcome {
  /** Whether a finding overlapped it. */
  found: boolean;
  /** Whether its region came out as the truth (always false without edits). */
  restored: boolean;
  /** The output text of its region (the damaged text when nothing was applied). */
  outputRegion: string;
  /** What the region should read. */
  truthRegion: string;
}

/** The counts of one document or of a sum of documents. */
export interface DocumentScore {
  /** Number of truth spans. */
  spans: number;
  /** Number of recoverable truth spans. */
  recoverableSpans: number;
  /** Truth spans overlapped by at least one finding. */
  found: number;
  /** Recoverable truth spans overlapped by at least one finding. */
  foundRecoverable: number;
  /** Truth spans whose surroundings in the output equal the clean text. */
  restored: number;
  /** Recoverable truth spans restored exactly. */
  restoredRecoverable: number;
  /** Truth spans restored when letter case is ignored (case is evidence from context, not a certainty). */
  restoredIgnoringCase: number;
  /** Recoverable truth spans restored when letter case is ignored. */
  restoredRecoverableIgnoringCase: number;
  /** Findings that overlap no truth span. */
  falseFindings: number;
  /** All findings. */
  findings: number;
  /** Characters changed outside every truth span (in regions that do not come out clean). */
  damageChars: number;
  /** UTF-8 bytes of those characters. */
  damageBytes: number;
  /** Applied edits that touch no truth span. */
  damageEdits: number;
  /** Of those, the edits `fix` also makes in the undamaged text (`DocumentInput.sourceEdits`). */
  damageEditsOfSource: number;
  /** Characters those edits change. */
  damageCharsOfSource: number;
  /** Applied edits after trimming (all of them, also the right ones). */
  edits: number;
  /** UTF-8 bytes changed by all edits: removed bytes, or inserted bytes for a pure insertion. */
  bytesChanged: number;
}

/** A score with every count at zero. */
export function emptyScore(): DocumentScore {
  return {
    spans: 0,
    recoverableSpans: 0,
    found: 0,
    foundRecoverable: 0,
    restored: 0,
    restoredRecoverable: 0,
    restoredIgnoringCase: 0,
    restoredRecoverableIgnoringCase: 0,
    falseFindings: 0,
    findings: 0,
    damageChars: 0,
    damageBytes: 0,
    damageEdits: 0,
    damageEditsOfSource: 0,
    damageCharsOfSource: 0,
    edits: 0,
    bytesChanged: 0,
  };
}

/**
 * Adds one score into another.
 * @param total the running total, changed in place.
 * @param score the score to add.
 * @returns the total.
 */
export function addScore(total: DocumentScore, score: DocumentScore): DocumentScore {
  for (const key of Object.keys(total) as Array<keyof DocumentScore>) total[key] += score[key];
  return total;
}

/**
 * Counts the UTF-8 bytes of a text.
 * @param text the text.
 * @returns its length in UTF-8 bytes.
 */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/**
 * Counts the words of a text (letters or digits, joined by inner apostrophes, periods or hyphens).
 * @param text the text.
 * @returns the number of words.
 */
export function countWords(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) count++;
  return count;
}

/**
 * Whether a range overlaps a span. An empty range (a point) overlaps a span it lies inside, start included.
 * @param start start of the range.
 * @param end end of the range (exclusive).
 * @param spanStart start of the span.
 * @param spanEnd end of the span (exclusive).
 * @returns true when they share a character (or the point lies in the span).
 */
export function overlaps(start: number, end: number, spanStart: number, spanEnd: number): boolean {
  if (start === end) return start >= spanStart && start < spanEnd;
  if (spanStart === spanEnd) return spanStart >= start && spanStart < end;
  return start < spanEnd && spanStart < end;
}

/**
 * Shrinks an edit to the characters it changes: the common prefix and suffix of the replaced text and the
 * replacement are left out (`the the` → `the` over `[0, 7)` becomes the deletion of ` the` at `[3, 7)`).
 * @param text the text the edit applies to.
 * @param edit the edit.
 * @returns the trimmed edit (an unchanged edit becomes an empty deletion at its start).
 */
export function trimEdit(text: string, edit: MetricEdit): MetricEdit {
  let [start, end] = edit.range;
  let replacement = edit.text;
  let prefix = 0;
  const limit = Math.min(end - start, replacement.length);
  while (prefix < limit && text.charCodeAt(start + prefix) === replacement.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    text.charCodeAt(end - 1 - suffix) === replacement.charCodeAt(replacement.length - 1 - suffix)
  ) {
    suffix++;
  }
  start += prefix;
  end -= suffix;
  replacement = replacement.slice(prefix, replacement.length - suffix);
  return { range: [start, end], text: replacement };
}

/**
 * Applies sorted, non-overlapping edits.
 * @param text the text.
 * @param edits the edits, sorted by start.
 * @returns the edited text.
 * @throws RangeError when the edits overlap or leave the text.
 */
export function applyMetricEdits(text: string, edits: readonly MetricEdit[]): string {
  const parts: string[] = [];
  let position = 0;
  for (const { range, text: replacement } of edits) {
    const [start, end] = range;
    if (start < position || end < start || end > text.length) {
      throw new RangeError(`Cannot apply edit [${start}, ${end}) after position ${position} in a text of length ${text.length}`);
    }
    parts.push(text.slice(position, start), replacement);
    position = end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/**
 * Sorts edits and checks that they do not overlap (two insertions at one point overlap).
 * @param edits the edits.
 * @returns the sorted edits, or undefined when two overlap.
 */
function sortedDisjoint(edits: readonly MetricEdit[]): MetricEdit[] | undefined {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1] as MetricEdit;
    const current = sorted[index] as MetricEdit;
    if (current.range[0] < previous.range[1]) return undefined;
    if (current.range[0] === previous.range[0] && current.range[0] === current.range[1]) return undefined;
  }
  return sorted;
}

/**
 * Diffs two texts into edits on the first one (used when the applied fixes cannot be replayed).
 * @param from the text as read.
 * @param to the output.
 * @returns the changed regions as edits.
 */
export function diffEdits(from: string, to: string): MetricEdit[] {
  if (from === to) return [];
  const edits: MetricEdit[] = [];
  let offset = 0;
  let pending: { start: number; removed: number; inserted: string } | undefined;
  const flush = (): void => {
    if (pending) edits.push({ range: [pending.start, pending.start + pending.removed], text: pending.inserted });
    pending = undefined;
  };
  for (const [operation, value] of fastDiff(from, to)) {
    if (operation === fastDiff.EQUAL) {
      flush();
      offset += value.length;
    } else if (operation === fastDiff.DELETE) {
      pending ??= { start: offset, removed: 0, inserted: '' };
      pending.removed += value.length;
      offset += value.length;
    } else {
      pending ??= { start: offset, removed: 0, inserted: '' };
      pending.inserted += value;
    }
  }
  flush();
  return edits;
}

/** The pieces of a `fix` result the metrics read. */
export interface FixLike {
  /** The fixed text. */
  output: string;
  /** Findings with `applied` and `fix`. */
  messages: ReadonlyArray<{ applied?: boolean | undefined; fix: { range: readonly [number, number]; text: string } | null }>;
  /** Changes from the text as read to the output (offsets of the text as read). */
  changes?: ReadonlyArray<{ start: { offset: number }; end: { offset: number }; inserted: string }>;
}

/**
 * The applied edits of a `fix` result as non-overlapping edits that replay the output exactly.
 *
 * First choice: the fixes of the messages with `applied: true`. When they cannot be replayed (a later fixer
 * pass edited text an earlier pass wrote, so two fixes overlap), the result's `changes` are used, and as a
 * last resort a diff of the input and the output.
 * @param damaged the text given to `fix`.
 * @param result the `fix` result.
 * @returns the edits and which source they came from.
 */
export function appliedEdits(damaged: string, result: FixLike): { edits: MetricEdit[]; source: 'fixes' | 'changes' | 'diff' } {
  const fixes = result.messages.flatMap((message) => (message.applied === true && message.fix ? [message.fix] : []));
  const unique = new Map(fixes.map((edit) => [`${edit.range[0]}:${edit.range[1]}:${edit.text}`, edit]));
  const sorted = sortedDisjoint([...unique.values()]);
  if (sorted && applyMetricEdits(damaged, sorted) === result.output) return { edits: sorted, source: 'fixes' };
  if (result.changes) {
    const changes = sortedDisjoint(
      result.changes.map((change) => ({ range: [change.start.offset, change.end.offset] as const, text: change.inserted })),
    );
    if (changes) {
      try {
        if (applyMetricEdits(damaged, changes) === result.output) return { edits: changes, source: 'changes' };
      } catch {
        // Fall through to the diff: the changes do not fit the text.
      }
    }
  }
  return { edits: diffEdits(damaged, result.output), source: 'diff' };
}

/** A connected region of truth spans and edits that touch or overlap. */
interface Cluster {
  start: number;
  end: number;
  spans: MetricSpan[];
  edits: MetricEdit[];
}

/**
 * Groups spans and edits into regions: an edit joins every span and edit it overlaps or touches; spans never
 * join each other directly.
 * @param spans truth spans, sorted.
 * @param edits trimmed edits, sorted, non-overlapping.
 * @returns the regions in text order.
 */
function clusterize(spans: readonly MetricSpan[], edits: readonly MetricEdit[]): Cluster[] {
  type Item = { start: number; end: number; span?: MetricSpan; edit?: MetricEdit };
  const items: Item[] = [
    ...spans.map((span) => ({ start: span.start, end: span.end, span })),
    ...edits.map((edit) => ({ start: edit.range[0], end: edit.range[1], edit })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const item of items) {
    const joins =
      current !== undefined &&
      (item.start < current.end ||
        // Touching joins only through an edit: `Electionsss` restored and an insertion right after it.
        (item.start === current.end && (item.edit !== undefined || current.edits.length > 0)));
    if (!current || !joins) {
      current = { start: item.start, end: item.end, spans: [], edits: [] };
      clusters.push(current);
    }
    current.end = Math.max(current.end, item.end);
    if (item.span) current.spans.push(item.span);
    if (item.edit) current.edits.push(item.edit);
  }
  return clusters;
}

/**
 * Scores one document.
 *
 * - found: a truth span overlapped by any finding's range.
 * - restored exactly: the span's region (the span joined with every applied edit that overlaps or touches it,
 *   and transitively the spans and edits those touch) reads in the output exactly as applying the truth
 *   there would read, so fixes that reach beyond a span are judged by their result.
 * - damage: in regions that do not come out clean, the characters the edits change outside every truth span
 *   (an insertion outside every span counts its inserted characters), plus the edits that touch no span.
 * - false findings: findings that overlap no truth span.
 * @param input the damaged text, truth, findings and applied edits.
 * @param observe called once per truth span with its outcome, in text order.
 * @returns the counts.
 * @throws RangeError when the edits do not replay `output`.
 */
export function scoreDocument(input: DocumentInput, observe?: (span: MetricSpan, outcome: SpanOutcome) => void): DocumentScore {
  const { damaged, truth } = input;
  const score = emptyScore();
  const spans = [...truth].sort((a, b) => a.start - b.start);
  for (let index = 1; index < spans.length; index++) {
    if ((spans[index] as MetricSpan).start < (spans[index - 1] as MetricSpan).end) {
      throw new RangeError('Cannot score overlapping truth spans');
    }
  }
  score.spans = spans.length;
  score.recoverableSpans = spans.filter((span) => span.recoverable).length;
  score.findings = input.findings.length;

  // Found and false findings: a sweep would be faster, but documents have few findings.
  const foundSpans = new Set<MetricSpan>();
  for (const finding of input.findings) {
    let hit = false;
    for (const span of overlappingSpans(spans, finding.start, finding.end)) {
      foundSpans.add(span);
      hit = true;
    }
    if (!hit) score.falseFindings++;
  }
  score.found = foundSpans.size;
  score.foundRecoverable = [...foundSpans].filter((span) => span.recoverable).length;

  const output = input.edits === undefined ? damaged : (input.output ?? damaged);
  if (input.edits === undefined) {
    if (observe) {
      for (const span of spans) {
        observe(span, { found: foundSpans.has(span), restored: false, outputRegion: span.damaged ?? damaged.slice(span.start, span.end), truthRegion: span.original });
      }
    }
    return score;
  }
  const sorted = sortedDisjoint(input.edits);
  if (!sorted) throw new RangeError('Cannot score overlapping edits');
  if (applyMetricEdits(damaged, sorted) !== output) throw new RangeError('Cannot score edits that do not give the output');
  const edits = sorted.map((edit) => trimEdit(damaged, edit)).filter((edit) => edit.range[0] !== edit.range[1] || edit.text !== '');
  score.edits = edits.length;
  for (const edit of edits) {
    score.bytesChanged += edit.range[0] === edit.range[1] ? utf8Length(edit.text) : utf8Length(damaged.slice(edit.range[0], edit.range[1]));
  }

  // Every edit belongs to exactly one region; walk them in order, tracking how far output offsets have moved.
  let shift = 0;
  for (const cluster of clusterize(spans, edits)) {
    let clusterShift = 0;
    for (const edit of cluster.edits) clusterShift += edit.text.length - (edit.range[1] - edit.range[0]);
    const outputRegion = output.slice(cluster.start + shift, cluster.end + shift + clusterShift);
    const truthRegion = applyMetricEdits(
      damaged.slice(cluster.start, cluster.end),
      cluster.spans.map((span) => ({ range: [span.start - cluster.start, span.end - cluster.start], text: span.original })),
    );
    if (observe) {
      for (const span of cluster.spans) {
        observe(span, { found: foundSpans.has(span), restored: outputRegion === truthRegion, outputRegion, truthRegion });
      }
    }
    if (outputRegion.toLowerCase() === truthRegion.toLowerCase()) {
      score.restoredIgnoringCase += cluster.spans.length;
      score.restoredRecoverableIgnoringCase += cluster.spans.filter((span) => span.recoverable).length;
    }
    if (outputRegion === truthRegion) {
      score.restored += cluster.spans.length;
      score.restoredRecoverable += cluster.spans.filter((span) => span.recoverable).length;
    } else {
      for (const edit of cluster.edits) {
        const outside = outsideSpans(damaged, edit, cluster.spans);
        score.damageChars += outside.chars;
        score.damageBytes += outside.bytes;
        if (cluster.spans.some((span) => touches(edit, span))) continue;
        score.damageEdits++;
        const key = `${damaged.slice(edit.range[0], edit.range[1])}\u0000${edit.text}`;
        const left = input.sourceEdits?.get(key) ?? 0;
        if (left > 0) {
          input.sourceEdits?.set(key, left - 1);
          score.damageEditsOfSource++;
          score.damageCharsOfSource += outside.chars;
        }
      }
    }
    shift += clusterShift;
  }
  return score;
}

/**
 * The spans a range overlaps.
 * @param spans sorted spans.
 * @param start start of the range.
 * @param end end of the range.
 * @returns the overlapped spans.
 */
function overlappingSpans(spans: readonly MetricSpan[], start: number, end: number): MetricSpan[] {
  // Binary search for the first span that ends after `start`.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as MetricSpan).end <= start) low = middle + 1;
    else high = middle;
  }
  const result: MetricSpan[] = [];
  for (let index = low; index < spans.length; index++) {
    const span = spans[index] as MetricSpan;
    if (span.start > end || (span.start === end && start !== end)) break;
    if (overlaps(start, end, span.start, span.end)) result.push(span);
  }
  return result;
}

/**
 * Whether an edit touches a span: shares a character, or is an insertion inside it or at one of its ends.
 * @param edit a trimmed edit.
 * @param span a span.
 * @returns true when it touches.
 */
function touches(edit: MetricEdit, span: MetricSpan): boolean {
  const [start, end] = edit.range;
  if (start === end) return start >= span.start && start <= span.end;
  return start < span.end && span.start < end;
}

/**
 * The characters (and their UTF-8 bytes) an edit changes outside the given spans.
 * @param damaged the damaged text.
 * @param edit a trimmed edit.
 * @param spans the spans of its region.
 * @returns the counts.
 */
function outsideSpans(damaged: string, edit: MetricEdit, spans: readonly MetricSpan[]): { chars: number; bytes: number } {
  const [start, end] = edit.range;
  if (start === end) {
    if (spans.some((span) => touches(edit, span))) return { chars: 0, bytes: 0 };
    return { chars: edit.text.length, bytes: utf8Length(edit.text) };
  }
  let chars = 0;
  let bytes = 0;
  let position = start;
  for (const span of spans) {
    if (span.end <= position || span.start >= end) continue;
    if (span.start > position) {
      const piece = damaged.slice(position, span.start);
      chars += piece.length;
      bytes += utf8Length(piece);
    }
    position = Math.max(position, span.end);
  }
  if (position < end) {
    const piece = damaged.slice(position, end);
    chars += piece.length;
    bytes += utf8Length(piece);
  }
  return { chars, bytes };
}

/** A damaged span derived from a damaged/repaired pair. */
export interface DiffSpan extends MetricSpan {
  /** `damaged.slice(start, end)`. */
  damaged: string;
}

const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;

/** A token of a text: a word (inner apostrophes included), a run of white space, or one other character. */
interface Token {
  /** Start offset. */
  start: number;
  /** The token text. */
  text: string;
}

/**
 * Splits a text into tokens.
 * @param text the text.
 * @returns the tokens, covering the text.
 */
function tokenize(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((match) => ({ start: match.index, text: match[0] }));
}

/** A changed region: `[dStart, dEnd)` of the damaged text became `[rStart, rEnd)` of the repair. */
interface Region {
  dStart: number;
  dEnd: number;
  rStart: number;
  rEnd: number;
}

/**
 * Diffs two texts token by token with fast-diff (each distinct token becomes one character).
 * @param damaged the damaged text.
 * @param repaired the repaired text.
 * @returns the changed regions in order; the text between two regions is equal in both texts.
 * @throws RangeError when the texts have more distinct tokens than one character per token can encode.
 */
function tokenRegions(damaged: string, repaired: string): Region[] {
  const damagedTokens = tokenize(damaged);
  const repairedTokens = tokenize(repaired);
  const codes = new Map<string, string>();
  const encode = (tokens: readonly Token[]): string =>
    tokens
      .map((token) => {
        let code = codes.get(token.text);
        if (code === undefined) {
          // One BMP character per distinct token, skipping the surrogate range.
          let point = 0x100 + codes.size;
          if (point >= 0xd800) point += 0x800;
          if (point > 0xffff) throw new RangeError('Cannot diff texts with more than 63,000 distinct tokens');
          code = String.fromCharCode(point);
          codes.set(token.text, code);
        }
        return code;
      })
      .join('');
  const damagedCodes = encode(damagedTokens);
  const repairedCodes = encode(repairedTokens);
  const offsetOf = (tokens: readonly Token[], index: number, length: number): number => tokens[index]?.start ?? length;
  const regions: Region[] = [];
  let d = 0;
  let r = 0;
  let pending: { d: number; r: number } | undefined;
  const flush = (): void => {
    if (!pending) return;
    regions.push({
      dStart: offsetOf(damagedTokens, pending.d, damaged.length),
      dEnd: offsetOf(damagedTokens, d, damaged.length),
      rStart: offsetOf(repairedTokens, pending.r, repaired.length),
      rEnd: offsetOf(repairedTokens, r, repaired.length),
    });
    pending = undefined;
  };
  for (const [operation, value] of fastDiff(damagedCodes, repairedCodes)) {
    if (operation === fastDiff.EQUAL) {
      flush();
      d += value.length;
      r += value.length;
    } else {
      pending ??= { d, r };
      if (operation === fastDiff.DELETE) d += value.length;
      else r += value.length;
    }
  }
  flush();
  return regions;
}

/**
 * Derives damaged spans from a damaged text and its repair by a word-level diff: fast-diff runs on the
 * token sequences (words keep inner apostrophes, so a carried `’s` stays with its word), and then
 *
 * 1. a region that only removes or only adds words (`Data[ and statistics and statistics]`) takes in the
 *    word before it (or, at the start, the word after it), so every span has an original and a damaged text;
 * 2. regions separated only by white space become one span (one maximal changed region);
 * 3. white space both sides share at the edges is left out.
 *
 * Which neighbour a pure removal takes in is a convention (`Grassroots Grassroots sport` for `sport` gives
 * the span `Local Grassroots Grassroots` for `Local`); {@link scoreDocument} judges regions, so the scores do
 * not depend on it. A span is recoverable by the rule of {@link isRecoverableByRule}.
 * @param damaged the damaged text.
 * @param repaired the repaired text.
 * @returns the spans, sorted, with their original (repaired) text.
 */
export function spansFromDiff(damaged: string, repaired: string): DiffSpan[] {
  if (damaged === repaired) return [];
  const regions = tokenRegions(damaged, repaired);
  // 1. Pure removals and additions take in a neighbouring word (the gap to it is equal in both texts).
  for (let index = 0; index < regions.length; index++) {
    const region = regions[index] as Region;
    if (region.dStart !== region.dEnd && region.rStart !== region.rEnd) continue;
    const previousEnd = index > 0 ? (regions[index - 1] as Region).dEnd : 0;
    const before = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*\s*$/u.exec(damaged.slice(previousEnd, region.dStart));
    if (before) {
      region.dStart -= before[0].length;
      region.rStart -= before[0].length;
      continue;
    }
    const nextStart = index + 1 < regions.length ? (regions[index + 1] as Region).dStart : damaged.length;
    const after = /^\s*[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/u.exec(damaged.slice(region.dEnd, nextStart));
    if (after) {
      region.dEnd += after[0].length;
      region.rEnd += after[0].length;
    }
  }
  // 2. Regions that touch or are separated only by white space are one span.
  const merged: Region[] = [];
  for (const region of regions) {
    const previous = merged[merged.length - 1];
    if (previous && region.dStart >= previous.dEnd && /^\s*$/u.test(damaged.slice(previous.dEnd, region.dStart))) {
      previous.dEnd = region.dEnd;
      previous.rEnd = region.rEnd;
    } else {
      merged.push({ ...region });
    }
  }
  // 3. Leave out white space both sides share at the edges (`rights's ` removed before `rights`).
  for (const region of merged) {
    while (region.dStart < region.dEnd && region.rStart < region.rEnd && /\s/u.test(damaged.charAt(region.dStart)) && damaged.charAt(region.dStart) === repaired.charAt(region.rStart)) {
      region.dStart++;
      region.rStart++;
    }
    while (region.dStart < region.dEnd && region.rStart < region.rEnd && /\s/u.test(damaged.charAt(region.dEnd - 1)) && damaged.charAt(region.dEnd - 1) === repaired.charAt(region.rEnd - 1)) {
      region.dEnd--;
      region.rEnd--;
    }
  }
  return merged.map((region) => {
    const span = damaged.slice(region.dStart, region.dEnd);
    const original = repaired.slice(region.rStart, region.rEnd);
    return { start: region.dStart, end: region.dEnd, damaged: span, original, recoverable: isRecoverableByRule(span, original) };
  });
}

const singleWord = /^[\p{L}\p{M}\p{N}]+(?:['’]s)?$/u;
const unitPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The pragmatic rule for real pages: a span is recoverable when its repair is a single word (optionally with
 * `'s`/`’s`) and its damaged text repeats one word at least twice, affix noise aside (`rights's`, `rightss`
 * and `rights` are one word). Variants (the repair is a phrase) and injections (nothing repeats) are not.
 * @param damaged the damaged text of the span.
 * @param original its repair.
 * @returns true when recoverable by rule.
 */
export function isRecoverableByRule(damaged: string, original: string): boolean {
  if (!singleWord.test(original.trim())) return false;
  const counts = new Map<string, number>();
  for (const match of damaged.matchAll(unitPattern)) {
    const stem = match[0].toLowerCase().replace(/['’]s$/u, '').replace(/s+$/u, '');
    const count = (counts.get(stem) ?? 0) + 1;
    if (count >= 2) return true;
    counts.set(stem, count);
  }
  return false;
}

/** One labelled doubled-word row. */
export interface LabelRow {
  /** Corpus file name. */
  file: string;
  /** Document id in that file. */
  id: string;
  /** Start of the hit in the document (UTF-16 offset). */
  offset: number;
  /** The two words as listed (`⏎` for a newline). */
  match: string;
  /** `error`: should be reported; `legit`: must not be. */
  label: 'error' | 'legit';
  /** Why. */
  category: string;
}

/** Precision and recall of a doubled-word checker against the labels. */
export interface LabelScore {
  /** Rows labelled `error`. */
  errorRows: number;
  /** Rows labelled `legit`. */
  legitRows: number;
  /** `error` rows covered by a finding. */
  truePositives: number;
  /** `legit` rows covered by a finding. */
  falsePositives: number;
  /** Findings that cover no labelled row (phrases, or words the labels do not list). */
  unlabelledFindings: number;
  /** truePositives / (truePositives + falsePositives), or NaN with no hit. */
  precision: number;
  /** truePositives / errorRows, or NaN with no error row. */
  recall: number;
}

/**
 * Scores doubled-word findings against labelled rows: a finding matches a row when its range covers the
 * row's `offset` in that document.
 * @param rows the labelled rows.
 * @param findingsOf the doubled-word findings of a document, by `file` and `id`.
 * @returns the score.
 */
export function scoreLabels(rows: readonly LabelRow[], findingsOf: (file: string, id: string) => readonly MetricFinding[]): LabelScore {
  const score: LabelScore = {
    errorRows: 0,
    legitRows: 0,
    truePositives: 0,
    falsePositives: 0,
    unlabelledFindings: 0,
    precision: Number.NaN,
    recall: Number.NaN,
  };
  const byDocument = new Map<string, LabelRow[]>();
  for (const row of rows) {
    const key = `${row.file}\u0000${row.id}`;
    const list = byDocument.get(key) ?? [];
    list.push(row);
    byDocument.set(key, list);
  }
  for (const documentRows of byDocument.values()) {
    const first = documentRows[0] as LabelRow;
    const findings = findingsOf(first.file, first.id);
    const used = new Set<MetricFinding>();
    for (const row of documentRows) {
      if (row.label === 'error') score.errorRows++;
      else score.legitRows++;
      const covering = findings.filter((finding) => finding.start <= row.offset && row.offset < finding.end);
      for (const finding of covering) used.add(finding);
      if (covering.length === 0) continue;
      if (row.label === 'error') score.truePositives++;
      else score.falsePositives++;
    }
    score.unlabelledFindings += findings.filter((finding) => !used.has(finding)).length;
  }
  const hits = score.truePositives + score.falsePositives;
  score.precision = hits === 0 ? Number.NaN : score.truePositives / hits;
  score.recall = score.errorRows === 0 ? Number.NaN : score.truePositives / score.errorRows;
  return score;
}

/**
 * Parses the doubled-word labels TSV (header `file id char_offset match label category`).
 * @param tsv the file's text.
 * @returns the rows.
 * @throws TypeError on a malformed row.
 */
export function parseLabels(tsv: string): LabelRow[] {
  const lines = tsv.split(/\r?\n/u).filter((line) => line.length > 0);
  const header = (lines.shift() ?? '').split('\t');
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new TypeError(`Missing \`${name}\` column in the labels`);
    return index;
  };
  const [file, id, offset, match, label, category] = ['file', 'id', 'char_offset', 'match', 'label', 'category'].map(column) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return lines.map((line, index) => {
    const cells = line.split('\t');
    const value = cells[label];
    const position = Number(cells[offset]);
    if ((value !== 'error' && value !== 'legit') || !Number.isInteger(position)) {
      throw new TypeError(`Cannot read label row ${index + 2}: \`${line}\``);
    }
    return {
      file: cells[file] ?? '',
      id: cells[id] ?? '',
      offset: position,
      match: cells[match] ?? '',
      label: value,
      category: cells[category] ?? '',
    };
  });
}

/**
 * A ratio as a percentage, or NaN when the denominator is zero.
 * @param part the numerator.
 * @param whole the denominator.
 * @returns 100 × part / whole.
 */
export function percent(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : (100 * part) / whole;
}

/**
 * A count per 10,000 words.
 * @param count the count.
 * @param words the number of words.
 * @returns the rate, or NaN without words.
 */
export function per10kWords(count: number, words: number): number {
  return words === 0 ? Number.NaN : (10000 * count) / words;
}
