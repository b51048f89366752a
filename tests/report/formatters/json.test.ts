import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/report/formatters/json.js';
import { reportSchema } from '../../../src/report/schema.js';
import { toReport } from '../../../src/report/to-report.js';
import { context, createResults } from '../fixtures.js';

describe('formatJson', () => {
  it('prints the report on one line followed by a newline', () => {
    const output = formatJson(createResults('check'), context);
    expect(output.endsWith('}\n')).toBe(true);
    expect(output.split('\n')).toHaveLength(2);
    expect(JSON.parse(output)).toEqual(toReport(createResults('check'), 'check'));
  });

  it('produces output that validates against the schema, for check and fix', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);
    for (const command of ['check', 'fix'] as const) {
      const output = formatJson(createResults(command), { ...context, command });
      expect(validate(JSON.parse(output)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('includes each file output only for fix', () => {
    const check = JSON.parse(formatJson(createResults('check'), context));
    const fix = JSON.parse(formatJson(createResults('fix'), { ...context, command: 'fix' }));
    expect(check.files[0].output).toBeUndefined();
    expect(fix.files[0].output).toBe("Today’s 🎉 news: women campaign.\nWe read the the report.\n");
    expect(fix.files[3]).toEqual({
      path: 'img/logo.md',
      messages: [],
      error: { code: 'EBINARY', message: 'img/logo.md: binary file (NUL byte at offset 12)' },
    });
  });

  it('prints an empty run as a report with no files', () => {
    expect(formatJson([], context)).toBe('{"version":1,"files":[]}\n');
  });
});
