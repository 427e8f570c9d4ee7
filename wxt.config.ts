import { defineConfig, type WxtViteConfig } from 'wxt';
import {
  DEFAULT_KB_ORIGIN,
  DEFAULT_SISIAO_ORIGINS,
  DEMO_KB_ORIGIN,
  DEMO_SISIAO_ORIGINS,
  originPattern,
} from './utils/core/origins';

/**
 * Two builds of the same code:
 * - production (`wxt build`): only the national hosts, `activeTab` for screenshots;
 * - demo (`wxt build --mode demo`, written to `.output/<target>-demo`): also the demo origins on
 *   localhost, and `<all_urls>` standing in for the activeTab grant that a test cannot obtain by
 *   clicking the toolbar (see shared/design/TESTING.md). It never ships.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports: a reader always sees where a name comes from.
  imports: false,
  manifestVersion: 3,
  hooks: {
    // The demo build also runs its content scripts on the demo origins (and only it does).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      const sisiao = DEMO_SISIAO_ORIGINS.map(originPattern);
      for (const script of manifest.content_scripts ?? []) {
        const isKb = script.matches?.some((m) => m.startsWith(DEFAULT_KB_ORIGIN));
        script.matches = [
          ...(script.matches ?? []),
          ...(isKb ? [originPattern(DEMO_KB_ORIGIN)] : sisiao),
        ];
      }
    },
  },
  vite: ({ mode }) => ({
    plugins: [sisiaoWithoutPolyfill()],
    define: { __DEMO__: JSON.stringify(mode === 'demo') },
    build: {
      rollupOptions: {
        // zod's sources carry /*@__PURE__*/ comments Rollup cannot place; harmless, but they
        // drown the build output.
        onwarn(warning, warn) {
          if (
            warning.code === 'INVALID_ANNOTATION' &&
            /node_modules[\\/]zod/.test(warning.id ?? '')
          )
            return;
          warn(warning);
        },
      },
    },
  }),
  manifest: ({ mode, browser }) => {
    const demo = mode === 'demo';
    const sisiao = [...DEFAULT_SISIAO_ORIGINS, ...(demo ? DEMO_SISIAO_ORIGINS : [])];
    const kb = [DEFAULT_KB_ORIGIN, ...(demo ? [DEMO_KB_ORIGIN] : [])];
    const hosts = [...sisiao, ...kb].map(originPattern);
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
      permissions: [
        'storage',
        'activeTab',
        'scripting',
        'alarms',
        'unlimitedStorage',
        // Chrome's service worker has no DOM: knowledge-base pages are parsed offscreen.
        ...(browser === 'firefox' ? [] : ['offscreen']),
      ],
      host_permissions: demo ? [...hosts, '<all_urls>'] : hosts,
      // Other SI SIAO instances (training, test, a future address) are added in the options and
      // granted one by one at that moment; never all sites at once.
      optional_host_permissions: demo ? ['https://*/*', 'http://*/*'] : ['https://*/*'],
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        _execute_action: {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_commandOpen__',
        },
        // A key press grants activeTab like a click on the button: capture without the mouse.
        'capture-screenshot': {
          suggested_key: { default: 'Alt+Shift+C' },
          description: '__MSG_commandCapture__',
        },
      },
      // Chrome: IT pushes the configuration by policy (Firefox reads policies.json, no schema).
      ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'assistant-referent@sisiao.example',
                // 140 (ESR): the first to know data_collection_permissions, which AMO now wants.
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});

/**
 * The SI SIAO content script runs on every screen of an application used all day, within a 15 KB
 * budget (issue 3): it is built on the browsers' own promise-based APIs (Chrome MV3's `chrome`,
 * Firefox's `browser`) instead of webextension-polyfill, which weighs about 3 KB gzip there. Its
 * message listener answers through sendResponse accordingly (entrypoints/sisiao.content/requests.ts).
 * Every other entrypoint keeps the polyfill that @wxt-dev/webextension-polyfill aliases in.
 */
// WXT builds with its own Vite (7), not the project's (8, for vitest): its plugin type.
type WxtPlugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

function sisiaoWithoutPolyfill(): WxtPlugin {
  let active = false;
  return {
    name: 'ars:sisiao-without-polyfill',
    enforce: 'pre',
    buildStart(options) {
      active = /sisiao\.content|sisiao-mask/.test(JSON.stringify(options.input));
    },
    async resolveId(source, importer) {
      if (!active || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}
