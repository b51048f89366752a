/**
 * `no-slug-cascade`: a replacement cascade in a URL's slug
 * (`womens-rightss-rightss-rightss-rightss-rightss-rights`), left when a site regenerated
 * its URL aliases from damaged titles. The slug is restored the way the prose is: the run
 * collapses to the term (`women`); a variant or a run cut at the slug's length limit gets a
 * suggestion only. Where the page's title is known and made the slug, the slug the site
 * would make from the repaired title is offered too (or first, with `source: 'title'`).
 */
import { isOwnLink, titleOf } from '../adapters/index.js';
import type { LinkRange } from '../adapters/types.js';
import type { Cascade } from '../core/analyze.js';
import { learnForms, startsWithForm } from '../core/forms.js';
import { documentationUrl, type Rule, type RuleContext } from '../core/rule.js';
import {
  defaultMaxLength,
  findBareUrls,
  findSlugCascades,
  slugify,
  slugJoiner,
  slugLabelKey,
  slugTokens,
  toSlug,
  urlSegments,
  type SlugCascade,
  type SlugOptions,
  type SlugSegment,
} from '../core/slug.js';
import { slugStopWords } from './data/stop-words.js';
import { restorationKey } from './no-replacement-cascade.js';

/** Options of `no-slug-cascade`. */
export interface SlugCascadeOptions {
  /** Words the site drops when it makes slugs from titles (default: Pathauto's list). */
  stopWords?: readonly string[];
  /** Longest slug the site makes, cut at a word boundary (default 100). */
  maxLength?: number;
  /**
   * What the new slug is: `run` (default) collapses the cascade in place and keeps the rest
   * of the slug as the site cut it; `title` makes the slug again from the repaired title,
   * when the page's title is known and made the current slug.
   */
  source?: 'run' | 'title';
}

/** The rule's options after validation. */
interface ResolvedOptions {
  slug: SlugOptions;
  source: 'run' | 'title';
}

/**
 * Validates the rule's options.
 * @param options options from the configuration.
 * @returns the resolved options.
 * @throws TypeError naming the offending option.
 */
function resolve(options: Readonly<Record<string, unknown>>): ResolvedOptions {
  const { stopWords, maxLength, source } = options;
  if (stopWords !== undefined && (!Array.isArray(stopWords) || !stopWords.every((word) => typeof word === 'string'))) {
    throw new TypeError('Expected `stopWords` to be an array of strings');
  }
  if (maxLength !== undefined && (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1)) {
    throw new TypeError('Expected `maxLength` to be a positive integer');
  }
  if (source !== undefined && source !== 'run' && source !== 'title') throw new TypeError('Expected `source` to be `run` or `title`');
  return {
    slug: { stopWords: (stopWords as string[] | undefined) ?? slugStopWords, maxLength: (maxLength as number | undefined) ?? defaultMaxLength },
    source: (source as 'run' | 'title' | undefined) ?? 'run',
  };
}

/** A slug cascade with where it was found. */
interface Found {
  link: LinkRange;
  segment: SlugSegment;
  cascade: SlugCascade;
}

/** How a slug cascade is restored. */
interface Decision {
  /** `dominant` (fix), `longer` or `variant` (suggestion), `truncated` (guess). */
  status: 'dominant' | 'longer' | 'variant' | 'truncated' | 'restored';
  /** Start of the replaced run in the text. */
  start: number;
  /** End of the replaced run. */
  end: number;
  /** The run's replacement in slug form (`women`, `womens`, `stop-violence-against-women`). */
  text: string;
  /** A note for the explanation. */
  note: string;
}

/**
 * What the file's prose says about labels: its cascades by slug text, the label keys seen,
 * and the dominant form of each label in slug form.
 */
interface ProseEvidence {
  bySlug: Map<string, Cascade>;
  labels: Set<string>;
  dominant: Map<string, string[]>;
}

/**
 * Gathers the prose evidence of a file.
 * @param context the rule context.
 * @returns the evidence.
 */
function proseEvidence(context: RuleContext): ProseEvidence {
  const bySlug = new Map<string, Cascade>();
  const labels = new Set<string>();
  const view = context.analysis.text;
  for (const cascade of context.analysis.cascades) {
    bySlug.set(toSlug(view.slice(cascade.start, cascade.end)), cascade);
    labels.add(slugLabelKey(cascade.term, cascade.tail));
  }
  const dominant = new Map<string, string[]>();
  for (const [labelKey, joiners] of context.forms.dominant) {
    const [term = '', tail = ''] = labelKey.split('\u0000');
    const key = slugLabelKey(term, [tail]);
    labels.add(key);
    dominant.set(key, joiners.map(slugJoiner));
  }
  return { bySlug, labels, dominant };
}

/**
 * Finds the links of a file: the adapter's links and bare URLs in its prose (shared with
 * `canonical-links`).
 * @param context the rule context.
 * @returns links in text order.
 */
export function linksOf(context: RuleContext): LinkRange[] {
  const links = [...context.view.links];
  // The plain-text view already lists its bare URLs.
  if (context.view.format === 'text') return links.sort((a, b) => a.start - b.start);
  const sorted = [...links].sort((a, b) => a.start - b.start);
  // Both lists are in text order: one merge pass finds the overlaps.
  let cursor = 0;
  for (const range of findBareUrls(context.view.text)) {
    while (cursor < sorted.length && (sorted[cursor]?.end ?? 0) <= range.start) cursor++;
    // A URL the adapter already gave (a link's text that is its address) is not read twice.
    const next = sorted[cursor];
    const overlaps = next !== undefined && next.start < range.end;
    if (!overlaps) links.push({ ...range, kind: 'url' });
  }
  return links.sort((a, b) => a.start - b.start);
}

/**
 * Restoration given in options for a prose cascade, by its text or its label.
 * @param context the rule context.
 * @param cascade the prose cascade.
 * @returns the restoration, or undefined.
 */
function mappedRestoration(context: RuleContext, cascade: Cascade): string | undefined {
  const view = context.analysis.text;
  const core = view.slice(cascade.start, cascade.carriedStart).replaceAll('\uE002', '');
  return context.restorations.get(restorationKey(core)) ?? context.restorations.get(restorationKey(`${cascade.head.text} ${cascade.tailText}`));
}

/**
 * Decides how a slug cascade that the prose also has (same text) is restored, following the
 * prose's dominant form and the restorations given in options.
 * @param context the rule context.
 * @param found the slug cascade.
 * @param prose the prose cascade with the same slug text.
 * @param options resolved options.
 * @returns the decision.
 */
function decideFromProse(context: RuleContext, found: SlugCascade, prose: Cascade, options: ResolvedOptions): Decision {
  const mapped = mappedRestoration(context, prose);
  if (mapped !== undefined) {
    return { status: 'restored', start: found.start, end: found.end, text: slugify(mapped, { ...options.slug, maxLength: Number.POSITIVE_INFINITY }) + found.carried, note: 'restoration given in options' };
  }
  const dominant = context.forms.dominant.get(prose.labelKey);
  if (dominant && !startsWithForm(prose.joiners, dominant)) {
    return { status: 'variant', start: found.start, end: found.end, text: found.term, note: 'the prose cascade it was made from is a variant of its label' };
  }
  if (dominant && dominant.length < prose.joiners.length) {
    // `…rights's rights` one unit longer than the dominant form: the original was
    // `women's rights`, so the run ends at the dominant length and keeps its `s`.
    const unit = found.units[dominant.length - 1];
    const last = unit?.[unit.length - 1];
    if (last) {
      return { status: 'dominant', start: found.start, end: last.end, text: found.term + slugJoiner(prose.joiners[dominant.length] ?? ''), note: 'the unit after the dominant form is the carried suffix, as in the prose' };
    }
  }
  return { status: 'dominant', start: found.start, end: found.end, text: found.term + found.carried, note: 'made from the same cascade in the prose' };
}

/**
 * A decision whose text opens with the term as the slug writes it: a path in Title Case keeps
 * its capital (`Future-of-Mobile-Self-Self-service` is `Future-of-Mobile-service`, not
 * `…-mobile-…`); a restoration given in options is the slug it makes.
 * @param text the text.
 * @param found the slug cascade.
 * @param decision how it is restored.
 * @returns the decision, its term as written.
 */
function withWrittenTerm(text: string, found: SlugCascade, decision: Decision): Decision {
  const written = text.slice(found.start, found.start + found.term.length);
  // (Only a first capital: one inside the word is a label's glued there, `devIce-skating-…`.)
  if (decision.status === 'restored' || written === found.term || written.toLowerCase() !== found.term || written.slice(1) !== found.term.slice(1) || !decision.text.startsWith(found.term)) return decision;
  return { ...decision, text: written + decision.text.slice(found.term.length) };
}

/**
 * Decides how a slug cascade is restored from forms alone (no prose cascade has its text).
 * @param found the slug cascade.
 * @param dominant the label's dominant form in slug form, if known.
 * @param origin where the dominant form was learned: the file's prose or its slugs.
 * @returns the decision.
 */
function decideFromForms(found: SlugCascade, dominant: readonly string[] | undefined, origin: 'prose' | 'slugs'): Decision {
  const base = { start: found.start, end: found.end };
  if (found.truncated) {
    return { ...base, status: 'truncated', text: found.term, note: 'a guess: the run reaches the end of the slug without its final plain unit, so the slug was cut at a length limit' };
  }
  if (!dominant || (startsWithForm(found.joiners, dominant) && found.joiners.length === dominant.length)) {
    return { ...base, status: 'dominant', text: found.term + found.carried, note: `the dominant form of its label in the file's ${origin}` };
  }
  if (startsWithForm(found.joiners, dominant)) {
    return { ...base, status: 'longer', text: found.term, note: `one or more units longer than the dominant form of its label (${dominant.length} units), so it may come from another original` };
  }
  return { ...base, status: 'variant', text: found.term, note: `its form differs from the dominant form of its label (${dominant.length} units), so it came from another original` };
}

/**
 * Restores the page's title for making its slug: each cascade in the title becomes its term
 * (with its carried suffix), or the restoration given in options.
 * @param context the rule context.
 * @param title the title's range.
 * @returns the repaired title, or undefined when a cascade in it needs a decision.
 */
function repairedTitle(context: RuleContext, title: { start: number; end: number }): string | undefined {
  const view = context.analysis.text;
  let result = '';
  let position = title.start;
  for (const cascade of context.analysis.cascades) {
    if (cascade.start < title.start || cascade.end > title.end) continue;
    const mapped = mappedRestoration(context, cascade);
    const dominant = context.forms.dominant.get(cascade.labelKey);
    let replacement: string;
    let end = cascade.end;
    if (mapped !== undefined) replacement = mapped + view.slice(cascade.carriedStart, cascade.end);
    else if (dominant && !startsWithForm(cascade.joiners, dominant)) return undefined;
    else if (dominant && dominant.length < cascade.joiners.length) {
      const unit = cascade.units[dominant.length - 1];
      const last = unit?.[unit.length - 1];
      if (!last) return undefined;
      end = last.end;
      replacement = cascade.term + (cascade.joiners[dominant.length] ?? '');
    } else replacement = cascade.term + view.slice(cascade.carriedStart, cascade.end);
    result += view.slice(position, cascade.start) + replacement;
    position = end;
  }
  return result + view.slice(position, title.end);
}

/**
 * The slug the site would make from the repaired title, when the title made the current
 * slug (the title's slug equals it or continues it past the length limit).
 * @param context the rule context.
 * @param segment the slug's segment.
 * @param options resolved options.
 * @returns the new slug, or undefined.
 */
function slugFromTitle(context: RuleContext, segment: SlugSegment, options: ResolvedOptions): string | undefined {
  const title = titleOf(context.view);
  if (!title) return undefined;
  const current = slugTokens(context.text, segment.start, segment.end)
    .map((token) => token.value)
    .join('-');
  const damaged = slugify(context.analysis.text.slice(title.start, title.end), { ...options.slug, maxLength: Number.POSITIVE_INFINITY });
  if (damaged !== current && !damaged.startsWith(`${current}-`)) return undefined;
  const repaired = repairedTitle(context, title);
  if (repaired === undefined) return undefined;
  const slug = slugify(repaired, options.slug);
  return slug === '' ? undefined : slug;
}

/**
 * Shortens a slug run for a message: its first two tokens and an ellipsis.
 * @param text the run as written.
 * @returns the shortened run (`womens-rightss-…`).
 */
function shortenSlug(text: string): string {
  const parts = text.split('-');
  if (parts.length <= 3) return text;
  return `${parts.slice(0, 2).join('-')}-\u2026`;
}

/**
 * Reports one slug cascade.
 * @param context the rule context.
 * @param found the cascade and where it is.
 * @param decision how it is restored.
 * @param options resolved options.
 */
function reportSlug(context: RuleContext, found: Found, decision: Decision, options: ResolvedOptions): void {
  const { text } = context;
  const { segment, cascade } = found;
  const collapsed = text.slice(segment.start, decision.start) + decision.text + text.slice(decision.end, segment.end);
  const fromTitle = segment.last && isOwnLink(context.view, found.link) ? slugFromTitle(context, segment, options) : undefined;
  const byTitle = options.source === 'title' && fromTitle !== undefined;
  const primary = byTitle ? fromTitle : collapsed;
  const expected = [primary];
  const alternative = byTitle ? collapsed : fromTitle;
  if (alternative !== undefined && alternative !== primary) expected.push(alternative);
  const run = text.slice(cascade.start, cascade.end);
  const units = cascade.units.length;
  const tail = cascade.tail.join('-');
  let explanation = `${units} unit${units === 1 ? '' : 's'} of the tail \`${tail}\` after the head \`${cascade.head.value}\` in a slug`;
  if (cascade.evidence.length > 0) explanation += `; ${cascade.evidence.join('; ')}`;
  explanation += `; ${decision.note}`;
  if (fromTitle !== undefined) explanation += `; the repaired title makes the slug \`${fromTitle}\``;
  const range: [number, number] = [segment.start, segment.end];
  const doubtful = decision.status === 'variant' || decision.status === 'longer' || decision.status === 'truncated';
  if (doubtful) {
    const confidence = decision.status === 'truncated' ? 0.5 : 0.4;
    const reason =
      decision.status === 'truncated'
        ? `Unexpected replacement cascade in slug \`${shortenSlug(run)}\`, expected \`${decision.text}\``
        : `Unexpected variant of a replacement cascade in slug \`${shortenSlug(run)}\`, expected a decision (perhaps \`${decision.text}\`)`;
    context.report({
      start: segment.start,
      end: segment.end,
      reason,
      expected,
      fix: null,
      suggestions: expected.map((candidate, index) => ({ range, text: candidate, confidence: index === 0 ? confidence : confidence - 0.1 })),
      confidence,
      explanation,
    });
    return;
  }
  let confidence = 0.85;
  if (cascade.anomaly) confidence += 0.05;
  if (decision.note === 'made from the same cascade in the prose' || decision.status === 'restored') confidence += 0.05;
  if (cascade.evidence.some((item) => item.startsWith('the same label'))) confidence += 0.03;
  context.report({
    start: segment.start,
    end: segment.end,
    reason: `Unexpected replacement cascade in slug \`${shortenSlug(run)}\`, expected \`${decision.text}\``,
    expected,
    fix: { range, text: primary },
    suggestions: [],
    confidence: Math.min(confidence, 0.97),
    explanation,
  });
}

/** The rule module. */
export const noSlugCascade: Rule = {
  meta: {
    id: 'no-slug-cascade',
    description: 'Find replacement cascades in URL slugs and propose the slug of the restored term or title.',
    fixable: true,
    url: documentationUrl,
    defaultSeverity: 'error',
  },
  create(rawOptions) {
    const options = resolve(rawOptions);
    return (context) => {
      const links = linksOf(context);
      if (links.length === 0) return;
      const evidence = proseEvidence(context);
      const found: Found[] = [];
      for (const link of links) {
        for (const segment of urlSegments(context.text, link.start, link.end)) {
          const tokens = slugTokens(context.text, segment.start, segment.end);
          if (tokens.length < 2) continue;
          for (const cascade of findSlugCascades(tokens, evidence.labels)) found.push({ link, segment, cascade });
        }
      }
      if (found.length === 0) return;
      // Forms of labels the prose does not show, learned from the file's complete slug runs.
      const slugForms = learnForms(found.filter((item) => !item.cascade.truncated).map((item) => ({ labelKey: item.cascade.labelKey, joiners: item.cascade.joiners })));
      for (const item of found) {
        const runSlug = item.cascade.units.reduce((slug, unit) => `${slug}-${unit.map((token) => token.value).join('-')}`, item.cascade.head.value);
        const prose = evidence.bySlug.get(runSlug);
        const proseForm = evidence.dominant.get(item.cascade.labelKey);
        const decision = prose
          ? decideFromProse(context, item.cascade, prose, options)
          : decideFromForms(item.cascade, proseForm ?? slugForms.dominant.get(item.cascade.labelKey), proseForm ? 'prose' : 'slugs');
        reportSlug(context, item, withWrittenTerm(context.text, item.cascade, decision), options);
      }
    };
  },
};
