/**
 * The demo's scene: a référent's morning, step by step, as data. `npm run demo` plays it headless
 * (one picture per step in demo-output/, the caption printed), `npm run demo -- --readme` copies
 * the pictures marked `readme` beside the README, and a unit test fails when those copies were made
 * from another version of this file (tests/demo/screenshots/manifest.json records its hash).
 */

export type StepId =
  | 'call'
  | 'question'
  | 'anomaly'
  | 'context'
  | 'capture'
  | 'script'
  | 'form'
  | 'duplicate'
  | 'incident'
  | 'indicators'
  | 'export';

export interface SceneStep {
  id: StepId;
  /** The picture written in demo-output/ (the export step writes its .xlsx there too). */
  picture: string;
  /** Printed in the terminal as the step is played. */
  caption: string;
  /** When the README shows this picture: its name in tests/demo/screenshots/. */
  readme?: string;
  /**
   * A side-panel picture (420 × 900, as beside the SI SIAO): the button of the next action that
   * must be visible there without scrolling.
   */
  nextAction?: string;
}

/** What the référent types and chooses during the morning. */
export const SCENE_TEXT = {
  call: {
    motif: 'gestion-demande',
    sousMotif: 'suivi-demandes',
    caller: 'prescripteur',
    note: 'Demande en attente depuis 3 semaines : statut expliqué au travailleur social.',
    /** The calls last minutes, not the seconds the demo takes: the panel's clock is set. */
    minutesAgo: 34,
    minutes: 6,
  },
  question: 'Comment annuler une demande quand le ménage a trouvé un logement par lui-même ?',
  anomaly: {
    summary: "Impossible d'enregistrer les pièces justificatives du ménage",
    description:
      'Le bouton « Enregistrer les pièces justificatives » affiche une erreur technique à chaque essai, depuis ce matin.',
    expected: 'Les pièces justificatives sont enregistrées dans la fiche ménage.',
    obtained:
      'Le message « Une erreur technique est survenue » s’affiche et rien n’est enregistré.',
    callMinutesAgo: 14,
  },
  /** Published by the national team in its signed feed, on the demo knowledge base. */
  incident: {
    title: 'Liste des demandes vide après la mise à jour de ce matin',
    symptoms: ['la liste des demandes reste vide', 'aucune demande ne s’affiche dans la liste'],
    summary: 'La liste des demandes reste vide',
    description:
      'Depuis ce matin, aucune demande ne s’affiche dans la liste des demandes, pour tous les profils du service.',
  },
  departement: '75',
} as const;

/** The morning, in order. */
export const SCENE: readonly SceneStep[] = [
  {
    id: 'call',
    picture: '01-appel.png',
    caption:
      'Un appel arrive : le journal du panneau le chronomètre, motif, appelant et issue notés.',
    nextAction: '#ars-call-end',
  },
  {
    id: 'question',
    picture: '02-reponse-niveau-1.png',
    caption:
      'Une question « comment faire » : niveau 1, l’article suggéré répond, la réponse est copiée.',
    readme: 'reponse-niveau-1.png',
    nextAction: '#ars-bar-copy',
  },
  {
    id: 'anomaly',
    picture: '03-si-siao-anomalie.png',
    caption: 'Une anomalie sur une fiche ménage : l’enregistrement des pièces échoue (erreur 500).',
  },
  {
    id: 'context',
    picture: '04-panneau-contexte.png',
    caption:
      'Le panneau a reconnu la fiche ménage et l’erreur, et suggère des articles dès les premiers mots.',
    readme: 'panneau.png',
    nextAction: '#ars-prepare',
  },
  {
    id: 'capture',
    picture: '05-capture-masquee.png',
    caption: 'Capture en un clic, masquage strict : noms, téléphones et textes libres couverts.',
    readme: 'capture-stricte.png',
  },
  {
    id: 'script',
    picture: '06-panneau-script.png',
    caption:
      'Script rempli, motif proposé accepté, capture jointe : « Préparer l’escalade » à portée.',
    readme: 'panneau-script.png',
    nextAction: '#ars-prepare',
  },
  {
    id: 'form',
    picture: '07-formulaire-pre-rempli.png',
    caption: 'Le formulaire de support pré-rempli, la capture jointe ; la référente l’envoie.',
    readme: 'formulaire.png',
  },
  {
    id: 'duplicate',
    picture: '08-doublon-refuse.png',
    caption: 'Le même problème préparé à nouveau : refusé, le ticket existant est montré.',
    readme: 'doublon.png',
    nextAction: '#ars-bar-duplicate',
  },
  {
    id: 'incident',
    picture: '09-incident-connu.png',
    caption:
      'L’équipe nationale publie un incident dans son flux signé : une troisième escalade sur le même symptôme est arrêtée à la source.',
    readme: 'incident.png',
    nextAction: '#ars-bar-duplicate',
  },
  {
    id: 'indicators',
    picture: '10-indicateurs.png',
    caption: 'Les indicateurs de la matinée : appels, durées, taux d’escalade, motifs.',
    readme: 'indicateurs.png',
  },
  {
    id: 'export',
    picture: '11-export-xlsx.png',
    caption: 'L’export .xlsx pour le rapport, écrit dans demo-output/.',
  },
];
