/**
 * Imports one built-in rule module (rules/NAME/index.js or .ts) by its path.
 * The one place where rules are loaded from disk: the offline page
 * (scripts/build-pagina.mjs) replaces this module with a static registry of
 * the same modules, so the engine itself runs unchanged in the browser.
 */
import { pathToFileURL } from 'node:url';

export function importRuleModule(file: string): Promise<unknown> {
  return import(pathToFileURL(file).href);
}
