/**
 * Word lists for the grammar evidence of `no-label-injection` and `expected-names`. Data
 * only; each list is kept sorted.
 */

/**
 * Continuations that only fit people (a label such as `Children's rights` before them stands
 * where the plain noun `children` belongs): `… who were`, `… as young as seven`,
 * `… under the age of 18`. Lower case, one phrase per entry, matched word by word.
 */
export const personContinuations: readonly string[] = [
  'aged',
  'as young as',
  'between the ages',
  'born',
  'have been killed',
  'under the age',
  'were injured',
  'were killed',
  'who',
  'whom',
  'whose',
];

/** Relative pronouns: after a noun phrase they open a relative clause. */
export const relativePronouns: readonly string[] = ['that', 'which', 'who', 'whom', 'whose'];

/** Words before a plural count noun (`several …`, `two …`, `300,000 …`) besides numbers. */
export const quantifiers: readonly string[] = [
  'eight',
  'few',
  'five',
  'four',
  'hundred',
  'hundreds',
  'many',
  'million',
  'millions',
  'nine',
  'several',
  'seven',
  'six',
  'ten',
  'thousand',
  'thousands',
  'three',
  'two',
];

/** Coordinating conjunctions that close a noun phrase (`Children's rights and men`). */
export const coordinators: readonly string[] = ['and', 'nor', 'or'];

/** Small words a capitalised name may hold in lower case (`Save the Children`, `Department of …`). */
export const nameJoiners: readonly string[] = ['and', 'de', 'for', 'of', 'the'];
