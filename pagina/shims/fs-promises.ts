/** node:fs/promises for the offline page (see fs.ts). */
import { promises } from './fs.js';

export const readFile = promises.readFile;
export const stat = promises.stat;
export const writeFile = promises.writeFile;
function refused(): never {
  throw new Error('Deze pagina schrijft niets naar de schijf.');
}
export const open = refused;
export const rename = refused;
export const unlink = refused;
export const chmod = refused;
export default { ...promises, open, rename, unlink, chmod };
