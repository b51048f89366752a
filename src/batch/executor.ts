/**
 * Runs the batch tasks in worker threads or, with one job, in this thread. Both give the same
 * results: tasks return packed findings from a worker or the cache, turned back into findings here.
 */
import { WorkerPool } from './pool.js';
import type { FileTask, ObserveOutcome, ProcessOutcome, RunSettings, TextOutcome, TextTask } from './tasks.js';
import * as tasks from './tasks.js';
import type { Message } from '../core/types.js';
import { hydrateResult, unpackMessages, type PackedMessage } from './plain-messages.js';

/** What runs the tasks. */
export interface Executor {
  /** Worker threads (1: in this thread). */
  readonly workers: number;
  /**
   * Hands the settings of the run to every worker.
   * @param settings the settings.
   */
  configure(settings: RunSettings): Promise<void>;
  /**
   * The first pass for a few files.
   * @param tasks the files.
   */
  observe(tasks: FileTask[]): Promise<ObserveOutcome[]>;
  /**
   * The second pass for a few files; the results' findings are findings again.
   * @param tasks the files.
   */
  process(tasks: FileTask[]): Promise<ProcessOutcome[]>;
  /**
   * One record of `copyguard stream`.
   * @param task the text.
   */
  text(task: TextTask): Promise<TextOutcome>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** The task module the workers load. */
const taskModule = new URL('./tasks.js', import.meta.url);

/**
 * Creates the executor of a run. With more than one lane, the worker threads start on the first
 * file that needs one (or at once with `start`); the lanes read the files and their cache
 * entries themselves. When the main thread formats the report (a baseline, `--report`,
 * `--redirects`), it answers the second pass's cached files itself before it sends the others.
 * @param workers lanes: this thread and `workers - 1` worker threads; 1 runs everything here.
 * @param start whether to start the workers now (they load while the files are found).
 * @returns the executor.
 */
export function createExecutor(workers: number, start = false): Executor {
  if (workers <= 1) {
    return {
      workers: 1,
      configure: async (settings) => tasks.configure(settings),
      observe: (files) => tasks.observeTasks(files),
      process: async (files) => (await tasks.processTasksForPool(files)).map(hydrateOutcome),
      text: async (task) => tasks.processRecord(task),
      close: async () => undefined,
    };
  }
  let pool: WorkerPool | undefined;
  let settings: RunSettings | undefined;
  /**
   * The pool, started on first use (and handed the run's settings).
   * @returns the pool.
   */
  const poolOf = (): WorkerPool => {
    if (!pool) {
      // The calling thread is one of the lanes: `--jobs 2` is this thread and one worker.
      pool = new WorkerPool({ size: workers - 1, module: taskModule, inline: true });
      // Each worker runs it before any file sent after it.
      if (settings) void pool.broadcast('configure', settings).catch(() => undefined);
    }
    return pool;
  };
  if (start) poolOf();
  return {
    workers,
    configure: async (value) => {
      settings = value;
      tasks.configure(value);
      if (pool) await pool.broadcast('configure', value);
    },
    // The lanes read the files' entries themselves: a cached file costs them a `stat` and a
    // small read, and a missing entry one failed open, not two.
    observe: (files) => poolOf().run<ObserveOutcome[]>('observe', files),
    process: async (files) => {
      // Pieces of the report are formatted where the files are processed, cached or not: the
      // lanes share that work, which is most of a run over unchanged files.
      if (settings?.report) return (await poolOf().run<ProcessOutcome[]>('process', files)).map(hydrateOutcome);
      const outcomes: Array<ProcessOutcome | undefined> = [];
      for (const file of files) outcomes.push(await tasks.processFromCache(file));
      const misses = files.filter((_, index) => outcomes[index] === undefined);
      if (misses.length > 0) {
        // A worker answers with packed findings; the calling thread, as one of the lanes, with findings.
        const replies = await poolOf().run<ProcessOutcome[]>('process', misses);
        let next = 0;
        for (const [index, outcome] of outcomes.entries()) if (!outcome) outcomes[index] = replies[next++];
      }
      return (outcomes as ProcessOutcome[]).map(hydrateOutcome);
    },
    text: (task) => poolOf().run<TextOutcome>('text', task),
    close: async () => {
      await pool?.close();
    },
  };
}

/**
 * Turns the packed findings of an outcome (from a worker or the cache) back into findings.
 * @param outcome what the task returned.
 * @returns the same outcome.
 */
function hydrateOutcome(outcome: ProcessOutcome): ProcessOutcome {
  hydrateResult(outcome.result);
  if (outcome.remaining) outcome.remaining = unpackMessages(outcome.remaining as ReadonlyArray<Message | PackedMessage>);
  return outcome;
}
