import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { BROWSERS, SISIAO, startSession, type Session } from './harness/setup';

/**
 * Issue 15, « privacy by default », proved on the pixels: each screen of the privacy suite
 * (tests/fixtures/sisiao-private, written without reading the masking code, each in another
 * front-end style) is captured through the side panel as a person would, in strict mode, and the
 * stored image is compared with an unmasked rendering of the same screen: every personal-data box
 * must be the mask colour (and was not in the unmasked one: the text was there), every ID, label
 * and error message must look as it did unmasked.
 */
const DIR = path.resolve('tests/fixtures/sisiao-private');
interface PrivacyPage {
  file: string;
  style: string;
  personal: string[];
  personalMedia?: string[];
  visible: string[];
}
const suite = JSON.parse(readFileSync(path.join(DIR, 'cases.json'), 'utf8')) as {
  pages: PrivacyPage[];
};

/** Records the shadow roots a page attaches, closed ones too, for this test's geometry only. */
const RECORD_ROOTS = `<script>(() => { const roots = []; const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); roots.push(r); return r; };
  Object.defineProperty(window, '__e2eRoots', { value: roots }); })();</script>`;

function served(html: string): string {
  return html.replace(/<head([^>]*)>/i, (m) => `${m}${RECORD_ROOTS}`);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  what: string;
}

/** Boxes on screen (viewport CSS px) of each string and selector, in the page and its shadow roots. */
function geometry(p: PrivacyPage): string {
  return `(() => {
    const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    const roots = [document, ...(window.__e2eRoots || [])];
    const more = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot && !roots.includes(el.shadowRoot)) { roots.push(el.shadowRoot); more(el.shadowRoot); } };
    for (const r of [...roots]) more(r);
    const clip = (b, what) => { const x = Math.max(0, b.left), y = Math.max(0, b.top);
      const w = Math.min(vw, b.right) - x, h = Math.min(vh, b.bottom) - y;
      return w >= 2 && h >= 2 ? { x, y, w, h, what } : null; };
    const text = (needle) => { const out = []; for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement && n.parentElement.closest('script,style,template')) continue;
        for (let i = n.data.indexOf(needle); i >= 0; i = n.data.indexOf(needle, i + 1)) {
          const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + needle.length);
          for (const b of r.getClientRects()) { const c = clip(b, needle); if (c) out.push(c); }
        } } } return out; };
    const media = (sel) => { const el = document.querySelector(sel); if (!el) return [];
      const c = clip(el.getBoundingClientRect(), sel); return c ? [c] : []; };
    return {
      vw: window.innerWidth,
      personal: [...${JSON.stringify(p.personal)}.flatMap(text), ...${JSON.stringify(p.personalMedia ?? [])}.flatMap(media)],
      visible: ${JSON.stringify(p.visible)}.flatMap(text),
      located: ${JSON.stringify(p.personal)}.filter((s) => text(s).length > 0).length,
    };
  })()`;
}

/** In the panel: the latest stored capture against the unmasked rendering, box by box. */
function compare(reference: string, personal: Box[], visible: Box[], vw: number): string {
  return `(async () => {
    const pixels = async (blob) => { const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height); const g = c.getContext('2d'); g.drawImage(bmp, 0, 0);
      return g.getImageData(0, 0, bmp.width, bmp.height); };
    const stored = await new Promise((resolve, reject) => { const r = indexedDB.open('ars'); r.onsuccess = () => {
      const q = r.result.transaction('screenshots').objectStore('screenshots').getAll();
      q.onsuccess = () => resolve(q.result.sort((a, b) => a.createdAt - b.createdAt).at(-1).blob);
      q.onerror = () => reject(String(q.error)); }; });
    const S = await pixels(stored);
    const R = await pixels(await (await fetch('data:image/png;base64,${reference}')).blob());
    const at = (img, box, i, j, n) => { const s = img.width / ${vw};
      const x = Math.min(img.width - 1, Math.floor((box.x + 1 + (box.w - 2) * (i + 0.5) / n) * s));
      const y = Math.min(img.height - 1, Math.floor((box.y + 1 + (box.h - 2) * (j + 0.5) / n) * s));
      const k = (y * img.width + x) * 4; return [img.data[k], img.data[k + 1], img.data[k + 2]]; };
    const isMask = (p) => p.every((v) => Math.abs(v - 30) <= 12);
    const same = (a, b) => a.every((v, k) => Math.abs(v - b[k]) <= 24);
    const leaks = [], notRendered = [], lost = [];
    for (const b of ${JSON.stringify(personal)}) {
      let bad = 0, drawn = 0;
      for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) {
        if (!isMask(at(S, b, i, j, 6))) bad++;
        if (!isMask(at(R, b, i, j, 6))) drawn++;
      }
      if (!drawn) notRendered.push(b.what); else if (bad) leaks.push(b.what + ' (' + bad + '/36)');
    }
    for (const b of ${JSON.stringify(visible)}) {
      let kept = 0;
      for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) if (same(at(S, b, i, j, 6), at(R, b, i, j, 6))) kept++;
      if (kept < 30) lost.push(b.what + ' (' + kept + '/36)');
    }
    let png = '';
    if (leaks.length || lost.length) {
      const bytes = new Uint8Array(await stored.arrayBuffer());
      let bin = ''; for (const b of bytes) bin += String.fromCharCode(b);
      png = btoa(bin);
    }
    return { leaks, notRendered, lost, png, size: [S.width, S.height, R.width, R.height] };
  })()`;
}

const screenshotCount = `new Promise((resolve) => { const r = indexedDB.open('ars'); r.onsuccess = () => {
  try { const q = r.result.transaction('screenshots').objectStore('screenshots').count();
    q.onsuccess = () => resolve(q.result); q.onerror = () => resolve(0); } catch { resolve(0); } };
  r.onerror = () => resolve(0); })`;

describe.each(BROWSERS)('privacy by default in $name', (target) => {
  let s: Session;
  let sisiao: E2EPage;
  let panel: E2EPage;
  let tmp: string;
  const totals = { pages: 0, personalBoxes: 0, leaks: 0, visibleBoxes: 0, lost: 0 };
  beforeAll(async () => {
    s = await startSession(target);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ars-privacy-'));
    for (const p of suite.pages)
      s.server.sisiaoPages.set(
        `/privacy/${p.file}`,
        served(readFileSync(path.join(DIR, p.file), 'utf8')),
      );
    sisiao = await s.browser.newPage(`${SISIAO}/privacy/${suite.pages[0]?.file}`);
    panel = await s.openPanel();
  });
  afterAll(async () => {
    console.log(`[privacy ${target.name}] ${JSON.stringify(totals)}`);
    await s?.dispose();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('has at least 12 screens', () => expect(suite.pages.length).toBeGreaterThanOrEqual(12));

  it.each(suite.pages)(
    '$file ($style): no leak on the pixels, IDs and messages kept',
    async (p) => {
      await sisiao.goto(`${SISIAO}/privacy/${p.file}`);
      await sisiao.waitFor('body');
      // Scripts of the screen (a dialog shown on load, a canvas drawn) have run and painted.
      await new Promise((r) => setTimeout(r, 600));
      const geo = await sisiao.evaluate<{
        vw: number;
        personal: Box[];
        visible: Box[];
        located: number;
      }>(geometry(p));
      const refFile = path.join(tmp, `${target.name}-${p.file}.png`);
      await sisiao.bringToFront();
      await sisiao.screenshot(refFile);
      const reference = readFileSync(refFile).toString('base64');

      await panel.waitFor('#ars-capture-visible', 10_000).catch(async () => {
        throw new Error(
          `no capture button for ${p.file}: ${await panel.evaluate<string>('document.body.innerText.slice(0, 600)')}`,
        );
      });
      const before = await panel.evaluate<number>(screenshotCount);
      await panel.evaluate(`document.querySelector('#ars-capture-visible').click()`);
      await panel
        .waitForFunction(`(${screenshotCount}).then((n) => n > ${before})`, 20_000)
        .catch(async (err: unknown) => {
          const said = await panel.evaluate<string>(
            `[...document.querySelectorAll('[role="alert"],.error,[data-testid="capture-error"]')].map((e) => e.textContent).join(' | ')`,
          );
          throw new Error(`no capture stored for ${p.file}: ${said || String(err)}`);
        });
      const result = await panel.evaluate<{
        leaks: string[];
        notRendered: string[];
        lost: string[];
        png: string;
        size: number[];
      }>(compare(reference, geo.personal, geo.visible, geo.vw));
      if (result.png) {
        // What the capture looked like, to see why (kept out of the repository).
        const out = path.resolve('.output/e2e-privacy');
        mkdirSync(out, { recursive: true });
        writeFileSync(
          path.join(out, `${target.name}-${p.file}.png`),
          Buffer.from(result.png, 'base64'),
        );
      }
      totals.pages++;
      totals.personalBoxes += geo.personal.length;
      totals.leaks += result.leaks.length;
      totals.visibleBoxes += geo.visible.length;
      totals.lost += result.lost.length;
      // The suite must say something: personal data was on the screen, and drawn.
      expect(geo.personal.length - result.notRendered.length).toBeGreaterThan(0);
      expect({ file: p.file, leaks: result.leaks, lost: result.lost }).toEqual({
        file: p.file,
        leaks: [],
        lost: [],
      });
    },
  );
});

/** A screen far past the masker's limits: the capture must be refused, nothing stored. */
function hugePage(): string {
  const rows = Array.from(
    { length: 7000 },
    (_, i) =>
      `<tr><td>${9200000 + i}</td><td><span>Usager ${i}</span></td><td><b>TEST</b></td><td><i>01/02/1985</i></td><td><em>Paris</em></td><td><u>x</u></td><td><s>y</s></td><td><small>z</small></td></tr>`,
  ).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Liste</title></head><body><header>SI SIAO</header><main><h1>Liste des ménages</h1><table>${rows}</table></main></body></html>`;
}

/** A page that puts its own modal above the extension's masks each time they appear. */
const OVER_THE_MASKS = `<!doctype html><html><head><meta charset="utf-8"><title>Fiche</title></head><body>
<header>SI SIAO</header><main><h1>Fiche personne</h1><p>ID personne : 5500999</p>
<dialog id="d"><p style="font-size:40px">Marie DUPONT née le 01/02/1985</p></dialog></main>
<script>
  const d = document.getElementById('d');
  d.showModal();
  new MutationObserver(() => {
    if (document.querySelector('.ars-mask-layer')) { d.close(); d.showModal(); }
  }).observe(document.documentElement, { childList: true });
</script></body></html>`;

describe.each(BROWSERS)('privacy fails closed in $name', (target) => {
  let s: Session;
  let sisiao: E2EPage;
  let panel: E2EPage;
  beforeAll(async () => {
    s = await startSession(target);
    s.server.sisiaoPages.set('/privacy/huge', hugePage());
    s.server.sisiaoPages.set('/privacy/over-the-masks', OVER_THE_MASKS);
    s.server.sisiaoPages.set(
      '/privacy/tabs',
      served(readFileSync(path.join(DIR, 'ajout-personne-primeng.html'), 'utf8')),
    );
    sisiao = await s.browser.newPage(`${SISIAO}/privacy/tabs`);
    panel = await s.openPanel();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  async function refused(route: string, words: RegExp): Promise<void> {
    await sisiao.goto(`${SISIAO}${route}`);
    await sisiao.waitFor('h1');
    await new Promise((r) => setTimeout(r, 500));
    await panel.waitFor('#ars-capture-visible', 15_000);
    const before = await panel.evaluate<number>(screenshotCount);
    await sisiao.bringToFront();
    await panel.evaluate(`document.querySelector('#ars-capture-visible').click()`);
    await panel.waitForFunction(
      `${words}.test(document.querySelector('[data-testid="capture-error"]')?.textContent ?? '')`,
      30_000,
    );
    expect(await panel.evaluate<number>(screenshotCount)).toBe(before);
    // Nothing of the masks stays on the page.
    expect(
      await sisiao.evaluate<number>(`document.querySelectorAll('.ars-mask-layer').length`),
    ).toBe(0);
  }

  it('refuses a screen past the masking limits, and stores nothing', async () => {
    await refused('/privacy/huge', /trop grande pour être masquée/);
  });

  it('refuses when the page puts something above the masks, and stores nothing', async () => {
    await refused('/privacy/over-the-masks', /Un masque ne s'est pas affiché/);
  });

  it('writes a click on a tab named after a usager as a step without the name', async () => {
    await sisiao.goto(`${SISIAO}/privacy/tabs`);
    await sisiao.waitFor('h1');
    await panel.waitFor('[data-testid="steps"]', 15_000).catch(() => undefined);
    await sisiao.bringToFront();
    await sisiao.evaluate(
      `(() => { const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent.includes('Arnaud DUBOIS')); tab.click(); return true; })()`,
    );
    const steps = `[...document.querySelectorAll('[data-testid="steps"] input')].map((i) => i.value)`;
    await panel.waitForFunction(`${steps}.some((v) => v.includes('onglet'))`, 15_000);
    const written = await panel.evaluate<string[]>(steps);
    expect(written).toContain("Ouvrir l'onglet « [masqué] »");
    expect(written.join('\n')).not.toMatch(/Arnaud|DUBOIS/);
  });
});

/** Every storage area the extension has, read from one of its pages. */
const STORAGE_LOOK = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const local = Object.keys(await api.storage.local.get(null)).sort();
  const stores = await new Promise((resolve) => { const r = indexedDB.open('ars'); r.onsuccess = () => {
    const db = r.result; const names = [...db.objectStoreNames]; const out = {}; let left = names.length;
    if (!left) resolve(out);
    for (const n of names) { const q = db.transaction(n).objectStore(n).count();
      q.onsuccess = () => { out[n] = q.result; if (--left === 0) resolve(out); }; } }; });
  const session = api.storage.session ? Object.keys(await api.storage.session.get(null)) : [];
  return { local, stores, session };
})()`;

describe.each(BROWSERS)('« Effacer mes données » in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('leaves every storage area empty but the settings', async () => {
    const sisiao = await s.browser.newPage(`${SISIAO}/menages/9100018`);
    await sisiao.waitFor('dl.ident');
    const panel = await s.openPanel();
    await panel.waitForFunction(
      `document.querySelector('[data-field="menageId"]')?.textContent.includes('9100018')`,
      15_000,
    );
    await panel.fill('#ars-summary', 'Les pièces justificatives ne s’enregistrent pas');
    await sisiao.bringToFront();
    await panel.evaluate(`document.querySelector('#ars-capture-visible').click()`);
    await panel.waitForFunction(`(${screenshotCount}).then((n) => n > 0)`, 20_000);
    // The draft is saved a moment after typing.
    await panel.waitForFunction(
      `(${STORAGE_LOOK}).then((s) => s.local.includes('drafts'))`,
      10_000,
    );
    const before = await panel.evaluate<{ local: string[]; stores: Record<string, number> }>(
      STORAGE_LOOK,
    );
    expect(before.local).toContain('drafts');
    expect(before.stores.screenshots).toBeGreaterThan(0);

    const options = await s.browser.newPage(`${s.browser.extensionBase}options.html`);
    await options.waitFor('h1');
    await options.evaluate(`(() => { window.confirm = () => true;
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Effacer mes données').click();
      return true; })()`);
    await options.waitForFunction(
      `document.body.textContent.includes('effacés de ce navigateur')`,
      15_000,
    );
    const after = await options.evaluate<{
      local: string[];
      stores: Record<string, number>;
      session: string[];
    }>(STORAGE_LOOK);
    // The settings (and the rules derived from them, and the national feed) stay; the
    // history-changed signal is a date.
    const settings = ['config', 'config$', 'effectiveRules', 'feed', 'feed$', 'historyChangedAt'];
    expect(after.local.filter((k) => !settings.includes(k))).toEqual([]);
    expect(Object.values(after.stores).every((n) => n === 0)).toBe(true);
    console.log(`[erase ${target.name}] ${JSON.stringify({ before, after })}`);
  });
});
