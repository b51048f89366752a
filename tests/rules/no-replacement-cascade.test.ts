/**
 * Rule table of `no-replacement-cascade`: `valid` inputs produce no finding and come out of `fix`
 * unchanged; each `invalid` entry gives the input, every expected message (position and text)
 * and the fixed output. Both rules run, so an entry also shows that the doubled-word rule does
 * not report a cascade's doubled tail a second time.
 */
import { describe, expect, it } from 'vitest';
import { learnFormsFrom } from '../../src/index.js';

import { check, fix, fullMessage, summarise, withTableRules, type ExpectedMessage, type InvalidCase } from './table-harness.js';

/** A cascade of six units, as six runs of `women` → `Women's rights` with one odd pass leave it. */
const six = "Women's rights's rightss rights's rights's rights's rights";

const valid: string[] = [
  'He looked very very tired, and she looked very very calm.',
  'We shouted YESSSS when we won.',
  'We met at the book bookshop today.',
  'Since we were late, we waited. So we were told to wait.',
  'The farm farmhouse stood empty.',
  'It was a better winter wintry weather report.',
  'Call f(x)f(x)f(x) now, read Health (x)(x) and the word (x)word (x) notes.',
  'We saw New York, New York, New York and said very, very, very good. Salt and pepper, salt and pepper, salt and pepper.',
  'We drank Walla Walla wine with Walla Walla winemakers, flew to Bora Bora resorts and Bora Bora restaurants, and sailed from Pago Pago harbor to Pago Pago harbors.',
  'Table: Total 10 10 10 items, and in Fiscal Year 2019 we rowed.',
  'Instantaneously, the counterterrorism unit reached Kamehameha Highway; it possesses boats.',
  "The women's rights network met at the harbour.",
  "Children's rights groups rowed across the bay.",
  'Market updates are posted every morning before trading.',
  "The Harbour Trust's boats sail at noon.",
  'Parks and recreation staff cleared the paths.',
  'The Food & Drink fair opens on Friday.',
  'The Congress discussed grass and glass in Mississippi. Access to the business class is free.',
  "Rights, rights and more rights were discussed at the quay.",
  'He had had enough of the weather.',
  'Walla Walla and Bora Bora signed a twinning deal.',
  'Report On Rowing And Sailing',
  'Our schoolchildren sailed to the island.',
  'Жители посетили библиотеку вчера.',
  'The painter Sirhan Sirhan painted boats at the quay.',
  'Staff from Ericsson and Danielsson Marine met at the quay.',
  'The Artssistic crew sailed.',
  'How do I do it at the harbour?',
  'Use PowerPoint presentation presentations in class.',
  'Innovation lab labs opened the season at the quay.',
  'The data sits at https://example.gov/files/data data sets are listed below.',
  'Left, right, left, right, the sergeant called, and New York, New York sang.',
  'They won back-to-back-to-back titles in face-to-face-to-face talks.',
  'Final grades\nMath B B B\nArt A A A',
  'The rowers sailed to Fort Walla Walla today.',
  'Attend Making Remote Work Work for Harbour Crews on May 9.',
  'Attend keynote Remote Work Work for Harbour Crews on May 9.',
  // A list's items keep their lines.
  'Related links\nOpen Government\nOpen Government Directive',
  // A word's own `s` or `ss` with one more typed is a slip, not a label re-applied to `acce`.
  'The accesss level, the classs list and the businesss plan stayed.',
];

const invalid: InvalidCase[] = [
  {
    name: 'reads a text that starts with a byte order mark as starting a line',
    input: "\uFEFFWomen's rights's rightss rights's rights lead.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:2-1:42', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights", expected: ['Women'], fixed: true },
    ],
    output: '\uFEFFWomen lead.',
  },
  {
    name: 'keeps an acronym term in capitals (not `Nhs`)',
    input: 'The NHS services services services page is live.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:35', reason: 'Unexpected replacement cascade `NHS services …`, expected `NHS`', actual: 'NHS services services services', expected: ['NHS'], fixed: true },
    ],
    output: 'The NHS page is live.',
  },
  {
    name: 'reads a head of a word and a number joined by a hyphen',
    input: 'The COVID-19 updates updates updates page is live.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:37', reason: 'Unexpected replacement cascade `COVID-19 updates …`, expected `COVID-19`', actual: 'COVID-19 updates updates updates', expected: ['COVID-19'], fixed: true },
    ],
    output: 'The COVID-19 page is live.',
  },
  {
    name: 'does not add a carried `s` to a plural term that ends in one',
    input: 'The team visited Schools & colleges & colleges & collegess in May.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:59', reason: 'Unexpected replacement cascade `Schools & …`, expected `schools`', actual: 'Schools & colleges & colleges & collegess', expected: ['schools'], fixed: true },
    ],
    output: 'The team visited schools in May.',
  },
  {
    name: 'restores copies of a label of several words whose term comes last',
    input: 'We offer help to Support for Support for Support for carers in the city.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:60', reason: 'Unexpected replacement cascade `Support for …`, expected `carers`', actual: 'Support for Support for Support for carers', expected: ['carers'], fixed: true },
    ],
    output: 'We offer help to carers in the city.',
  },
  {
    name: 'restores two copies of a first part that ends with a preposition, mid-sentence',
    input: 'We help Support for Support for carers daily.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:39', reason: 'Unexpected replacement cascade `Support for …`, expected `carers`', actual: 'Support for Support for carers', expected: ['carers'], fixed: true },
    ],
    output: 'We help carers daily.',
  },
  {
    name: 'leaves a phrase doubled at a line start to the doubled-word rule',
    input: 'Use this Use this sample form.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:1-1:18', reason: 'Unexpected repeated phrase `Use this`, remove one', actual: 'Use this Use this', expected: ['Use this'], fixed: true },
    ],
    output: 'Use this sample form.',
  },
  {
    name: 'reads an apostrophe written as an acute accent and keeps it in the carried suffix',
    input: 'The mayor praised Women´s rights´s rightss rights´s rights´s rights´s courage.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:70', reason: 'Unexpected replacement cascade `Women´s rights´s …`, expected `women´s`', actual: 'Women´s rights´s rightss rights´s rights´s rights´s', expected: ['women´s'], fixed: true },
    ],
    output: 'The mayor praised women´s courage.',
  },
  {
    name: 'reads an apostrophe written as an opening quote and keeps it in the carried suffix',
    input: 'The mayor praised Women‘s rights‘s rightss rights‘s rights‘s rights‘s courage.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:70', reason: 'Unexpected replacement cascade `Women‘s rights‘s …`, expected `women‘s`', actual: 'Women‘s rights‘s rightss rights‘s rights‘s rights‘s', expected: ['women‘s'], fixed: true },
    ],
    output: 'The mayor praised women‘s courage.',
  },
  {
    name: 'reads an apostrophe written as a modifier letter apostrophe and keeps it in the carried suffix',
    input: 'The mayor praised Womenʼs rightsʼs rightss rightsʼs rightsʼs rightsʼs courage.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:70', reason: 'Unexpected replacement cascade `Womenʼs rightsʼs …`, expected `womenʼs`', actual: 'Womenʼs rightsʼs rightss rightsʼs rightsʼs rightsʼs', expected: ['womenʼs'], fixed: true },
    ],
    output: 'The mayor praised womenʼs courage.',
  },
  {
    name: 'reads an apostrophe written as a grave accent and keeps it in the carried suffix',
    input: 'The mayor praised Women`s rights`s rightss rights`s rights`s rights`s courage.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:70', reason: 'Unexpected replacement cascade `Women`s rights`s …`, expected `women`s`', actual: 'Women`s rights`s rightss rights`s rights`s rights`s', expected: ['women`s'], fixed: true },
    ],
    output: 'The mayor praised women`s courage.',
  },
  {
    name: 'leaves out a capitalised last unit after lower-case ones: the text went on with its own word',
    input: "Staff of the Veterans' affairs' affairs' affairs Affairs office met.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:49', reason: "Unexpected replacement cascade `Veterans' affairs' …`, expected `Veterans`", actual: "Veterans' affairs' affairs' affairs", expected: ['Veterans'], fixed: true },
    ],
    output: 'Staff of the Veterans Affairs office met.',
  },
  {
    name: 'reads copies of a capitalised word after an adjective as a label whose term comes last',
    input: 'The National Severe Severe Severe weather Service issued alerts.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:42', reason: 'Unexpected replacement cascade `Severe Severe …`, expected `Weather`', actual: 'Severe Severe Severe weather', expected: ['Weather'], fixed: true },
    ],
    output: 'The National Weather Service issued alerts.',
  },
  {
    name: 'reads copies of a capitalised word after an acronym as a label whose term comes last',
    input: 'Speaking to BBC Grassroots Grassroots Grassroots sport, she said.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:55', reason: 'Unexpected replacement cascade `Grassroots Grassroots …`, expected `sport`', actual: 'Grassroots Grassroots Grassroots sport', expected: ['sport'], fixed: true },
    ],
    output: 'Speaking to BBC sport, she said.',
  },
  {
    name: 'offers, without a fix, two copies with a plural glued to the second after a capital mid-sentence',
    input: 'She kept the Word document documents in one folder.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:37', reason: 'Possible replacement cascade `Word document …`, perhaps `words`', actual: 'Word document documents', expected: ['words'], fixed: false },
    ],
    output: 'She kept the Word document documents in one folder.',
  },
  {
    name: 'fixes the two-copy plural shape when the glossary names the label',
    input: 'We hope the Innovation lab labs reach other teams.',
    options: { glossary: { labels: [{ label: 'Innovation lab', term: 'innovation' }] } },
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:32', reason: 'Unexpected replacement cascade `Innovation lab …`, expected `innovations`', actual: 'Innovation lab labs', expected: ['innovations'], fixed: true },
    ],
    output: 'We hope the innovations reach other teams.',
  },
  {
    name: 'fixes the two-copy plural shape when the same label cascades elsewhere in the text',
    input: "The Innovation lab lab's boats met. Two Innovation lab labs opened.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:25', reason: "Unexpected replacement cascade `Innovation lab …`, expected `innovation's`", actual: "Innovation lab lab's", expected: ["innovation's"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:41-1:60', reason: 'Unexpected replacement cascade `Innovation lab …`, expected `innovations`', actual: 'Innovation lab labs', expected: ['innovations'], fixed: true },
    ],
    output: "The innovation's boats met. Two innovations opened.",
  },
  {
    name: 'restores the six-pass cascade mid-sentence in lower case',
    input: "The harbour council met Women's rights's rightss rights's rights's rights's rights from three villages.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:83', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
    ],
    output: 'The harbour council met women from three villages.',
  },
  {
    name: 'capitalises the restored word at a sentence start',
    input: "The ferry was late. Women's rights's rightss rights's rights's rights's rights boarded first.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:79', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['Women'], fixed: true },
    ],
    output: 'The ferry was late. Women boarded first.',
  },
  {
    name: 'capitalises the restored word at the start of the text',
    input: "Women's rights's rightss rights's rights's rights's rights boarded first.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:1-1:59', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['Women'], fixed: true },
    ],
    output: 'Women boarded first.',
  },
  {
    name: 'keeps a carried curly `’s` curly',
    input: "The mayor thanked Women's rights's rightss rights's rights's rights's rights’s cooperation on the pier.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:79', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women’s`", actual: "Women's rights's rightss rights's rights's rights's rights’s", expected: ['women’s'], fixed: true },
    ],
    output: 'The mayor thanked women’s cooperation on the pier.',
  },
  {
    name: "keeps a carried straight `'s` straight",
    input: "The mayor praised Women's rights's rightss rights's rights's rights's rights's courage.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:79', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women's`", actual: "Women's rights's rightss rights's rights's rights's rights's", expected: ["women's"], fixed: true },
    ],
    output: "The mayor praised women's courage.",
  },
  {
    name: 'restores a cascade one unit longer than the dominant form to the term and its carried unit',
    input: "Grants for Women's rights's rightss rights's rights's rights's rights doubled. The Women's rights's rightss rights's rights's rights's rights's rights network met at the harbour.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:70', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:84-1:144', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women's`", actual: "Women's rights's rightss rights's rights's rights's rights's", expected: ["women's"], fixed: true },
    ],
    output: "Grants for women doubled. The women's rights network met at the harbour.",
  },
  {
    name: 'reports a cascade two units longer than the dominant form as a variant, not as the label standing in the original (`Record fair` for `record`)',
    input: 'We sold old Record fair fairs at the stall, and more Record fair fair fair fairs came later.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:30', reason: 'Unexpected replacement cascade `Record fair …`, expected `records`', actual: 'Record fair fairs', expected: ['records'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:54-1:81', reason: 'Unexpected variant of a replacement cascade `Record fair …`, expected a decision (perhaps `records`)', actual: 'Record fair fair fair fairs', expected: ['records'], fixed: false },
    ],
    output: 'We sold old records at the stall, and more Record fair fair fair fairs came later.',
  },
  {
    // Regression found by the fuzz run: the engine preferred the longest tail reading,
    // `rights'` + joiner ``, over `rights` + joiner `'`, and the carried `’s` became a bare `s`.
    name: 'keeps a carried curly `’s` after a unit with a bare apostrophe',
    input: "Funding for Women's rights's rights' rights’s campaigns grew.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:46', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women’s`", actual: "Women's rights's rights' rights’s", expected: ['women’s'], fixed: true },
    ],
    output: 'Funding for women’s campaigns grew.',
  },
  {
    name: "keeps a carried straight `'s` after a unit with a bare apostrophe",
    input: "Funding for Women's rights's rights' rights's campaigns grew.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:46', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women's`", actual: "Women's rights's rights' rights's", expected: ["women's"], fixed: true },
    ],
    output: "Funding for women's campaigns grew.",
  },
  {
    name: 'reports a variant with a suggestion and no fix',
    input: "Grants for Women's rights's rightss rights's rights's rights's rights doubled. Rowers joined our Women's rights's rights's rightss rights's rights's rights's rights regatta.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:70', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:98-1:165', reason: "Unexpected variant of a replacement cascade `Women's rights's …`, expected a decision (perhaps `women`)", actual: "Women's rights's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: false },
    ],
    output: "Grants for women doubled. Rowers joined our Women's rights's rights's rightss rights's rights's rights's rights regatta.",
  },
  {
    name: 'restores a variant named in `restorations`',
    input: "Grants for Women's rights's rightss rights's rights's rights's rights doubled. Rowers joined our Women's rights's rights's rightss rights's rights's rights's rights regatta.",
    options: { restorations: { ["Women's rights's rights's rightss rights's rights's rights's rights"]: 'Stop Violence Against Women' } },
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:70', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:98-1:165', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Stop Violence Against Women`", actual: "Women's rights's rights's rightss rights's rights's rights's rights", expected: ['Stop Violence Against Women'], fixed: true },
    ],
    output: 'Grants for women doubled. Rowers joined our Stop Violence Against Women regatta.',
  },
  {
    name: 'restores a variant whose label is named in `restorations`, ignoring case and apostrophe style',
    input: "Grants for Women's rights's rightss rights's rights's rights's rights doubled. Rowers joined our Women's rights's rights's rightss rights's rights's rights's rights regatta.",
    options: { restorations: { 'WOMEN’S RIGHTS': 'women' } },
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:70', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:98-1:165', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
    ],
    output: 'Grants for women doubled. Rowers joined our women regatta.',
  },
  {
    name: 'restores a tail with a connector (`and recreation`)',
    input: 'Residents thanked the Parks and recreation and recreation and recreation crews.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:23-1:73', reason: 'Unexpected replacement cascade `Parks and …`, expected `parks`', actual: 'Parks and recreation and recreation and recreation', expected: ['parks'], fixed: true },
    ],
    output: 'Residents thanked the parks crews.',
  },
  {
    name: 'restores a tail with a symbol (`& Drink`)',
    input: 'Tickets for the Food & Drink & Drink & Drink fair sold out.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:45', reason: 'Unexpected replacement cascade `Food & …`, expected `food`', actual: 'Food & Drink & Drink & Drink', expected: ['food'], fixed: true },
    ],
    output: 'Tickets for the food fair sold out.',
  },
  {
    name: 'reports a doubled tail after a capitalised head once, as a cascade',
    input: 'Read the Market updates updates page before trading.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:32', reason: 'Unexpected replacement cascade `Market updates …`, expected `market`', actual: 'Market updates updates', expected: ['market'], fixed: true },
    ],
    output: 'Read the market page before trading.',
  },
  {
    name: 'restores a label glued inside a word and keeps the word',
    input: "Every schoolTeacher's pay's pay's pay claim was settled.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:38', reason: "Unexpected replacement cascade `Teacher's pay's …`, expected `teacher`", actual: "Teacher's pay's pay's pay", expected: ['teacher'], fixed: true },
    ],
    output: 'Every schoolteacher claim was settled.',
  },
  {
    name: 'reads curly apostrophes inside the cascade',
    input: 'Rowers met Women’s rights’s rightss rights’s rights’s rights’s rights on Sunday.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:70', reason: 'Unexpected replacement cascade `Women’s rights’s …`, expected `women`', actual: 'Women’s rights’s rightss rights’s rights’s rights’s rights', expected: ['women'], fixed: true },
    ],
    output: 'Rowers met women on Sunday.',
  },
  {
    name: 'restores a Cyrillic label with curly apostrophes',
    input: 'Жители посетили Библиотека’s книги’s книги’s книги вчера.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:51', reason: 'Unexpected replacement cascade `Библиотека’s книги’s …`, expected `библиотека`', actual: 'Библиотека’s книги’s книги’s книги', expected: ['библиотека'], fixed: true },
    ],
    output: 'Жители посетили библиотека вчера.',
  },
  {
    name: 'restores a Greek label with straight apostrophes',
    input: "Οι κάτοικοι είδαν Λιμάνι's βάρκες's βάρκες's βάρκες σήμερα.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:52', reason: "Unexpected replacement cascade `Λιμάνι's βάρκες's …`, expected `λιμάνι`", actual: "Λιμάνι's βάρκες's βάρκες's βάρκες", expected: ['λιμάνι'], fixed: true },
    ],
    output: 'Οι κάτοικοι είδαν λιμάνι σήμερα.',
  },
  {
    name: 'restores a Cyrillic label without apostrophes',
    input: 'Жители посетили Библиотека книги книги книги вчера.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:45', reason: 'Unexpected replacement cascade `Библиотека книги …`, expected `библиотека`', actual: 'Библиотека книги книги книги', expected: ['библиотека'], fixed: true },
    ],
    output: 'Жители посетили библиотека вчера.',
  },
  {
    name: 'writes the word in capitals on an all-capitals line',
    input: "NEWS FROM WOMEN'S RIGHTS'S RIGHTSS RIGHTS'S RIGHTS'S RIGHTS'S RIGHTS AND GIRLS",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:69', reason: "Unexpected replacement cascade `WOMEN'S RIGHTS'S …`, expected `WOMEN`", actual: "WOMEN'S RIGHTS'S RIGHTSS RIGHTS'S RIGHTS'S RIGHTS'S RIGHTS", expected: ['WOMEN'], fixed: true },
    ],
    output: 'NEWS FROM WOMEN AND GIRLS',
  },
  {
    name: 'capitalises the word in a Title Case line',
    input: "Report On Women's rights's rightss rights's rights's rights's rights And Their Boats",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:69', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['Women'], fixed: true },
    ],
    output: 'Report On Women And Their Boats',
  },
  {
    name: 'capitalises the word inside a name with a possessive (`International … Day`)',
    input: "The town marked International Women's rights's rightss rights's rights's rights's rights’s Day with a swim.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:31-1:91', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women’s`", actual: "Women's rights's rightss rights's rights's rights's rights’s", expected: ['Women’s'], fixed: true },
    ],
    output: 'The town marked International Women’s Day with a swim.',
  },
  {
    name: 'capitalises the word inside a campaign name',
    input: "Rowers backed the End Violence Against Women's rights's rightss rights's rights's rights's rights campaign.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:40-1:98', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['Women'], fixed: true },
    ],
    output: 'Rowers backed the End Violence Against Women campaign.',
  },
  {
    name: 'does not read the first word of a sentence as a name',
    input: "Trafficked Women's rights's rightss rights's rights's rights's rights and girls were freed.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:70', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
    ],
    output: 'Trafficked women and girls were freed.',
  },
  {
    name: 'capitalises the word at a quotation start',
    input: "The skipper said, “Women's rights's rightss rights's rights's rights's rights will row first.”",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:78', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['Women'], fixed: true },
    ],
    output: 'The skipper said, “Women will row first.”',
  },
  {
    name: 'reads a cascade a wrapped line breaks, in plain text too',
    input: "The crew backs Women's rights's rightss\nrights's rights's rights's rights in port.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-2:34', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss\nrights's rights's rights's rights", expected: ['women'], fixed: true },
    ],
    output: 'The crew backs women in port.',
  },
  {
    name: 'capitalises the word at a quotation opened after a colon',
    input: 'The skipper of the harbour crew said to the press: "Women\'s rights\'s rightss rights\'s rights\'s rights\'s rights will row first."',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:53-1:111', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['Women'], fixed: true },
    ],
    output: 'The skipper of the harbour crew said to the press: "Women will row first."',
  },
  {
    name: 'keeps lower case after a colon and a bracket, which opens no quotation',
    input: "The people who will come to the meeting of the crew: [Women's rights's rightss rights's rights's rights's rights groups]",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:55-1:113', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
    ],
    output: 'The people who will come to the meeting of the crew: [women groups]',
  },
  {
    name: 'capitalises the word after a colon that opens a title',
    input: "Harbour report: Women's rights's rightss rights's rights's rights's rights in the boatyards",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:75', reason: "Unexpected replacement cascade `Women's rights's …`, expected `Women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['Women'], fixed: true },
    ],
    output: 'Harbour report: Women in the boatyards',
  },
  {
    name: 'gives line and column after CRLF line ends',
    input: "Harbour news\r\n\r\nThe club met Women's rights's rightss rights's rights's rights's rights on the quay.\r\n",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '3:14-3:72', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rightss rights's rights's rights's rights", expected: ['women'], fixed: true },
    ],
    output: 'Harbour news\r\n\r\nThe club met women on the quay.\r\n',
  },
  {
    name: 'decides case with a neighbouring cascade restored (issue #2)',
    input: 'She wrote to the Board of Tide tables tables tables and Ferry schedules schedules schedules about the pier.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:27-1:52', reason: 'Unexpected replacement cascade `Tide tables …`, expected `Tide`', actual: 'Tide tables tables tables', expected: ['Tide'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:57-1:92', reason: 'Unexpected replacement cascade `Ferry schedules …`, expected `Ferry`', actual: 'Ferry schedules schedules schedules', expected: ['Ferry'], fixed: true },
    ],
    output: 'She wrote to the Board of Tide and Ferry about the pier.',
  },
  {
    name: 'capitalises a site name before a top-level domain',
    input: 'Forecasts are posted on Tide tables tables tables.gov every morning.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:50', reason: 'Unexpected replacement cascade `Tide tables …`, expected `Tide`', actual: 'Tide tables tables tables', expected: ['Tide'], fixed: true },
    ],
    output: 'Forecasts are posted on Tide.gov every morning.',
  },
  {
    name: 'keeps a site name inside an address in lower case',
    input: 'The feed at api.Tide tables tables tables.gov is new.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:42', reason: 'Unexpected replacement cascade `Tide tables …`, expected `tide`', actual: 'Tide tables tables tables', expected: ['tide'], fixed: true },
    ],
    output: 'The feed at api.tide.gov is new.',
  },
  {
    name: 'capitalises a name that goes on after `and`',
    input: 'Grants went to the Tide tables tables tables and Coastal Services office.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:45', reason: 'Unexpected replacement cascade `Tide tables …`, expected `Tide`', actual: 'Tide tables tables tables', expected: ['Tide'], fixed: true },
    ],
    output: 'Grants went to the Tide and Coastal Services office.',
  },
  {
    name: 'keeps lower case before `and` and an abbreviation',
    input: 'We compared Tide tables tables tables and APIs today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:38', reason: 'Unexpected replacement cascade `Tide tables …`, expected `tide`', actual: 'Tide tables tables tables', expected: ['tide'], fixed: true },
    ],
    output: 'We compared tide and APIs today.',
  },
  {
    name: 'restores the plural of an `s`-only label after a plural determiner',
    input: 'Visitors attended various Regattasss during the summer.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:27-1:37', reason: 'Unexpected replacement cascade `Regattasss`, expected `regattas`', actual: 'Regattasss', expected: ['regattas'], fixed: true },
    ],
    output: 'Visitors attended various regattas during the summer.',
  },
  {
    name: 'restores the singular of an `s`-only label after `a`',
    input: 'Crews watched a Regattasss from the pier.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:27', reason: 'Unexpected replacement cascade `Regattasss`, expected `regatta`', actual: 'Regattasss', expected: ['regatta'], fixed: true },
    ],
    output: 'Crews watched a regatta from the pier.',
  },
  {
    name: 'restores the plural of an `s`-only label that agrees with `are`',
    input: 'The Regattasss are held in June.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:15', reason: 'Unexpected replacement cascade `Regattasss`, expected `regattas`', actual: 'Regattasss', expected: ['regattas'], fixed: true },
    ],
    output: 'The regattas are held in June.',
  },
  {
    name: 'keeps the singular of an `s`-only label that modifies a noun',
    input: 'Crews planned the Regattasss schedule.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:29', reason: 'Unexpected replacement cascade `Regattasss`, expected `regatta`', actual: 'Regattasss', expected: ['regatta'], fixed: true },
    ],
    output: 'Crews planned the regatta schedule.',
  },
  {
    name: 'restores a tail of small words whose last copy carries the plural',
    input: 'Tickets for Gig out now out nows sold quickly.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:33', reason: 'Unexpected replacement cascade `Gig out …`, expected `gigs`', actual: 'Gig out now out nows', expected: ['gigs'], fixed: true },
    ],
    output: 'Tickets for gigs sold quickly.',
  },
  {
    name: 'restores a cascade whose units hold a hyphen (`A-Z`)',
    input: 'The school offers Lessons A-Z A-Z A-Z for adults.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:38', reason: 'Unexpected replacement cascade `Lessons A-Z …`, expected `lessons`', actual: 'Lessons A-Z A-Z A-Z', expected: ['lessons'], fixed: true },
    ],
    output: 'The school offers lessons for adults.',
  },
  {
    name: 'restores a term-last label glued inside a word and copied once more',
    input: 'Walkers left the footCoastal Coastal paths early.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:43', reason: 'Unexpected replacement cascade `Coastal Coastal …`, expected `paths`', actual: 'Coastal Coastal paths', expected: ['paths'], fixed: true },
    ],
    output: 'Walkers left the footpaths early.',
  },
  {
    name: 'restores a term-last label of a three-letter word glued inside a word and copied once more',
    input: 'The Federal Trade ComOur Our mission met, and both subOur Our missions were read before adOur Our mission in the myApp App store.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:37', reason: 'Unexpected replacement cascade `Our Our …`, expected `mission`', actual: 'Our Our mission', expected: ['mission'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:55-1:71', reason: 'Unexpected replacement cascade `Our Our …`, expected `missions`', actual: 'Our Our missions', expected: ['missions'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:91-1:106', reason: 'Unexpected replacement cascade `Our Our …`, expected `mission`', actual: 'Our Our mission', expected: ['mission'], fixed: true },
    ],
    output: 'The Federal Trade Commission met, and both submissions were read before admission in the myApp App store.',
  },
  {
    name: 'restores two copies with a plural English never writes on the second (a mass noun’s)',
    input: 'Volunteers fed the Animal welfare welfares at the shelter.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:43', reason: 'Unexpected replacement cascade `Animal welfare …`, expected `animals`', actual: 'Animal welfare welfares', expected: ['animals'], fixed: true },
    ],
    output: 'Volunteers fed the animals at the shelter.',
  },
  {
    name: 'leaves a coined plural after a word in lower case (`known knowns`)',
    input: 'They review known knowns and known unknowns each year.',
    messages: [],
    output: 'They review known knowns and known unknowns each year.',
  },
  {
    name: 'reads capitalised copies of an adjective said twice in speech as a label whose term comes last',
    input: 'We studied Big Big Big data sets, a big big task.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:28', reason: 'Unexpected replacement cascade `Big Big …`, expected `data`', actual: 'Big Big Big data', expected: ['data'], fixed: true },
    ],
    output: 'We studied data sets, a big big task.',
  },
  {
    name: "reads three capitalised copies of a reduplicated adjective before a term at a sentence's start (`Big Big Big data sets`), not emphasis in lower case",
    input: "Intro.\n\nBig Big Big data sets matter. Big big big news!",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '3:1-3:17', reason: "Unexpected replacement cascade `Big Big …`, expected `Data`", actual: "Big Big Big data", expected: ["Data"], fixed: true },
    ],
    output: "Intro.\n\nData sets matter. Big big big news!",
  },
  {
    name: 'reads a label whose tail is one word joined by a hyphen, repeated after a capitalised head',
    input: 'We went Ice-skating-skating-skating on the lake, back-to-back-to-back, so-so.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:36', reason: 'Unexpected replacement cascade `Ice-skating-skating-skating`, expected `ice`', actual: 'Ice-skating-skating-skating', expected: ['ice'], fixed: true },
    ],
    output: 'We went ice on the lake, back-to-back-to-back, so-so.',
  },
  {
    name: 'reads a label with words and brackets after its term, each copy after a space',
    input: 'Call the Help desk (IT) desk (IT) desk (IT) now (see the note) (twice).',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:44', reason: 'Unexpected replacement cascade `Help desk …`, expected `help`', actual: 'Help desk (IT) desk (IT) desk (IT)', expected: ['help'], fixed: true },
    ],
    output: 'Call the help now (see the note) (twice).',
  },
  {
    name: 'reads a label whose tail is a word in brackets, each copy after a space, after a capitalised head only',
    input: 'Our Default to Open Policy (archived) (archived) (archived) stands, and (see above) (see above) is a slip.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:60', reason: 'Unexpected replacement cascade `Policy (archived) …`, expected `Policy`', actual: 'Policy (archived) (archived) (archived)', expected: ['Policy'], fixed: true },
    ],
    output: 'Our Default to Open Policy stands, and (see above) (see above) is a slip.',
  },
  {
    name: 'reads a label whose words before its bracket are joined by `&` (`Health & Safety (H&S)` for `health`), each copy after a space',
    input: 'Good Health & Safety (H&S) & Safety (H&S) & Safety (H&S) matters to Health & Safety (H&S) & Safety (H&S) & Safety (H&S)y staff in the Sales & Marketing (S&M) team.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:57', reason: 'Unexpected replacement cascade `Health & …`, expected `health`', actual: 'Health & Safety (H&S) & Safety (H&S) & Safety (H&S)', expected: ['health'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:69-1:121', reason: 'Unexpected replacement cascade `Health & …`, expected `healthy`', actual: 'Health & Safety (H&S) & Safety (H&S) & Safety (H&S)y', expected: ['healthy'], fixed: true },
    ],
    output: 'Good health matters to healthy staff in the Sales & Marketing (S&M) team.',
  },
  {
    name: 'reads a label in double quotes re-applied, one opening quote per copy before the term (`“Save our Seas”` for `save`)',
    input: 'Volunteers “““Save our Seas” our Seas” our Seas”d the beach, and """Save our Seas" our Seas" our Seas" more this year. She said “hello” and “goodbye” and “hello” again.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:50', reason: 'Unexpected replacement cascade `“““Save our …`, expected `saved`', actual: '“““Save our Seas” our Seas” our Seas”d', expected: ['saved'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:66-1:103', reason: 'Unexpected replacement cascade `"""Save our …`, expected `save`', actual: '"""Save our Seas" our Seas" our Seas"', expected: ['save'], fixed: true },
    ],
    output: 'Volunteers saved the beach, and save more this year. She said “hello” and “goodbye” and “hello” again.',
  },
  {
    name: 'reads a label in single quotes re-applied, whose closing quote is the apostrophe (`‘Save our Seas’` for `save`), and keeps plural possessives',
    input: 'Volunteers ‘‘‘Save our Seas’ our Seas’ our Seas’d the beach, and the girls’ school’s teachers’ union met.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:50', reason: 'Unexpected replacement cascade `‘‘‘Save our …`, expected `saved`', actual: '‘‘‘Save our Seas’ our Seas’ our Seas’d', expected: ['saved'], fixed: true },
    ],
    output: 'Volunteers saved the beach, and the girls’ school’s teachers’ union met.',
  },
  {
    name: 'keeps quoted copies that have no opening quote per copy before the head (`Stop here” here”`)',
    input: 'The sign read “Stop here” here” in red, and the ““Stop here” here” page moved.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:49-1:67', reason: 'Unexpected replacement cascade `““Stop here” …`, expected `stop`', actual: '““Stop here” here”', expected: ['stop'], fixed: true },
    ],
    output: 'The sign read “Stop here” here” in red, and the stop page moved.',
  },
  {
    name: 'reads a label ending in `!` or `?` re-applied after a capitalised head (`Race day!` for `race`), not an exclamation or a question repeated in prose',
    input: 'Our Race day! day! day!s team ran, and the Race day! day! day! results are in. Who knew? knew? It was great! great! Wow! wow! Come on! Come on!',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:25', reason: 'Unexpected replacement cascade `Race day! …`, expected `races`', actual: 'Race day! day! day!s', expected: ['races'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:44-1:63', reason: 'Unexpected replacement cascade `Race day! …`, expected `race`', actual: 'Race day! day! day!', expected: ['race'], fixed: true },
    ],
    output: 'Our races team ran, and the race results are in. Who knew? knew? It was great! great! Wow! wow! Come on! Come on!',
  },
  {
    name: 'reads the same label glued to the rest of the word the replace hit',
    input: 'The Help desk (IT) desk (IT)ers came.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:32', reason: 'Unexpected replacement cascade `Help desk …`, expected `helpers`', actual: 'Help desk (IT) desk (IT)ers', expected: ['helpers'], fixed: true },
    ],
    output: 'The helpers came.',
  },
  {
    name: 'reads two passes of a label glued to its term by one letter where the dictionary holds the head and the tail but not the glued copy',
    input: 'Here is how we User researchr research the API, and the winter wintery winter days.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:39', reason: 'Unexpected replacement cascade `User researchr …`, expected `use`', actual: 'User researchr research', expected: ['use'], fixed: true },
    ],
    output: 'Here is how we use the API, and the winter wintery winter days.',
  },
  {
    name: 'reads more passes of a label glued to its term by one letter',
    input: 'Here is how we User researchr researchr researchr research the API.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:59', reason: 'Unexpected replacement cascade `User researchr …`, expected `use`', actual: 'User researchr researchr researchr research', expected: ['use'], fixed: true },
    ],
    output: 'Here is how we use the API.',
  },
  {
    name: 'reads capitalised copies of a group after a word in lower case as a label whose term comes last, one plural per copy',
    input: 'The team hears these and similar Frequently asked Frequently asked Frequently asked questionssss often.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:34-1:97', reason: 'Unexpected replacement cascade `Frequently asked …`, expected `questions`', actual: 'Frequently asked Frequently asked Frequently asked questionssss', expected: ['questions'], fixed: true },
    ],
    output: 'The team hears these and similar questions often.',
  },
  {
    name: 'keeps the original’s own words in lower case before capitalised copies of a group',
    input: 'We answer some frequently asked Frequently asked Frequently asked questionsss about it.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:33-1:78', reason: 'Unexpected replacement cascade `Frequently asked …`, expected `questions`', actual: 'Frequently asked Frequently asked questionsss', expected: ['questions'], fixed: true },
    ],
    output: 'We answer some frequently asked questions about it.',
  },
  {
    name: 'reads a term-last label glued after one letter where the letter and the term make a word',
    input: 'They can pPeer Peer review their work, buy iPhone Phone cases and visit the eBay Bay area.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:27', reason: 'Unexpected replacement cascade `Peer Peer …`, expected `review`', actual: 'Peer Peer review', expected: ['review'], fixed: true },
    ],
    output: 'They can preview their work, buy iPhone Phone cases and visit the eBay Bay area.',
  },
  {
    name: 'reads two copies after a head glued after one letter where the letter and the head make a word',
    input: 'The dRiver cruises cruises was late, and an iPhone cases cases sale ran.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:27', reason: 'Unexpected replacement cascade `River cruises …`, expected `river`', actual: 'River cruises cruises', expected: ['river'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:52-1:63', reason: 'Unexpected doubled word `cases`, remove one', actual: 'cases cases', expected: ['cases'], fixed: true },
    ],
    output: 'The driver was late, and an iPhone cases sale ran.',
  },
  {
    name: 'takes one plural per copy off a term that ends in a vowel and `s` where the dictionary holds the word without them (`Press releases` for `release`)',
    input: 'The council will Press Press releasessd the plan once the Press Press releasess is ready, not the Business Business class.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:40', reason: 'Unexpected replacement cascade `Press Press …`, expected `released`', actual: 'Press Press releasessd', expected: ['released'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:59-1:80', reason: 'Unexpected replacement cascade `Press Press …`, expected `release`', actual: 'Press Press releasess', expected: ['release'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:99-1:122', reason: 'Unexpected replacement cascade `Business Business …`, expected `class`', actual: 'Business Business class', expected: ['class'], fixed: true },
    ],
    output: 'The council will released the plan once the release is ready, not the class.',
  },
  {
    name: 'restores in lower case mid-sentence a word that is also a surname (`Lesson`, `Grant`), and keeps a day’s capital',
    input: 'She taught a Lesson plans plans plans on rivers, applied for a Grants and fundings and funding and that was Sundays of rests of rests of rest.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:38', reason: 'Unexpected replacement cascade `Lesson plans …`, expected `lesson`', actual: 'Lesson plans plans plans', expected: ['lesson'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:64-1:95', reason: 'Unexpected replacement cascade `Grants and …`, expected `grant`', actual: 'Grants and fundings and funding', expected: ['grant'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:109-1:142', reason: 'Unexpected replacement cascade `Sundays of …`, expected `Sunday`', actual: 'Sundays of rests of rests of rest', expected: ['Sunday'], fixed: true },
    ],
    output: 'She taught a lesson on rivers, applied for a grant and that was Sunday.',
  },
  {
    name: 'ends copies joined by an apostrophe before the word after them that shares their core (`farmer’s market`)',
    input: 'After lunch at the Farmers’ marketss’ marketss’ markets’s market we left.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:58', reason: 'Unexpected replacement cascade `Farmers’ marketss’ …`, expected `farmer’s`', actual: 'Farmers’ marketss’ marketss’ markets’s', expected: ['farmer’s'], fixed: true },
    ],
    output: 'After lunch at the farmer’s market we left.',
  },
  {
    name: 'reads a label whose tail is a word in capitals, glued inside words and to the word after (`Age UK` for `age`)',
    input: 'This pAge UK UK UK lists every Age UK UK UKncy, and the messAge UK UK UK went to older Age UK UK UK groups, not the iPhone UK UK team.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:19', reason: 'Unexpected replacement cascade `Age UK …`, expected `age`', actual: 'Age UK UK UK', expected: ['age'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:32-1:47', reason: 'Unexpected replacement cascade `Age UK …`, expected `agency`', actual: 'Age UK UK UKncy', expected: ['agency'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:61-1:73', reason: 'Unexpected replacement cascade `Age UK …`, expected `age`', actual: 'Age UK UK UK', expected: ['age'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:88-1:100', reason: 'Unexpected replacement cascade `Age UK …`, expected `age`', actual: 'Age UK UK UK', expected: ['age'], fixed: true },
    ],
    output: 'This page lists every agency, and the message went to older age groups, not the iPhone UK UK team.',
  },
  {
    name: 'reads one copy in capitals and the same capitals glued to letters that make a word with the head (`Age UK UKncy`)',
    input: 'The Age UK UKncy met, but Visit UK UKulele shops stayed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:17', reason: 'Unexpected replacement cascade `Age UK …`, expected `agency`', actual: 'Age UK UKncy', expected: ['agency'], fixed: true },
    ],
    output: 'The agency met, but Visit UK UKulele shops stayed.',
  },
  {
    name: 'reads two copies of a word in capitals after a head glued inside a word (`messAge UK UK`)',
    input: 'The messAge UK UK went out, but the iPhone UK UK stayed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:18', reason: 'Unexpected replacement cascade `Age UK …`, expected `age`', actual: 'Age UK UK', expected: ['age'], fixed: true },
    ],
    output: 'The message went out, but the iPhone UK UK stayed.',
  },
  {
    name: 'reads a last copy in capitals glued to letters and a possessive (`Age UK UKncy’s` for `agency’s`)',
    input: 'The Age UK UKncy’s staff met, but Visit UK UKulele’s shop stayed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:19', reason: 'Unexpected replacement cascade `Age UK …`, expected `agency’s`', actual: 'Age UK UKncy’s', expected: ['agency’s'], fixed: true },
    ],
    output: 'The agency’s staff met, but Visit UK UKulele’s shop stayed.',
  },
  {
    name: "reads a cascade one unit longer than the text's dominant form whose last unit is glued to the rest of a word as passes, not as the label standing in the original (`Age UK UK UKncy’s` beside `Age UK UKncy’s`)",
    input: "The Age UK UKncy’s staff met the Age UK UK UKncy’s board, and Women's rights's rights fund a Women's rights's rights's rights campaign.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:19', reason: 'Unexpected replacement cascade `Age UK …`, expected `agency’s`', actual: 'Age UK UKncy’s', expected: ['agency’s'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:34-1:51', reason: 'Unexpected replacement cascade `Age UK …`, expected `agency’s`', actual: 'Age UK UK UKncy’s', expected: ['agency’s'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:63-1:86', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`", actual: "Women's rights's rights", expected: ['women'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:94-1:119', reason: "Unexpected replacement cascade `Women's rights's …`, expected `women's`", actual: "Women's rights's rights's", expected: ["women's"], fixed: true },
    ],
    output: "The agency’s staff met the agency’s board, and women fund a women's rights campaign.",
  },
  {
    name: 'reads the letters after a unit one beyond the dominant form as the next word’s own where they make a word with the tail and none with the term (`Press office office officer`: the original held `press officer`)',
    input: 'We rang the Press office office desk, and the Press office office officer answered.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:32', reason: 'Unexpected replacement cascade `Press office …`, expected `press`', actual: 'Press office office', expected: ['press'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:47-1:66', reason: 'Unexpected replacement cascade `Press office …`, expected `press`', actual: 'Press office office', expected: ['press'], fixed: true },
    ],
    output: 'We rang the press desk, and the press officer answered.',
  },
  {
    name: 'reads two passes of a label with a tail in capitals after a head glued inside a word (`Art UK` for `art`: `depArt UK UKment`)',
    input: 'The depArt UK UKment stArt UK UKed new pArt UK UKs, but Visit UK UKulele shops stayed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:21', reason: 'Unexpected replacement cascade `Art UK …`, expected `artment`', actual: 'Art UK UKment', expected: ['artment'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:24-1:35', reason: 'Unexpected replacement cascade `Art UK …`, expected `arted`', actual: 'Art UK UKed', expected: ['arted'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:41-1:51', reason: 'Unexpected replacement cascade `Art UK …`, expected `arts`', actual: 'Art UK UKs', expected: ['arts'], fixed: true },
    ],
    output: 'The department started new parts, but Visit UK UKulele shops stayed.',
  },
  {
    name: 'reads a one-word tail joined by hyphens after a head glued after one letter, three copies (`Ice-skating` for `ice`: `vIce-skating-skating-skating` is `vice`), not after a letter and capitals (`iOS-app-app`)',
    input: 'The vIce-skating-skating-skating president and the lIce-skating-skating-skatingnse spoke, but the iOS-app-app stayed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:33', reason: 'Unexpected replacement cascade `Ice-skating-skating-skating`, expected `ice`', actual: 'Ice-skating-skating-skating', expected: ['ice'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:53-1:83', reason: 'Unexpected replacement cascade `Ice-skating-skating-skatingnse`, expected `icense`', actual: 'Ice-skating-skating-skatingnse', expected: ['icense'], fixed: true },
    ],
    output: 'The vice president and the license spoke, but the iOS-app-app stayed.',
  },
  {
    name: 'reads three copies of a version number after a capitalised head between words of running prose (`Web 3.0` for `web`), not in a table row',
    input: 'Teams deploy Web 3.0 3.0 3.0 services here.\nScores: Maths 3.0 3.0 3.0 overall',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:29', reason: 'Unexpected replacement cascade `Web 3.0 …`, expected `web`', actual: 'Web 3.0 3.0 3.0', expected: ['web'], fixed: true },
    ],
    output: 'Teams deploy web services here.\nScores: Maths 3.0 3.0 3.0 overall',
  },
  {
    name: 'reads a label whose tail ends in a word of two capitals, glued to the letters after the term (`Marketing & PR` for `market`)',
    input: 'Our Marketing & PRing & PR grew, the Marketing & PRing & PRs opened, and we Marketing & PRing & PRed it, while staff were PRing & PR work and Sales & PRing & PR met.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:27', reason: 'Unexpected replacement cascade `Marketing & …`, expected `market`', actual: 'Marketing & PRing & PR', expected: ['market'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:38-1:61', reason: 'Unexpected replacement cascade `Marketing & …`, expected `markets`', actual: 'Marketing & PRing & PRs', expected: ['markets'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:77-1:101', reason: 'Unexpected replacement cascade `Marketing & …`, expected `marketed`', actual: 'Marketing & PRing & PRed', expected: ['marketed'], fixed: true },
    ],
    output: 'Our market grew, the markets opened, and we marketed it, while staff were PRing & PR work and Sales & PRing & PR met.',
  },
  {
    name: 'reads three passes of a label whose tail ends in a word of two capitals (`Marketing & PR` for `market`)',
    input: 'Our Marketing & PRing & PRing & PR grew and the Marketing & PRing & PRing & PRs opened.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:35', reason: 'Unexpected replacement cascade `Marketing & …`, expected `market`', actual: 'Marketing & PRing & PRing & PR', expected: ['market'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:49-1:80', reason: 'Unexpected replacement cascade `Marketing & …`, expected `markets`', actual: 'Marketing & PRing & PRing & PRs', expected: ['markets'], fixed: true },
    ],
    output: 'Our market grew and the markets opened.',
  },
  {
    name: 'reads a label whose tail ends in a hyphenated word, glued to the letters after the term (`Packing check-in` for `pack`)',
    input: 'We Packing check-ining check-ining check-ined the boxes, the Packing check-ining check-ins arrived, and Packing check-ining check-in day came before the check-in desk opened.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:4-1:46', reason: 'Unexpected replacement cascade `Packing check-ining …`, expected `packed`', actual: 'Packing check-ining check-ining check-ined', expected: ['packed'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:62-1:91', reason: 'Unexpected replacement cascade `Packing check-ining …`, expected `packs`', actual: 'Packing check-ining check-ins', expected: ['packs'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:105-1:133', reason: 'Unexpected replacement cascade `Packing check-ining …`, expected `pack`', actual: 'Packing check-ining check-in', expected: ['pack'], fixed: true },
    ],
    output: 'We packed the boxes, the packs arrived, and pack day came before the check-in desk opened.',
  },
  {
    name: 'reads two passes of a label in capitals hit inside a word after one letter, where the letter, the head and the glued letters make a word (`IT support` for `it`)',
    input: 'The sIT support supportuation improved and a wIT support supportness spoke, but the iOS app appstore and the uNIX shell shellfish stayed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:30', reason: 'Unexpected replacement cascade `IT support …`, expected `ituation`', actual: 'IT support supportuation', expected: ['ituation'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:47-1:69', reason: 'Unexpected replacement cascade `IT support …`, expected `itness`', actual: 'IT support supportness', expected: ['itness'], fixed: true },
    ],
    output: 'The situation improved and a witness spoke, but the iOS app appstore and the uNIX shell shellfish stayed.',
  },
  {
    name: "reads a small word in capitals before a lower-case tail as a label's head, not as a pronoun (`IT support` for `it`)",
    input: 'Call IT support support support today; it support support was a typo, and IT IS IS IS shouted.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:32', reason: 'Unexpected replacement cascade `IT support …`, expected `IT`', actual: 'IT support support support', expected: ['IT'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:43-1:58', reason: 'Unexpected doubled word `support`, remove one', actual: 'support support', expected: ['support'], fixed: true },
    ],
    output: 'Call IT today; it support was a typo, and IT IS IS IS shouted.',
  },
  {
    name: "reads three copies of a small word after a capitalised head mid-sentence as a phrasal label's (`Log in` for `log`), not two (a variant beside three, with a suggestion), nor after a word in lower case",
    input: 'Please Log in in in today, keep a Log in in book, and go on on on like that.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:20', reason: 'Unexpected replacement cascade `Log in …`, expected `log`', actual: 'Log in in in', expected: ['log'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:35-1:44', reason: 'Unexpected variant of a replacement cascade `Log in …`, expected a decision (perhaps `log`)', actual: 'Log in in', expected: ['log'], fixed: false },
      { ruleId: 'no-doubled-words', at: '1:39-1:44', reason: 'Unexpected doubled word `in`, remove one', actual: 'in in', expected: ['in'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:58-1:66', reason: 'Unexpected doubled word `on` (3 times), remove the copies', actual: 'on on on', expected: ['on'], fixed: true },
    ],
    output: 'Please log today, keep a Log in book, and go on like that.',
  },
  {
    name: "reads capitals that make a word with the lower-case letters glued after the last copy as that word's letters, not an acronym (`IT desk` for `it`, hit inside `Witnesses`)",
    input: 'WIT desk desk desknesses were called. The LIT desk desk deskerature grew. Our IT desk desk desk helps.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:1-1:25', reason: 'Unexpected replacement cascade `WIT desk …`, expected `Witnesses`', actual: 'WIT desk desk desknesses', expected: ['Witnesses'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:43-1:68', reason: 'Unexpected replacement cascade `LIT desk …`, expected `literature`', actual: 'LIT desk desk deskerature', expected: ['literature'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:79-1:96', reason: 'Unexpected replacement cascade `IT desk …`, expected `IT`', actual: 'IT desk desk desk', expected: ['IT'], fixed: true },
    ],
    output: 'Witnesses were called. The literature grew. Our IT helps.',
  },
  {
    name: 'reads copies of a term-last label with a space inside and a hyphen before the term (`The A-Team` for `team`), after a doubled article too',
    input: 'Ask The A-The A-Team now, then push the The A-The A-Teams on; the Winston-Salem State-Salem team stays.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:21', reason: 'Unexpected replacement cascade `The A-The …`, expected `team`', actual: 'The A-The A-Team', expected: ['team'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:41-1:58', reason: 'Unexpected replacement cascade `The A-The …`, expected `teams`', actual: 'The A-The A-Teams', expected: ['teams'], fixed: true },
    ],
    output: 'Ask team now, then push the teams on; the Winston-Salem State-Salem team stays.',
  },
  {
    name: "reads capitalised copies after a head glued inside a word that makes no word with it as a term-last label's (`Afternoon tea` for `tea`, hit inside `team`), not as the head's tail",
    input: 'Thanks to the DigitalGov Afternoon Afternoon Afternoon team and the openFDA Afternoon Afternoon Afternoon team; see the webSite Map Map Map page.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:26-1:60', reason: 'Unexpected replacement cascade `Afternoon Afternoon …`, expected `team`', actual: 'Afternoon Afternoon Afternoon team', expected: ['team'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:77-1:111', reason: 'Unexpected replacement cascade `Afternoon Afternoon …`, expected `team`', actual: 'Afternoon Afternoon Afternoon team', expected: ['team'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:124-1:140', reason: 'Unexpected replacement cascade `Site Map …`, expected `site`', actual: 'Site Map Map Map', expected: ['site'], fixed: true },
    ],
    output: 'Thanks to the DigitalGov team and the openFDA team; see the website page.',
  },
  {
    name: 'reads a one-word label with apostrophes inside, glued to its term and re-applied (`Fish’n’chips` for `fish`)',
    input: 'We sold Fish’n’chips’n’chips’n’chips’n’chipsing rods and Fish’n’chips’n’chips’n’chips’n’chips cakes to rock’n’roll fans.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:48', reason: 'Unexpected replacement cascade `Fish’n’chips’n’chips’n’chips’n’chipsing`, expected `fishing`', actual: 'Fish’n’chips’n’chips’n’chips’n’chipsing', expected: ['fishing'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:58-1:94', reason: 'Unexpected replacement cascade `Fish’n’chips’n’chips’n’chips’n’chips`, expected `fish`', actual: 'Fish’n’chips’n’chips’n’chips’n’chips', expected: ['fish'], fixed: true },
    ],
    output: 'We sold fishing rods and fish cakes to rock’n’roll fans.',
  },
  {
    name: 'capitalises a head after a full stop and a closing quote or bracket, not after `!` or `?` in an aside',
    input: 'They said “keep going.” Crew rota rota rota duty starts at six. The (brilliant!) Crew rota rota rota duty ended (at noon.) Crew rota rota rota duty resumed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:44', reason: 'Unexpected replacement cascade `Crew rota …`, expected `Crew`', actual: 'Crew rota rota rota', expected: ['Crew'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:82-1:101', reason: 'Unexpected replacement cascade `Crew rota …`, expected `crew`', actual: 'Crew rota rota rota', expected: ['crew'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:124-1:143', reason: 'Unexpected replacement cascade `Crew rota …`, expected `Crew`', actual: 'Crew rota rota rota', expected: ['Crew'], fixed: true },
    ],
    output: 'They said “keep going.” Crew duty starts at six. The (brilliant!) crew duty ended (at noon.) Crew duty resumed.',
  },
  {
    name: "capitalises a word after a line's short lead-in and a dash (`Step 2 — Team members`), not after a dash inside a sentence",
    input: 'Step 2 — Crew rota rota rota members open a branch.\nPhoto credits—Crew rota rota rota photos, sounds\nThere is a pattern here — Crew rota rota rota members know it.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:29', reason: 'Unexpected replacement cascade `Crew rota …`, expected `Crew`', actual: 'Crew rota rota rota', expected: ['Crew'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '2:15-2:34', reason: 'Unexpected replacement cascade `Crew rota …`, expected `Crew`', actual: 'Crew rota rota rota', expected: ['Crew'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '3:27-3:46', reason: 'Unexpected replacement cascade `Crew rota …`, expected `crew`', actual: 'Crew rota rota rota', expected: ['crew'], fixed: true },
    ],
    output: 'Step 2 — Crew members open a branch.\nPhoto credits—Crew photos, sounds\nThere is a pattern here — crew members know it.',
  },
  {
    name: "capitalises a word after a capitalised plural possessive inside a name (`the Office of Women’s Health`), not after a name's own possessive (`the Department of Labor’s budget`)",
    input: 'The Office of Women’s Health & diet & diet & diet team met the Department of Labor’s Health & diet & diet & diet experts.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:23-1:50', reason: 'Unexpected replacement cascade `Health & …`, expected `Health`', actual: 'Health & diet & diet & diet', expected: ['Health'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:86-1:113', reason: 'Unexpected replacement cascade `Health & …`, expected `health`', actual: 'Health & diet & diet & diet', expected: ['health'], fixed: true },
    ],
    output: 'The Office of Women’s Health team met the Department of Labor’s health experts.',
  },
  {
    name: 'reads two copies of a group of lower-case words after a capitalised head as a cascade where they stand alike three times in the text, not twice',
    input: 'Parliament. Photo of the week of the week: Ann. Square. Photo of the week of the week: Bo. March. Photo of the week of the week: Cy. Lots. Map of the town of the town: Di. Hall. Map of the town of the town: Ed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:42', reason: 'Unexpected replacement cascade `Photo of …`, expected `Photo`', actual: 'Photo of the week of the week', expected: ['Photo'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:57-1:86', reason: 'Unexpected replacement cascade `Photo of …`, expected `Photo`', actual: 'Photo of the week of the week', expected: ['Photo'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:99-1:128', reason: 'Unexpected replacement cascade `Photo of …`, expected `Photo`', actual: 'Photo of the week of the week', expected: ['Photo'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:144-1:167', reason: 'Unexpected repeated phrase `of the town`, remove one', actual: 'of the town of the town', expected: ['of the town'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:183-1:206', reason: 'Unexpected repeated phrase `of the town`, remove one', actual: 'of the town of the town', expected: ['of the town'], fixed: true },
    ],
    output: 'Parliament. Photo: Ann. Square. Photo: Bo. March. Photo: Cy. Lots. Map of the town: Di. Hall. Map of the town: Ed.',
  },
  {
    name: 'reads two capitalised copies of one word after a capitalised head where they stand alike three times or more before different words (`Science Week` for `science`), not before the same word each time (`Women’s Public Public health`)',
    input: 'We love Science Week Week at school. Science Week Week is fun. Our Science Week Week team won. The Women’s Public Public health office, the Men’s Public Public health office and the Youth Public Public health office met.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:26', reason: 'Unexpected replacement cascade `Science Week …`, expected `science`', actual: 'Science Week Week', expected: ['science'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:38-1:55', reason: 'Unexpected replacement cascade `Science Week …`, expected `Science`', actual: 'Science Week Week', expected: ['Science'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:68-1:85', reason: 'Unexpected replacement cascade `Science Week …`, expected `science`', actual: 'Science Week Week', expected: ['science'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:108-1:128', reason: 'Unexpected replacement cascade `Public Public …`, expected `health`', actual: 'Public Public health', expected: ['health'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:147-1:167', reason: 'Unexpected replacement cascade `Public Public …`, expected `health`', actual: 'Public Public health', expected: ['health'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:189-1:209', reason: 'Unexpected replacement cascade `Public Public …`, expected `health`', actual: 'Public Public health', expected: ['health'], fixed: true },
    ],
    output: 'We love science at school. Science is fun. Our science team won. The Women’s health office, the Men’s health office and the Youth health office met.',
  },
  {
    name: 'keeps a noun that mostly follows a name in lower case (`team`, `website`) in lower case after capitalised words, but not before a capitalised word',
    input: 'Ask the Open Maps Crew rota rota rota about it, email the Open Maps Team bulletins bulletins bulletins today, visit the Open Maps Website builder builder builder soon, and meet the Team bulletins bulletins bulletins Leader.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:38', reason: 'Unexpected replacement cascade `Crew rota …`, expected `Crew`', actual: 'Crew rota rota rota', expected: ['Crew'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:69-1:103', reason: 'Unexpected replacement cascade `Team bulletins …`, expected `team`', actual: 'Team bulletins bulletins bulletins', expected: ['team'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:131-1:162', reason: 'Unexpected replacement cascade `Website builder …`, expected `website`', actual: 'Website builder builder builder', expected: ['website'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:182-1:216', reason: 'Unexpected replacement cascade `Team bulletins …`, expected `Team`', actual: 'Team bulletins bulletins bulletins', expected: ['Team'], fixed: true },
    ],
    output: 'Ask the Open Maps Crew about it, email the Open Maps team today, visit the Open Maps website soon, and meet the Team Leader.',
  },
  {
    name: 'reads a label whose tail ends in a number glued to the rest of the word the replace hit (`Form W-2` for `form`)',
    input: 'We keep the inForm W-2 W-2 W-2ation in a Form W-2 W-2 W-2at you can read, and the B-2 B-2s flew.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:36', reason: 'Unexpected replacement cascade `Form W-2 …`, expected `formation`', actual: 'Form W-2 W-2 W-2ation', expected: ['formation'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:42-1:60', reason: 'Unexpected replacement cascade `Form W-2 …`, expected `format`', actual: 'Form W-2 W-2 W-2at', expected: ['format'], fixed: true },
    ],
    output: 'We keep the information in a format you can read, and the B-2 B-2s flew.',
  },
  {
    name: 'takes in the copies of a label’s first part joined by hyphens before its term (`At-risk groups` for `risk`)',
    input: 'We weigh the At-At-At-risk groups groups groups of harm and the Non-Non-profit sector sector, not a back-to-back-to-back game.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:48', reason: 'Unexpected replacement cascade `At-At-At-risk groups …`, expected `risk`', actual: 'At-At-At-risk groups groups groups', expected: ['risk'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:65-1:93', reason: 'Unexpected replacement cascade `Non-Non-profit sector …`, expected `profit`', actual: 'Non-Non-profit sector sector', expected: ['profit'], fixed: true },
    ],
    output: 'We weigh the risk of harm and the profit, not a back-to-back-to-back game.',
  },
  {
name: 'reads the copies of a term-last label that ends as the text before it does from where they start (`the Meet the Meet the team`)',
    input: 'Ask the Meet the Meet the Meet the team, and thank the Friends of the Friends of the Friends of the museum.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:40', reason: 'Unexpected replacement cascade `Meet the …`, expected `team`', actual: 'Meet the Meet the Meet the team', expected: ['team'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:56-1:107', reason: 'Unexpected replacement cascade `Friends of …`, expected `museum`', actual: 'Friends of the Friends of the Friends of the museum', expected: ['museum'], fixed: true },
    ],
    output: 'Ask the team, and thank the museum.',
  },
  {
    name: 'reads two copies of a term-last label that end with an article mid-sentence as two passes (`the FOIA Meet the Meet the team`)',
    input: 'Then the FOIA Meet the Meet the team met the Friends of the Friends of the gallery.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:37', reason: 'Unexpected replacement cascade `Meet the …`, expected `team`', actual: 'Meet the Meet the team', expected: ['team'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:46-1:83', reason: 'Unexpected replacement cascade `Friends of …`, expected `gallery`', actual: 'Friends of the Friends of the gallery', expected: ['gallery'], fixed: true },
    ],
    output: 'Then the FOIA team met the gallery.',
  },
  {
    name: 'keeps a head glued inside a word for a label whose copies end as the text after them starts (`City of Culture 2025` for `city`)',
    input: 'The simpliCity of Culture 2025 of Culture 2025 of Culture 2025 of that process.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:63', reason: 'Unexpected replacement cascade `City of …`, expected `city`', actual: 'City of Culture 2025 of Culture 2025 of Culture 2025', expected: ['city'], fixed: true },
    ],
    output: 'The simplicity of that process.',
  },
  {
    name: 'reads capitalised copies after the same head before words of different stems as that head’s tail (`Police Scotland` for `police`)',
    input: 'It was sent to community Police Scotland Scotland Scotland centers and to Police Scotland Scotland Scotland data teams, and the Severe Severe Severe weather and Severe Severe Severe weathering came.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:26-1:59', reason: 'Unexpected replacement cascade `Police Scotland …`, expected `police`', actual: 'Police Scotland Scotland Scotland', expected: ['police'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:75-1:108', reason: 'Unexpected replacement cascade `Police Scotland …`, expected `police`', actual: 'Police Scotland Scotland Scotland', expected: ['police'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:129-1:157', reason: 'Unexpected replacement cascade `Severe Severe …`, expected `weather`', actual: 'Severe Severe Severe weather', expected: ['weather'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:162-1:193', reason: 'Unexpected replacement cascade `Severe Severe …`, expected `weathering`', actual: 'Severe Severe Severe weathering', expected: ['weathering'], fixed: true },
    ],
    output: 'It was sent to community police centers and to police data teams, and the weather and weathering came.',
  },
  {
    name: 'reads the last copy of a tail of three letters and `s` glued to the rest of the word the replace hit (`Ideas lab` for `idea`)',
    input: 'What Ideas labs labs labs labs would fit an Ideas labs labs labs labl scene?',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:31', reason: 'Unexpected replacement cascade `Ideas labs …`, expected `ideas`', actual: 'Ideas labs labs labs labs', expected: ['ideas'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:45-1:70', reason: 'Unexpected replacement cascade `Ideas labs …`, expected `ideal`', actual: 'Ideas labs labs labs labl', expected: ['ideal'], fixed: true },
    ],
    output: 'What ideas would fit an ideal scene?',
  },
  {
    name: 'reads a label ending in a version number where letters are glued to its last copy, and its other copies then too (`Web 2.0` for `web`)',
    input: 'The Web 2.0 2.0 2.0 team built a Web 2.0 2.0 2.0site, but the row read Score 2.0 2.0 2.0.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:20', reason: 'Unexpected replacement cascade `Web 2.0 …`, expected `web`', actual: 'Web 2.0 2.0 2.0', expected: ['web'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:34-1:53', reason: 'Unexpected replacement cascade `Web 2.0 …`, expected `website`', actual: 'Web 2.0 2.0 2.0site', expected: ['website'], fixed: true },
    ],
    output: 'The web team built a website, but the row read Score 2.0 2.0 2.0.',
  },
  {
    name: 'reads a label ending in a number with a slash: a year’s range in three copies, other numbers with letters glued to the last copy (`Budget 2025/26`, `Bus 24/7`)',
    input: 'The Bus 24/7 24/7 24/7 line and a Bus 24/7 24/7 24/7y seat, the Budget 2025/26 2025/26 2025/26 vote, open 24/7 24/7 on 12/05/2024.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:23', reason: 'Unexpected replacement cascade `Bus 24/7 …`, expected `bus`', actual: 'Bus 24/7 24/7 24/7', expected: ['bus'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:35-1:54', reason: 'Unexpected replacement cascade `Bus 24/7 …`, expected `busy`', actual: 'Bus 24/7 24/7 24/7y', expected: ['busy'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:65-1:95', reason: 'Unexpected replacement cascade `Budget 2025/26 …`, expected `budget`', actual: 'Budget 2025/26 2025/26 2025/26', expected: ['budget'], fixed: true },
    ],
    output: 'The bus line and a busy seat, the budget vote, open 24/7 24/7 on 12/05/2024.',
  },
  {
    name: 'reads a label glued to its term by letters and a possessive (`Campaigner’s toolkit` for `campaign`)',
    input: "Our Campaigner's toolkiter's toolkiter's toolkit grew and the Campaigner’s toolkiter’s toolkiter’s toolkits worked.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:49', reason: "Unexpected replacement cascade `Campaigner's toolkiter's …`, expected `campaign`", actual: "Campaigner's toolkiter's toolkiter's toolkit", expected: ['campaign'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:63-1:108', reason: 'Unexpected replacement cascade `Campaigner’s toolkiter’s …`, expected `campaigns`', actual: 'Campaigner’s toolkiter’s toolkiter’s toolkits', expected: ['campaigns'], fixed: true },
    ],
    output: 'Our campaign grew and the campaigns worked.',
  },
  {
    name: 'restores in capitals a word whose one letter left is a capital and that makes a word (`AIDS`), not a name (`SpaceX`)',
    input: 'Visit Aid & development & developmentS.gov today. The Space exploration exploration explorationX launch.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:39', reason: 'Unexpected replacement cascade `Aid & …`, expected `AIDS`', actual: 'Aid & development & developmentS', expected: ['AIDS'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:55-1:97', reason: 'Unexpected replacement cascade `Space exploration …`, expected `SpaceX`', actual: 'Space exploration exploration explorationX', expected: ['SpaceX'], fixed: true },
    ],
    output: 'Visit AIDS.gov today. The SpaceX launch.',
  },
  {
    name: 'leaves a CamelCase word of the dictionary before its own last part (`JavaScript Script`)',
    input: 'Her JavaScript Script tag and the PowerPoint Point slide stayed.',
    messages: [],
    output: 'Her JavaScript Script tag and the PowerPoint Point slide stayed.',
  },
  {
    name: 'restores a cascade that a replace put into an address, which cut the link short at its first space',
    input: 'Live figures are at https://example.gov/Harbour and ferries and ferries and ferries/live/data.json today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:41-1:84', reason: 'Unexpected replacement cascade `Harbour and …`, expected `harbour`', actual: 'Harbour and ferries and ferries and ferries', expected: ['harbour'], fixed: true },
    ],
    output: 'Live figures are at https://example.gov/harbour/live/data.json today.',
  },
  {
    name: 'restores two copies of an adjective before the term',
    input: 'Residents fear Coastal Coastal erosion near the pier.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:39', reason: 'Unexpected replacement cascade `Coastal Coastal …`, expected `erosion`', actual: 'Coastal Coastal erosion', expected: ['erosion'], fixed: true },
    ],
    output: 'Residents fear erosion near the pier.',
  },
  {
    name: 'restores two copies before the same term twice in a text',
    input: 'Harbour Harbour boats left early, and Harbour Harbour boats came back late.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:1-1:22', reason: 'Unexpected replacement cascade `Harbour Harbour …`, expected `Boats`', actual: 'Harbour Harbour boats', expected: ['Boats'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:39-1:60', reason: 'Unexpected replacement cascade `Harbour Harbour …`, expected `boats`', actual: 'Harbour Harbour boats', expected: ['boats'], fixed: true },
    ],
    output: 'Boats left early, and boats came back late.',
  },
  {
    name: 'restores a last unit glued to one letter of the word the term stood in',
    input: 'The Plan ahead aheade landed at noon.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:22', reason: 'Unexpected replacement cascade `Plan ahead …`, expected `plane`', actual: 'Plan ahead aheade', expected: ['plane'], fixed: true },
    ],
    output: 'The plane landed at noon.',
  },
  {
    name: 'restores a last unit with an `s` no plural of the tail takes (`gallerys`)',
    input: 'We visited the Art gallery gallerys of the city.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:36', reason: 'Unexpected replacement cascade `Art gallery …`, expected `arts`', actual: 'Art gallery gallerys', expected: ['arts'], fixed: true },
    ],
    output: 'We visited the arts of the city.',
  },
  {
    name: 'restores an `s`-only label glued after one letter of a word',
    input: 'The crowd at the pArtssy cheered.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:25', reason: 'Unexpected replacement cascade `Artssy`, expected `arty`', actual: 'Artssy', expected: ['arty'], fixed: true },
    ],
    output: 'The crowd at the party cheered.',
  },
  {
    name: 'restores a doubled `s` inside a capitalised word where the same label cascades elsewhere',
    input: 'The Artsss fair looked Artssistic this year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:11', reason: 'Unexpected replacement cascade `Artsss`, expected `arts`', actual: 'Artsss', expected: ['arts'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:24-1:34', reason: 'Unexpected replacement cascade `Artssistic`, expected `artistic`', actual: 'Artssistic', expected: ['artistic'], fixed: true },
    ],
    output: 'The arts fair looked artistic this year.',
  },
  {
    name: "ends the run before the word after it that shares its core (the singular of the tail)",
    input: "Download the Ferry timetables timetables timetables timetable app today.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:14-1:52", reason: "Unexpected replacement cascade `Ferry timetables …`, expected `ferry`", actual: "Ferry timetables timetables timetables", expected: ["ferry"], fixed: true},
    ],
    output: "Download the ferry timetable app today.",
  },
  {
    name: "reads bare capitalised copies before a lower-case word as a label whose term comes last, leaving the word before alone (a name here)",
    input: "We went to the Thames Harbour Harbour Harbour festivals in June.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:23-1:56", reason: "Unexpected replacement cascade `Harbour Harbour …`, expected `festivals`", actual: "Harbour Harbour Harbour festivals", expected: ["festivals"], fixed: true},
    ],
    output: "We went to the Thames festivals in June.",
  },
  {
    name: "finds a label glued inside a word of accented letters",
    input: "Please add your SigÉlan Élan nature here.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:20-1:36", reason: "Unexpected replacement cascade `Élan Élan …`, expected `nature`", actual: "Élan Élan nature", expected: ["nature"], fixed: true},
    ],
    output: "Please add your Signature here.",
  },
  {
    name: "keeps the carried suffix with its own apostrophe when the units carry the other",
    input: "We read the Harbour's guide's guide’s history.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:13-1:38", reason: "Unexpected replacement cascade `Harbour's guide's …`, expected `harbour’s`", actual: "Harbour's guide's guide’s", expected: ["harbour’s"], fixed: true},
    ],
    output: "We read the harbour’s history.",
  },
  {
    name: "reads an `es` no plural of the tail takes as the end of the word the replace hit",
    input: "All the Match report reportes were played.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:30", reason: "Unexpected replacement cascade `Match report …`, expected `matches`", actual: "Match report reportes", expected: ["matches"], fixed: true},
    ],
    output: "All the matches were played.",
  },
  {
    name: "capitalises a name that goes on after `of` with a capitalised word",
    input: "She chairs the Riverside Garden walks walks walks of Practice group.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:26-1:50", reason: "Unexpected replacement cascade `Garden walks …`, expected `Garden`", actual: "Garden walks walks walks", expected: ["Garden"], fixed: true},
    ],
    output: "She chairs the Riverside Garden of Practice group.",
  },
  {
    name: "capitalises a name after a comma that starts a list item",
    input: "We met Justice, Coastal Protection Harbour walks walks walks, and others.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:36-1:61", reason: "Unexpected replacement cascade `Harbour walks …`, expected `Harbour`", actual: "Harbour walks walks walks", expected: ["Harbour"], fixed: true},
    ],
    output: "We met Justice, Coastal Protection Harbour, and others.",
  },
  {
    name: "capitalises after one capitalised word the text writes in lower case elsewhere",
    input: "The tax office is closed. We wrote to the Tax Harbour walks walks walks that sits here.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:47-1:72", reason: "Unexpected replacement cascade `Harbour walks …`, expected `Harbour`", actual: "Harbour walks walks walks", expected: ["Harbour"], fixed: true},
    ],
    output: "The tax office is closed. We wrote to the Tax Harbour that sits here.",
  },
  {
    name: "writes a site name in lower case when the text writes its other site names so",
    input: "We deploy to Ferry times times times.gov and data.gov and login.gov today.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:14-1:37", reason: "Unexpected replacement cascade `Ferry times …`, expected `ferry`", actual: "Ferry times times times", expected: ["ferry"], fixed: true},
    ],
    output: "We deploy to ferry.gov and data.gov and login.gov today.",
  },
  {
    name: "reads a three-letter plural glued to the rest of the word the replace hit",
    input: "The Bus maps maps maps mapsGov team met the Bus maps maps maps mapsper crew.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:31", reason: "Unexpected replacement cascade `Bus maps …`, expected `BusGov`", actual: "Bus maps maps maps mapsGov", expected: ["BusGov"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:45-1:71", reason: "Unexpected replacement cascade `Bus maps …`, expected `busper`", actual: "Bus maps maps maps mapsper", expected: ["busper"], fixed: true},
    ],
    output: "The BusGov team met the busper crew.",
  },
  {
    name: "reads a lower-case word before capitalised copies of it as the original word before a label whose term comes last",
    input: "We share data with federal public Public Public Public health agencies.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:35-1:62", reason: "Unexpected replacement cascade `Public Public …`, expected `health`", actual: "Public Public Public health", expected: ["health"], fixed: true},
    ],
    output: "We share data with federal public health agencies.",
  },
  {
    name: "keeps the first copy of a term-last cascade one copy longer than the dominant form as the original word",
    input: "We met the National National National park staff and the National National National National park Service people.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:12-1:43", reason: "Unexpected replacement cascade `National National …`, expected `park`", actual: "National National National park", expected: ["park"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:67-1:98", reason: "Unexpected replacement cascade `National National …`, expected `Park`", actual: "National National National park", expected: ["Park"], fixed: true},
    ],
    output: "We met the park staff and the National Park Service people.",
  },
  {
    name: "reads a one-word label glued to its term and re-applied, with what the original word carried",
    input: "We sold three Boatyardyardyards and a Boatyardyardyard last year.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:15-1:32", reason: "Unexpected replacement cascade `Boatyardyardyards`, expected `boats`", actual: "Boatyardyardyards", expected: ["boats"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:39-1:55", reason: "Unexpected replacement cascade `Boatyardyardyard`, expected `boat`", actual: "Boatyardyardyard", expected: ["boat"], fixed: true},
    ],
    output: "We sold three boats and a boat last year.",
  },
  {
    name: "reads a label ending in a year, three copies after a capitalised word",
    input: "Today the Harbour 2040 2040 2040 Bureau met.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:11-1:33", reason: "Unexpected replacement cascade `Harbour 2040 …`, expected `Harbour`", actual: "Harbour 2040 2040 2040", expected: ["Harbour"], fixed: true},
    ],
    output: "Today the Harbour Bureau met.",
  },
  {
    name: "reads two passes of such a label from the copy and the word after it",
    input: "Boats leave the Harbourside walksside walksmaster office early.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:17-1:50", reason: "Unexpected replacement cascade `Harbourside walksside …`, expected `harbourmaster`", actual: "Harbourside walksside walksmaster", expected: ["harbourmaster"], fixed: true},
    ],
    output: "Boats leave the harbourmaster office early.",
  },
  {
    name: "reads a label whose first word is its term with letters glued on, re-applied (the copies end in the glued letters)",
    input: "We rowed past the Harbourside walksside walksside walks and two Harbourside walksside walksside walkss at dawn.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:19-1:56", reason: "Unexpected replacement cascade `Harbourside walksside …`, expected `harbour`", actual: "Harbourside walksside walksside walks", expected: ["harbour"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:65-1:103", reason: "Unexpected replacement cascade `Harbourside walksside …`, expected `harbours`", actual: "Harbourside walksside walksside walkss", expected: ["harbours"], fixed: true},
    ],
    output: "We rowed past the harbour and two harbours at dawn.",
  },
  {
    name: "reads two glued letters when the copies repeat them",
    input: "Our Visitor informationor informationor informationors type the name.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:55", reason: "Unexpected replacement cascade `Visitor informationor …`, expected `visitors`", actual: "Visitor informationor informationor informationors", expected: ["visitors"], fixed: true},
    ],
    output: "Our visitors type the name.",
  },
  {
    name: "reads two passes of a glued head with a tail of two tokens",
    input: "It is a Lighting & signalsing & signalsweight build.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:46", reason: "Unexpected replacement cascade `Lighting & …`, expected `lightweight`", actual: "Lighting & signalsing & signalsweight", expected: ["lightweight"], fixed: true},
    ],
    output: "It is a lightweight build.",
  },
  {
    name: "reads a label glued after one letter when copies follow (not a name such as `iPhone`)",
    input: "Big cHalls and roomss and roomss and roomsenges ahead for the Halls and roomss and roomss and roomss, and the iPhone cases cases.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:6-1:48", reason: "Unexpected replacement cascade `Halls and …`, expected `hallenges`", actual: "Halls and roomss and roomss and roomsenges", expected: ["hallenges"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:63-1:101", reason: "Unexpected replacement cascade `Halls and …`, expected `halls`", actual: "Halls and roomss and roomss and roomss", expected: ["halls"], fixed: true},
      {ruleId: "no-doubled-words", at: "1:118-1:129", reason: "Unexpected doubled word `cases`, remove one", actual: "cases cases", expected: ["cases"], fixed: true},
    ],
    output: "Big challenges ahead for the halls, and the iPhone cases.",
  },
  {
    name: "reads glued letters that end in the label's apostrophe, either style, and two passes of them",
    input: "Crops from the Farmers' marketsers' marketsers' markets and the Farmers' marketsers' marketsers' marketsing news, then the netWorkers’ rightsers’ rightsers’ rights.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:16-1:56", reason: "Unexpected replacement cascade `Farmers' marketsers' …`, expected `farm`", actual: "Farmers' marketsers' marketsers' markets", expected: ["farm"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:65-1:108", reason: "Unexpected replacement cascade `Farmers' marketsers' …`, expected `farming`", actual: "Farmers' marketsers' marketsers' marketsing", expected: ["farming"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:127-1:164", reason: "Unexpected replacement cascade `Workers’ rightsers’ …`, expected `work`", actual: "Workers’ rightsers’ rightsers’ rights", expected: ["work"], fixed: true},
    ],
    output: "Crops from the farm and the farming news, then the network.",
  },
  {
    name: "reads two passes of a glued head whose glued letters end in an apostrophe",
    input: "Our Farmers' marketsers' marketsland is wet.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:37", reason: "Unexpected replacement cascade `Farmers' marketsers' …`, expected `farmland`", actual: "Farmers' marketsers' marketsland", expected: ["farmland"], fixed: true},
    ],
    output: "Our farmland is wet.",
  },
  {
    name: "capitalises a surname after a first name, even at the start of a clause, and keeps a function word in lower case before a name",
    input: "Our panel: Ruth Quarry tours tours tours, then Quarry tours tours tours staff.\n\nWriters have Beekeepingkeepingkeepingn Nirmala Ramprasad and Ruth Quarry tours tours tours's team.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:17-1:41", reason: "Unexpected replacement cascade `Quarry tours …`, expected `Quarry`", actual: "Quarry tours tours tours", expected: ["Quarry"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:48-1:72", reason: "Unexpected replacement cascade `Quarry tours …`, expected `quarry`", actual: "Quarry tours tours tours", expected: ["quarry"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "3:14-3:39", reason: "Unexpected replacement cascade `Beekeepingkeepingkeepingn`, expected `been`", actual: "Beekeepingkeepingkeepingn", expected: ["been"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "3:67-3:93", reason: "Unexpected replacement cascade `Quarry tours …`, expected `Quarry's`", actual: "Quarry tours tours tours's", expected: ["Quarry's"], fixed: true},
    ],
    output: "Our panel: Ruth Quarry, then quarry staff.\n\nWriters have been Nirmala Ramprasad and Ruth Quarry's team.",
  },
  {
    name: "keeps the original's plural `s` when a term-last label adds one `s` per pass, and a word's own `ss` (`class`)",
    input: "Read the Handy Handy mapsss and the Handy Handy mapss, not the Business Business class.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:10-1:28", reason: "Unexpected replacement cascade `Handy Handy …`, expected `maps`", actual: "Handy Handy mapsss", expected: ["maps"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:37-1:54", reason: "Unexpected replacement cascade `Handy Handy …`, expected `map`", actual: "Handy Handy mapss", expected: ["map"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:64-1:87", reason: "Unexpected replacement cascade `Business Business …`, expected `class`", actual: "Business Business class", expected: ["class"], fixed: true},
    ],
    output: "Read the maps and the map, not the class.",
  },
  {
    name: "reads two copies after an abbreviation's full stop as mid-sentence, and two copies with a plural that stand twice alike as a cascade",
    input: "Buyers in the U.S. Farm shop shop sector met at the Harbor town towns. Later the Harbor town towns met again.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:20-1:34", reason: "Unexpected replacement cascade `Farm shop …`, expected `farm`", actual: "Farm shop shop", expected: ["farm"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:53-1:70", reason: "Unexpected replacement cascade `Harbor town …`, expected `harbors`", actual: "Harbor town towns", expected: ["harbors"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:82-1:99", reason: "Unexpected replacement cascade `Harbor town …`, expected `harbors`", actual: "Harbor town towns", expected: ["harbors"], fixed: true},
    ],
    output: "Buyers in the U.S. farm sector met at the harbors. Later the harbors met again.",
  },
  {
    name: "capitalises before `of` and two capitalised common words, and a surname after a title and a first name",
    input: "She joined the Desk rotas rotas rotas of Digital Services, not the Desk rotas rotas rotas of President Obama nor the Desk rotas rotas rotas of the Old Guard. Officer Todd Desk rotas rotas rotas spoke.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:16-1:38", reason: "Unexpected replacement cascade `Desk rotas …`, expected `Desk`", actual: "Desk rotas rotas rotas", expected: ["Desk"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:68-1:90", reason: "Unexpected replacement cascade `Desk rotas …`, expected `desk`", actual: "Desk rotas rotas rotas", expected: ["desk"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:118-1:140", reason: "Unexpected replacement cascade `Desk rotas …`, expected `desk`", actual: "Desk rotas rotas rotas", expected: ["desk"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:172-1:194", reason: "Unexpected replacement cascade `Desk rotas …`, expected `Desk`", actual: "Desk rotas rotas rotas", expected: ["Desk"], fixed: true},
    ],
    output: "She joined the Desk of Digital Services, not the desk of President Obama nor the desk of the Old Guard. Officer Todd Desk spoke.",
  },
  {
    name: "ends the glued copies where the word can end (`Class` and `rooms`, not `Clas`, `sroom` and `s`)",
    input: "The Classroomsroomsrooms were full, and so were the Classroomsroomsroomses.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:25", reason: "Unexpected replacement cascade `Classroomsroomsrooms`, expected `class`", actual: "Classroomsroomsrooms", expected: ["class"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:53-1:75", reason: "Unexpected replacement cascade `Classroomsroomsroomses`, expected `classes`", actual: "Classroomsroomsroomses", expected: ["classes"], fixed: true},
    ],
    output: "The class were full, and so were the classes.",
  },
  {
    name: "keeps lower case before `of` and a place the text does not write in lower case",
    input: "The women of Ciudad Juarez met the Desk rotas rotas rotas of Ciudad Juarez.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:36-1:58", reason: "Unexpected replacement cascade `Desk rotas …`, expected `desk`", actual: "Desk rotas rotas rotas", expected: ["desk"], fixed: true},
    ],
    output: "The women of Ciudad Juarez met the desk of Ciudad Juarez.",
  },
  {
    name: "reads a glued unit of three letters when it stands three times (not `murmur` nor `bananas`)",
    input: "We were Hostinginginged here, then Hostinginginging, then bananas and murmurmur.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:24", reason: "Unexpected replacement cascade `Hostinginginged`, expected `hosted`", actual: "Hostinginginged", expected: ["hosted"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:36-1:52", reason: "Unexpected replacement cascade `Hostinginginging`, expected `hosting`", actual: "Hostinginginging", expected: ["hosting"], fixed: true},
    ],
    output: "We were hosted here, then hosting, then bananas and murmurmur.",
  },
  {
    name: "reads two `s` glued inside words when the same label stands glued in other words (not a name written twice)",
    input: "The Appssroach is clear and the Appsslication is late. Ericsson and Ericsson's staff.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:15", reason: "Unexpected replacement cascade `Appssroach`, expected `approach`", actual: "Appssroach", expected: ["approach"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:33-1:46", reason: "Unexpected replacement cascade `Appsslication`, expected `application`", actual: "Appsslication", expected: ["application"], fixed: true},
    ],
    output: "The approach is clear and the application is late. Ericsson and Ericsson's staff.",
  },
  {
    name: "reads a last copy of three letters glued to the rest of the word (`daysing`), with the plural `s` when the copies have it",
    input: "We went Ski days daysing in the hills, kept the Tea cup cup cuppot warm and read about Mobile apps apps applications.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:25", reason: "Unexpected replacement cascade `Ski days …`, expected `skiing`", actual: "Ski days daysing", expected: ["skiing"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:49-1:67", reason: "Unexpected replacement cascade `Tea cup …`, expected `teapot`", actual: "Tea cup cup cuppot", expected: ["teapot"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:88-1:104", reason: "Unexpected replacement cascade `Mobile apps …`, expected `mobile`", actual: "Mobile apps apps", expected: ["mobile"], fixed: true},
    ],
    output: "We went skiing in the hills, kept the teapot warm and read about mobile applications.",
  },
  {
    name: "reads no cascade in two copies that differ in letter case (a restored word before another name)",
    input: "Wait times at the Rainbow bridge Bridge works - update office are short.",
    messages: [],
    output: "Wait times at the Rainbow bridge Bridge works - update office are short.",
  },
  {
    name: "cuts glued copies as the text's other glued cascades show them, one number of passes for all",
    input: "The Cartwheelswheelswheelswheels spun, a Cartwheelswheelswheelswheel turned, and the Cartwheelswheelswheelswheel stopped.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:33", reason: "Unexpected replacement cascade `Cartwheelswheelswheelswheels`, expected `cartwheels`", actual: "Cartwheelswheelswheelswheels", expected: ["cartwheels"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:42-1:69", reason: "Unexpected replacement cascade `Cartwheelswheelswheelswheel`, expected `cartwheel`", actual: "Cartwheelswheelswheelswheel", expected: ["cartwheel"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:86-1:113", reason: "Unexpected replacement cascade `Cartwheelswheelswheelswheel`, expected `cartwheel`", actual: "Cartwheelswheelswheelswheel", expected: ["cartwheel"], fixed: true},
    ],
    output: "The cartwheels spun, a cartwheel turned, and the cartwheel stopped.",
  },
  {
    name: "keeps a CamelCase word's own letters before the label's hump as written",
    input: "Visit HelpWithMyFunding & grantsing & grantsing & grants today.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:17-1:57", reason: "Unexpected replacement cascade `Funding & …`, expected `Fund`", actual: "Funding & grantsing & grantsing & grants", expected: ["Fund"], fixed: true},
    ],
    output: "Visit HelpWithMyFund today.",
  },
  {
    name: "capitalises a head noun of a place after a capitalised word (`Kansas City`), not after a people’s adjective nor in the plural",
    input: "Buses in Kansas City centre plans centre plans centre plans ran late, as in the Canadian City centre plans centre plans centre plans of Regina and other US cities. City centre plans centre plans centre plans life goes on.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:60', reason: "Unexpected replacement cascade `City centre …`, expected `City`", actual: "City centre plans centre plans centre plans", expected: ["City"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:90-1:133', reason: "Unexpected replacement cascade `City centre …`, expected `city`", actual: "City centre plans centre plans centre plans", expected: ["city"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:165-1:208', reason: "Unexpected replacement cascade `City centre …`, expected `City`", actual: "City centre plans centre plans centre plans", expected: ["City"], fixed: true },
    ],
    output: "Buses in Kansas City ran late, as in the Canadian city of Regina and other US cities. City life goes on.",
  },
  {
    name: "capitalises a head noun of an organisation after an abbreviation or a capitalised word mid-sentence, not after the word that opens a sentence",
    input: "The CIO Council meetings meetings meetings met our Council meetings meetings meetings. Local Council meetings meetings meetings staff said the Ward Council meetings meetings meetings agreed.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:43', reason: "Unexpected replacement cascade `Council meetings …`, expected `Council`", actual: "Council meetings meetings meetings", expected: ["Council"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:52-1:86', reason: "Unexpected replacement cascade `Council meetings …`, expected `council`", actual: "Council meetings meetings meetings", expected: ["council"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:94-1:128', reason: "Unexpected replacement cascade `Council meetings …`, expected `council`", actual: "Council meetings meetings meetings", expected: ["council"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:149-1:183', reason: "Unexpected replacement cascade `Council meetings …`, expected `Council`", actual: "Council meetings meetings meetings", expected: ["Council"], fixed: true },
    ],
    output: "The CIO Council met our council. Local council staff said the Ward Council agreed.",
  },
  {
    name: "keeps a noun that describes in lower case after a capitalised word (`GSA data`)",
    input: "The GSA Data science institute science institute science institute shows it.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:67', reason: "Unexpected replacement cascade `Data science …`, expected `data`", actual: "Data science institute science institute science institute", expected: ["data"], fixed: true },
    ],
    output: "The GSA data shows it.",
  },
  {
    name: "capitalises a head noun of a name before `of` and a capitalised word (`the Library of Congress`), not before a word in lower case",
    input: "She works at the Library opening hours opening hours opening hours of Congress, not the Library opening hours opening hours opening hours of our school.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:67', reason: "Unexpected replacement cascade `Library opening …`, expected `Library`", actual: "Library opening hours opening hours opening hours", expected: ["Library"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:89-1:138', reason: "Unexpected replacement cascade `Library opening …`, expected `library`", actual: "Library opening hours opening hours opening hours", expected: ["library"], fixed: true },
    ],
    output: "She works at the Library of Congress, not the library of our school.",
  },
  {
    name: "capitalises a word after a name’s head noun and `of` at a line’s start (`Department of Labor`), not after any word that opens a sentence",
    input: "Examples:\nDepartment of Labor and unions and unions and unions\nSales of Labor and unions and unions and unions rose.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '2:15-2:53', reason: "Unexpected replacement cascade `Labor and …`, expected `Labor`", actual: "Labor and unions and unions and unions", expected: ["Labor"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '3:10-3:48', reason: "Unexpected replacement cascade `Labor and …`, expected `labor`", actual: "Labor and unions and unions and unions", expected: ["labor"], fixed: true },
    ],
    output: "Examples:\nDepartment of Labor\nSales of labor rose.",
  },
  {
    name: "keeps a noun that describes in lower case before `of` and a capitalised word (`the power of APIs`)",
    input: "We saw the Power outages outages outages of APIs.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:41', reason: "Unexpected replacement cascade `Power outages …`, expected `power`", actual: "Power outages outages outages", expected: ["power"], fixed: true },
    ],
    output: "We saw the power of APIs.",
  },
  {
    name: "keeps a word in lower case after a name that ends with its head noun (`the New York Times article`), not where the name goes on",
    input: "A Harbour City Council Articles & essayss & essayss & essays and a New York Times Articles & essayss & essayss & essays agree, unlike the Council Articles & essayss & essayss & essays Index.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:24-1:61', reason: "Unexpected replacement cascade `Articles & …`, expected `article`", actual: "Articles & essayss & essayss & essays", expected: ["article"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:83-1:120', reason: "Unexpected replacement cascade `Articles & …`, expected `article`", actual: "Articles & essayss & essayss & essays", expected: ["article"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:147-1:184', reason: "Unexpected replacement cascade `Articles & …`, expected `Article`", actual: "Articles & essayss & essayss & essays", expected: ["Article"], fixed: true },
    ],
    output: "A Harbour City Council article and a New York Times article agree, unlike the Council Article Index.",
  },
  {
    name: "keeps a capital glued right before the label’s own capital as written, which the replace never touched (`McCarthy`)",
    input: "Jamie McCArts and humanitiess and humanitiess and humanitieshy and the SmArts and humanitiess and humanitiess and humanities team agreed.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:63', reason: "Unexpected replacement cascade `CArts and …`, expected `Carthy`", actual: "CArts and humanitiess and humanitiess and humanitieshy", expected: ["Carthy"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:74-1:125', reason: "Unexpected replacement cascade `Arts and …`, expected `art`", actual: "Arts and humanitiess and humanitiess and humanities", expected: ["art"], fixed: true },
    ],
    output: "Jamie McCarthy and the Smart team agreed.",
  },
  {
    name: "keeps the capital of a word whose second letter starts the label (`Sparkle`)",
    input: "The SParks & open spacess & open spacesle app shipped.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:42', reason: "Unexpected replacement cascade `SParks & …`, expected `Sparkle`", actual: "SParks & open spacess & open spacesle", expected: ["Sparkle"], fixed: true },
    ],
    output: "The Sparkle app shipped.",
  },
  {
    name: "keeps a word in lower case after a name of two capitalised words that the text writes complete elsewhere (`Forest Service volunteer`), not after one it writes only before the damage",
    input: "We met the Forest Service. Forest Service Volunteer notes notes notes came, and so did Stop Violence Against Volunteer notes notes notes Week organisers and the Stop Violence Against Volunteer notes notes notes.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:43-1:70', reason: "Unexpected replacement cascade `Volunteer notes …`, expected `volunteer`", actual: "Volunteer notes notes notes", expected: ["volunteer"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:110-1:137', reason: "Unexpected replacement cascade `Volunteer notes …`, expected `Volunteer`", actual: "Volunteer notes notes notes", expected: ["Volunteer"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:184-1:211', reason: "Unexpected replacement cascade `Volunteer notes …`, expected `Volunteer`", actual: "Volunteer notes notes notes", expected: ["Volunteer"], fixed: true },
    ],
    output: "We met the Forest Service. Forest Service volunteer came, and so did Stop Violence Against Volunteer Week organisers and the Stop Violence Against Volunteer.",
  },
  {
    name: "reads the letter case of a part of a site name from its other parts (`Next.Data.gov`, `Data.Gov`, `api.data.gov`)",
    input: "See Next.Data science institute science institute science institute.gov, Data science institute science institute science institute.Gov and api.Data science institute science institute science institute.gov today.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:68', reason: "Unexpected replacement cascade `Data science …`, expected `Data`", actual: "Data science institute science institute science institute", expected: ["Data"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:74-1:132', reason: "Unexpected replacement cascade `Data science …`, expected `Data`", actual: "Data science institute science institute science institute", expected: ["Data"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:145-1:203', reason: "Unexpected replacement cascade `Data science …`, expected `data`", actual: "Data science institute science institute science institute", expected: ["data"], fixed: true },
    ],
    output: "See Next.Data.gov, Data.Gov and api.data.gov today.",
  },
  {
    name: 'gives a capital to the first part of a site name before a part written with a capital (`Sites.USA.gov`), unless the text writes its other names under those parts in lower case (`classic.HARBOUR.gov`)',
    input: 'Agencies build on Site finder finders.USA.gov, and the old Site finder finders.HARBOUR.gov mirrors classic.HARBOUR.gov.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:38', reason: 'Unexpected replacement cascade `Site finder …`, expected `Sites`', actual: 'Site finder finders', expected: ['Sites'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:60-1:79', reason: 'Unexpected replacement cascade `Site finder …`, expected `sites`', actual: 'Site finder finders', expected: ['sites'], fixed: true },
    ],
    output: 'Agencies build on Sites.USA.gov, and the old sites.HARBOUR.gov mirrors classic.HARBOUR.gov.',
  },
  {
    name: "reads a Title Case heading without the Markdown attribute list at its end (`What We Learned {#toc3}`)",
    input: "Intro\nWhat We Learning resourcesing resourcesing resourcesed {#toc3}\nWe Learning resourcesing resourcesing resourcesed a lot.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '2:9-2:55', reason: "Unexpected replacement cascade `Learning resourcesing …`, expected `Learned`", actual: "Learning resourcesing resourcesing resourcesed", expected: ["Learned"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '3:4-3:50', reason: "Unexpected replacement cascade `Learning resourcesing …`, expected `learned`", actual: "Learning resourcesing resourcesing resourcesed", expected: ["learned"], fixed: true },
    ],
    output: "Intro\nWhat We Learned {#toc3}\nWe learned a lot.",
  },
  {
    name: "reads two passes of a label ending in an initialism joined by `&`, its last copy glued to the rest of the word (`Author Q&A Q&Aity`), after a head glued inside a word too",
    input: "An Author Q&A Q&Aity to operate, an unAuthor Q&A Q&Aized user, and a Q&A Q&Aity check.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:4-1:21', reason: "Unexpected replacement cascade `Author Q&A …`, expected `authority`", actual: "Author Q&A Q&Aity", expected: ["authority"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:39-1:57', reason: "Unexpected replacement cascade `Author Q&A …`, expected `authorized`", actual: "Author Q&A Q&Aized", expected: ["authorized"], fixed: true },
    ],
    output: "An authority to operate, an unauthorized user, and a Q&A Q&Aity check.",
  },

  {
    name: "reads two copies of a group of small words, or of a word of three letters, glued to letters that make a word with the capitalised head (`Transport for all for allation`, `Budget day daying`), not copies whose glued letters make none",
    input: "Lack of Transport for all for allation hurts, and Renata studied Budget day daying. How do I do it do itself? The use user said so.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:39', reason: "Unexpected replacement cascade `Transport for …`, expected `transportation`", actual: "Transport for all for allation", expected: ["transportation"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:66-1:83', reason: "Unexpected replacement cascade `Budget day …`, expected `budgeting`", actual: "Budget day daying", expected: ["budgeting"], fixed: true },
    ],
    output: "Lack of transportation hurts, and Renata studied budgeting. How do I do it do itself? The use user said so.",
  },
  {
    name: "reads a one-word label glued before the last hump of a CamelCase word, and the hump after the term keeps the term’s capital (`HealthwatchwatchCare`, `AFHealthwatchwatchChat`, `myHealthwatchwatchyPeople`)",
    input: "See HealthwatchwatchCare.gov, AFHealthwatchwatchChat and myHealthwatchwatchyPeople today.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:25', reason: "Unexpected replacement cascade `HealthwatchwatchCare`, expected `HealthCare`", actual: "HealthwatchwatchCare", expected: ["HealthCare"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:33-1:53', reason: "Unexpected replacement cascade `HealthwatchwatchChat`, expected `HealthChat`", actual: "HealthwatchwatchChat", expected: ["HealthChat"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:60-1:83', reason: "Unexpected replacement cascade `HealthwatchwatchyPeople`, expected `HealthyPeople`", actual: "HealthwatchwatchyPeople", expected: ["HealthyPeople"], fixed: true },
    ],
    output: "See HealthCare.gov, AFHealthChat and myHealthyPeople today.",
  },
  {
    name: "reads two passes of a label whose first word goes on after its term, with two glued letters after a tail of four (`Forestry newsry news`)",
    input: "The Forestry newsry news Service said the Forestry newsry news is old.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:25', reason: "Unexpected replacement cascade `Forestry newsry …`, expected `Forest`", actual: "Forestry newsry news", expected: ["Forest"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:43-1:63', reason: "Unexpected replacement cascade `Forestry newsry …`, expected `forest`", actual: "Forestry newsry news", expected: ["forest"], fixed: true },
    ],
    output: "The Forest Service said the forest is old.",
  },
  {
    name: "restores the capital of a term glued after one lower-case letter, which starts no word with it (`mHealth`)",
    input: "Our mHealth & wellbeing & wellbeing & wellbeing apps grew, unlike the eHealth & wellbeing & wellbeing & wellbeing ones.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:48', reason: "Unexpected replacement cascade `Health & …`, expected `Health`", actual: "Health & wellbeing & wellbeing & wellbeing", expected: ["Health"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:72-1:114', reason: "Unexpected replacement cascade `Health & …`, expected `Health`", actual: "Health & wellbeing & wellbeing & wellbeing", expected: ["Health"], fixed: true },
    ],
    output: "Our mHealth apps grew, unlike the eHealth ones.",
  },
  {
    name: "restores the capital of a term glued after letters in CamelCase, but not inside an address",
    input: "Try FindYourParks & open spacess & open spaces online, or /findyourParks & open spacess & open spaces today.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:47', reason: "Unexpected replacement cascade `Parks & …`, expected `Park`", actual: "Parks & open spacess & open spaces", expected: ["Park"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:68-1:102', reason: "Unexpected replacement cascade `Parks & …`, expected `park`", actual: "Parks & open spacess & open spaces", expected: ["park"], fixed: true },
    ],
    output: "Try FindYourPark online, or /findyourpark today.",
  },
  {
    name: "capitalises a term that goes on in CamelCase with a capitalised hump (`GardenerHub`), not before a hump in capitals (`gardeningAPI`)",
    input: "Ask the Garden tips tipserHub forum, or call the Garden tips tipsingAPI from your script.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:30', reason: "Unexpected replacement cascade `Garden tips …`, expected `GardenerHub`", actual: "Garden tips tipserHub", expected: ["GardenerHub"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:50-1:72', reason: "Unexpected replacement cascade `Garden tips …`, expected `gardeningAPI`", actual: "Garden tips tipsingAPI", expected: ["gardeningAPI"], fixed: true },
    ],
    output: "Ask the GardenerHub forum, or call the gardeningAPI from your script.",
  },
  {
    name: "capitalises a word before a Roman numeral, which goes on a name (`World War II`), and keeps it in lower case elsewhere",
    input: "Veterans of World War stories stories stories II came home to the war stories stories stories museum.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:46', reason: "Unexpected replacement cascade `War stories …`, expected `War`", actual: "War stories stories stories", expected: ["War"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:67-1:94', reason: "Unexpected replacement cascade `war stories …`, expected `war`", actual: "war stories stories stories", expected: ["war"], fixed: true },
    ],
    output: "Veterans of World War II came home to the war museum.",
  },
  {
    name: "keeps a common noun before a person's name or a title in lower case, and a formal title capitalised (`designer Sarah Quill`, `the book The Art of …`; `Officer Dana Holt`)",
    input: "Ask our Design teams teams teamser Sarah Quill, read the Book clubs clubs clubs The Art of Waiting, meet Officer teams teams teams Dana Holt, and track Hurricane teams teams teams Laura tonight.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:35', reason: "Unexpected replacement cascade `Design teams …`, expected `designer`", actual: "Design teams teams teamser", expected: ["designer"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:58-1:80', reason: "Unexpected replacement cascade `Book clubs …`, expected `book`", actual: "Book clubs clubs clubs", expected: ["book"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:106-1:131', reason: "Unexpected replacement cascade `Officer teams …`, expected `Officer`", actual: "Officer teams teams teams", expected: ["Officer"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:153-1:180', reason: "Unexpected replacement cascade `Hurricane teams …`, expected `Hurricane`", actual: "Hurricane teams teams teams", expected: ["Hurricane"], fixed: true },
    ],
    output: "Ask our designer Sarah Quill, read the book The Art of Waiting, meet Officer Dana Holt, and track Hurricane Laura tonight.",
  },
  {
    name: "keeps a possessive after a possessive determiner in lower case before a name (`your agency’s Office of General Counsel`), but not a word that starts the name (`our Agency Outreach program`)",
    input: "When in doubt, ask your Agency news news news’s Office of Legal Affairs. We run our Agency news news news Outreach program.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:48', reason: "Unexpected replacement cascade `Agency news …`, expected `agency’s`", actual: "Agency news news news’s", expected: ["agency’s"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:85-1:106', reason: "Unexpected replacement cascade `Agency news …`, expected `Agency`", actual: "Agency news news news", expected: ["Agency"], fixed: true },
    ],
    output: "When in doubt, ask your agency’s Office of Legal Affairs. We run our Agency Outreach program.",
  },
  {
    name: "keeps a word in lower case after a gerund and `for` at a line's start (`Drilling for water`: compromise lists `drilling` among the heads of company names)",
    input: "Notes\n\nDrilling for Water supply supply supply, farming and fishing all need care.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '3:14-3:40', reason: "Unexpected replacement cascade `Water supply …`, expected `water`", actual: "Water supply supply supply", expected: ["water"], fixed: true },
    ],
    output: "Notes\n\nDrilling for water, farming and fishing all need care.",
  },
  {
    name: "capitalises an item of a list of capitalised common words, not one inside a lower-case item or after a name",
    input: "STEM (Science fairs fairs fairs, Technology, Engineering, and Mathematics) matters. Examples are Register for a seminar, Find a science fairs fairs fairs, Read news articles, and Submit a form. Tools like Easy Stats, Census Explorer and science fairs fairs fairs visualizations help. The disciplines of Strategy, Customer Understanding, and Science fairs fairs fairs are essential. In March, Amnesty and science fairs fairs fairs groups met.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:32', reason: "Unexpected replacement cascade `Science fairs …`, expected `Science`", actual: "Science fairs fairs fairs", expected: ["Science"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:129-1:154', reason: "Unexpected replacement cascade `science fairs …`, expected `science`", actual: "science fairs fairs fairs", expected: ["science"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:238-1:263', reason: "Unexpected replacement cascade `science fairs …`, expected `science`", actual: "science fairs fairs fairs", expected: ["science"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:342-1:367', reason: "Unexpected replacement cascade `Science fairs …`, expected `Science`", actual: "Science fairs fairs fairs", expected: ["Science"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:405-1:430', reason: "Unexpected replacement cascade `science fairs …`, expected `science`", actual: "science fairs fairs fairs", expected: ["science"], fixed: true },
    ],
    output: "STEM (Science, Technology, Engineering, and Mathematics) matters. Examples are Register for a seminar, Find a science, Read news articles, and Submit a form. Tools like Easy Stats, Census Explorer and science visualizations help. The disciplines of Strategy, Customer Understanding, and Science are essential. In March, Amnesty and science groups met.",
  },
  {
    name: "reads a capitalised list after a preposition and a last item joined without a comma, not an item after a determiner (`the Office on Science, Youth and Families`; `Their science, Quiz Night and Maths Dash`)",
    input: "She joined the Office on Science fairs fairs fairs, Youth and Families last year. Their science fairs fairs fairs, Quiz Night and Maths Dash, teach well.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:26-1:51', reason: "Unexpected replacement cascade `Science fairs …`, expected `Science`", actual: "Science fairs fairs fairs", expected: ["Science"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:89-1:114', reason: "Unexpected replacement cascade `science fairs …`, expected `science`", actual: "science fairs fairs fairs", expected: ["science"], fixed: true },
    ],
    output: "She joined the Office on Science, Youth and Families last year. Their science, Quiz Night and Maths Dash, teach well.",
  },
  {
    name: "keeps a term glued after letters in CamelCase in lower case where the letters after it complete a word (`eGovernmentwide`, not `eMenu`)",
    input: "Read the eGovernMen's health's health's healthtwide guide and the eMen's health's health's healthu notes.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:52', reason: "Unexpected replacement cascade `Men's health's …`, expected `mentwide`", actual: "Men's health's health's healthtwide", expected: ["mentwide"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:68-1:99', reason: "Unexpected replacement cascade `Men's health's …`, expected `Menu`", actual: "Men's health's health's healthu", expected: ["Menu"], fixed: true },
    ],
    output: "Read the eGovernmentwide guide and the eMenu notes.",
  },
  {
    name: "reads two passes of a label glued with one letter and its apostrophe, and units joined by a label's hyphen (not a hyphenated word)",
    input: "We Writers’ circlers’ circle letters, said our fareWell-being hub-being hubs and were Well-being hub-being hub pleased. A well-being check-in in the hall.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:4-1:29", reason: "Unexpected replacement cascade `Writers’ circlers’ …`, expected `write`", actual: "Writers’ circlers’ circle", expected: ["write"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:52-1:77", reason: "Unexpected replacement cascade `Well-being hub-being …`, expected `wells`", actual: "Well-being hub-being hubs", expected: ["wells"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:87-1:111", reason: "Unexpected replacement cascade `Well-being hub-being …`, expected `well`", actual: "Well-being hub-being hub", expected: ["well"], fixed: true},
    ],
    output: "We write letters, said our farewells and were well pleased. A well-being check-in in the hall.",
  },
  {
    name: "carries all the letters after the tail of the last copy when the head shows the label's own `s` (`dutys` is no plural)",
    input: "Check the timeLines of dutys of dutyss of the reply.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:15-1:39", reason: "Unexpected replacement cascade `Lines of …`, expected `liness`", actual: "Lines of dutys of dutyss", expected: ["liness"], fixed: true},
    ],
    output: "Check the timeliness of the reply.",
  },
  {
    name: "keeps an acronym glued before the head and capitalises the term that ends the word after it",
    input: "Integrate FBOpen days days days days into it. The CEOs met. Apply on USAJob vacancies vacancies vacanciess today.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:13-1:37", reason: "Unexpected replacement cascade `Open days …`, expected `Open`", actual: "Open days days days days", expected: ["Open"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:73-1:107", reason: "Unexpected replacement cascade `Job vacancies …`, expected `Jobs`", actual: "Job vacancies vacancies vacanciess", expected: ["Jobs"], fixed: true},
    ],
    output: "Integrate FBOpen into it. The CEOs met. Apply on USAJobs today.",
  },
  {
    name: 'gives a capital to a term that makes a word with the letters after it, glued after an acronym (`GSABusiness`), and keeps the lower case after a plain word (`newsbusiness`)',
    input: 'Try the GSABus & trams & trams & tramsiness portal today, and read the newsBus & trams & tramsiness pages.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:44', reason: 'Unexpected replacement cascade `Bus & …`, expected `Business`', actual: 'Bus & trams & trams & tramsiness', expected: ['Business'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:76-1:100', reason: 'Unexpected replacement cascade `Bus & …`, expected `business`', actual: 'Bus & trams & tramsiness', expected: ['business'], fixed: true },
    ],
    output: 'Try the GSABusiness portal today, and read the newsbusiness pages.',
  },
  {
    name: "reads a label whose words a slash joins with no spaces (not in an address or a path)",
    input: "Read the News/Events/Events/Eventsletter now. See https://x.gov/News/News/News and /Data/Data/Data or Docs/Docs/Docs.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:10-1:41", reason: "Unexpected replacement cascade `News/Events/Events/Eventsletter`, expected `newsletter`", actual: "News/Events/Events/Eventsletter", expected: ["newsletter"], fixed: true},
    ],
    output: "Read the newsletter now. See https://x.gov/News/News/News and /Data/Data/Data or Docs/Docs/Docs.",
  },
  {
    name: "reads a tail that ends in a two-letter word, its copies with the label's `s` (`ons`), not two-letter words beside their plural",
    input: "Read the Events – what’s ons – what’s ons – what’s on page. It is on its own, as is it on its on. Mistakes are Events – what’s ons – what’s ons – what’s onable.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:10-1:54", reason: "Unexpected replacement cascade `Events – …`, expected `event`", actual: "Events – what’s ons – what’s ons – what’s on", expected: ["event"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:112-1:160", reason: "Unexpected replacement cascade `Events – …`, expected `eventable`", actual: "Events – what’s ons – what’s ons – what’s onable", expected: ["eventable"], fixed: true},
    ],
    output: "Read the event page. It is on its own, as is it on its on. Mistakes are eventable.",
  },
  {
    name: "reads the word after copies that carry the head's `s` as the last copy, without it, glued to the rest of the word",
    input: "Working with the Departments of TranSports days days days dayation and Energy.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:37-1:67", reason: "Unexpected replacement cascade `Sports days …`, expected `sportation`", actual: "Sports days days days dayation", expected: ["sportation"], fixed: true},
    ],
    output: "Working with the Departments of Transportation and Energy.",
  },
  {
    name: "reads a label whose term stands in the middle: as many copies after the term as before it, the last glued to the rest of the word",
    input: "Access to their own Public Public health advice advice data. The Council Council tax bands bandspaying public.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:21-1:55", reason: "Unexpected replacement cascade `Public Public …`, expected `health`", actual: "Public Public health advice advice", expected: ["health"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:66-1:103", reason: "Unexpected replacement cascade `Council Council …`, expected `taxpaying`", actual: "Council Council tax bands bandspaying", expected: ["taxpaying"], fixed: true},
    ],
    output: "Access to their own health data. The taxpaying public.",
  },
  {
    name: "reads an `es` on a plural tail as the rest of the word (`rateses`), not on a word that ends in `s` (`buses`)",
    input: "Supporting America’s small Business rates rateses and the city Bus stops stopses. The school buses buses ran.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:28-1:50", reason: "Unexpected replacement cascade `Business rates …`, expected `businesses`", actual: "Business rates rateses", expected: ["businesses"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:64-1:81", reason: "Unexpected replacement cascade `Bus stops …`, expected `buses`", actual: "Bus stops stopses", expected: ["buses"], fixed: true},
      {ruleId: "no-doubled-words", at: "1:94-1:105", reason: "Unexpected doubled word `buses`, remove one", actual: "buses buses", expected: ["buses"], fixed: true},
    ],
    output: "Supporting America’s small businesses and the city buses. The school buses ran.",
  },
  {
    name: "reads copies joined by hyphens before a term in the middle of a label, with as many copies after it (not a hyphenated phrase)",
    input: "I studied it in grad Back-to-Back-to-school tips tips. A back-to-back win and a Pick-Me-Pick-Me-up. Then Back-to-Back-to-school tips tipsing ended.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:22-1:54", reason: "Unexpected replacement cascade `Back-to-Back-to-school tips …`, expected `school`", actual: "Back-to-Back-to-school tips tips", expected: ["school"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:106-1:141", reason: "Unexpected replacement cascade `Back-to-Back-to-school tips …`, expected `schooling`", actual: "Back-to-Back-to-school tips tipsing", expected: ["schooling"], fixed: true},
    ],
    output: "I studied it in grad school. A back-to-back win and a Pick-Me-Pick-Me-up. Then schooling ended.",
  },
  {
    name: "reads no name in a capitalised span before an abbreviation, as before a capitalised word",
    input: "We built a public Weather warnings warnings warnings API for them. The Weather warnings warnings warnings Service replied.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:19-1:53", reason: "Unexpected replacement cascade `Weather warnings …`, expected `weather`", actual: "Weather warnings warnings warnings", expected: ["weather"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:72-1:106", reason: "Unexpected replacement cascade `Weather warnings …`, expected `Weather`", actual: "Weather warnings warnings warnings", expected: ["Weather"], fixed: true},
    ],
    output: "We built a public weather API for them. The Weather Service replied.",
  },
  {
    name: "keeps the double `s` of a head as the word's own, not a joiner",
    input: "We read the Press kits kits kit today.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:13-1:32", reason: "Unexpected replacement cascade `Press kits …`, expected `press`", actual: "Press kits kits kit", expected: ["press"], fixed: true},
    ],
    output: "We read the press today.",
  },
  {
    name: "takes one `es` or `s` per copy off a term-last label's term, with what the word carried after it",
    input: "We use Local Local heroesesku daily, ask Local Local heroeses, and see the Useful Useful linkssed pages near Business Business classes.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:8-1:30", reason: "Unexpected replacement cascade `Local Local …`, expected `Heroku`", actual: "Local Local heroesesku", expected: ["Heroku"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:42-1:62", reason: "Unexpected replacement cascade `Local Local …`, expected `hero`", actual: "Local Local heroeses", expected: ["hero"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:76-1:98", reason: "Unexpected replacement cascade `Useful Useful …`, expected `linked`", actual: "Useful Useful linkssed", expected: ["linked"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:110-1:135", reason: "Unexpected replacement cascade `Business Business …`, expected `classes`", actual: "Business Business classes", expected: ["classes"], fixed: true},
    ],
    output: "We use Heroku daily, ask hero, and see the linked pages near classes.",
  },
  {
    name: "reads two copies of a three-letter glued unit where the same label stands with more copies",
    input: "We were Hostinginging here, then Hostinging, then murmurmur.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:22", reason: "Unexpected replacement cascade `Hostinginging`, expected `hosting`", actual: "Hostinginging", expected: ["hosting"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:34-1:44", reason: "Unexpected replacement cascade `Hostinging`, expected `host`", actual: "Hostinging", expected: ["host"], fixed: true},
    ],
    output: "We were hosting here, then host, then murmurmur.",
  },
  {
    name: "reads a dash or a bar between spaces inside a label as it reads `&`",
    input: "See the Sport - results - results - results page, the Harbour – tides – tides news and the Health | care | care | care desk.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:44", reason: "Unexpected replacement cascade `Sport - …`, expected `sport`", actual: "Sport - results - results - results", expected: ["sport"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:55-1:78", reason: "Unexpected replacement cascade `Harbour – …`, expected `harbour`", actual: "Harbour – tides – tides", expected: ["harbour"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:92-1:119", reason: "Unexpected replacement cascade `Health | …`, expected `health`", actual: "Health | care | care | care", expected: ["health"], fixed: true},
    ],
    output: "See the sport page, the harbour news and the health desk.",
  },
  {
    name: "reads two `s` glued inside a word once when the word without them is an English word (not a name such as `Jensson`)",
    input: "The Appssroach is clear. Ericsson and Jensson came. The Chartssed course.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:15", reason: "Unexpected replacement cascade `Appssroach`, expected `approach`", actual: "Appssroach", expected: ["approach"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:57-1:66", reason: "Unexpected replacement cascade `Chartssed`, expected `charted`", actual: "Chartssed", expected: ["charted"], fixed: true},
    ],
    output: "The approach is clear. Ericsson and Jensson came. The charted course.",
  },
  {
    name: "reads two copies of a three-letter glued unit alone when the word without them is an English word",
    input: "We were Hostinginged here, then Hostingings, then Murmurmur and Tartartar and Bonbonbon.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:21", reason: "Unexpected replacement cascade `Hostinginged`, expected `hosted`", actual: "Hostinginged", expected: ["hosted"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:33-1:44", reason: "Unexpected replacement cascade `Hostingings`, expected `hosts`", actual: "Hostingings", expected: ["hosts"], fixed: true},
    ],
    output: "We were hosted here, then hosts, then Murmurmur and Tartartar and Bonbonbon.",
  },
  {
    name: "reads a colon after a word as a token, so a term-last label that holds one cascades as one run (not a time, an address or a header)",
    input: "See the Latest: Latest: mapsss list and Latest: Latest: mapsspers. Re: Re: the plan at 10:30 on https://x.gov: Note: Note: done.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:9-1:31", reason: "Unexpected replacement cascade `Latest: Latest: …`, expected `maps`", actual: "Latest: Latest: mapsss", expected: ["maps"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:41-1:66", reason: "Unexpected replacement cascade `Latest: Latest: …`, expected `mappers`", actual: "Latest: Latest: mapsspers", expected: ["mappers"], fixed: true},
    ],
    output: "See the maps list and mappers. Re: Re: the plan at 10:30 on https://x.gov: Note: Note: done.",
  },
  {
    name: "reads a term-last label of several words whose first copy is glued inside a word",
    input: "Please reOur take: Our take: Our take: viewsss the plan before reOur take: Our take: Our take: viewsssing it.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:10-1:47", reason: "Unexpected replacement cascade `Our take: …`, expected `view`", actual: "Our take: Our take: Our take: viewsss", expected: ["view"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:66-1:106", reason: "Unexpected replacement cascade `Our take: …`, expected `viewing`", actual: "Our take: Our take: Our take: viewsssing", expected: ["viewing"], fixed: true},
    ],
    output: "Please review the plan before reviewing it.",
  },
  {
    name: "keeps the apostrophe the file wrote in a term-last label's possessive term",
    input: "We saw the Handy Handy Handy guide‘s page and the Handy Handy Handy guide’s page.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:12-1:37", reason: "Unexpected replacement cascade `Handy Handy …`, expected `guide‘s`", actual: "Handy Handy Handy guide‘s", expected: ["guide‘s"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:51-1:76", reason: "Unexpected replacement cascade `Handy Handy …`, expected `guide’s`", actual: "Handy Handy Handy guide’s", expected: ["guide’s"], fixed: true},
    ],
    output: "We saw the guide‘s page and the guide’s page.",
  },
  {
    name: "reads a repeated phrase that starts with a connector and holds a function word as a repeated phrase, not a lower-case label",
    input: "We saw the edge and the river’s page and the river’s page today.",
    messages: [
      {ruleId: "no-doubled-words", at: "1:17-1:58", reason: "Unexpected repeated phrase `and the river’s page`, remove one", actual: "and the river’s page and the river’s page", expected: ["and the river’s page"], fixed: true},
    ],
    output: "We saw the edge and the river’s page today.",
  },
  {
    name: "carries the possessive of a word hit by a glued one-word label",
    input: "The Boatyardyardyard's hull and the Boatyardyardyards’ sails.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:23", reason: "Unexpected replacement cascade `Boatyardyardyard's`, expected `boat's`", actual: "Boatyardyardyard's", expected: ["boat's"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:37-1:55", reason: "Unexpected replacement cascade `Boatyardyardyards’`, expected `boats’`", actual: "Boatyardyardyards’", expected: ["boats’"], fixed: true},
    ],
    output: "The boat's hull and the boats’ sails.",
  },
  {
    name: "capitalises after a capitalised adjective mid-sentence, the start of a name",
    input: "The ruling of the Supreme Tide tables tables tables was read by the Landsat Tide tables tables tables team.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:27-1:52", reason: "Unexpected replacement cascade `Tide tables …`, expected `Tide`", actual: "Tide tables tables tables", expected: ["Tide"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:77-1:102", reason: "Unexpected replacement cascade `Tide tables …`, expected `tide`", actual: "Tide tables tables tables", expected: ["tide"], fixed: true},
    ],
    output: "The ruling of the Supreme Tide was read by the Landsat tide team.",
  },
  {
    name: "keeps lower case after a place name of two words",
    input: "She sat on the porch of her South Carolina Harbour walks walks walks home.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:44-1:69", reason: "Unexpected replacement cascade `Harbour walks …`, expected `harbour`", actual: "Harbour walks walks walks", expected: ["harbour"], fixed: true},
    ],
    output: "She sat on the porch of her South Carolina harbour home.",
  },
  {
    name: "capitalises in a heading of two words",
    input: "Rowing Harbour walks walks walks\n\nThe club met at noon.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:8-1:33", reason: "Unexpected replacement cascade `Harbour walks …`, expected `Harbour`", actual: "Harbour walks walks walks", expected: ["Harbour"], fixed: true},
    ],
    output: "Rowing Harbour\n\nThe club met at noon.",
  },  {
    name: "reads letter case from an acronym the words spell, a capitalised word joined by a hyphen, and a word written with a capital only",
    input: "The crew got an Author notes notes notesity to Operate (ATO) last week, not an Author notes notes notesized application programming interface (AAPI). We met Ms Men's health's health's healthdez there, and rowed past the Export news news news-Import Bank.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:17-1:44", reason: "Unexpected replacement cascade `Author notes …`, expected `Authority`", actual: "Author notes notes notesity", expected: ["Authority"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:80-1:108", reason: "Unexpected replacement cascade `Author notes …`, expected `authorized`", actual: "Author notes notes notesized", expected: ["authorized"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:161-1:194", reason: "Unexpected replacement cascade `Men's health's …`, expected `Mendez`", actual: "Men's health's health's healthdez", expected: ["Mendez"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:221-1:242", reason: "Unexpected replacement cascade `Export news …`, expected `Export`", actual: "Export news news news", expected: ["Export"], fixed: true},
    ],
    output: "The crew got an Authority to Operate (ATO) last week, not an authorized application programming interface (AAPI). We met Ms Mendez there, and rowed past the Export-Import Bank.",
  },
  {
    name: "reads two copies of a common word as a term-last label where they stand before different words (the term hit at their start)",
    input: "Our Afternoon Afternoon team met the Afternoon Afternoon teachers, and the Afternoon Afternoon teams left.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:5-1:29", reason: "Unexpected replacement cascade `Afternoon Afternoon …`, expected `team`", actual: "Afternoon Afternoon team", expected: ["team"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:38-1:66", reason: "Unexpected replacement cascade `Afternoon Afternoon …`, expected `teachers`", actual: "Afternoon Afternoon teachers", expected: ["teachers"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:76-1:101", reason: "Unexpected replacement cascade `Afternoon Afternoon …`, expected `teams`", actual: "Afternoon Afternoon teams", expected: ["teams"], fixed: true},
    ],
    output: "Our team met the teachers, and the teams left.",
  },
  {
    name: "reads a label that holds a comma, its copies each after one and joined inside by a connector",
    input: "We Waste, bins & recycling, bins & recycling, bins & recyclingd time. Register every Births, deaths & marriagess, deaths & marriagess, deaths & marriages here.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:4-1:64", reason: "Unexpected replacement cascade `Waste, bins …`, expected `wasted`", actual: "Waste, bins & recycling, bins & recycling, bins & recyclingd", expected: ["wasted"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:86-1:154", reason: "Unexpected replacement cascade `Births, deaths …`, expected `birth`", actual: "Births, deaths & marriagess, deaths & marriagess, deaths & marriages", expected: ["birth"], fixed: true},
    ],
    output: "We wasted time. Register every birth here.",
  },
  {
    name: "writes the whole word in capitals when capitals stand before and after the term (`USAJOBS`)",
    input: "Apply on USAJob vacancies vacancies vacanciesS today, or see USAJob vacancies vacancies vacanciess.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:13-1:47", reason: "Unexpected replacement cascade `Job vacancies …`, expected `JOBS`", actual: "Job vacancies vacancies vacanciesS", expected: ["JOBS"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:65-1:99", reason: "Unexpected replacement cascade `Job vacancies …`, expected `Jobs`", actual: "Job vacancies vacancies vacanciess", expected: ["Jobs"], fixed: true},
    ],
    output: "Apply on USAJOBS today, or see USAJobs.",
  },
  {
    name: "reads a label with brackets glued to its term and re-applied (`Funding (grants)` for `fund`)",
    input: "It plays an increasingly Funding (grants)ing (grants)ing (grants)amental role. We Funding (grants)ing (grants)ing (grants)ed it.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:26-1:73", reason: "Unexpected replacement cascade `Funding (grants)ing …`, expected `fundamental`", actual: "Funding (grants)ing (grants)ing (grants)amental", expected: ["fundamental"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:83-1:125", reason: "Unexpected replacement cascade `Funding (grants)ing …`, expected `funded`", actual: "Funding (grants)ing (grants)ing (grants)ed", expected: ["funded"], fixed: true},
    ],
    output: "It plays an increasingly fundamental role. We funded it.",
  },
  {
    name: "reads two passes of a label glued to its term by two letters where the dictionary holds the head and the tail but not the glued copy",
    input: "Check the slides and Visitor informationor information the page, then Visitor informationor informationed it.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:22-1:55", reason: "Unexpected replacement cascade `Visitor informationor …`, expected `visit`", actual: "Visitor informationor information", expected: ["visit"], fixed: true},
      {ruleId: "no-replacement-cascade", at: "1:71-1:106", reason: "Unexpected replacement cascade `Visitor informationor …`, expected `visited`", actual: "Visitor informationor informationed", expected: ["visited"], fixed: true},
    ],
    output: "Check the slides and visit the page, then visited it.",
  },
  {
    name: 'reads two passes of a label of several words glued to its term by two letters, in British spelling (`Programme of events` for `program`)',
    input: 'Terminal is a Programme of eventsme of events that lets you send, and a Shipping newsping news desk.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:46', reason: 'Unexpected replacement cascade `Programme of …`, expected `program`', actual: 'Programme of eventsme of events', expected: ['program'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:73-1:95', reason: 'Unexpected replacement cascade `Shipping newsping …`, expected `ship`', actual: 'Shipping newsping news', expected: ['ship'], fixed: true },
    ],
    output: 'Terminal is a program that lets you send, and a ship desk.',
  },
  {
    name: 'reads two passes of a Title Case tail whose last copy is glued to letters that make a word with the head (`Market Town Initiative` for `market`)',
    input: 'It covers the production or Market Town Initiative Town Initiativeing of a product, as a Visit New York New Yorker said.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:29-1:70', reason: 'Unexpected replacement cascade `Market Town …`, expected `marketing`', actual: 'Market Town Initiative Town Initiativeing', expected: ['marketing'], fixed: true },
    ],
    output: 'It covers the production or marketing of a product, as a Visit New York New Yorker said.',
  },
  {
    name: 'keeps the text’s own first word where a label whose term stands in the middle has one copy more before the term than after it (`Open data portal` over `Open Data`)',
    input: 'We use Open Open Open data portal portal here, and the Open Open data portal portal are new.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:41', reason: 'Unexpected replacement cascade `Open Open …`, expected `Data`', actual: 'Open Open data portal portal', expected: ['Data'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:56-1:84', reason: 'Unexpected replacement cascade `Open Open …`, expected `data`', actual: 'Open Open data portal portal', expected: ['data'], fixed: true },
    ],
    output: 'We use Open Data here, and the data are new.',
  },
  {
    name: 'reads a copy glued inside a word by one letter where the label’s words after the term have one copy more than those before it (`/sOpen Open data portal portal`)',
    input: 'It is called /sOpen Open Open data portal portal portal-nonspatial.json, not an iPhone Phone cases file.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:56', reason: 'Unexpected replacement cascade `Open Open …`, expected `data`', actual: 'Open Open Open data portal portal portal', expected: ['data'], fixed: true },
    ],
    output: 'It is called /sdata-nonspatial.json, not an iPhone Phone cases file.',
  },
  {
    name: 'takes one glued unit per copy off the term of a term-last label whose last word is the term with letters glued on (`Adult learning` for `learn`)',
    input: 'We Adult Adult Adult learninginging and we are Adult Adult Adult learninginginging; the Adult Adult Adult learningingingers came with Adult Adult Adult learningingingings.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:4-1:36', reason: 'Unexpected replacement cascade `Adult Adult …`, expected `learn`', actual: 'Adult Adult Adult learninginging', expected: ['learn'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:48-1:83', reason: 'Unexpected replacement cascade `Adult Adult …`, expected `learning`', actual: 'Adult Adult Adult learninginginging', expected: ['learning'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:89-1:124', reason: 'Unexpected replacement cascade `Adult Adult …`, expected `learners`', actual: 'Adult Adult Adult learningingingers', expected: ['learners'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:135-1:171', reason: 'Unexpected replacement cascade `Adult Adult …`, expected `learnings`', actual: 'Adult Adult Adult learningingingings', expected: ['learnings'], fixed: true },
    ],
    output: 'We learn and we are learning; the learners came with learnings.',
  },
  {
    name: 'reads a tail of one-letter words joined by a dash or a hyphen, each copy carrying the label’s `s` (`Services A–Z` for `service`)',
    input: 'The Services A–Zs A–Zs A–Z was good, the Services A-Zs A-Zs A-Zs too, and pages 10–12 – or 10–10 – and New York—York stay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:27', reason: 'Unexpected replacement cascade `Services A–Zs …`, expected `service`', actual: 'Services A–Zs A–Zs A–Z', expected: ['service'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:42-1:65', reason: 'Unexpected replacement cascade `Services A-Zs …`, expected `services`', actual: 'Services A-Zs A-Zs A-Zs', expected: ['services'], fixed: true },
    ],
    output: 'The service was good, the services too, and pages 10–12 – or 10–10 – and New York—York stay.',
  },
  {
    name: 'takes the mark a term-last label ends with, one per copy, and the letters glued after them (`Need help?` for `help`); marks beyond are the text’s own',
    input: 'We need your Need Need Need help??? with this. It Need Need Need help???s. Can you Need Need Need help????',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:36', reason: 'Unexpected replacement cascade `Need Need …`, expected `help`', actual: 'Need Need Need help???', expected: ['help'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:51-1:74', reason: 'Unexpected replacement cascade `Need Need …`, expected `helps`', actual: 'Need Need Need help???s', expected: ['helps'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:84-1:106', reason: 'Unexpected replacement cascade `Need Need …`, expected `help`', actual: 'Need Need Need help???', expected: ['help'], fixed: true },
    ],
    output: 'We need your help with this. It helps. Can you help?',
  },
  {
    name: 'reads a term-last label whose first part holds a hyphen, and a bracketed label glued to its term by a tail of words and `&` (`How-to guides`, `Questions & answers (Q&A)`)',
    input: 'The How-to How-to How-to guidesss came, the Questions & answers (Q&A)s & answers (Q&A)s & answers (Q&A) grew, and a Pick-Me-Pick-Me-up stays.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:34', reason: 'Unexpected replacement cascade `How-to How-to …`, expected `guide`', actual: 'How-to How-to How-to guidesss', expected: ['guide'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:45-1:104', reason: 'Unexpected replacement cascade `Questions & …`, expected `question`', actual: 'Questions & answers (Q&A)s & answers (Q&A)s & answers (Q&A)', expected: ['question'], fixed: true },
    ],
    output: 'The guide came, the question grew, and a Pick-Me-Pick-Me-up stays.',
  },
  {
    name: 'reads copies of a one-letter first part joined by hyphens, and a breadcrumb’s `›` between spaces as `|` is (`E-newsletter sign-up`, `Home › News`)',
    input: 'Read our E-E-E-newsletter sign-up sign-up sign-up, go Home › News › News › News, and see the Home › News › News › Newspage; I-I-I-I do not know › it.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:50', reason: 'Unexpected replacement cascade `E-E-E-newsletter sign-up …`, expected `newsletter`', actual: 'E-E-E-newsletter sign-up sign-up sign-up', expected: ['newsletter'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:55-1:80', reason: 'Unexpected replacement cascade `Home › …`, expected `home`', actual: 'Home › News › News › News', expected: ['home'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:94-1:123', reason: 'Unexpected replacement cascade `Home › …`, expected `homepage`', actual: 'Home › News › News › Newspage', expected: ['homepage'], fixed: true },
    ],
    output: 'Read our newsletter, go home, and see the homepage; I-I-I-I do not know › it.',
  },
  {
    name: 'reads two passes of a label glued inside a word with the plural `s` after its last copy where the word glued round the head takes it (`webSite map maps` is `websites`)',
    input: 'Many webSite map maps are slow, and a PowerPoint presentation presentations deck.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:22', reason: 'Unexpected replacement cascade `Site map …`, expected `sites`', actual: 'Site map maps', expected: ['sites'], fixed: true },
    ],
    output: 'Many websites are slow, and a PowerPoint presentation presentations deck.',
  },
  {
    name: "reads two copies of a common word, capitalised mid-sentence, before a lower-case word as a term-last label run twice",
    input: "To reach our goals, the FOIA Afternoon Afternoon team met. We met Yang Yang there.",
    messages: [
      {ruleId: "no-replacement-cascade", at: "1:30-1:54", reason: "Unexpected replacement cascade `Afternoon Afternoon …`, expected `team`", actual: "Afternoon Afternoon team", expected: ["team"], fixed: true},
    ],
    output: "To reach our goals, the FOIA team met. We met Yang Yang there.",
  },
  {
    name: "reads a label that is a list of words parted by commas where every copy but the last carries the head’s `s` (`Lights, camera, action` for `light`); lists and names repeated without it stay",
    input: "We stood in the Lights, camera, actions, camera, actions, camera, action and the SunLights, camera, actions, camera, actions, camera, action Foundation shone, but Left, right, left, right, and New York, New York stay.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:73', reason: "Unexpected replacement cascade `Lights, camera, …`, expected `light`", actual: "Lights, camera, actions, camera, actions, camera, action", expected: ["light"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:85-1:141', reason: "Unexpected replacement cascade `Lights, camera, …`, expected `light`", actual: "Lights, camera, actions, camera, actions, camera, action", expected: ["light"], fixed: true },
    ],
    output: "We stood in the light and the Sunlight Foundation shone, but Left, right, left, right, and New York, New York stay.",
  },
  {
    name: "reads an initialism joined by `&` as one word of a label’s tail, and two copies of a group it leads after a capitalised head mid-sentence (`Health A&E waiting times` for `health`)",
    input: "The code Health A&E waiting times A&E waiting times dashboard, a Health A&E waiting times A&E waiting timesy routine, and AT&T AT&T stays.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:52', reason: "Unexpected replacement cascade `Health A&E …`, expected `health`", actual: "Health A&E waiting times A&E waiting times", expected: ["health"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:66-1:109', reason: "Unexpected replacement cascade `Health A&E …`, expected `healthy`", actual: "Health A&E waiting times A&E waiting timesy", expected: ["healthy"], fixed: true },
    ],
    output: "The code health dashboard, a healthy routine, and AT&T AT&T stays.",
  },
  {
    name: "reads a label that holds its term twice, whose passes nest, by undoing them and checking that doing them again gives the text back (`Ships & shipping` for `ship`)",
    input: "The fellowShips & shippings & Ships & shippingping scheme and PC Ships & shippings & Ships & shippingpings & Ships & shippings & Ships & shippingpingpingments rose; Afternoon Afternoon Afternoon Afternoon team met.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:51', reason: "Unexpected replacement cascade `Ships & …`, expected `ship`", actual: "Ships & shippings & Ships & shippingping", expected: ["ship"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:66-1:159', reason: "Unexpected replacement cascade `Ships & …`, expected `shipments`", actual: "Ships & shippings & Ships & shippingpings & Ships & shippings & Ships & shippingpingpingments", expected: ["shipments"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:166-1:210', reason: "Unexpected replacement cascade `Afternoon Afternoon …`, expected `team`", actual: "Afternoon Afternoon Afternoon Afternoon team", expected: ["team"], fixed: true },
    ],
    output: "The fellowship scheme and PC shipments rose; team met.",
  },
  {
    name: "reads small words before a year repeated three times, or with the last copy glued to the rest of a word, after a capitalised head (`Class of 2027` for `class`); two copies alone are a repeated phrase",
    input: "A top-of-Class of 2027 of 2027 of 2027 problem, new Class of 2027 of 2027 of 2027ifications, and in Paris in 2019 in 2019.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:39', reason: "Unexpected replacement cascade `Class of …`, expected `class`", actual: "Class of 2027 of 2027 of 2027", expected: ["class"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:53-1:92', reason: "Unexpected replacement cascade `Class of …`, expected `classifications`", actual: "Class of 2027 of 2027 of 2027ifications", expected: ["classifications"], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:107-1:122', reason: "Unexpected repeated phrase `in 2019`, remove one", actual: "in 2019 in 2019", expected: ["in 2019"], fixed: true },
    ],
    output: "A top-of-class problem, new classifications, and in Paris in 2019.",
  },
  {
    name: "reads two copies of a term-last label of several words whose first copy is glued inside a word (`Save the date` for `date`, hit inside `update`)",
    input: "The latest upSave the Save the date and a manSave the Save the dates, with the iPhone the Phone the end.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:36', reason: "Unexpected replacement cascade `Save the …`, expected `date`", actual: "Save the Save the date", expected: ["date"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:46-1:69', reason: "Unexpected replacement cascade `Save the …`, expected `dates`", actual: "Save the Save the dates", expected: ["dates"], fixed: true },
    ],
    output: "The latest update and a mandates, with the iPhone the Phone the end.",
  },
  {
    name: "reads a term-first label whose tail joins its words by hyphens as the first copy does (`Rent-a-room scheme`, `Buy-to-let`); a compound that repeats its head stays",
    input: "We are transpaRent-a-room scheme-a-room scheme about work, it Buy-to-let-to-let-to-lets the services, and they won back-to-back-to-back titles face-to-face-to-face.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:47', reason: "Unexpected replacement cascade `Rent-a-room scheme-a-room …`, expected `rent`", actual: "Rent-a-room scheme-a-room scheme", expected: ["rent"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:63-1:88', reason: "Unexpected replacement cascade `Buy-to-let-to-let-to-lets`, expected `buys`", actual: "Buy-to-let-to-let-to-lets", expected: ["buys"], fixed: true },
    ],
    output: "We are transparent about work, it buys the services, and they won back-to-back-to-back titles face-to-face-to-face.",
  },
  {
    name: "reads a label that holds one word twice with more after it, whose passes nest (`Wall-to-wall carpets` for `wall`, `Step-by-step guides` for `step`)",
    input: "The fireWall-to-wall carpets-to-Wall-to-wall carpets carpets works, a multi-Step-by-step guides-by-Step-by-step guides guides process, and What’s on: What’s on: What’s on: What’s on: events stays a term-last label’s.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:61', reason: "Unexpected replacement cascade `Wall-to-wall carpets-to-Wall-to-wall …`, expected `wall`", actual: "Wall-to-wall carpets-to-Wall-to-wall carpets carpets", expected: ["wall"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:77-1:126', reason: "Unexpected replacement cascade `Step-by-step guides-by-Step-by-step …`, expected `step`", actual: "Step-by-step guides-by-Step-by-step guides guides", expected: ["step"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:140-1:190', reason: "Unexpected replacement cascade `What’s on: …`, expected `events`", actual: "What’s on: What’s on: What’s on: What’s on: events", expected: ["events"], fixed: true },
    ],
    output: "The firewall works, a multi-step process, and events stays a term-last label’s.",
  },
  {
    name: "reads a tail of one capital letter: three copies mid-sentence, or the last glued to letters that make a word with the head (`Plan B` for `plan`); a table row and letters that make no word stay",
    input: "We have big Plan B B Bs for a power Plan B B Bt, so we Plan B B B to share.\nGrades\nMath B B B\nMr B B Bob",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:24', reason: "Unexpected replacement cascade `Plan B …`, expected `plans`", actual: "Plan B B Bs", expected: ["plans"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:37-1:48', reason: "Unexpected replacement cascade `Plan B …`, expected `plant`", actual: "Plan B B Bt", expected: ["plant"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:56-1:66', reason: "Unexpected replacement cascade `Plan B …`, expected `plan`", actual: "Plan B B B", expected: ["plan"], fixed: true },
    ],
    output: "We have big plans for a power plant, so we plan to share.\nGrades\nMath B B B\nMr B B Bob",
  },
  {
    name: "fixes two copies of a one-letter tail mid-sentence where the text has them twice (`we Plan B B to share`)",
    input: "So we Plan B B to share and we Plan B B to go.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:15', reason: "Unexpected replacement cascade `Plan B …`, expected `plan`", actual: "Plan B B", expected: ["plan"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:32-1:40', reason: "Unexpected replacement cascade `Plan B …`, expected `plan`", actual: "Plan B B", expected: ["plan"], fixed: true },
    ],
    output: "So we plan to share and we plan to go.",
  },
  {
    name: "reads copies of a group that starts with a capitalised determiner after a capitalised word as a term-last label (`Your local library` for `library`), two copies mid-sentence too",
    input: "He was at the National Your local Your local library of Medicine, and the standards are a Your local Your local library of guidelines. Your call Your call.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:24-1:53', reason: "Unexpected replacement cascade `Your local …`, expected `Library`", actual: "Your local Your local library", expected: ["Library"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:91-1:120', reason: "Unexpected replacement cascade `Your local …`, expected `library`", actual: "Your local Your local library", expected: ["library"], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:136-1:155', reason: "Unexpected repeated phrase `Your call`, remove one", actual: "Your call Your call", expected: ["Your call"], fixed: true },
    ],
    output: "He was at the National Library of Medicine, and the standards are a library of guidelines. Your call.",
  },
  {
    name: "takes the copies of a label’s first word before its head, one per unit after it, and leaves one more as the text’s own (`The Office (US)` for `office`)",
    input: "The team in GSA’s The The Office (US) (US) and the The The Office (US) (US) of Management and Budget met.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:43', reason: "Unexpected replacement cascade `The The …`, expected `office`", actual: "The The Office (US) (US)", expected: ["office"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:52-1:76', reason: "Unexpected replacement cascade `The The …`, expected `Office`", actual: "The The Office (US) (US)", expected: ["Office"], fixed: true },
    ],
    output: "The team in GSA’s office and the Office of Management and Budget met.",
  },
  {
    name: "reads a year written with two digits after an apostrophe as one token of a label’s tail (`Design ’26` for `design`): three copies, the last glued to letters that make a word with the head, or two copies where the text has them twice",
    input: "A well-Design ʼ26 ʼ26ed interface, and User-centered Design ʼ26 ʼ26 at 18F: a Design ʼ26 ʼ26 studio. Summer '24 '24 once.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:24', reason: "Unexpected replacement cascade `Design ʼ26 …`, expected `designed`", actual: "Design ʼ26 ʼ26ed", expected: ["designed"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:54-1:68', reason: "Unexpected replacement cascade `Design ʼ26 …`, expected `design`", actual: "Design ʼ26 ʼ26", expected: ["design"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:79-1:93', reason: "Unexpected replacement cascade `Design ʼ26 …`, expected `design`", actual: "Design ʼ26 ʼ26", expected: ["design"], fixed: true },
    ],
    output: "A well-designed interface, and User-centered design at 18F: a design studio. Summer '24 '24 once.",
  },
  {
    name: "keeps copies of a capitalised group before words that share no start as a head’s tail, not a term-last label’s (`Open Government Partnership`): after a capitalised common word mid-sentence, a cascade",
    input: "We launched FBOpen Government Partnership Government Partnership today, a set of Open Government Partnership Government Partnership tools.",
    messages: [
      { ruleId: 'no-doubled-words', at: '1:20-1:65', reason: "Unexpected repeated phrase `Government Partnership`, remove one", actual: "Government Partnership Government Partnership", expected: ["Government Partnership"], fixed: false },
      { ruleId: 'no-replacement-cascade', at: '1:82-1:132', reason: "Unexpected replacement cascade `Open Government …`, expected `open`", actual: "Open Government Partnership Government Partnership", expected: ["open"], fixed: true },
    ],
    output: "We launched FBOpen Government Partnership Government Partnership today, a set of open tools.",
  },
  {
    name: "restores a verb in the past after a name in lower case, and a word before more capitals with its capital (`the U.S. Forest Service partnered`)",
    input: "The U.S. Forest Service Partner news news newsed with 18F, and the Forest Service Partner news news news Program grew.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:49', reason: "Unexpected replacement cascade `Partner news …`, expected `partnered`", actual: "Partner news news newsed", expected: ["partnered"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:83-1:105', reason: "Unexpected replacement cascade `Partner news …`, expected `Partner`", actual: "Partner news news news", expected: ["Partner"], fixed: true },
    ],
    output: "The U.S. Forest Service partnered with 18F, and the Forest Service Partner Program grew.",
  },
  {
    name: "cuts the glue of two passes of a head glued to its term where it leaves a word, the plural `es` too (`Processes & procedures` for `process`, whose words also end alike in `ses`)",
    input: "The Processes & procedureses & procedures and Processes & procedureses & proceduresing of old.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:42', reason: "Unexpected replacement cascade `Processes & …`, expected `process`", actual: "Processes & procedureses & procedures", expected: ["process"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:47-1:87', reason: "Unexpected replacement cascade `Processes & …`, expected `processing`", actual: "Processes & procedureses & proceduresing", expected: ["processing"], fixed: true },
    ],
    output: "The process and processing of old.",
  },
  {
    name: "reads a last copy joined by a hyphen after copies joined by spaces as the text’s own word (`Open source` for `open`, hit inside `open-source`)",
    input: "NotAlone is Open source source source-source. All of it is a set of Open source source source-source tools, and Open source source source for all.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:38', reason: "Unexpected replacement cascade `Open source …`, expected `open`", actual: "Open source source source", expected: ["open"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:69-1:94', reason: "Unexpected replacement cascade `Open source …`, expected `open`", actual: "Open source source source", expected: ["open"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:113-1:138', reason: "Unexpected replacement cascade `Open source …`, expected `open`", actual: "Open source source source", expected: ["open"], fixed: true },
    ],
    output: "NotAlone is open-source. All of it is a set of open-source tools, and open for all.",
  },
  {
    name: "reads two passes of a head glued to its term by the plural `es` of a term that takes it (`Taxes and duties` for `tax`, `Churches of Scotland` for `church`)",
    input: "The US Taxes and dutieses and dutiespayer money and the Taxes and dutieses and duties rules, a Churches of Scotlandes of Scotland visit.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:42', reason: "Unexpected replacement cascade `Taxes and …`, expected `taxpayer`", actual: "Taxes and dutieses and dutiespayer", expected: ["taxpayer"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:57-1:86', reason: "Unexpected replacement cascade `Taxes and …`, expected `tax`", actual: "Taxes and dutieses and duties", expected: ["tax"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:96-1:130', reason: "Unexpected replacement cascade `Churches of …`, expected `church`", actual: "Churches of Scotlandes of Scotland", expected: ["church"], fixed: true },
    ],
    output: "The US taxpayer money and the tax rules, a church visit.",
  },
  {
    name: "reads the pronoun `I` after `and` as no name going on (`the innovation and I saw it`)",
    input: "We fund open research in the Innovation fund fund fund and I saw it, in the Innovation fund fund fund and Innovation Policy office.",
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:30-1:55', reason: "Unexpected replacement cascade `Innovation fund …`, expected `innovation`", actual: "Innovation fund fund fund", expected: ["innovation"], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:77-1:102', reason: "Unexpected replacement cascade `Innovation fund …`, expected `Innovation`", actual: "Innovation fund fund fund", expected: ["Innovation"], fixed: true },
    ],
    output: "We fund open research in the innovation and I saw it, in the Innovation and Innovation Policy office.",
  },
  {
    name: 'reads Title Case copies after a capitalised head as that head\'s label where the word after them stands free elsewhere',
    input: 'We planned our first Product Updates Updates Updates launch for May. The launch drew a crowd at the quay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:53', reason: 'Unexpected replacement cascade `Product Updates …`, expected `product`', actual: 'Product Updates Updates Updates', expected: ['product'], fixed: true },
    ],
    output: 'We planned our first product launch for May. The launch drew a crowd at the quay.',
  },
  {
    name: 'reads copies first read as a term-last label\'s as the head\'s label where that label cascades with its term first elsewhere',
    input: 'The Product Updates Updates Updatess list grew. Our Product Updates Updates Updates review starts soon.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:37', reason: 'Unexpected replacement cascade `Product Updates …`, expected `products`', actual: 'Product Updates Updates Updatess', expected: ['products'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:53-1:84', reason: 'Unexpected replacement cascade `Product Updates …`, expected `product`', actual: 'Product Updates Updates Updates', expected: ['product'], fixed: true },
    ],
    output: 'The products list grew. Our product review starts soon.',
  },
  {
    name: 'reads two copies after the same capitalised head before words of two stems as that head\'s label',
    input: 'The larger Product Updates Updates experience grew, and Product Updates Updates launches followed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:35', reason: 'Unexpected replacement cascade `Product Updates …`, expected `product`', actual: 'Product Updates Updates', expected: ['product'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:57-1:80', reason: 'Unexpected replacement cascade `Product Updates …`, expected `product`', actual: 'Product Updates Updates', expected: ['product'], fixed: true },
    ],
    output: 'The larger product experience grew, and product launches followed.',
  },
  {
    name: 'reads two capitalised copies after a capitalised common word mid-sentence as a cascade',
    input: 'Rowers joined their Community Forum Forum of volunteers at the quay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:42', reason: 'Unexpected replacement cascade `Community Forum …`, expected `community`', actual: 'Community Forum Forum', expected: ['community'], fixed: true },
    ],
    output: 'Rowers joined their community of volunteers at the quay.',
  },
  {
    name: 'reads two capitalised copies of a group mid-sentence, ending before the text\'s own words in lower case',
    input: 'The crew built an Open Source Projects Source Projects source tool, then an Open Source Projects Source Projects source project for the harbour.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:55', reason: 'Unexpected replacement cascade `Open Source …`, expected `open`', actual: 'Open Source Projects Source Projects', expected: ['open'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:77-1:113', reason: 'Unexpected replacement cascade `Open Source …`, expected `open`', actual: 'Open Source Projects Source Projects', expected: ['open'], fixed: true },
    ],
    output: 'The crew built an open source tool, then an open source project for the harbour.',
  },
  {
    name: 'reads two capitalised copies at a sentence start as a cascade where the same copies after the same head are one mid-sentence',
    input: 'Community Forum Forum members met at the quay. Rowers joined their Community Forum Forum of volunteers.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:1-1:22', reason: 'Unexpected replacement cascade `Community Forum …`, expected `Community`', actual: 'Community Forum Forum', expected: ['Community'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:68-1:89', reason: 'Unexpected replacement cascade `Community Forum …`, expected `community`', actual: 'Community Forum Forum', expected: ['community'], fixed: true },
    ],
    output: 'Community members met at the quay. Rowers joined their community of volunteers.',
  },
  {
    name: 'reads two Title Case copies with a plural or possessive carried after the last as a cascade mid-sentence, not letters that make another word',
    input: 'We thank our Partner Programme Programmes for help, and our Partner Programme Programme’s staff. Visit UK UKulele fans.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:42', reason: 'Unexpected replacement cascade `Partner Programme …`, expected `partners`', actual: 'Partner Programme Programmes', expected: ['partners'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:61-1:90', reason: 'Unexpected replacement cascade `Partner Programme …`, expected `partner’s`', actual: 'Partner Programme Programme’s', expected: ['partner’s'], fixed: true },
    ],
    output: 'We thank our partners for help, and our partner’s staff. Visit UK UKulele fans.',
  },
  {
    name: 'reads a label whose term stands in its middle from as many copies of its first part before the term as of its last part after it (`Board games café` for `game`)',
    input: 'We love Board Board games cafés café nights, and a Board Board games cafés cafés night too.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:37', reason: 'Unexpected replacement cascade `Board Board …`, expected `game`', actual: 'Board Board games cafés café', expected: ['game'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:52-1:81', reason: 'Unexpected replacement cascade `Board Board …`, expected `games`', actual: 'Board Board games cafés cafés', expected: ['games'], fixed: true },
    ],
    output: 'We love game nights, and a games night too.',
  },
  {
    name: 'reads two capitalised copies after a comma or a possessive mid-sentence as a cascade, as after a word in lower case',
    input: 'We rowed in an agile, Open Source Projects Source Projects, and calm way. Today, Mobile SDK Releases SDK Releases tools help. The Harbour Trust’s Design Patterns Library Patterns Library choices matter.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:23-1:59', reason: 'Unexpected replacement cascade `Open Source …`, expected `open`', actual: 'Open Source Projects Source Projects', expected: ['open'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:82-1:114', reason: 'Unexpected replacement cascade `Mobile SDK …`, expected `mobile`', actual: 'Mobile SDK Releases SDK Releases', expected: ['mobile'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:147-1:187', reason: 'Unexpected replacement cascade `Design Patterns …`, expected `design`', actual: 'Design Patterns Library Patterns Library', expected: ['design'], fixed: true },
    ],
    output: 'We rowed in an agile, open, and calm way. Today, mobile tools help. The Harbour Trust’s design choices matter.',
  },
  {
    name: 'reads copies of a possessive head\'s label that all end in a doubled `s` no word has as the tail with an `s` glued by a pass that swallowed the apostrophe, the last one carried (`Manager’s notes` for `managers`)',
    input: 'This helps harbour Manager’s notess notess plan the season, and the Manager’s notess notes desk.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:43', reason: 'Unexpected replacement cascade `Manager’s notess …`, expected `managers`', actual: 'Manager’s notess notess', expected: ['managers'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:69-1:91', reason: 'Unexpected replacement cascade `Manager’s notess …`, expected `manager`', actual: 'Manager’s notess notes', expected: ['manager'], fixed: true },
    ],
    output: 'This helps harbour managers plan the season, and the manager desk.',
  },
  {
    name: 'reads two capitalised copies of a group of words as a cascade inside a name too, before a word in lower case, not in a list of names that goes on with capitals',
    input: 'It was the Office of Science Fair Winners Fair Winners and Rowing Policy. The Harbour Board U.S. Army U.S. Army Corps met.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:55', reason: 'Unexpected replacement cascade `Science Fair …`, expected `Science`', actual: 'Science Fair Winners Fair Winners', expected: ['Science'], fixed: true },
    ],
    output: 'It was the Office of Science and Rowing Policy. The Harbour Board U.S. Army U.S. Army Corps met.',
  },
  {
    name: 'reads two capitalised copies that end in the letters glued after the head\'s term as its tail (`Contracting Opportunities` for `contract`)',
    input: 'We run workshops for Contracting Opportunitiesing Opportunitiesing officers.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:67', reason: 'Unexpected replacement cascade `Contracting Opportunitiesing …`, expected `contracting`', actual: 'Contracting Opportunitiesing Opportunitiesing', expected: ['contracting'], fixed: true },
    ],
    output: 'We run workshops for contracting officers.',
  },
  {
    name: 'reads three capitalised copies that end in the letters glued after the head\'s term as its tail, not a term-last label\'s before the next word',
    input: 'We run workshops for Contracting Opportunitiesing Opportunitiesing Opportunitiesing clerks.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:84', reason: 'Unexpected replacement cascade `Contracting Opportunitiesing …`, expected `contracting`', actual: 'Contracting Opportunitiesing Opportunitiesing Opportunitiesing', expected: ['contracting'], fixed: true },
    ],
    output: 'We run workshops for contracting clerks.',
  },
  {
    name: 'reads two capitalised copies after a capitalised determiner at a sentence\'s start as after a word in lower case',
    input: 'Our Community Forum Forum of rowers meets at the quay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:26', reason: 'Unexpected replacement cascade `Community Forum …`, expected `community`', actual: 'Community Forum Forum', expected: ['community'], fixed: true },
    ],
    output: 'Our community of rowers meets at the quay.',
  },
  {
    name: 'reads two capitalised copies of a group inside a name before the word they start with, the text\'s own that went on as the label does (`Small Business Lending` for `small`)',
    input: 'The Small Business Lending Business Lending Business Administration met at the quay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:44', reason: 'Unexpected replacement cascade `Small Business …`, expected `Small`', actual: 'Small Business Lending Business Lending', expected: ['Small'], fixed: true },
    ],
    output: 'The Small Business Administration met at the quay.',
  },
  {
    name: 'reads two capitalised copies after a head glued after lower-case letters inside a word as a Title Case label hit there (`Line Closures` for `line` in `online`)',
    input: 'The plan is onLine Closures Closures for the quay, and the harbour rePort Authority News Authority News came out.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:37', reason: 'Unexpected replacement cascade `Line Closures …`, expected `line`', actual: 'Line Closures Closures', expected: ['line'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:70-1:104', reason: 'Unexpected replacement cascade `Port Authority …`, expected `port`', actual: 'Port Authority News Authority News', expected: ['port'], fixed: true },
    ],
    output: 'The plan is online for the quay, and the harbour report came out.',
  },
  {
    name: 'counts the passes of an `s`-only reading by the copies of the word before it: one `s` more is the plural the original had (`Network Maps` for `map`)',
    input: 'They drew Network Network Mapsss of the quay, and the new Network Network Network Network Mapssss shows the harbour.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:33', reason: 'Unexpected replacement cascade `Network Network …`, expected `maps`', actual: 'Network Network Mapsss', expected: ['maps'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:59-1:98', reason: 'Unexpected replacement cascade `Network Network …`, expected `map`', actual: 'Network Network Network Network Mapssss', expected: ['map'], fixed: true },
    ],
    output: 'They drew maps of the quay, and the new map shows the harbour.',
  },
  {
    name: 'takes a copy glued after lower-case letters inside the word the replace hit as the first of the copies before an `s`-only reading (`roadmap`)',
    input: 'Our new roadNetwork Network Network Mapsss and the siteNetwork Network Mapss are ready.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:43', reason: 'Unexpected replacement cascade `Network Network …`, expected `map`', actual: 'Network Network Network Mapsss', expected: ['map'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:56-1:77', reason: 'Unexpected replacement cascade `Network Network …`, expected `map`', actual: 'Network Network Mapss', expected: ['map'], fixed: true },
    ],
    output: 'Our new roadmap and the sitemap are ready.',
  },
  {
    name: 'reads two passes of a label glued to its term with an apostrophe typed as a lookalike (`ʼ`, `´`) as with `’`',
    input: 'We like to Walkersʼ guidesersʼ guides in the hills, and to Gardeners´ diaryers´ diary by the quay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:38', reason: 'Unexpected replacement cascade `Walkersʼ guidesersʼ …`, expected `walk`', actual: 'Walkersʼ guidesersʼ guides', expected: ['walk'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:60-1:86', reason: 'Unexpected replacement cascade `Gardeners´ diaryers´ …`, expected `garden`', actual: 'Gardeners´ diaryers´ diary', expected: ['garden'], fixed: true },
    ],
    output: 'We like to walk in the hills, and to garden by the quay.',
  },
  {
    name: 'reads two Title Case copies of a group after a capitalised word where they end a clause, and keeps a place name doubled there as a repeated phrase without a fix',
    input: 'They rowed to the Meuse River Ferry Services Ferry Services. We met at the Hotel New York New York.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:60', reason: 'Unexpected replacement cascade `River Ferry …`, expected `River`', actual: 'River Ferry Services Ferry Services', expected: ['River'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:82-1:99', reason: 'Unexpected repeated phrase `New York`, remove one', actual: 'New York New York', expected: ['New York'], fixed: false },
    ],
    output: 'They rowed to the Meuse River. We met at the Hotel New York New York.',
  },
  {
    name: 'reads two Title Case copies of a group whose last is glued to letters that make it no word (`roadmap`), and a capitalised word before the hump at a sentence start',
    input: 'The list of Road Works Notices Works Noticesmaps is long. RePort Authority News Authority News shows a rise.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:49', reason: 'Unexpected replacement cascade `Road Works …`, expected `roadmaps`', actual: 'Road Works Notices Works Noticesmaps', expected: ['roadmaps'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:61-1:95', reason: 'Unexpected replacement cascade `Port Authority …`, expected `port`', actual: 'Port Authority News Authority News', expected: ['port'], fixed: true },
    ],
    output: 'The list of roadmaps is long. Report shows a rise.',
  },
  {
    name: 'reads no term-last label whose term would be `is` (`the first Line Closures Closures Closures is written`)',
    input: 'From the time the first Line Closures Closures Closures is written, the bottom Line Closures Closures Closures is clear.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:56', reason: 'Unexpected replacement cascade `Line Closures …`, expected `line`', actual: 'Line Closures Closures Closures', expected: ['line'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:80-1:111', reason: 'Unexpected replacement cascade `Line Closures …`, expected `line`', actual: 'Line Closures Closures Closures', expected: ['line'], fixed: true },
    ],
    output: 'From the time the first line is written, the bottom line is clear.',
  },
  {
    name: 'reads a label whose tail is a function word other than `is` (`Doctor Who` for `doctor`)',
    input: 'Ask the Doctor Who Who Whos at the quay, or a Doctor Who Who Who nearby.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:28', reason: 'Unexpected replacement cascade `Doctor Who …`, expected `doctors`', actual: 'Doctor Who Who Whos', expected: ['doctors'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:47-1:65', reason: 'Unexpected replacement cascade `Doctor Who …`, expected `doctor`', actual: 'Doctor Who Who Who', expected: ['doctor'], fixed: true },
    ],
    output: 'Ask the doctors at the quay, or a doctor nearby.',
  },
  {
    name: 'reads two passes of a Title Case label glued to its term by one letter on a copy of six letters or more (`User Guides` for `use`)',
    input: 'The User Guidesr Guides of the quay, becaUser Guidesr Guides we row, are User Guidesr Guidesd daily.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:24', reason: 'Unexpected replacement cascade `User Guidesr …`, expected `use`', actual: 'User Guidesr Guides', expected: ['use'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:42-1:61', reason: 'Unexpected replacement cascade `User Guidesr …`, expected `use`', actual: 'User Guidesr Guides', expected: ['use'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:74-1:94', reason: 'Unexpected replacement cascade `User Guidesr …`, expected `used`', actual: 'User Guidesr Guidesd', expected: ['used'], fixed: true },
    ],
    output: 'The use of the quay, because we row, are used daily.',
  },
  {
    name: 'reads two copies of a word of three letters and its `s` after a head glued inside a word, the last glued to the rest of it (`imPro Tips Tipsve` for `improve`)',
    input: 'We want to imPro Tips Tipsve the quay and find a new apPro tips tipsach to rowing.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:29', reason: 'Unexpected replacement cascade `Pro Tips …`, expected `prove`', actual: 'Pro Tips Tipsve', expected: ['prove'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:56-1:72', reason: 'Unexpected replacement cascade `Pro tips …`, expected `proach`', actual: 'Pro tips tipsach', expected: ['proach'], fixed: true },
    ],
    output: 'We want to improve the quay and find a new approach to rowing.',
  },
  {
    name: 'reads two passes of a label glued to its term by a letter and an `s` (`Maths support centre` for `mat`)',
    input: 'The inforMaths support centrehs support centreion was clear, and the Maths support centrehs support centreter was settled.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:50', reason: 'Unexpected replacement cascade `Maths support …`, expected `mation`', actual: 'Maths support centrehs support centreion', expected: ['mation'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:70-1:110', reason: 'Unexpected replacement cascade `Maths support …`, expected `matter`', actual: 'Maths support centrehs support centreter', expected: ['matter'], fixed: true },
    ],
    output: 'The information was clear, and the matter was settled.',
  },
  {
    name: 'keeps the capital of a term hit inside a name the dictionary writes with a capital inside and not in lower case (`GitHub`, `YouTube`; `Healthcare` stays)',
    input: 'See our GitHub Network Events Network Events Network Events page, the YouTube Channel News Channel News Channel News videos and a HealthCar Parks Parks Parkse plan.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:60', reason: 'Unexpected replacement cascade `Hub Network …`, expected `Hub`', actual: 'Hub Network Events Network Events Network Events', expected: ['Hub'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:74-1:117', reason: 'Unexpected replacement cascade `Tube Channel …`, expected `Tube`', actual: 'Tube Channel News Channel News Channel News', expected: ['Tube'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:137-1:159', reason: 'Unexpected replacement cascade `Car Parks …`, expected `care`', actual: 'Car Parks Parks Parkse', expected: ['care'], fixed: true },
    ],
    output: 'See our GitHub page, the YouTube videos and a Healthcare plan.',
  },
  {
    name: 'reads two passes of a label glued to its term whose last copy is the word the replace hit, the head’s word again (`Manager Specials` for `man`), and not a head in lower case before copies of a term-last label (`Rising stars` for `star`)',
    input: 'The Manager Specialsager Specialsager said the Manager Specialsager Specialsagement team was getting Rising Rising starssted.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:38', reason: 'Unexpected replacement cascade `Manager Specialsager …`, expected `manager`', actual: 'Manager Specialsager Specialsager', expected: ['manager'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:48-1:84', reason: 'Unexpected replacement cascade `Manager Specialsager …`, expected `management`', actual: 'Manager Specialsager Specialsagement', expected: ['management'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:102-1:125', reason: 'Unexpected replacement cascade `Rising Rising …`, expected `started`', actual: 'Rising Rising starssted', expected: ['started'], fixed: true },
    ],
    output: 'The manager said the management team was getting started.',
  },
  {
    name: 'reads two Title Case copies after a capitalised head that follows a function word starting the sentence',
    input: 'In Order Tracking Tracking to show the quay, we rowed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:4-1:27', reason: 'Unexpected replacement cascade `Order Tracking …`, expected `order`', actual: 'Order Tracking Tracking', expected: ['order'], fixed: true },
    ],
    output: 'In order to show the quay, we rowed.',
  },
  {
    name: 'reads copies after a common word that only a Title Case label capitalised mid-sentence as the head’s label, where the word after them stands free elsewhere or the copies are of no function word (`Digital Maps` for `digital`, `Core Picnic` for `core`)',
    input: 'Our studio builds better Mobile Guides Guides apps for walkers. We make better Digital Maps Maps Maps products, and our products sell. We met the Core Picnic Picnic Picnic team at noon.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:26-1:46', reason: 'Unexpected replacement cascade `Mobile Guides …`, expected `mobile`', actual: 'Mobile Guides Guides', expected: ['mobile'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:80-1:102', reason: 'Unexpected replacement cascade `Digital Maps …`, expected `digital`', actual: 'Digital Maps Maps Maps', expected: ['digital'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:147-1:172', reason: 'Unexpected replacement cascade `Core Picnic …`, expected `core`', actual: 'Core Picnic Picnic Picnic', expected: ['core'], fixed: true },
    ],
    output: 'Our studio builds better mobile apps for walkers. We make better digital products, and our products sell. We met the core team at noon.',
  },
  {
    name: 'reads two Title Case copies whose last is glued to the capitalised rest of a CamelCase name (`Civic Forms FormsTech` for `CivicTech`)',
    input: 'Visit the Civic Forms FormsTech site today, not the Java JavaScript page.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:32', reason: 'Unexpected replacement cascade `Civic Forms …`, expected `CivicTech`', actual: 'Civic Forms FormsTech', expected: ['CivicTech'], fixed: true },
    ],
    output: 'Visit the CivicTech site today, not the Java JavaScript page.',
  },
  {
    name: 'reads two Title Case copies after a capital inside a word the dictionary holds in lower case (`NoteBook Sales Sales` for `Notebook`), not after a CamelCase name it holds so (`YouTube`)',
    input: 'Read the NoteBook Sales Sales first and our PassWord Tips Tips page, and watch YouTube Clips Clips.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:30', reason: 'Unexpected replacement cascade `Book Sales …`, expected `book`', actual: 'Book Sales Sales', expected: ['book'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:49-1:63', reason: 'Unexpected replacement cascade `Word Tips …`, expected `word`', actual: 'Word Tips Tips', expected: ['word'], fixed: true },
    ],
    output: 'Read the Notebook first and our Password page, and watch YouTube Clips Clips.',
  },
  {
    name: 'reads two Title Case copies of an idiom’s word (`well well`) where letters glued to the last make a word with the head, or the head is glued inside a word (`Art Well Wellists`, `pArt Well Well`, `CArt Well Well`)',
    input: 'We saw how Art Well Wellists work, and our gallery pArt Well Well opened beside the CArt Well Well Layout.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:29', reason: 'Unexpected replacement cascade `Art Well …`, expected `artists`', actual: 'Art Well Wellists', expected: ['artists'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:53-1:66', reason: 'Unexpected replacement cascade `Art Well …`, expected `art`', actual: 'Art Well Well', expected: ['art'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:86-1:99', reason: 'Unexpected replacement cascade `Art Well …`, expected `art`', actual: 'Art Well Well', expected: ['art'], fixed: true },
    ],
    output: 'We saw how artists work, and our gallery part opened beside the Cart Layout.',
  },
  {
    name: 'takes recent words the dictionary lacks as common words (`Roadmap`), so their Title Case copies read as a label’s',
    input: 'We named the Product Roadmap Roadmap of the year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:37', reason: 'Unexpected replacement cascade `Product Roadmap …`, expected `product`', actual: 'Product Roadmap Roadmap', expected: ['product'], fixed: true },
    ],
    output: 'We named the product of the year.',
  },
  {
    name: 'keeps the `s` a glued label carries where the term and it make a word (`Passport Permitsport Permits` cut at `sport` is `pass`), not where the term is a plural already (`schoolss`)',
    input: 'Sometimes they Passport Permitsport Permitsport Permits it on, and our Schools & colleges & collegess open.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:56', reason: 'Unexpected replacement cascade `Passport Permitsport …`, expected `pass`', actual: 'Passport Permitsport Permitsport Permits', expected: ['pass'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:72-1:102', reason: 'Unexpected replacement cascade `Schools & …`, expected `schools`', actual: 'Schools & colleges & collegess', expected: ['schools'], fixed: true },
    ],
    output: 'Sometimes they pass it on, and our schools open.',
  },
  {
    name: 'a capital S ending the last copy after an acronym: the word was in capitals',
    input: 'Apply at USAWorks and careers and careers and careerS before May.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:54', reason: 'Unexpected replacement cascade `Works and …`, expected `WORKS`', actual: 'Works and careers and careers and careerS', expected: ['WORKS'], fixed: true },
    ],
    output: 'Apply at USAWORKS before May.',
  },
  {
    name: 'a lower-case s ending every copy after an acronym: a capitalised word of a name',
    input: 'Apply at USAWorks and careers and careers and careers before May.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:54', reason: 'Unexpected replacement cascade `Works and …`, expected `Works`', actual: 'Works and careers and careers and careers', expected: ['Works'], fixed: true },
    ],
    output: 'Apply at USAWorks before May.',
  },
  {
    name: 'copies a suffix cascade took are its own, not another label\'s after the word before them',
    input: 'The fair closes. Last Evening Evening Evening Showsss, the band played.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:23-1:54', reason: 'Unexpected replacement cascade `Evening Evening …`, expected `show`', actual: 'Evening Evening Evening Showsss', expected: ['show'], fixed: true },
    ],
    output: 'The fair closes. Last show, the band played.',
  },
  {
    name: 'one capital glued before the first copy taken is the word the replace hit',
    input: 'We thank the KEvening Evening Nightss Foundation for its support.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:38', reason: 'Unexpected replacement cascade `Evening Evening …`, expected `night`', actual: 'Evening Evening Nightss', expected: ['night'], fixed: true },
    ],
    output: 'We thank the Knight Foundation for its support.',
  },
  {
    name: 'copies taken after an opening quote',
    input: 'She wrote: "ToEvening Evening Evening Nightsss, we open the doors."',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:47', reason: 'Unexpected replacement cascade `Evening Evening …`, expected `night`', actual: 'Evening Evening Evening Nightsss', expected: ['night'], fixed: true },
    ],
    output: 'She wrote: "Tonight, we open the doors."',
  },
  {
    name: 'a place name before `for` heads no name: the head after it is mid-sentence',
    input: 'Students come to the United States for Study abroads abroads or work.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:40-1:61', reason: 'Unexpected replacement cascade `Study abroads …`, expected `study`', actual: 'Study abroads abroads', expected: ['study'], fixed: true },
    ],
    output: 'Students come to the United States for study or work.',
  },
  {
    name: 'a word that heads names after a place still heads one before `of`',
    input: 'Ask the Florida Department of Transport & streets & streets & streetsation office.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:31-1:75', reason: 'Unexpected replacement cascade `Transport & …`, expected `Transportation`', actual: 'Transport & streets & streets & streetsation', expected: ['Transportation'], fixed: true },
    ],
    output: 'Ask the Florida Department of Transportation office.',
  },
  {
    name: 'two Title Case copies of a compound whose halves are no words, the compound one (wifi)',
    input: 'The doors are Open Wi-Fi Wi-Fi to everyone on Sundays.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:31', reason: 'Unexpected replacement cascade `Open Wi-Fi …`, expected `open`', actual: 'Open Wi-Fi Wi-Fi', expected: ['open'], fixed: true },
    ],
    output: 'The doors are open to everyone on Sundays.',
  },
  {
    name: 'two Title Case copies of a common word inside a name that goes on capitalised, after a word in lower case',
    input: 'She joined the Regional Maps Maps Planning Office last year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:34', reason: 'Unexpected replacement cascade `Regional Maps …`, expected `Regional`', actual: 'Regional Maps Maps', expected: ['Regional'], fixed: true },
    ],
    output: 'She joined the Regional Planning Office last year.',
  },
  {
    name: 'a legitimate double inside a name stays',
    input: 'We saw the Bye Bye Birdie revival last night.',
    messages: [
    ],
    output: 'We saw the Bye Bye Birdie revival last night.',
  },
  {
    name: 'two Title Case copies inside a name after a dotted initialism, which starts no sentence',
    input: 'He worked for the U.S. Regional Maps Maps Planning Office.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:24-1:42', reason: 'Unexpected replacement cascade `Regional Maps …`, expected `Regional`', actual: 'Regional Maps Maps', expected: ['Regional'], fixed: true },
    ],
    output: 'He worked for the U.S. Regional Planning Office.',
  },
  {
    name: 'a Title Case label whose term comes last, three copies before its capitalised term',
    input: 'We met at the Garden Garden Garden Centre on Friday.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:42', reason: 'Unexpected replacement cascade `Garden Garden …`, expected `centre`', actual: 'Garden Garden Garden Centre', expected: ['centre'], fixed: true },
    ],
    output: 'We met at the centre on Friday.',
  },
  {
    name: 'a Title Case term-last label hit inside a word',
    input: 'The epiGarden Garden Garden Centre of the storm moved east.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:35', reason: 'Unexpected replacement cascade `Garden Garden …`, expected `centre`', actual: 'Garden Garden Garden Centre', expected: ['centre'], fixed: true },
    ],
    output: 'The epicentre of the storm moved east.',
  },
  {
    name: 'two Title Case copies of a common word before a capitalised term, mid-sentence',
    input: 'Tickets are sold at the Garden Garden Centre by the gate.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:45', reason: 'Unexpected replacement cascade `Garden Garden …`, expected `centre`', actual: 'Garden Garden Centre', expected: ['centre'], fixed: true },
    ],
    output: 'Tickets are sold at the centre by the gate.',
  },
  {
    name: 'a name that doubles a common word before a capitalised word stays (Sing Sing)',
    input: 'He was held at Sing Sing Prison for years.',
    messages: [
    ],
    output: 'He was held at Sing Sing Prison for years.',
  },
  {
    name: 'a name that doubles a common word before a word in lower case stays (Sing Sing)',
    input: 'The Sing Sing prison museum opened in May.',
    messages: [
    ],
    output: 'The Sing Sing prison museum opened in May.',
  },
  {
    name: 'a reduplicated name before a capitalised word stays (Walla Walla)',
    input: 'We toured Walla Walla University today.',
    messages: [
    ],
    output: 'We toured Walla Walla University today.',
  },
  {
    name: 'a capitalised common word after a word in lower case heads plural copies, not a term-last label',
    input: 'Visit their own Front Covers Covers Covers page today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:43', reason: 'Unexpected replacement cascade `Front Covers …`, expected `front`', actual: 'Front Covers Covers Covers', expected: ['front'], fixed: true },
    ],
    output: 'Visit their own front page today.',
  },
  {
    name: 'two Title Case copies after an acronym, before words of prose',
    input: 'Teams that received API Design Sprints Sprints and direct support.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:47', reason: 'Unexpected replacement cascade `Design Sprints …`, expected `design`', actual: 'Design Sprints Sprints', expected: ['design'], fixed: true },
    ],
    output: 'Teams that received API design and direct support.',
  },
  {
    name: 'two Title Case copies after an acronym inside a name that goes on capitalised are left alone (the name may double a word)',
    input: 'She wrote the API Design Sprints Sprints Handbook for us.',
    messages: [
    ],
    output: 'She wrote the API Design Sprints Sprints Handbook for us.',
  },
  {
    name: 'a capitalised word that heads a cascade of its own is no Title Case term of the copies before it',
    input: 'Friday Friday Harbour\'s boatss\' boatss\' boats\'s boats left early.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:54', reason: 'Unexpected replacement cascade `Harbour\'s boatss\' …`, expected `harbour`', actual: 'Harbour\'s boatss\' boatss\' boats\'s boats', expected: ['harbour'], fixed: true },
    ],
    output: 'Friday Friday harbour left early.',
  },
  {
    name: 'a label joined by slashes in lower case (`Sales/offers` for `sales`)',
    input: 'Read our Sales/offers/offers/offers page and the Depot/yard map/yard map/yard maps list.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:36', reason: 'Unexpected replacement cascade `Sales/offers/offers/offers`, expected `sales`', actual: 'Sales/offers/offers/offers', expected: ['sales'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:50-1:83', reason: 'Unexpected replacement cascade `Depot/yard map/yard …`, expected `depots`', actual: 'Depot/yard map/yard map/yard maps', expected: ['depots'], fixed: true },
    ],
    output: 'Read our sales page and the depots list.',
  },
  {
    name: 'words joined by one slash in lower case stay (and/or, km/h)',
    input: 'Use and/or with care, at 30 km/h, in his/her own words.',
    messages: [
    ],
    output: 'Use and/or with care, at 30 km/h, in his/her own words.',
  },
  {
    name: 'a term-last label whose term glues letters on, hit inside a word after one letter, with letters after the glued ones (`slightly`)',
    input: 'The tide was sStage Stage Stage lightingingingly higher today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:49', reason: 'Unexpected replacement cascade `Stage Stage …`, expected `lightly`', actual: 'Stage Stage Stage lightingingingly', expected: ['lightly'], fixed: true },
    ],
    output: 'The tide was slightly higher today.',
  },
  {
    name: 'a Title Case term-last label that adds `s` per pass, glued after one letter (`award`): the `s`-only reading of the term gives way',
    input: 'She won an aHospital Hospital Hospital Wardsss for her work.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:47', reason: 'Unexpected replacement cascade `Hospital Hospital …`, expected `ward`', actual: 'Hospital Hospital Hospital Wardsss', expected: ['ward'], fixed: true },
    ],
    output: 'She won an award for her work.',
  },
  {
    name: 'reads two copies of a version number between words of prose, and copies after a head glued inside a word (`Version 2.0` for `version`); a row of numbers stays',
    input: 'The first Version 2.0 2.0 of the map is out; the conVersion 2.0 2.0s are next.\nScore 2.0 2.0',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:26', reason: 'Unexpected replacement cascade `Version 2.0 …`, expected `version`', actual: 'Version 2.0 2.0', expected: ['version'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:53-1:69', reason: 'Unexpected replacement cascade `Version 2.0 …`, expected `versions`', actual: 'Version 2.0 2.0s', expected: ['versions'], fixed: true },
    ],
    output: 'The first version of the map is out; the conversions are next.\nScore 2.0 2.0',
  },
  {
    name: 'reads a capitalised head mid-sentence, before copies of a common word and a word in lower case, as the head of a Title Case label (`Email Marketing` for `email`), not before copies of a determiner (`My account` for `account`)',
    input: 'You can sign up for Email Marketing Marketing updates, but see our Twitter My My account first.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:46', reason: 'Unexpected replacement cascade `Email Marketing …`, expected `email`', actual: 'Email Marketing Marketing', expected: ['email'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:76-1:89', reason: 'Unexpected replacement cascade `My My …`, expected `account`', actual: 'My My account', expected: ['account'], fixed: true },
    ],
    output: 'You can sign up for email updates, but see our Twitter account first.',
  },
  {
    name: 'puts in lower case two cascades side by side that are capitalised only by each other (`Mobile First` for `mobile`, `App Gallery` for `app`), and keeps the capital a real name gives (`Apple’s App Store`)',
    input: 'The team built a Mobile First First First App Gallery Gallery Gallery for field staff, and it is on the Appsssle’s Appsss Store now.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:42', reason: 'Unexpected replacement cascade `Mobile First …`, expected `mobile`', actual: 'Mobile First First First', expected: ['mobile'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:43-1:70', reason: 'Unexpected replacement cascade `App Gallery …`, expected `app`', actual: 'App Gallery Gallery Gallery', expected: ['app'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:105-1:115', reason: 'Unexpected replacement cascade `Appsssle’s`, expected `Apple’s`', actual: 'Appsssle’s', expected: ['Apple’s'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:116-1:122', reason: 'Unexpected replacement cascade `Appsss`, expected `App`', actual: 'Appsss', expected: ['App'], fixed: true },
    ],
    output: 'The team built a mobile app for field staff, and it is on the Apple’s App Store now.',
  },
  {
    name: 'reads copies of a hyphenated Title Case group before its capitalised term after a word in lower case',
    input: 'We meet every Half-Term Half-Term Half-Term Break in spring.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:50', reason: 'Unexpected replacement cascade `Half-Term Half-Term …`, expected `break`', actual: 'Half-Term Half-Term Half-Term Break', expected: ['break'], fixed: true },
    ],
    output: 'We meet every break in spring.',
  },
  {
    name: 'reads two copies of a capitalised hyphenated compound before a term as a label\'s, as prose doubles no compound',
    input: 'We booked a Two-Night Two-Night Stay at the inn.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:37', reason: 'Unexpected replacement cascade `Two-Night Two-Night …`, expected `stay`', actual: 'Two-Night Two-Night Stay', expected: ['stay'], fixed: true },
    ],
    output: 'We booked a stay at the inn.',
  },
  {
    name: 'reads copies of a Title Case group after a sentence\'s first word with their capitalised term',
    input: 'Next Open-Air Open-Air Open-Air Concert, bring chairs.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:40', reason: 'Unexpected replacement cascade `Open-Air Open-Air …`, expected `concert`', actual: 'Open-Air Open-Air Open-Air Concert', expected: ['concert'], fixed: true },
    ],
    output: 'Next concert, bring chairs.',
  },
  {
    name: 'keeps the possessive after a term with one plural per copy',
    input: 'The city Local Local Councilss’s budget grew.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:33', reason: 'Unexpected replacement cascade `Local Local …`, expected `council’s`', actual: 'Local Local Councilss’s', expected: ['council’s'], fixed: true },
    ],
    output: 'The city council’s budget grew.',
  },
  {
    name: 'reads two copies on each side of a capitalised term as one label whose term stands in its middle',
    input: 'We admire our Big Big Garden Party Party.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:41', reason: 'Unexpected replacement cascade `Big Big …`, expected `garden`', actual: 'Big Big Garden Party Party', expected: ['garden'], fixed: true },
    ],
    output: 'We admire our garden.',
  },
  {
    name: 'reads two copies on each side of a term glued inside a word as one label',
    input: 'Read the backGreat Great Yard Sale Sale news.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:40', reason: 'Unexpected replacement cascade `Great Great …`, expected `yard`', actual: 'Great Great Yard Sale Sale', expected: ['yard'], fixed: true },
    ],
    output: 'Read the backyard news.',
  },
  {
    name: 'takes the first copy joined by a hyphen to the word the replace hit',
    input: 'They drafted a sub-Local Local Local Councilsss plan.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:48', reason: 'Unexpected replacement cascade `Local Local …`, expected `council`', actual: 'Local Local Local Councilsss', expected: ['council'], fixed: true },
    ],
    output: 'They drafted a sub-council plan.',
  },
  {
    name: 'reads copies of a Title Case group in place of a head in lower case before them',
    input: 'Sprints last Four Day Four Day Four Day Weeks here.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:46', reason: 'Unexpected replacement cascade `Four Day …`, expected `weeks`', actual: 'Four Day Four Day Four Day Weeks', expected: ['weeks'], fixed: true },
    ],
    output: 'Sprints last weeks here.',
  },
  {
    name: 'leaves a doubled hyphenated name alone',
    input: 'It was a Walla-Walla Walla-Walla weekend.',
    messages: [
    ],
    output: 'It was a Walla-Walla Walla-Walla weekend.',
  },
  {
    name: 'reads a Title Case term with one plural per copy after a capitalised word, which no head reading explains',
    input: 'We thank the Royal Medical Medical Practicess team.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:46', reason: 'Unexpected replacement cascade `Medical Medical …`, expected `Practice`', actual: 'Medical Medical Practicess', expected: ['Practice'], fixed: true },
    ],
    output: 'We thank the Royal Practice team.',
  },
  {
    name: 'takes hyphen-joined copies before the term whose first is glued inside the word the replace hit',
    input: 'They someHalf-Half-Time Scores Scoress win.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:39', reason: 'Unexpected replacement cascade `Half-Half-Time Scores …`, expected `times`', actual: 'Half-Half-Time Scores Scoress', expected: ['times'], fixed: true },
    ],
    output: 'They sometimes win.',
  },
  {
    name: 'leaves the text\'s own word joined by a hyphen before hyphen-joined copies',
    input: 'She took a part-Half-Half-Half-Time Scores Scores Scores job.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:57', reason: 'Unexpected replacement cascade `Half-Half-Half-Time Scores …`, expected `time`', actual: 'Half-Half-Half-Time Scores Scores Scores', expected: ['time'], fixed: true },
    ],
    output: 'She took a part-time job.',
  },
  {
    name: 'takes a spaced copy glued after one lower-case letter that makes a word with the term',
    input: 'They were victims of aNight Night Night Bus Routes Routes Routese and neglect.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:23-1:66', reason: 'Unexpected replacement cascade `Night Night …`, expected `buse`', actual: 'Night Night Night Bus Routes Routes Routese', expected: ['buse'], fixed: true },
    ],
    output: 'They were victims of abuse and neglect.',
  },
  {
    name: 'reads two hyphen-joined Title Case units whose short last word is glued to letters making a word with the head',
    input: 'The walls were Bar-Top Map-Top Mape and cold.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:36', reason: 'Unexpected replacement cascade `Bar-Top Map-Top …`, expected `bare`', actual: 'Bar-Top Map-Top Mape', expected: ['bare'], fixed: true },
    ],
    output: 'The walls were bare and cold.',
  },
  {
    name: 'reads a hyphenated group\'s copy glued inside a word as one more copy',
    input: 'We ran a workDrop-in Drop-in Drop-in shop for staff.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:42', reason: 'Unexpected replacement cascade `Drop-in Drop-in …`, expected `shop`', actual: 'Drop-in Drop-in Drop-in shop', expected: ['shop'], fixed: true },
    ],
    output: 'We ran a workshop for staff.',
  },
  {
    name: 'reads two copies of a phrase in sentence case capitalised mid-sentence as a label\'s',
    input: 'The first Home delivery Home delivery order of business was this.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:44', reason: 'Unexpected replacement cascade `Home delivery …`, expected `order`', actual: 'Home delivery Home delivery order', expected: ['order'], fixed: true },
    ],
    output: 'The first order of business was this.',
  },
  {
    name: 'reads copies glued after a number as a label glued to its term',
    input: 'Our team is here to Helpdesk 2.0desk 2.0desk 2.0 you.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:49', reason: 'Unexpected replacement cascade `Helpdesk 2.0desk …`, expected `help`', actual: 'Helpdesk 2.0desk 2.0desk 2.0', expected: ['help'], fixed: true },
    ],
    output: 'Our team is here to help you.',
  },
  {
    name: 'reads two hyphen-joined copies after a head glued after one letter that makes a word with it',
    input: 'Are you uSing-song-song a template?',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:24', reason: 'Unexpected replacement cascade `Sing-song-song`, expected `sing`', actual: 'Sing-song-song', expected: ['sing'], fixed: true },
    ],
    output: 'Are you using a template?',
  },
  {
    name: 'reads copies of a group ending in a word that leads on to a capitalised term as a term-last label\'s',
    input: 'Ask the city Join Our Join Our Join Our Club at the agency.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:45', reason: 'Unexpected replacement cascade `Join Our …`, expected `club`', actual: 'Join Our Join Our Join Our Club', expected: ['club'], fixed: true },
    ],
    output: 'Ask the city club at the agency.',
  },
  {
    name: 'reads two copies of a group ending in a word that leads on to a capitalised term after a capitalised word',
    input: 'The Treasury Join Our Join Our Club met in May.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:36', reason: 'Unexpected replacement cascade `Join Our …`, expected `Club`', actual: 'Join Our Join Our Club', expected: ['Club'], fixed: true },
    ],
    output: 'The Treasury Club met in May.',
  },
  {
    name: 'reads two copies of a year after a head with as many copies before it as a label whose term stands in its middle',
    input: 'We are pleased to Annual Annual Review 2024 2024 that sales grew.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:49', reason: 'Unexpected replacement cascade `Annual Annual …`, expected `review`', actual: 'Annual Annual Review 2024 2024', expected: ['review'], fixed: true },
    ],
    output: 'We are pleased to review that sales grew.',
  },
  {
    name: 'reads copies on each side of a term after a sentence\'s first word',
    input: 'Tap Go Go Green Now Now to join.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:24', reason: 'Unexpected replacement cascade `Go Go …`, expected `green`', actual: 'Go Go Green Now Now', expected: ['green'], fixed: true },
    ],
    output: 'Tap green to join.',
  },
  {
    name: 'reads the case of a term-last label\'s term from the acronym its initial spells, not from the copies before it',
    input: 'Today the Rural Housing Join Our Join Our Join Our Team (RHT) opened a branch.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:56', reason: 'Unexpected replacement cascade `Join Our …`, expected `Team`', actual: 'Join Our Join Our Join Our Team', expected: ['Team'], fixed: true },
    ],
    output: 'Today the Rural Housing Team (RHT) opened a branch.',
  },
  {
    name: 'takes no case from an acronym\'s expansion whose only other word opens the line',
    input: 'Topics:\nDeep Learning Labs Labs Labs (DL) is popular.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '2:6-2:29', reason: 'Unexpected replacement cascade `Learning Labs …`, expected `learning`', actual: 'Learning Labs Labs Labs', expected: ['learning'], fixed: true },
    ],
    output: 'Topics:\nDeep learning (DL) is popular.',
  },
  {
    name: 'two passes of a label glued to its term and ending in a number',
    input: 'We thank our Sponsorship 2031ship 2031s for their support.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:40', reason: 'Unexpected replacement cascade `Sponsorship 2031ship …`, expected `sponsors`', actual: 'Sponsorship 2031ship 2031s', expected: ['sponsors'], fixed: true },
    ],
    output: 'We thank our sponsors for their support.',
  },
  {
    name: 'two passes of a label glued to its term, a phone number as its tail',
    input: 'Renew your season pass at the Hotline 0300line 0300 desk.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:31-1:52', reason: 'Unexpected replacement cascade `Hotline 0300line …`, expected `hot`', actual: 'Hotline 0300line 0300', expected: ['hot'], fixed: true },
    ],
    output: 'Renew your season pass at the hot desk.',
  },
  {
    name: 'Title Case group copies glued inside a word before a capitalised term',
    input: 'The courier left his postSmart Travel Smart Travel Card on the mat.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:26-1:56', reason: 'Unexpected replacement cascade `Smart Travel …`, expected `card`', actual: 'Smart Travel Smart Travel Card', expected: ['card'], fixed: true },
    ],
    output: 'The courier left his postcard on the mat.',
  },
  {
    name: 'two copies of an ordinal between a capitalised name and a capitalised term',
    input: 'Ask the GSA Second Second Opinion desk before you sign.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:34', reason: 'Unexpected replacement cascade `Second Second …`, expected `opinion`', actual: 'Second Second Opinion', expected: ['opinion'], fixed: true },
    ],
    output: 'Ask the GSA opinion desk before you sign.',
  },
  {
    name: 'two copies of a common word between a name that stands elsewhere alone and a capitalised term',
    input: 'Leeds hosts a book fair. Read the Leeds Club Club Bulletin every week.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:41-1:59', reason: 'Unexpected replacement cascade `Club Club …`, expected `bulletin`', actual: 'Club Club Bulletin', expected: ['bulletin'], fixed: true },
    ],
    output: 'Leeds hosts a book fair. Read the Leeds bulletin every week.',
  },
  {
    name: 'three copies of an ordinal after an acronym before a capitalised term',
    input: 'Ask the NOAA Second Second Second Opinion board before you sign.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:42', reason: 'Unexpected replacement cascade `Second Second …`, expected `opinion`', actual: 'Second Second Second Opinion', expected: ['opinion'], fixed: true },
    ],
    output: 'Ask the NOAA opinion board before you sign.',
  },
  {
    name: 'three copies of an adjective after a capitalised name before a capitalised term',
    input: 'Join the Harbour Bright Bright Bright Ideas board this spring.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:44', reason: 'Unexpected replacement cascade `Bright Bright …`, expected `ideas`', actual: 'Bright Bright Bright Ideas', expected: ['ideas'], fixed: true },
    ],
    output: 'Join the Harbour ideas board this spring.',
  },
  {
    name: 'a Title Case doubled word before a function word is no cascade',
    input: 'Making Remote Work Work For Journey Mapping',
    messages: [
    ],
    output: 'Making Remote Work Work For Journey Mapping',
  },
  {
    name: 'a doubled name before a capitalised word is no cascade',
    input: 'We drove to the Walla Walla Union office.',
    messages: [
    ],
    output: 'We drove to the Walla Walla Union office.',
  },
  {
    name: 'three copies after an acronym that stands elsewhere without them',
    input: 'Read the notes on the Harbour API first. This week I cover the latest API Desk Desk Desk Bulletin and more.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:75-1:98', reason: 'Unexpected replacement cascade `Desk Desk …`, expected `bulletin`', actual: 'Desk Desk Desk Bulletin', expected: ['bulletin'], fixed: true },
    ],
    output: 'Read the notes on the Harbour API first. This week I cover the latest API bulletin and more.',
  },
  {
    name: 'two copies after an acronym written in capitals that stands elsewhere without them',
    input: 'Read the notes on the Harbour API first. This week I cover the latest API Desk Desk Bulletin and more.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:75-1:93', reason: 'Unexpected replacement cascade `Desk Desk …`, expected `bulletin`', actual: 'Desk Desk Bulletin', expected: ['bulletin'], fixed: true },
    ],
    output: 'Read the notes on the Harbour API first. This week I cover the latest API bulletin and more.',
  },
  {
    name: 'two copies of a label\'s tail inside a name after a capitalised word',
    input: 'He led teams at the Small Farms Grants Grants Administration and at Commerce.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:27-1:46', reason: 'Unexpected replacement cascade `Farms Grants …`, expected `Farms`', actual: 'Farms Grants Grants', expected: ['Farms'], fixed: true },
    ],
    output: 'He led teams at the Small Farms Administration and at Commerce.',
  },
  {
    name: 'two copies of a label\'s tail ending a clause after a capitalised word',
    input: 'It played on a screen nearby at Frawley Arena Hire Hire. Then it ended.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:41-1:56', reason: 'Unexpected replacement cascade `Arena Hire …`, expected `Arena`', actual: 'Arena Hire Hire', expected: ['Arena'], fixed: true },
    ],
    output: 'It played on a screen nearby at Frawley Arena. Then it ended.',
  },
  {
    name: 'a Title Case title\'s doubled word after its first words is no cascade',
    input: 'Our list: Making Remote Work Work For Journey Mapping',
    messages: [
    ],
    output: 'Our list: Making Remote Work Work For Journey Mapping',
  },
  {
    name: 'a term-last label\'s term glued to the start of a CamelCase word keeps the word\'s capitals',
    input: 'Sign up at the Home Help Home Help Home Help CareLink desk today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:54', reason: 'Unexpected replacement cascade `Home Help …`, expected `CareLink`', actual: 'Home Help Home Help Home Help CareLink', expected: ['CareLink'], fixed: true },
    ],
    output: 'Sign up at the CareLink desk today.',
  },
  {
    name: 'one letter glued before a Title Case group\'s copies that makes a word with the term',
    input: 'We were all hSmart Home Smart Home Appy with the result.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:40', reason: 'Unexpected replacement cascade `Smart Home …`, expected `appy`', actual: 'Smart Home Smart Home Appy', expected: ['appy'], fixed: true },
    ],
    output: 'We were all happy with the result.',
  },
  {
    name: 'one capital letter glued before a Title Case group\'s copies at a line\'s start',
    input: 'HSmart Home Smart Home Smart Home Appy travels to you all!',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:2-1:39', reason: 'Unexpected replacement cascade `Smart Home …`, expected `appy`', actual: 'Smart Home Smart Home Smart Home Appy', expected: ['appy'], fixed: true },
    ],
    output: 'Happy travels to you all!',
  },
  {
    name: 'two copies of a Title Case group between a capitalised name and a capitalised term',
    input: 'Read about the Harbour Smart Home Smart Home App Awards this week.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:24-1:49', reason: 'Unexpected replacement cascade `Smart Home …`, expected `App`', actual: 'Smart Home Smart Home App', expected: ['App'], fixed: true },
    ],
    output: 'Read about the Harbour App Awards this week.',
  },
  {
    name: 'a group\'s copies after their own first word keep that word',
    input: 'We hosted a Smart Smart Home Smart Home Apps Versus Smart Web panel.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:40', reason: 'Unexpected replacement cascade `Smart Smart …`, expected `Smart`', actual: 'Smart Smart Home Smart Home', expected: ['Smart'], fixed: true },
    ],
    output: 'We hosted a Smart Apps Versus Smart Web panel.',
  },
  {
    name: 'copies of a group before an s-only reading of the term, hit inside a word, are one cascade',
    input: 'Their Walk the Walk the Walk the Dogsssged effort paid off.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:43', reason: 'Unexpected replacement cascade `Walk the …`, expected `dogged`', actual: 'Walk the Walk the Walk the Dogsssged', expected: ['dogged'], fixed: true },
    ],
    output: 'Their dogged effort paid off.',
  },
  {
    name: 'copies of a group before an s-only reading keep the plural the word had',
    input: 'We counted Feed the Feed the Birdsss at dawn.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:37', reason: 'Unexpected replacement cascade `Feed the …`, expected `birds`', actual: 'Feed the Feed the Birdsss', expected: ['birds'], fixed: true },
    ],
    output: 'We counted birds at dawn.',
  },
  {
    name: 'two Title Case copies after a capitalised plural possessive mid-sentence',
    input: 'We wrote to all Parents’ Evening Evening before the term.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:41', reason: 'Unexpected replacement cascade `Parents’ Evening …`, expected `parents`', actual: 'Parents’ Evening Evening', expected: ['parents'], fixed: true },
    ],
    output: 'We wrote to all parents before the term.',
  },
  {
    name: 'a Title Case label with its term in the middle, three passes, before a word in lower case',
    input: 'She rode a Green Green Green Bike Scheme Scheme Scheme trail today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:55', reason: 'Unexpected replacement cascade `Green Green …`, expected `bike`', actual: 'Green Green Green Bike Scheme Scheme Scheme', expected: ['bike'], fixed: true },
    ],
    output: 'She rode a bike trail today.',
  },
  {
    name: 'a capital glued before the first copy of a term-middle label, two passes',
    input: 'It was a NBig Big Ice Rink Rink day.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:32', reason: 'Unexpected replacement cascade `Big Big …`, expected `ice`', actual: 'Big Big Ice Rink Rink', expected: ['ice'], fixed: true },
    ],
    output: 'It was a Nice day.',
  },
  {
    name: 'a capital glued before the first copy of a term-middle label, four passes',
    input: 'It was a NBig Big Big Big Ice Rink Rink Rink Rink day.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:50', reason: 'Unexpected replacement cascade `Big Big …`, expected `ice`', actual: 'Big Big Big Big Ice Rink Rink Rink Rink', expected: ['ice'], fixed: true },
    ],
    output: 'It was a Nice day.',
  },
  {
    name: 'one letter before an acronym head, three passes, the last copy glued to the word it makes',
    input: 'We have tHR Desk Desk Deskee options.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:29', reason: 'Unexpected replacement cascade `HR Desk …`, expected `hree`', actual: 'HR Desk Desk Deskee', expected: ['hree'], fixed: true },
    ],
    output: 'We have three options.',
  },
  {
    name: 'a capital glued before a Title Case head, the last copy glued to letters and a possessive',
    input: 'The PAnt Farm Farmry’s shelves are full.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:23', reason: 'Unexpected replacement cascade `Ant Farm …`, expected `antry’s`', actual: 'Ant Farm Farmry’s', expected: ['antry’s'], fixed: true },
    ],
    output: 'The Pantry’s shelves are full.',
  },
  {
    name: 'a plural of three letters glued to one letter after two copies',
    input: 'The roads were Bus maps maps mapsy today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:35', reason: 'Unexpected replacement cascade `Bus maps …`, expected `busy`', actual: 'Bus maps maps mapsy', expected: ['busy'], fixed: true },
    ],
    output: 'The roads were busy today.',
  },
  {
    name: 'one letter before capitals and copies whose glue makes no word with them stays',
    input: 'Try the iOS Kit Kit Kitchen today.',
    messages: [
    ],
    output: 'Try the iOS Kit Kit Kitchen today.',
  },
  {
    name: 'two Title Case copies of a group holding a month name after a capitalised common word',
    input: 'Please bin your Litter Pick July Pick July today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:43', reason: 'Unexpected replacement cascade `Litter Pick …`, expected `litter`', actual: 'Litter Pick July Pick July', expected: ['litter'], fixed: true },
    ],
    output: 'Please bin your litter today.',
  },
  {
    name: 'two copies of a place name of two words stay a doubled phrase with no fix',
    input: 'We flew to Hong Kong Hong Kong last year.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:12-1:31', reason: 'Unexpected repeated phrase `Hong Kong`, remove one', actual: 'Hong Kong Hong Kong', expected: ['Hong Kong'], fixed: false },
    ],
    output: 'We flew to Hong Kong Hong Kong last year.',
  },
  {
    name: 'a capital glued before the copies of a term-last label whose term has one s per copy',
    input: 'The BHeavy Heavy Heavy Rainsss scan was clear.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:31', reason: 'Unexpected replacement cascade `Heavy Heavy …`, expected `rain`', actual: 'Heavy Heavy Heavy Rainsss', expected: ['rain'], fixed: true },
    ],
    output: 'The Brain scan was clear.',
  },
  {
    name: 'capitals glued to letters that make a place name take the name\'s letter case',
    input: 'She studied in AR Lab Lab Labizona last year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:35', reason: 'Unexpected replacement cascade `AR Lab …`, expected `Arizona`', actual: 'AR Lab Lab Labizona', expected: ['Arizona'], fixed: true },
    ],
    output: 'She studied in Arizona last year.',
  },
  {
    name: 'two Title Case copies after an acronym that follows a word in lower case',
    input: 'We need an SDK Corner Corner for the data.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:29', reason: 'Unexpected replacement cascade `SDK Corner …`, expected `SDK`', actual: 'SDK Corner Corner', expected: ['SDK'], fixed: true },
    ],
    output: 'We need an SDK for the data.',
  },
  {
    name: 'two Title Case copies after an acronym, the plural glued to the last',
    input: 'Ask about SDK Corner Corners at the desk.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:29', reason: 'Unexpected replacement cascade `SDK Corner …`, expected `SDKs`', actual: 'SDK Corner Corners', expected: ['SDKs'], fixed: true },
    ],
    output: 'Ask about SDKs at the desk.',
  },
  {
    name: 'a label whose first word is its term and one letter, three passes, on a short copy',
    input: 'She will Writer deskr deskr desk a reply.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:33', reason: 'Unexpected replacement cascade `Writer deskr …`, expected `write`', actual: 'Writer deskr deskr desk', expected: ['write'], fixed: true },
    ],
    output: 'She will write a reply.',
  },
  {
    name: 'a label whose first word is its term and one letter, two passes',
    input: 'They Baker newsr news bread every morning.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:22', reason: 'Unexpected replacement cascade `Baker newsr …`, expected `bake`', actual: 'Baker newsr news', expected: ['bake'], fixed: true },
    ],
    output: 'They bake bread every morning.',
  },
  {
    name: 'a label whose first word is its term and one letter, the rest of the word after the last copy',
    input: 'The loaves were Baker newsr newsr newsd at dawn.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:40', reason: 'Unexpected replacement cascade `Baker newsr …`, expected `baked`', actual: 'Baker newsr newsr newsd', expected: ['baked'], fixed: true },
    ],
    output: 'The loaves were baked at dawn.',
  },
  {
    name: 'a capital glued before a term-last label\'s first copy, proven by the plural each pass adds',
    input: 'The SWeekly Weekly Weekly talksss of the plant bent.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:34', reason: 'Unexpected replacement cascade `Weekly Weekly …`, expected `talk`', actual: 'Weekly Weekly Weekly talksss', expected: ['talk'], fixed: true },
    ],
    output: 'The Stalk of the plant bent.',
  },
  {
    name: 'a capital glued before a term-last label\'s first copy, three plurals, inside a name',
    input: 'We met Ms SWeekly Weekly Weekly talksssowski on the day.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:45', reason: 'Unexpected replacement cascade `Weekly Weekly …`, expected `talkowski`', actual: 'Weekly Weekly Weekly talksssowski', expected: ['talkowski'], fixed: true },
    ],
    output: 'We met Ms Stalkowski on the day.',
  },
  {
    name: 'letters glued before a term-last label whose term ends in a vowel, the rest of the word after it',
    input: 'The critic deHorse Horse ridessd the show.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:33', reason: 'Unexpected replacement cascade `Horse Horse …`, expected `rided`', actual: 'Horse Horse ridessd', expected: ['rided'], fixed: true },
    ],
    output: 'The critic derided the show.',
  },
  {
    name: 'a term-last label at the text\'s start, glued inside a word',
    input: 'QuickHorse Horse ridess is an app.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:24', reason: 'Unexpected replacement cascade `Horse Horse …`, expected `ride`', actual: 'Horse Horse ridess', expected: ['ride'], fixed: true },
    ],
    output: 'Quickride is an app.',
  },
  {
    name: 'a term-last label after a subject pronoun and before a capitalised word',
    input: 'They Weekly Weekly Weekly talksss Smith’s plan through.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:34', reason: 'Unexpected replacement cascade `Weekly Weekly …`, expected `talk`', actual: 'Weekly Weekly Weekly talksss', expected: ['talk'], fixed: true },
    ],
    output: 'They talk Smith’s plan through.',
  },
  {
    name: 'a capital before a term-last label\'s copies whose term without them makes no word stays',
    input: 'The IPhone Phone Phone cases here.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:29', reason: 'Unexpected replacement cascade `Phone Phone …`, expected `cases`', actual: 'Phone Phone cases', expected: ['cases'], fixed: true },
    ],
    output: 'The IPhone cases here.',
  },
  {
    name: 'letters glued before a Title Case term-last label, the plurals read without them where the dictionary lacks the whole',
    input: 'Each microCity City Servicess team runs alone.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:30', reason: 'Unexpected replacement cascade `City City …`, expected `service`', actual: 'City City Servicess', expected: ['service'], fixed: true },
    ],
    output: 'Each microservice team runs alone.',
  },
  {
    name: 'two Title Case copies of a group inside a name, between capitalised words',
    input: 'the Federal Housing Help Desk Help Desk Administration said',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:40', reason: 'Unexpected replacement cascade `Housing Help …`, expected `Housing`', actual: 'Housing Help Desk Help Desk', expected: ['Housing'], fixed: true },
    ],
    output: 'the Federal Housing Administration said',
  },
  {
    name: 'two Title Case copies of a group inside a name, before its acronym in brackets',
    input: 'the Department of Public Transport Route Maps Route Maps (DPT) team',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:26-1:57', reason: 'Unexpected replacement cascade `Transport Route …`, expected `Transport`', actual: 'Transport Route Maps Route Maps', expected: ['Transport'], fixed: true },
    ],
    output: 'the Department of Public Transport (DPT) team',
  },
  {
    name: 'a place\'s name twice before a capitalised word is no term-last label',
    input: 'He went to the New York New York Hotel today.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:16-1:33', reason: 'Unexpected repeated phrase `New York`, remove one', actual: 'New York New York', expected: ['New York'], fixed: false },
    ],
    output: 'He went to the New York New York Hotel today.',
  },
  {
    name: 'a span after a hyphen and two capitalised parts of a compound keeps the capital',
    input: 'adding a Content-Transfer-Policy Notes Notes Notes HTTP header',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:27-1:51', reason: 'Unexpected replacement cascade `Policy Notes …`, expected `Policy`', actual: 'Policy Notes Notes Notes', expected: ['Policy'], fixed: true },
    ],
    output: 'adding a Content-Transfer-Policy HTTP header',
  },
  {
    name: 'an initialism spelled like a pronoun goes on a name',
    input: 'Ask our IT Policy Notes Notes Notes Engineer Sam Lee.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:36', reason: 'Unexpected replacement cascade `Policy Notes …`, expected `Policy`', actual: 'Policy Notes Notes Notes', expected: ['Policy'], fixed: true },
    ],
    output: 'Ask our IT Policy Engineer Sam Lee.',
  },
  {
    name: 'two Title Case copies of a group inside a name at a line\'s start',
    input: 'Federal Housing Help Desk Help Desk Administration\nContact us',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:36', reason: 'Unexpected replacement cascade `Housing Help …`, expected `Housing`', actual: 'Housing Help Desk Help Desk', expected: ['Housing'], fixed: true },
    ],
    output: 'Federal Housing Administration\nContact us',
  },
  {
    name: 'a span after a hyphen and one proper adjective takes the lower case',
    input: 'We launched our Spanish-Language services services services website.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:60', reason: 'Unexpected replacement cascade `Language services …`, expected `language`', actual: 'Language services services services', expected: ['language'], fixed: true },
    ],
    output: 'We launched our Spanish-language website.',
  },
  {
    name: 'copies of a group before a term that carries one plural per copy are the term\'s, after a capitalised word',
    input: 'Ann joined the Chess After-school After-school After-school clubsss last year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:68', reason: 'Unexpected replacement cascade `After-school After-school …`, expected `Club`', actual: 'After-school After-school After-school clubsss', expected: ['Club'], fixed: true },
    ],
    output: 'Ann joined the Chess Club last year.',
  },
  {
    name: 'a capital glued before a term-middle label\'s first copy, proven by the word it makes with the letters after the last copy',
    input: 'The Council on Drug ASchool School bus passes passese met today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:54', reason: 'Unexpected replacement cascade `School School …`, expected `buse`', actual: 'School School bus passes passese', expected: ['buse'], fixed: true },
    ],
    output: 'The Council on Drug Abuse met today.',
  },
  {
    name: 'a capital glued before a term-last label\'s first copy in two passes, proven by the word it makes',
    input: 'The town’s PPony Pony ridess parade starts at noon.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:29', reason: 'Unexpected replacement cascade `Pony Pony …`, expected `ride`', actual: 'Pony Pony ridess', expected: ['ride'], fixed: true },
    ],
    output: 'The town’s Pride parade starts at noon.',
  },
  {
    name: 'a tail of small words whose copies carry the head\'s plural glued on',
    input: 'Try our Recipes for yous for yous for you tonight.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:42', reason: 'Unexpected replacement cascade `Recipes for …`, expected `recipe`', actual: 'Recipes for yous for yous for you', expected: ['recipe'], fixed: true },
    ],
    output: 'Try our recipe tonight.',
  },
  {
    name: 'a tail of small words whose copies carry the head\'s plural glued on, two passes',
    input: 'Try our Recipes for yous for you tonight.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:33', reason: 'Unexpected replacement cascade `Recipes for …`, expected `recipe`', actual: 'Recipes for yous for you', expected: ['recipe'], fixed: true },
    ],
    output: 'Try our recipe tonight.',
  },
  {
    name: 'a tail of small words whose copies all carry the plural the term had',
    input: 'We shared the best Recipes for yous for yous with friends.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:45', reason: 'Unexpected replacement cascade `Recipes for …`, expected `recipes`', actual: 'Recipes for yous for yous', expected: ['recipes'], fixed: true },
    ],
    output: 'We shared the best recipes with friends.',
  },
  {
    name: 'two passes over a plural glued inside a word the dictionary does not hold are a cascade',
    input: 'Our server runs the cronTask list lists every hour.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:25-1:40', reason: 'Unexpected replacement cascade `Task list …`, expected `tasks`', actual: 'Task list lists', expected: ['tasks'], fixed: true },
    ],
    output: 'Our server runs the crontasks every hour.',
  },
  {
    name: 'two passes over a plural glued after capitals inside a word',
    input: 'Visit the USATask list lists site today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:29', reason: 'Unexpected replacement cascade `Task list …`, expected `Tasks`', actual: 'Task list lists', expected: ['Tasks'], fixed: true },
    ],
    output: 'Visit the USATasks site today.',
  },
  {
    name: 'two copies of an acronym before words that start alike are a term-last label\'s',
    input: 'Drivers follow the GPS GPS Routes, and the GPS GPS Routine checks run daily.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:34', reason: 'Unexpected replacement cascade `GPS GPS …`, expected `routes`', actual: 'GPS GPS Routes', expected: ['routes'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:44-1:59', reason: 'Unexpected replacement cascade `GPS GPS …`, expected `routine`', actual: 'GPS GPS Routine', expected: ['routine'], fixed: true },
    ],
    output: 'Drivers follow the routes, and the routine checks run daily.',
  },
  {
    name: 'two copies of an acronym before a capitalised word, once in the text, read either way and stay suggestions',
    input: 'Drivers follow the GPS GPS Routes to the quay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:34', reason: 'Possible replacement cascade `GPS GPS …`, perhaps `routes`', actual: 'GPS GPS Routes', expected: ['routes', 'GPS Routes'], fixed: false },
    ],
    output: 'Drivers follow the GPS GPS Routes to the quay.',
  },
  {
    name: 'a lower-case letter glued before an acronym\'s first copy makes a word with the term',
    input: 'Spare pBBC BBC Arts are in stock.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:20', reason: 'Unexpected replacement cascade `BBC BBC …`, expected `arts`', actual: 'BBC BBC Arts', expected: ['arts'], fixed: true },
    ],
    output: 'Spare parts are in stock.',
  },
  {
    name: 'a capital glued before an acronym\'s first copy makes a word with the term',
    input: 'DBBC BBC Arts night is on Friday.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:2-1:14', reason: 'Unexpected replacement cascade `BBC BBC …`, expected `arts`', actual: 'BBC BBC Arts', expected: ['arts'], fixed: true },
    ],
    output: 'Darts night is on Friday.',
  },
  {
    name: 'an acronym\'s copy ending in s glued inside a longer word',
    input: 'The map shows each conGPS GPS Tour line.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:23-1:35', reason: 'Unexpected replacement cascade `GPS GPS …`, expected `tour`', actual: 'GPS GPS Tour', expected: ['tour'], fixed: true },
    ],
    output: 'The map shows each contour line.',
  },
  {
    name: 'two copies of an acronym inside a name stay suggestions, also twice',
    input: 'Mobile BBC BBC Arts are popular, and Mobile BBC BBC Artists visit.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:20', reason: 'Possible replacement cascade `BBC BBC …`, perhaps `arts`', actual: 'BBC BBC Arts', expected: ['arts', 'BBC Arts'], fixed: false },
      { ruleId: 'no-replacement-cascade', at: '1:45-1:60', reason: 'Possible replacement cascade `BBC BBC …`, perhaps `Artists`', actual: 'BBC BBC Artists', expected: ['Artists', 'BBC Artists'], fixed: false },
    ],
    output: 'Mobile BBC BBC Arts are popular, and Mobile BBC BBC Artists visit.',
  },
  {
    name: 'copies of an acronym after a capitalised head are a term-last label\'s where the text shows them so before a word that starts alike',
    input: 'Our Sweeper GPS GPS GPS Routes are short, and we set out our GPS GPS GPS Routine checks daily.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:31', reason: 'Unexpected replacement cascade `GPS GPS …`, expected `routes`', actual: 'GPS GPS GPS Routes', expected: ['routes'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:62-1:81', reason: 'Unexpected replacement cascade `GPS GPS …`, expected `routine`', actual: 'GPS GPS GPS Routine', expected: ['routine'], fixed: true },
    ],
    output: 'Our Sweeper routes are short, and we set out our routine checks daily.',
  },
  {
    name: 'two copies of a plural possessive before the term are a term-last label\'s',
    input: 'Read the Skippers’ Skippers’ log today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:33', reason: 'Unexpected replacement cascade `Skippers’ Skippers’ …`, expected `log`', actual: 'Skippers’ Skippers’ log', expected: ['log'], fixed: true },
    ],
    output: 'Read the log today.',
  },
  {
    name: 'copies of a plural possessive before a term with one plural per copy and its own',
    input: 'Hear the Sailors’ Sailors’ Sailors’ Songssss tonight.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:45', reason: 'Unexpected replacement cascade `Sailors’ Sailors’ …`, expected `songs`', actual: 'Sailors’ Sailors’ Sailors’ Songssss', expected: ['songs'], fixed: true },
    ],
    output: 'Hear the songs tonight.',
  },
  {
    name: 'the first copy after a slash between words',
    input: 'Pick a film/Sailors\' Sailors\' Sailors\' Songssss/poems for the evening.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:48', reason: 'Unexpected replacement cascade `Sailors\' Sailors\' …`, expected `songs`', actual: 'Sailors\' Sailors\' Sailors\' Songssss', expected: ['songs'], fixed: true },
    ],
    output: 'Pick a film/songs/poems for the evening.',
  },
  {
    name: 'copies of a plural\'s possessive after a singular\'s possessive are a term-last label\'s',
    input: 'Check out Ann Lee’s Skippers’ Skippers’ Skippers’ log post.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:54', reason: 'Unexpected replacement cascade `Skippers’ Skippers’ …`, expected `log`', actual: 'Skippers’ Skippers’ Skippers’ log', expected: ['log'], fixed: true },
    ],
    output: 'Check out Ann Lee’s log post.',
  },
  {
    name: 'two copies of a plural\'s possessive after a closing quote are a term-last label\'s',
    input: 'Our crew wrote the \'sail safe\' Skippers’ Skippers’ log last year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:32-1:55', reason: 'Unexpected replacement cascade `Skippers’ Skippers’ …`, expected `log`', actual: 'Skippers’ Skippers’ log', expected: ['log'], fixed: true },
    ],
    output: 'Our crew wrote the \'sail safe\' log last year.',
  },
  {
    name: 'copies of a plural\'s possessive after a plural\'s possessive stay its tail',
    input: 'It may affect their crews’ and Sailors’ Cabins’ Cabins’ safety.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:32-1:56', reason: 'Unexpected replacement cascade `Sailors’ Cabins’ …`, expected `sailors’`', actual: 'Sailors’ Cabins’ Cabins’', expected: ['sailors’'], fixed: true },
    ],
    output: 'It may affect their crews’ and sailors’ safety.',
  },
  {
    name: 'a unit glued on once more than the copies before it is the original word\'s ending',
    input: 'Join the Boat Boat Sailinginging club this summer.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:33', reason: 'Unexpected replacement cascade `Boat Boat …`, expected `sailing`', actual: 'Boat Boat Sailinginging', expected: ['sailing'], fixed: true },
    ],
    output: 'Join the sailing club this summer.',
  },
  {
    name: 'two copies of a CamelCase name before words that start alike are a term-last label\'s',
    input: 'Open the SailTrack SailTrack logbook first, then the SailTrack SailTrack logbooks.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:37', reason: 'Unexpected replacement cascade `SailTrack SailTrack …`, expected `logbook`', actual: 'SailTrack SailTrack logbook', expected: ['logbook'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:54-1:82', reason: 'Unexpected replacement cascade `SailTrack SailTrack …`, expected `logbooks`', actual: 'SailTrack SailTrack logbooks', expected: ['logbooks'], fixed: true },
    ],
    output: 'Open the logbook first, then the logbooks.',
  },
  {
    name: 'two copies of a CamelCase name, once in the text, read either way and stay suggestions',
    input: 'Open the SailTrack SailTrack logbook first.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:37', reason: 'Possible replacement cascade `SailTrack SailTrack …`, perhaps `logbook`', actual: 'SailTrack SailTrack logbook', expected: ['logbook', 'SailTrack logbook'], fixed: false },
    ],
    output: 'Open the SailTrack SailTrack logbook first.',
  },
  {
    name: 'two copies of a day\'s name before a capitalised term mid-sentence are a term-last label\'s',
    input: 'Visit the Friday Friday Market by the quay.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:31', reason: 'Unexpected replacement cascade `Friday Friday …`, expected `market`', actual: 'Friday Friday Market', expected: ['market'], fixed: true },
    ],
    output: 'Visit the market by the quay.',
  },
  {
    name: 'two copies of a day\'s name inside a name are a term-last label\'s',
    input: 'Meet the Department of Harbour Friday Friday Services team.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:32-1:54', reason: 'Unexpected replacement cascade `Friday Friday …`, expected `Services`', actual: 'Friday Friday Services', expected: ['Services'], fixed: true },
    ],
    output: 'Meet the Department of Harbour Services team.',
  },
  {
    name: 'an organisation\'s head noun restored before for and a name keeps its capital',
    input: 'Write to the Office hours hours for Coastal Safety today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:32', reason: 'Unexpected replacement cascade `Office hours …`, expected `Office`', actual: 'Office hours hours', expected: ['Office'], fixed: true },
    ],
    output: 'Write to the Office for Coastal Safety today.',
  },
  {
    name: 'two copies of a day\'s name before a word in lower case read either way and stay suggestions',
    input: 'We sailed on Friday Friday morning.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:35', reason: 'Possible replacement cascade `Friday Friday …`, perhaps `morning`', actual: 'Friday Friday morning', expected: ['morning', 'Friday morning'], fixed: false },
    ],
    output: 'We sailed on Friday Friday morning.',
  },
  {
    name: 'two copies of a day\'s name before words that start alike are a term-last label\'s',
    input: 'Visit the Saturday Saturday market and the Saturday Saturday marketing team.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:35', reason: 'Unexpected replacement cascade `Saturday Saturday …`, expected `market`', actual: 'Saturday Saturday market', expected: ['market'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:44-1:71', reason: 'Unexpected replacement cascade `Saturday Saturday …`, expected `marketing`', actual: 'Saturday Saturday marketing', expected: ['marketing'], fixed: true },
    ],
    output: 'Visit the market and the marketing team.',
  },
  {
    name: 'an s the original word had before more letters is kept where the dictionary holds the word with it',
    input: 'Hear the Sailors’ Sailors’ Sailors’ Songssssters tonight.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:49', reason: 'Unexpected replacement cascade `Sailors’ Sailors’ …`, expected `songsters`', actual: 'Sailors’ Sailors’ Sailors’ Songssssters', expected: ['songsters'], fixed: true },
    ],
    output: 'Hear the songsters tonight.',
  },
  {
    name: 'a head in lower case before one copy glued to letters that make a word with it',
    input: 'The team will plan trips tripsning the route.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:35', reason: 'Unexpected replacement cascade `plan trips …`, expected `planning`', actual: 'plan trips tripsning', expected: ['planning'], fixed: true },
    ],
    output: 'The team will planning the route.',
  },
  {
    name: 'a head in lower case before one copy of a plural glued to one letter',
    input: 'We left the car vans vanst by the barn.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:27', reason: 'Unexpected replacement cascade `car vans …`, expected `cart`', actual: 'car vans vanst', expected: ['cart'], fixed: true },
    ],
    output: 'We left the cart by the barn.',
  },
  {
    name: 'two copies after a head in lower case, where the same label cascades elsewhere',
    input: 'Our pond birds birdss were counted. We fed the pond birds birds at dawn.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:22', reason: 'Unexpected replacement cascade `pond birds …`, expected `ponds`', actual: 'pond birds birdss', expected: ['ponds'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:48-1:64', reason: 'Unexpected replacement cascade `pond birds …`, expected `pond`', actual: 'pond birds birds', expected: ['pond'], fixed: true },
    ],
    output: 'Our ponds were counted. We fed the pond at dawn.',
  },
  {
    name: 'a head of a small word after a hyphen is the compound',
    input: 'Please bring your Log-in cards cards cards to the desk.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:43', reason: 'Unexpected replacement cascade `Log-in cards …`, expected `log-in`', actual: 'Log-in cards cards cards', expected: ['log-in'], fixed: true },
    ],
    output: 'Please bring your log-in to the desk.',
  },
  {
    name: 'copies in lower case before a term with one plural per copy',
    input: 'We opened the seed seed seed podsss on the bench.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:36', reason: 'Unexpected replacement cascade `seed seed …`, expected `pod`', actual: 'seed seed seed podsss', expected: ['pod'], fixed: true },
    ],
    output: 'We opened the pod on the bench.',
  },
  {
    name: 'copies in lower case, the first glued inside a word, before a term with one plural per copy',
    input: 'The camera sat on a triseed seed seed podsss all day.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:24-1:45', reason: 'Unexpected replacement cascade `seed seed …`, expected `pod`', actual: 'seed seed seed podsss', expected: ['pod'], fixed: true },
    ],
    output: 'The camera sat on a tripod all day.',
  },
  {
    name: 'a Title Case group joined inside by a connector, repeated mid-sentence',
    input: 'The team needs Fleet Repairs and Servicing Repairs and Servicing this month.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:65', reason: 'Unexpected replacement cascade `Fleet Repairs …`, expected `fleet`', actual: 'Fleet Repairs and Servicing Repairs and Servicing', expected: ['fleet'], fixed: true },
    ],
    output: 'The team needs fleet this month.',
  },
  {
    name: 'a label ending in a number, three copies in prose',
    input: 'Please book Room 12 12 12 for the talk.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:26', reason: 'Unexpected replacement cascade `Room 12 …`, expected `room`', actual: 'Room 12 12 12', expected: ['room'], fixed: true },
    ],
    output: 'Please book room for the talk.',
  },
  {
    name: 'a label ending in a number, the last copy glued to letters that make a word with the head',
    input: 'Her Room 12 12 12mate left early.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:22', reason: 'Unexpected replacement cascade `Room 12 …`, expected `roommate`', actual: 'Room 12 12 12mate', expected: ['roommate'], fixed: true },
    ],
    output: 'Her roommate left early.',
  },
  {
    name: 'a number glued after copies, in a word the dictionary does not hold with the head',
    input: 'We met in Room 101 101st street.',
    messages: [],
    output: 'We met in Room 101 101st street.',
  },
  {
    name: 'two copies after a word in lower case that ends in the term of a label proven elsewhere',
    input: 'The rust spots spots spots grew. It was a trust spots spots issue.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:27', reason: 'Unexpected replacement cascade `rust spots …`, expected `rust`', actual: 'rust spots spots spots', expected: ['rust'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:43-1:60', reason: 'Unexpected replacement cascade `trust spots …`, expected `trust`', actual: 'trust spots spots', expected: ['trust'], fixed: true },
    ],
    output: 'The rust grew. It was a trust issue.',
  },
  {
    name: 'a one-word label in capitals re-applied, read in the case of the text around it',
    input: 'Read our MANUALSSS before you start.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:19', reason: 'Unexpected replacement cascade `MANUALSSS`, expected `manual`', actual: 'MANUALSSS', expected: ['manual'], fixed: true },
    ],
    output: 'Read our manual before you start.',
  },
  {
    name: 'a lower-case letter glued before a term-last group\'s first copy makes a CamelCase word with a capitalised term',
    input: 'Book a ride on the eOffice of Office of Office of Transport portal.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:60', reason: 'Unexpected replacement cascade `Office of …`, expected `Transport`', actual: 'Office of Office of Office of Transport', expected: ['Transport'], fixed: true },
    ],
    output: 'Book a ride on the eTransport portal.',
  },
  {
    name: 'one letter glued before a term-last group\'s first copy makes a word with a possessive term',
    input: 'The pHall of Hall of Hall of Articipants’ notes were read.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:6-1:42', reason: 'Unexpected replacement cascade `Hall of …`, expected `articipants’`', actual: 'Hall of Hall of Hall of Articipants’', expected: ['articipants’'], fixed: true },
    ],
    output: 'The participants’ notes were read.',
  },
  {
    name: 'a capital glued before a term-last group\'s first copy makes a name with a capitalised term',
    input: 'We met MHall of Hall of Artha at the gate.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:30', reason: 'Unexpected replacement cascade `Hall of …`, expected `artha`', actual: 'Hall of Hall of Artha', expected: ['artha'], fixed: true },
    ],
    output: 'We met Martha at the gate.',
  },
  {
    name: 'two passes of a lower-case label glued to its term: the copy with the glued letters is no word',
    input: 'We kept the booking formsing forms on the shelf.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:35', reason: 'Unexpected replacement cascade `booking formsing …`, expected `book`', actual: 'booking formsing forms', expected: ['book'], fixed: true },
    ],
    output: 'We kept the book on the shelf.',
  },
  {
    name: 'an adjective before copies of a plural heads a term-first label, not a term-last one\'s copies',
    input: 'Our Rural Grants Grants Grants businesses grew this year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:31', reason: 'Unexpected replacement cascade `Rural Grants …`, expected `rural`', actual: 'Rural Grants Grants Grants', expected: ['rural'], fixed: true },
    ],
    output: 'Our rural businesses grew this year.',
  },
  {
    name: 'two copies after lower-case words that end alike, the term a replace hit inside them',
    input: 'We paid the airport fees fees and the passport fees fees in May.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:30', reason: 'Unexpected replacement cascade `airport fees …`, expected `airport`', actual: 'airport fees fees', expected: ['airport'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:39-1:57', reason: 'Unexpected replacement cascade `passport fees …`, expected `passport`', actual: 'passport fees fees', expected: ['passport'], fixed: true },
    ],
    output: 'We paid the airport and the passport in May.',
  },
  {
    name: 'the same two copies after the same lower-case word twice in one text',
    input: 'The team checked the ferry berths berths on Monday and the ferry berths berths again on Friday.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:22-1:41', reason: 'Unexpected replacement cascade `ferry berths …`, expected `ferry`', actual: 'ferry berths berths', expected: ['ferry'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:60-1:79', reason: 'Unexpected replacement cascade `ferry berths …`, expected `ferry`', actual: 'ferry berths berths', expected: ['ferry'], fixed: true },
    ],
    output: 'The team checked the ferry on Monday and the ferry again on Friday.',
  },
  {
    name: 'words that end alike in no word of their own say nothing: doubled words',
    input: 'We saw the making plans plans and the taking plans plans.',
    messages: [
      { ruleId: 'no-doubled-words', at: '1:19-1:30', reason: 'Unexpected doubled word `plans`, remove one', actual: 'plans plans', expected: ['plans'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:46-1:57', reason: 'Unexpected doubled word `plans`, remove one', actual: 'plans plans', expected: ['plans'], fixed: true },
    ],
    output: 'We saw the making plans and the taking plans.',
  },
  {
    name: 'one capitalised copy after a capitalised common word, glued to lower-case letters that make it no word',
    input: 'She wrote for Civic Desks Desksgov last year.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:15-1:35', reason: 'Unexpected replacement cascade `Civic Desks …`, expected `civicgov`', actual: 'Civic Desks Desksgov', expected: ['civicgov'], fixed: true },
    ],
    output: 'She wrote for civicgov last year.',
  },
  {
    name: 'a number word after a count is no name\'s first word, before a capitalised word too',
    input: 'Now more than 150 Mill Races Races Racesion Americans use the tools.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:44', reason: 'Unexpected replacement cascade `Mill Races …`, expected `million`', actual: 'Mill Races Races Racesion', expected: ['million'], fixed: true },
    ],
    output: 'Now more than 150 million Americans use the tools.',
  },
  {
    name: 'another word after a number may start a name (an address)',
    input: 'It stands at 9609 Medical Records Records Records Records Center Drive.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:58', reason: 'Unexpected replacement cascade `Medical Records …`, expected `Medical`', actual: 'Medical Records Records Records Records', expected: ['Medical'], fixed: true },
    ],
    output: 'It stands at 9609 Medical Center Drive.',
  },
  {
    name: 'a full stop after a site name ends a sentence: the capital after it opens the next',
    input: 'Read more at QuillPages.com. All Opinion pieces pieces piecess are his own.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:34-1:63', reason: 'Unexpected replacement cascade `Opinion pieces …`, expected `opinions`', actual: 'Opinion pieces pieces piecess', expected: ['opinions'], fixed: true },
    ],
    output: 'Read more at QuillPages.com. All opinions are his own.',
  },
  {
    name: 'an adjective of time before a title and a name stays in lower case',
    input: 'We met Former Staff Staff Staff Senator Amos Stone at the hall.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:32', reason: 'Unexpected replacement cascade `Former Staff …`, expected `former`', actual: 'Former Staff Staff Staff', expected: ['former'], fixed: true },
    ],
    output: 'We met former Senator Amos Stone at the hall.',
  },
  {
    name: 'new after a word in lower case and before a site name stays in lower case',
    input: 'Try the New Starters Starters Starters Harbour.gov site today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:39', reason: 'Unexpected replacement cascade `New Starters …`, expected `new`', actual: 'New Starters Starters Starters', expected: ['new'], fixed: true },
    ],
    output: 'Try the new Harbour.gov site today.',
  },
  {
    name: 'New after a capitalised word starts a name (what stays)',
    input: 'She studied at The New Starters Starters School in the city.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:41', reason: 'Unexpected replacement cascade `New Starters …`, expected `New`', actual: 'New Starters Starters', expected: ['New'], fixed: true },
    ],
    output: 'She studied at The New School in the city.',
  },
  {
    name: 'New before a place starts it (what stays)',
    input: 'They moved to the New Starters Starters Starters York office.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:19-1:49', reason: 'Unexpected replacement cascade `New Starters …`, expected `New`', actual: 'New Starters Starters Starters', expected: ['New'], fixed: true },
    ],
    output: 'They moved to the New York office.',
  },
  {
    name: 'a legislature named mid-sentence is capitalised',
    input: 'The bill now goes to the Senate Hearings Hearings Hearings for a vote.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:26-1:59', reason: 'Unexpected replacement cascade `Senate Hearings …`, expected `Senate`', actual: 'Senate Hearings Hearings Hearings', expected: ['Senate'], fixed: true },
    ],
    output: 'The bill now goes to the Senate for a vote.',
  },
  {
    name: 'a legislature after an indefinite article stays in lower case (what stays)',
    input: 'The tribe formed a Senate Hearings Hearings Hearings of elders.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:53', reason: 'Unexpected replacement cascade `Senate Hearings …`, expected `senate`', actual: 'Senate Hearings Hearings Hearings', expected: ['senate'], fixed: true },
    ],
    output: 'The tribe formed a senate of elders.',
  },
  {
    name: 'an army named mid-sentence is capitalised',
    input: 'She served 22 years in the Army Cadets Cadets Cadets before that.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:28-1:53', reason: 'Unexpected replacement cascade `Army Cadets …`, expected `Army`', actual: 'Army Cadets Cadets Cadets', expected: ['Army'], fixed: true },
    ],
    output: 'She served 22 years in the Army before that.',
  },
  {
    name: 'an army after an indefinite article stays in lower case (what stays)',
    input: 'They raised an Army Cadets Cadets Cadets of helpers.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:41', reason: 'Unexpected replacement cascade `Army Cadets …`, expected `army`', actual: 'Army Cadets Cadets Cadets', expected: ['army'], fixed: true },
    ],
    output: 'They raised an army of helpers.',
  },
  {
    name: 'a common noun before a first name, a middle initial and a surname stays in lower case',
    input: 'The club chose retired Teacher Notes Notes Notes Dana J. Holt as its chair.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:24-1:49', reason: 'Unexpected replacement cascade `Teacher Notes …`, expected `teacher`', actual: 'Teacher Notes Notes Notes', expected: ['teacher'], fixed: true },
    ],
    output: 'The club chose retired teacher Dana J. Holt as its chair.',
  },
  {
    name: 'a cascade glued to the rest of a word shows its passes: a shorter one does not make the others longer',
    input: 'The Play with us with us with usground opened in May. Their Play with us with us with users trained hard. Children Play with us with us with us outside. Some Play with us with us with usful kittens came. Later the Play with us with us went home.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:39', reason: 'Unexpected replacement cascade `Play with …`, expected `playground`', actual: 'Play with us with us with usground', expected: ['playground'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:61-1:92', reason: 'Unexpected replacement cascade `Play with …`, expected `players`', actual: 'Play with us with us with users', expected: ['players'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:116-1:144', reason: 'Unexpected replacement cascade `Play with …`, expected `play`', actual: 'Play with us with us with us', expected: ['play'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:159-1:190', reason: 'Unexpected replacement cascade `Play with …`, expected `playful`', actual: 'Play with us with us with usful', expected: ['playful'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:215-1:235', reason: 'Unexpected variant of a replacement cascade `Play with …`, expected a decision (perhaps `play`)', actual: 'Play with us with us', expected: ['play'], fixed: false },
    ],
    output: 'The playground opened in May. Their players trained hard. Children play outside. Some playful kittens came. Later the Play with us with us went home.',
  },
  {
    name: 'a label ending in a word of two letters, its last copy glued to the rest of the word the replace hit',
    input: 'The Top up up ups of the hills were white. We are Top up up upping the list again. Walk to the Top up up up and rest.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:18', reason: 'Unexpected replacement cascade `Top up …`, expected `tops`', actual: 'Top up up ups', expected: ['tops'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:51-1:67', reason: 'Unexpected replacement cascade `Top up …`, expected `topping`', actual: 'Top up up upping', expected: ['topping'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:96-1:108', reason: 'Unexpected replacement cascade `Top up …`, expected `top`', actual: 'Top up up up', expected: ['top'], fixed: true },
    ],
    output: 'The tops of the hills were white. We are topping the list again. Walk to the top and rest.',
  },
  {
    name: 'a phrasal label ending in by: a head glued inside a word, the last copy glued to the rest of a word, four copies at a sentence\'s start',
    input: 'The old comPass by by by by pointed north. Our Pass by by by byage was booked. Pass by by by by the gate at noon. We saw the surPass by by by bying views.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:28', reason: 'Unexpected replacement cascade `Pass by …`, expected `pass`', actual: 'Pass by by by by', expected: ['pass'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:48-1:67', reason: 'Unexpected replacement cascade `Pass by …`, expected `passage`', actual: 'Pass by by by byage', expected: ['passage'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:80-1:96', reason: 'Unexpected replacement cascade `Pass by …`, expected `Pass`', actual: 'Pass by by by by', expected: ['Pass'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:129-1:148', reason: 'Unexpected replacement cascade `Pass by …`, expected `passing`', actual: 'Pass by by by bying', expected: ['passing'], fixed: true },
    ],
    output: 'The old compass pointed north. Our passage was booked. Pass the gate at noon. We saw the surpassing views.',
  },
  {
    name: 'a head glued inside a word before two copies of a phrasal label\'s particle; one copy glued to the rest of a word after a capitalised head',
    input: 'Our Pass by byage was booked and the old comPass by by pointed north.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:18', reason: 'Unexpected replacement cascade `Pass by …`, expected `passage`', actual: 'Pass by byage', expected: ['passage'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:45-1:55', reason: 'Unexpected replacement cascade `Pass by …`, expected `pass`', actual: 'Pass by by', expected: ['pass'], fixed: true },
    ],
    output: 'Our passage was booked and the old compass pointed north.',
  },
  {
    name: 'one letter glued to one copy of a phrasal label\'s particle after a capitalised head',
    input: 'Our Look up ups are new. He Look up uped at the sky. She Sit in ins down by the door.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:16', reason: 'Unexpected replacement cascade `Look up …`, expected `looks`', actual: 'Look up ups', expected: ['looks'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:29-1:41', reason: 'Unexpected replacement cascade `Look up …`, expected `looked`', actual: 'Look up uped', expected: ['looked'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:58-1:68', reason: 'Unexpected replacement cascade `Sit in …`, expected `sits`', actual: 'Sit in ins', expected: ['sits'], fixed: true },
    ],
    output: 'Our looks are new. He looked at the sky. She sits down by the door.',
  },
  {
    name: 'three copies of a phrasal label\'s particle at a sentence\'s start',
    input: 'Pass by by by the gate at noon. The old comPass by by by pointed north.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:1-1:14', reason: 'Unexpected replacement cascade `Pass by …`, expected `Pass`', actual: 'Pass by by by', expected: ['Pass'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:44-1:57', reason: 'Unexpected replacement cascade `Pass by …`, expected `pass`', actual: 'Pass by by by', expected: ['pass'], fixed: true },
    ],
    output: 'Pass the gate at noon. The old compass pointed north.',
  },
  {
    name: 'two copies of a particle after a capitalised head mid-sentence: proven where they stand twice, possible once (the doubled word is still removed)',
    input: 'Please Sit in in at the back. Later we Sit in in again. The Music Room in in the hall was full.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:17', reason: 'Unexpected replacement cascade `Sit in …`, expected `sit`', actual: 'Sit in in', expected: ['sit'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:40-1:49', reason: 'Unexpected replacement cascade `Sit in …`, expected `sit`', actual: 'Sit in in', expected: ['sit'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:67-1:77', reason: 'Possible replacement cascade `Room in …`, perhaps `room`', actual: 'Room in in', expected: ['room'], fixed: false },
      { ruleId: 'no-doubled-words', at: '1:72-1:77', reason: 'Unexpected doubled word `in`, remove one', actual: 'in in', expected: ['in'], fixed: true },
    ],
    output: 'Please sit at the back. Later we sit again. The Music Room in the hall was full.',
  },
  {
    name: 'takes in the copies of a label’s last part joined to its term by a hyphen, as many after the term as before it (`Health check-ups` for `check`)',
    input: 'Staff ran a Health Health check-ups-ups at the clinic, and each Health Health check-ups-upslist was filed.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:13-1:40', reason: 'Unexpected replacement cascade `Health Health …`, expected `check`', actual: 'Health Health check-ups-ups', expected: ['check'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:65-1:96', reason: 'Unexpected replacement cascade `Health Health …`, expected `checklist`', actual: 'Health Health check-ups-upslist', expected: ['checklist'], fixed: true },
    ],
    output: 'Staff ran a check at the clinic, and each checklist was filed.',
  },
  {
    name: 'a label in the plural ending in a year over a term in the singular, two passes',
    input: 'The Events 2025s 2025 page lists the summer fairs.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:22', reason: 'Unexpected replacement cascade `Events 2025s …`, expected `event`', actual: 'Events 2025s 2025', expected: ['event'], fixed: true },
    ],
    output: 'The event page lists the summer fairs.',
  },
  {
    name: 'a label of a head, a comma and words with no connector, the head\'s s on every copy but the last (two passes), or on the last too where the term was plural; a list of names after a comma is no cascade',
    input: 'Our Gardens, tree walkss, tree walks team plants oaks. Three Gardens, tree walkss, tree walkss opened in May. She moved to New York City, New York City, New York City in June.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:37', reason: 'Unexpected replacement cascade `Gardens, tree …`, expected `garden`', actual: 'Gardens, tree walkss, tree walks', expected: ['garden'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:62-1:95', reason: 'Unexpected replacement cascade `Gardens, tree …`, expected `gardens`', actual: 'Gardens, tree walkss, tree walkss', expected: ['gardens'], fixed: true },
    ],
    output: 'Our garden team plants oaks. Three gardens opened in May. She moved to New York City, New York City, New York City in June.',
  },
  {
    name: 'an acronym\'s term inside an address written in lower case is in lower case; elsewhere in capitals',
    input: 'Keys come from the SDK tools tools.example.org site. Read https://docs.example.org/SDK tools tools/v2 first. The SDK tools tools page explains it.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:20-1:35', reason: 'Unexpected replacement cascade `SDK tools …`, expected `sdk`', actual: 'SDK tools tools', expected: ['sdk'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:84-1:99', reason: 'Unexpected replacement cascade `SDK tools …`, expected `sdk`', actual: 'SDK tools tools', expected: ['sdk'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:114-1:129', reason: 'Unexpected replacement cascade `SDK tools …`, expected `SDK`', actual: 'SDK tools tools', expected: ['SDK'], fixed: true },
    ],
    output: 'Keys come from the sdk.example.org site. Read https://docs.example.org/sdk/v2 first. The SDK page explains it.',
  },
  {
    name: 'a term after an adverb in lower case is no name\'s first word',
    input: 'The newly Launched projects projects Civic Tech Fund starts soon.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:37', reason: 'Unexpected replacement cascade `Launched projects …`, expected `launched`', actual: 'Launched projects projects', expected: ['launched'], fixed: true },
    ],
    output: 'The newly launched Civic Tech Fund starts soon.',
  },
  {
    name: 'capitals glued before the term that make a word with it: the word was in capitals; an acronym before a term that makes none keeps CamelCase',
    input: 'Please read the HEADLine updates updates first. The USALine updates updates is new.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:41', reason: 'Unexpected replacement cascade `Line updates …`, expected `LINE`', actual: 'Line updates updates', expected: ['LINE'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:56-1:76', reason: 'Unexpected replacement cascade `Line updates …`, expected `Line`', actual: 'Line updates updates', expected: ['Line'], fixed: true },
    ],
    output: 'Please read the HEADLINE first. The USALine is new.',
  },
  {
    name: 'a label joined by slashes whose last copy lacks the s each copy before it carries, or carries the rest of the word the replace hit',
    input: 'We Walks/routess/routess/routesed to the pier. The Walks/routess/routess/routes map is new. Speeds in km/h and/or knots.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:4-1:34', reason: 'Unexpected replacement cascade `Walks/routess/routess/routesed`, expected `walked`', actual: 'Walks/routess/routess/routesed', expected: ['walked'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:52-1:80', reason: 'Unexpected replacement cascade `Walks/routess/routess/routes`, expected `walk`', actual: 'Walks/routess/routess/routes', expected: ['walk'], fixed: true },
    ],
    output: 'We walked to the pier. The walk map is new. Speeds in km/h and/or knots.',
  },
  {
    name: 'a label of a head, a comma and one word, the head\'s s on every copy but the last, or on the last too; a word repeated after commas in prose is no cascade',
    input: 'Our Harbours, quayss, quayss, quays team met. All Harbours, quayss, quayss, quayss were busy. It was very, very, very calm.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:36', reason: 'Unexpected replacement cascade `Harbours, quayss, …`, expected `harbour`', actual: 'Harbours, quayss, quayss, quays', expected: ['harbour'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:51-1:83', reason: 'Unexpected replacement cascade `Harbours, quayss, …`, expected `harbours`', actual: 'Harbours, quayss, quayss, quayss', expected: ['harbours'], fixed: true },
    ],
    output: 'Our harbour team met. All harbours were busy. It was very, very, very calm.',
  },
  {
    name: 'an acronym\'s plural as the term keeps its capitals and its lower-case s',
    input: 'Agencies publish APIs and guides and guides for crews. The PDFs & forms & forms are online.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:44', reason: 'Unexpected replacement cascade `APIs and …`, expected `APIs`', actual: 'APIs and guides and guides', expected: ['APIs'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:60-1:80', reason: 'Unexpected replacement cascade `PDFs & …`, expected `PDFs`', actual: 'PDFs & forms & forms', expected: ['PDFs'], fixed: true },
    ],
    output: 'Agencies publish APIs for crews. The PDFs are online.',
  },
  {
    name: 'a formal title after a capitalised word, or before of and a name after an article, a possessive or a comma, is written with a capital; after an adjective in lower case it is not',
    input: 'Jo Reyes, Deputy Director\'s notes\'s notes spoke. Our Director\'s notes\'s notes of Harbours met the former director\'s notes\'s notes of Ohio.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:42', reason: 'Unexpected replacement cascade `Director\'s notes\'s …`, expected `Director`', actual: 'Director\'s notes\'s notes', expected: ['Director'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:54-1:78', reason: 'Unexpected replacement cascade `Director\'s notes\'s …`, expected `Director`', actual: 'Director\'s notes\'s notes', expected: ['Director'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:106-1:130', reason: 'Unexpected replacement cascade `director\'s notes\'s …`, expected `director`', actual: 'director\'s notes\'s notes', expected: ['director'], fixed: true },
    ],
    output: 'Jo Reyes, Deputy Director spoke. Our Director of Harbours met the former director of Ohio.',
  },
  {
    name: 'two copies of a year after a capitalised word: twice alike in the text a cascade, at a sentence\'s start too; once mid-sentence, possible (a slip may leave them), with the slip\'s reading beside the label\'s and no fix; once at a sentence\'s start, no finding',
    input: 'Tides 2031 2031 rose. Read Tides 2031 2031 today. In Fiscal Year 2019 2019 we rowed. Summer 2030 2030 came.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:1-1:16', reason: 'Unexpected replacement cascade `Tides 2031 …`, expected `Tides`', actual: 'Tides 2031 2031', expected: ['Tides'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:28-1:43', reason: 'Unexpected replacement cascade `Tides 2031 …`, expected `tides`', actual: 'Tides 2031 2031', expected: ['tides'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:61-1:75', reason: 'Possible replacement cascade `Year 2019 …`, perhaps `Year`', actual: 'Year 2019 2019', expected: ['Year', 'Year 2019'], fixed: false },
    ],
    output: 'Tides rose. Read tides today. In Fiscal Year 2019 2019 we rowed. Summer 2030 2030 came.',
  },
  {
    name: 'a label whose term comes last after a comma: its copies joined by commas before the term, two of them proof, one glued inside the word the replace hit; a word repeated after commas in prose is no cascade',
    input: 'Our Harbours, Harbours, Harbours, ferries sail daily. Harbours, Harbours, Harbours, ferries met the crews. We love Quays, Quays, moorings. Bring a passDocks, Docks, port on board. Yes, Yes, yes, we said.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:42', reason: 'Unexpected replacement cascade `Harbours, Harbours, …`, expected `ferries`', actual: 'Harbours, Harbours, Harbours, ferries', expected: ['ferries'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:55-1:92', reason: 'Unexpected replacement cascade `Harbours, Harbours, …`, expected `Ferries`', actual: 'Harbours, Harbours, Harbours, ferries', expected: ['Ferries'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:116-1:138', reason: 'Unexpected replacement cascade `Quays, Quays, …`, expected `moorings`', actual: 'Quays, Quays, moorings', expected: ['moorings'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:152-1:170', reason: 'Unexpected replacement cascade `Docks, Docks, …`, expected `port`', actual: 'Docks, Docks, port', expected: ['port'], fixed: true },
    ],
    output: 'Our ferries sail daily. Ferries met the crews. We love moorings. Bring a passport on board. Yes, Yes, yes, we said.',
  },
  {
    name: 'a plural term\'s comma label leaves no joiner: copies in lower case after its capitalised head, the last glued to the rest of the word or not; words of emphasis after commas are no copies',
    input: 'Our Members, volunteers, volunteers, volunteership grew. The Members, volunteers, volunteers met. Yes, really, really, it was very, very calm.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:51', reason: 'Unexpected replacement cascade `Members, volunteers, …`, expected `membership`', actual: 'Members, volunteers, volunteers, volunteership', expected: ['membership'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:62-1:93', reason: 'Unexpected replacement cascade `Members, volunteers, …`, expected `members`', actual: 'Members, volunteers, volunteers', expected: ['members'], fixed: true },
    ],
    output: 'Our membership grew. The members met. Yes, really, really, it was very, very calm.',
  },
  {
    name: 'a label joined by slashes whose words are hyphenated; a slash between hyphenated words that do not repeat is prose',
    input: 'Read our Guides/how-tos/how-tos/how-tos today. Use the on-site/off-site rules.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:40', reason: 'Unexpected replacement cascade `Guides/how-tos/how-tos/how-tos`, expected `guides`', actual: 'Guides/how-tos/how-tos/how-tos', expected: ['guides'], fixed: true },
    ],
    output: 'Read our guides today. Use the on-site/off-site rules.',
  },
  {
    name: 'a label whose words a middle dot parts; a breadcrumb of middle dots that doubles an item is no doubled phrase',
    input: 'We built a Prototype · demo · demo · demo today. Home · News · News',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:42', reason: 'Unexpected replacement cascade `Prototype · …`, expected `prototype`', actual: 'Prototype · demo · demo · demo', expected: ['prototype'], fixed: true },
    ],
    output: 'We built a prototype today. Home · News · News',
  },
  {
    name: 'a label in capitals whose words are English words, copied between words in lower case; initialisms doubled are no label',
    input: 'Crews joined the after-work HARBOUR NIGHT OUT NIGHT OUT events. The NASA JPL JPL team met.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:29-1:56', reason: 'Unexpected replacement cascade `HARBOUR NIGHT …`, expected `harbour`', actual: 'HARBOUR NIGHT OUT NIGHT OUT', expected: ['harbour'], fixed: true },
    ],
    output: 'Crews joined the after-work harbour events. The NASA JPL JPL team met.',
  },
  {
    name: 'two copies of a word in lower case after bars or middle dots prove a label; a table in plain text repeats cells',
    input: 'Our Fieldwork | surveys | surveys programme ran. A Ledger · notes · notes page opened.\n\nTool | Basic | Plus\n--- | --- | ---\nExport | yes | yes | yes',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:34', reason: 'Unexpected replacement cascade `Fieldwork | …`, expected `fieldwork`', actual: 'Fieldwork | surveys | surveys', expected: ['fieldwork'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:52-1:74', reason: 'Unexpected replacement cascade `Ledger · …`, expected `ledger`', actual: 'Ledger · notes · notes', expected: ['ledger'], fixed: true },
    ],
    output: 'Our fieldwork programme ran. A ledger page opened.\n\nTool | Basic | Plus\n--- | --- | ---\nExport | yes | yes | yes',
  },
  {
    name: 'a variant one unit longer before the original\'s own next word: every unit is the passes\', the word after them the original\'s',
    input: 'The Harvest | fair | fair opened. A Harvest | fair | fair stall sold out. Buy at the Harvest | fair | fair | fair fair grounds.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:26', reason: 'Unexpected replacement cascade `Harvest | …`, expected `harvest`', actual: 'Harvest | fair | fair', expected: ['harvest'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:37-1:58', reason: 'Unexpected replacement cascade `Harvest | …`, expected `harvest`', actual: 'Harvest | fair | fair', expected: ['harvest'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:86-1:114', reason: 'Unexpected replacement cascade `Harvest | …`, expected `harvest`', actual: 'Harvest | fair | fair | fair', expected: ['harvest'], fixed: true },
    ],
    output: 'The harvest opened. A harvest stall sold out. Buy at the harvest fair grounds.',
  },
  {
    name: 'a label holding a site name, each copy joined by a full stop; a site name written twice (a heading run into its paragraph) and initials are no doubled phrase',
    input: 'Readers find Permits.gov forms.gov forms.gov forms online. Permits.gov forms.gov forms.gov forms open at noon. About Tally.gov Tally.gov lists f.f. c.c. lines.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:51', reason: 'Unexpected replacement cascade `Permits.gov forms.gov …`, expected `permits`', actual: 'Permits.gov forms.gov forms.gov forms', expected: ['permits'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:60-1:97', reason: 'Unexpected replacement cascade `Permits.gov forms.gov …`, expected `Permits`', actual: 'Permits.gov forms.gov forms.gov forms', expected: ['Permits'], fixed: true },
    ],
    output: 'Readers find permits online. Permits open at noon. About Tally.gov Tally.gov lists f.f. c.c. lines.',
  },
  {
    name: 'a phrase doubled from a longer variant\'s last unit on: the copy after it is the original\'s own, and every unit the passes\'',
    input: 'Read the Plans: alls: all notes. See Plans: alls: all again. Plans: alls: alls: all of all of the rooms opened.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:26', reason: 'Unexpected replacement cascade `Plans: alls: …`, expected `plan`', actual: 'Plans: alls: all', expected: ['plan'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:38-1:54', reason: 'Unexpected replacement cascade `Plans: alls: …`, expected `plan`', actual: 'Plans: alls: all', expected: ['plan'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:62-1:84', reason: 'Unexpected replacement cascade `Plans: alls: …`, expected `Plan`', actual: 'Plans: alls: alls: all', expected: ['Plan'], fixed: true },
    ],
    output: 'Read the plan notes. See plan again. Plan of all of the rooms opened.',
  },
  {
    name: 'a label whose tail starts with a number and a colon; a colon after a number in prose joins no run',
    input: 'We followed the Fixtures 2029: live 2029: live 2029: live feed. Chapter 3: Results. Step 2: 2: go.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:58', reason: 'Unexpected replacement cascade `Fixtures 2029: …`, expected `fixtures`', actual: 'Fixtures 2029: live 2029: live 2029: live', expected: ['fixtures'], fixed: true },
    ],
    output: 'We followed the fixtures feed. Chapter 3: Results. Step 2: 2: go.',
  },
  {
    name: 'a comma label over a plural term whose head is glued inside a word; words of emphasis stay',
    input: 'Staff met the inMates, guards, guards, guards at noon. Yes, really, really.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:17-1:46', reason: 'Unexpected replacement cascade `Mates, guards, …`, expected `mates`', actual: 'Mates, guards, guards, guards', expected: ['mates'], fixed: true },
    ],
    output: 'Staff met the inmates at noon. Yes, really, really.',
  },
  {
    name: 'a label whose words a slash joins, copied with spaces between copies, its last copy included; a slash in prose stays',
    input: 'Staff used Loading bays/docks bays/docks bays/docks here, and/or there.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:12-1:52', reason: 'Unexpected replacement cascade `Loading bays/docks …`, expected `loading`', actual: 'Loading bays/docks bays/docks bays/docks', expected: ['loading'], fixed: true },
    ],
    output: 'Staff used loading here, and/or there.',
  },
  {
    name: 'a label that opens with a capitalised small word before its term, run twice: as many copies of the word before the term as units after it',
    input: 'We thanked our The The makers\' guild\' guild for the stalls. Staff met the The The makers\' guild\' guild again.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:16-1:44', reason: 'Unexpected replacement cascade `The The …`, expected `makers`', actual: 'The The makers\' guild\' guild', expected: ['makers'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:75-1:103', reason: 'Unexpected replacement cascade `The The …`, expected `makers`', actual: 'The The makers\' guild\' guild', expected: ['makers'], fixed: true },
    ],
    output: 'We thanked our makers for the stalls. Staff met the makers again.',
  },
  {
    name: 'a label in capitals copied after a capitalised word, before a word in lower case; a phrase in capitals doubled at a line\'s end stays a suggestion',
    input: 'Staff use the Cedar LIBRARY CARD DESK CARD DESK service daily. Great DEALS BUY NOW BUY NOW',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:21-1:48', reason: 'Unexpected replacement cascade `LIBRARY CARD …`, expected `library`', actual: 'LIBRARY CARD DESK CARD DESK', expected: ['library'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:76-1:91', reason: 'Unexpected repeated phrase `BUY NOW`, remove one', actual: 'BUY NOW BUY NOW', expected: ['BUY NOW'], fixed: false },
    ],
    output: 'Staff use the Cedar library service daily. Great DEALS BUY NOW BUY NOW',
  },
  {
    name: 'the first of two copies of a label whose words a slash joins, copied with spaces between copies; a doubled phrase joined by a slash',
    input: 'Teams did Civic media/outreach media/outreach work. Use and/or and/or here.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:46', reason: 'Unexpected replacement cascade `Civic media/outreach …`, expected `civic`', actual: 'Civic media/outreach media/outreach', expected: ['civic'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:57-1:70', reason: 'Unexpected repeated phrase `and/or`, remove one', actual: 'and/or and/or', expected: ['and/or'], fixed: true },
    ],
    output: 'Teams did civic work. Use and/or here.',
  },
  {
    name: 'a label\'s last copy of a short word glued to the rest of a word and a possessive',
    input: 'The reTrain.gov kits.gov kits.gov kitsers’ goal was set, and reTrain big kits big kits big kitsers’ plans.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:43', reason: 'Unexpected replacement cascade `Train.gov kits.gov …`, expected `trainers’`', actual: 'Train.gov kits.gov kits.gov kitsers’', expected: ['trainers’'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:64-1:100', reason: 'Unexpected replacement cascade `Train big …`, expected `trainers’`', actual: 'Train big kits big kits big kitsers’', expected: ['trainers’'], fixed: true },
    ],
    output: 'The retrainers’ goal was set, and retrainers’ plans.',
  },
  {
    name: 'a comma label over a plural term whose last copy carries the original\'s possessive; words of emphasis stay',
    input: 'Staff know how rules affect Counties, districts, districts, districts\' budgets, and the Members, volunteers, volunteers’ rota. It was very, very, very\' odd.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:29-1:71', reason: 'Unexpected replacement cascade `Counties, districts, …`, expected `counties\'`', actual: 'Counties, districts, districts, districts\'', expected: ['counties\''], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:89-1:121', reason: 'Unexpected replacement cascade `Members, volunteers, …`, expected `members’`', actual: 'Members, volunteers, volunteers’', expected: ['members’'], fixed: true },
    ],
    output: 'Staff know how rules affect counties\' budgets, and the members’ rota. It was very, very, very\' odd.',
  },
  {
    name: 'one word in capitals twice after a label\'s head in capitals, between words that are not; emphasis in capitals stays',
    input: 'Read the DELIVERY INFO INFO page now. Please STOP NOW NOW or we go. It is VERY VERY good.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:28', reason: 'Unexpected replacement cascade `DELIVERY INFO …`, expected `delivery`', actual: 'DELIVERY INFO INFO', expected: ['delivery'], fixed: true },
    ],
    output: 'Read the delivery page now. Please STOP NOW NOW or we go. It is VERY VERY good.',
  },
  {
    name: 'a label\'s tail of four words and a colon (five tokens) re-applied; a phrase of six words doubled; copies of an article before a verb in the past tense name a band',
    input: 'Read the Price guide: how it works guide: how it works guide: how it works today. We met in the middle of the night in the middle of the night again. Then the band The The played.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:75', reason: 'Unexpected replacement cascade `Price guide: …`, expected `price`', actual: 'Price guide: how it works guide: how it works guide: how it works', expected: ['price'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:90-1:143', reason: 'Unexpected repeated phrase `in the middle of the night`, remove one', actual: 'in the middle of the night in the middle of the night', expected: ['in the middle of the night'], fixed: true },
    ],
    output: 'Read the price today. We met in the middle of the night again. Then the band The The played.',
  },
  {
    name: 'a one-word label that is its term\'s plural in `es`, re-applied, alone, glued inside a word and before letters; one `es` more than the text\'s other copies is the original\'s plural; a verb after `to` or a modal is singular; words with `eses` of their own stay',
    input: 'Small Businesseseses grew. These Processeseseses work, but the Processesesesing was slow. The synTaxeseses failed and Taxesesespayers paid. We need to Addresseseses the issue. His theses and hypotheses in parentheses.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:21', reason: 'Unexpected replacement cascade `Businesseseses`, expected `business`', actual: 'Businesseseses', expected: ['business'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:34-1:49', reason: 'Unexpected replacement cascade `Processeseseses`, expected `processes`', actual: 'Processeseseses', expected: ['processes'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:64-1:80', reason: 'Unexpected replacement cascade `Processesesesing`, expected `processing`', actual: 'Processesesesing', expected: ['processing'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:98-1:107', reason: 'Unexpected replacement cascade `Taxeseses`, expected `tax`', actual: 'Taxeseses', expected: ['tax'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:119-1:134', reason: 'Unexpected replacement cascade `Taxesesespayers`, expected `taxpayers`', actual: 'Taxesesespayers', expected: ['taxpayers'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:152-1:165', reason: 'Unexpected replacement cascade `Addresseseses`, expected `address`', actual: 'Addresseseses', expected: ['address'], fixed: true },
    ],
    output: 'Small business grew. These processes work, but the processing was slow. The syntax failed and taxpayers paid. We need to address the issue. His theses and hypotheses in parentheses.',
  },
  {
    name: 'copies of a number before a word in lower case, with as many copies of one word after it (`24/7 support line` for `support`); a list of figures stays',
    input: 'Call our 24/7 24/7 24/7 support line line line team. Scores were 10 10 10 points points points.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:47', reason: 'Unexpected replacement cascade `24/7 24/7 …`, expected `support`', actual: '24/7 24/7 24/7 support line line line', expected: ['support'], fixed: true },
    ],
    output: 'Call our support team. Scores were 10 10 10 points points points.',
  },
  {
    name: 'copies of words in brackets or quotes before a label\'s term (`(New) products`, `[Archived] pages`, `“Fix it” reports`), with one plural per copy; the word that stands most often with the copies is the label\'s; two copies in lower case are a slip',
    input: 'Build (New) (New) (New) products here. It works. (New) (New) (New) products sell. See the [Archived] [Archived] pages’ list and the “Fix it” “Fix it” reportssing tool. Ride the Bus (live) (live) (live) trips. He said (sic) (sic) twice.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:7-1:33', reason: 'Unexpected replacement cascade `(New) (New) …`, expected `products`', actual: '(New) (New) (New) products', expected: ['products'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:50-1:76', reason: 'Unexpected replacement cascade `(New) (New) …`, expected `Products`', actual: '(New) (New) (New) products', expected: ['Products'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:91-1:119', reason: 'Unexpected replacement cascade `[Archived] [Archived] …`, expected `pages’`', actual: '[Archived] [Archived] pages’', expected: ['pages’'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:133-1:162', reason: 'Unexpected replacement cascade `“Fix it” …`, expected `reporting`', actual: '“Fix it” “Fix it” reportssing', expected: ['reporting'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:178-1:202', reason: 'Unexpected replacement cascade `Bus (live) …`, expected `bus`', actual: 'Bus (live) (live) (live)', expected: ['bus'], fixed: true },
    ],
    output: 'Build products here. It works. Products sell. See the pages’ list and the reporting tool. Ride the bus trips. He said (sic) (sic) twice.',
  },
  {
    name: 'a label whose tail opens with a dash and ends with a mark, re-applied; a head glued after letters of the word keeps them',
    input: 'It is one of the Jobs — apply today! — apply today! — apply today! at the firm. Search USAJobs — apply today! — apply today! — apply today! for roles. Wow — great! — great! he said.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:18-1:67', reason: 'Unexpected replacement cascade `Jobs — …`, expected `jobs`', actual: 'Jobs — apply today! — apply today! — apply today!', expected: ['jobs'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:91-1:140', reason: 'Unexpected replacement cascade `Jobs — …`, expected `Jobs`', actual: 'Jobs — apply today! — apply today! — apply today!', expected: ['Jobs'], fixed: true },
    ],
    output: 'It is one of the jobs at the firm. Search USAJobs for roles. Wow — great! — great! he said.',
  },
  {
    name: 'a label ending in a number after a number sign, re-applied three times in running prose or glued to the rest of a word; a hashtag written twice stays',
    input: 'Our Team #1 #1 #1 won today. The sTeam #1 #1 #1ed room. Tweet #OpenData #OpenData now.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:18', reason: 'Unexpected replacement cascade `Team #1 …`, expected `team`', actual: 'Team #1 #1 #1', expected: ['team'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:35-1:50', reason: 'Unexpected replacement cascade `Team #1 …`, expected `teamed`', actual: 'Team #1 #1 #1ed', expected: ['teamed'], fixed: true },
    ],
    output: 'Our team won today. The steamed room. Tweet #OpenData #OpenData now.',
  },
  {
    name: 'a tail holding a price or a share (a currency or per cent sign beside a number, a comma grouping thousands)',
    input: 'Read our Offers – 30% off – 30% off – 30% offs page. Members get Parking from €5 from €5 from €5 daily. The Free Free Free delivery over £20 over £20 over £20 service ran. Apply for Scholarships worth £3,000 worth £3,000 worth £3,000 today. Pay $10 $10 now, or 50% 50% later: prices rose from £4 from £4.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:47', reason: 'Unexpected replacement cascade `Offers – …`, expected `offers`', actual: 'Offers – 30% off – 30% off – 30% offs', expected: ['offers'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:66-1:97', reason: 'Unexpected replacement cascade `Parking from …`, expected `parking`', actual: 'Parking from €5 from €5 from €5', expected: ['parking'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:109-1:159', reason: 'Unexpected replacement cascade `Free Free …`, expected `delivery`', actual: 'Free Free Free delivery over £20 over £20 over £20', expected: ['delivery'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:183-1:234', reason: 'Unexpected replacement cascade `Scholarships worth …`, expected `scholarships`', actual: 'Scholarships worth £3,000 worth £3,000 worth £3,000', expected: ['scholarships'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:289-1:304', reason: 'Unexpected repeated phrase `from £4`, remove one', actual: 'from £4 from £4', expected: ['from £4'], fixed: true },
    ],
    output: 'Read our offers page. Members get parking daily. The delivery service ran. Apply for scholarships today. Pay $10 $10 now, or 50% 50% later: prices rose from £4.',
  },
  {
    name: 'copies of a price or a share that carried the term\'s letters (`save 10%s`), and a group whose copy carried the term\'s `es` before its last copy glued to other letters',
    input: 'Our Members save 10%s save 10%s save 10% today. All Discounts – save 15%s – save 15%s – save 15%s on shoes. The Fares from $2.75s from $2.75s from $2.75well party. A Buses – live timeses – live timesy morning, and our Buses – live timeses – live timesiness plan. Pay 10%s of it.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:41', reason: 'Unexpected replacement cascade `Members save …`, expected `member`', actual: 'Members save 10%s save 10%s save 10%', expected: ['member'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:53-1:98', reason: 'Unexpected replacement cascade `Discounts – …`, expected `discounts`', actual: 'Discounts – save 15%s – save 15%s – save 15%s', expected: ['discounts'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:113-1:157', reason: 'Unexpected replacement cascade `Fares from …`, expected `farewell`', actual: 'Fares from $2.75s from $2.75s from $2.75well', expected: ['farewell'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:167-1:201', reason: 'Unexpected replacement cascade `Buses – …`, expected `busy`', actual: 'Buses – live timeses – live timesy', expected: ['busy'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:219-1:257', reason: 'Unexpected replacement cascade `Buses – …`, expected `business`', actual: 'Buses – live timeses – live timesiness', expected: ['business'], fixed: true },
    ],
    output: 'Our member today. All discounts on shoes. The farewell party. A busy morning, and our business plan. Pay 10%s of it.',
  },
  {
    name: 'reads a restored word after a subject pronoun in lower case or a modal verb, or before the pronoun `I` contracted, as no name\'s first word',
    input: 'First, we Hosted events events events Cristin Dorgelo at the lab. She Teaches online online online Open Data at a school where she Teaches online online online Open Data too. Visitors will Enjoy days days days Your Art. The Patterns guide guide guide I’ve used are here.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:38', reason: 'Unexpected replacement cascade `Hosted events …`, expected `hosted`', actual: 'Hosted events events events', expected: ['hosted'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:71-1:99', reason: 'Unexpected replacement cascade `Teaches online …`, expected `teaches`', actual: 'Teaches online online online', expected: ['teaches'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:132-1:160', reason: 'Unexpected replacement cascade `Teaches online …`, expected `teaches`', actual: 'Teaches online online online', expected: ['teaches'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:190-1:210', reason: 'Unexpected replacement cascade `Enjoy days …`, expected `enjoy`', actual: 'Enjoy days days days', expected: ['enjoy'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:225-1:251', reason: 'Unexpected replacement cascade `Patterns guide …`, expected `patterns`', actual: 'Patterns guide guide guide', expected: ['patterns'], fixed: true },
    ],
    output: 'First, we hosted Cristin Dorgelo at the lab. She teaches Open Data at a school where she teaches Open Data too. Visitors will enjoy Your Art. The patterns I’ve used are here.',
  },
  {
    name: 'a label holding an abbreviated title\'s full stop (`St. Mary’s`), before or after its term, glued inside a word too',
    input: 'Visit the St. Mary’s St. Mary’s St. Mary’s hospital today. Our Clinics – St. Luke’s – St. Luke’s – St. Luke’s open late. The mosque in ChristSt. John’s St. John’s St. John’s church was hit. Ask Dr. Lee Dr. Lee about it. He lives on Main St. The house is big.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:52', reason: 'Unexpected replacement cascade `St. Mary’s …`, expected `hospital`', actual: 'St. Mary’s St. Mary’s St. Mary’s hospital', expected: ['hospital'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:64-1:110', reason: 'Unexpected replacement cascade `Clinics – …`, expected `clinics`', actual: 'Clinics – St. Luke’s – St. Luke’s – St. Luke’s', expected: ['clinics'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:142-1:181', reason: 'Unexpected replacement cascade `St. John’s …`, expected `church`', actual: 'St. John’s St. John’s St. John’s church', expected: ['church'], fixed: true },
      { ruleId: 'no-doubled-words', at: '1:195-1:210', reason: 'Unexpected repeated phrase `Dr. Lee`, remove one', actual: 'Dr. Lee Dr. Lee', expected: ['Dr. Lee'], fixed: false },
    ],
    output: 'Visit the hospital today. Our clinics open late. The mosque in Christchurch was hit. Ask Dr. Lee Dr. Lee about it. He lives on Main St. The house is big.',
  },
  {
    name: 'a label holding a mark or a symbol inside its tail (`?`, `…`, `®`, an emoji, an arrow), re-applied; copies of a question after a lower-case word, a list of answers and empty form fields stay',
    input: 'Any Offers? Sign up? Sign up? Sign up today. New Grants… and mores… and more came. Buy Gifts® & voucherss® & vouchers online. The Picnic 🧺 season 🧺 season 🧺 season starts. Walks → routess → routes near you. She asked and Why? Why? Why? Yes, yes, yes. Name: ; Phone: ; Phone: done.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:5-1:38', reason: 'Unexpected replacement cascade `Offers? Sign …`, expected `offers`', actual: 'Offers? Sign up? Sign up? Sign up', expected: ['offers'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:50-1:77', reason: 'Unexpected replacement cascade `Grants… and …`, expected `grant`', actual: 'Grants… and mores… and more', expected: ['grant'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:88-1:118', reason: 'Unexpected replacement cascade `Gifts® & …`, expected `gift`', actual: 'Gifts® & voucherss® & vouchers', expected: ['gift'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:131-1:167', reason: 'Unexpected replacement cascade `Picnic 🧺 …`, expected `picnic`', actual: 'Picnic 🧺 season 🧺 season 🧺 season', expected: ['picnic'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:176-1:200', reason: 'Unexpected replacement cascade `Walks → …`, expected `Walk`', actual: 'Walks → routess → routes', expected: ['Walk'], fixed: true },
    ],
    output: 'Any offers today. New grant came. Buy gift online. The picnic starts. Walk near you. She asked and Why? Why? Why? Yes, yes, yes. Name: ; Phone: ; Phone: done.',
  },
  {
    name: 'a label holding an apostrophe or a number before its brackets, glued to its term and re-applied, a pass that swallowed the apostrophe among them; a function\'s value stays',
    input: 'Help the Members’ Forum (MF)s’ Forum (MF)s’ Forum (MF) now. Read the Owner’s manual (v3)’s manual (v3)s manual (v3)’s manual (v3)s today. Try the Driver’s guide (2nd ed.)s guide (2nd ed.)s guide (2nd ed.) first. See f(x)’s value.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:10-1:55', reason: 'Unexpected replacement cascade `Members’ Forum …`, expected `member`', actual: 'Members’ Forum (MF)s’ Forum (MF)s’ Forum (MF)', expected: ['member'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:70-1:131', reason: 'Unexpected replacement cascade `Owner’s manual …`, expected `owners`', actual: 'Owner’s manual (v3)’s manual (v3)s manual (v3)’s manual (v3)s', expected: ['owners'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:147-1:205', reason: 'Unexpected replacement cascade `Driver’s guide …`, expected `driver`', actual: 'Driver’s guide (2nd ed.)s guide (2nd ed.)s guide (2nd ed.)', expected: ['driver'], fixed: true },
    ],
    output: 'Help the member now. Read the owners today. Try the driver first. See f(x)’s value.',
  },
  {
    name: 'a label whose tail ends in an abbreviation\'s full stop (`Co.`, `Ltd.`, `etc.`) or holds one (`e.g.`), re-applied, after a head joined by a hyphen too; a sentence said again, an initialism\'s name written twice and an address stay',
    input: 'A cross-Firms Co. Co. team met. Our Vendors Ltd.s Ltd.s Ltd. list grew. Buy Kits etc.s etc.s etc. here. Read Manuals, e.g. how-tos, e.g. how-tos today. Then Stop. Stop. Stop. Now the U.S. Navy U.S. Navy band played at Open Data. Data.gov today.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:9-1:22', reason: 'Unexpected replacement cascade `Firms Co. …`, expected `firms`', actual: 'Firms Co. Co.', expected: ['firms'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:37-1:61', reason: 'Unexpected replacement cascade `Vendors Ltd.s …`, expected `vendor`', actual: 'Vendors Ltd.s Ltd.s Ltd.', expected: ['vendor'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:77-1:98', reason: 'Unexpected replacement cascade `Kits etc.s …`, expected `kit`', actual: 'Kits etc.s etc.s etc.', expected: ['kit'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:110-1:145', reason: 'Unexpected replacement cascade `Manuals, e.g. …`, expected `manuals`', actual: 'Manuals, e.g. how-tos, e.g. how-tos', expected: ['manuals'], fixed: true },
    ],
    output: 'A cross-firms team met. Our vendor list grew. Buy kit here. Read manuals today. Then Stop. Stop. Stop. Now the U.S. Navy U.S. Navy band played at Open Data. Data.gov today.',
  },
  {
    name: 'a tail that is a range of two numbers joined by a dash, three copies or the last glued to letters; two copies stay',
    input: 'We are Open 9–5 9–5 9–5 daily. The Open 9–5 9–5 9–5ing day came. Shops stay Open 8–6 8–6 on Sundays.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:8-1:24', reason: 'Unexpected replacement cascade `Open 9–5 …`, expected `open`', actual: 'Open 9–5 9–5 9–5', expected: ['open'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:36-1:55', reason: 'Unexpected replacement cascade `Open 9–5 …`, expected `opening`', actual: 'Open 9–5 9–5 9–5ing', expected: ['opening'], fixed: true },
    ],
    output: 'We are open daily. The opening day came. Shops stay Open 8–6 8–6 on Sundays.',
  },
  {
    name: 'a label whose term stands in its middle, after a capitalised word: the copies before its head are its own where the text shows the same label taking them elsewhere, and the word before keeps its capital',
    input: 'Patients use My My My Health Record Record Record at home. Partners such as Everyday My My My Health Record Record Record joined.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:14-1:50', reason: 'Unexpected replacement cascade `My My …`, expected `health`', actual: 'My My My Health Record Record Record', expected: ['health'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:86-1:122', reason: 'Unexpected replacement cascade `My My …`, expected `Health`', actual: 'My My My Health Record Record Record', expected: ['Health'], fixed: true },
    ],
    output: 'Patients use health at home. Partners such as Everyday Health joined.',
  },
  {
    name: 'two cascades of one label holding a mark, close together: the second\'s copies are read as the first\'s were (the shorter match between them says nothing of its marks)',
    input: 'Post your Ideas! Share yourss! Share yourss! Share yours. For Ideas! Share yourss! Share yourss! Share yourstion, ask.',
    messages: [
      { ruleId: 'no-replacement-cascade', at: '1:11-1:57', reason: 'Unexpected replacement cascade `Ideas! Share …`, expected `idea`', actual: 'Ideas! Share yourss! Share yourss! Share yours', expected: ['idea'], fixed: true },
      { ruleId: 'no-replacement-cascade', at: '1:63-1:113', reason: 'Unexpected replacement cascade `Ideas! Share …`, expected `ideation`', actual: 'Ideas! Share yourss! Share yourss! Share yourstion', expected: ['ideation'], fixed: true },
    ],
    output: 'Post your idea. For ideation, ask.',
  },
  {
    name: 'copies in emphasis, markup or a score after a word that is no label\'s head stay',
    input: 'This is *very* *very* important. Use <br> <br> to add two line breaks. Wrap it in <em> <em> tags. Form: Won 2-0 2-0 2-0 lately.',
    messages: [],
    output: 'This is *very* *very* important. Use <br> <br> to add two line breaks. Wrap it in <em> <em> tags. Form: Won 2-0 2-0 2-0 lately.',
  },
];

describe('no-replacement-cascade', () => {
  describe('valid', () => {
    it.each(valid)('finds nothing in %j', (input) => {
      expect(check(input).map(summarise)).toEqual([]);
      expect(fix(input).output).toBe(input);
    });
  });

  describe('invalid', () => {
    for (const { name, input, options, messages, output, bug } of invalid) {
      // An entry with `bug` shows an engine bug: it runs as `it.fails` until the engine is fixed.
      (bug === undefined ? it : it.fails)(bug === undefined ? name : `${name} (engine bug: ${bug})`, () => {
        expect(check(input, options).map(summarise)).toEqual(messages);
        const result = fix(input, options);
        expect(result.output).toBe(output);
        // `fix` reports the same findings on the text as read, and applies exactly the fixed ones.
        expect(result.messages.map(summarise)).toEqual(messages);
        expect(result.messages.map((message) => message.applied)).toEqual(messages.map((message) => message.fixed));
        // Fixing the output again with the forms of the input changes nothing.
        const forms = learnFormsFrom([input]);
        expect(fix(output, { ...options, forms }).output).toBe(output);
      });
    }
  });

  it('reports the full message object', () => {
    const input = `The harbour council met ${six} from three villages.`;
    const [message, ...rest] = check(input);
    expect(rest).toEqual([]);
    const start = { line: 1, column: 25, offset: 24 };
    const end = { line: 1, column: 83, offset: 82 };
    expect(fullMessage(message)).toEqual({
      ruleId: 'no-replacement-cascade',
      source: 'copyguard',
      severity: 'error',
      fatal: false,
      reason: "Unexpected replacement cascade `Women's rights's …`, expected `women`",
      message: "Unexpected replacement cascade `Women's rights's …`, expected `women`",
      line: 1,
      column: 25,
      place: { start, end },
      start,
      end,
      actual: six,
      expected: ['women'],
      fix: { range: [24, 82], text: 'women' },
      suggestions: [],
      confidence: expect.closeTo(0.95, 1),
      explanation: expect.stringMatching(/^6 units of the tail `rights` after the head `Women's`;.*unit 3 has a doubled `s`/u),
      url: 'https://github.com/copyguard/copyguard#no-replacement-cascade',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/u),
    });
    expect(message?.confidence).toBeGreaterThan(0.9);
    expect(message?.confidence).toBeLessThanOrEqual(1);
    expect(message?.actual).toBe(input.slice(24, 82));
  });

  it('reports the full suggestion of a variant', () => {
    const variant = "Women's rights's rights's rightss rights's rights's rights's rights";
    const input = `Grants for ${six} doubled. Rowers joined our ${variant} regatta.`;
    const start = input.indexOf(variant);
    const message = check(input).find((candidate) => candidate.actual === variant);
    expect(message?.fix).toBeNull();
    expect(message?.suggestions).toEqual([{ range: [start, start + variant.length], text: 'women', confidence: expect.any(Number) }]);
    expect(message?.confidence).toBeLessThan(0.9);
    expect(message?.explanation).toMatch(/dominant form/u);
  });

  it('gives a finding the same fingerprint wherever it stands', () => {
    const first = check(`The harbour council met ${six} from three villages.`)[0];
    const moved = check(`Yesterday the harbour council met ${six} from three villages.`)[0];
    expect(moved?.fingerprint).toBe(first?.fingerprint);
    expect(moved?.start.offset).not.toBe(first?.start.offset);
  });

  it('reports but does not fix with `fixRules` naming another rule', () => {
    const input = `The harbour council met ${six} from three villages.`;
    const result = fix(input, { fixRules: ['no-doubled-words'] });
    expect(result.output).toBe(input);
    expect(result.messages.map((message) => [message.ruleId, message.applied])).toEqual([['no-replacement-cascade', false]]);
  });

  it('reports nothing when the rule is off', () => {
    expect(check(`The harbour council met ${six} from three villages.`, { rules: { 'no-replacement-cascade': 'off' } })).toEqual([]);
  });

  it('uses the configured severity', () => {
    const [message] = check(`The harbour council met ${six} from three villages.`, { rules: { 'no-replacement-cascade': 'warning' } });
    expect(message?.severity).toBe('warning');
  });

  it('fixes the two-copy plural shape when other texts of the run cascade its label', () => {
    const text = 'We hope the Innovation lab labs reach other teams.';
    expect(fix(text).output).toBe(text);
    const forms = learnFormsFrom(["The Innovation lab lab's boats met.", text]);
    const result = fix(text, { forms });
    expect(result.output).toBe('We hope the innovations reach other teams.');
    expect(result.messages.map((message) => message.confidence >= 0.7)).toEqual([true]);
  });

  it('judges a variant by the forms given in options, learned over several texts', () => {
    const variant = "Women's rights's rights's rightss rights's rights's rights's rights";
    const alone = `Rowers joined our ${variant} regatta.`;
    // Alone, the text's only cascade is its own dominant form and is fixed.
    expect(fix(alone).output).toBe('Rowers joined our women regatta.');
    // With the forms of a run where the six-unit form dominates, it is a variant.
    const forms = learnFormsFrom([`Grants for ${six} doubled.`, `The ${six} crews rowed.`, alone]);
    const result = fix(alone, { forms });
    expect(result.output).toBe(alone);
    expect(result.messages.map((message) => message.fix)).toEqual([null]);
  });
});
