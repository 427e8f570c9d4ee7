import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../utils/core/context-fields';
import { EscalationRecordSchema } from '../../utils/core/duplicates/record';
import { redactPersonal } from '../../utils/core/privacy/redact-personal';
import { redactSnapshot } from '../../utils/core/privacy/redact-snapshot';
import { compileRules } from '../../utils/sites/sisiao/compiled-rules';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { toReproSteps, toTechnicalLines } from '../../utils/core/escalation/repro-steps';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-defaults';
import { pageSafeWords } from '../../utils/sites/sisiao/safe-words';

const safe = pageSafeWords(
  DEFAULT_MASKING_RULES,
  DEFAULT_DETECTION_RULES,
  compileRules(DEFAULT_DETECTION_RULES).idRe,
);

function snapshot() {
  const context = { ...emptyContext(), menageId: '9100018', pageKind: 'fiche-menage' as const };
  context.pageTitle = 'Fiche ménage – DUPONT Marie';
  return {
    context,
    breadcrumbs: [
      { at: 1000, kind: 'visit' as const, label: 'la fiche ménage ID 9100018' },
      { at: 2000, kind: 'click' as const, label: 'DUPONT Marie' },
      { at: 3000, kind: 'tab' as const, label: 'Ngozi OKAFOR' },
      { at: 4000, kind: 'click' as const, label: 'Enregistrer' },
      {
        at: 5000,
        kind: 'error' as const,
        label: "Impossible d'ajouter Yasmina HADDAD : la demande est clôturée",
      },
    ],
    signals: [
      { at: 5100, kind: 'script' as const, message: 'TypeError: Madame Diallo is not defined' },
      { at: 5200, kind: 'http' as const, method: 'PUT', path: '/api/menages/9100018', status: 500 },
    ],
  };
}

describe('redactSnapshot: names out of what the panel writes from a page', () => {
  const r = redactSnapshot(snapshot(), safe);
  const steps = toReproSteps(r.breadcrumbs, r.signals, r.context);

  it('turns a click on a name into a step without the name', () => {
    expect(steps).toContain('Cliquer sur « [masqué] »');
    expect(steps).toContain("Ouvrir l'onglet « [masqué] »");
    expect(steps).toContain('Cliquer sur « Enregistrer »');
    expect(steps.join('\n')).not.toMatch(/DUPONT|Marie|OKAFOR|Ngozi|HADDAD|Yasmina/);
  });

  it('keeps the error line and the IDs, without the usager', () => {
    expect(steps).toContain(
      "Le message « Impossible d'ajouter [masqué] : la demande est clôturée » s'affiche",
    );
    expect(steps[0]).toBe('Aller dans la fiche ménage ID 9100018');
  });

  it('redacts the screen title and script errors', () => {
    expect(r.context.pageTitle).toBe('Fiche ménage – [masqué]');
    const lines = toTechnicalLines(r.signals).join('\n');
    expect(lines).not.toContain('Diallo');
    expect(lines).toContain('HTTP 500 sur PUT /api/menages/9100018');
  });

  it('changes nothing that holds no name', () => {
    const plain = { ...snapshot(), breadcrumbs: snapshot().breadcrumbs.slice(3, 4) };
    plain.context.pageTitle = 'Fiche ménage';
    expect(redactSnapshot(plain, safe)).toEqual({
      ...plain,
      signals: plain.signals.map((s) =>
        s.kind === 'script' ? { ...s, message: 'TypeError: [masqué] is not defined' } : s,
      ),
    });
  });
});

describe('redactPersonal (texts the person wrote, before the history keeps them)', () => {
  it('replaces names, birth dates, phones and e-mails, keeps the problem', () => {
    const t =
      'Impossible de rattacher M. DIALLO Amadou, né le 12/04/1987 (06 12 34 56 78, amadou@mail.fr) au ménage 9100018.';
    const out = redactPersonal(t);
    expect(out).not.toMatch(/DIALLO|Amadou|1987|06 12|amadou@/);
    expect(out).toContain('Impossible de rattacher');
    expect(out).toContain('ménage 9100018');
  });

  it('leaves a text without personal data as it is', () => {
    const t = 'Le bouton Enregistrer ne répond plus sur la fiche ménage depuis la 8.3.0.';
    expect(redactPersonal(t)).toBe(t);
  });
});

describe('the history keeps the redacted text only, and less of it', () => {
  it('redacts subject and description on the way in', () => {
    const record = EscalationRecordSchema.parse({
      subject: 'Doublon pour Madame Fatou DIOP',
      description: `Fiche de KOVALENKO Oleksandr en double. ${'x'.repeat(3000)}`,
      createdAt: '2026-12-01T10:00:00.000Z',
    });
    expect(record.subject).not.toMatch(/Fatou|DIOP/);
    expect(record.description).not.toMatch(/KOVALENKO|Oleksandr/);
    expect(record.description.length).toBeLessThanOrEqual(1000);
  });
});
