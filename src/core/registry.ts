/**
 * The rule registry: every rule copyguard ships, by id.
 */
import { noDoubledWords } from '../rules/no-doubled-words.js';
import { noReplacementCascade } from '../rules/no-replacement-cascade.js';
import { noSlugCascade } from '../rules/no-slug-cascade.js';
import { expectedNames } from '../rules/expected-names.js';
import { noLabelInjection } from '../rules/no-label-injection.js';
import { canonicalLinks } from '../rules/canonical-links.js';
import type { Rule } from './rule.js';

/**
 * All rules, in the order they run (cascades first: they claim their runs). `canonical-links`
 * is opt-in: it runs only when the configuration names it.
 */
export const rules: readonly Rule[] = [noReplacementCascade, noDoubledWords, noSlugCascade, noLabelInjection, expectedNames, canonicalLinks];

/** Rules by id. */
export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
