import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintKey, formatSarif, toArtifactUri } from '../../../src/report/formatters/sarif.js';
import { context, createMessage, createResults } from '../fixtures.js';

/** The folder of the SARIF Multitool for Linux, with its binary and the SARIF 2.1.0 schema. */
const multitoolFolder = fileURLToPath(
  new URL('../../../node_modules/@microsoft/sarif-multitool-linux/', import.meta.url),
);
const multitool = join(multitoolFolder, 'Sarif.Multitool');
const sarifSchemaPath = join(multitoolFolder, 'sarif-2.1.0.json');

/** The Multitool is a Linux x64 binary; elsewhere only the schema checks run. */
const canRunMultitool = process.platform === 'linux' && process.arch === 'x64';

/** A finding of the validator: its level (absent means `warning`), rule id and text. */
interface ValidatorResult {
  level: string;
  ruleId: string;
  text: string;
}

let workspace = '';

/**
 * Make sure the Multitool can be executed; npm may not have run its `chmod u+x` postinstall.
 */
function ensureExecutable(): void {
  try {
    accessSync(multitool, constants.X_OK);
  } catch {
    chmodSync(multitool, statSync(multitool).mode | 0o100);
  }
}

/**
 * Validate a SARIF log with the Multitool against the SARIF 2.1.0 schema and its rules.
 *
 * @param name A file name for the log in the workspace.
 * @param log The SARIF text.
 * @returns Every finding of the validator.
 */
async function validateWithMultitool(name: string, log: string): Promise<ValidatorResult[]> {
  const input = join(workspace, name);
  const output = join(workspace, `${name}.validation.sarif`);
  await writeFile(input, log);
  execFileSync(
    multitool,
    ['validate', input, '--json-schema', sarifSchemaPath, '--output', output, '--log', 'ForceOverwrite', '--quiet'],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      timeout: 120_000,
    },
  );
  const validation = JSON.parse(await readFile(output, 'utf8'));
  const run = validation.runs[0];
  const notifications = [
    ...(run.invocations?.[0]?.toolExecutionNotifications ?? []),
    ...(run.invocations?.[0]?.toolConfigurationNotifications ?? []),
  ];
  expect(notifications, 'the validator reported a problem with itself').toEqual([]);
  return (run.results ?? []).map((result: any) => ({
    level: result.level ?? 'warning',
    ruleId: result.ruleId,
    text: JSON.stringify(result.message),
  }));
}

/**
 * Validate a SARIF log against the SARIF 2.1.0 JSON schema with ajv (formats are not checked).
 *
 * @param log The parsed SARIF log.
 * @returns The schema errors, empty when valid.
 */
async function validateWithSchema(log: unknown): Promise<unknown[]> {
  const schema = JSON.parse(await readFile(sarifSchemaPath, 'utf8'));
  const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
  return validate(log) ? [] : (validate.errors ?? []);
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'copyguard-sarif-'));
  if (canRunMultitool) {
    expect(existsSync(multitool), `${multitool} is missing; run npm ci`).toBe(true);
    ensureExecutable();
  }
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('formatSarif', () => {
  it('describes the tool and every rule used', () => {
    const log = JSON.parse(formatSarif(createResults('check'), context));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toEqual({
      name: 'copyguard',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://www.npmjs.com/package/copyguard',
      rules: [
        {
          id: 'no-doubled-word',
          name: 'NoDoubledWord',
          shortDescription: { text: 'No doubled word.' },
          helpUri: 'https://www.npmjs.com/package/copyguard#no-doubled-word',
        },
        {
          id: 'no-replacement-cascade',
          name: 'NoReplacementCascade',
          shortDescription: { text: 'No replacement cascade.' },
          helpUri: 'https://example.com/copyguard#no-replacement-cascade',
        },
      ],
    });
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
  });

  it('reports a finding with a fix: level, UTF-16 region, fingerprint and replacement', () => {
    const log = JSON.parse(formatSarif(createResults('check'), context));
    const [cascade] = log.runs[0].results;
    const location = { uri: 'news/today.md', uriBaseId: '%SRCROOT%', index: 0 };
    expect(cascade).toEqual({
      ruleId: 'no-replacement-cascade',
      ruleIndex: 1,
      level: 'error',
      message: { text: "Unexpected replacement cascade `Women's rights's …`, expected `women`" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: {
              startLine: 1,
              startColumn: 18,
              endLine: 1,
              endColumn: 49,
              charOffset: 17,
              charLength: 31,
              snippet: { text: "Women's rights's rightss rights" },
            },
          },
        },
      ],
      partialFingerprints: { [fingerprintKey]: "no-replacement-cascade:Women's rights's rightss rights" },
      fixes: [
        {
          description: { text: "Replace `Women's rights's rightss rights` with `women`." },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: [{ deletedRegion: { charOffset: 17, charLength: 31 }, insertedContent: { text: 'women' } }],
            },
          ],
        },
      ],
      properties: {
        confidence: 0.98,
        explanation: "3 units of the tail `rights` after the head `Women's`; unit 2 has a doubled `s`",
        expected: ['women'],
      },
    });
  });

  it('gives suggestion-only findings no fix and maps severities to levels', () => {
    const log = JSON.parse(formatSarif(createResults('fix'), { ...context, command: 'fix' }));
    const results = log.runs[0].results;
    expect(results.map((result: any) => result.level)).toEqual(['error', 'warning', 'error', 'note']);
    expect(results[1].fixes).toBeUndefined();
    expect(results[1].properties).toEqual({
      confidence: 0.4,
      explanation: 'the word `the` twice in a row',
      expected: ['the'],
      suggestions: [{ range: [70, 74], text: '', confidence: 0.4 }],
      applied: false,
    });
  });

  it('reports file errors as tool execution notifications', () => {
    const log = JSON.parse(formatSarif(createResults('check'), context));
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'img/logo.md: binary file (NUL byte at offset 12)' },
            descriptor: { id: 'EBINARY' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'img/logo.md', uriBaseId: '%SRCROOT%', index: 3 } } },
            ],
          },
        ],
      },
    ]);
    const clean = JSON.parse(formatSarif([{ path: 'a.md', source: 'Fine.\n', messages: [] }], context));
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expect(clean.runs[0].results).toEqual([]);
  });

  it('escapes artifact URIs and uses forward slashes', () => {
    expect(toArtifactUri('news/my file#1.md')).toBe('news/my%20file%231.md');
    expect(toArtifactUri('news\\café.md')).toBe('news/caf%C3%A9.md');
    expect(toArtifactUri('./a.md')).toBe('a.md');
    expect(toArtifactUri('/abs/a b.md')).toBe('file:///abs/a%20b.md');
    const log = JSON.parse(formatSarif([{ path: '/abs/a.md', source: '', messages: [] }], context));
    expect(log.runs[0].artifacts[0].location).toEqual({ uri: 'file:///abs/a.md', index: 0 });
  });

  it('matches the SARIF 2.1.0 schema', async () => {
    for (const command of ['check', 'fix'] as const) {
      const log = JSON.parse(formatSarif(createResults(command), { ...context, command }));
      expect(await validateWithSchema(log)).toEqual([]);
    }
  });

  it.runIf(canRunMultitool)('passes the SARIF Multitool validator without errors or warnings', { timeout: 120_000 }, async () => {
    const source = 'Über 😀 the the end.\n';
    const spaced = createMessage(source, {
      ruleId: 'no-doubled-word',
      reason: 'Unexpected doubled word `the`, remove one',
      start: 8,
      end: 15,
      severity: 'info',
      expected: ['the'],
      fix: { range: [8, 15], text: 'the' },
      confidence: 0.7,
      explanation: '',
    });
    const logs = {
      'check.sarif': formatSarif(createResults('check'), context),
      'fix.sarif': formatSarif(createResults('fix'), { ...context, command: 'fix' }),
      'spaced.sarif': formatSarif([{ path: 'my docs/über.md', source, messages: [spaced] }], context),
    };
    for (const [name, log] of Object.entries(logs)) {
      const findings = await validateWithMultitool(name, log);
      expect(findings, name).toEqual([]);
    }
  });

  it.runIf(canRunMultitool)('is checked by a validator that does report a broken log', { timeout: 120_000 }, async () => {
    const log = JSON.parse(formatSarif(createResults('check'), context));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    const findings = await validateWithMultitool('broken.sarif', JSON.stringify(log));
    expect(findings.filter((finding) => finding.level === 'error').map((finding) => finding.ruleId)).toContain(
      'JSON1008',
    );
  });
});
