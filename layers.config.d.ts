/** Types of layers.config.js (plain JavaScript so that eslint.config.js can read it too). */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
