/**
 * A small pool of worker threads and an ordered map over it. The pool is generic: a task
 * module exports `handlers` (task type → function) and every worker imports it, so `check`,
 * `fix`, `stream` and later `survey` share one pool (`new WorkerPool({ size, module })`).
 *
 * Each worker holds at most three tasks; the rest wait in the pool's queue, so a large task holds
 * up at most two queued behind it on the same worker. With `inline`, the calling
 * thread is one more lane. `mapOrdered` dispatches a bounded
 * window of tasks and hands results on in input order, so memory stays bounded by the window
 * (and the largest file), not by the corpus.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A task function of a task module. */
export type TaskHandler = (payload: never) => unknown;

/** What a task module exports. */
export interface TaskModule {
  /** Task functions by type. */
  handlers: Readonly<Record<string, TaskHandler>>;
}

/** Options of a pool. */
export interface WorkerPoolOptions {
  /** Number of worker threads (0 or more; at least 1 without `inline`). */
  size: number;
  /** URL of the task module every worker imports. */
  module: URL;
  /**
   * Whether the calling thread runs tasks too, between its own work, as one more lane. It saves
   * a whole JavaScript heap (the calling thread has loaded the code already), which keeps a
   * two-core run within its memory budget.
   */
  inline?: boolean;
}

/** A message to a worker. */
interface TaskMessage {
  /** Task id, echoed in the reply. */
  id: number;
  /** Handler name. */
  type: string;
  /** The handler's argument. */
  payload: unknown;
}

/** A worker's reply. */
type ReplyMessage =
  | {
      /** Task id. */
      id: number;
      /** The task succeeded. */
      ok: true;
      /** The handler's result. */
      value: unknown;
    }
  | {
      /** Task id. */
      id: number;
      /** The task threw. */
      ok: false;
      /** What it threw. */
      error: { name: string; message: string; stack: string | undefined };
    };

/** A task waiting for or running on a worker. */
interface PendingTask {
  /** The message to send. */
  message: TaskMessage;
  /**
   * Settles the task's promise with a result.
   * @param value the result.
   */
  resolve: (value: unknown) => void;
  /**
   * Settles the task's promise with an error.
   * @param error the error.
   */
  reject: (error: Error) => void;
}

/** One worker thread and the tasks sent to it. */
interface PoolWorker {
  /** The thread. */
  thread: Worker;
  /** Tasks sent and not yet answered, by id. */
  running: Map<number, PendingTask>;
}

/**
 * Tasks sent to a worker before it answers the first: the next tasks wait in the worker's own
 * queue, so the worker starts one as soon as it posts a result instead of idling for the round
 * trip through the calling thread, which may be busy with a file of its own for a while.
 */
const tasksPerWorker = 3;

/** An error thrown inside a worker, rebuilt on the calling side with the worker's stack. */
export class WorkerTaskError extends Error {
  /**
   * Creates the error.
   * @param message the worker's message.
   * @param stack the worker's stack.
   */
  constructor(message: string, stack: string | undefined) {
    super(message);
    this.name = 'WorkerTaskError';
    if (stack !== undefined) this.stack = stack;
  }
}

/** The worker entry, next to this module in `dist/batch/`. */
const workerEntry = new URL('./pool-worker.js', import.meta.url);

/**
 * A fixed-size pool of worker threads (and optionally the calling thread) running the handlers
 * of one task module.
 */
export class WorkerPool {
  /** The workers. */
  private readonly workers: PoolWorker[] = [];
  /** Tasks not yet given to a lane, oldest first. */
  private readonly queue: PendingTask[] = [];
  /** The task module's URL. */
  private readonly module: URL;
  /** Whether the calling thread is a lane. */
  private readonly inline: boolean;
  /** The task module, loaded in the calling thread on first inline use. */
  private inlineModule: Promise<TaskModule> | undefined;
  /** Whether the inline lane is running a task. */
  private inlineBusy = false;
  /** The next task id. */
  private nextId = 1;
  /** Set when a worker died or the pool was closed; later tasks fail with it. */
  private failure: Error | undefined;

  /**
   * Starts the workers.
   * @param options the number of workers, the task module and whether the calling thread helps.
   * @throws TypeError when `size` is not a whole number, or is 0 without `inline`.
   */
  constructor(options: WorkerPoolOptions) {
    this.module = options.module;
    this.inline = options.inline === true;
    if (!Number.isInteger(options.size) || options.size < (this.inline ? 0 : 1)) {
      throw new TypeError('Expected `size` to be a whole number of 1 or more (0 or more with `inline`)');
    }
    for (let index = 0; index < options.size; index++) {
      const thread = new Worker(workerEntry, { workerData: { module: options.module.href }, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
      const worker: PoolWorker = { thread, running: new Map() };
      thread.on('message', (reply: ReplyMessage) => this.onReply(worker, reply));
      thread.on('error', (error) => this.onDeath(error));
      thread.on('exit', (code) => {
        if (this.failure === undefined) this.onDeath(new Error(`A worker thread stopped unexpectedly (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  /** The number of lanes: worker threads, plus the calling thread with `inline`. */
  get size(): number {
    return this.workers.length + (this.inline ? 1 : 0);
  }

  /**
   * Runs one task on the next free lane.
   * @param type the handler name.
   * @param payload its argument (structured-cloned to a worker).
   * @returns the handler's result.
   */
  run<Result>(type: string, payload: unknown): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.queue.push({ message: { id: this.nextId++, type, payload }, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Runs a task once on every lane (to hand them the settings of a run). Call it when no task
   * is running.
   * @param type the handler name.
   * @param payload its argument.
   * @returns when every lane has run it.
   */
  async broadcast(type: string, payload: unknown): Promise<void> {
    const lanes: Array<Promise<unknown>> = this.workers.map(
      (worker) =>
        new Promise<unknown>((resolve, reject) => {
          if (this.failure) {
            reject(this.failure);
            return;
          }
          // A broadcast goes to one given worker: wait until it is free.
          const task: PendingTask = { message: { id: this.nextId++, type, payload }, resolve, reject };
          const send = (): void => {
            if (this.failure) reject(this.failure);
            else if (worker.running.size > 0) setImmediate(send);
            else this.start(worker, task);
          };
          send();
        }),
    );
    if (this.inline) lanes.push(this.runInline({ id: this.nextId++, type, payload }));
    await Promise.all(lanes);
  }

  /**
   * Stops every worker; tasks not finished fail.
   * @returns when the threads have ended.
   */
  async close(): Promise<void> {
    const failure = (this.failure ??= new Error('The worker pool is closed'));
    for (const task of this.queue.splice(0)) task.reject(failure);
    for (const worker of this.workers) {
      for (const task of worker.running.values()) task.reject(failure);
      worker.running.clear();
    }
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }

  /**
   * Gives queued tasks to free lanes: every worker up to one task, then up to its limit, then
   * the calling thread (which also has the results to handle).
   */
  private dispatch(): void {
    for (let depth = 1; depth <= tasksPerWorker; depth++) {
      for (const worker of this.workers) {
        if (this.queue.length === 0) return;
        if (worker.running.size < depth) this.start(worker, this.queue.shift() as PendingTask);
      }
    }
    if (this.inline && !this.inlineBusy && this.queue.length > 0) {
      const task = this.queue.shift() as PendingTask;
      this.inlineBusy = true;
      // Let the event loop hand out worker results first: the task below blocks this thread.
      setImmediate(() => {
        this.runInline(task.message).then(task.resolve, task.reject).finally(() => {
          this.inlineBusy = false;
          this.dispatch();
        });
      });
    }
  }

  /**
   * Runs a task in the calling thread.
   * @param message the task.
   * @returns the handler's result.
   */
  private async runInline(message: TaskMessage): Promise<unknown> {
    if (this.failure) throw this.failure;
    this.inlineModule ??= import(this.module.href) as Promise<TaskModule>;
    const { handlers } = await this.inlineModule;
    const handler = handlers[message.type];
    if (!handler) throw new Error(`Unknown task type ${message.type}`);
    return await (handler as (payload: unknown) => unknown)(message.payload);
  }

  /**
   * Sends a task to a worker.
   * @param worker a worker with room.
   * @param task the task.
   */
  private start(worker: PoolWorker, task: PendingTask): void {
    worker.running.set(task.message.id, task);
    worker.thread.postMessage(task.message);
  }

  /**
   * Settles a task when its worker replies, then gives out more work.
   * @param worker the worker.
   * @param reply its reply.
   */
  private onReply(worker: PoolWorker, reply: ReplyMessage): void {
    const task = worker.running.get(reply.id);
    worker.running.delete(reply.id);
    if (task) {
      if (reply.ok) task.resolve(reply.value);
      else task.reject(new WorkerTaskError(reply.error.message, reply.error.stack));
    }
    this.dispatch();
  }

  /**
   * Fails every task when a worker dies (out of memory, a crash in native code): the run
   * cannot be completed correctly, so it stops instead of hiding the loss.
   * @param error why the worker died.
   */
  private onDeath(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const worker of this.workers) {
      for (const task of worker.running.values()) task.reject(error);
      worker.running.clear();
    }
  }
}

/**
 * The default number of workers: the cores this process may use.
 * @returns at least 1.
 */
export function defaultJobCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * How many worker threads a run uses: as asked (at most one per file), or by default one per
 * core once there are enough files to pay for starting them (16 per worker).
 * @param asked `--jobs`, if given.
 * @param files the files of the run.
 * @returns 1 or more.
 */
export function decideWorkers(asked: number | undefined, files: number): number {
  if (asked !== undefined) return Math.max(1, Math.min(asked, files));
  return Math.max(1, Math.min(defaultJobCount(), Math.floor(files / 16)));
}

/**
 * Maps indexes `0 … count-1` through an async function with a bounded number in flight, and
 * hands each result on in index order as soon as it and all before it are done. At most
 * `window` results are started beyond the next one to hand on, which bounds memory.
 * @param count how many items.
 * @param window how many may be started ahead of the next one handed on (1 or more).
 * @param start starts item `index`.
 * @param emit receives each result in index order; the next is not handed on until it settles.
 * @returns when every result has been handed on.
 */
export async function mapOrdered<Result>(
  count: number,
  window: number,
  start: (index: number) => Promise<Result>,
  emit: (result: Result, index: number) => void | Promise<void>,
): Promise<void> {
  const limit = Math.max(1, Math.floor(window));
  const done = new Map<number, Result>();
  let next = 0;
  let emitted = 0;
  let failure: { error: unknown } | undefined;
  await new Promise<void>((resolve, reject) => {
    let emitting = false;
    /**
     * Hands on the results that are ready, in order, then starts more.
     */
    const pump = async (): Promise<void> => {
      if (emitting || failure) return;
      emitting = true;
      try {
        while (done.has(emitted)) {
          const result = done.get(emitted) as Result;
          done.delete(emitted);
          await emit(result, emitted);
          emitted += 1;
        }
      } catch (error) {
        failure = { error };
        reject(error);
        return;
      } finally {
        emitting = false;
      }
      if (emitted === count) {
        resolve();
        return;
      }
      fill();
    };
    /**
     * Starts items while the window allows.
     */
    const fill = (): void => {
      while (!failure && next < count && next < emitted + limit) {
        const index = next++;
        start(index).then(
          (result) => {
            done.set(index, result);
            void pump();
          },
          (error: unknown) => {
            if (failure) return;
            failure = { error };
            reject(error);
          },
        );
      }
    };
    if (count === 0) resolve();
    else fill();
  });
}
