/**
 * Helpers of the CLI tests: run the built binary (`dist/cli/main.js`) in a real temporary
 * folder, as users and hooks do, and collect its exit code and output.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';

/**
 * Time allowed for a test that starts the binary several times: each start costs a Node.js
 * boot, and a loaded CI machine can take seconds for it.
 */
export const spawnTestTimeout = 60_000;

/** The built executable. */
export const binary = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** The folder of the CLI fixtures. */
export const fixturesFolder = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));

/** The damaged sample of the issue: one cascade. */
export const damagedSentence = "The charity said Women's rights's rightss rights's rights's rights's rights and girls need support.\n";

/** The damaged sample, fixed. */
export const fixedSentence = 'The charity said women and girls need support.\n';

/** A doubled word (a warning). */
export const doubledSentence = 'See the the report.\n';

/** What a run gave. */
export interface RunOutcome {
  /** Exit code. */
  code: number | null;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/** Options of a run. */
export interface RunOptions {
  /** Working directory. */
  cwd: string;
  /** Standard input (closed empty when absent). */
  input?: string | Uint8Array;
  /** Extra environment variables (colour variables are cleared first). */
  env?: Record<string, string>;
  /** Run as this command prefix, e.g. `setpriv --reuid=65534 …`. */
  prefix?: string[];
}

/**
 * Throws a clear error when the binary has not been built.
 */
export function assertBuilt(): void {
  if (!existsSync(binary)) throw new Error(`Missing ${binary}: run \`npm run build\` before the CLI tests`);
}

/**
 * Runs `node dist/cli/main.js ARGS` and waits for it to end.
 * @param args the arguments.
 * @param options working directory, standard input, environment and command prefix.
 * @returns the exit code and both outputs.
 */
export function runCopyguard(args: readonly string[], options: RunOptions): Promise<RunOutcome> {
  assertBuilt();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['FORCE_COLOR', 'NO_COLOR', 'COLOR', 'CI', 'GITHUB_ACTIONS'].includes(key)) env[key] = value;
  }
  Object.assign(env, options.env ?? {});
  const prefix = options.prefix ?? [];
  const command = prefix[0] ?? process.execPath;
  const commandArgs = prefix.length > 0 ? [...prefix.slice(1), process.execPath, binary, ...args] : [binary, ...args];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolvePromise({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Creates a temporary folder that others may enter (for runs as an unprivileged user).
 * @returns its absolute path.
 */
export async function createTemporaryFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'copyguard-cli-'));
  await chmod(folder, 0o755);
  return folder;
}

/**
 * Gives each test of the file its own temporary folder, removed after the test.
 * @param receive called before each test with the new folder's path.
 */
export function useTemporaryFolders(receive: (folder: string) => void): void {
  let current: string | undefined;
  beforeEach(async () => {
    current = await createTemporaryFolder();
    receive(current);
  });
  afterEach(async () => {
    if (current !== undefined) await removeFolder(current);
    current = undefined;
  });
}

/**
 * Removes a temporary folder.
 * @param folder the folder.
 */
export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/**
 * Writes files under a folder, creating subfolders.
 * @param folder the base folder.
 * @param files relative path → content.
 */
export async function writeFiles(folder: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const file = join(folder, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/**
 * Reads a file as text.
 * @param folder the base folder.
 * @param path the relative path.
 * @returns the content.
 */
export function readText(folder: string, path: string): Promise<string> {
  return readFile(join(folder, path), 'utf8');
}

/**
 * Reads a CLI fixture.
 * @param name its file name in `fixtures/cli/`.
 * @returns its content.
 */
export function readFixture(name: string): Promise<string> {
  return readFile(join(fixturesFolder, name), 'utf8');
}
