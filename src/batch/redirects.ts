/**
 * Redirect maps: old URL → new URL for every slug a fix changes, written as CSV, a Netlify
 * `_redirects` file, an nginx `map` or JSON. Problems that would make a broken map (one old
 * URL sent to two places, a loop, a new URL that another page already has) are returned
 * instead of a map; doubtful ones (two old URLs → one new, a chain) are warnings.
 */
import { writeFile } from 'node:fs/promises';
import { createView, type DocumentView } from '../adapters/index.js';
import type { Format } from '../adapters/types.js';
import type { RuleSetting } from '../core/options.js';
import type { Message, Severity } from '../core/types.js';
import { joinUrl, splitUrl } from '../rules/canonical-links.js';

/** One redirect a fix calls for. */
export interface Redirect {
  /** The old URL (or root-relative path). */
  from: string;
  /** The new URL (or root-relative path). */
  to: string;
  /** Whether the new URL is a guess (a suggestion, not a fix), left out of maps by default. */
  guess: boolean;
  /**
   * Whether it comes from a renamed target of `canonical-links` (the site moved the page): it
   * may move to another folder of the same site, and its new URL is meant to exist already.
   */
  renamed?: boolean;
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
  /**
   * Whether two restored slugs sent to one new URL are an error (two pages would share an
   * address) instead of a warning (default false). Renamed targets may share a new URL.
   */
  manyToOneIsError?: boolean;
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
 * @param anyFolder whether the new URL may be in another folder of the same site (a renamed
 * target the configuration names).
 * @returns true when the new URL leaves the old one's site or folder.
 */
export function escapes(from: string, to: string, anyFolder = false): boolean {
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
  if (anyFolder) return false;
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
    if (escapes(entry.from, entry.to, entry.renamed === true)) {
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
      } else if ((earlier.guess && !entry.guess) || (earlier.renamed === true && entry.renamed !== true)) byFrom.set(entry.from, entry);
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
    const planned: PlannedRedirect = { from: entry.from, to: target, guess, status: guess ? 302 : 301 };
    if (entry.renamed === true) planned.renamed = true;
    redirects.push(planned);
  }
  const known = new Set([...(options.knownUrls ?? [])].map(addressKey));
  const byTarget = new Map<string, PlannedRedirect[]>();
  for (const redirect of redirects) {
    // A renamed target's new page is meant to exist.
    if (redirect.renamed !== true && known.has(addressKey(redirect.to)) && !byFrom.has(redirect.to)) {
      problems.push({ kind: 'exists', severity: 'error', message: `Cannot redirect ${redirect.from} to ${redirect.to}: another page already has that URL`, redirects: [redirect] });
    }
    const group = byTarget.get(redirect.to) ?? [];
    group.push(redirect);
    byTarget.set(redirect.to, group);
  }
  for (const [target, group] of byTarget) {
    if (group.length > 1) {
      // Two restored slugs on one new address: two pages would share it.
      const restored = group.filter((item) => item.renamed !== true).length;
      const severity = options.manyToOneIsError === true && restored > 1 ? 'error' : 'warning';
      const message = `${group.length} old URLs redirect to ${target}: ${group.map((item) => item.from).join(', ')}`;
      problems.push({ kind: 'many-to-one', severity, message: severity === 'error' ? `Cannot write a map in which ${message}` : message, redirects: group });
    }
  }
  return { redirects, skipped, problems };
}

/**
 * The key two addresses of one page share: the path without scheme, host, query, fragment and
 * trailing slash (`https://example.org/news/a/` and `/news/a` are one page; a bare slug stays
 * as it is).
 * @param url a URL, a root-relative path or a slug.
 * @returns the key.
 */
export function addressKey(url: string): string {
  const parts = splitUrl(url);
  let end = parts.path.length;
  while (end > 1 && parts.path.charCodeAt(end - 1) === 47) end--;
  const path = parts.path.slice(0, end);
  return parts.authority !== undefined && path === '' ? '/' : path;
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
 * The redirect a `canonical-links` fix calls for when it moved the link to a renamed target:
 * its path changed by more than letter case and a trailing slash. Both sides get the new
 * link's origin and lose query and fragment (`http://www.example.org/old?utm_source=x` →
 * `https://example.org/new/` gives `https://example.org/old` → `https://example.org/new/`).
 * @param oldUrl the link as read.
 * @param newUrl the link as fixed.
 * @returns the redirect, or undefined when the path did not move.
 */
function renamedRedirect(oldUrl: string, newUrl: string): Redirect | undefined {
  const before = splitUrl(oldUrl);
  const after = splitUrl(newUrl);
  if (addressKey(before.path).toLowerCase() === addressKey(after.path).toLowerCase()) return undefined;
  const origin = after.authority === undefined ? '' : `${after.scheme}//${after.authority}`;
  return { from: origin + before.path, to: origin + after.path, guess: false, renamed: true };
}

/**
 * The redirects the link findings of one file call for: the whole URL around each
 * `no-slug-cascade` finding's slug, before and after its fix (or its first suggestion, as a
 * guess), and the renamed targets of `canonical-links` fixes.
 * @param source the file's text as read.
 * @param messages the file's messages (only `no-slug-cascade` and `canonical-links` ones are read).
 * @returns the redirects, one per finding with an edit.
 */
export function redirectsFromMessages(source: string, messages: readonly Message[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const message of messages) {
    if (message.ruleId === 'canonical-links' && message.fix) {
      // The finding spans the link; its fix is the smallest edit inside it.
      const [start, end] = message.fix.range;
      const linkStart = Math.min(message.start.offset, start);
      const linkEnd = Math.max(message.end.offset, end);
      const newUrl = source.slice(linkStart, start) + message.fix.text + source.slice(end, linkEnd);
      const moved = renamedRedirect(source.slice(linkStart, linkEnd), newUrl);
      if (moved) redirects.push(moved);
      continue;
    }
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
    // Servers redirect addresses: a query or fragment is not part of them
    // (`…/womens-rightss-rights?page=2&amp;a=b`), and an edit inside one calls for no redirect.
    const address = (url: string): string => url.split(/[?#]/u)[0] ?? url;
    const oldUrl = address(source.slice(from, to));
    const newUrl = address(source.slice(from, start) + edit.text + source.slice(end, to));
    if (oldUrl !== newUrl) redirects.push({ from: oldUrl, to: newUrl, guess: message.fix === null });
  }
  return redirects;
}

/**
 * The addresses a page declares as its own (front-matter `slug`, `url`, `permalink`;
 * `<link rel=canonical>`, `og:url`), as written. Only a page that can have one is parsed.
 * @param text the page as read.
 * @param format how it is read.
 * @returns its own addresses.
 */
export function ownAddresses(text: string, format: Format): string[] {
  // Plain text has no own address; Markdown has one only in front matter.
  if (format === 'text' || (format === 'markdown' && !text.startsWith('---'))) return [];
  if (format === 'html' && !/canonical|og:url/iu.test(text)) return [];
  const view = createView(text, format) as DocumentView;
  return (view.ownLinks ?? []).map((range) => text.slice(range.start, range.end));
}

/**
 * Gathers the redirects of a `fix` run file by file: those of the fixes that were applied, and
 * the addresses the pages have now (a new URL among them is a collision).
 */
export class RedirectCollector {
  /** The redirects found so far, in run order. */
  readonly entries: Redirect[] = [];
  /** The pages' own addresses as read. */
  readonly knownUrls = new Set<string>();

  /**
   * Adds one file.
   * @param source the file as read.
   * @param messages its findings, with `applied` set by `fix`.
   * @param format how it was read.
   */
  add(source: string, messages: readonly Message[], format: Format): void {
    this.entries.push(...redirectsFromMessages(source, messages.filter((message) => message.applied === true)));
    for (const address of ownAddresses(source, format)) this.knownUrls.add(address);
  }

  /**
   * Renders the map of the run: two restored slugs on one new URL and a new URL another page
   * has are errors, and then no map is made.
   * @param format the map's format.
   * @returns the rendering outcome.
   */
  render(format: RedirectFormat): RenderedMap {
    return renderRedirectMap(this.entries, format, { knownUrls: this.knownUrls, manyToOneIsError: true });
  }
}

/**
 * Adds redirects to the `renamed` option of `canonical-links` in a file's rule settings, so
 * that links to an old URL are rewritten (`fix --rewrite-links`). A URL's path is added too,
 * for root-relative links to it. The rule is turned on for this alone when it was off (then
 * without its tracking parameters), and the configuration's own renamed targets win.
 * @param rules the file's rule settings.
 * @param redirects the redirects of the run, chains followed.
 * @returns new rule settings.
 */
export function withRenamedTargets(rules: Readonly<Record<string, RuleSetting>>, redirects: readonly Redirect[]): Record<string, RuleSetting> {
  const renamed: Record<string, string> = {};
  for (const redirect of redirects) {
    // Renamed targets are addresses: a query or fragment of the link stays as it is.
    const from = { ...splitUrl(redirect.from), query: undefined, fragment: '' };
    const to = { ...splitUrl(redirect.to), query: undefined, fragment: '' };
    if (joinUrl(from) === joinUrl(to) || /\s/u.test(joinUrl(from) + joinUrl(to))) continue;
    renamed[joinUrl(from)] = joinUrl(to);
    if (from.authority !== undefined && from.authority === to.authority && from.path !== '') renamed[from.path] ??= to.path;
  }
  const setting = rules['canonical-links'];
  let next: RuleSetting;
  if (setting === undefined || setting === 'off' || (Array.isArray(setting) && setting[0] === 'off')) {
    next = ['warning', { trackingParameters: [], renamed }];
  } else if (typeof setting === 'string') next = [setting as Severity, { renamed }];
  else {
    const [severity, options] = setting as readonly [Severity, Readonly<Record<string, unknown>>];
    next = [severity, { ...options, renamed: { ...renamed, ...((options['renamed'] as Record<string, string> | undefined) ?? {}) } }];
  }
  return { ...rules, 'canonical-links': next };
}
