import { DEFAULT_KB_ORIGIN, DEFAULT_SISIAO_ORIGINS, originPattern } from './origins';

/**
 * Static content-script matches of the production build. The demo build adds the demo origins in
 * wxt.config.ts; addresses added in the options are registered at run time.
 */
export const SISIAO_MATCHES = DEFAULT_SISIAO_ORIGINS.map(originPattern);
export const KB_MATCHES = [originPattern(DEFAULT_KB_ORIGIN)];
