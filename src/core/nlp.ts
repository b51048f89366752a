/**
 * compromise, loaded on first use: the rules that need grammar or names (and the survey) call
 * `loadNlp()` when they read a sentence, so starting the CLI, a worker thread, or checking a
 * text without such a reading never pays for loading its lexicon (about 45 MB).
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';

/** compromise's entry point. */
export type Nlp = typeof compromise;

let loaded: Nlp | undefined;

/**
 * Returns compromise, loading it the first time.
 * @returns the `nlp` function.
 */
export function loadNlp(): Nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}
