import type { DetectionRules } from './rules';

/**
 * Default detection rules for the SI SIAO (8.0, 8.1), as data. Labels are matched after folding
 * case, accents and punctuation, with « N° », « Numéro », « Identifiant » and « ID » taken as one
 * word and word order ignored — so « Ménage n° » needs no entry of its own. Kept free of zod so the
 * content script does not bundle it (see rules.ts for the schema).
 */
export const DEFAULT_DETECTION_RULES: DetectionRules = {
  // SI SIAO IDs are numbers; a short uppercase prefix is tolerated for other instances.
  idPattern: '^(?:[A-Z]{1,4}-?)?\\d{1,20}$',
  ids: {
    menageId: {
      labels: [
        'ID ménage',
        'Identifiant ménage',
        'N° ménage',
        'Numéro ménage',
        'ID groupe',
        'N° groupe',
        'ID fiche ménage',
        'ID du ménage',
        // « Ménage SIAO n° », « N° SIAO du ménage »: the application's name in the label.
        'ID ménage SIAO',
      ],
      urlPatterns: [
        '/menages/{id}',
        '/menage/{id}',
        '/fiche-menage/{id}',
        '/ficheMenage/{id}',
        '/groupes/{id}',
        '/groupe/{id}',
        '#/menages/{id}',
        '#/menage/{id}',
      ],
      queryParams: ['idMenage', 'menageId', 'idGroupe', 'groupeId', 'menage'],
      attributes: ['data-menage-id', 'data-id-menage', 'data-groupe-id', 'data-menage'],
    },
    personneId: {
      labels: [
        'ID personne',
        'Identifiant personne',
        'N° personne',
        'Numéro personne',
        'ID usager',
        'ID personne SIAO',
      ],
      urlPatterns: [
        '/personnes/{id}',
        '/personne/{id}',
        '/fiche-personne/{id}',
        '#/personnes/{id}',
      ],
      queryParams: ['idPersonne', 'personneId', 'personne'],
      attributes: ['data-personne-id', 'data-id-personne', 'data-personne'],
    },
    demandeId: {
      labels: [
        'ID demande',
        'Identifiant demande',
        'N° de demande',
        'Numéro de demande',
        'ID demande insertion',
        'N° demande insertion',
        'ID demande 115',
        'ID demande SIAO',
      ],
      urlPatterns: [
        '/demandes/{id}',
        '/demande/{id}',
        '/demandeInsertion/{id}',
        '/demandes-insertion/{id}',
        '#/demandes/{id}',
        '#/demande/{id}',
      ],
      queryParams: ['idDemande', 'demandeId', 'demande'],
      attributes: ['data-demande-id', 'data-id-demande', 'data-demande'],
    },
    structureId: {
      labels: ['ID structure', 'Identifiant structure', 'N° structure', 'Numéro structure'],
      urlPatterns: ['/structures/{id}', '/structure/{id}', '#/structures/{id}'],
      queryParams: ['idStructure', 'structureId'],
      attributes: ['data-structure-id', 'data-id-structure'],
    },
    dispositifId: {
      labels: ['ID dispositif', 'Identifiant dispositif', 'N° dispositif', 'Numéro dispositif'],
      urlPatterns: ['/dispositifs/{id}', '/dispositif/{id}', '#/dispositifs/{id}'],
      queryParams: ['idDispositif', 'dispositifId'],
      attributes: ['data-dispositif-id', 'data-id-dispositif'],
    },
    groupePlacesId: {
      labels: [
        'ID groupe de places',
        'Identifiant groupe de places',
        'N° groupe de places',
        'Numéro groupe de places',
      ],
      urlPatterns: ['/groupes-de-places/{id}', '/groupesPlaces/{id}', '/groupe-places/{id}'],
      queryParams: ['idGroupePlaces', 'groupePlacesId', 'idGroupeDePlaces'],
      attributes: ['data-groupe-places-id', 'data-groupe-de-places-id'],
    },
  },
  user: {
    profileLabels: ['Profil', 'Profil actif', 'Profil courant', 'Profil connecté', 'Rôle'],
    profileSelectWords: ['profil', 'role', 'habilitation'],
    userZoneWords: [
      'user',
      'utilisateur',
      'account',
      'compte',
      'profil',
      'navbar',
      'topbar',
      // Angular Material's `mat-toolbar` (zones after the screen's heading are not taken).
      'toolbar',
      'banner',
    ],
  },
  volet: {
    labels: ['Volet'],
    '115': ['115', 'urgence', 'veille sociale', 'mise à l’abri', 'samu social'],
    insertion: ['insertion'],
  },
  version: { labels: ['Version', 'Version SI SIAO', "Version de l'application"] },
  pageKinds: [
    {
      kind: 'fiche-demande',
      urlPatterns: [
        '/demandes/{id}',
        '/demande/{id}',
        '/demandeInsertion/{id}',
        '#/demandes/{id}',
        '#/demande/{id}',
      ],
      headings: [
        'Fiche demande',
        'Demande d’insertion',
        'Demande 115',
        'Demande n°',
        'Détail de la demande',
      ],
    },
    {
      kind: 'fiche-personne',
      urlPatterns: ['/personnes/{id}', '/personne/{id}', '#/personnes/{id}'],
      headings: ['Fiche personne', 'Fiche usager', 'Identité de la personne'],
    },
    {
      kind: 'fiche-menage',
      urlPatterns: [
        '/menages/{id}',
        '/menage/{id}',
        '/groupes/{id}',
        '#/menages/{id}',
        '#/menage/{id}',
      ],
      headings: ['Fiche ménage', 'Ménage n°', 'Synthèse du ménage', 'Composition du ménage'],
    },
    {
      kind: 'liste',
      urlPatterns: [
        '/demandes',
        '/menages',
        '/personnes',
        '/recherche',
        '/liste',
        '#/demandes',
        '#/menages',
        '#/recherche',
      ],
      headings: [
        'Liste des demandes',
        'Liste des ménages',
        'Résultats de la recherche',
        'Recherche',
        'Mes demandes',
      ],
    },
    {
      kind: 'offre',
      urlPatterns: ['/offre', '/places', '/structures', '/dispositifs', '#/offre'],
      headings: [
        'Offre',
        'Places vacantes',
        'Gestion de l’offre',
        'Fiche structure',
        'Fiche dispositif',
      ],
    },
    {
      kind: 'accueil',
      urlPatterns: ['/', '/accueil', '/home', '/tableau-de-bord', '#/', '#/accueil'],
      headings: ['Tableau de bord', 'Accueil'],
    },
  ],
  listWords: [
    'historique',
    'autres ménages',
    'anciens',
    'résultats',
    'recherche',
    'liste',
    'doublons',
    'ménages liés',
    'suggestions',
  ],
  api: [
    {
      name: 'fiche-identite',
      method: 'GET',
      path: '/api/fiches/ficheIdentite/{id}',
      byTypefiche: { Groupe: 'menageId', Personne: 'personneId' },
    },
    {
      name: 'fiche-synthese',
      method: 'GET',
      path: '/api/fiches/ficheSynthese/{id}',
      byTypefiche: { Groupe: 'menageId', Personne: 'personneId' },
    },
    {
      name: 'derniere-demande',
      method: 'GET',
      path: '/api/demandeInsertion/getLastDemandeEnCours',
      query: 'idFiche',
      field: 'menageId',
    },
    {
      name: 'demande-insertion',
      method: 'GET',
      path: '/api/demandeInsertion/{id}',
      field: 'demandeId',
    },
    {
      name: 'personnes-du-groupe',
      method: 'GET',
      path: '/api/personnes/search/findByCriteria',
      query: 'idGroupe',
      field: 'menageId',
    },
    // The diagnostic's own ID is none of the context's; recognised so it is not mistaken for one.
    { name: 'diagnostic-social', method: 'GET', path: '/api/diagnosticSocials/{id}' },
    { name: 'utilisateur', method: 'GET', path: '/api/login/user', user: true },
  ],
  custom: [],
};
