/**
 * `no-replacement-cascade`: a label re-applied by a find-and-replace whose replacement
 * contains its own search text (`Women's rights's rightss rights's … rights`). One finding
 * per cascade, covering head to last unit, restored to the term the label replaced.
 */
import { extraJoinersLength, normaliseApostrophes, offsetAfterLetters, type Cascade } from '../core/analyze.js';
import { applyCase, decideCaseAmong, decideNumber, inLowerCaseAddress, type CaseDecision, type NearbyRestoration } from '../core/context.js';
import { isAlwaysCapitalised, isFirstName, withoutPossessive } from '../core/proper-nouns.js';
import { gluedRest, startsWithForm } from '../core/forms.js';
import { isCapitalOnly, isSpelledPlainly, isSpelledWord } from '../core/spelling.js';
import { documentationUrl, shorten, type Rule, type FindingInput, type RuleContext } from '../core/rule.js';

/**
 * Normalises a text for looking it up among explicit restorations.
 * @param value a cascade text, label or term.
 * @returns lower case, straight apostrophes, single spaces.
 */
export function restorationKey(value: string): string {
  return normaliseApostrophes(value).toLowerCase().split(/\s+/u).filter(Boolean).join(' ');
}

/**
 * Describes the evidence for a cascade in one line.
 * @param cascade the cascade.
 * @param units how many units the finding covers.
 * @returns the explanation.
 */
function explain(cascade: Cascade, units: number): string {
  const head = cascade.kind === 'suffix' ? `${cascade.prefix}${cascade.term}` : cascade.head.text;
  // A term-last label's evidence opens with its copies before the term (see `prefixReading`).
  if (cascade.kind === 'prefix' && cascade.evidence.length > 0) return cascade.evidence.join('; ');
  const base = `${units} units of the tail \`${cascade.tailText}\` after the head \`${head}\``;
  return cascade.evidence.length > 0 ? `${base}; ${cascade.evidence.join('; ')}` : base;
}

/**
 * Cases a restoration taken from options: a lower-case entry follows the context, an entry
 * with capitals (a name) is kept as written.
 * @param value the restoration.
 * @param form the case the context asks for.
 * @returns the restoration to insert.
 */
function caseMapped(value: string, form: 'capital' | 'lower' | 'upper'): string {
  if (value !== value.toLowerCase()) return value;
  if (form === 'upper') return value.toUpperCase();
  if (form === 'capital') return value.charAt(0).toUpperCase() + value.slice(1);
  return value;
}

/**
 * Whether an `s`-only cascade standing alone (`Eventsss`, not glued inside a word) restores to
 * the plural: three or more `s` (two are always the passes), no longer cascade of the label in
 * the text that would make this one the singular, and a plural reading of the words around it.
 * So too a label that is its term's plural in `es` (`Processeseses`, units `es`).
 * @param context the rule context.
 * @param cascade the cascade.
 * @returns true when its last `s` is the plural the original word had.
 */
function isPluralSuffixCascade(context: RuleContext, cascade: Cascade): boolean {
  if (cascade.kind !== 'suffix' || (cascade.tail[0] !== 's' && cascade.tail[0] !== 'es') || cascade.carried !== '' || cascade.prefix !== '' || cascade.joiners.length < 3 || cascade.passesCounted) return false;
  // `prEventsss`, `sElectionsss`: a label hit inside another word says nothing of a noun's number.
  if (cascade.term.slice(1) !== cascade.term.slice(1).toLowerCase()) return false;
  const longer = (mostJoiners(context.analysis).get(cascade.labelKey) ?? 0) > cascade.joiners.length;
  return !longer && decideNumber(context.analysis.text, cascade.start, cascade.end) === 'plural';
}

/** The most joiners a cascade of each label has, per analysis (read once, not per cascade). */
const joinerCounts = new WeakMap<RuleContext['analysis'], Map<string, number>>();

/**
 * The most joiners a cascade of each label has in an analysis, so a text with many cascades is
 * not read again for each (`Eventsss` forty thousand times).
 * @param analysis the analysis.
 * @returns label key → the largest number of joiners.
 */
function mostJoiners(analysis: RuleContext['analysis']): Map<string, number> {
  let counts = joinerCounts.get(analysis);
  if (counts === undefined) {
    counts = new Map<string, number>();
    for (const other of analysis.cascades) counts.set(other.labelKey, Math.max(counts.get(other.labelKey) ?? 0, other.joiners.length));
    joinerCounts.set(analysis, counts);
  }
  return counts;
}

/**
 * Whether a term is written in capitals, with two letters or more (`NHS`, `COVID-19`).
 * @param term the term as written.
 * @returns true for an acronym.
 */
function isAcronym(term: string): boolean {
  let letters = 0;
  for (const character of term) {
    if (character !== character.toUpperCase()) return false;
    if (character !== character.toLowerCase()) letters++;
  }
  return letters >= 2;
}

/**
 * Whether a term is an acronym's plural: capitals, then a lower-case `s` (`APIs`, `PDFs`).
 * @param term the term as written.
 * @returns true for such a plural.
 */
function isAcronymPlural(term: string): boolean {
  return term.length > 2 && term.endsWith('s') && isAcronym(term.slice(0, -1));
}

/**
 * Whether a word is a name: English writes it with a capital only, or compromise knows it as a
 * place or a first name (`Taiwan`, `Aidan`).
 * @param word the word in any case.
 * @returns true for such a name.
 */
function isNameWord(word: string): boolean {
  const capitalised = `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
  return isCapitalOnly(capitalised) || isAlwaysCapitalised(capitalised) || isFirstName(capitalised);
}

/**
 * The letters of a glued prefix from its last capital on (`Docs` in `Docs`, `Your` in
 * `FindYour`), or the whole prefix when it has no capital (`re`).
 * @param prefix the letters glued before the term.
 * @returns its last hump.
 */
function lastHump(prefix: string): string {
  for (let index = prefix.length - 1; index >= 0; index--) {
    const character = prefix.charAt(index);
    if (character !== character.toLowerCase()) return prefix.slice(index);
  }
  return prefix;
}

/**
 * Whether a cascade's last copy ends in a capital `S` where its tail's last word, as the copies
 * write it, ends in a lower-case `s`: the letter is not the label's but the end of the word the
 * replace hit (`USAJobs at the councils at the councilS` from `USAJOBS`).
 * @param cascade the cascade.
 * @returns true for that shape.
 */
function endsInCapitalS(cascade: Cascade): boolean {
  const lastUnit = cascade.units[cascade.units.length - 1];
  const last = lastUnit?.[lastUnit.length - 1]?.text ?? '';
  const firstUnit = cascade.units[0];
  const copy = firstUnit?.[firstUnit.length - 1]?.text ?? '';
  return cascade.units.length >= 2 && last.endsWith('S') && copy.endsWith('s') && last.slice(0, -1) === copy.slice(0, -1);
}

/** Characters that may stand before a word in running text (not `/`, `.`, `-` of an address). */
const wordOpeners = new Set([' ', '\t', '\n', '\r', '(', '[', '"', '“', '‘', "'", '*', '_']);

/**
 * Decides the letter case of a term the replace hit inside a word. The damage shows the
 * label's capital either way, so the word around it tells: after one lower-case letter
 * (`mHealth`, `eLearning`), after letters already in CamelCase (`FindYourPark`) or before
 * letters that go on in CamelCase (`FedHealthIT`), where the letters before and the term make
 * no word of English, the word went on in CamelCase and the term kept its capital. Elsewhere
 * (`Smart`, `reteach`, `Wikimedia`, and `DocsTeach`, which reads like `Wikinews`) it is taken
 * in lower case.
 * @param prefix the letters glued before the term.
 * @param term the term.
 * @param carried the text carried after the last copy.
 * @param before the character before the word (empty at the text's start).
 * @returns the case decision.
 */
function gluedCase(prefix: string, term: string, carried: string, before: string): CaseDecision {
  // `GitHub`, `YouTube`, `PayPal`: the dictionary holds the word with the term's capital and
  // not in lower case.
  const letters = /^\p{Ll}*/u.exec(carried)?.[0] ?? '';
  const written = `${prefix}${term.charAt(0).toUpperCase()}${term.slice(1).toLowerCase()}${letters}`;
  if (/^\p{Lu}/u.test(prefix) && isSpelledWord(written) && !isSpelledPlainly(written)) {
    return { form: 'capital', reason: `the dictionary writes \`${written}\` with a capital inside` };
  }
  const letter = prefix.length === 1 && /^\p{Ll}$/u.test(prefix);
  // `FedHealthIT`, `myHealthyPeople`: a word that goes on in CamelCase after the term too.
  const camel = /\p{Ll}\p{Lu}/u.test(prefix) || (/\p{Lu}/u.test(carried) && /\p{Ll}$/u.test(prefix));
  // `/sdata-nonspatial.json`: a word inside an address or a file name keeps the lower case.
  if ((!letter && !camel) || (before !== '' && !wordOpeners.has(before))) return { form: 'lower', reason: 'inside a word' };
  const hump = lastHump(prefix);
  const stem = `${hump}${term}`.toLowerCase();
  // `Govern|men|t`: letters after the term may complete a word too.
  const rest = /^\p{Ll}*/u.exec(carried)?.[0] ?? '';
  for (let length = 0; length <= rest.length; length++) {
    if (isSpelledWord(`${stem}${rest.slice(0, length)}`)) return { form: 'lower', reason: 'inside a word' };
  }
  return { form: 'capital', reason: `inside a CamelCase name: \`${prefix}\` and \`${term}\` make no word` };
}

/**
 * Whether the glossary names a cascade's label (`Innovation lab`, or `Children's rights` for
 * a cascade whose head carries the possessive).
 * @param context the rule context.
 * @param cascade the cascade.
 * @returns true when one of its labels has the cascade's label key.
 */
function inGlossary(context: RuleContext, cascade: Cascade): boolean {
  return (context.glossary?.labels ?? []).some((entry) => {
    const words = normaliseApostrophes(entry.label).toLowerCase().split(' ');
    const head = words[0] ?? '';
    const term = head.endsWith("'s") ? head.slice(0, -2) : head.endsWith("'") ? head.slice(0, -1) : head;
    return `${term}\u0000${words.slice(1).join(' ')}` === cascade.labelKey;
  });
}

/**
 * Whether the text carried after a cascade's last unit is the rest of a word the replace hit
 * (`ncy’s` in `Age UK UK UKncy’s`), not a plural or a possessive: a unit glued to it is no
 * word the original held, so the cascade is no label standing in the original. Letters that
 * make a word with the tail's last word and none with the term are that word's own
 * (`Press office office officer` for `press`: the original held `press officer`).
 * @param cascade the cascade.
 * @returns true for such letters.
 */
function gluedToWord(cascade: Cascade): boolean {
  const rest = gluedRest(cascade);
  if (rest === undefined) return false;
  const tailLast = cascade.tail[cascade.tail.length - 1] ?? '';
  return isSpelledWord(`${cascade.term.toLowerCase()}${rest}`) || !isSpelledWord(`${tailLast}${rest}`);
}

/**
 * Plans the finding of one cascade: its span, restoration, confidence and evidence.
 * @param context the rule context.
 * @param cascade the cascade.
 * @param nearby restorations planned for the other cascades, in text order, read in place of
 *   their damaged text when the letter case is decided (empty on the first reading).
 * @param decisions where the letter-case decision of each planned finding is kept, when given.
 * @param lowered restorations of `nearby` read with their first letter in lower case.
 * @returns the finding to report.
 */
function planCascade(context: RuleContext, cascade: Cascade, nearby: readonly NearbyRestoration[], decisions?: Map<FindingInput, CaseDecision>, lowered?: ReadonlySet<NearbyRestoration>): FindingInput {
  const { text } = context;
  const view = context.analysis.text;
  const dominant = context.forms.dominant.get(cascade.labelKey);
  let end = cascade.end;
  // The carried suffix is taken from the file as written, so `&rsquo;s` stays an entity.
  let carriedStart = cascade.carriedStart;
  let units = cascade.kind === 'suffix' ? cascade.joiners.length : cascade.units.length;
  let status: 'dominant' | 'longer' | 'variant' = 'dominant';
  if (dominant && !startsWithForm(cascade.joiners, dominant)) status = 'variant';
  else if (dominant && dominant.length + 1 < cascade.joiners.length && cascade.kind === 'head') {
    // Two units or more beyond the dominant form: the label standing in the original gives
    // one more unit, never two (`Record fair fair fair fairs` beside `Record fair fairs`).
    status = 'variant';
  } else if (dominant && dominant.length < cascade.joiners.length && cascade.kind === 'suffix' && !cascade.passesCounted) {
    // `Eventsss` one `s` longer than the dominant `Eventss`: the original was `events`.
    status = 'longer';
    units = dominant.length;
    carriedStart -= extraJoinersLength(cascade.joiners, dominant.length);
  } else if (dominant && dominant.length < cascade.joiners.length && cascade.kind === 'head' && !gluedToWord(cascade) && !cascade.doubledAfter) {
    // `…rights's rights` one unit longer than the dominant form: the original was
    // `women's rights`, so the cascade ends at the dominant length and keeps its `'s`.
    status = 'longer';
    units = dominant.length;
    const lastUnit = cascade.units[units - 1];
    const lastToken = lastUnit?.[lastUnit.length - 1];
    if (lastToken) {
      end = lastToken.end;
      const tailLast = cascade.tail[cascade.tail.length - 1] ?? '';
      carriedStart = offsetAfterLetters(view, lastToken.start, tailLast.length, lastToken.end);
    }
  }
  let start = cascade.start;
  if (status === 'dominant' && dominant && dominant.length < cascade.joiners.length && cascade.kind === 'prefix' && cascade.prefix === '') {
    // `the National National National National park Service` one copy longer than the
    // dominant form: the first copy is the original's own word (`National Park Service`).
    const kept = cascade.units[cascade.joiners.length - dominant.length]?.[0];
    if (kept) {
      status = 'longer';
      units = dominant.length - 1;
      start = kept.start;
    }
  }
  let plural = false;
  if (status === 'dominant' && isPluralSuffixCascade(context, cascade)) {
    // `various Eventsss happen`: three `s` are two passes over `events` or three over `event`;
    // the grammar around it tells which when no other cascade of the label does.
    plural = true;
    carriedStart -= (cascade.tail[0] ?? 's').length;
  }
  // A label in capitals read as a suffix cascade (`GUIDESSSS`): its term is read in lower case
  // (see `readSuffixCascade`), and so is what it carried for the case decision; the restoration
  // keeps the letters as written where the decision is capitals (`restoredCarried`, below).
  const capitalsLabel = cascade.kind === 'suffix' && cascade.head.text === cascade.head.text.toUpperCase() && cascade.term !== cascade.term.toUpperCase();
  const writtenCarried = text.slice(carriedStart, end);
  const carried = capitalsLabel ? writtenCarried.toLowerCase() : writtenCarried;
  const carriedFirst = carried.charAt(0);
  // A term-last label's term glued to the start of a CamelCase word (`… CareerOneStop`).
  const camelTerm = cascade.kind === 'prefix' && /\p{Ll}\p{Lu}/u.test(cascade.term);
  // (A label in capitals asks whether its line is in capitals by the word as written.)
  let decision: CaseDecision = cascade.prefix !== '' ? gluedCase(cascade.prefix, cascade.term, carried, view.charAt(start - cascade.prefix.length - 1)) : decideCaseAmong(view, start, end, capitalsLabel ? cascade.head.text : cascade.term, nearby, `${cascade.term}${carried}`, lowered);
  if (isAcronym(cascade.prefix) && ((/\p{Lu}/u.test(carried) && !/\p{Ll}/u.test(carried)) || (carried === '' && (endsInCapitalS(cascade) || isSpelledWord(`${cascade.prefix}${cascade.term}`.toLowerCase()))))) {
    // `USAJOBS`: capitals before and after the term, so the whole word was in capitals. So
    // too where the word's own `S` is read as the label's `s` (`USAJobs at the councils at
    // the councilS`): the copies write it in lower case, the last in capitals. So too where
    // the capitals before the term and the term make a word (`FORWard notes notes` for
    // `FORWARD`; `USAJobs` makes none).
    decision = { form: 'upper', reason: 'a word in capitals' };
  } else if (isAcronym(cascade.prefix) && (/^(?:|s|es|['’]s?)$/iu.test(carried) || (/^\p{Ll}+(?:['’]s?)?$/u.test(carried) && isSpelledWord(`${cascade.term}${withoutPossessive(carried)}`.toLowerCase())))) {
    // `FBOpen`, `USAJobs`: a term that ends a word after an acronym, but for a plural or a
    // possessive, is a capitalised word of a name (a capitalised word before it says nothing:
    // `TranSport` was `Transport`). So is a term that makes a word with the lower-case letters
    // after it (`FLCBusiness` for `bus`, `DOSCareers` for `car`).
    decision = { form: 'capital', reason: 'a word after an acronym' };
  }
  if (/^\p{Lu}$/u.test(carried) && cascade.prefix === '' && isSpelledWord(`${cascade.term}${carried}`.toUpperCase())) {
    // `Aid & developmentS.gov` (`AIDS.gov`): the one letter left of the word the replace hit
    // is a capital, and the letters make a word, so it was in capitals (more letters are a
    // name's, `CitySDK`, and so is a capital that makes no word, `SpaceX`). After an acronym
    // the rule above has decided already (`USAJOBS`).
    decision = { form: 'upper', reason: 'a word in capitals' };
  } else if (carriedFirst !== carriedFirst.toLowerCase() && decision.form === 'lower' && (cascade.prefix === '' || !isSpelledWord(`${lastHump(cascade.prefix)}${cascade.term}`.toLowerCase()))) {
    // `HealthData`: the carried text goes on with a capital, so the word was CamelCase.
    decision = { form: 'capital', reason: 'inside a CamelCase name' };
  } else if (decision.form === 'lower' && cascade.prefix === '' && /\p{Ll}\p{Lu}\p{Ll}/u.test(carried) && (start === 0 || wordOpeners.has(view.charAt(start - 1)))) {
    // `Care…erOneStop`: the word goes on in CamelCase with a capitalised hump, which prose
    // writes after a capital (`CareerOneStop`); a hump in capitals keeps the lower case
    // (`openFDA`).
    decision = { form: 'capital', reason: 'inside a CamelCase name' };
  } else if (decision.form === 'lower' && camelTerm) {
    // `Adult Social Adult Social CareerOneStop`: a term-last label's term glued to the start of
    // a word in CamelCase, which prose writes with its first capital too.
    decision = { form: 'capital', reason: 'inside a CamelCase name' };
  }
  // `RAPI reference referencedly` (`API reference` for `api`, hit inside `Rapid`): capitals
  // that make a word with the lower-case letters glued after them were a word's letters.
  const gluedWord = /^\p{Ll}+$/u.test(carried) && isSpelledWord(`${cascade.term}${carried}`.toLowerCase());
  // `AI Summit Summit Summitdan` (`AI Summit` for `ai`, hit inside `Aidan`; `TAI Summit …wan`
  // is `Taiwan`): capitals glued to lower-case letters that make a name, which English writes
  // with a capital only or compromise knows as a place or a first name, were that name's.
  const carriedLetters = withoutPossessive(carried);
  const gluedName = !gluedWord && cascade.prefix === '' && isAcronym(cascade.term) && /^\p{Ll}{2,}$/u.test(carriedLetters) && isNameWord(`${cascade.term}${carriedLetters}`);
  // `NHS services services`, `APIs and SDKs and SDKs`: a term in capitals (or their plural)
  // before a tail that is not.
  const acronymTerm = cascade.prefix === '' && (isAcronym(cascade.term) || isAcronymPlural(cascade.term)) && cascade.tailText !== cascade.tailText.toUpperCase() && !gluedWord;
  if (gluedName) {
    decision = { form: 'capital', reason: 'a name the letters make' };
  } else if (acronymTerm && decision.form === 'lower' && inLowerCaseAddress(view, start, end)) {
    // `api.data.gov`, `federalregister.gov/api/v1`: an acronym's word inside an address the
    // text writes in lower case takes its case.
    decision = { form: 'lower', reason: 'a part of an address written in lower case' };
  } else if (acronymTerm) {
    // Elsewhere such a term is an acronym, written so anywhere (not `Nhs`, not `nhs`).
    decision = { form: 'upper', reason: 'an acronym' };
  } else if (decision.form === 'lower' && cascade.prefix === '' && isAlwaysCapitalised(cascade.term)) {
    // `Myanmar`, `London`, `Monday` keep their capital anywhere.
    decision = { form: 'capital', reason: 'a proper noun' };
  } else if (decision.form === 'lower' && decision.reason === 'mid-sentence' && isCapitalOnly(withoutPossessive(`${cascade.term}${carried}`))) {
    // `Meyer`, `Queensland`: words English writes with a capital only.
    decision = { form: 'capital', reason: 'a word written with a capital only' };
  }
  const coreText = view.slice(start, carriedStart).replaceAll('\uE002', '');
  const labelText = `${cascade.head.text} ${cascade.tailText}`;
  const mapped = context.restorations.get(restorationKey(coreText)) ?? context.restorations.get(restorationKey(labelText));
  let word = mapped === undefined ? applyCase(cascade.term, decision) : caseMapped(mapped, decision.form);
  // An acronym's plural keeps its lower-case `s` (`APIs`, not `APIS`).
  if (mapped === undefined && decision.form === 'upper' && isAcronymPlural(cascade.term)) word = `${word.slice(0, -1)}s`;
  // (The word's own letters after the first, humps included, stay as written: `CareerOneStop`.)
  if (mapped === undefined && decision.form === 'capital' && camelTerm) word = `${word.charAt(0)}${cascade.term.slice(1)}`;
  const restoredCarried = capitalsLabel && decision.form === 'upper' ? writtenCarried : carried;
  if (mapped === undefined && decision.form !== 'upper' && /^\p{Lu}\p{Lu}\p{Ll}/u.test(view.slice(start, start + 3))) {
    // `McCArts and …hy`, `SParks & …le`: a capital glued before the label's own capital is the
    // word's, which the replace never touched (`McCarthy`, `Sparkle`), so it stays as written.
    word = `${view.charAt(start)}${word.slice(1).toLowerCase()}`;
  }
  // `Schools & colleges & collegess`: the plural term already ends in the `s` the last unit
  // carries, and `schoolss` is no word (`Pas` and `s`, from `Passport Officesport Offices` cut
  // at the glue `sport`, make `pass`, which is one).
  const restored = restoredCarried.toLowerCase() === 's' && word.toLowerCase().endsWith('s') && word.length > 2 && !isSpelledWord(`${word}${restoredCarried}`.toLowerCase()) ? word : `${word}${restoredCarried}`;
  const actual = text.slice(start, end);
  const evidenceCount = cascade.evidence.length;
  let confidence = 0.7 + Math.min(evidenceCount, 2) * 0.1 + (units >= 3 ? 0.08 : 0);
  const support = context.forms.support.get(cascade.labelKey);
  if (support && support.explained >= 2) confidence += 0.05;
  confidence = Math.min(confidence, 0.99);
  let explanation = explain(cascade, units);
  if (status === 'longer') explanation += cascade.kind === 'prefix' ? '; the copy before the dominant form is the original’s own word' : `; the unit after the dominant form is the carried \`${restoredCarried}\``;
  if (plural) explanation += `; its last \`${cascade.tail[0] ?? 's'}\` is a plural, read from the words around it`;
  explanation += `; ${decision.form === 'lower' ? 'lower case' : decision.form === 'upper' ? 'capitals' : 'capital'} (${decision.reason})`;
  const recorded = (finding: FindingInput): FindingInput => {
    decisions?.set(finding, decision);
    return finding;
  };
  const reasonText = `Unexpected replacement cascade \`${shorten(actual)}\`, expected \`${restored}\``;
  if (cascade.possible && mapped === undefined && !dominant && !inGlossary(context, cascade)) {
    // Nothing names the label: the reading is offered, never applied.
    const suggestion = { range: [start, end] as [number, number], text: restored, confidence: 0.5 };
    const alternative = cascade.alternative === undefined ? [] : [{ range: [start, end] as [number, number], text: cascade.alternative, confidence: 0.4 }];
    return recorded({
      start,
      end,
      reason: `Possible replacement cascade \`${shorten(actual)}\`, perhaps \`${restored}\``,
      expected: [restored, ...alternative.map((other) => other.text)],
      fix: null,
      suggestions: [suggestion, ...alternative],
      confidence: 0.5,
      explanation: `${explanation}; ${cascade.doubt ?? 'two copies with a plural on the second also read as a phrase people write (`Word document documents`), so no fix unless a glossary, profile or other files name the label'}`,
    });
  }
  if (status === 'variant' && mapped === undefined) {
    const suggestion = { range: [start, end] as [number, number], text: restored, confidence: 0.4 };
    return recorded({
      start,
      end,
      reason: `Unexpected variant of a replacement cascade \`${shorten(actual)}\`, expected a decision (perhaps \`${restored}\`)`,
      expected: [restored],
      fix: null,
      suggestions: [suggestion],
      confidence: 0.4,
      explanation: `${explanation}; its form differs from the dominant form of this label (${dominant?.length ?? 0} units), so it came from another original`,
    });
  }
  return recorded({
    start,
    end,
    reason: reasonText,
    expected: [restored],
    fix: { range: [start, end], text: restored },
    suggestions: [],
    confidence: mapped === undefined ? confidence : 0.97,
    explanation: mapped === undefined ? explanation : `${explanation}; restoration given in options`,
  });
}

/**
 * Reports every cascade of the text. The restorations are planned twice: the second reading
 * decides letter case with the other cascades already restored, since a neighbouring cascade
 * hides the name a word stands in (`Office of ManageMen's health's healtht and Budget / …`);
 * then two cascades side by side that are capitalised only by each other are read again
 * (`unlinkCapitals`).
 * @param context the rule context.
 */
function reportCascades(context: RuleContext): void {
  const cascades = context.analysis.cascades;
  const first = cascades.map((cascade) => planCascade(context, cascade, []));
  const nearby: NearbyRestoration[] = first.map((plan) => ({ start: plan.start, end: plan.end, text: plan.expected[0] ?? '' }));
  const decisions = new Map<FindingInput, CaseDecision>();
  const plans = nearby.length > 1 ? cascades.map((cascade) => planCascade(context, cascade, nearby, decisions)) : first;
  if (plans.length > 1) unlinkCapitals(context, cascades, plans, nearby, decisions);
  for (const finding of plans) context.report(finding);
  for (const cascade of context.analysis.possible ?? []) context.report(planCascade(context, cascade, nearby));
}

/**
 * The reasons for a capital that come from the capitals of the words right around the span (a
 * Title Case line is read from all its words, and stays).
 */
const neighbourReasons = new Set(['inside a name', 'the head noun of a name after a capitalised word', 'the head noun of a name before `of` and a name', 'an item of a list of capitalised words']);

/**
 * Puts in lower case two cascades one space apart that are capitalised only by each other:
 * each shows the other a capital the damage put there (`Mobile First First App Gallery Gallery
 * concepts` is `mobile app concepts`, not `Mobile App`). A capital that stays when the other is
 * read in lower case comes from a real name (`Appsssle’s Appsss Store` is `Apple’s App Store`),
 * and the other keeps its capital beside it.
 * @param context the rule context.
 * @param cascades the cascades, in text order.
 * @param plans their planned findings, replaced in place.
 * @param nearby the restorations the plans were read with.
 * @param decisions the letter-case decision of each planned finding.
 */
function unlinkCapitals(context: RuleContext, cascades: readonly Cascade[], plans: FindingInput[], nearby: readonly NearbyRestoration[], decisions: Map<FindingInput, CaseDecision>): void {
  const view = context.analysis.text;
  const named = (finding: FindingInput | undefined): boolean => {
    const decision = finding === undefined ? undefined : decisions.get(finding);
    return decision !== undefined && decision.form === 'capital' && neighbourReasons.has(decision.reason);
  };
  // The plan of one cascade read with its neighbour in lower case, when that puts it in lower case.
  const withoutNeighbour = (index: number, neighbour: number): FindingInput | undefined => {
    const restoration = nearby[neighbour];
    const cascade = cascades[index];
    if (restoration === undefined || cascade === undefined) return undefined;
    const plan = planCascade(context, cascade, nearby, decisions, new Set([restoration]));
    return decisions.get(plan)?.form === 'lower' ? plan : undefined;
  };
  for (let index = 0; index + 1 < plans.length; index++) {
    const one = plans[index] as FindingInput;
    if (!named(one) || view.charCodeAt(one.end) !== 32) continue;
    // The plans are in text order; two readings of one span may overlap, so the next one that
    // starts one space after this one is looked for.
    let next = index + 1;
    while (next < plans.length && (plans[next] as FindingInput).start < one.end + 1) next++;
    const other = plans[next];
    if (other === undefined || other.start !== one.end + 1 || !named(other)) continue;
    const oneLower = withoutNeighbour(index, next);
    const otherLower = oneLower === undefined ? undefined : withoutNeighbour(next, index);
    if (oneLower === undefined || otherLower === undefined) continue;
    plans[index] = oneLower;
    plans[next] = otherLower;
  }
}

/** The rule module. */
export const noReplacementCascade: Rule = {
  meta: {
    id: 'no-replacement-cascade',
    description: 'Find labels re-applied by a find-and-replace that matched its own output, and restore the replaced term.',
    fixable: true,
    url: documentationUrl,
    defaultSeverity: 'error',
  },
  create() {
    return (context) => {
      reportCascades(context);
    };
  },
};
