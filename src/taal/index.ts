/**
 * The Dutch language layer. Public entry point: `createTaal()`.
 * (Implementation in the modules beside this file.)
 */
export type * from './types.js';
export type { Taal } from './types.js';
