/**
 * Turns the paths of the command line into the files of a run: files as given, directories
 * walked with tinyglobby (default extensions only, `.gitignore` and `.copyguardignore`
 * respected, hidden folders and `node_modules` skipped), and globs expanded. Symbolic links
 * that lead out of the given tree are not followed unless asked.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions read when walking a directory. */
export const defaultExtensions: readonly string[] = ['.md', '.markdown', '.mdx', '.txt', '.html', '.htm'];

/** Folders never walked, whatever the ignore files say. */
const alwaysIgnored: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/** Names of the ignore files read in every walked folder and its parents up to the repository root. */
const ignoreFileNames: readonly string[] = ['.gitignore', '.copyguardignore'];

/** The ignore file that also applies to files named on the command line. */
const copyguardIgnoreOnly: readonly string[] = ['.copyguardignore'];

/** One file of a run. */
export interface FileEntry {
  /** The path to report: as given, or the walked directory joined with the path found in it. */
  path: string;
  /** Absolute path of the file as named (a symbolic link stays a link). */
  absolutePath: string;
  /** Whether the path was named on the command line (not found by walking or a glob). */
  explicit: boolean;
}

/** What the expansion found. */
export interface Expansion {
  /** Files in run order, without duplicates. */
  entries: FileEntry[];
  /** Globs that matched no file. */
  unmatched: string[];
  /** Named files skipped because they are symbolic links out of the tree. */
  skippedLinks: string[];
}

/** Options of the expansion. */
export interface ExpandOptions {
  /** The working directory; relative paths start here. */
  cwd: string;
  /** Extensions read when walking a directory. */
  extensions?: readonly string[];
  /** Whether to follow symbolic links out of the tree. */
  followSymlinks: boolean;
}

/**
 * Expands command-line paths into files, in a deterministic order: paths in the order given,
 * the files of each directory or glob sorted.
 * @param paths the paths as given (files, directories or globs).
 * @param options the working directory, the extensions and the symlink policy.
 * @returns the files, the globs that matched nothing and the skipped links.
 */
export async function expandPaths(paths: readonly string[], options: ExpandOptions): Promise<Expansion> {
  const expansion: Expansion = { entries: [], unmatched: [], skippedLinks: [] };
  const seen = new Set<string>();
  const ignores = new IgnoreTree();
  const extensions = (options.extensions ?? defaultExtensions).map((extension) => extension.toLowerCase());
  const cwdReal = await realpathOrSelf(options.cwd);

  /**
   * Adds a file once, keyed by its real path, so a file named twice is read once.
   * @param entry the file.
   * @param key its real path.
   */
  const add = (entry: FileEntry, key: string): void => {
    // Most files are not links: their key is then their path, held once, not twice.
    const held = key === entry.absolutePath ? entry.absolutePath : key;
    if (seen.has(held)) return;
    seen.add(held);
    expansion.entries.push(entry);
  };
  /**
   * Adds a file found by a walk or a glob, unless an ignore file leaves it out.
   * @param item the file and its real path, or undefined when ignored.
   */
  const addFound = (item: { entry: FileEntry; key: string } | undefined): void => {
    if (item) add(item.entry, item.key);
  };

  for (const path of paths) {
    const absolutePath = resolve(options.cwd, path);
    const stats = await stat(absolutePath).catch(() => undefined);
    if (stats?.isDirectory()) {
      const found = await glob(extensions.map((extension) => `**/*${extension}`), {
        cwd: absolutePath,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: options.followSymlinks,
        expandDirectories: false,
        caseSensitiveMatch: false,
        ignore: [...alwaysIgnored],
      });
      await forEachInOrder(
        found.sort(comparePaths),
        async (file) => {
          const fileAbsolute = join(absolutePath, file);
          if (await ignores.isIgnored(fileAbsolute, absolutePath)) return undefined;
          return { entry: { path: joinReported(path, file), absolutePath: fileAbsolute, explicit: false }, key: await realpathOrSelf(fileAbsolute) };
        },
        addFound,
      );
      continue;
    }
    if (!stats && isDynamicPattern(path)) {
      const found = await glob([path], {
        cwd: options.cwd,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: options.followSymlinks,
        expandDirectories: false,
        ignore: [...alwaysIgnored],
      });
      if (found.length === 0) expansion.unmatched.push(path);
      await forEachInOrder(
        found.sort(comparePaths),
        async (file) => {
          const fileAbsolute = resolve(options.cwd, file);
          if (await ignores.isIgnored(fileAbsolute, options.cwd)) return undefined;
          return { entry: { path: file, absolutePath: fileAbsolute, explicit: false }, key: await realpathOrSelf(fileAbsolute) };
        },
        addFound,
      );
      continue;
    }
    // A named file, or a missing one: reading it reports `ENOENT`.
    const real = await realpathOrSelf(absolutePath);
    if (stats && !options.followSymlinks && real !== absolutePath && !isInside(real, cwdReal)) {
      // `notes/link.md -> /etc/motd`: named, but it leads out of the working tree.
      expansion.skippedLinks.push(path);
      continue;
    }
    // A named file skips `.gitignore` (the user named it) but not `.copyguardignore`, which
    // exists to keep files away from copyguard, also when a pre-commit hook names them.
    if (stats && (await ignores.isIgnored(absolutePath, dirname(absolutePath), copyguardIgnoreOnly))) continue;
    add({ path, absolutePath, explicit: true }, real);
  }
  return expansion;
}

/** Files checked at once while walking: enough to keep the file system's thread pool busy. */
const walkConcurrency = 64;

/**
 * Maps items through an async function, `walkConcurrency` at a time, and hands each result on
 * in item order as soon as its batch is done (no list of every result is held).
 * @param items the items.
 * @param map the function.
 * @param consume receives each result, in item order.
 */
async function forEachInOrder<T, R>(items: readonly T[], map: (item: T) => Promise<R>, consume: (result: R) => void): Promise<void> {
  for (let start = 0; start < items.length; start += walkConcurrency) {
    for (const result of await Promise.all(items.slice(start, start + walkConcurrency).map(map))) consume(result);
  }
}

/**
 * Orders paths by UTF-16 code units, the same on every platform and locale.
 * @param left one path.
 * @param right another path.
 * @returns negative, zero or positive.
 */
export function comparePaths(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/**
 * Whether a path lies inside a folder (or is the folder).
 * @param path an absolute path.
 * @param folder an absolute folder.
 * @returns true when `path` is `folder` or below it.
 */
export function isInside(path: string, folder: string): boolean {
  const between = relative(folder, path);
  return between === '' || (!between.startsWith(`..${sep}`) && between !== '..' && !isAbsolute(between));
}

/**
 * Resolves symbolic links, keeping the path when it does not exist.
 * @param path an absolute path.
 * @returns the real path, or the path itself.
 */
export async function realpathOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * Joins a walked directory as given with a path found in it: `docs` and `a.md` give `docs/a.md`,
 * `.` and `a.md` give `a.md`.
 * @param directory the directory as given on the command line.
 * @param file the path found, relative to it.
 * @returns the path to report.
 */
function joinReported(directory: string, file: string): string {
  return join(directory, file);
}

/**
 * The ignore files of a tree, read once per folder.
 */
class IgnoreTree {
  /** Matchers by folder and ignore file names (null when the folder has none), read once even when asked for at once. */
  private readonly byFolder = new Map<string, Promise<ReturnType<typeof ignore> | null>>();
  /** The top folder considered for each walked root (its repository root, or itself). */
  private readonly tops = new Map<string, string>();

  /**
   * Whether a file is ignored by the `.gitignore` or `.copyguardignore` files between the
   * repository root (or the walked folder when there is no repository) and the file.
   * Deeper files win: a `!keep.md` below re-includes what a parent ignored.
   * @param file absolute path of the file.
   * @param root absolute path of the walked folder.
   * @param names the ignore files to read (both by default).
   * @returns true when the file is ignored.
   */
  async isIgnored(file: string, root: string, names: readonly string[] = ignoreFileNames): Promise<boolean> {
    const top = this.topOf(root);
    const folders: string[] = [];
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      folders.unshift(folder);
      if (folder === top || dirname(folder) === folder) break;
    }
    let ignored = false;
    for (const folder of folders) {
      const matcher = await this.matcherOf(folder, names);
      if (!matcher) continue;
      const result = matcher.test(relative(folder, file).split(sep).join('/'));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /**
   * Finds the folder where ignore files start to count: the nearest folder at or above the
   * root that holds `.git`, or the root itself.
   * @param root the walked folder.
   * @returns the top folder.
   */
  private topOf(root: string): string {
    const known = this.tops.get(root);
    if (known !== undefined) return known;
    let top = root;
    for (let folder = root; ; folder = dirname(folder)) {
      if (existsSync(join(folder, '.git'))) {
        top = folder;
        break;
      }
      if (dirname(folder) === folder) break;
    }
    this.tops.set(root, top);
    return top;
  }

  /**
   * Reads the ignore files of one folder.
   * @param folder an absolute folder.
   * @param names the ignore files to read.
   * @returns its matcher, or null when it has none of them.
   */
  private matcherOf(folder: string, names: readonly string[]): Promise<ReturnType<typeof ignore> | null> {
    const key = `${folder}\u0000${names.join('\u0000')}`;
    let known = this.byFolder.get(key);
    if (!known) {
      known = (async () => {
        let matcher: ReturnType<typeof ignore> | null = null;
        for (const name of names) {
          const content = await readFile(join(folder, name), 'utf8').catch(() => undefined);
          if (content === undefined) continue;
          matcher ??= ignore();
          matcher.add(content);
        }
        return matcher;
      })();
      this.byFolder.set(key, known);
    }
    return known;
  }
}
