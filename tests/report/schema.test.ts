import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/report/schema.js';
import { toReport } from '../../src/report/to-report.js';
import { createResults } from './fixtures.js';

/**
 * Compile the report schema in ajv's strict mode.
 *
 * @returns The validation function.
 */
function compileSchema() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(reportSchema);
}

describe('reportSchema', () => {
  it('compiles in strict mode', () => {
    expect(compileSchema).not.toThrow();
  });

  it('accepts the reports of check and fix', () => {
    const validate = compileSchema();
    for (const command of ['check', 'fix'] as const) {
      const valid = validate(toReport(createResults(command), command));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it.each([
    ['an unknown severity', (report: any) => (report.files[0].messages[0].severity = 'fatal')],
    ['a column of 0', (report: any) => (report.files[0].messages[0].start.column = 0)],
    ['a negative offset', (report: any) => (report.files[0].messages[0].end.offset = -1)],
    ['a confidence above 1', (report: any) => (report.files[0].messages[0].confidence = 1.5)],
    ['a range of three numbers', (report: any) => (report.files[0].messages[0].fix.range = [1, 2, 3])],
    ['a suggestion without confidence', (report: any) => delete report.files[0].messages[1].suggestions[0].confidence],
    ['a missing `fix`', (report: any) => delete report.files[0].messages[0].fix],
    ['`applied` as a string', (report: any) => (report.files[0].messages[0].applied = 'yes')],
    ['an unknown error code', (report: any) => (report.files[3].error.code = 'EWHATEVER')],
    ['`output` on a failed file', (report: any) => (report.files[3].output = '')],
    ['an unknown property', (report: any) => (report.files[0].messages[0].reason = 'x')],
    ['version 2', (report: any) => (report.version = 2)],
  ])('rejects %s', (_name, damage) => {
    const validate = compileSchema();
    const report = JSON.parse(JSON.stringify(toReport(createResults('fix'), 'fix')));
    damage(report);
    expect(validate(report)).toBe(false);
  });
});
