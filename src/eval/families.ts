/**
 * Label families for the evaluation corruption generator (data only).
 *
 * A family is a taxonomy rename `term` → `label` of the kind a CMS runs as a find-and-replace. The
 * families are invented for evaluation; none of them is taken from a real damaged site, so `npm run eval`
 * is not tuned to one archive. Terms were chosen because they occur in government, agency-blog and news
 * prose such as the clean control corpus. Lists are sorted by domain, then by term.
 */

/** The subject area a family's label belongs to. */
export type Domain =
  | 'culture'
  | 'environment'
  | 'government'
  | 'health'
  | 'news'
  | 'retail'
  | 'science'
  | 'sport'
  | 'transport'
  | 'universities';

/** One taxonomy rename: every occurrence of `term` became `label`. */
export interface LabelFamily {
  /** The text the rename searched for, in lower case (`health`). */
  term: string;
  /** The text the rename put in (`Health and social care`). */
  label: string;
  /** The subject area of the label. */
  domain: Domain;
}

/**
 * Families whose label contains its own term case-insensitively, so a case-insensitive substring replace
 * re-matches its own output on every pass and leaves a cascade. The term starts the label except in
 * `Grassroots sport` and `Severe weather`, where the run grows in front of the term.
 */
export const cascadeFamilies: readonly LabelFamily[] = [
  { term: 'award', label: 'Awards & honours', domain: 'culture' },
  { term: 'books', label: 'Books of the year', domain: 'culture' },
  { term: 'event', label: 'Events', domain: 'culture' },
  { term: 'film', label: 'Film reviews', domain: 'culture' },
  { term: 'heritage', label: 'heritage sites', domain: 'culture' },
  { term: 'music', label: 'Music & nightlife', domain: 'culture' },
  { term: 'climate', label: 'climate change', domain: 'environment' },
  { term: 'flood', label: 'Flood warnings and river levels', domain: 'environment' },
  { term: 'nature', label: "Nature's recovery", domain: 'environment' },
  { term: 'waste', label: 'Waste & recycling', domain: 'environment' },
  { term: 'water', label: 'Water quality', domain: 'environment' },
  { term: 'weather', label: 'Severe weather', domain: 'environment' },
  { term: 'wildlife', label: 'Wildlife sightings', domain: 'environment' },
  { term: 'budget', label: 'Budget / spending', domain: 'government' },
  { term: 'citizens', label: "Citizens' assembly", domain: 'government' },
  { term: 'data', label: 'Data and statistics', domain: 'government' },
  { term: 'housing', label: 'housing and homelessness', domain: 'government' },
  { term: 'police', label: 'Police and public safety', domain: 'government' },
  { term: 'policy', label: 'Policy papers and consultations', domain: 'government' },
  { term: 'security', label: 'Security + resilience', domain: 'government' },
  { term: 'veterans', label: "Veterans' affairs", domain: 'government' },
  { term: 'disease', label: 'Disease outbreaks', domain: 'health' },
  { term: 'health', label: 'Health and social care', domain: 'health' },
  { term: 'medicine', label: 'Medicines and vaccines', domain: 'health' },
  { term: 'men', label: "Men's health", domain: 'health' },
  { term: 'patients', label: "Patients' voices", domain: 'health' },
  { term: 'congress', label: 'Congress watch', domain: 'news' },
  { term: 'election', label: 'Elections', domain: 'news' },
  { term: 'media', label: 'Media centre', domain: 'news' },
  { term: 'news', label: 'News & analysis', domain: 'news' },
  { term: 'opinion', label: 'Opinion pieces', domain: 'news' },
  { term: 'customers', label: "Customers' stories", domain: 'retail' },
  { term: 'products', label: 'Products & services', domain: 'retail' },
  { term: 'sale', label: 'Sale now on', domain: 'retail' },
  { term: 'shopping', label: 'shopping guides', domain: 'retail' },
  { term: 'stores', label: 'Stores near you', domain: 'retail' },
  { term: 'energy', label: 'Energy + utilities', domain: 'science' },
  { term: 'innovation', label: 'Innovation lab', domain: 'science' },
  { term: 'science', label: 'Science & technology', domain: 'science' },
  { term: 'space', label: 'Space exploration', domain: 'science' },
  { term: 'football', label: 'Football news', domain: 'sport' },
  { term: 'games', label: 'Games & fixtures', domain: 'sport' },
  { term: 'league', label: 'League tables', domain: 'sport' },
  { term: 'sport', label: 'Grassroots sport', domain: 'sport' },
  { term: 'teams', label: 'Teams and players', domain: 'sport' },
  { term: 'airports', label: 'Airports and flights', domain: 'transport' },
  { term: 'roads', label: 'Roads / highways', domain: 'transport' },
  { term: 'traffic', label: 'Traffic and travel news', domain: 'transport' },
  { term: 'transit', label: 'Transit & commuting', domain: 'transport' },
  { term: 'travel', label: 'Travel advice', domain: 'transport' },
  { term: 'college', label: 'College admissions', domain: 'universities' },
  { term: 'courses', label: 'Courses A-Z', domain: 'universities' },
  { term: 'research', label: 'Research impact', domain: 'universities' },
  { term: 'students', label: "Students' union news", domain: 'universities' },
  { term: 'university', label: 'University life', domain: 'universities' },
];

/**
 * Families for single-pass injections: run once as a case-sensitive whole-word replace, and the label does
 * not contain its term case-sensitively, so nothing repeats (`teachers` → `Teachers' pay`).
 */
export const injectionFamilies: readonly LabelFamily[] = [
  { term: 'libraries', label: 'Libraries and archives', domain: 'culture' },
  { term: 'farmers', label: 'Farming & food', domain: 'environment' },
  { term: 'parks', label: 'Parks and open spaces', domain: 'environment' },
  { term: 'immigration', label: 'Immigration & asylum', domain: 'government' },
  { term: 'doctors', label: 'Doctors and nurses', domain: 'health' },
  { term: 'hospitals', label: 'Hospitals & clinics', domain: 'health' },
  { term: 'jobs', label: 'Jobs board', domain: 'news' },
  { term: 'volunteers', label: 'Volunteering opportunities', domain: 'news' },
  { term: 'prices', label: 'Prices & deals', domain: 'retail' },
  { term: 'athletes', label: "Athletes' stories", domain: 'sport' },
  { term: 'airlines', label: 'Airlines & airports', domain: 'transport' },
  { term: 'teachers', label: "Teachers' pay", domain: 'universities' },
];

/**
 * The renames named in the original issue, for unit tests only. The evaluation never draws from this list,
 * so measured recall is not tuned to them.
 */
export const issueExamples: readonly LabelFamily[] = [
  { term: 'arts', label: 'Arts & Culture', domain: 'culture' },
  { term: 'crime', label: 'Crime and justice', domain: 'government' },
  { term: 'children', label: "Children's rights", domain: 'news' },
  { term: 'women', label: "Women's rights", domain: 'news' },
  { term: 'transport', label: 'Transport updates', domain: 'transport' },
];
