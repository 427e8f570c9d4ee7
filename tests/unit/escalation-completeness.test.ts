import { describe, expect, it } from 'vitest';
import {
  checkCompleteness,
  draftIsAnomaly,
  isBlocked,
  type CompletenessOptions,
} from '../../utils/core/escalation/completeness';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import { exampleDraft } from './escalation-fixtures';
import { say } from '../../utils/i18n';

const options: CompletenessOptions = {
  nomenclature: DEFAULT_NOMENCLATURE,
  referentEmail: 'cosme.renie@example.fr',
  now: Date.UTC(2025, 8, 11),
};

const codes = (draft: EscalationDraft, opts: CompletenessOptions = options) =>
  checkCompleteness(draft, opts).map((i) => i.code);

/** A complete how-to question: no steps or expected result needed. */
function questionDraft(): EscalationDraft {
  const draft = exampleDraft();
  draft.nomenclature = {
    thematique: 'gestion-des-demandes',
    motif: 'gestion-demande',
    sousMotif: 'annulation-demandes',
  };
  draft.nature.summary = 'Annuler une demande créée en double';
  draft.nature.description =
    'La travailleuse sociale a créé deux demandes d’insertion pour le même ménage et souhaite ' +
    'savoir laquelle annuler et avec quel motif d’annulation.';
  draft.steps = [];
  draft.expected = '';
  draft.obtained = '';
  draft.technicalLines = [];
  return draft;
}

describe('checkCompleteness', () => {
  it('finds nothing to say on the national example', () => {
    expect(checkCompleteness(exampleDraft(), options)).toEqual([]);
    expect(checkCompleteness(questionDraft(), options)).toEqual([]);
  });

  it('blocks without any usager ID, unless the motif concerns no usager', () => {
    const draft = questionDraft();
    draft.qui.menageId = '';
    draft.nature.ids.demandeId = '';
    const items = checkCompleteness(draft, options);
    expect(items[0]).toMatchObject({
      code: 'usager-missing',
      severity: 'block',
      field: 'qui.menageId',
    });
    expect(isBlocked(items)).toBe(true);
    draft.nomenclature = {
      thematique: 'acces-et-authentification',
      motif: 'compte-utilisateur',
      sousMotif: 'mot-de-passe-connexion',
    };
    expect(codes(draft)).not.toContain('usager-missing');
    draft.nomenclature = { thematique: null, motif: null, sousMotif: null };
    expect(codes(draft)).toContain('usager-missing');
  });

  it('accepts a personne ID or a demande ID as the usager', () => {
    const draft = questionDraft();
    draft.qui.menageId = '';
    draft.qui.personneId = '300';
    draft.nature.ids.demandeId = '';
    expect(codes(draft)).not.toContain('usager-missing');
    draft.qui.personneId = '';
    draft.nature.ids.demandeId = '4521';
    expect(codes(draft)).not.toContain('usager-missing');
  });

  it('blocks an empty summary', () => {
    const draft = exampleDraft();
    draft.nature.summary = '  ';
    expect(checkCompleteness(draft, options)).toEqual([
      expect.objectContaining({
        code: 'summary-missing',
        severity: 'block',
        field: 'nature.summary',
      }),
    ]);
  });

  it('blocks an empty or too short description, warns a short one', () => {
    const draft = exampleDraft();
    draft.nature.description = '';
    expect(codes(draft)).toEqual(['description-missing']);
    draft.nature.description = 'Ça ne marche pas.';
    expect(codes(draft)).toEqual(['description-too-short']);
    draft.nature.description = 'Le commentaire de la fiche ménage ne peut pas être supprimé.';
    expect(checkCompleteness(draft, options)).toEqual([
      expect.objectContaining({ code: 'description-short', severity: 'warn' }),
    ]);
  });

  it('blocks an anomaly without steps or expected result', () => {
    const draft = exampleDraft();
    draft.steps = [{ id: 's1', text: '  ' }];
    draft.expected = '';
    const items = checkCompleteness(draft, options);
    expect(items.map((i) => [i.code, i.severity])).toEqual([
      ['steps-missing', 'block'],
      ['expected-missing', 'block'],
    ]);
  });

  it('does not ask a question for steps or expected result', () => {
    expect(codes(questionDraft())).not.toContain('steps-missing');
    expect(codes(questionDraft())).not.toContain('expected-missing');
  });

  it('warns about a missing obtained result for an anomaly unless technical lines say it', () => {
    const draft = exampleDraft();
    draft.obtained = '';
    expect(codes(draft)).toEqual([]);
    draft.technicalLines = [];
    expect(codes(draft)).toEqual(['obtained-missing']);
  });

  it('recognises an anomaly from the motif, technical lines, the text or the referent', () => {
    const q = questionDraft();
    expect(draftIsAnomaly(q, options)).toBe(false);
    expect(
      draftIsAnomaly({ ...q, nature: { ...q.nature, description: 'Bug à l’annulation' } }, options),
    ).toBe(true);
    expect(
      draftIsAnomaly(
        { ...q, technicalLines: [{ id: 't1', text: 'HTTP 500', included: true }] },
        options,
      ),
    ).toBe(true);
    expect(draftIsAnomaly(q, { ...options, anomaly: true })).toBe(true);
    expect(draftIsAnomaly(exampleDraft(), { ...options, anomaly: false })).toBe(false);
  });

  it('warns about a missing screenshot, e-mail and motif, without blocking', () => {
    const draft = questionDraft();
    draft.screenshots = [];
    draft.qui.userEmail = '';
    draft.nomenclature = { thematique: null, motif: null, sousMotif: null };
    const items = checkCompleteness(draft, options);
    expect(items.map((i) => i.code).sort()).toEqual(
      ['motif-missing', 'screenshot-missing', 'user-email-missing'].sort(),
    );
    expect(isBlocked(items)).toBe(false);
  });

  it('warns about personal data in free text, naming the field, and suggests IDs', () => {
    const draft = questionDraft();
    draft.nature.description += ' Joindre Mme Martin au 06 12 34 56 78, née le 12/03/1985.';
    draft.steps = [{ id: 's1', text: 'Écrire à martin.famille@gmail.com' }];
    draft.obtained = 'NIR affiché : 1 85 05 78 006 084 91';
    const items = checkCompleteness(draft, options).filter((i) => i.code.startsWith('personal-'));
    expect(items.map((i) => [i.code, i.field])).toEqual([
      ['personal-phone', 'nature.description'],
      ['personal-name-birthdate', 'nature.description'],
      ['personal-email', 'steps.s1'],
      ['personal-nir', 'obtained'],
    ]);
    expect(items.every((i) => i.severity === 'warn')).toBe(true);
    expect(say(items[0]!.message)).toMatch(/« Description ».*ID ménage ou l’ID personne/);
  });

  it('does not report the referent’s or the user’s own e-mail', () => {
    const draft = questionDraft();
    draft.nature.description += ' Me répondre à cosme.renie@example.fr.';
    expect(codes(draft)).toEqual([]);
    expect(codes(draft, { ...options, referentEmail: 'autre@example.fr' })).toEqual([]);
    draft.qui.userEmail = 'ts@example.fr';
    expect(codes(draft, { ...options, referentEmail: null })).toEqual(['personal-email']);
  });

  it('lists blocks before warnings', () => {
    const draft = exampleDraft();
    draft.screenshots = [];
    draft.nature.summary = '';
    expect(codes(draft)).toEqual(['summary-missing', 'screenshot-missing']);
  });
});
