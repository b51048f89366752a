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

/**
 * A second set of families, none of them in the lists above, with shapes those lack: term-last
 * labels whose first word often stands before the term in clean prose (`Public health`,
 * `National park`), one-word labels glued to their term (`Toolkits`, `Childcare`), labels
 * whose first word is the term with letters glued on (`Shipping news`), curly
 * apostrophes in the label (`Workers’ rights`), accented letters (`Café culture`), a tail
 * of a dash and four words. They were written in the session of 2026-12-04, in four batches, to
 * measure how far the engine's rules carry to labels it was not built on; each batch was
 * measured once untouched, then the engine was corrected on what it showed, so they are
 * development data now, not held out.
 */
export const secondCascadeFamilies: readonly LabelFamily[] = [
  { term: 'schools', label: 'Schools and colleges', domain: 'universities' },
  { term: 'girls', label: "Girls' education", domain: 'universities' },
  { term: 'tax', label: 'Tax & benefits', domain: 'government' },
  { term: 'design', label: 'Design systems', domain: 'science' },
  { term: 'agency', label: 'Agency news', domain: 'government' },
  { term: 'privacy', label: 'Privacy & cookies', domain: 'government' },
  { term: 'website', label: 'Website updates', domain: 'news' },
  { term: 'accessibility', label: 'Accessibility statement', domain: 'government' },
  { term: 'training', label: 'Training and skills', domain: 'universities' },
  { term: 'cloud', label: 'Cloud computing', domain: 'science' },
  { term: 'mobile', label: 'Mobile apps', domain: 'science' },
  { term: 'president', label: 'President’s office', domain: 'government' },
  { term: 'court', label: 'Court rulings', domain: 'government' },
  { term: 'voters', label: "Voters' guide", domain: 'news' },
  { term: 'contract', label: 'Contracts & tenders', domain: 'government' },
  { term: 'community', label: 'Community groups', domain: 'culture' },
  { term: 'history', label: 'History & archives', domain: 'culture' },
  { term: 'families', label: 'Families first', domain: 'government' },
  { term: 'workers', label: 'Workers’ rights', domain: 'government' },
  { term: 'business', label: 'Business support', domain: 'retail' },
  { term: 'trade', label: 'Trade & industry', domain: 'retail' },
  { term: 'email', label: 'Email newsletters', domain: 'news' },
  { term: 'internet', label: 'Internet safety', domain: 'science' },
  { term: 'culture', label: 'Café culture', domain: 'culture' },
  { term: 'economy', label: 'Local economy', domain: 'government' },
  { term: 'map', label: 'Maps and guides', domain: 'transport' },
  { term: 'software', label: 'Software & tools', domain: 'science' },
  { term: 'survey', label: 'Surveys and results', domain: 'science' },
  { term: 'nation', label: "Nation's story", domain: 'news' },
  { term: 'user', label: 'User research notes', domain: 'science' },
  { term: 'video', label: 'Video & podcasts', domain: 'culture' },
  { term: 'ocean', label: 'Oceans and coasts', domain: 'environment' },
  { term: 'rural', label: 'Rural affairs', domain: 'environment' },
  { term: 'earth', label: 'Earth & planets', domain: 'science' },
  { term: 'fire', label: 'Fire and rescue', domain: 'government' },
  { term: 'census', label: 'Census 2030', domain: 'government' },
  { term: 'benefits', label: 'Benefits – what you can claim', domain: 'government' },
  { term: 'kids', label: "Kids' zone", domain: 'culture' },
  { term: 'library', label: 'Library services', domain: 'culture' },
  { term: 'bridge', label: 'Bridges and tunnels', domain: 'transport' },
  { term: 'garden', label: "Gardens' trust", domain: 'environment' },
  { term: 'river', label: 'River levels', domain: 'environment' },
  { term: 'tool', label: 'Toolkits', domain: 'science' },
  { term: 'office', label: 'Office hours & contacts', domain: 'government' },
  { term: 'grant', label: 'Grants and funding', domain: 'government' },
  { term: 'network', label: 'Network status', domain: 'science' },
  { term: 'account', label: 'Accounts & billing', domain: 'retail' },
  { term: 'phone', label: 'Phones and tablets', domain: 'retail' },
  { term: 'city', label: 'City council news', domain: 'government' },
  { term: 'law', label: 'Laws & regulations', domain: 'government' },
  { term: 'job', label: 'Jobs', domain: 'news' },
  { term: 'staff', label: 'Staff stories', domain: 'news' },
  { term: 'vote', label: 'Votes and elections', domain: 'news' },
  { term: 'team', label: 'Team’s picks', domain: 'sport' },
  { term: 'veteran', label: 'Veterans’ benefits', domain: 'government' },
  { term: 'market', label: 'Market updates', domain: 'retail' },
  { term: 'student', label: "Student's guide", domain: 'universities' },
  { term: 'museum', label: 'Museum exhibitions', domain: 'culture' },
  { term: 'summer', label: 'Summer school', domain: 'universities' },
  { term: 'forest', label: 'Forests and woodlands', domain: 'environment' },
  { term: 'mayor', label: 'Mayor’s blog', domain: 'government' },
  { term: 'tech', label: 'Tech & innovation', domain: 'science' },
  { term: 'park', label: 'National park', domain: 'environment' },
  { term: 'art', label: 'Arts and crafts', domain: 'culture' },
  { term: 'plan', label: 'Plans / strategies', domain: 'government' },
  { term: 'digital', label: 'Digital services', domain: 'government' },
  { term: 'energy', label: 'Clean energy', domain: 'science' },
  { term: 'coast', label: 'Coastguard updates', domain: 'environment' },
  { term: 'child', label: 'Childcare', domain: 'government' },
  { term: 'public', label: 'Public notices', domain: 'government' },
  { term: 'citizen', label: 'Citizen science', domain: 'science' },
  { term: 'guide', label: 'Guides and manuals', domain: 'culture' },
  { term: 'health', label: 'Public health', domain: 'health' },
  { term: 'water', label: 'Waterways & canals', domain: 'transport' },
  { term: 'horse', label: "Horses' welfare", domain: 'sport' },
  { term: 'port', label: 'Port authority notices', domain: 'transport' },
  { term: 'hospital', label: 'Hospital waiting times', domain: 'health' },
  { term: 'bank', label: 'Banks and lenders', domain: 'retail' },
  { term: 'fish', label: 'Fisheries', domain: 'environment' },
  { term: 'home', label: 'Homeowners', domain: 'government' },
  { term: 'care', label: 'Care homes', domain: 'health' },
  { term: 'patient', label: "Patient's charter", domain: 'health' },
  { term: 'council', label: 'Council tax + rates', domain: 'government' },
  { term: 'volunteer', label: 'Volunteer of the month', domain: 'news' },
  { term: 'print', label: 'Printables', domain: 'culture' },
  { term: 'tree', label: 'Tree planting', domain: 'environment' },
  { term: 'ship', label: 'Shipping news', domain: 'transport' },
  { term: 'rain', label: 'Rainfall records', domain: 'environment' },
  { term: 'radio', label: 'Radio & podcasts', domain: 'culture' },
  { term: 'book', label: 'Bookshop picks', domain: 'culture' },
  { term: 'town', label: 'Town hall', domain: 'government' },
  { term: 'farm', label: 'Farming today', domain: 'environment' },
  { term: 'sea', label: 'Sea levels', domain: 'environment' },
  { term: 'game', label: 'Games and puzzles', domain: 'sport' },
  { term: 'camp', label: 'Campaigns', domain: 'news' },
  { term: 'dog', label: 'Dogs’ home', domain: 'culture' },
  { term: 'war', label: 'War memorials', domain: 'news' },
  { term: 'heat', label: 'Heatwave warnings', domain: 'environment' },
  { term: 'snow', label: 'Snow days', domain: 'environment' },
  { term: 'ticket', label: 'Tickets and passes', domain: 'transport' },
  { term: 'cycle', label: 'Cycle routes', domain: 'transport' },
  { term: 'climate', label: 'Climate action', domain: 'environment' },
  { term: 'student', label: 'Student life', domain: 'universities' },
  { term: 'member', label: "Members' area", domain: 'news' },
  { term: 'light', label: 'Lighting & signals', domain: 'transport' },
  { term: 'road', label: 'Roadworks', domain: 'transport' },
  { term: 'prize', label: 'Prizes and awards', domain: 'culture' },
  { term: 'class', label: 'Classrooms', domain: 'universities' },
  { term: 'worker', label: 'Worker’s rights hub', domain: 'government' },
  { term: 'state', label: 'State of the union', domain: 'government' },
  { term: 'visit', label: 'Visitor information', domain: 'culture' },
  { term: 'hall', label: 'Halls of residence', domain: 'universities' },
  { term: 'shop', label: 'Shops & markets', domain: 'retail' },
  { term: 'lab', label: 'Labs', domain: 'science' },
  { term: 'test', label: 'Testing centres', domain: 'health' },
  { term: 'speech', label: 'Speeches and statements', domain: 'government' },
  { term: 'fund', label: 'Fundraising', domain: 'news' },
  { term: 'rule', label: 'Rules + guidance', domain: 'government' },
  { term: 'wind', label: 'Wind farms', domain: 'environment' },
  { term: 'star', label: 'Stargazing', domain: 'science' },
  { term: 'mail', label: 'Mailing list', domain: 'news' },
  { term: 'film', label: 'Filmmakers’ corner', domain: 'culture' },
  { term: 'page', label: 'Pages and posts', domain: 'news' },
  { term: 'link', label: 'Useful links', domain: 'news' },
  { term: 'water', label: 'Drinking water', domain: 'environment' },
  { term: 'people', label: "People's panel", domain: 'government' },
  { term: 'sun', label: 'Sunday papers', domain: 'news' },
];

/** Injection families of the second set (single case-sensitive passes). */
export const secondInjectionFamilies: readonly LabelFamily[] = [
  { term: 'nurses', label: 'Nursing & care', domain: 'health' },
  { term: 'soldiers', label: 'Armed forces', domain: 'government' },
  { term: 'museums', label: 'Museums and galleries', domain: 'culture' },
  { term: 'engineers', label: 'Engineering jobs', domain: 'science' },
  { term: 'lawyers', label: 'Legal help', domain: 'government' },
  { term: 'writers', label: "Writers' corner", domain: 'culture' },
  { term: 'pilots', label: 'Aviation careers', domain: 'transport' },
  { term: 'bakers', label: 'Bread & baking', domain: 'retail' },
  { term: 'farmers', label: 'Agriculture news', domain: 'environment' },
];

/**
 * A fourth set: written on 2026-12-04 in three batches (30, 25 and 25 families; batch 8 repeated one family of the second set, `Roadworks`, kept there only) after the
 * held-out set, each measured once untouched before its misses were read (batch 6, seed 23:
 * 95.7% found, 70.6% of recoverable spans restored; batch 7, seed 29: 94.4% and 86.0%;
 * batch 8, seed 31: 99.5% and 79.1%). They brought labels glued with their apostrophe
 * (`Renters' rights` for `rent`), glued units of three letters (`Hosting`), `s` labels glued
 * inside many words (`Apps`), term-last labels that add `es` (`Local heroes`), and labels
 * holding a dash, a bar or a colon (`Fishing - rules`, `What’s on: events`). The engine was
 * corrected on them, so they are development data now, row (h) of `npm run eval`. Some terms
 * are shared with earlier sets under other labels (`horse`, `park`, `space`, `star`).
 */
export const thirdCascadeFamilies: readonly LabelFamily[] = [
  { term: 'island', label: 'Island life', domain: 'environment' },
  { term: 'church', label: 'Churches & chapels', domain: 'culture' },
  { term: 'wine', label: 'Wine tasting', domain: 'retail' },
  { term: 'salt', label: 'Salt marshes', domain: 'environment' },
  { term: 'glass', label: 'Glassblowing', domain: 'culture' },
  { term: 'stone', label: 'Stone circles', domain: 'culture' },
  { term: 'oil', label: 'Oil and gas', domain: 'science' },
  { term: 'bus', label: 'Bus timetables', domain: 'transport' },
  { term: 'train', label: 'Trains and trams', domain: 'transport' },
  { term: 'dance', label: 'Dance classes', domain: 'culture' },
  { term: 'youth', label: 'Youth services', domain: 'government' },
  { term: 'rent', label: "Renters' rights", domain: 'government' },
  { term: 'loan', label: 'Student loans', domain: 'universities' },
  { term: 'exam', label: 'Exam results', domain: 'universities' },
  { term: 'vaccine', label: 'Vaccines', domain: 'health' },
  { term: 'army', label: 'Army cadets', domain: 'government' },
  { term: 'pension', label: 'Pension credit', domain: 'government' },
  { term: 'border', label: 'Border force', domain: 'government' },
  { term: 'storm', label: 'Storm warnings', domain: 'environment' },
  { term: 'drought', label: 'Drought & hosepipe bans', domain: 'environment' },
  { term: 'bee', label: 'Beekeeping', domain: 'environment' },
  { term: 'village', label: 'Village news', domain: 'news' },
  { term: 'song', label: 'Songs of praise', domain: 'culture' },
  { term: 'moon', label: 'Moon landing', domain: 'science' },
  { term: 'paper', label: 'Papers & reports', domain: 'news' },
  { term: 'debt', label: 'Debt advice', domain: 'government' },
  { term: 'wage', label: 'Minimum wage', domain: 'government' },
  { term: 'crop', label: 'Crops & harvest', domain: 'environment' },
  { term: 'elder', label: 'Elders’ council', domain: 'government' },
  { term: 'sky', label: 'Sky at night', domain: 'science' },
  { term: 'horse', label: 'Horse racing', domain: 'sport' },
  { term: 'lake', label: 'Lakes and rivers', domain: 'environment' },
  { term: 'cook', label: 'Cookery school', domain: 'culture' },
  { term: 'bike', label: 'Bike lanes', domain: 'transport' },
  { term: 'park', label: "Parking permits", domain: 'transport' },
  { term: 'trail', label: 'Trail maps', domain: 'environment' },
  { term: 'flight', label: 'Flights & delays', domain: 'transport' },
  { term: 'dentist', label: 'Dentists', domain: 'health' },
  { term: 'shelter', label: 'Shelters and food banks', domain: 'government' },
  { term: 'poll', label: "Polls & surveys", domain: 'news' },
  { term: 'tenant', label: "Tenants’ association", domain: 'government' },
  { term: 'photo', label: 'Photo of the week', domain: 'news' },
  { term: 'hero', label: 'Local heroes', domain: 'news' },
  { term: 'parent', label: "Parents' evening", domain: 'universities' },
  { term: 'beach', label: 'Beach cleans', domain: 'environment' },
  { term: 'space', label: 'Spaceflight', domain: 'science' },
  { term: 'grid', label: 'Grid upgrades', domain: 'science' },
  { term: 'app', label: 'Apps', domain: 'science' },
  { term: 'press', label: 'Press releases', domain: 'news' },
  { term: 'cash', label: 'Cashback offers', domain: 'retail' },
  { term: 'bill', label: 'Bills and payments', domain: 'government' },
  { term: 'host', label: 'Hosting', domain: 'science' },
  { term: 'chart', label: 'Charts', domain: 'science' },
  { term: 'fan', label: "Fans' forum", domain: 'sport' },
  { term: 'cell', label: 'Cell biology', domain: 'science' },  { term: 'garden', label: 'Gardening tips', domain: 'environment' },
  { term: 'boat', label: 'Boating & sailing', domain: 'transport' },
  { term: 'mountain', label: 'Mountain rescue', domain: 'environment' },
  { term: 'teacher', label: "Teachers' pay", domain: 'universities' },
  { term: 'hunt', label: 'Hunting season', domain: 'environment' },
  { term: 'meal', label: 'Meals on wheels', domain: 'health' },
  { term: 'coffee', label: 'Coffee mornings', domain: 'retail' },
  { term: 'cancer', label: 'Cancer research', domain: 'health' },
  { term: 'dog', label: 'Dog walking', domain: 'news' },
  { term: 'fish', label: 'Fishing - rules', domain: 'environment' },
  { term: 'bread', label: 'Breadmaking', domain: 'retail' },
  { term: 'student', label: 'Student voice', domain: 'universities' },
  { term: 'sleep', label: 'Sleep & rest', domain: 'health' },
  { term: 'walk', label: 'Walking routes', domain: 'health' },
  { term: 'heart', label: 'Heart health', domain: 'health' },
  { term: 'camp', label: 'Camping | outdoors', domain: 'culture' },
  { term: 'print', label: 'Printing services', domain: 'news' },
  { term: 'star', label: 'Rising stars', domain: 'culture' },
  { term: 'soil', label: 'Soil health', domain: 'environment' },
  { term: 'tool', label: 'Toolbox talks', domain: 'government' },
  { term: 'lunch', label: 'Lunchtime concerts', domain: 'culture' },
  { term: 'doctor', label: 'Doctor’s notes', domain: 'health' },
  { term: 'event', label: 'What’s on: events', domain: 'culture' },
  { term: 'win', label: 'Winners', domain: 'sport' },
];

/** Injection families of the fourth set. */
export const thirdInjectionFamilies: readonly LabelFamily[] = [
  { term: 'refugees', label: 'Refugee support', domain: 'government' },
  { term: 'nurses', label: 'Nursing staff', domain: 'health' },
  { term: 'volunteers', label: 'Volunteer network', domain: 'news' },
];

/**
 * A fifth set, written on 2026-12-04 in four batches and each measured once untouched before
 * its misses were read: batch 9 (seed 37: 96.3% found, 89.2% of recoverable spans restored),
 * batch 11 (seed 43: 94.2%, 91.5%), batch 12 (seed 47: 94.9%, 85.1%) and batch 13 (seed 53:
 * 98.4%, 88.2%). They brought a last copy of three letters glued to the rest of a word (`Market
 * days daysplace`), glued copies cut two ways (`Railwayswayswaysway`), labels glued with one
 * letter and an apostrophe (`Carers’ week`), a hyphen or a slash inside a label (`Star-gazing
 * nights`, `News/Events`), two-letter tails (`Events – what’s on`) and terms in the middle of a
 * label (`Public health advice`). The engine was corrected on them, so they are development
 * data, row (i) of `npm run eval`. Labels with a comma (`Births, deaths & marriages`) or
 * brackets (`Funding (grants)`) are among them, read since the session after. Two families of
 * the batches are left out: their labels do not hold their term (`Cyclists' corner`, `Case
 * studies`), and `Snow days` is an earlier set's.
 */
export const fifthCascadeFamilies: readonly LabelFamily[] = [
  { term: 'bank', label: 'Banking & finance', domain: 'news' },
  { term: 'rail', label: 'Railways', domain: 'news' },
  { term: 'nurse', label: "Nurses' stories", domain: 'news' },
  { term: 'harvest', label: 'Harvest festival', domain: 'news' },
  { term: 'lamp', label: 'Lamp posts', domain: 'news' },
  { term: 'market', label: 'Market days', domain: 'news' },
  { term: 'seed', label: 'Seed library', domain: 'news' },
  { term: 'pupil', label: 'Pupil premium', domain: 'news' },
  { term: 'flower', label: 'Flower shows', domain: 'news' },
  { term: 'clock', label: 'Clock tower', domain: 'news' },
  { term: 'wood', label: 'Woodland walks', domain: 'news' },
  { term: 'pool', label: 'Pool opening times', domain: 'news' },
  { term: 'trust', label: 'Trustees’ report', domain: 'news' },
  { term: 'gift', label: 'Gift aid', domain: 'news' },
  { term: 'plant', label: 'Plant sale', domain: 'news' },
  { term: 'choir', label: 'Choir practice', domain: 'news' },
  { term: 'bridge', label: 'Bridge works - update', domain: 'news' },
  { term: 'kit', label: 'Kitchen garden', domain: 'news' },
  { term: 'fair', label: 'Fairtrade', domain: 'news' },
  { term: 'tour', label: 'Tourism news', domain: 'news' },
  { term: 'post', label: 'Postcards from abroad', domain: 'news' },
  { term: 'cost', label: 'Cost of living', domain: 'news' },
  { term: 'light', label: 'Lighthouse keepers’ log', domain: 'news' },
  { term: 'fire', label: 'Fire & rescue', domain: 'news' },
  { term: 'star', label: 'Star-gazing nights', domain: 'news' },
  { term: 'open', label: 'Open days', domain: 'news' },
  { term: 'plan', label: 'Planning applications', domain: 'news' },
  { term: 'life', label: 'Lifelong learning', domain: 'news' },
  { term: 'voice', label: 'Voices of the community', domain: 'news' },
  { term: 'mind', label: 'Mindfulness & wellbeing', domain: 'news' },
  { term: 'work', label: 'Workshops', domain: 'news' },
  { term: 'rate', label: 'Rates and charges', domain: 'news' },
  { term: 'care', label: 'Carers’ week', domain: 'news' },
  { term: 'line', label: 'Lines of enquiry', domain: 'news' },
  { term: 'lead', label: 'Leadership team', domain: 'news' },
  { term: 'boat', label: 'Boat trips', domain: 'news' },
  { term: 'sea', label: 'Seaside resorts', domain: 'news' },
  { term: 'home', label: 'Home | garden', domain: 'news' },
  { term: 'news', label: 'News/Events', domain: 'news' },
  { term: 'covid', label: 'COVID-19 updates', domain: 'news' },
  { term: 'school', label: 'Back-to-school tips', domain: 'news' },
  { term: 'fund', label: 'Funding (grants)', domain: 'news' },
  { term: 'tech', label: 'Tech: news + views', domain: 'news' },
  { term: 'garden', label: 'Gardeners’ tips & tricks', domain: 'news' },
  { term: 'print', label: 'Print & digital media', domain: 'news' },
  { term: 'event', label: 'Events – what’s on', domain: 'news' },
  { term: 'city', label: 'City of Culture 2025', domain: 'news' },
  { term: 'road', label: 'Roadworks update', domain: 'news' },
  { term: 'sport', label: 'Sports day', domain: 'news' },
  { term: 'job', label: 'Jobs & volunteering', domain: 'news' },
  { term: 'museum', label: "Museums' late nights", domain: 'news' },
  { term: 'art', label: 'Arts Council news', domain: 'news' },
  { term: 'media', label: 'Social media', domain: 'news' },
  { term: 'history', label: 'Local history', domain: 'news' },
  { term: 'energy', label: 'Renewable energy', domain: 'news' },
  { term: 'health', label: 'Health & well-being', domain: 'news' },
  { term: 'game', label: 'Games-based learning', domain: 'news' },
  { term: 'council', label: 'Council & democracy', domain: 'news' },
  { term: 'tax', label: 'Council tax bands', domain: 'news' },
  { term: 'waste', label: 'Waste, bins & recycling', domain: 'news' },
  { term: 'parking', label: 'Parking fines & permits', domain: 'news' },
  { term: 'planning', label: 'Planning & building control', domain: 'news' },
  { term: 'benefit', label: 'Benefits & support', domain: 'news' },
  { term: 'adult', label: 'Adult social care', domain: 'news' },
  { term: 'birth', label: 'Births, deaths & marriages', domain: 'news' },
  { term: 'licence', label: 'Licences & permits', domain: 'news' },
  { term: 'election', label: 'Elections & voting', domain: 'news' },
  { term: 'leisure', label: 'Leisure centres', domain: 'news' },
  { term: 'business', label: 'Business rates', domain: 'news' },
  { term: 'transport', label: 'Transport & streets', domain: 'news' },
  { term: 'housing', label: 'Housing options', domain: 'news' },
  { term: 'school', label: 'Schools & education', domain: 'news' },
  { term: 'health', label: 'Public health advice', domain: 'news' },
  { term: 'crime', label: 'Community safety & crime', domain: 'news' },
  { term: 'job', label: 'Job vacancies', domain: 'news' },
  { term: 'market', label: 'Markets & street trading', domain: 'news' },
  { term: 'environment', label: 'Environment & climate', domain: 'news' },
];

/** Injection families of the fifth set. */
export const fifthInjectionFamilies: readonly LabelFamily[] = [
  { term: 'teachers', label: 'Teaching staff', domain: 'news' },
  { term: 'children', label: 'Young people', domain: 'news' },
  { term: 'volunteers', label: 'Volunteer team', domain: 'news' },
  { term: 'residents', label: 'Local residents', domain: 'news' },
];

/**
 * A sixth set, written on 2026-12-04 (fifth session) in four batches, each measured once
 * untouched before its misses were read: batch 14 (seed 59: 100% found, 92.1% of recoverable
 * spans restored), batch 15 (seed 61: 99.9%, 92.4%) and batch 17 (seed 71: 98.1%, 90.7%); a
 * fourth, batch 16, stays outside the project as held-out data. Almost all they missed was
 * letter case (batches 14 and 15 at 99.8% and 99.7% ignoring case): an acronym in brackets that
 * spells the words (`Authority to Operate (ATO)`), a capitalised word joined by a hyphen
 * (`Export-Import Bank`), words English writes with a capital only, and two copies of a
 * term-last label before words the term begins (`Afternoon Afternoon team`). The engine was
 * corrected on them, so they are development data, row (j) of `npm run eval`.
 */
export const sixthCascadeFamilies: readonly LabelFamily[] = [
  { term: 'field', label: 'Fieldwork & research', domain: 'news' },
  { term: 'language', label: 'Language services', domain: 'news' },
  { term: 'campaign', label: 'Campaigns and appeals', domain: 'news' },
  { term: 'engine', label: 'Engineering blog', domain: 'news' },
  { term: 'hurricane', label: 'Hurricane season updates', domain: 'news' },
  { term: 'earthquake', label: 'Earthquake preparedness', domain: 'news' },
  { term: 'drug', label: 'Drug policy', domain: 'news' },
  { term: 'judge', label: 'Judges’ rulings', domain: 'news' },
  { term: 'union', label: 'Union news & events', domain: 'news' },
  { term: 'debate', label: 'Debates & discussions', domain: 'news' },
  { term: 'senate', label: 'Senate hearings', domain: 'news' },
  { term: 'governor', label: 'Governor’s office', domain: 'news' },
  { term: 'minister', label: "Ministers' statements", domain: 'news' },
  { term: 'planet', label: 'Planetary science', domain: 'news' },
  { term: 'virus', label: 'Virus alerts', domain: 'news' },
  { term: 'brain', label: 'Brain health', domain: 'news' },
  { term: 'eye', label: 'Eye care', domain: 'news' },
  { term: 'chess', label: 'Chess club', domain: 'news' },
  { term: 'gallery', label: 'Gallery: photos', domain: 'news' },
  { term: 'author', label: 'Author interviews', domain: 'news' },
  { term: 'station', label: 'Stations & stops', domain: 'news' },
  { term: 'passport', label: 'Passport services', domain: 'news' },
  { term: 'export', label: 'Exports and trade', domain: 'news' },
  { term: 'solar', label: 'Solar power', domain: 'news' },
  { term: 'coach', label: "Coaches' corner", domain: 'news' },
  { term: 'player', label: 'Player profiles', domain: 'news' },
  { term: 'novel', label: 'Novels & fiction', domain: 'news' },
  { term: 'victim', label: 'Victim support', domain: 'news' },
  { term: 'mother', label: 'Mothers’ union', domain: 'news' },
  { term: 'guest', label: 'Guest posts', domain: 'news' },
  { term: 'driver', label: 'Drivers & vehicles', domain: 'news' },
  { term: 'bone', label: 'Bone marrow donation', domain: 'news' },
  { term: 'prison', label: 'Prison reform news', domain: 'news' },
  { term: 'rally', label: 'Rally results', domain: 'news' },
  { term: 'baby', label: 'Baby & toddler groups', domain: 'news' },
  { term: 'cabinet', label: 'Cabinet papers', domain: 'news' },
  { term: 'strike', label: 'Strike action – latest', domain: 'news' },
  { term: 'carbon', label: 'Carbon footprint', domain: 'news' },
  { term: 'hill', label: 'Hillside walks', domain: 'news' },
  { term: 'author', label: 'Authors & illustrators', domain: 'news' },
  { term: 'witness', label: 'Expert witnesses', domain: 'news' },
  { term: 'jury', label: 'Grand jury news', domain: 'news' },
  { term: 'valley', label: 'Silicon Valley office', domain: 'news' },
  { term: 'tennis', label: 'Table tennis club', domain: 'news' },
  { term: 'golf', label: 'Mini golf', domain: 'news' },
  { term: 'medal', label: 'Gold medal winners', domain: 'news' },
  { term: 'festival', label: 'Film festival', domain: 'news' },
  { term: 'marathon', label: 'Charity marathon', domain: 'news' },
  { term: 'drone', label: 'Drone Zone', domain: 'news' },
  { term: 'theater', label: 'Community theater', domain: 'news' },
  { term: 'tea', label: 'Afternoon tea', domain: 'news' },
  { term: 'castle', label: 'Castle events', domain: 'news' },
  { term: 'soccer', label: 'Youth soccer league', domain: 'news' },
  { term: 'factory', label: 'Factory tours', domain: 'news' },
  { term: 'tower', label: 'Tower Hamlets', domain: 'news' },
  { term: 'chef', label: 'Head chef', domain: 'news' },
  { term: 'mosque', label: 'Mosque open day', domain: 'news' },
  { term: 'palace', label: 'Palace gardens', domain: 'news' },
  { term: 'guest', label: 'Our guest speakers', domain: 'news' },
  { term: 'engine', label: 'Search engine tips', domain: 'news' },
];

/** Injection families of the sixth set. */
export const sixthInjectionFamilies: readonly LabelFamily[] = [
  { term: 'engineers', label: 'Engineering team', domain: 'news' },
  { term: 'judges', label: 'Judging panel', domain: 'news' },
  { term: 'players', label: 'Playing fields', domain: 'news' },
];

/**
 * A seventh set, from three batches written on 2026-12-04 (the sixth session that day) and
 * measured once untouched before their misses were read: batch 18 (common words of agency
 * prose: `Our mission` for `mission`, `Vendor management`), batch 20 (short and odd labels:
 * terms of three letters hit inside many words, tails with brackets, hyphens, numbers and
 * capitals, `Help desk (IT)`, `Ice-skating`, `Age UK`, `Web 2.0`) and batch 21 (labels of a
 * charity's site: `Frequently asked questions`, `Peer review`). Four families of the batches
 * that repeat a label of an earlier set, and three whose label does not hold its term (`Case
 * studies` for `study`), are left out.
 */
export const seventhCascadeFamilies: readonly LabelFamily[] = [
  { term: 'content', label: 'Content strategy', domain: 'news' },
  { term: 'code', label: 'Code of practice', domain: 'news' },
  { term: 'analytics', label: 'Analytics & insights', domain: 'news' },
  { term: 'feedback', label: 'Feedback forms', domain: 'news' },
  { term: 'mission', label: 'Our mission', domain: 'news' },
  { term: 'developer', label: 'Developer tools', domain: 'news' },
  { term: 'webinar', label: 'Webinars: upcoming', domain: 'news' },
  { term: 'officer', label: 'Officers’ reports', domain: 'news' },
  { term: 'standard', label: 'Standards and guidance', domain: 'news' },
  { term: 'domain', label: 'Domain names', domain: 'news' },
  { term: 'vendor', label: 'Vendor management', domain: 'news' },
  { term: 'workshop', label: 'Workshops & training days', domain: 'news' },
  { term: 'owner', label: 'Business owners', domain: 'news' },
  { term: 'inventory', label: 'Inventory control', domain: 'news' },
  { term: 'camera', label: 'Camera club', domain: 'news' },
  { term: 'forum', label: 'Public forum', domain: 'news' },
  { term: 'gas', label: 'Gas prices', domain: 'news' },
  { term: 'wall', label: 'Wall of fame', domain: 'news' },
  { term: 'agent', label: "Agents' toolkit", domain: 'news' },
  { term: 'animal', label: 'Animal welfare', domain: 'news' },
  { term: 'navy', label: 'Navy news', domain: 'news' },
  { term: 'fuel', label: 'Fuel poverty', domain: 'news' },
  { term: 'senator', label: "Senator's desk", domain: 'news' },
  { term: 'signal', label: 'Signal boxes', domain: 'news' },
  { term: 'reporter', label: "Reporter's notebook", domain: 'news' },
  { term: 'father', label: 'Father’s Day', domain: 'news' },
  { term: 'winter', label: 'Winter wellbeing', domain: 'news' },
  { term: 'fleet', label: 'Fleet management', domain: 'news' },
  { term: 'app', label: 'App store', domain: 'news' },
  { term: 'tax', label: 'Tax & you', domain: 'news' },
  { term: 'map', label: 'Maps/GIS', domain: 'news' },
  { term: 'use', label: 'User research', domain: 'news' },
  { term: 'lab', label: 'Our lab', domain: 'news' },
  { term: 'age', label: 'Age UK', domain: 'news' },
  { term: 'bus', label: 'Bus 24/7', domain: 'news' },
  { term: 'web', label: 'Web 2.0', domain: 'news' },
  { term: 'ice', label: 'Ice-skating', domain: 'news' },
  { term: 'art', label: 'ART & DESIGN', domain: 'news' },
  { term: 'sign', label: 'Sign-up sheet', domain: 'news' },
  { term: 'free', label: 'Free stuff!', domain: 'news' },
  { term: 'open', label: 'Open Data Day', domain: 'news' },
  { term: 'team', label: 'The A-Team', domain: 'news' },
  { term: 'help', label: 'Help desk (IT)', domain: 'news' },
  { term: 'data', label: 'Big data', domain: 'news' },
  { term: 'blog', label: 'Blog posts – archive', domain: 'news' },
  { term: 'test', label: 'Tests’n’trials', domain: 'news' },
  { term: 'user', label: 'Users’ voice', domain: 'news' },
  { term: 'form', label: 'Form W-2', domain: 'news' },
  { term: 'goal', label: 'Goals + targets', domain: 'news' },
  { term: 'risk', label: 'At-risk groups', domain: 'news' },
  { term: 'file', label: 'Files & folders', domain: 'news' },
  { term: 'step', label: 'Next steps', domain: 'news' },
  { term: 'idea', label: 'Ideas lab', domain: 'news' },
  { term: 'book', label: 'Book club', domain: 'news' },
  { term: 'list', label: 'Lists: all', domain: 'news' },
  { term: 'role', label: 'Roles & responsibilities', domain: 'news' },
  { term: 'report', label: 'Reports and publications', domain: 'news' },
  { term: 'meeting', label: 'Meetings & minutes', domain: 'news' },
  { term: 'event', label: 'Events calendar', domain: 'news' },
  { term: 'review', label: 'Peer review', domain: 'news' },
  { term: 'board', label: 'Board of trustees', domain: 'news' },
  { term: 'policy', label: 'Policy & research', domain: 'news' },
  { term: 'project', label: 'Projects we fund', domain: 'news' },
  { term: 'group', label: 'Support groups', domain: 'news' },
  { term: 'course', label: 'Courses and training', domain: 'news' },
  { term: 'member', label: 'Members’ area', domain: 'news' },
  { term: 'street', label: 'Street art', domain: 'news' },
  { term: 'river', label: 'River cruises', domain: 'news' },
  { term: 'week', label: 'Week in review', domain: 'news' },
  { term: 'press', label: 'Press office', domain: 'news' },
  { term: 'plan', label: 'Plans & drawings', domain: 'news' },
  { term: 'market', label: 'Market insights', domain: 'news' },
  { term: 'school', label: "Schools' news", domain: 'news' },
  { term: 'sale', label: 'Sales & offers', domain: 'news' },
  { term: 'tool', label: 'Tools and resources', domain: 'news' },
  { term: 'photo', label: 'Photo gallery', domain: 'news' },
  { term: 'safety', label: 'Road safety', domain: 'news' },
  { term: 'question', label: 'Frequently asked questions', domain: 'news' },
  { term: 'price', label: 'Price list', domain: 'news' },
  { term: 'hour', label: 'Opening hours', domain: 'news' },
  { term: 'rule', label: 'Rules & regulations', domain: 'news' },
  { term: 'skill', label: 'Skills for life', domain: 'news' },
  { term: 'season', label: 'Seasonal recipes', domain: 'news' },
];

/** Injection families of the seventh set. */
export const seventhInjectionFamilies: readonly LabelFamily[] = [
  { term: 'developers', label: 'Development updates', domain: 'news' },
  { term: 'officers', label: 'Policing team', domain: 'news' },
  { term: 'designers', label: 'Design team', domain: 'news' },
  { term: 'researchers', label: 'Research team', domain: 'news' },
];

/**
 * A third set, kept apart: written on 2026-12-04 after the corrections the second set led
 * to, and measured once untouched (seed 19: 99.5% found, 95.5% of recoverable spans
 * restored; row (g) of `npm run eval`, seed 3: 99.2% and 95.2%).
 * Its misses are not to be read to correct the engine: it stays a held-out check of how the
 * rules carry to new labels.
 */
export const heldOutCascadeFamilies: readonly LabelFamily[] = [
  { term: 'bird', label: 'Birdwatching', domain: 'environment' },
  { term: 'coal', label: 'Coal mining heritage', domain: 'culture' },
  { term: 'note', label: 'Notes from the editor', domain: 'news' },
  { term: 'table', label: 'Tables & charts', domain: 'science' },
  { term: 'king', label: "King's speech", domain: 'government' },
  { term: 'green', label: 'Green spaces', domain: 'environment' },
  { term: 'post', label: 'Postcards', domain: 'culture' },
  { term: 'power', label: 'Power cuts', domain: 'science' },
  { term: 'court', label: 'Courts and tribunals', domain: 'government' },
  { term: 'night', label: 'Nightlife guide', domain: 'culture' },
  { term: 'gold', label: 'Golden jubilee', domain: 'culture' },
  { term: 'mark', label: 'Markets & fairs', domain: 'retail' },
  { term: 'sign', label: 'Signposts', domain: 'transport' },
  { term: 'data', label: 'Data protection notice', domain: 'government' },
  { term: 'iron', label: 'Ironworks', domain: 'culture' },
  { term: 'voice', label: 'Voices of the city', domain: 'news' },
  { term: 'leader', label: 'Leaders’ debate', domain: 'government' },
  { term: 'air', label: 'Air quality alerts', domain: 'environment' },
  { term: 'rock', label: 'Rock & pop', domain: 'culture' },
  { term: 'form', label: 'Forms and templates', domain: 'government' },
];

/** Injection families of the held-out set. */
export const heldOutInjectionFamilies: readonly LabelFamily[] = [{ term: 'runners', label: 'Running club', domain: 'sport' }];
