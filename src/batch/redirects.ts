/**
 * Redirect maps: old URL → new URL for every slug a fix changes, written as CSV, a Netlify
 * `_redirects` file, an nginx `map` or JSON. Problems that would make a broken map (one old
 * URL sent to two places, a loop, a new URL that another page already has) are returned
 * instead of a map; doubtful ones (two old URLs → one new, a chain) are warnings.
 */
import { writeFile } from 'node:fs/promises';
import type { Message } from '../core/types.js';

/** One redirect a fix calls for. */
export interface Redirect {
  /** The old URL (or root-relative path). */
  from: string;
  /** The new URL (or root-relative path). */
  to: string;
  /** Whether the new URL is a guess (a suggestion, not a fix), left out of maps by default. */
  guess: boolean;
}

/** A redirect as written, with its HTTP status. */
export interface PlannedRedirect extends Redirect {
  /** `301` for a fix, `302` for a guess written on request. */
  status: number;
}

/** Formats a redirect map can be written in. */
export type RedirectFormat = 'csv' | 'netlify' | 'nginx' | 'json';

/** Something wrong with a set of redirects. */
export interface RedirectProblem {
  /**
   * `conflict`: one old URL → two new ones; `loop`: redirects that end where they began;
   * `exists`: a new URL another page already has; `unsafe`: a URL with white space or
   * control characters that no format can hold; `many-to-one`: two old URLs → one new;
   * `chain`: a new URL that is itself redirected (followed to its end); `self`: old and new
   * URL are equal (dropped).
   */
  kind: 'conflict' | 'loop' | 'exists' | 'unsafe' | 'many-to-one' | 'chain' | 'self';
  /** `error` stops the map from being written; `warning` does not. */
  severity: 'error' | 'warning';
  /** One sentence for people. */
  message: string;
  /** The redirects concerned. */
  redirects: Redirect[];
}

/** Options of planning and writing redirect maps. */
export interface RedirectOptions {
  /** URLs that exist now (pages of the site): a new URL among them is a collision. */
  knownUrls?: Iterable<string>;
  /** Whether guesses are written too, with status `302` (default false: they need a person). */
  includeGuesses?: boolean;
}

/** Redirects ready to write, and what was found on the way. */
export interface RedirectPlan {
  /** The redirects to write, in input order, chains followed to their end. */
  redirects: PlannedRedirect[];
  /** Guesses left out (when `includeGuesses` is off). */
  skipped: Redirect[];
  /** Problems found; any with severity `error` means no map is written. */
  problems: RedirectProblem[];
}

/**
 * Whether a URL has characters no redirect format can hold (line breaks, control characters).
 * @param url a URL.
 * @returns true when it cannot be written.
 */
function isUnsafe(url: string): boolean {
  for (let index = 0; index < url.length; index++) {
    const code = url.charCodeAt(index);
    if (code < 32 || code === 127) return true;
  }
  return url.trim() === '';
}

/**
 * Whether a new URL escapes the old one's place: another scheme or host, another folder
 * (a slug fix changes only the last segments of a path), or `..` and empty segments that
 * would climb out of it. Such a redirect is never written.
 * @param from the old URL.
 * @param to the new URL.
 * @returns true when the new URL leaves the old one's site or folder.
 */
export function escapes(from: string, to: string): boolean {
  const split = (url: string): { origin: string; segments: string[] } => {
    const scheme = url.indexOf('://');
    if (scheme < 0) return { origin: '', segments: url.split('/') };
    const pathStart = url.indexOf('/', scheme + 3);
    return pathStart < 0 ? { origin: url, segments: [''] } : { origin: url.slice(0, pathStart), segments: url.slice(pathStart).split('/') };
  };
  const before = split(from);
  const after = split(to);
  if (before.origin.toLowerCase() !== after.origin.toLowerCase()) return true;
  if (after.segments.some((segment, index) => segment === '..' || segment === '.' || (segment === '' && index > 0 && index < after.segments.length - 1))) return true;
  // Every folder of the old path but the last two segments stays as it was.
  const keep = Math.max(0, before.segments.length - 2);
  for (let index = 0; index < keep; index++) {
    if (before.segments[index] !== after.segments[index]) return true;
  }
  return false;
}

/**
 * Checks and orders redirects: drops exact duplicates and self-redirects, follows chains to
 * their end, and reports conflicts, loops, collisions with known URLs and two old URLs sent
 * to one new one.
 * @param entries the redirects.
 * @param options known URLs and whether guesses are kept.
 * @returns the plan.
 */
export function planRedirects(entries: readonly Redirect[], options: RedirectOptions = {}): RedirectPlan {
  const problems: RedirectProblem[] = [];
  const skipped: Redirect[] = [];
  const byFrom = new Map<string, Redirect>();
  for (const entry of entries) {
    if (typeof entry.from !== 'string' || typeof entry.to !== 'string') throw new TypeError('Expected `from` and `to` of every redirect to be strings');
    if (isUnsafe(entry.from) || isUnsafe(entry.to)) {
      problems.push({ kind: 'unsafe', severity: 'error', message: `Cannot write a redirect with a line break or control character: ${JSON.stringify(entry.from)} → ${JSON.stringify(entry.to)}`, redirects: [entry] });
      continue;
    }
    if (escapes(entry.from, entry.to)) {
      problems.push({ kind: 'unsafe', severity: 'error', message: `Cannot redirect out of the old URL's site or folder: ${JSON.stringify(entry.from)} → ${JSON.stringify(entry.to)}`, redirects: [entry] });
      continue;
    }
    if (entry.guess && !options.includeGuesses) {
      skipped.push(entry);
      continue;
    }
    if (entry.from === entry.to) {
      problems.push({ kind: 'self', severity: 'warning', message: `Dropped a redirect to itself: ${entry.from}`, redirects: [entry] });
      continue;
    }
    const earlier = byFrom.get(entry.from);
    if (earlier) {
      if (earlier.to !== entry.to) {
        problems.push({ kind: 'conflict', severity: 'error', message: `Cannot redirect ${entry.from} to both ${earlier.to} and ${entry.to}`, redirects: [earlier, entry] });
      } else if (earlier.guess && !entry.guess) byFrom.set(entry.from, entry);
      continue;
    }
    byFrom.set(entry.from, entry);
  }
  const redirects: PlannedRedirect[] = [];
  for (const entry of byFrom.values()) {
    // Follow `to` through other redirects: A → B and B → C become A → C.
    let target = entry.to;
    let guess = entry.guess;
    const seen = new Set([entry.from]);
    const path: Redirect[] = [entry];
    let loop = false;
    let next = byFrom.get(target);
    while (next) {
      if (seen.has(target)) {
        loop = true;
        break;
      }
      seen.add(target);
      path.push(next);
      guess = guess || next.guess;
      target = next.to;
      next = byFrom.get(target);
    }
    if (loop || target === entry.from) {
      problems.push({ kind: 'loop', severity: 'error', message: `Cannot write redirects that loop: ${[...path.map((item) => item.from), target].join(' → ')}`, redirects: path });
      continue;
    }
    if (path.length > 1) {
      problems.push({ kind: 'chain', severity: 'warning', message: `Followed a chain of redirects: ${[...path.map((item) => item.from), target].join(' → ')}`, redirects: path });
    }
    redirects.push({ from: entry.from, to: target, guess, status: guess ? 302 : 301 });
  }
  const known = new Set(options.knownUrls ?? []);
  const byTarget = new Map<string, PlannedRedirect[]>();
  for (const redirect of redirects) {
    if (known.has(redirect.to) && !byFrom.has(redirect.to)) {
      problems.push({ kind: 'exists', severity: 'error', message: `Cannot redirect ${redirect.from} to ${redirect.to}: another page already has that URL`, redirects: [redirect] });
    }
    const group = byTarget.get(redirect.to) ?? [];
    group.push(redirect);
    byTarget.set(redirect.to, group);
  }
  for (const [target, group] of byTarget) {
    if (group.length > 1) {
      problems.push({ kind: 'many-to-one', severity: 'warning', message: `${group.length} old URLs redirect to ${target}: ${group.map((item) => item.from).join(', ')}`, redirects: group });
    }
  }
  return { redirects, skipped, problems };
}

/**
 * Quotes a CSV field as RFC 4180 asks: in double quotes, with inner quotes doubled, when it
 * holds a comma, a quote or a line break.
 * @param value the field.
 * @returns the field as written.
 */
export function quoteCsv(value: string): string {
  if (!/[",\r\n]/u.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * Writes redirects as CSV: a `from,to,status` header and one line per redirect, CRLF-ended.
 * @param redirects the redirects.
 * @returns the CSV text.
 */
export function formatCsv(redirects: readonly PlannedRedirect[]): string {
  const lines = ['from,to,status', ...redirects.map((redirect) => [redirect.from, redirect.to, String(redirect.status)].map(quoteCsv).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Percent-encodes what Netlify's `_redirects` reads as syntax: white space (it separates
 * fields), `*` (a splat) and a `:` that starts a path segment (a placeholder).
 * @param url a URL or path.
 * @returns the URL safe for one field.
 */
function escapeNetlify(url: string): string {
  let result = '';
  for (let index = 0; index < url.length; index++) {
    const character = url.charAt(index);
    const code = url.charCodeAt(index);
    if (code <= 32 || code === 127 || code === 0xa0) result += encodeURIComponent(character);
    else if (character === '*') result += '%2A';
    else if (character === ':' && url.charAt(index - 1) === '/') result += '%3A';
    else result += character;
  }
  return result;
}

/**
 * Writes redirects as a Netlify `_redirects` file: `/from /to 301` per line.
 * @param redirects the redirects.
 * @returns the file's text.
 */
export function formatNetlify(redirects: readonly PlannedRedirect[]): string {
  const lines = ['# Redirects for slugs restored by copyguard', ...redirects.map((redirect) => `${escapeNetlify(redirect.from)} ${escapeNetlify(redirect.to)} ${redirect.status}`)];
  return `${lines.join('\n')}\n`;
}

/**
 * The path nginx's `$uri` holds for a URL: without scheme, host, query and fragment,
 * percent-decoded (nginx decodes `$uri`).
 * @param url a URL or path.
 * @returns the decoded path, starting with `/`.
 */
export function nginxUri(url: string): string {
  let path = url;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/u.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  const cut = path.search(/[?#]/u);
  if (cut >= 0) path = path.slice(0, cut);
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray `%` is matched as written.
  }
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * Quotes a value for an nginx configuration file: double quotes, with `"` and `\` escaped.
 * @param value the value.
 * @returns the quoted value.
 */
export function quoteNginx(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * Writes redirects as an nginx `map` from `$uri` to the new URL (guesses, when written, go to
 * a second map): include it in the `http` block and use
 * `if ($copyguard_redirect) { return 301 $copyguard_redirect; }` in the server.
 * @param redirects the redirects.
 * @returns the configuration text.
 */
export function formatNginx(redirects: readonly PlannedRedirect[]): string {
  /**
   * One `map` block.
   * @param variable the variable it sets.
   * @param items its redirects.
   * @returns the block's lines.
   */
  const block = (variable: string, items: readonly PlannedRedirect[]): string[] => [
    `map $uri ${variable} {`,
    // A `$` in a map value would be read as a variable: `%24` is the same URL.
    ...items.map((redirect) => `    ${quoteNginx(nginxUri(redirect.from))} ${quoteNginx(redirect.to.replaceAll('$', '%24'))};`),
    '}',
  ];
  const confident = redirects.filter((redirect) => !redirect.guess);
  const guesses = redirects.filter((redirect) => redirect.guess);
  const lines = [
    '# Redirects for slugs restored by copyguard. In the server block:',
    '#   if ($copyguard_redirect) { return 301 $copyguard_redirect; }',
    ...block('$copyguard_redirect', confident),
  ];
  if (guesses.length > 0) {
    lines.push('# Guesses (check them first):', '#   if ($copyguard_redirect_guess) { return 302 $copyguard_redirect_guess; }', ...block('$copyguard_redirect_guess', guesses));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes redirects as JSON: `{"version": 1, "redirects": [{from, to, status, guess}]}`.
 * @param redirects the redirects.
 * @returns the JSON text.
 */
export function formatJson(redirects: readonly PlannedRedirect[]): string {
  const body = { version: 1, redirects: redirects.map(({ from, to, status, guess }) => ({ from, to, status, guess })) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Writers by format. */
const formatters: Readonly<Record<RedirectFormat, (redirects: readonly PlannedRedirect[]) => string>> = {
  csv: formatCsv,
  json: formatJson,
  netlify: formatNetlify,
  nginx: formatNginx,
};

/** The outcome of rendering a redirect map. */
export type RenderedMap = (RedirectPlan & { ok: true; text: string }) | (RedirectPlan & { ok: false; text?: undefined });

/**
 * Renders a redirect map, unless the redirects have errors.
 * @param entries the redirects.
 * @param format the format.
 * @param options known URLs and whether guesses are written.
 * @returns the plan with the map's text, or with `ok: false` and the problems.
 * @throws TypeError for an unknown format.
 */
export function renderRedirectMap(entries: readonly Redirect[], format: RedirectFormat, options: RedirectOptions = {}): RenderedMap {
  const formatter = formatters[format] as ((redirects: readonly PlannedRedirect[]) => string) | undefined;
  if (!formatter) throw new TypeError(`Cannot write redirects as \`${String(format)}\`: expected \`csv\`, \`netlify\`, \`nginx\` or \`json\``);
  const plan = planRedirects(entries, options);
  if (plan.problems.some((problem) => problem.severity === 'error')) return { ...plan, ok: false };
  return { ...plan, ok: true, text: formatter(plan.redirects) };
}

/**
 * Writes a redirect map to a file, unless the redirects have errors (then nothing is written).
 * @param path the file to write.
 * @param entries the redirects.
 * @param format the format.
 * @param options known URLs and whether guesses are written.
 * @returns the rendering outcome; `ok` says whether the file was written.
 */
export async function writeRedirectMap(path: string, entries: readonly Redirect[], format: RedirectFormat, options: RedirectOptions = {}): Promise<RenderedMap> {
  const rendered = renderRedirectMap(entries, format, options);
  if (rendered.ok) await writeFile(path, rendered.text, 'utf8');
  return rendered;
}

/**
 * Whether a code unit ends a URL found around a slug (white space, quotes, brackets, `<`,
 * `>`, fillers).
 * @param code a code unit.
 * @returns true when the URL stops there.
 */
function endsUrl(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 40 || code === 41 || code === 60 || code === 62 || code === 91 || code === 93 || code === 96 || code === 0xa0;
}

/**
 * The redirects the slug findings of one file call for: the whole URL around each finding's
 * slug, before and after its fix (or its first suggestion, as a guess).
 * @param source the file's text as read.
 * @param messages the file's messages (only `no-slug-cascade` ones are read).
 * @returns the redirects, one per finding with an edit.
 */
export function redirectsFromMessages(source: string, messages: readonly Message[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const message of messages) {
    if (message.ruleId !== 'no-slug-cascade') continue;
    const edit = message.fix ?? message.suggestions[0];
    if (!edit) continue;
    const [start, end] = edit.range;
    let from = start;
    while (from > 0 && !endsUrl(source.charCodeAt(from - 1))) from--;
    let to = end;
    while (to < source.length && !endsUrl(source.charCodeAt(to))) to++;
    // `…/womens-rightss-rights.` at the end of a sentence: the full stop is not the URL's.
    while (to > end && /[.,;:!?]/u.test(source.charAt(to - 1))) to--;
    const oldUrl = source.slice(from, to);
    const newUrl = source.slice(from, start) + edit.text + source.slice(end, to);
    if (oldUrl !== newUrl) redirects.push({ from: oldUrl, to: newUrl, guess: message.fix === null });
  }
  return redirects;
}
