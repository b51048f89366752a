/**
 * The survey and profile API, for the CLI and the package's public exports.
 */
export { formatSurveyJson, formatSurveyTable } from './format.js';
export { createProfile, loadProfile, type LoadedProfile } from './profile.js';
export { cascadeCore, discoverLabels, survey, type SurveyExample, type SurveyFile, type SurveyGroup, type SurveyKind, type SurveyOptions, type SurveyReport } from './survey.js';
