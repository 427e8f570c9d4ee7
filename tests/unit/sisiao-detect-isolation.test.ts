import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiObservation } from '../../utils/sites/sisiao/api-signals';
import { parseApiMessage } from '../../utils/sites/sisiao/api-message';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';

/**
 * One source of facts failing never takes the others down (issue 16: in Firefox, the URL reading
 * threw on every address with a query string, and the labels' IDs were lost with it).
 */

// Readers of the detector that a test can break; they pass through to the real ones otherwise.
const { broken, breakable } = vi.hoisted(() => {
  const broken = new Set<string>();
  const breakable =
    <A extends unknown[], R>(source: string, real: (...args: A) => R) =>
    (...args: A): R => {
      // The message quotes page data, as a real error may: the log must not repeat it.
      if (broken.has(source)) throw new TypeError(`${source} failed on Dupont 9100018`);
      return real(...args);
    };
  return { broken, breakable };
});

vi.mock('../../utils/sites/sisiao/url-facts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/sites/sisiao/url-facts')>();
  return {
    ...real,
    sanitizePageUrl: breakable('url', real.sanitizePageUrl),
    urlParts: breakable('route', real.urlParts),
  };
});
vi.mock('../../utils/sites/sisiao/label-pairs', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/sites/sisiao/label-pairs')>();
  return { ...real, findPairs: breakable('labels', real.findPairs) };
});
vi.mock('../../utils/sites/sisiao/api-facts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/sites/sisiao/api-facts')>();
  return { ...real, apiFacts: breakable('api', real.apiFacts) };
});
vi.mock('../../utils/sites/sisiao/layout-visibility', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/sites/sisiao/layout-visibility')>();
  return { ...real, asideOf: breakable('layout', real.asideOf) };
});
vi.mock('../../utils/sites/sisiao/layout-chrome', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/sites/sisiao/layout-chrome')>();
  return { ...real, chromeZones: breakable('chrome', real.chromeZones) };
});

afterEach(() => broken.clear());

const URL_WITH_QUERY = 'https://sisiao.test/personnes/3300044?onglet=infos&nom=Dupont';

/** A fiche where each source gives a fact of its own. */
function fiche(): Document {
  const doc = document.implementation.createHTMLDocument('Fiche personne | SI SIAO');
  doc.body.innerHTML = `
    <header><span class="utilisateur">referent.test@siao-test.fr</span></header>
    <main>
      <h1>Fiche personne</h1>
      <p>ID ménage : 9100018</p>
      <div data-demande-id="5500123">Demande en cours</div>
    </main>`;
  return doc;
}

const loginUser = parseApiMessage({
  kind: 'request',
  method: 'GET',
  path: '/api/login/user',
  status: 200,
  at: 1000,
  user: { email: null, role: 'Écoutant 115' },
}) as ApiObservation;

// What each source says on that fiche.
const FACTS = {
  url: { url: 'https://sisiao.test/personnes/3300044?onglet=&nom=' },
  route: { personneId: '3300044' },
  labels: { menageId: '9100018' },
  attributes: { demandeId: '5500123' },
  api: { userProfile: 'Écoutant 115', volet: '115' },
  chrome: { userEmail: 'referent.test@siao-test.fr' },
  title: { pageTitle: 'Fiche personne', pageKind: 'fiche-personne' },
};

const detect = () => detectContext(fiche(), URL_WITH_QUERY, DEFAULT_DETECTION_RULES, [loginUser]);

describe('a failing detection source', () => {
  it('the fiche gives one fact per source when nothing fails', () => {
    const ctx = detect();
    expect(ctx).toMatchObject(Object.assign({}, ...Object.values(FACTS)));
    expect(ctx.found).toMatchObject({
      url: 'url',
      personneId: 'url',
      menageId: 'label',
      demandeId: 'attribute',
      userProfile: 'api',
      userEmail: 'label',
    });
  });

  it.each([
    ['url', ['url']],
    ['route', ['route']],
    ['labels', ['labels']],
    ['api', ['api']],
    ['chrome', ['chrome']],
    // Without the layout a dialog or a history could pass for the fiche: labelled and `data-*`
    // IDs are then left out, the rest stays.
    ['layout', ['labels', 'attributes']],
  ] as const)(
    '« %s » throwing loses its own facts only, and is logged without page data',
    (source, lost) => {
      const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
      broken.add(source);
      const ctx = detect();
      for (const [from, facts] of Object.entries(FACTS)) {
        const gone = (lost as readonly string[]).includes(from);
        for (const [field, value] of Object.entries(facts)) {
          // The page kind comes from the heading when the route is gone.
          if (from === 'title' && field === 'pageKind') continue;
          expect(ctx[field as keyof typeof ctx], `${field} with « ${source} » broken`).toEqual(
            gone ? null : value,
          );
        }
      }
      expect(ctx.pageKind).toBe('fiche-personne');
      const logged = JSON.stringify(debug.mock.calls);
      expect(logged).toContain(`« ${source} »`);
      expect(logged).not.toMatch(/Dupont|9100018|3300044|referent/);
    },
  );
});

describe('detection in a Firefox content script', () => {
  /**
   * Makes URL and DOM collections behave as Firefox's Xray wrappers do: not iterable (spreading
   * or `for…of` throws « is not iterable »), their `keys()`/`values()`/`entries()` unusable, while
   * `forEach`, `length` and indices still work — so `Array.from` of a DOM collection does too.
   */
  function likeFirefoxWrappers(samples: object[]): () => void {
    const restore: Array<() => void> = [];
    const patched = new Set<object>();
    for (const sample of samples) {
      let owner: object | null = Object.getPrototypeOf(sample) as object | null;
      while (owner && !Object.prototype.hasOwnProperty.call(owner, Symbol.iterator))
        owner = Object.getPrototypeOf(owner) as object | null;
      if (!owner || patched.has(owner)) continue;
      patched.add(owner);
      const target = owner;
      for (const key of [Symbol.iterator, 'keys', 'values', 'entries'] as const) {
        const before = Object.getOwnPropertyDescriptor(target, key);
        const value =
          key === Symbol.iterator
            ? undefined
            : () => {
                throw new TypeError(`${String(key)}() is not usable through the wrapper`);
              };
        Object.defineProperty(target, key, { value, configurable: true, writable: true });
        restore.push(() =>
          before ? Object.defineProperty(target, key, before) : delete (target as never)[key],
        );
      }
    }
    return () => restore.reverse().forEach((undo) => undo());
  }

  it('keeps the address and the labels on a URL with a query string', () => {
    const doc = fiche();
    const undo = likeFirefoxWrappers([
      new URLSearchParams('a=1'),
      new URL(URL_WITH_QUERY).searchParams,
      doc.querySelectorAll('p'),
      doc.body.childNodes,
      doc.body.children,
    ]);
    let ctx;
    try {
      // The simulation holds: what Firefox refuses is refused here too.
      expect(() => [...new URLSearchParams('a=1')]).toThrow(TypeError);
      expect(() => [...doc.querySelectorAll('p')]).toThrow(TypeError);
      expect(() => [...doc.body.children]).toThrow(TypeError);
      expect(Array.from(doc.querySelectorAll('p'))).toHaveLength(1);
      ctx = detectContext(doc, URL_WITH_QUERY, DEFAULT_DETECTION_RULES, [loginUser]);
    } finally {
      undo();
    }
    expect(ctx).toMatchObject({
      url: 'https://sisiao.test/personnes/3300044?onglet=&nom=',
      personneId: '3300044',
      menageId: '9100018',
      demandeId: '5500123',
      userEmail: 'referent.test@siao-test.fr',
      found: { url: 'url', menageId: 'label' },
    });
    expect([...new URLSearchParams('a=1')]).toEqual([['a', '1']]);
  });

  it('reads the keys of a hash route query under the wrappers', () => {
    const undo = likeFirefoxWrappers([new URLSearchParams('a=1')]);
    try {
      expect(
        detectContext(
          fiche(),
          'https://sisiao.test/app/#/menages/9100018?onglet=infos&nom=Dupont',
          DEFAULT_DETECTION_RULES,
        ),
      ).toMatchObject({
        url: 'https://sisiao.test/app/#/menages/9100018?onglet=&nom=',
        menageId: '9100018',
        found: { menageId: 'url' },
      });
    } finally {
      undo();
    }
  });
});
