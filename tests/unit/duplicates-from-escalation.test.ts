import { describe, expect, it } from 'vitest';
import { candidateFromDraft, idsFromText } from '../../utils/core/duplicates/from-escalation';
import { emptyDraft } from '../../utils/core/escalation/model';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';

describe('idsFromText', () => {
  it('reads the IDs of the escalation script and of hand-written text', () => {
    expect(idsFromText('Usager : ID ménage 9100018 / ID personne 9200031')).toEqual({
      menageId: '9100018',
      personneId: '9200031',
    });
    expect(idsFromText('la demande n° 7700042 du menage : 9100018')).toEqual({
      menageId: '9100018',
      demandeId: '7700042',
    });
  });
  it('says nothing when a text names two ménages', () => {
    expect(idsFromText('ménage 9100018 et ménage 9100026')).toEqual({});
  });
  it('ignores numbers that are not introduced as an ID', () => {
    expect(idsFromText('erreur 500 depuis 10 jours, 2 demandes')).toEqual({});
  });
});

describe('candidateFromDraft', () => {
  it('takes the case IDs, the libellés and the included technical lines', () => {
    const t = DEFAULT_NOMENCLATURE.thematiques[0];
    const m = t?.motifs[0];
    const d = emptyDraft('menage:9100018', 1);
    d.qui.menageId = '9100018';
    d.nature.summary = 'PJ';
    d.nature.description = 'Impossible';
    d.nomenclature = { thematique: t?.code ?? null, motif: m?.code ?? null, sousMotif: null };
    d.technicalLines = [
      { id: 't1', text: 'HTTP 500 sur PUT /api/menages/9100018/pieces', included: true },
      { id: 't2', text: 'ignorée', included: false },
    ];
    const c = candidateFromDraft(d, DEFAULT_NOMENCLATURE);
    expect(c).toMatchObject({
      menageId: '9100018',
      thematique: t?.libelle,
      motif: m?.libelle,
      subject: 'PJ',
    });
    expect(c.description).toContain('HTTP 500');
    expect(c.description).not.toContain('ignorée');
  });
});
