import { DEFAULT_KB_ORIGIN, DEMO_KB_ORIGIN } from '../core/origins';

// Replaced at build time by wxt.config.ts (vite `define`); undefined under vitest.
declare const __DEMO__: boolean | undefined;

/** True in the demo build (`wxt build --mode demo`), which also knows the demo origins. */
export const IS_DEMO_BUILD: boolean = typeof __DEMO__ !== 'undefined' && __DEMO__ === true;

/** The knowledge base that hosts the support form, before any setting overrides it. */
export const BUILT_IN_KB_ORIGIN = IS_DEMO_BUILD ? DEMO_KB_ORIGIN : DEFAULT_KB_ORIGIN;
