/**
 * Keeps the JavaScript heap of a long batch run small. V8 lets a heap grow far beyond what is
 * live when it has room (its default limit is in gigabytes), so a run over an archive would
 * hold hundreds of megabytes of garbage per thread. When a thread's heap passes a ceiling, a
 * full collection brings it back to its live size; the ceiling is then set a margin above
 * that, so a thread that really needs more (a large file) is not collected over and over.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Smallest ceiling, bytes of used heap. */
const minimumCeiling = 64 * 1024 * 1024;

/** Room above the live size before the next collection, bytes. */
const margin = 32 * 1024 * 1024;

/** Bytes of input between two looks at the heap (a look costs a few microseconds). */
const lookEvery = 1024 * 1024;

/** The collector: undefined until first needed, null where it cannot be had. */
let collector: (() => void) | null | undefined;

/** The current ceiling. */
let ceiling = minimumCeiling;

/** Bytes of input since the last look. */
let sinceLook = 0;

/**
 * Counts input and collects garbage when this thread's heap has grown past its ceiling.
 * @param bytes the size of the input just handled.
 */
export function noteInput(bytes: number): void {
  sinceLook += bytes;
  if (sinceLook < lookEvery) return;
  sinceLook = 0;
  if (getHeapStatistics().used_heap_size < ceiling) return;
  if (collector === undefined) {
    try {
      // `gc` is exposed to contexts made after the flag is set; this thread keeps it private.
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    } catch {
      collector = null;
    }
  }
  if (!collector) return;
  collector();
  ceiling = Math.max(minimumCeiling, getHeapStatistics().used_heap_size + margin);
}
