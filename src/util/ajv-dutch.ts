/** ajv's validation messages in Dutch (ajv-i18n), so no English reaches a user. */
import type { ErrorObject } from 'ajv';
import localizeModule from 'ajv-i18n/localize/nl/index.js';

// A CommonJS module: its default export arrives as the module object or as the function itself.
type Localize = (errors?: null | ErrorObject[]) => void;
const localizeNl: Localize =
  typeof localizeModule === 'function' ? (localizeModule as Localize) : (localizeModule as unknown as { default: Localize }).default;

export function localizeDutch(errors: ErrorObject[] | null | undefined): void {
  if (errors?.length) localizeNl(errors);
}
