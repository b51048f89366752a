/**
 * The worker pool and the ordered map. The pool is loaded from `dist/` (its workers start
 * `dist/batch/pool-worker.js`), with a small task module from `fixtures/batch/`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../../src/batch/pool.js';

/** The built pool module. */
const builtPool = new URL('../../dist/batch/pool.js', import.meta.url);

/** The test task module. */
const taskModule = new URL('../../fixtures/batch/pool-tasks.mjs', import.meta.url);

/** The pool class of the build. */
type PoolModule = typeof import('../../src/batch/pool.js');

/**
 * Loads the built pool.
 * @returns its module.
 */
async function loadPool(): Promise<PoolModule> {
  if (!existsSync(fileURLToPath(builtPool))) throw new Error('Missing dist/batch/pool.js: run `npm run build` first');
  return (await import(builtPool.href)) as PoolModule;
}

/** What the echo task returns. */
interface Echo {
  /** The value sent. */
  value: number;
  /** The thread that ran it. */
  threadId: number;
  /** Whether it ran in the calling thread. */
  inline: boolean;
  /** The setting the thread had. */
  setting: string;
}

describe('mapOrdered', () => {
  it('hands results on in index order, whatever order they finish in', async () => {
    const seen: number[] = [];
    await mapOrdered(
      20,
      5,
      (index) => new Promise<number>((resolve) => setTimeout(() => resolve(index * 10), (20 - index) % 7)),
      (result, index) => {
        expect(result).toBe(index * 10);
        seen.push(index);
      },
    );
    expect(seen).toEqual([...Array(20).keys()]);
  });

  it('never starts more than the window ahead of the next result handed on', async () => {
    let running = 0;
    let most = 0;
    await mapOrdered(
      30,
      4,
      async (index) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, index % 3));
        running -= 1;
        return index;
      },
      () => undefined,
    );
    expect(most).toBeLessThanOrEqual(4);
  });

  it('rejects with the first failure and handles nothing after it', async () => {
    const seen: number[] = [];
    await expect(
      mapOrdered(
        10,
        3,
        async (index) => {
          if (index === 4) throw new Error('bad file');
          return index;
        },
        (result) => {
          seen.push(result);
        },
      ),
    ).rejects.toThrow('bad file');
    expect(seen.every((index) => index < 4)).toBe(true);
  });

  it('does nothing for no items', async () => {
    await expect(mapOrdered(0, 2, () => Promise.reject(new Error('never')), () => undefined)).resolves.toBeUndefined();
  });
});

describe('WorkerPool', () => {
  it('runs tasks on the workers and the calling thread, after a broadcast reached every lane', async () => {
    const { WorkerPool } = await loadPool();
    const pool = new WorkerPool({ size: 2, module: taskModule, inline: true });
    try {
      expect(pool.size).toBe(3);
      await pool.broadcast('configure', 'ready');
      const results = await Promise.all(Array.from({ length: 24 }, (_, value) => pool.run<Echo>('echo', { value, delay: 5 })));
      expect(results.map((result) => result.value)).toEqual([...Array(24).keys()]);
      expect(results.every((result) => result.setting === 'ready')).toBe(true);
      expect(new Set(results.map((result) => result.threadId)).size).toBe(3);
      expect(results.some((result) => result.inline)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('rejects a task that throws with the worker message, and keeps running others', async () => {
    const { WorkerPool, WorkerTaskError } = await loadPool();
    const pool = new WorkerPool({ size: 1, module: taskModule });
    try {
      const failure = pool.run('fail', 'Missing `names` in options');
      await expect(failure).rejects.toThrow('Missing `names` in options');
      await expect(failure).rejects.toBeInstanceOf(WorkerTaskError);
      await expect(pool.run<Echo>('echo', { value: 7, delay: 0 })).resolves.toMatchObject({ value: 7, inline: false });
      await expect(pool.run('missing', null)).rejects.toThrow('Unknown task type missing');
    } finally {
      await pool.close();
    }
  });

  it('fails queued tasks when closed, and refuses a size of 0 without the calling thread', async () => {
    const { WorkerPool } = await loadPool();
    expect(() => new WorkerPool({ size: 0, module: taskModule })).toThrow(TypeError);
    const pool = new WorkerPool({ size: 1, module: taskModule });
    const tasks = Array.from({ length: 6 }, (_, value) => pool.run('echo', { value, delay: 50 }));
    const settled = Promise.allSettled(tasks);
    await pool.close();
    expect((await settled).every((outcome) => outcome.status === 'rejected')).toBe(true);
    await expect(pool.run('echo', { value: 1, delay: 0 })).rejects.toThrow('closed');
  });
});
