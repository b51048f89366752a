/**
 * The entry of every worker thread of a `WorkerPool`: imports the task module named in
 * `workerData`, then runs each task message through its handler and replies with the result
 * or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TaskModule } from './pool.js';

/** What the pool passes to a new worker. */
interface PoolWorkerData {
  /** URL of the task module. */
  module: string;
}

if (!parentPort) throw new Error('pool-worker.js runs only as a worker thread');
const port = parentPort;
const { handlers } = (await import((workerData as PoolWorkerData).module)) as TaskModule;

/** Tasks received and not started, oldest first: tasks run one at a time, in order. */
const queue: Array<{ id: number; type: string; payload: unknown }> = [];
let busy = false;

port.on('message', (message: { id: number; type: string; payload: unknown }) => {
  queue.push(message);
  if (!busy) void drain();
});

/**
 * Runs the queued tasks one after another.
 */
async function drain(): Promise<void> {
  busy = true;
  while (queue.length > 0) await runTask(queue.shift() as { id: number; type: string; payload: unknown });
  busy = false;
}

/**
 * Runs one task and replies.
 * @param message the task.
 */
async function runTask(message: { id: number; type: string; payload: unknown }): Promise<void> {
  try {
    const handler = handlers[message.type];
    if (!handler) throw new Error(`Unknown task type ${message.type}`);
    const value = await (handler as (payload: unknown) => unknown)(message.payload);
    port.postMessage({ id: message.id, ok: true, value });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id: message.id, ok: false, error: { name: failure.name, message: failure.message, stack: failure.stack } });
  }
}
