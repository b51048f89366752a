/**
 * Build step run after `tsc` (`node dist/build-assets.js`): writes the assets the package ships
 * besides compiled code, namely `dist/report.schema.json`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportSchema } from './report/schema.js';

/**
 * Write the JSON Schema of the report next to this compiled script.
 *
 * @param directoryUrl URL of the directory to write into (the `dist/` folder holding this script).
 * @returns The path of the written file.
 */
function writeReportSchema(directoryUrl: URL): string {
  const path = fileURLToPath(new URL('report.schema.json', directoryUrl));
  writeFileSync(path, `${JSON.stringify(reportSchema, null, 2)}\n`);
  return path;
}

writeReportSchema(new URL('./', import.meta.url));
