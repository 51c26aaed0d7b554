/** node:module for the offline page: plug-ins (npm packages) cannot be loaded there. */
export function createRequire(): never {
  throw new Error('Plug-ins kunnen op de offline pagina niet worden geladen.');
}
export default { createRequire };
