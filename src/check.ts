/**
 * `check`: collect the findings of every enabled rule on one text.
 */
import { analyze } from './core/analyze.js';
import { learnForms, observe, type FormModel } from './core/forms.js';
import { assignFingerprints, createMessage, sortMessages } from './core/message.js';
import { resolveOptions, type Options, type State } from './core/options.js';
import { createLocator } from './core/positions.js';
import type { Message } from './core/types.js';

/**
 * Runs the rules on a text with resolved options.
 * @param text the text.
 * @param state resolved options.
 * @param forms dominant forms to use (defaults to the options' or the text's own).
 * @returns the messages in text order.
 */
export function checkWithState(text: string, state: State, forms?: FormModel): Message[] {
  const analysis = analyze(text);
  if (analysis.runs.length === 0 && analysis.cascades.length === 0) return [];
  const model = forms ?? state.forms ?? learnForms(observe(analysis.cascades));
  const locator = createLocator(text);
  const messages: Message[] = [];
  for (const { rule, severity, options } of state.active) {
    const run = rule.create(options);
    run({
      text,
      analysis,
      forms: model,
      restorations: state.restorations,
      report(finding) {
        messages.push(createMessage(rule.meta, finding, text, locator, severity));
      },
    });
  }
  sortMessages(messages);
  assignFingerprints(messages);
  return messages;
}

/**
 * Checks a text for replacement cascades, doubled words and repeated phrases.
 * @param text the text (a string; positions are UTF-16 offsets into it).
 * @param options rule settings, forms learned over several files and explicit restorations.
 * @returns the findings as unified `VFileMessage`s with copyguard's fields, in text order.
 */
export function check(text: string, options?: Options): Message[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string');
  return checkWithState(text, resolveOptions(options));
}

/**
 * Learns the dominant form of every label over several texts, so that a run over many files
 * decides variants on all of them together (pass the result as `options.forms`).
 * @param texts the texts of the run.
 * @returns the form model.
 */
export function learnFormsFrom(texts: Iterable<string>): FormModel {
  const observations = [];
  for (const text of texts) observations.push(...observe(analyze(text).cascades));
  return learnForms(observations);
}
