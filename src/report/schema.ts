/**
 * The JSON Schema (draft 2020-12) of the JSON report described in `../shared/CONTRACT.md`.
 *
 * It is written to `dist/report.schema.json` by `build-assets.ts` and exported by the package as
 * `copyguard/report.schema.json`. It is strict (no unknown properties) so that tests catch a
 * formatter that drifts from the contract; a new optional field in the contract means a new
 * property here.
 */

/** A point in the text as read: 1-based line and column, 0-based offset (UTF-16 code units). */
const pointSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['line', 'column', 'offset'],
  properties: {
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
  },
} as const;

/** Start and end offsets (end exclusive) in the text as read. */
const rangeSchema = {
  type: 'array',
  prefixItems: [
    { type: 'integer', minimum: 0 },
    { type: 'integer', minimum: 0 },
  ],
  items: false,
  minItems: 2,
} as const;

/** The confident edit that `fix` applies. */
const editSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['range', 'text'],
  properties: {
    range: { $ref: '#/$defs/range' },
    text: { type: 'string' },
  },
} as const;

/** An edit offered to the user but never applied by `fix`. */
const suggestionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['range', 'text', 'confidence'],
  properties: {
    range: { $ref: '#/$defs/range' },
    text: { type: 'string' },
    confidence: { $ref: '#/$defs/confidence' },
  },
} as const;

/** One finding. */
const messageSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'ruleId',
    'severity',
    'message',
    'start',
    'end',
    'actual',
    'expected',
    'fix',
    'suggestions',
    'confidence',
    'explanation',
  ],
  properties: {
    ruleId: { type: 'string', minLength: 1 },
    severity: { enum: ['error', 'warning', 'info'] },
    message: { type: 'string' },
    start: { $ref: '#/$defs/point' },
    end: { $ref: '#/$defs/point' },
    actual: { type: 'string' },
    expected: { type: 'array', items: { type: 'string' } },
    fix: { oneOf: [{ $ref: '#/$defs/edit' }, { type: 'null' }] },
    suggestions: { type: 'array', items: { $ref: '#/$defs/suggestion' } },
    confidence: { $ref: '#/$defs/confidence' },
    explanation: { type: 'string' },
    applied: { type: 'boolean' },
  },
} as const;

/** Why a file could not be processed. */
const fileErrorSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'message'],
  properties: {
    code: { enum: ['ENOENT', 'EACCES', 'EISDIR', 'EBINARY', 'EENCODING', 'ETOOLARGE', 'EPARSE'] },
    message: { type: 'string' },
  },
} as const;

/** One file of the run; a file that failed has `error` and never `output`. */
const fileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'messages'],
  properties: {
    path: { type: 'string', minLength: 1 },
    messages: { type: 'array', items: { $ref: '#/$defs/message' } },
    output: { type: 'string' },
    error: { $ref: '#/$defs/fileError' },
  },
  dependentSchemas: {
    error: { properties: { output: false } },
  },
} as const;

/** The JSON Schema of the JSON report (`--format json`), draft 2020-12. */
export const reportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'copyguard report',
  description: 'The JSON report of `copyguard check` and `copyguard fix` (`--format json`), version 1.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'files'],
  properties: {
    version: { const: 1 },
    files: { type: 'array', items: { $ref: '#/$defs/file' } },
  },
  $defs: {
    point: pointSchema,
    range: rangeSchema,
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    edit: editSchema,
    suggestion: suggestionSchema,
    message: messageSchema,
    fileError: fileErrorSchema,
    file: fileSchema,
  },
} as const;
