import { fold, stem } from '../text/french';

/**
 * Domain vocabulary for the duplicate guard, written as plain French and stemmed once, so that the
 * lists read naturally and still agree with `tokenize`.
 */

const stemAll = (list: string): string[] =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(fold(w)));

/**
 * Words nearly every escalation contains: sharing them says nothing about the problem
 * (« demande », « ménage », « impossible », « SI SIAO », « bonjour »…). They keep a small weight so
 * that they never make two texts similar on their own.
 */
export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  stemAll(`
    demande demandes menage menages personne personnes usager usagers usagere beneficiaire
    impossible possible probleme problemes souci soucis bug bugs beug erreur erreurs message messages
    si siao sisiao dihal logiciel outil application plateforme systeme site ecran page pages onglet
    fiche fiches dossier dossiers id identifiant numero n no num ref reference
    bonjour bonsoir merci remerciements cordialement svp stp aide besoin urgent urgence
    pas plus rien jamais toujours encore deja depuis hier aujourd matin soir jour jours semaine
    lors lorsque apres avant pendant sans sous entre chez via vers car parce donc puis ensuite
    tout tous toute toutes meme autre autres chaque plusieurs quelque certain certains
    arrive arriver reussi reussir pouvoir pouvons pourriez pourrait voudrais souhaite souhaitons
    essaye essayer tente tenter test tests teste voici voila mettre mis avoir ete etre
    utilisateur utilisatrice utilisateurs referent referente collegue ts travailleur social sociale
    equipe service notre nos cela celle celui ceux ceci quel quelle quels
    1 2 3 4 5 6 7 8 9 10 deux trois
    qui concerne nature resultat attendu obtenu etape etapes
    signaler signale signalement permets permettre contacter contacte rencontre rencontrer
    constate constater indique indiquer informe informer remonte remonter voudrions vouloir
    souhaiterais cas situation
  `),
);

/** Weight of a generic word relative to a content word. */
export const GENERIC_WEIGHT = 0.15;

/**
 * Words that say how something fails rather than what fails (« champ grisé », « bouton »,
 * « reste vide »): shared by many different problems, so they count half. « La date de naissance
 * est erronée et le champ grisé » and « la nationalité est erronée et le champ grisé » are two
 * problems.
 */
export const SYMPTOM_STEMS: ReadonlySet<string> = new Set(
  stemAll(`
    champ champs grise grises errone erronee faux fausse incorrect incorrecte bouton boutons
    vide vides fonctionne fonctionner marche marcher charge charger chargement tourne tourner
    clique cliquer reste rester absent absente manquant manquante liste listes statut
    ouvre ouvrir reagit reagir affiche
  `),
);

/** Weight of a symptom word relative to a content word. */
export const SYMPTOM_WEIGHT = 0.5;

/**
 * Spellings of one idea that referents use interchangeably, mapped to one token. Kept to true
 * equivalents: « retirer » and « supprimer » stay apart (a person removed from a demande is not a
 * deleted demande).
 */
const SYNONYM_GROUPS: readonly string[] = [
  'affiche affichent affichage apparait apparaissent apparaitre visible visibles invisible voit voient vue vues',
  'enregistre enregistrer enregistrement sauvegarde sauvegarder sauvegarder',
  'doublon doublons double doubles',
  'bloque bloquee bloquees fige figee coince coincee',
  'plante plantage crash',
  'televerser televersement upload uploader',
  'modifier modification modifiable modifie modif',
];

export const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const stems = stemAll(group);
    const head = stems[0] ?? '';
    for (const s of stems) map.set(s, head);
  }
  return map;
})();

/** Abbreviations expanded before tokenizing (folded text, whole words). */
export const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpj\b/g, 'piece justificative'],
  [/\bmdp\b/g, 'mot passe'],
  [/\bdmd\b/g, 'demande'],
  [/\bdi\b/g, 'demande insertion'],
  [/\bmaj\b/g, 'mise jour'],
  [/\bmodif\b/g, 'modification'],
];
