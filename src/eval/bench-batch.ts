/**
 * The batch bench: builds a damaged archive of many files in a temporary folder (each document
 * of the clean corpus a file, damaged by `makeDamagedCorpus` with seed 1, 2, … until the size is
 * reached), then times `copyguard check --format json` and `copyguard survey --json` over it
 * with `--jobs 1` and `--jobs 2`, and (for `check`) a cached run over the unchanged files, and
 * prints MB/s, the 2-worker speed-up, the cache speed-up and the peak RSS of the whole process
 * tree against the targets. Figures are medians of `--runs` runs; the load average and the CPU
 * time of the main thread are printed because the machine may be shared. Three ceilings are
 * printed beside the speed-up: spinning threads, two threads checking texts in memory, and two
 * independent `--jobs 1` processes over the two halves of the archive (what the machine allows
 * the command without any of copyguard's own coordination).
 *
 * Usage: node dist/eval/bench-batch.js [--size-mb N] [--runs N] [--shared DIR] [--keep]
 *   [--archive DIR] [--commands check,survey]
 * `--archive DIR` reuses the archive a `--keep` run left (`DIR/archive`) instead of building one.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeDamagedCorpus } from './corrupt.js';
import { loadCleanCorpus, locateShared } from './evaluate.js';

/** MB as used in every figure: 10^6 bytes. */
const megabyte = 1_000_000;

/** The built command line. */
const binary = fileURLToPath(new URL('../cli/main.js', import.meta.url));

/** Targets of the issue. */
const targets = { speedUp: 1.7, peakRssMegabytes: 300, cacheSpeedUp: 5 };

/** Options of the bench. */
interface BenchOptions {
  /** Archive size in MB. */
  sizeMegabytes: number;
  /** Timed runs of each configuration (the median is reported). */
  runs: number;
  /** The shared folder, when not found by default. */
  shared: string | undefined;
  /** Keep the archive (prints its folder). */
  keep: boolean;
  /** An archive folder to reuse, if any. */
  archive: string | undefined;
  /** The commands to time. */
  commands: Array<'check' | 'survey'>;
}

/** One timed run of the command line. */
interface RunMeasure {
  /** Wall time, seconds. */
  seconds: number;
  /** Peak resident set size of the process and its descendants, MB. */
  peakRssMegabytes: number;
  /** Exit code. */
  code: number | null;
  /** Standard error (statistics with `--verbose`). */
  stderr: string;
  /** CPU seconds (user + system) of the run, when `/usr/bin/time` is there. */
  cpuSeconds: number | undefined;
  /** CPU seconds of the copyguard process's main thread (polled from `/proc`; 0 without it). */
  mainThreadSeconds: number;
}

/** GNU time, to read a child's CPU time and peak RSS. */
const timeCommand = '/usr/bin/time';

/**
 * Reads the flags.
 * @param argv the arguments.
 * @returns the options.
 * @throws Error on an unknown flag.
 */
function parseArguments(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizeMegabytes: 200, runs: 3, shared: undefined, keep: false, archive: undefined, commands: ['check', 'survey'] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--size-mb') options.sizeMegabytes = Number(argv[++index]);
    else if (argument === '--runs') options.runs = Number(argv[++index]);
    else if (argument === '--shared') options.shared = argv[++index];
    else if (argument === '--keep') options.keep = true;
    else if (argument === '--archive') options.archive = argv[++index];
    else if (argument === '--commands') options.commands = String(argv[++index]).split(',') as BenchOptions['commands'];
    else throw new Error(`Unknown argument ${String(argument)}; usage: node dist/eval/bench-batch.js [--size-mb N] [--runs N] [--shared DIR] [--keep] [--archive DIR] [--commands check,survey]`);
  }
  if (!(options.sizeMegabytes > 0) || !Number.isInteger(options.runs) || options.runs < 1) throw new Error('Expected a positive --size-mb and --runs');
  if (options.commands.some((command) => command !== 'check' && command !== 'survey')) throw new Error('Expected --commands check, survey or check,survey');
  return options;
}

/**
 * Writes the archive: folder `seed-N/` per pass over the corpus, one `.txt` file per document.
 * @param folder the archive folder.
 * @param bytes the target size.
 * @param shared the shared folder.
 * @returns the files and bytes written.
 */
async function buildArchive(folder: string, bytes: number, shared: string | undefined): Promise<{ files: number; bytes: number }> {
  const paths = locateShared(shared);
  if (!paths) throw new Error('Cannot find the shared corpus; pass --shared DIR');
  const corpus = loadCleanCorpus(paths.clean).map((document) => ({ id: document.id, text: document.text }));
  let written = 0;
  let files = 0;
  for (let seed = 1; written < bytes; seed++) {
    const subfolder = join(folder, `seed-${String(seed).padStart(3, '0')}`);
    await mkdir(subfolder, { recursive: true });
    for (const [index, document] of makeDamagedCorpus(corpus, { seed }).entries()) {
      if (written >= bytes) break;
      const content = Buffer.from(document.damaged, 'utf8');
      await writeFile(join(subfolder, `${String(index).padStart(5, '0')}.txt`), content);
      written += content.length;
      files += 1;
    }
  }
  return { files, bytes: written };
}

/**
 * The peak RSS (`VmHWM`) of a process and every descendant, from `/proc`.
 * @param pid the root process.
 * @returns kilobytes (0 when `/proc` is not there).
 */
function treePeakKilobytes(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children !== '') stack.push(...children.split(/\s+/u).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/**
 * The CPU time of the main thread of the node process in a tree (the tree's root, or the child
 * of `/usr/bin/time`), from `/proc`.
 * @param pid the root process.
 * @returns seconds, or undefined when it cannot be read.
 */
function mainThreadSeconds(pid: number): number | undefined {
  try {
    let node = pid;
    if (!readFileSync(`/proc/${pid}/stat`, 'utf8').includes('(node)')) node = Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/u)[0]);
    // The main thread's own line: its task id is the process id.
    const stat = readFileSync(`/proc/${node}/task/${node}/stat`, 'utf8');
    // Fields after the command name: state is 3rd, utime the 14th and stime the 15th of the line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Runs the command line once, polling the peak RSS of its process tree.
 * @param args the arguments after `main.js`.
 * @param cwd the working directory.
 * @returns the measure.
 */
function runOnce(args: readonly string[], cwd: string): Promise<RunMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timeFile = join(cwd, 'time.txt');
    const timed = existsSync(timeCommand);
    const child = timed
      ? spawn(timeCommand, ['-o', timeFile, '-f', '%U %S %M', process.execPath, binary, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn(process.execPath, [binary, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let mainThread = 0;
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, treePeakKilobytes(child.pid));
      mainThread = mainThreadSeconds(child.pid) ?? mainThread;
    }, 50);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      let cpuSeconds: number | undefined;
      if (timed) {
        // `%U %S %M`: user and system seconds, and the peak RSS in KB of the whole process.
        const [user, system, kilobytes] = readFileSync(timeFile, 'utf8').trim().split(/\s+/u).slice(-3).map(Number);
        cpuSeconds = (user ?? 0) + (system ?? 0);
        peak = Math.max(peak, kilobytes ?? 0);
      }
      const text = Buffer.concat(stderr).toString('utf8');
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMegabytes: (peak * 1024) / megabyte, code, stderr: text, cpuSeconds, mainThreadSeconds: mainThread });
    });
  });
}

/**
 * How much two threads get done at once on this machine right now, compared with one: the
 * cores may be shared with other work, which caps any speed-up. Two worker threads spin a
 * fixed loop at the same time; one spins it alone.
 * @returns the ratio (2 on two idle cores, 1 when only one core's worth is free).
 */
async function measureCapacity(): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) % 1000003; parentPort.postMessage(x); });`;
  const loops = 200_000_000;
  const workers = [new Worker(code, { eval: true }), new Worker(code, { eval: true })];
  /**
   * Runs the loop on some workers at once.
   * @param count how many workers.
   * @returns the wall time, ms.
   */
  const spin = async (count: number): Promise<number> => {
    const started = performance.now();
    await Promise.all(workers.slice(0, count).map((worker) => new Promise((resolve) => {
      worker.once('message', resolve);
      worker.postMessage(loops);
    })));
    return performance.now() - started;
  };
  try {
    await spin(2);
    const one = await spin(1);
    const two = await spin(2);
    return (2 * one) / two;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * How much two threads get done at once when each checks texts in memory with copyguard's
 * engine, compared with one: besides free cores, the engine's work shares the caches and the
 * memory bus, which caps a batch run's speed-up below what spinning threads show.
 * @param folder the archive folder (its first files are read).
 * @returns the ratio.
 */
async function measureEngineCapacity(folder: string): Promise<number> {
  const engine = new URL('../index.js', import.meta.url).href;
  const code = `const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
import(workerData.engine).then(({ check }) => {
  const texts = workerData.files.map((file) => readFileSync(file, 'utf8'));
  for (const text of texts) check(text);
  parentPort.on('message', (rounds) => {
    for (let round = 0; round < rounds; round++) for (const text of texts) check(text);
    parentPort.postMessage(0);
  });
  parentPort.postMessage('ready');
});`;
  const files: string[] = [];
  for (const seed of readdirSync(folder).sort()) {
    for (const name of readdirSync(join(folder, seed)).sort()) {
      if (files.length < 600) files.push(join(folder, seed, name));
    }
    if (files.length >= 600) break;
  }
  const workers = [0, 1].map(() => new Worker(code, { eval: true, workerData: { engine, files } }));
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))));
  /**
   * Checks the texts on some workers at once.
   * @param count how many workers.
   * @returns the wall time, ms.
   */
  const run = async (count: number): Promise<number> => {
    const started = performance.now();
    await Promise.all(workers.slice(0, count).map((worker) => new Promise((resolve) => {
      worker.once('message', resolve);
      worker.postMessage(4);
    })));
    return performance.now() - started;
  };
  try {
    const one = median([await run(1), await run(1)]);
    const two = median([await run(2), await run(2)]);
    return (2 * one) / two;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * The median of numbers.
 * @param values the numbers.
 * @returns their median.
 */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Runs a configuration `runs` times.
 * @param label what is printed.
 * @param args the arguments.
 * @param cwd the archive folder.
 * @param runs how many runs.
 * @param bytes the archive size, for MB/s.
 * @returns the median wall and CPU seconds and the largest peak RSS.
 */
async function measure(
  label: string,
  args: readonly string[],
  cwd: string,
  runs: number,
  bytes: number,
): Promise<{ seconds: number; peak: number; cpu: number | undefined }> {
  const samples: RunMeasure[] = [];
  for (let run = 0; run < runs; run++) {
    const sample = await runOnce(args, cwd);
    if (sample.code !== 0 && sample.code !== 1) throw new Error(`${label} failed (exit ${String(sample.code)}):\n${sample.stderr}`);
    samples.push(sample);
    process.stdout.write(
      `  ${label} run ${run + 1}: ${sample.seconds.toFixed(2)} s, ${(bytes / megabyte / sample.seconds).toFixed(2)} MB/s, ` +
        `${sample.cpuSeconds === undefined ? '' : `CPU ${sample.cpuSeconds.toFixed(1)} s (main thread ${sample.mainThreadSeconds.toFixed(1)} s), `}peak RSS ${sample.peakRssMegabytes.toFixed(0)} MB, load ${loadavg()[0]?.toFixed(2)}\n`,
    );
    const statistics = sample.stderr.split('\n').find((line) => line.startsWith('copyguard: '));
    if (statistics) process.stdout.write(`    ${statistics}\n`);
  }
  const cpu = samples.every((sample) => sample.cpuSeconds !== undefined) ? median(samples.map((sample) => sample.cpuSeconds ?? 0)) : undefined;
  return { seconds: median(samples.map((sample) => sample.seconds)), peak: Math.max(...samples.map((sample) => sample.peakRssMegabytes)), cpu };
}

/**
 * What the machine allows this command on this archive without our threads: two `--jobs 1`
 * processes run at once, one over the files whose name ends in an even digit, one over the
 * rest, against one process over all of them. A single process also uses the engine's helper
 * threads (garbage collection, compilation), which two processes then compete for.
 * @param base the command's arguments, ending with the archive folder.
 * @param folder the folder holding `archive/`.
 * @param oneSeconds the median time of one `--jobs 1` process over every file.
 * @returns the work of the two processes as a multiple of one's.
 */
async function measureProcessCapacity(base: readonly string[], folder: string, oneSeconds: number): Promise<number> {
  const head = base.slice(0, -1);
  const halves = ['archive/**/*[02468].*', 'archive/**/*[13579].*'];
  process.stdout.write(`  two --jobs 1 processes at once, over ${halves.map((glob) => `\`${glob}\``).join(' and ')}:\n`);
  const samples = await Promise.all(halves.map((glob) => runOnce([...head, glob, '--jobs', '1'], folder)));
  for (const sample of samples) {
    if (sample.code !== 0 && sample.code !== 1) throw new Error(`a half-archive run failed (exit ${String(sample.code)}):\n${sample.stderr}`);
  }
  const seconds = Math.max(...samples.map((sample) => sample.seconds));
  process.stdout.write(`    both done in ${seconds.toFixed(2)} s (${samples.map((sample) => `${sample.seconds.toFixed(2)} s`).join(', ')}), load ${loadavg()[0]?.toFixed(2)}\n`);
  return oneSeconds / seconds;
}

/**
 * Counts the files and bytes of an archive left by an earlier run.
 * @param folder the archive folder.
 * @returns its files and bytes.
 */
function measureArchive(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * Times one command: `--jobs 1`, `--jobs 2` and, for `check`, a cold and a warm cached run.
 * @param command `check` or `survey`.
 * @param folder the folder holding `archive/`.
 * @param archive the archive's files and bytes.
 * @param options the bench's options.
 * @param capacityBefore the machine's capacity at the start.
 * @returns the summary lines.
 */
async function benchCommand(
  command: 'check' | 'survey',
  folder: string,
  archive: { files: number; bytes: number },
  options: BenchOptions,
  capacityBefore: number,
): Promise<string[]> {
  const megabytes = archive.bytes / megabyte;
  process.stdout.write(`${command}:\n`);
  const base = command === 'check' ? ['check', '--format', 'json', '--no-progress', '--verbose', 'archive'] : ['survey', '--json', 'archive'];
  const one = await measure('--jobs 1', [...base, '--jobs', '1'], folder, options.runs, archive.bytes);
  const two = await measure('--jobs 2', [...base, '--jobs', '2'], folder, options.runs, archive.bytes);
  let cached: { seconds: number; peak: number } | undefined;
  let filling: { seconds: number; peak: number } | undefined;
  if (command === 'check') {
    const cacheArgs = [...base, '--jobs', '2', '--cache', '--cache-location', join(folder, 'cache')];
    await rm(join(folder, 'cache'), { recursive: true, force: true });
    process.stdout.write('  filling the cache:\n');
    filling = await measure('--jobs 2 --cache (cold)', cacheArgs, folder, 1, archive.bytes);
    cached = await measure('--jobs 2 --cache (warm)', cacheArgs, folder, options.runs, archive.bytes);
  }
  const processCapacity = await measureProcessCapacity(base, folder, one.seconds);
  const capacityAfter = await measureCapacity();
  const engineCapacity = command === 'check' ? await measureEngineCapacity(join(folder, 'archive')) : undefined;
  const capacity = (capacityBefore + capacityAfter) / 2;
  const speedUp = one.seconds / two.seconds;
  const peak = Math.max(one.peak, two.peak, cached?.peak ?? 0, filling?.peak ?? 0);
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const lines = [
    '',
    `${command} over ${archive.files} files, ${megabytes.toFixed(1)} MB (MB = 10^6 bytes)`,
    `--jobs 1               ${one.seconds.toFixed(2)} s, ${(megabytes / one.seconds).toFixed(2)} MB/s (median of ${options.runs})`,
    `--jobs 2               ${two.seconds.toFixed(2)} s, ${(megabytes / two.seconds).toFixed(2)} MB/s (median of ${options.runs})`,
    ...(one.cpu !== undefined && two.cpu !== undefined
      ? [`CPU time               --jobs 1 ${one.cpu.toFixed(1)} s, --jobs 2 ${two.cpu.toFixed(1)} s (parallel overhead ${(((two.cpu - one.cpu) / one.cpu) * 100).toFixed(0)}%; ideal speed-up on idle cores ${((2 * one.cpu) / two.cpu).toFixed(2)}x)`]
      : []),
    `speed-up with 2 jobs   ${speedUp.toFixed(2)}x (target >= ${targets.speedUp}x: ${verdict(speedUp >= targets.speedUp)})`,
    `machine capacity       two spinning threads do ${capacity.toFixed(2)}x the work of one (before ${capacityBefore.toFixed(2)}, after ${capacityAfter.toFixed(2)}); ` +
      `the speed-up is ${((speedUp / capacity) * 100).toFixed(0)}% of what the free cores allow`,
    ...(engineCapacity === undefined
      ? []
      : [`engine capacity        two threads checking texts in memory do ${engineCapacity.toFixed(2)}x the work of one (caches and memory are shared); the speed-up is ${((speedUp / engineCapacity) * 100).toFixed(0)}% of that`]),
    `process capacity       two --jobs 1 processes, each over half of the files, do ${processCapacity.toFixed(2)}x the work of one over all of them; the speed-up is ${((speedUp / processCapacity) * 100).toFixed(0)}% of that`,
    `peak RSS (tree)        ${peak.toFixed(0)} MB (target <= ${targets.peakRssMegabytes} MB: ${verdict(peak <= targets.peakRssMegabytes)})`,
  ];
  if (cached) {
    const cacheSpeedUp = two.seconds / cached.seconds;
    lines.push(
      `cached rerun           ${cached.seconds.toFixed(2)} s, ${cacheSpeedUp.toFixed(1)}x faster than --jobs 2 without the cache (target >= ${targets.cacheSpeedUp}x: ${verdict(cacheSpeedUp >= targets.cacheSpeedUp)}); ` +
        `${((filling?.seconds ?? Number.NaN) / cached.seconds).toFixed(1)}x faster than the first run, which filled the cache (${(filling?.seconds ?? Number.NaN).toFixed(2)} s)`,
    );
  }
  lines.push(`load average at end    ${loadavg().map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} cores`);
  return lines;
}

/**
 * Runs the bench.
 * @param argv the arguments.
 * @returns the exit code (0; the targets are reported, not enforced).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const options = parseArguments(argv);
  const folder = options.archive ?? (await mkdtemp(join(tmpdir(), 'copyguard-bench-batch-')));
  try {
    const capacityBefore = await measureCapacity();
    process.stdout.write(
      `copyguard batch bench: ${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}, ` +
        `two threads do ${capacityBefore.toFixed(2)}x the work of one right now\n`,
    );
    const archive = options.archive ? measureArchive(join(folder, 'archive')) : await buildArchive(join(folder, 'archive'), options.sizeMegabytes * megabyte, options.shared);
    process.stdout.write(`archive: ${archive.files} files, ${(archive.bytes / megabyte).toFixed(1)} MB in ${folder}\n`);
    const lines: string[] = [];
    for (const command of options.commands) lines.push(...(await benchCommand(command, folder, archive, options, capacityBefore)));
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    if (options.keep || options.archive) process.stdout.write(`kept ${folder}\n`);
    else await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
