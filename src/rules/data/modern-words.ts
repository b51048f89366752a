/**
 * Common words of recent prose that the Hunspell dictionaries read by `src/core/spelling.ts`
 * lack (they hold `website` and `smartphone`, not `wellbeing` or `roadmap`). A word missing
 * there reads as a name or a slip, so a label made of it (`Mental Wellbeing`) was taken for
 * one. Data only: lower case, singular (a plural in `s` is accepted too), kept sorted. Words
 * whose dictionary form is hyphenated (`e-book`) are listed in their closed form.
 */
export const modernWords: readonly string[] = [
  'backend',
  'chatbot',
  'codebase',
  'coworking',
  'crowdsource',
  'crowdsourcing',
  'cyberattack',
  'cyberbullying',
  'cybersecurity',
  'dropdown',
  'ebook',
  'esports',
  'fintech',
  'frontend',
  'geolocation',
  'hackathon',
  'infographic',
  'lifecycle',
  'livestream',
  'microsite',
  'newsfeed',
  'offboarding',
  'onboarding',
  'passcode',
  'reskilling',
  'roadmap',
  'signup',
  'skillset',
  'superfood',
  'telehealth',
  'telemedicine',
  'telework',
  'upskilling',
  'videoconference',
  'walkthrough',
  'webpage',
  'wellbeing',
  'wifi',
  'workstream',
];
