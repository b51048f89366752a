/**
 * The `sarif` formatter: SARIF 2.1.0, for code scanning services and SARIF viewers.
 *
 * Regions use SARIF's default `utf16CodeUnits` columns, which are copyguard's columns, and
 * artifact URIs are relative to `%SRCROOT%`, the working directory.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Message, Severity } from '../../core/types.js';
import type { FormatContext } from './types.js';

/** Where to read about copyguard; also the base of a rule's help link when its message has no `url`. */
export const informationUri = 'https://www.npmjs.com/package/copyguard';

/** The key of copyguard's fingerprint in `partialFingerprints`; bump the version when fingerprints change. */
export const fingerprintKey = 'copyguardFingerprint/v1';

/** The SARIF level of each severity. */
const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The base id of the working directory in artifact locations. */
const sourceRootId = '%SRCROOT%';

/** A SARIF artifact location: a URI, relative to `%SRCROOT%` unless absolute. */
interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index: number;
}

/** A SARIF reporting descriptor (a rule). */
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
}

/**
 * Turn a result path into a URI reference for `artifactLocation.uri`.
 *
 * @param path The path as given or found (relative to the working directory, or absolute).
 * @returns For a relative path, its `/`-separated segments, each percent-encoded (`news/my%20file.md`);
 *   for an absolute path, a `file:` URL.
 */
export function toArtifactUri(path: string): string {
  if (isAbsolute(path)) {
    return pathToFileURL(path).href;
  }
  return path
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '.' && segment !== '')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * Build the artifact location of a file.
 *
 * @param path The path of the file.
 * @param index Its index in `run.artifacts`.
 * @returns The location, based on `%SRCROOT%` when the path is relative.
 */
function toArtifactLocation(path: string, index: number): ArtifactLocation {
  const uri = toArtifactUri(path);
  return isAbsolute(path) ? { uri, index } : { uri, uriBaseId: sourceRootId, index };
}

/**
 * Make a short description from a rule id, for rules that have no description at hand.
 *
 * @param ruleId A kebab-case rule id such as `no-doubled-word`.
 * @returns A sentence such as `No doubled word.`.
 */
function describeRule(ruleId: string): string {
  const words = ruleId.replaceAll('-', ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/**
 * Make a PascalCase name from a rule id, as SARIF's `name` property expects.
 *
 * @param ruleId A kebab-case rule id such as `no-doubled-word`.
 * @returns A name such as `NoDoubledWord`.
 */
function nameRule(ruleId: string): string {
  return ruleId
    .split('-')
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join('');
}

/**
 * Collect the rules used by the findings, sorted by id.
 *
 * @param results The outcome of every file.
 * @returns One descriptor per rule id, with the help link of its first message that has a `url`.
 */
function collectRules(results: FileResult[]): Rule[] {
  const helpUris = new Map<string, string | undefined>();
  for (const result of results) {
    for (const message of result.messages) {
      if (helpUris.get(message.ruleId) === undefined) {
        helpUris.set(message.ruleId, message.url ?? undefined);
      }
    }
  }
  return [...helpUris.keys()].sort().map((ruleId) => ({
    id: ruleId,
    name: nameRule(ruleId),
    shortDescription: { text: describeRule(ruleId) },
    helpUri: helpUris.get(ruleId) ?? `${informationUri}#${ruleId}`,
  }));
}

/**
 * Build the SARIF result of a finding.
 *
 * @param message The finding.
 * @param location The artifact location of its file.
 * @param ruleIndex The index of its rule in `tool.driver.rules`.
 * @returns A result with level, message, region, fingerprint, the fix when there is one, and copyguard's extra fields as properties.
 */
function toSarifResult(message: Message, location: ArtifactLocation, ruleIndex: number): Record<string, unknown> {
  const sarifResult: Record<string, unknown> = {
    ruleId: message.ruleId,
    ruleIndex,
    level: levels[message.severity],
    message: { text: message.reason },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: message.start.line,
            startColumn: message.start.column,
            endLine: message.end.line,
            endColumn: message.end.column,
            charOffset: message.start.offset,
            charLength: message.end.offset - message.start.offset,
            snippet: { text: message.actual },
          },
        },
      },
    ],
    partialFingerprints: { [fingerprintKey]: message.fingerprint },
  };
  if (message.fix !== null) {
    const [start, end] = message.fix.range;
    sarifResult['fixes'] = [
      {
        description: { text: `Replace \`${message.actual}\` with \`${message.fix.text}\`.` },
        artifactChanges: [
          {
            artifactLocation: location,
            replacements: [
              {
                deletedRegion: { charOffset: start, charLength: end - start },
                insertedContent: { text: message.fix.text },
              },
            ],
          },
        ],
      },
    ];
  }
  const properties: Record<string, unknown> = {
    confidence: message.confidence,
    explanation: message.explanation,
    expected: [...message.expected],
  };
  if (message.suggestions.length > 0) {
    properties['suggestions'] = message.suggestions.map((suggestion) => ({
      range: [suggestion.range[0], suggestion.range[1]],
      text: suggestion.text,
      confidence: suggestion.confidence,
    }));
  }
  if (message.applied !== undefined) {
    properties['applied'] = message.applied;
  }
  sarifResult['properties'] = properties;
  return sarifResult;
}

/**
 * Format the results as a SARIF 2.1.0 log with one run.
 *
 * @param results The outcome of every file that was read.
 * @param context The run: `toolVersion` names the driver's version, `cwd` is `%SRCROOT%`.
 * @returns The SARIF log as indented JSON and a newline. File errors become tool execution
 *   notifications, and `executionSuccessful` is `false` when there is one.
 */
export function formatSarif(results: FileResult[], context: FormatContext): string {
  const rules = collectRules(results);
  const ruleIndexes = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts: Array<{ location: ArtifactLocation; roles: string[] }> = [];
  const sarifResults: Array<Record<string, unknown>> = [];
  const notifications: Array<Record<string, unknown>> = [];
  for (const result of results) {
    const location = toArtifactLocation(result.path, artifacts.length);
    // Every file read is an analysis target, clean ones included, so the log records the whole run.
    artifacts.push({ location, roles: ['analysisTarget'] });
    for (const message of result.messages) {
      sarifResults.push(toSarifResult(message, location, ruleIndexes.get(message.ruleId) ?? -1));
    }
    if (result.error !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: result.error.message },
        descriptor: { id: result.error.code },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
    }
  }
  const invocation: Record<string, unknown> = { executionSuccessful: notifications.length === 0 };
  if (notifications.length > 0) {
    invocation['toolExecutionNotifications'] = notifications;
  }
  // `%SRCROOT%` must be an absolute URI ending in `/` for relative artifact URIs to resolve.
  const sourceRoot = pathToFileURL(context.cwd).href.replace(/\/?$/, '/');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copyguard',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri,
            rules,
          },
        },
        invocations: [invocation],
        originalUriBaseIds: { [sourceRootId]: { uri: sourceRoot } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
