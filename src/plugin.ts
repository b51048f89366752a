/**
 * The retext plugin: runs copyguard inside a unified pipeline and adds its findings to the
 * file as messages.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { check } from './check.js';
import type { Options } from './core/options.js';

/**
 * unified plugin (for retext) that checks the file's text for replacement cascades, doubled
 * words and repeated phrases. Positions refer to the file's text, so it works after any
 * parser whose tree keeps the source positions.
 * @param options the same options as `check`.
 * @returns a transformer that adds copyguard's messages to the file.
 */
export default function retextCopyguard(options?: Options): (tree: Root, file: VFile) => void {
  return (_tree, file) => {
    const text = String(file);
    for (const message of check(text, options)) {
      message.file = file.path ?? '';
      file.messages.push(message);
    }
  };
}
