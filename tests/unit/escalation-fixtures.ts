import { emptyContext, type SisiaoContext } from '../../utils/core/context';
import type { EscalationDraft } from '../../utils/core/escalation/model';

/** The national team's example (webinaire du 11/09/2025), as a full draft. */
export function exampleDraft(): EscalationDraft {
  return {
    version: 2,
    contextKey: 'menage:9100028',
    qui: {
      userEmail: 'cosme.renie@example.fr',
      userProfile: 'Travailleur social',
      menageId: '9100028',
      personneId: '',
    },
    nature: {
      summary: 'Impossible d’ajouter ou modifier les pièces justificatives d’un ménage',
      description:
        'Je souhaite ajouter des pièces justificatives et modifier le commentaire existant. ' +
        'Voici les étapes réalisées :',
      ids: { demandeId: '4521', structureId: '', dispositifId: '', groupePlacesId: '', other: '' },
    },
    steps: [
      { id: 's1', text: 'Aller dans la fiche du ménage ID 9100028' },
      { id: 's2', text: 'Se rendre dans l’onglet situation du ménage' },
      { id: 's3', text: 'Aller dans la liste des pièces justificatives' },
      { id: 's4', text: 'Modifier le commentaire et ajouter des pièces justificatives' },
    ],
    expected:
      'Je suis en mesure de modifier le commentaire et d’ajouter les pièces justificatives dans la fiche ménage',
    obtained:
      'Je ne peux pas supprimer le commentaire ; la liste des pièces justificatives est incomplète et ne peut être modifiée.',
    technicalLines: [
      { id: 't1', text: 'PUT /api/menages/9100028/pieces → HTTP 500', included: true },
      { id: 't2', text: 'GET /api/notifications → HTTP 404', included: false },
    ],
    nomenclature: {
      thematique: 'assistance-technique',
      motif: 'anomalie',
      sousMotif: 'erreur-enregistrement',
    },
    screenshots: [{ id: 'shot-1', name: 'pieces-justificatives.png' }],
    createdAt: 1_757_570_000_000,
    updatedAt: 1_757_570_600_000,
  };
}

export function ficheMenageContext(overrides: Partial<SisiaoContext> = {}): SisiaoContext {
  return {
    ...emptyContext(),
    menageId: '9100028',
    userEmail: 'cosme.renie@example.fr',
    userProfile: 'Travailleur social',
    pageKind: 'fiche-menage',
    ...overrides,
  };
}
