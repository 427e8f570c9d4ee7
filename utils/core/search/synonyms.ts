/**
 * The words referents and users type for what the knowledge base writes otherwise. Kept as data:
 * each entry rewrites any of its `forms` (a word or a phrase, matched after accent folding and
 * light stemming, so plurals and genders come for free) into the words of `canonical`, on both the
 * indexed text and the query, so both sides meet on the same tokens.
 *
 * Direction matters. Abbreviations whose long form is what articles write (mdp, TS, DI…) expand to
 * the long form, so a typo in the long form can still be corrected word by word. Acronyms that
 * articles use themselves (CHRS, CHU, SIAO, 115) are the canonical side, and their spelled-out forms
 * collapse onto them.
 */
import { THESAURUS } from './thesaurus';

export type SynonymEntry = {
  /** What the forms become; may hold several words. */
  readonly canonical: string;
  readonly forms: readonly string[];
  /** Match the raw words, not their stems (« a completer » the status, not « a complété »). */
  readonly exact?: boolean;
  /** Index the canonical phrase as one token, for phrases made of words that are common on their
   * own: « mot de passe » must not be found by « je passe le ticket » or « rien ne se passe ». */
  readonly joined?: boolean;
};

const ABBREVIATIONS: readonly SynonymEntry[] = [
  // Access and accounts
  {
    canonical: 'mot de passe',
    forms: ['mdp', 'mdps', 'password', 'pwd', 'pass word'],
    joined: true,
  },
  { canonical: 'identifiant', forms: ['id', 'ids', 'login', 'numero identifiant'] },
  { canonical: 'connexion', forms: ['connecter', 'connection', 'loguer', 'co'] },
  // Raw words: « logger » stems to « log », which is also « logement ».
  { canonical: 'connexion', forms: ['logger', 'log in'], exact: true },
  { canonical: 'deconnexion', forms: ['deconnecter', 'deconnection', 'deloguer', 'deco'] },
  { canonical: 'courriel', forms: ['mail', 'email', 'e mail', 'mel', 'message electronique'] },
  { canonical: 'notification', forms: ['notif', 'notifs', 'alerte mail'] },
  { canonical: 'application', forms: ['appli', 'logiciel', 'plateforme'] },
  // People and roles
  {
    canonical: 'travailleur social',
    forms: ['ts', 'travailleuse sociale', 'assistante sociale', 'assistant social'],
  },
  { canonical: 'referent', forms: ['ref', 'refs', 'referente'] },
  { canonical: 'menage', forms: ['famille', 'foyer', 'mng'] },
  { canonical: 'date de naissance', forms: ['ddn', 'date naissance'] },
  { canonical: 'identite', forms: ['etat civil'] },
  { canonical: 'carte identite', forms: ['cni'] },
  { canonical: 'titre sejour', forms: ['carte sejour', 'carte resident'] },
  { canonical: 'enfant', forms: ['bebe', 'nourrisson', 'nouveau ne'] },
  {
    canonical: 'conjoint',
    forms: ['compagnon', 'compagne', 'concubin', 'concubine', 'mari', 'epoux', 'epouse'],
  },
  { canonical: 'separation', forms: ['divorce', 'divorcer', 'rupture'] },
  { canonical: 'sans abri', forms: ['sdf'] },
  // Requests
  { canonical: 'demande insertion', forms: ['di', 'dmd insertion', 'demande siao insertion'] },
  { canonical: 'demande', forms: ['dmd', 'dde', 'dossier demande'] },
  { canonical: 'mise a abri', forms: ['mab', 'mise a l abri', 'mise abri'] },
  { canonical: '115', forms: ['samu social', 'cent quinze'] },
  { canonical: 'preconisation', forms: ['preco', 'precos'] },
  { canonical: 'evaluation sociale', forms: ['eval sociale'] },
  // The status, not the verb: « À compléter » is what users see and type.
  { canonical: 'completer acompleter', forms: ['a completer', 'acompleter'], exact: true },
  { canonical: 'doublon', forms: ['en double', 'deux fois', '2 fois', 'dedoublonner'] },
  {
    canonical: 'pieces justificatives',
    forms: ['pj', 'piece jointe', 'pieces jointes', 'justificatif', 'justificatifs'],
  },
  // Offer
  {
    canonical: 'chrs',
    forms: ['centre hebergement et de reinsertion sociale', 'centre de reinsertion'],
  },
  { canonical: 'chu', forms: ['centre hebergement urgence'] },
  { canonical: 'siao', forms: ['service integre accueil et orientation'] },
  { canonical: 'disponible', forms: ['dispo', 'dispos'] },
  // A bed is what a shelter counts; the offer module calls it a place.
  { canonical: 'place', forms: ['lit', 'lits'] },
  { canonical: 'indisponible', forms: ['indispo', 'indispos'] },
  // Verbs referents use for the ones articles use, and noun/verb pairs the stemmer keeps apart.
  { canonical: 'retirer', forms: ['enlever', 'oter'] },
  { canonical: 'enregistrer', forms: ['sauvegarder', 'sauver'] },
  { canonical: 'reactiver', forms: ['restaurer', 'desannuler', 'retablir', 'reactivation'] },
  { canonical: 'transferer', forms: ['transfert', 'transferts', 'demenager', 'demenagement'] },
  {
    canonical: 'desactiver compte',
    forms: ['supprimer compte', 'supprimer acces', 'fermer compte'],
  },
  { canonical: 'acces', forms: ['acceder'] },
  { canonical: 'supprimer', forms: ['suppression'] },
  { canonical: 'inscrire', forms: ['inscription'] },
  { canonical: 'transmettre', forms: ['transmission'] },
  { canonical: 'rediger', forms: ['ecrire', 'redaction'] },
  // Everyday abbreviations of notes and text messages.
  { canonical: 'probleme', forms: ['pb', 'pbs', 'pbm', 'pblm', 'souci', 'soucis'] },
  { canonical: 'association', forms: ['asso', 'assos'] },
  { canonical: 'telephone', forms: ['tel', 'tels', 'telephoner'] },
  { canonical: 'nombre', forms: ['nb', 'nbre'] },
  { canonical: 'information', forms: ['info', 'infos'] },
  { canonical: 'message', forms: ['msg', 'msgs'] },
  { canonical: 'departement', forms: ['dpt', 'dept', 'dep'] },
  { canonical: 'structure', forms: ['struct'] },
  { canonical: 'hebergement', forms: ['hebergt', 'hbgt'] },
  { canonical: 'minute', forms: ['min', 'mn', 'mins'] },
  { canonical: 'logement', forms: ['reloger', 'relogement'] },
  // Data and support
  { canonical: 'tableau de bord', forms: ['tdb', 'dashboard', 'tableaux de bord'] },
  { canonical: 'extraction', forms: ['export', 'exporter', 'extraire', 'extract'] },
  {
    canonical: 'anomalie',
    forms: ['bug', 'bugs', 'beug', 'bogue', 'dysfonctionnement', 'plante', 'plantage', 'fige'],
  },
  { canonical: 'tableur', forms: ['excel'] },
  { canonical: 'statistique', forms: ['stat', 'stats'] },
  // Joined: a bare « 2 » is a quantity (« 2 semaines », « 2 fiches »), not the national level.
  { canonical: 'niveau 1', forms: ['n1'], joined: true },
  { canonical: 'niveau 2', forms: ['n2'], joined: true },
  { canonical: 'assistance', forms: ['hotline', 'helpdesk', 'help desk'] },
  {
    canonical: 'capture ecran',
    forms: ['screenshot', 'copie ecran', 'impression ecran', 'capture'],
  },
  { canonical: 'tutoriel', forms: ['tuto', 'tutos'] },
  { canonical: 'rediffusion', forms: ['replay', 'revoir en differe'] },
  { canonical: 'webinaire', forms: ['webinar', 'webinars'] },
];

/** The abbreviations above, then the domain thesaurus (everyday phrasings, thesaurus.ts). */
export const SYNONYMS: readonly SynonymEntry[] = [...ABBREVIATIONS, ...THESAURUS];
