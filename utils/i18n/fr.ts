/** French, the reference language: every key of the interface is defined here first. */
export const fr = {
  appTitle: 'Assistant référent SI SIAO',
  loading: 'Chargement…',
  contextTitle: 'Contexte détecté',
  contextNone:
    "Aucune page du SI SIAO n'est ouverte dans cet onglet. Vos brouillons et la recherche d'articles restent disponibles.",
  contextNoPermission:
    "L'extension n'a pas accès à cette page. Ouvrez le SI SIAO puis cliquez sur le bouton de l'extension.",
  fieldMenageId: 'ID ménage',
  fieldPersonneId: 'ID personne',
  fieldDemandeId: 'ID demande',
  fieldStructureId: 'ID structure',
  fieldDispositifId: 'ID dispositif',
  fieldGroupePlacesId: 'ID groupe de places',
  fieldUserEmail: 'Courriel utilisateur',
  fieldUserProfile: 'Profil',
  fieldAppVersion: 'Version du SI SIAO',
  fieldPage: 'Page',
  notFound: 'non trouvé',
  foundBy_url: "trouvé dans l'adresse",
  foundBy_label: 'trouvé à côté de son libellé',
  foundBy_attribute: 'trouvé dans la page',
  foundBy_api: "trouvé dans les échanges de l'application",
  foundBy_manual: 'saisi par vous',
  foundBy_rule: 'trouvé par une règle',
  summaryLabel: 'Résumé en une ligne (objet du ticket)',
  prepareEscalation: "Préparer l'escalade",
  preparing: 'Ouverture du formulaire…',
  prepared: 'Le formulaire de support est ouvert dans un nouvel onglet : vérifiez puis envoyez.',
  errorGeneric: 'Une erreur est survenue : {message}',

  // Escalation script
  scriptTitle: "Script d'escalade",
  quiTitle: '1. Qui est concerné ?',
  natureTitle: '2. Quelle est la nature de la demande ?',
  stepsTitle: 'Étapes pour reproduire',
  expectedLabel: 'Résultat attendu',
  obtainedLabel: 'Résultat obtenu',
  technicalTitle: 'Erreurs techniques relevées (ajoutées au résultat obtenu si cochées)',
  descriptionLabel: 'Description de la demande',
  otherIdsLabel: 'Autres identifiants (structure, dispositif…)',
  addStep: 'Ajouter une étape',
  stepLabel: 'Étape {n}',
  moveUp: 'Monter l’étape {n}',
  moveDown: 'Descendre l’étape {n}',
  removeStep: 'Supprimer l’étape {n}',
  noSteps: 'Aucune étape : elles se remplissent en naviguant dans le SI SIAO, ou ajoutez-les.',
  // Nomenclature
  nomenclatureTitle: 'Nomenclature',
  thematiqueLabel: 'Thématique',
  motifLabel: 'Motif',
  sousMotifLabel: 'Sous-motif',
  choose: '— Choisir —',
  proposal: 'Proposé d’après la page et le texte : {label}',
  applyProposal: 'Appliquer la proposition',
  // Level
  level1Title: 'Question de niveau 1 : une réponse existe peut-être déjà',
  level2Title: 'Anomalie : escalade vers l’assistance nationale (niveau 2)',
  // Checklist
  checklistTitle: 'Avant d’escalader',
  checklistOk: 'Tout y est : vous pouvez préparer l’escalade.',
  blockedExplain: 'Complétez les points marqués « à compléter » pour préparer l’escalade.',
  mustFix: 'À compléter',
  shouldFix: 'Conseillé',
  // Drafts
  draftsTitle: 'Brouillons en cours',
  draftsNone: 'Aucun brouillon.',
  draftDelete: 'Supprimer le brouillon {label}',
  draftUpdated: 'modifié le {date}',
  draftSaved: 'Brouillon enregistré',
  draftSaving: 'Enregistrement…',
  draftConflict:
    'Ce brouillon a aussi été modifié dans une autre fenêtre : les deux versions ont été gardées ({fields}).',
  confirmDelete: 'Supprimer ce brouillon ? Son texte et ses captures seront effacés.',
  // Suggestions
  suggestionsTitle: 'Articles qui répondent peut-être',
  searchLabel: 'Rechercher dans la base de connaissances',
  suggestionsNone: 'Aucun article ne correspond.',
  kbNotIndexed:
    'La base de connaissances n’est pas encore indexée (elle le sera à la prochaine actualisation).',
  openArticle: 'Ouvrir l’article',
  copyAnswer: 'Copier une réponse type',
  answerCopied: 'Réponse copiée : collez-la dans votre message à l’utilisateur.',
  inSection: 'Section « {heading} »',
  // Screenshots
  // Duplicates
  // Misc
  openOptions: 'Réglages',
  prepareBlocked: 'Préparer l’escalade (incomplet)',
} as const;

export type MessageKey = keyof typeof fr;
