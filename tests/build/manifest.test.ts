import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Least privilege: every permission and host of the production manifests must be on this list,
 * with the reason it is needed. Anything new fails here until someone writes down why.
 */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'drafts, settings and the history are kept in the browser',
  activeTab: 'screenshot of the SI SIAO tab, granted by the click on the toolbar button',
  scripting: 'content scripts registered for the SI SIAO addresses added in the options',
  alarms: 'weekly refresh of the knowledge-base index and purge of old data',
  unlimitedStorage:
    'screenshots and the article index live in IndexedDB; quota errors lose text otherwise',
  sidePanel: "Chrome's side panel, where the referent works",
  offscreen:
    'Chrome only: parse knowledge-base pages (readability needs a DOM the service worker lacks)',
};
const ALLOWED_HOSTS: Record<string, string> = {
  'https://sisiao.dihal.gouv.fr/*': 'the national SI SIAO: context capture and masking',
  'https://basedeconnaissances.sisiao.dihal.gouv.fr/*':
    'the knowledge base: articles, support form, Mes tickets',
};
const ALLOWED_OPTIONAL_HOSTS: Record<string, string> = {
  'https://*/*':
    'another SI SIAO instance added in the options, requested for that host only at that moment',
};

const MANIFESTS = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv3/manifest.json'];

describe.each(MANIFESTS)('%s', (file) => {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts?: Array<{ matches: string[] }>;
    content_security_policy?: { extension_pages?: string };
  };
  const text = JSON.stringify(manifest);

  it('asks only for permissions on the allow-list', () => {
    for (const p of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS, p).toHaveProperty([p]);
  });
  it('reaches only the national hosts', () => {
    for (const h of manifest.host_permissions ?? []) expect(ALLOWED_HOSTS, h).toHaveProperty([h]);
    for (const h of manifest.optional_host_permissions ?? [])
      expect(ALLOWED_OPTIONAL_HOSTS, h).toHaveProperty([h]);
    for (const cs of manifest.content_scripts ?? []) {
      for (const m of cs.matches) expect(ALLOWED_HOSTS, m).toHaveProperty([m]);
    }
  });
  it('never holds a demo origin, <all_urls> or tabs', () => {
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>/);
    expect(manifest.permissions ?? []).not.toContain('tabs');
  });
  it('loads no remote code', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? "script-src 'self'";
    expect(csp).not.toMatch(/https?:|'unsafe-eval'|'unsafe-inline'/);
  });
  it('has the icons the stores want', () => {
    const icons = manifest.icons as Record<string, string>;
    for (const size of ['16', '32', '48', '128']) expect(icons).toHaveProperty([size]);
  });
});
