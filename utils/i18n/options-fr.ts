/** Texts of the options page, French first (the reference: every key is defined here). */
export const optionsFr = {
  title: 'Options — Assistant référent SI SIAO',
  loading: 'Chargement…',
  nav: 'Sections des options',
  defaultIs: 'Par défaut : {value}',
  reset: 'Rétablir la valeur par défaut',
  locked: 'Défini par votre administrateur',
  save: 'Enregistrer',
  saved: 'Enregistré.',
  dismiss: 'Fermer',
  none: 'aucun',
  sectionLanguage: 'Langue',
  languageLabel: "Langue de l'interface",
  langFr: 'Français',
  langEn: 'English',
  sectionAddresses: 'Adresses',
  sisiaoLabel: 'Adresses du SI SIAO',
  sisiaoHelp:
    "Ajoutez une autre instance (formation, test…) : le navigateur vous demande alors l'autorisation d'y accéder, pour cette adresse seulement.",
  builtIn: 'intégrée',
  addAddressLabel: 'Nouvelle adresse du SI SIAO',
  add: 'Ajouter',
  remove: 'Retirer {origin}',
  kbLabel: 'Adresse de la base de connaissances',
  sectionDetection: 'Détection',
  detectionHelp:
    'Règles ajoutées aux règles intégrées, en JSON. Une liste s\'ajoute à celle par défaut ; { "set": [...] } la remplace.',
  sectionForm: 'Formulaire',
  formHelp:
    'Champs du formulaire de support (noms des champs, puis libellés), en JSON. Un champ indiqué ici remplace celui par défaut.',
  sectionNomenclature: 'Nomenclature',
  nomenclatureHelp:
    'Thématiques, motifs et sous-motifs, en JSON. Remplace la nomenclature intégrée.',
  maskingModeTitle: 'Mode de masquage des captures',
  maskingModeLabel: 'Mode',
  maskingModeHelp:
    "Strict (par défaut) : tout ce qui n'est pas connu comme sûr est masqué — libellés, identifiants, statuts, boutons et messages de l'application restent lisibles ; noms, textes libres, images, cadres et valeurs inconnues sont couverts. Ciblé : seuls les champs nommés par les règles ci-dessous sont masqués ; à réserver aux écrans déjà vérifiés.",
  maskingModeStrict: 'Strict',
  maskingModeTargeted: 'Ciblé',
  sectionMasking: 'Masquage',
  maskingHelp:
    'Ce qui est masqué sur les captures, ajouté aux règles intégrées, en JSON. { "set": [...] } remplace une liste.',
  sectionTemplates: 'Réponses types',
  templatesHelp:
    'Réponses proposées par « Copier une réponse type », en JSON. Variables : {{prenom}}, {{titre}}, {{lien}}, {{section}}, {{signature}}.',
  jsonLabel: '{section} (JSON)',
  jsonUnreadable: 'JSON illisible : {message}',
  builtInRules: 'Règles intégrées (lecture seule)',
  defaultValue: 'Valeur par défaut',
  errorsTitle: "Non enregistré, rien n'a changé :",
  sectionData: 'Historique et données',
  historyRetention: "Conservation de l'historique (jours)",
  screenshotRetention: 'Conservation des captures (jours)',
  departement: 'Département',
  exportHistory: "Exporter l'historique",
  importHistory: 'Importer un historique',
  importHistoryLabel: "Fichier d'historique à importer",
  eraseAll: 'Effacer mes données',
  eraseConfirm:
    "Effacer l'historique, les brouillons, les captures, le journal des appels et l'index des articles enregistrés dans ce navigateur (les réglages restent) ? C'est définitif.",
  notConnected: 'bientôt disponible',
  sectionKb: 'Base de connaissances',
  kbArticles: 'Articles indexés',
  kbLastRefresh: 'Dernière actualisation',
  kbErrors: 'Erreurs',
  kbRefresh: 'Actualiser maintenant',
  unknown: 'inconnu',
  sectionConfig: 'Configuration',
  configHelp:
    'Tous ces réglages tiennent dans un seul fichier JSON. Un import est vérifié en entier : à la moindre erreur, rien ne change. Les sections absentes du fichier sont conservées.',
  exportConfig: 'Exporter la configuration',
  importConfigLabel: 'Importer une configuration (.json)',
  importOk: 'Configuration importée.',
  importRefused: "Import refusé, aucun réglage n'a changé :",
  warningsTitle: 'Remarques :',
  fileUnreadable: "Fichier illisible : ce n'est pas du JSON valide ({message}).",
  managedErrors:
    'La configuration de votre administrateur contient des erreurs ; ces parties sont ignorées :',
  permissionMissing:
    "Autorisation manquante pour {origin} : retirez puis ajoutez de nouveau l'adresse pour l'accorder.",
} as const;

export type OptionsKey = keyof typeof optionsFr;
