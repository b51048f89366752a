/**
 * The progress display: when it shows, how often, and what it says.
 */
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/cli/messages.js';
import { createProgress, decideProgressMode } from '../../src/cli/progress.js';

/** A stream that remembers what was written. */
class Sink {
  /** Everything written. */
  text = '';
  /** Whether it claims to be a terminal. */
  isTTY: boolean;
  /** Its width. */
  columns = 200;

  /**
   * Creates a sink.
   * @param isTTY whether it claims to be a terminal.
   */
  constructor(isTTY: boolean) {
    this.isTTY = isTTY;
  }

  /**
   * Records text.
   * @param text the text.
   */
  write(text: string): void {
    this.text += text;
  }
}

describe('decideProgressMode', () => {
  it.each([
    [undefined, false, true, 'terminal'],
    [undefined, false, false, 'off'],
    [true, false, false, 'lines'],
    [true, false, true, 'terminal'],
    [false, false, true, 'off'],
    [true, true, true, 'off'],
    [undefined, true, true, 'off'],
  ] as const)('flag %s, quiet %s, terminal %s gives %s', (flag, quiet, terminal, mode) => {
    expect(decideProgressMode(flag, quiet, terminal)).toBe(mode);
  });
});

describe('createProgress', () => {
  it('redraws one line on a terminal at most every 100 ms, always for the last file, and clears it', () => {
    const sink = new Sink(true);
    let now = 0;
    const progress = createProgress(sink, 'terminal', { now: () => now });
    progress.start('check', 3, 3_000_000);
    now = 50;
    progress.step(1_000_000, 'a.md');
    expect(sink.text).toBe('');
    now = 1000;
    progress.step(1_000_000, 'b.md');
    expect(sink.text).toBe('\r\u001b[Kcopyguard check 2/3 files · 2.0 files/s · 2.0 MB/s · ETA 1s · b.md');
    now = 1010;
    progress.step(1_000_000, 'c.md');
    expect(sink.text.endsWith('copyguard check 3/3 files · 3.0 files/s · 3.0 MB/s · ETA 0s · c.md')).toBe(true);
    progress.done();
    expect(sink.text.endsWith('\r\u001b[K')).toBe(true);
  });

  it('cuts the line to the terminal width', () => {
    const sink = new Sink(true);
    sink.columns = 30;
    const progress = createProgress(sink, 'terminal', { now: () => 1000 });
    progress.start('fix', 1, undefined);
    progress.step(10, 'a-very-long-path/with/many/parts.md');
    expect(sink.text).toBe(`\r\u001b[K${'copyguard fix 1/1 files · 1000'.slice(0, 28)}…`);
  });

  it('writes a plain line every 2 s and for the last file when not on a terminal', () => {
    const sink = new Sink(false);
    let now = 0;
    const progress = createProgress(sink, 'lines', { now: () => now });
    progress.start('forms', 4, undefined);
    for (const time of [500, 2100, 2500, 2600]) {
      now = time;
      progress.step(100, `${time}.md`);
    }
    progress.done();
    expect(sink.text.split('\n').filter(Boolean)).toEqual([
      'copyguard forms 2/4 files · 1.0 files/s · 0.0 MB/s · ETA 2s · 2100.md',
      'copyguard forms 4/4 files · 1.5 files/s · 0.0 MB/s · ETA 0s · 2600.md',
    ]);
  });

  it('stays silent when off', () => {
    const sink = new Sink(true);
    const progress = createProgress(sink, 'off');
    progress.start('check', 1, 1);
    progress.step(1, 'a.md');
    progress.done();
    expect(sink.text).toBe('');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [59.4, '59s'],
    [61, '1m01s'],
    [3725, '1h02m'],
  ])('formats %s s as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
