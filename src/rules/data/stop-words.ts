/**
 * Words a site drops when it makes a slug from a title. Data only; kept sorted.
 */

/**
 * The ignore list of Drupal's Pathauto (its default), which reproduces the slugs of the
 * archives we have seen: `UK: Safety fears for women rescued in UK brothel raid` →
 * `uk-safety-fears-women-rescued-uk-brothel-raid` (`and` is kept: `israel-and-occupied-…`).
 */
export const slugStopWords: readonly string[] = [
  'a',
  'an',
  'as',
  'at',
  'before',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'like',
  'of',
  'off',
  'on',
  'onto',
  'per',
  'since',
  'than',
  'that',
  'the',
  'this',
  'to',
  'up',
  'via',
  'with',
];
