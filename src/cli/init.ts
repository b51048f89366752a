/**
 * `copyguard init`: writes a commented starter `copyguard.config.yaml` in the working
 * directory, and never overwrites one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rules } from '../core/registry.js';
import { starterConfig, usageTexts } from './messages.js';
import { exitCodes } from './options.js';

/** The file `init` writes. */
export const starterConfigName = 'copyguard.config.yaml';

/**
 * Writes the starter config.
 * @param cwd the working directory.
 * @param output where to say what happened.
 * @param output.stdout standard output.
 * @param output.stderr standard error.
 * @returns the exit code: 0 when written, 2 when the file exists or cannot be written.
 */
export async function runInit(
  cwd: string,
  output: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } },
): Promise<number> {
  const file = join(cwd, starterConfigName);
  const text = starterConfig(rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, severity: rule.meta.optIn === true ? 'off' : rule.meta.defaultSeverity })));
  try {
    // `wx` fails when the file exists, with no window between a check and the write.
    await writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const message = exists ? usageTexts.initExists(starterConfigName) : usageTexts.cannotWriteFile(starterConfigName, error instanceof Error ? error.message : String(error));
    output.stderr.write(`${usageTexts.prefix}${message}\n`);
    return exitCodes.usage;
  }
  output.stdout.write(usageTexts.initWritten(starterConfigName));
  return exitCodes.clean;
}
