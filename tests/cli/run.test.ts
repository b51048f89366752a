/**
 * The CLI in process, with injected streams (STYLE.md: "CLI tests inject streams"), and the
 * pure helpers of the options and config modules.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { describeSchemaError } from '../../src/cli/config.js';
import { parseCount, parseSize } from '../../src/cli/options.js';
import { UsageError } from '../../src/cli/program.js';
import { decideColor, runCli, type CliIo } from '../../src/cli/run.js';
import { damagedSentence, fixedSentence } from './helpers.js';

/** A stream that remembers what was written. */
class Sink {
  /** Everything written. */
  text = '';
  /** Whether it claims to be a terminal. */
  isTTY: boolean;

  /**
   * Creates a sink.
   * @param isTTY whether it claims to be a terminal.
   */
  constructor(isTTY = false) {
    this.isTTY = isTTY;
  }

  /**
   * Records text.
   * @param text the text.
   * @returns true, as a stream does.
   */
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

/**
 * Runs the CLI in process.
 * @param argv the arguments.
 * @param input standard input.
 * @param terminal whether standard error is a terminal.
 * @returns the exit code and what was written.
 */
async function run(argv: string[], input = '', terminal = false): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Sink();
  const stderr = new Sink(terminal);
  const io: CliIo = { stdin: () => Readable.from([Buffer.from(input)]), stdout, stderr, cwd: process.cwd(), env: {} };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('runCli', () => {
  it('fixes standard input and prints the fixed text', async () => {
    const { code, stdout } = await run(['fix', '--write', '--format', 'json', '-'], damagedSentence);
    expect(stdout).toBe(fixedSentence);
    expect(code === 0 || code === 1).toBe(true);
  });

  it('prints the JSON report of standard input', async () => {
    const { stdout } = await run(['check', '--stdin', '-f', 'json'], 'See the the report.\n');
    expect(JSON.parse(stdout).files[0].messages[0].ruleId).toBe('no-doubled-words');
  });

  it('exits 2 with a hint on a usage error', async () => {
    expect(await run(['check', '--rule'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "copyguard: option '--rule <ids>' argument missing\nRun 'copyguard --help' for usage.\n",
    });
  });

  it('prints help on standard error and exits 2 without a command', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: copyguard');
  });

  it('passes a literal -- path after the separator', async () => {
    const { code, stdout } = await run(['check', '-f', 'json', '--', '--no-rule']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].error.code).toBe('ENOENT');
  });

  it('exits 2 with a clear message when something unexpected fails', async () => {
    const stderr = new Sink();
    const io: CliIo = {
      stdin: () => {
        throw new Error('standard input exploded');
      },
      stdout: new Sink(),
      stderr,
      cwd: process.cwd(),
      env: {},
    };
    expect(await runCli(['check', '-'], io)).toBe(2);
    expect(stderr.text).toMatch(/^copyguard crashed; please report this with the command you ran\.\nError: standard input exploded\n/u);
  });

  it('shows a progress line on a terminal for several files, and clears it', async () => {
    const { stderr } = await run(['check', '-f', 'json', 'fixtures/cli/clean-release.md', 'fixtures/cli/damaged-release.md'], '', true);
    expect(stderr).toMatch(/copyguard check 2\/2 files · [\d.]+ files\/s · [\d.]+ MB\/s · ETA \d+s · fixtures\/cli\/damaged-release\.md/u);
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
    const quiet = await run(['check', '--no-progress', 'fixtures/cli/clean-release.md', 'fixtures/cli/damaged-release.md'], '', true);
    expect(quiet.stderr).toBe('');
  });

  it('never shows progress for a single input', async () => {
    const { stderr } = await run(['check', '-'], 'Fine.\n', true);
    expect(stderr).toBe('');
  });
});

describe('decideColor', () => {
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [undefined, { NO_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { TERM: 'dumb' }, true, false],
    [true, { NO_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '1' }, true, false],
  ])('flag %s with %j on a terminal %s gives %s', (flag, env, terminal, expected) => {
    expect(decideColor(flag, env, terminal)).toBe(expected);
  });
});

describe('option values', () => {
  it.each([
    ['1024', 1024],
    ['1k', 1024],
    ['10M', 10 * 1024 * 1024],
    ['10MiB', 10 * 1024 * 1024],
    ['1.5 kb', 1536],
    ['2G', 2 * 1024 ** 3],
  ])('reads the size %s', (value, bytes) => {
    expect(parseSize(value, '--max-file-size')).toBe(bytes);
  });

  it.each(['', 'ten', '-1', '5 parsecs'])('rejects the size %j', (value) => {
    expect(() => parseSize(value, '--max-file-size')).toThrow(UsageError);
  });

  it('reads counts and rejects the rest', () => {
    expect(parseCount('0', '--max-warnings')).toBe(0);
    expect(() => parseCount('1.5', '--max-warnings')).toThrow('Expected a whole number of 0 or more for `--max-warnings`, got `1.5`');
  });
});

describe('describeSchemaError', () => {
  it('describes an empty error list and a generic error', () => {
    expect(describeSchemaError([])).toEqual({ key: '', problem: 'expected an object of settings' });
    expect(
      describeSchemaError([{ instancePath: '/ignore/0', keyword: 'minLength', params: {}, schemaPath: '', message: 'must not be empty' }]),
    ).toEqual({ key: 'ignore[0]', problem: 'must not be empty' });
  });
});
