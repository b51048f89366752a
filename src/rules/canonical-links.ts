/**
 * `canonical-links`: links that are not written the way the site expects them. Configured per
 * site: the canonical origin and the other hosts the site owns (`http://www.example.org/a` →
 * `https://example.org/a`), a trailing-slash policy, lower-case paths, tracking parameters to
 * strip (`utm_*`, `fbclid`, `gclid`) and a map of renamed targets (`/old` → `/new`). The rule
 * is opt-in: it runs only when the configuration names it.
 *
 * The rule edits the URL as written (the adapters' link ranges point into the original file):
 * the parts it does not change keep their bytes, so `&amp;` between two kept query parameters
 * stays `&amp;`, and markup around the URL is never touched.
 */
import type { LinkRange } from '../adapters/types.js';
import { documentationUrl, type Rule, type RuleContext } from '../core/rule.js';
import { findSlugCascades, slugTokens, urlSegments } from '../core/slug.js';
import { linksOf } from './no-slug-cascade.js';

/** Options of `canonical-links` (see the README section of the rule). */
export interface CanonicalLinksOptions {
  /** The site's canonical scheme and host, `https://example.org`. */
  origin?: string;
  /** Other hosts of the site (`www.example.org`), rewritten to the origin's. */
  hosts?: readonly string[];
  /** `always` adds a slash to paths of pages, `never` removes it, `keep` (default) leaves it. */
  trailingSlash?: 'always' | 'never' | 'keep';
  /** Whether paths of the site are written in lower case (default false). */
  lowerCasePaths?: boolean;
  /** Query parameters to remove; `*` at the end matches a prefix (default `utm_*`, `fbclid`, `gclid`). */
  trackingParameters?: readonly string[];
  /** Old path or URL → new path or URL, for pages the site moved. */
  renamed?: Readonly<Record<string, string>>;
}

/** Tracking parameters stripped when the options do not list them. */
export const defaultTrackingParameters: readonly string[] = ['fbclid', 'gclid', 'utm_*'];

/** JSON Schema of the rule's options, used to validate configuration files. */
export const canonicalLinksOptionsSchema: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    origin: { type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+$' },
    hosts: { type: 'array', items: { type: 'string', minLength: 1 } },
    trailingSlash: { enum: ['always', 'never', 'keep'] },
    lowerCasePaths: { type: 'boolean' },
    trackingParameters: { type: 'array', items: { type: 'string', minLength: 1 } },
    renamed: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
  },
};

/** The options after validation. */
interface Resolved {
  /** Scheme of the origin (`https`), or undefined when no origin is set. */
  scheme: string | undefined;
  /** Host of the origin (`example.org`), lower case. */
  host: string | undefined;
  /** Every host the site owns, lower case. */
  owned: ReadonlySet<string>;
  trailingSlash: 'always' | 'never' | 'keep';
  lowerCasePaths: boolean;
  /** Exact parameter names, lower case. */
  parameters: ReadonlySet<string>;
  /** Parameter prefixes (from `utm_*`), lower case. */
  prefixes: readonly string[];
  /** Renamed targets by match key (see `renameKey`), chains followed to their end. */
  renamed: ReadonlyMap<string, string>;
}

/** A URL split into its parts, as written (no decoding). */
export interface UrlParts {
  /** The scheme with its colon (`https:`), or empty. */
  scheme: string;
  /** Host and port after `//`, or undefined when the URL has no authority. */
  authority: string | undefined;
  /** The path (may be empty). */
  path: string;
  /** The query without its `?`, or undefined when there is no `?`. */
  query: string | undefined;
  /** The fragment with its `#`, or empty. */
  fragment: string;
}

/**
 * Splits a URL as written into scheme, authority, path, query and fragment.
 * @param url the URL as written.
 * @returns its parts.
 */
export function splitUrl(url: string): UrlParts {
  let rest = url;
  let fragment = '';
  // `&#38;` in Markdown and HTML is a character reference, not a fragment.
  let hash = rest.indexOf('#');
  while (hash > 0 && rest.charCodeAt(hash - 1) === 38) hash = rest.indexOf('#', hash + 1);
  if (hash >= 0) {
    fragment = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  let query: string | undefined;
  const question = rest.indexOf('?');
  if (question >= 0) {
    query = rest.slice(question + 1);
    rest = rest.slice(0, question);
  }
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/u.exec(rest)?.[0] ?? '';
  rest = rest.slice(scheme.length);
  let authority: string | undefined;
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash < 0 ? '' : rest.slice(slash);
  }
  return { scheme, authority, path: rest, query, fragment };
}

/**
 * Joins the parts of a URL again.
 * @param parts the parts.
 * @returns the URL.
 */
export function joinUrl(parts: UrlParts): string {
  const authority = parts.authority === undefined ? '' : `//${parts.authority}`;
  const query = parts.query === undefined ? '' : `?${parts.query}`;
  return `${parts.scheme}${authority}${parts.path}${query}${parts.fragment}`;
}

/**
 * A path without its trailing slashes (the root stays `/`), for comparing paths.
 * @param path a path.
 * @returns the path without trailing slashes.
 */
function withoutTrailingSlash(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

/**
 * The key a renamed target is looked up by: `//host/path` for a URL on a host the site does not
 * own, else the path; without trailing slash, lower case when paths are.
 * @param authority the host, when the URL has one the site does not own.
 * @param path the path.
 * @param lowerCase whether paths compare in lower case.
 * @returns the key.
 */
function renameKey(authority: string | undefined, path: string, lowerCase: boolean): string {
  const key = `${authority === undefined ? '' : `//${authority.toLowerCase()}`}${withoutTrailingSlash(path)}`;
  return lowerCase ? key.toLowerCase() : key;
}

/**
 * Validates the rule's options (the config schema checks them too; the API checks here).
 * @param options options from the configuration.
 * @returns the resolved options.
 * @throws TypeError naming the offending option.
 */
function resolve(options: Readonly<Record<string, unknown>>): Resolved {
  const { origin, hosts, trailingSlash, lowerCasePaths, trackingParameters, renamed } = options;
  for (const key of Object.keys(options)) {
    if (!(key in (canonicalLinksOptionsSchema['properties'] as object))) throw new TypeError(`Unknown option \`${key}\` of \`canonical-links\``);
  }
  let scheme: string | undefined;
  let host: string | undefined;
  if (origin !== undefined) {
    const parts = typeof origin === 'string' ? splitUrl(origin) : undefined;
    const valid = parts && /^https?:$/iu.test(parts.scheme) && parts.authority && parts.path === '' && parts.query === undefined && parts.fragment === '';
    if (!valid) throw new TypeError('Expected `origin` to be a scheme and host such as `https://example.org`');
    scheme = parts.scheme.slice(0, -1).toLowerCase();
    host = (parts.authority as string).toLowerCase();
  }
  const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
  if (hosts !== undefined && !isStrings(hosts)) throw new TypeError('Expected `hosts` to be an array of host names');
  if (hosts !== undefined && host === undefined) throw new TypeError('Cannot use `hosts` without `origin`: links are rewritten to the origin');
  if (trailingSlash !== undefined && trailingSlash !== 'always' && trailingSlash !== 'never' && trailingSlash !== 'keep') {
    throw new TypeError('Expected `trailingSlash` to be `always`, `never` or `keep`');
  }
  if (lowerCasePaths !== undefined && typeof lowerCasePaths !== 'boolean') throw new TypeError('Expected `lowerCasePaths` to be a boolean');
  if (trackingParameters !== undefined && !isStrings(trackingParameters)) throw new TypeError('Expected `trackingParameters` to be an array of parameter names');
  if (renamed !== undefined && (typeof renamed !== 'object' || renamed === null || Array.isArray(renamed))) {
    throw new TypeError('Expected `renamed` to be an object of old → new paths or URLs');
  }
  const owned = new Set([...(host === undefined ? [] : [host]), ...((hosts as string[] | undefined) ?? []).map((item) => item.toLowerCase())]);
  const parameters = new Set<string>();
  const prefixes: string[] = [];
  for (const name of (trackingParameters as string[] | undefined) ?? defaultTrackingParameters) {
    if (name.endsWith('*')) prefixes.push(name.slice(0, -1).toLowerCase());
    else parameters.add(name.toLowerCase());
  }
  const lowerCase = lowerCasePaths === true;
  const resolved: Resolved = {
    scheme,
    host,
    owned,
    trailingSlash: (trailingSlash as Resolved['trailingSlash'] | undefined) ?? 'keep',
    lowerCasePaths: lowerCase,
    parameters,
    prefixes,
    renamed: new Map(),
  };
  const keyOf = (value: string): string => {
    const parts = splitUrl(value);
    const foreign = parts.authority !== undefined && !owned.has(parts.authority.toLowerCase()) ? parts.authority : undefined;
    return renameKey(foreign, parts.path, lowerCase);
  };
  const entries = Object.entries((renamed as Record<string, unknown> | undefined) ?? {});
  const direct = new Map<string, string>();
  for (const [from, to] of entries) {
    if (typeof to !== 'string' || to === '') throw new TypeError(`Expected a path or URL for \`renamed[${JSON.stringify(from)}]\``);
    if (/[?#\s]/u.test(from) || /[?#\s]/u.test(to)) throw new TypeError(`Cannot use a query, fragment or white space in \`renamed[${JSON.stringify(from)}]\`: renamed targets are paths or URLs`);
    direct.set(keyOf(from), to);
  }
  const renamedMap = resolved.renamed as Map<string, string>;
  for (const [key, to] of direct) {
    // `/a` → `/b` and `/b` → `/c`: `/a` goes to `/c` at once, so one fix is final.
    let target = to;
    const seen = new Set([key]);
    let next = direct.get(keyOf(target));
    while (next !== undefined) {
      if (seen.has(keyOf(target))) throw new TypeError(`Cannot use \`renamed\`: its targets loop (${[...seen].join(' → ')})`);
      seen.add(keyOf(target));
      target = next;
      next = direct.get(keyOf(target));
    }
    renamedMap.set(key, target);
  }
  return resolved;
}

/** One reason a link is not canonical, for the explanation. */
type Change = string;

/**
 * A query parameter separator as written: `&`, or the character references of `&` in
 * Markdown and HTML (`&amp;`, `&#38;`, `&#x26;`).
 */
const separatorPattern = /&(?:amp;|#38;|#x26;)?/giu;

/**
 * The decoded name of a query parameter as written (`utm\_source` in Markdown, `utm%5Fsource`).
 * @param parameter the parameter as written (`name=value`).
 * @returns its name, lower case.
 */
function parameterName(parameter: string): string {
  const equals = parameter.indexOf('=');
  const raw = (equals < 0 ? parameter : parameter.slice(0, equals)).replaceAll('\\', '');
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    // `a%zz`: compared as written.
    return raw.toLowerCase();
  }
}

/**
 * Removes tracking parameters from a query as written, keeping every other parameter and
 * separator byte for byte (`a=1&amp;utm_source=x&amp;b=2` → `a=1&amp;b=2`).
 * @param query the query without `?`.
 * @param options resolved options.
 * @param markup whether character references stand for `&` (Markdown, HTML).
 * @returns the new query (undefined when nothing is left) and the names removed.
 */
function stripTracking(query: string, options: Resolved, markup: boolean): { query: string | undefined; removed: string[] } {
  const parameters: string[] = [];
  const separators: string[] = [];
  let position = 0;
  const pattern = markup ? new RegExp(separatorPattern.source, separatorPattern.flags) : /&/gu;
  for (const match of query.matchAll(pattern)) {
    parameters.push(query.slice(position, match.index));
    separators.push(match[0]);
    position = match.index + match[0].length;
  }
  parameters.push(query.slice(position));
  const removed: string[] = [];
  let result = '';
  let kept = 0;
  for (const [index, parameter] of parameters.entries()) {
    const name = parameterName(parameter);
    const tracking = parameter !== '' && (options.parameters.has(name) || options.prefixes.some((prefix) => name.startsWith(prefix)));
    if (tracking) {
      removed.push(name);
      continue;
    }
    // The separator written before this parameter, or the first one when it now comes first.
    if (kept > 0) result += separators[index - 1] ?? separators[0] ?? '&';
    result += parameter;
    kept++;
  }
  if (removed.length === 0) return { query, removed };
  return { query: kept === 0 || result === '' ? undefined : result, removed };
}

/**
 * Writes a path in lower case, leaving percent escapes as written (`%2F` stays upper case).
 * @param path the path.
 * @returns the path in lower case.
 */
function lowerCasePath(path: string): string {
  return path.replace(/(%[0-9A-Fa-f]{2})|[^%]+/gu, (part, escape: string | undefined) => (escape ?? part.toLowerCase()));
}

/**
 * Whether a path names a file (its last segment has an extension: `/report.pdf`), which never
 * gets a trailing slash.
 * @param path the path.
 * @returns true for a file.
 */
function isFilePath(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.');
}

/**
 * What a link should be, with the reasons.
 * @param raw the link as written.
 * @param options resolved options.
 * @param markup whether character references stand for characters (Markdown, HTML).
 * @returns the canonical link and the reasons, or undefined when the link is not one to read.
 */
function canonicalise(raw: string, options: Resolved, markup: boolean): { url: string; changes: Change[] } | undefined {
  const parts = splitUrl(raw);
  const scheme = parts.scheme.slice(0, -1).toLowerCase();
  // `mailto:`, `tel:`, `javascript:`: not addresses of pages.
  if (parts.scheme !== '' && scheme !== 'http' && scheme !== 'https') return undefined;
  if (parts.scheme !== '' && parts.authority === undefined) return undefined;
  const changes: Change[] = [];
  const authority = parts.authority?.toLowerCase();
  const owned = authority !== undefined && options.owned.has(authority);
  // Root-relative paths are the site's; `../a` and `a.html` cannot be compared with a map.
  const onSite = owned || (parts.authority === undefined && parts.path.startsWith('/'));
  if (owned && options.host !== undefined && options.scheme !== undefined) {
    if (parts.scheme !== '' && scheme !== options.scheme) {
      changes.push(`scheme \`${scheme}\` → \`${options.scheme}\``);
      parts.scheme = `${options.scheme}:`;
    }
    if (authority !== options.host) {
      changes.push(`host \`${parts.authority ?? ''}\` → \`${options.host}\``);
      parts.authority = options.host;
    }
  }
  const foreign = parts.authority !== undefined && !owned ? parts.authority : undefined;
  if (onSite || foreign !== undefined || parts.path !== '') {
    const target = options.renamed.get(renameKey(foreign, parts.path, options.lowerCasePaths));
    if (target !== undefined) {
      const moved = splitUrl(target);
      const before = `${foreign === undefined ? '' : `//${foreign}`}${parts.path}`;
      if (moved.authority !== undefined) {
        parts.scheme = moved.scheme === '' ? parts.scheme : moved.scheme;
        parts.authority = moved.authority;
      }
      parts.path = moved.path === '' && parts.authority !== undefined ? '/' : moved.path;
      changes.push(`renamed target \`${before}\` → \`${target}\``);
    }
  }
  const ownedNow = parts.authority === undefined ? parts.path.startsWith('/') : options.owned.has(parts.authority.toLowerCase());
  if (ownedNow) {
    if (options.lowerCasePaths) {
      const lower = lowerCasePath(parts.path);
      if (lower !== parts.path) {
        changes.push('path in lower case');
        parts.path = lower;
      }
    }
    if (options.trailingSlash === 'always' && !parts.path.endsWith('/') && !isFilePath(parts.path)) {
      changes.push('trailing slash added');
      parts.path += '/';
    } else if (options.trailingSlash === 'never' && parts.path.length > 1 && parts.path.endsWith('/')) {
      changes.push('trailing slash removed');
      parts.path = withoutTrailingSlash(parts.path);
    }
  }
  if (parts.query !== undefined && parts.query !== '') {
    const stripped = stripTracking(parts.query, options, markup);
    if (stripped.removed.length > 0) {
      const names = stripped.removed.map((name) => `\`${name}\``).join(', ');
      changes.push(`tracking parameter${stripped.removed.length === 1 ? '' : 's'} ${names} removed`);
      parts.query = stripped.query;
    }
  }
  return { url: joinUrl(parts), changes };
}

/**
 * The end of a Markdown file's front matter (`---` … `---`), whose links are the page's own
 * address and its old ones (`aliases`), not links to rewrite.
 * @param context the rule context.
 * @returns the offset after the closing line, or 0 when there is none.
 */
function frontMatterEnd(context: RuleContext): number {
  if (context.view.format !== 'markdown' || !context.text.startsWith('---')) return 0;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/u.exec(context.text.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}

/**
 * Shortens a URL for a message: at most 60 characters, with an ellipsis.
 * @param url the URL.
 * @returns the shortened URL.
 */
function shortenUrl(url: string): string {
  return url.length <= 60 ? url : `${url.slice(0, 59)}\u2026`;
}

/**
 * Whether a code unit ends a part of a URL (`/`, `?`, `#`), where edits are cut.
 * @param code a code unit.
 * @returns true for a delimiter.
 */
function isDelimiter(code: number): boolean {
  return code === 47 || code === 63 || code === 35;
}

/**
 * Whether an edit meets a path segment of the link that holds a slug cascade, which
 * `no-slug-cascade` edits: two edits of one segment would wait for each other.
 * @param text the text as read.
 * @param link the link.
 * @param range the edit's range.
 * @param renamed whether the edit moves the link to a renamed target.
 * @returns true when the edit touches such a segment.
 */
function touchesSlugCascade(text: string, link: LinkRange, range: [number, number], renamed: boolean): boolean {
  for (const segment of urlSegments(text, link.start, link.end)) {
    if (segment.end < range[0] || segment.start > range[1]) continue;
    // A renamed slug replaces the segment the slug rule replaces: the rename wins.
    if (renamed && segment.start === range[0] && segment.end === range[1]) continue;
    const tokens = slugTokens(text, segment.start, segment.end);
    if (tokens.length > 1 && findSlugCascades(tokens).length > 0) return true;
  }
  return false;
}

/**
 * Reports one link.
 * @param context the rule context.
 * @param link the link's range.
 * @param options resolved options.
 */
function checkLink(context: RuleContext, link: LinkRange, options: Resolved): void {
  const raw = context.text.slice(link.start, link.end);
  const result = canonicalise(raw, options, context.view.format !== 'text');
  if (!result || result.url === raw || result.changes.length === 0) return;
  // The smallest edit: the parts the URLs share at both ends stay untouched.
  let prefix = 0;
  while (prefix < raw.length && prefix < result.url.length && raw.charCodeAt(prefix) === result.url.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < raw.length - prefix && suffix < result.url.length - prefix && raw.charCodeAt(raw.length - 1 - suffix) === result.url.charCodeAt(result.url.length - 1 - suffix)) suffix++;
  // Whole path segments (or the whole query): a renamed slug is then the same edit as the
  // slug rule's when both agree, and the fixer applies it once for both.
  while (prefix > 0 && !isDelimiter(raw.charCodeAt(prefix - 1))) prefix--;
  while (suffix > 0 && !isDelimiter(raw.charCodeAt(raw.length - suffix))) suffix--;
  const range: [number, number] = [link.start + prefix, link.end - suffix];
  const renamed = result.changes.some((change) => change.startsWith('renamed'));
  // `…/womens-rightss-rights?utm_source=x` with a trailing slash to add: the slug rule edits
  // that segment first, and this rule reads the link again on the fixer's next pass.
  if (touchesSlugCascade(context.text, link, range, renamed)) return;
  context.report({
    start: link.start,
    end: link.end,
    reason: `Unexpected non-canonical link \`${shortenUrl(raw)}\`, expected \`${shortenUrl(result.url)}\``,
    expected: [result.url],
    fix: { range, text: result.url.slice(prefix, result.url.length - suffix) },
    suggestions: [],
    confidence: renamed ? 0.95 : 0.9,
    explanation: result.changes.join('; '),
  });
}

/** The rule module. */
export const canonicalLinks: Rule = {
  meta: {
    id: 'canonical-links',
    description: 'Rewrite links to the form the site expects: origin, trailing slash, lower case, no tracking parameters, renamed targets.',
    fixable: true,
    url: documentationUrl,
    defaultSeverity: 'warning',
    optIn: true,
    optionsSchema: canonicalLinksOptionsSchema,
  },
  create(rawOptions) {
    const options = resolve(rawOptions);
    return (context) => {
      if (context.view.links.length === 0 && context.view.format === 'text') return;
      const skipBefore = frontMatterEnd(context);
      for (const link of linksOf(context)) {
        if (link.kind !== 'url' || link.start < skipBefore) continue;
        checkLink(context, link, options);
      }
    };
  },
};
