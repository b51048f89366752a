/**
 * Reading find-and-replace rule files (CSV or TSV, JSON, YAML) into rules.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

/** One find-and-replace rule, as a CMS or a batch tool runs it. */
export interface ReplaceRule {
  /** What to find: plain text, or a JavaScript regular expression source with `regex`. */
  pattern: string;
  /** What to put in (with `regex`, `$1` and `$&` refer to the match). */
  replacement: string;
  /** Whether letter case must match (default false: CMS replaces usually ignore case). */
  caseSensitive?: boolean;
  /** Whether the pattern must stand as a whole word (default false: a substring replace). */
  wholeWord?: boolean;
  /** Whether `pattern` is a regular expression (default false). */
  regex?: boolean;
  /** 1-based line of the rule in its file, when read from one. */
  line?: number;
}

const patternNames = new Set(['pattern', 'find', 'search', 'from', 'term']);
const replacementNames = new Set(['replacement', 'replace', 'to', 'with', 'label']);
const caseNames = new Set(['casesensitive', 'case_sensitive', 'case-sensitive', 'case', 'matchcase']);
const wordNames = new Set(['wholeword', 'whole_word', 'whole-word', 'word', 'words']);
const regexNames = new Set(['regex', 'regexp', 'isregex']);

/**
 * Reads a yes/no cell.
 * @param value the cell or value.
 * @param where the rule's place, for messages.
 * @param name the field name.
 * @returns the boolean, or undefined when empty.
 * @throws TypeError for anything that is not a boolean.
 */
function readBoolean(value: unknown, where: string, name: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'on'].includes(text)) return true;
  if (['false', 'no', 'n', '0', 'off'].includes(text)) return false;
  throw new TypeError(`Expected \`${name}\` to be true or false at ${where}, not ${JSON.stringify(value)}`);
}

/**
 * Builds a rule from named fields, accepting the usual column names of CMS exports.
 * @param fields field name (any case) → value.
 * @param where the rule's place, for messages.
 * @param line its 1-based line.
 * @returns the rule.
 * @throws TypeError for a missing pattern or replacement, or an unknown field.
 */
function ruleFromFields(fields: Record<string, unknown>, where: string, line: number | undefined): ReplaceRule {
  let pattern: unknown;
  let replacement: unknown;
  const rule: Partial<ReplaceRule> = {};
  for (const [name, value] of Object.entries(fields)) {
    const key = name.trim().toLowerCase();
    if (patternNames.has(key)) pattern = value;
    else if (replacementNames.has(key)) replacement = value;
    else if (caseNames.has(key)) {
      const flag = readBoolean(value, where, 'caseSensitive');
      if (flag !== undefined) rule.caseSensitive = flag;
    } else if (wordNames.has(key)) {
      const flag = readBoolean(value, where, 'wholeWord');
      if (flag !== undefined) rule.wholeWord = flag;
    } else if (regexNames.has(key)) {
      const flag = readBoolean(value, where, 'regex');
      if (flag !== undefined) rule.regex = flag;
    } else if (key !== 'line' && key !== 'note' && key !== 'comment' && key !== 'id') {
      throw new TypeError(`Unknown field \`${name}\` at ${where}`);
    }
  }
  if (typeof pattern !== 'string' && typeof pattern !== 'number') throw new TypeError(`Missing \`pattern\` at ${where}`);
  if (String(pattern) === '') throw new TypeError(`Cannot use an empty \`pattern\` at ${where}`);
  if (replacement === undefined || replacement === null || typeof replacement === 'object') throw new TypeError(`Missing \`replacement\` at ${where}`);
  const result: ReplaceRule = { pattern: String(pattern), replacement: String(replacement as string | number | boolean), ...rule };
  if (line !== undefined) result.line = line;
  return result;
}

/**
 * Splits CSV (or TSV) text into rows of cells, with quoted cells (`"a, b"`, `""` for a quote).
 * @param text the file text.
 * @param delimiter `,` or a tab.
 * @returns rows with the 1-based line each starts on.
 */
function splitCsv(text: string, delimiter: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let cellStarted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index++;
      } else if (character === '"') quoted = false;
      else {
        if (character === '\n') line++;
        cell += character;
      }
      continue;
    }
    if (character === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (character === delimiter) {
      cells.push(cell);
      cell = '';
      cellStarted = false;
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text.charAt(index + 1) === '\n') index++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      cellStarted = false;
      line++;
      rowLine = line;
    } else {
      cell += character;
      cellStarted = true;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows.filter((row) => !(row.cells.length === 1 && row.cells[0]?.trim() === '') && !row.cells[0]?.startsWith('#'));
}

/**
 * Reads CSV or TSV rules: a header row naming the columns (`pattern,replacement,wholeWord`),
 * or no header and the columns pattern, replacement, caseSensitive, wholeWord, regex.
 * @param text the file text.
 * @param path the file path, for messages.
 * @param delimiter `,` or a tab.
 * @returns the rules.
 */
function parseCsv(text: string, path: string, delimiter: string): ReplaceRule[] {
  const rows = splitCsv(text, delimiter);
  const first = rows[0];
  if (!first) return [];
  const headerCells = first.cells.map((cell) => cell.trim().toLowerCase());
  const hasHeader = headerCells.some((cell) => patternNames.has(cell)) && headerCells.some((cell) => replacementNames.has(cell));
  const names = hasHeader ? first.cells.map((cell) => cell.trim()) : ['pattern', 'replacement', 'caseSensitive', 'wholeWord', 'regex'];
  return rows.slice(hasHeader ? 1 : 0).map((row) => {
    const where = `${path}:${row.line}`;
    if (row.cells.length > names.length) throw new TypeError(`Cannot read ${row.cells.length} cells at ${where}: expected at most ${names.length}`);
    const fields: Record<string, unknown> = {};
    row.cells.forEach((cell, index) => {
      fields[names[index] ?? `column${index + 1}`] = cell;
    });
    return ruleFromFields(fields, where, row.line);
  });
}

/**
 * Reads JSON or YAML rules: a list of rule objects, an object with a `rules` list, or a map
 * from pattern to replacement. JSON is read as YAML (a subset), which gives line numbers.
 * @param text the file text.
 * @param path the file path, for messages.
 * @returns the rules.
 */
function parseStructured(text: string, path: string): ReplaceRule[] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new TypeError(`Cannot parse \`${path}\`: ${error?.message.split('\n')[0] ?? 'invalid syntax'}`);
  }
  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? counter.linePos(node.range[0]).line : undefined);
  let root = document.contents as Node | null;
  if (isMap(root)) {
    const rulesNode = root.get('rules', true) as Node | undefined;
    if (rulesNode !== undefined) root = rulesNode;
  }
  if (isSeq(root)) {
    return root.items.map((item, index) => {
      const node = item as Node;
      const line = lineOf(node);
      const where = `${path}:${line ?? index + 1}`;
      if (!isMap(node)) throw new TypeError(`Expected a rule object with \`pattern\` and \`replacement\` at ${where}`);
      return ruleFromFields(node.toJSON() as Record<string, unknown>, where, line);
    });
  }
  if (isMap(root)) {
    // `{ "women": "Women's rights" }`: pattern → replacement.
    return root.items.map((pair) => {
      const key = pair.key as Node;
      const line = lineOf(key);
      const where = `${path}:${line ?? '?'}`;
      const value = pair.value;
      if (!isScalar(key) || !isScalar(value)) throw new TypeError(`Expected \`pattern: replacement\` at ${where}`);
      return ruleFromFields({ pattern: key.value, replacement: value.value }, where, line);
    });
  }
  throw new TypeError(`Expected \`${path}\` to hold a list of rules, a \`rules\` list or a map of pattern to replacement`);
}

/**
 * Parses a rule file by its extension: `.csv`, `.tsv`, `.json`, `.yaml`/`.yml`; any other
 * file is read as JSON or YAML when it parses as a list or map, else as CSV.
 * @param text the file's text.
 * @param path its path (for the format and for messages).
 * @returns the rules in file order, each with its line.
 * @throws TypeError naming the file and line of a malformed rule.
 */
export function parseRuleFile(text: string, path: string): ReplaceRule[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string');
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return parseCsv(source, path, ',');
  if (lower.endsWith('.tsv')) return parseCsv(source, path, '\t');
  if (lower.endsWith('.json') || lower.endsWith('.yaml') || lower.endsWith('.yml')) return parseStructured(source, path);
  const trimmed = source.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{') || trimmed.startsWith('-') || /^[^,\t\n]+:\s/u.test(trimmed)) return parseStructured(source, path);
  return parseCsv(source, path, source.includes('\t') && !source.includes(',') ? '\t' : ',');
}
