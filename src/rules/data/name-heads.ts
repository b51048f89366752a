/**
 * Word lists for the head nouns of names (`src/core/proper-nouns.ts`), read with compromise's
 * own lists of the nouns that make a capitalised word before them an organisation
 * (`Council`, `Army`) or a place (`City`, `Street`). Data only; each list is kept sorted.
 */

/**
 * Nouns of compromise's organisation and place lists that mostly follow a name as a common
 * noun (`the GSA data`, `a Python library`, `the Obama administration`, `the US market`): a
 * capitalised word before them makes no name.
 */
export const describingNouns: readonly string[] = [
  'administration', 'authority', 'ave', 'bar', 'brands', 'building', 'capital', 'care', 'chemicals',
  'co', 'coffee', 'communications', 'community', 'complex', 'computers', 'consulting', 'containers',
  'country', 'cr', 'data', 'design', 'development', 'district', 'downtown', 'drilling', 'education',
  'electric', 'electricity', 'energy', 'enterprise', 'enterprises', 'entertainment', 'field',
  'financial', 'fm', 'gas', 'government', 'group', 'house', 'insurance', 'international',
  'investment', 'investments', 'investors', 'landing', 'library', 'machines', 'management',
  'marketing', 'markets', 'media', 'midtown', 'military', 'mobile', 'news', 'office', 'oil',
  'optical', 'partners', 'pits', 'pizza', 'post', 'power', 'press', 'radio', 'rd', 'region',
  'resources', 'savings', 'securities', 'service', 'services', 'site', 'st', 'state', 'systems',
  'television', 'territory', 'town', 'tr', 'trail', 'trails', 'tv', 'uptown', 'village', 'way',
  'workers', 'zone',
];

/**
 * Common nouns that follow a name in lower case more often than with a capital (`the Federal
 * Front Door team`, `the agency website`, `its Facebook page`): capitalised words before them
 * make no name of them.
 */
export const nounsAfterNames: readonly string[] = [
  'blog', 'event', 'events', 'member', 'members', 'page', 'site', 'staff', 'team', 'teams', 'website',
];

/** Heads of names that compromise's organisation list lacks (`Libertarian Party`, `Tax Court`, `Writing Lab`). */
export const moreOrganisationHeads: readonly string[] = ['court', 'lab', 'party'];

/** Describing nouns that head a name before `of` and a name (`the Office of …`, `the Library of Congress`). */
export const namesBeforeOf: readonly string[] = [
  'administration', 'district', 'government', 'house', 'library', 'office', 'region', 'state',
  'territory', 'town', 'village',
];

/**
 * Formal titles, which English capitalises right before a person's name (`Senator Jane Doe`,
 * `Officer Dana Holt`, `Hurricane Laura`); a common noun there stays in lower case (`designer
 * Sarah Quill`, `team member Jo Reyes`). Read with compromise's honorifics.
 */
export const titlesBeforeNames: readonly string[] = [
  'admiral', 'ambassador', 'archbishop', 'assemblyman', 'assemblywoman', 'attorney', 'bishop',
  'brother', 'cardinal', 'chair', 'chairman', 'chairwoman', 'chancellor', 'chief', 'coach',
  'colonel', 'commander', 'commissioner', 'congressman', 'congresswoman', 'constable', 'corporal',
  'councillor', 'councilman', 'councilor', 'councilwoman', 'cyclone', 'dean', 'delegate', 'deputy',
  'detective', 'director', 'doctor', 'dr', 'duchess', 'duke', 'emperor', 'father', 'governor',
  'hurricane', 'imam', 'inspector', 'judge', 'justice', 'king', 'lady', 'lieutenant', 'lord',
  'major', 'marshal', 'mayor', 'minister', 'officer', 'pastor', 'pope', 'premier', 'president',
  'prince', 'princess', 'private', 'professor', 'queen', 'rabbi', 'representative', 'reverend',
  'secretary', 'senator', 'sergeant', 'sheriff', 'sister', 'speaker', 'storm', 'superintendent',
  'trooper', 'typhoon',
];

/** Titles that name storms, not people (`Hurricane Laura`): no person's title after a capitalised word. */
export const stormTitles: readonly string[] = ['cyclone', 'hurricane', 'storm', 'typhoon'];
