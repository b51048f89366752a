/**
 * `loadProfile` validation: parse errors, unknown keys, missing restorations, duplicates,
 * signatures, groups the archive lacks (errors) or the profile lacks (warnings), undecided
 * groups, conflicting restorations, and labels that restore through their cascades.
 */
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/survey/profile.js';
import type { SurveyReport } from '../../src/survey/survey.js';

const S = "women's rights's rightss rights's rights's rights's rights";
const L = "women's rights's rights's rightss rights's rights's rights's rights";

/**
 * A profile from groups, as YAML written by hand.
 * @param groups the groups.
 * @returns the YAML text.
 */
function profile(groups: string): string {
  return `version: 1\ngroups:\n${groups}`;
}

const cascade = `  - id: womens-rights-cascade-1\n    signature: "cascade:${S}"\n    label: Women's rights\n    restoration: women\n`;
const variant = (restoration: string): string => `  - id: womens-rights-variant-2\n    signature: "variant:${L}"\n    label: Women's rights\n    restoration: ${restoration}\n`;

/**
 * A survey report holding groups with these signatures.
 * @param signatures the signatures.
 * @returns a minimal report.
 */
function reportOf(signatures: string[]): SurveyReport {
  return {
    version: 1,
    files: 1,
    findings: signatures.length,
    discoveredLabels: [],
    groups: signatures.map((signature, index) => ({
      id: `group-${index}`,
      signature,
      kind: signature.startsWith('variant') ? 'variant' : 'cascade',
      ruleId: 'no-replacement-cascade',
      label: "Women's rights",
      text: signature.slice(signature.indexOf(':') + 1),
      count: 1,
      files: ['a.txt'],
      impact: 1,
      restoration: null,
      suggestion: null,
      note: '',
      examples: [],
    })),
  };
}

describe('loadProfile', () => {
  it('turns decided groups into restorations and dominant forms', () => {
    const loaded = loadProfile(profile(cascade + variant('Stop Violence Against Women')), 'profile.yaml');
    expect(loaded).toMatchObject({ restorations: { [S]: 'women', [L]: 'Stop Violence Against Women' }, errors: [], warnings: [] });
    expect(loaded.forms?.dominant.get('women\u0000rights')).toEqual(["'s", "'s", 's', "'s", "'s", "'s"]);
  });

  it('warns about undecided groups and leaves them out', () => {
    for (const empty of ['null', '""', '"  "']) {
      const loaded = loadProfile(profile(cascade + variant(empty)), 'profile.yaml');
      expect(loaded.restorations).toEqual({ [S]: 'women' });
      expect(loaded.errors).toEqual([]);
      expect(loaded.warnings).toEqual(['Group `womens-rights-variant-2` of `profile.yaml` has no restoration yet: its findings stay suggestions']);
    }
  });

  it('reports a group the archive no longer has as an error, and one the profile lacks as a warning', () => {
    const loaded = loadProfile(profile(cascade + variant('Stop Violence Against Women')), 'profile.yaml', reportOf([`cascade:${S}`, 'injection:children\'s rights']));
    expect(loaded.errors).toEqual(['The profile `profile.yaml` references a missing group `womens-rights-variant-2`: the archive has no findings with its signature']);
    expect(loaded.warnings).toEqual(["Group `group-1` (1 finding of `Women's rights`) is not in the profile `profile.yaml`"]);
  });

  it('reports malformed profiles', () => {
    expect(loadProfile('groups: [', 'p.yaml').errors[0]).toMatch(/^Cannot parse the profile `p.yaml`: /u);
    expect(loadProfile('- a\n- b\n', 'p.yaml').errors).toEqual(['Expected the profile `p.yaml` to be a mapping with `version: 1` and a list `groups`']);
    expect(loadProfile('version: 2\nextra: 1\ngroups: []\n', 'p.yaml').errors).toEqual(['Unknown key `extra` in the profile `p.yaml`', 'Cannot read version `2` of the profile `p.yaml`: expected `1`']);
    expect(loadProfile(profile('  - 3\n'), 'p.yaml').errors).toEqual(['Expected `groups[0]` of `p.yaml` to be a mapping with `id`, `signature` and `restoration`']);
    expect(loadProfile(profile('  - signature: "cascade:x"\n    restoration: y\n'), 'p.yaml').errors).toEqual(['Expected `id` of `groups[0]` of `p.yaml` to be a non-empty string']);
    expect(loadProfile(profile('  - id: a\n    signature: "nope"\n    restoration: y\n'), 'p.yaml').errors).toEqual([
      'Expected `signature` of group `a` of `p.yaml` to read `cascade:…`, `variant:…`, `injection:…`, `slug:…` or `other:…`',
    ]);
    expect(loadProfile(profile('  - id: a\n    signature: "cascade:Women\'s  X"\n    restoration: y\n'), 'p.yaml').errors).toEqual([
      "Cannot use the signature of group `a` of `p.yaml`: `Women's  X` is not a restoration key (lower case, straight apostrophes, single spaces)",
    ]);
    expect(loadProfile(profile('  - id: a\n    signature: "cascade:x y"\n    restauration: y\n'), 'p.yaml').errors).toEqual([
      'Unknown key `restauration` in `groups[0]` of `p.yaml`',
      'Missing `restoration` in group `a` of `p.yaml` (write `null` to leave it undecided)',
    ]);
    expect(loadProfile(profile('  - id: a\n    signature: "cascade:x y"\n    kind: variant\n    restoration: [1]\n'), 'p.yaml').errors).toEqual([
      'Cannot use group `a` of `p.yaml`: its `kind` `variant` differs from its signature\'s `cascade`',
      'Expected `restoration` of group `a` of `p.yaml` to be a string or null',
    ]);
    expect(loadProfile(profile('  - id: a\n    signature: "cascade:x y"\n    label: 3\n    restoration: z\n'), 'p.yaml').errors).toEqual(['Expected `label` of group `a` of `p.yaml` to be a string']);
  });

  it('reports duplicate ids, signatures and conflicting restorations', () => {
    const twice = profile('  - id: a\n    signature: "cascade:x y"\n    restoration: x\n  - id: a\n    signature: "variant:x y"\n    restoration: z\n');
    expect(loadProfile(twice, 'p.yaml').errors).toEqual(['Duplicate group id `a` in `p.yaml`', 'Conflicting restorations for `x y` in `p.yaml`: `x` and `z`']);
    const sameSignature = profile('  - id: a\n    signature: "cascade:x y"\n    restoration: x\n  - id: b\n    signature: "cascade:x y"\n    restoration: x\n');
    expect(loadProfile(sameSignature, 'p.yaml').errors).toEqual(['Duplicate signature `cascade:x y` in `p.yaml` (group `b`)']);
  });

  it('restores injections of a label that has cascades through the cascades only', () => {
    // A key `women's rights` would also restore the undecided variant to `women`.
    const injection = `  - id: womens-rights-injection-3\n    signature: "injection:women's rights"\n    label: Women's rights\n    restoration: women\n`;
    const loaded = loadProfile(profile(cascade + variant('null') + injection), 'profile.yaml');
    expect(loaded.restorations).toEqual({ [S]: 'women' });
    const other = `  - id: womens-rights-injection-3\n    signature: "injection:women's rights"\n    label: Women's rights\n    restoration: ladies\n`;
    expect(loadProfile(profile(cascade + other), 'profile.yaml').warnings).toEqual([
      "Group `womens-rights-injection-3` of `profile.yaml`: the label has cascades, so its injections restore to their term (`women`), not `ladies`",
    ]);
  });

  it('keeps other rules\' groups out of the restorations', () => {
    const slug = '  - id: slug-1\n    signature: "slug:womens-rightss-rights"\n    restoration: women\n  - id: other-1\n    signature: "other:the the"\n    restoration: null\n';
    expect(loadProfile(profile(slug), 'p.yaml')).toMatchObject({ restorations: {}, errors: [], warnings: [] });
  });
});
