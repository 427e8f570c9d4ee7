import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';
import {
  type ApiObservation,
  ApiObservationSchema,
  apiFacts,
  readLoginUser,
  sanitizeRequestPath,
} from '../../utils/sites/sisiao/api-signals';

const parse = (m: unknown) => {
  const r = ApiObservationSchema.safeParse(m);
  if (!r.success) throw new Error('message rejeté');
  return r.data as ApiObservation;
};
const req = (path: string, extra: Record<string, unknown> = {}) =>
  parse({
    source: 'ars-main',
    kind: 'request',
    method: 'GET',
    path,
    status: 200,
    at: 1000,
    ...extra,
  });
const api = DEFAULT_DETECTION_RULES.api;

describe('API observations', () => {
  it('drops query values at parse time, keeping numeric ID parameters apart', () => {
    const o = req('/api/demandeInsertion/getLastDemandeEnCours?idFiche=9100018&nom=Dupont');
    expect(o).toMatchObject({
      kind: 'request',
      path: '/api/demandeInsertion/getLastDemandeEnCours',
      safePath: '/api/demandeInsertion/getLastDemandeEnCours?idFiche=&nom=',
      ids: { idFiche: '9100018' },
    });
    expect(JSON.stringify(o)).not.toContain('Dupont');
  });

  it('sanitises paths: numeric IDs kept, free-text segments replaced', () => {
    expect(sanitizeRequestPath('https://x.test/api/menages/9100018/pieces?a=1')).toBe(
      '/api/menages/9100018/pieces?a=',
    );
    expect(sanitizeRequestPath('/api/search/Jean%20Dupont')).toBe('/api/search/…');
    expect(sanitizeRequestPath('/api/mail/usager@test.fr')).toBe('/api/mail/…');
  });

  it('maps fiches by typefiche, demandes, and the ménage of query-based calls', () => {
    const facts = apiFacts(
      [
        req('/api/fiches/ficheIdentite/9100018', { typefiche: 'Groupe' }),
        req('/api/fiches/ficheIdentite/8800041', { typefiche: 'PERSONNE' }),
        req('/api/demandeInsertion/5500123'),
        req('/api/personnes/search/findByCriteria?idGroupe=9100018'),
        req('/api/diagnosticSocials/777'),
      ],
      api,
    );
    expect(facts.ids).toEqual({
      menageId: ['9100018'],
      personneId: ['8800041'],
      demandeId: ['5500123'],
    });
  });

  it('ignores failed calls and fiches without typefiche', () => {
    const facts = apiFacts(
      [
        req('/api/fiches/ficheIdentite/9100018'),
        req('/api/demandeInsertion/5500123', { status: 404 }),
      ],
      api,
    );
    expect(facts.ids).toEqual({});
  });

  it('reads the connected user from /api/login/user, tolerant to alternative names', () => {
    expect(
      readLoginUser({
        email: 'a.test@siao-test.fr',
        currentRole: { libelle: 'Écoutant 115' },
        x: 1,
      }),
    ).toEqual({
      email: 'a.test@siao-test.fr',
      profile: 'Écoutant 115',
    });
    expect(readLoginUser({ mail: 'b.test@siao-test.fr', role: 'Référent insertion' })).toEqual({
      email: 'b.test@siao-test.fr',
      profile: 'Référent insertion',
    });
    expect(readLoginUser('nope')).toEqual({ email: null, profile: null });
    const o = req('/api/login/user', {
      user: { email: 'c.test@siao-test.fr', role: 'Écoutant 115' },
    });
    expect(apiFacts([o], api)).toMatchObject({
      userEmail: 'c.test@siao-test.fr',
      userProfile: 'Écoutant 115',
    });
  });

  it('parses script errors, capped', () => {
    expect(parse({ kind: 'script', at: 5, message: 'x'.repeat(900) })).toMatchObject({
      kind: 'script',
    });
  });

  it('puts API facts last: what the page shows wins, the bridge only fills a gap', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = '<p>ID ménage : 9100099</p>';
    const obs = [req('/api/fiches/ficheIdentite/9100018', { typefiche: 'Groupe' })];
    const onFiche = detectContext(doc, 'https://s.test/app', DEFAULT_DETECTION_RULES, obs);
    // A page script can post the same observation: it must not outrank the label.
    expect(onFiche).toMatchObject({ menageId: '9100099', found: { menageId: 'label' } });
    const bare = document.implementation.createHTMLDocument('t');
    expect(detectContext(bare, 'https://s.test/app', DEFAULT_DETECTION_RULES, obs)).toMatchObject({
      menageId: '9100018',
      found: { menageId: 'api' },
    });
    expect(
      detectContext(doc, 'https://s.test/demandes', DEFAULT_DETECTION_RULES, obs).menageId,
    ).toBe('9100099');
    expect(
      detectContext(doc, 'https://s.test/menages/9100050', DEFAULT_DETECTION_RULES, obs).menageId,
    ).toBe('9100050');
    expect(
      detectContext(bare, 'https://s.test/app', DEFAULT_DETECTION_RULES, obs, { since: 2000 })
        .menageId,
    ).toBeNull();
  });

  it('never takes the user e-mail from the bridge', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const obs = [
      req('/api/login/user', { user: { email: 'attaquant@exemple.fr', profile: 'Admin' } }),
    ];
    const ctx = detectContext(doc, 'https://s.test/app', DEFAULT_DETECTION_RULES, obs);
    expect(ctx.userEmail).toBeNull();
    // The observation itself was read: the profile, shown nowhere else, still comes from it.
    expect(ctx.userProfile).toBe('Admin');
  });
});
