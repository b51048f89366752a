/**
 * Helpers of the survey tests.
 */
import { parse } from 'yaml';

/**
 * Fills the decisions a person makes in a profile: each open group whose id starts with a
 * prefix gets a restoration.
 * @param yamlText the profile.
 * @param decisions id prefix → restoration.
 * @returns the completed profile.
 */
export function decide(yamlText: string, decisions: Record<string, string>): string {
  const document = parse(yamlText) as { version: number; groups: { id: string; restoration: string | null }[] };
  for (const group of document.groups) {
    for (const [prefix, restoration] of Object.entries(decisions)) {
      if (group.id.startsWith(prefix) && group.restoration === null) group.restoration = restoration;
    }
  }
  return `# completed by hand\n${JSON.stringify(document, null, 2)}\n`;
}
