/**
 * The pre-commit hook for real: a temporary Git repository whose `.pre-commit-config.yaml`
 * runs this checkout's built binary as a local hook, with the file types of
 * `.pre-commit-hooks.yaml`. A commit of a damaged Markdown file is rejected with the finding
 * shown; a clean one is accepted. Skipped when `pre-commit` is not installed (CI installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { binary, damagedSentence, readFixture, spawnTestTimeout, useTemporaryFolders, writeFiles } from './helpers.js';

vi.setConfig({ testTimeout: spawnTestTimeout });

/** The hook manifest of this repository. */
const manifestPath = fileURLToPath(new URL('../../.pre-commit-hooks.yaml', import.meta.url));

/** Whether `pre-commit` is on the PATH. */
const hasPreCommit = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;

if (!hasPreCommit) {
  // Say why the tests below do not run, once, where a developer will see it.
  console.warn('tests/cli/pre-commit.test.ts: skipped, `pre-commit` is not on the PATH (CI installs it with .ci/run)');
}

let folder: string;

/**
 * Runs a command in the test repository.
 * @param command the program.
 * @param args its arguments.
 * @returns its status and combined output.
 */
function runInRepository(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: folder,
    encoding: 'utf8',
    env: {
      ...process.env,
      PRE_COMMIT_HOME: join(folder, '.pre-commit-home'),
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

useTemporaryFolders((path) => {
  folder = path;
});

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  it('has a valid manifest', () => {
    expect(spawnSync('pre-commit', ['validate-manifest', manifestPath], { encoding: 'utf8' }).status).toBe(0);
  });

  it('rejects a commit with a damaged Markdown file and accepts a clean one', async () => {
    const [hook] = parse(await readFile(manifestPath, 'utf8')) as Array<{ types_or: string[]; entry: string }>;
    const hookEntry = hook?.entry.replace(/^copyguard /u, '') ?? 'check';
    const config = {
      repos: [
        {
          repo: 'local',
          hooks: [
            {
              id: 'copyguard',
              name: 'copyguard',
              language: 'system',
              entry: `${JSON.stringify(process.execPath)} ${JSON.stringify(binary)} ${hookEntry}`,
              types_or: hook?.types_or,
              require_serial: true,
            },
          ],
        },
      ],
    };
    await writeFiles(folder, { '.pre-commit-config.yaml': JSON.stringify(config, null, 2) });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: folder });
    expect(runInRepository('pre-commit', ['install']).status).toBe(0);
    runInRepository('git', ['add', '.pre-commit-config.yaml']);

    await writeFiles(folder, { 'news/release.md': damagedSentence, 'build.json': '{"note": "the the"}\n' });
    runInRepository('git', ['add', 'news/release.md', 'build.json']);
    const rejected = runInRepository('git', ['commit', '-m', 'Add a damaged release']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.output).toContain('news/release.md');
    expect(rejected.output).toContain("Unexpected replacement cascade `Women's rights's …`, expected `women`");
    expect(rejected.output).not.toContain('build.json');
    expect(runInRepository('git', ['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);

    await writeFiles(folder, { 'news/release.md': await readFixture('clean-release.md') });
    runInRepository('git', ['add', 'news/release.md']);
    const accepted = runInRepository('git', ['commit', '-m', 'Add a clean release']);
    expect(accepted.output).toContain('copyguard');
    expect(accepted.status).toBe(0);
    expect(runInRepository('git', ['log', '--format=%s']).output.trim()).toBe('Add a clean release');
  });
});
