import { describe, expect, it } from 'vitest';
import type { Change, Edit, FileResult, FixResult, FormModel, Message, Options, Point, Report, ReportFile, ReportMessage, Rule, RuleMeta, RuleSetting, Severity, Suggestion } from '../src/index.js';

describe('public API', () => {
  it('exports exactly these values', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual(['applyEdits', 'check', 'createProfile', 'fix', 'formatSurveyTable', 'learnFormsFrom', 'lintRules', 'loadGlossary', 'loadProfile', 'parseRuleFile', 'redirectsFromMessages', 'renderRedirectMap', 'retextCopyguard', 'rules', 'survey']);
  });

  it('exports functions and the rule list', async () => {
    const api = await import('../src/index.js');
    expect(typeof api.check).toBe('function');
    expect(typeof api.fix).toBe('function');
    expect(typeof api.learnFormsFrom).toBe('function');
    expect(typeof api.applyEdits).toBe('function');
    expect(typeof api.retextCopyguard).toBe('function');
    const ids = api.rules.map((rule) => rule.meta.id);
    // Cascades run first: they claim their runs before the doubled-word rule sees them.
    expect(ids.slice(0, 2)).toEqual(['no-replacement-cascade', 'no-doubled-words']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
  });

  it('rejects a text that is not a string with a TypeError naming `text`', async () => {
    const { check, fix } = await import('../src/index.js');
    expect(() => check(42 as unknown as string)).toThrow(new TypeError('Expected `text` to be a string'));
    expect(() => fix(null as unknown as string)).toThrow(TypeError);
  });

  it('rejects an unknown rule with a TypeError naming `rules`', async () => {
    const { check } = await import('../src/index.js');
    expect(() => check('text', { rules: { 'no-such-rule': 'error' } })).toThrow(/`rules`/u);
  });

  it('exports the public types', () => {
    // Compile-time check (`tsc -p tsconfig.test.json`): every public type is importable.
    const types: Array<
      Change | Edit | FileResult | FixResult | FormModel | Message | Options | Point | Report | ReportFile | ReportMessage | Rule | RuleMeta | RuleSetting | Severity | Suggestion
    > = [];
    expect(types).toEqual([]);
  });
});
