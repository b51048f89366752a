/**
 * The files of a batch run, held compactly: an archive of hundreds of thousands of files is
 * one array of reported paths and a few typed arrays, not an object and two strings per file.
 * Tasks are made a chunk at a time, when a chunk is sent to a lane. The absolute path of a file
 * is its reported path resolved against the working directory, which is what the walk gives;
 * the rare file for which that is not so keeps its own.
 */
import { resolve } from 'node:path';
import type { FileTask } from './tasks.js';

/** One file as the run found it. */
export interface ListedFile {
  /** The path to report. */
  path: string;
  /** Its absolute path. */
  absolutePath: string;
  /** Index of its options in the run's options table. */
  optionsIndex: number;
}

/** The files of a run, in run order. */
export class TaskList {
  /** Number of files. */
  readonly length: number;
  /** Reported paths. */
  private readonly paths: string[];
  /** Options indexes. */
  private readonly optionsIndexes: Uint32Array;
  /** Absolute paths that are not the reported path resolved against the working directory. */
  private readonly absoluteOverrides = new Map<number, string>();
  /** Sizes and modification times (two numbers per file), once `setStat` is called. */
  private stats: Float64Array | undefined;
  /** Hashes a resumed run's journal gives, by file index. */
  private readonly journaled = new Map<number, string>();

  /**
   * Makes the list.
   * @param length the number of files.
   * @param cwd the working directory the paths are relative to.
   * @param fileAt gives each file, in run order.
   */
  constructor(
    length: number,
    private readonly cwd: string,
    fileAt: (index: number) => ListedFile,
  ) {
    this.length = length;
    this.paths = new Array<string>(length);
    this.optionsIndexes = new Uint32Array(length);
    for (let index = 0; index < length; index++) {
      const file = fileAt(index);
      this.paths[index] = file.path;
      this.optionsIndexes[index] = file.optionsIndex;
      if (resolve(cwd, file.path) !== file.absolutePath) this.absoluteOverrides.set(index, file.absolutePath);
    }
  }

  /**
   * A file's reported path.
   * @param index the file's index.
   * @returns its path.
   */
  pathAt(index: number): string {
    return this.paths[index] as string;
  }

  /**
   * A file's absolute path.
   * @param index the file's index.
   * @returns its absolute path.
   */
  absolutePathAt(index: number): string {
    return this.absoluteOverrides.get(index) ?? resolve(this.cwd, this.paths[index] as string);
  }

  /**
   * A file's options index.
   * @param index the file's index.
   * @returns the index in the options table.
   */
  optionsIndexAt(index: number): number {
    return this.optionsIndexes[index] as number;
  }

  /**
   * Keeps a file's size and modification time, sent with its task.
   * @param index the file's index.
   * @param stat its size and time.
   */
  setStat(index: number, stat: { size: number; mtimeMs: number }): void {
    this.stats ??= new Float64Array(this.length * 2).fill(Number.NaN);
    this.stats[index * 2] = stat.size;
    this.stats[index * 2 + 1] = stat.mtimeMs;
  }

  /**
   * Keeps the hash a resumed run's journal gives for a file.
   * @param index the file's index.
   * @param hash the hash.
   */
  setJournaledHash(index: number, hash: string): void {
    this.journaled.set(index, hash);
  }

  /**
   * Makes the task of one file.
   * @param index the file's index.
   * @returns its task.
   */
  taskAt(index: number): FileTask {
    const task: FileTask = { path: this.pathAt(index), absolutePath: this.absolutePathAt(index), optionsIndex: this.optionsIndexAt(index) };
    const size = this.stats?.[index * 2];
    if (this.stats && size !== undefined && !Number.isNaN(size)) task.stat = { size, mtimeMs: this.stats[index * 2 + 1] as number };
    const hash = this.journaled.get(index);
    if (hash !== undefined) task.journaledHash = hash;
    return task;
  }

  /**
   * Makes the tasks of the files from `start` to `end` (exclusive).
   * @param start the first index.
   * @param end the index after the last.
   * @returns the tasks.
   */
  slice(start: number, end: number): FileTask[] {
    const tasks: FileTask[] = [];
    for (let index = start; index < Math.min(end, this.length); index++) tasks.push(this.taskAt(index));
    return tasks;
  }
}
