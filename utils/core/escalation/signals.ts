import type { TechSignal } from '../context';
import { fold } from '../text/french';

/**
 * What in a text or in the captured technical errors points to an anomaly (level 2) or to a how-to
 * question (level 1). Shared by the level guidance, the motif proposal and the completeness check
 * so they never disagree on what « an anomaly » is.
 */

/** A clue found, with its weight: 2 is enough on its own, 1 only counts without a contrary clue. */
export interface Clue {
  code: string;
  weight: 1 | 2;
  /** Plain French, shown to the referent as the reason. */
  reason: string;
}

interface Pattern {
  code: string;
  weight: 1 | 2;
  re: RegExp;
  reason: string;
}

/** Folded (no case, no accents), apostrophes straightened, spaces collapsed: patterns stay simple. */
export function normalizeForClues(text: string): string {
  return ` ${fold(text).replace(/\s+/g, ' ').trim()} `;
}

// Written against folded text. Typos referents make are covered where frequent (« beug »,
// « fonctionne pu »); « erreur » alone is not a clue: « DI faite par erreur » is no anomaly.
const ANOMALY_PATTERNS: Pattern[] = [
  {
    code: 'bug',
    weight: 2,
    re: /\b(bug+s?|beug+s?|bogue?s?|bugu?e?s?|buggu?e)\b/,
    reason: '« bug »',
  },
  {
    code: 'message-erreur',
    weight: 2,
    re: /\b(messages? d ?'? ?erreurs?|msg d ?'? ?erreur|codes? d ?'? ?erreur|codes? erreur|(affiche|indique|renvoie|met|donne) (une |un message d'|l'|des )?erreurs?|erreurs? s'affiche)/,
    reason: '« message d’erreur »',
  },
  {
    code: 'erreur-http',
    weight: 2,
    // 401/403 left out: a session or rights matter (profil, habilitations), not an anomaly.
    re: /\b(erreurs? ?(http ?)?(?!40[13])[45]\d\d|error ?(?!40[13])[45]\d\d|http ?(?!40[13])[45]\d\d|5\d\d (internal|server|bad|gateway)|internal server error|bad gateway|service unavailable)\b/,
    reason: 'code d’erreur technique (ex. « erreur 500 »)',
  },
  {
    code: 'erreur-technique',
    weight: 2,
    re: /\berreurs? (technique|serveur|inattendue|interne|systeme|inconnue|fatale|reseau)s?\b/,
    reason: '« erreur technique »',
  },
  {
    code: 'plantage',
    weight: 2,
    re: /\b(plant(e|es|ent|ait|aient|er|age|ee)|crash\w*|se fige|fige|freeze|bloque tout)\b/,
    reason: '« plante » ou « se fige »',
  },
  {
    code: 'ne-fonctionne-plus',
    weight: 2,
    re: /\b(fonctionne(nt|ait)?|marche(nt|ait)?|repond(ent|ait)?) (plus|pu)\b/,
    reason: '« ne fonctionne plus »',
  },
  {
    code: 'anomalie',
    weight: 2,
    re: /\b(anomalies?|dysfonctionne\w*|regression)\b/,
    reason: '« anomalie » ou « dysfonctionnement »',
  },
  {
    code: 'page-blanche',
    weight: 2,
    re: /\b(page|ecran|fenetre) (tout |toute )?(blanc|blanche|vide|gris|grise|noir|noire)\b/,
    reason: '« page blanche »',
  },
  {
    code: 'ne-fonctionne-pas',
    weight: 1,
    re: /\b(fonctionne(nt)?|marche(nt)?) (pas|mal)\b/,
    reason: '« ne fonctionne pas »',
  },
  {
    code: 'action-impossible',
    weight: 1,
    re: /\b(impossible d[e']? ?(enregistrer|sauvegarder|valider|ouvrir|acceder|charger|afficher|cliquer|generer|telecharger)|ne s'(enregistre|affiche|ouvre|charge|sauvegarde|valide)n?t? (pas|plus)|(bouton|lien|onglet) (inactif|grise|sans effet|ne (repond|reagit)))/,
    reason: 'action qui échoue (« impossible d’enregistrer »…)',
  },
  {
    code: 'lenteur',
    weight: 1,
    re: /\b(lenteurs?|tres lent|trop lent|lent[es]?|rame|ramer|mouline|tourne dans le vide|(met|mettent|prend|prennent) (\d+|plusieurs|des|de longues) (minutes?|secondes?|heures?)|temps de chargement|chargement (infini|interminable|sans fin)|timeout|time out|indisponibl\w*|inaccessible|en panne|hors service|ne repond pas)\b/,
    reason: 'lenteur ou indisponibilité',
  },
  {
    code: 'donnees-perdues',
    weight: 1,
    re: /\b(a disparu|ont disparu|disparue?s?|perdu(e|es|s)? (les|mes|ses|toutes))\b/,
    reason: 'données disparues',
  },
];

const HOW_TO_PATTERNS: Pattern[] = [
  { code: 'comment', weight: 2, re: /\bcomment\b/, reason: '« comment … »' },
  {
    code: 'ou-trouver',
    weight: 2,
    re: /\bou (trouver|trouve[- ]t[- ]on|se trouve(nt)?|est|sont|voir|acceder|aller|saisir|renseigner|cliquer)\b/,
    reason: '« où trouver … »',
  },
  {
    code: 'est-ce-possible',
    weight: 2,
    re: /\b(est[- ]ce (qu'?(il est |c'est )?(possible|on peut|je peux|l'on peut|il faut))|est[- ]il possible|est[- ]ce possible|c'est possible|(peut|peux|puis)[- ](on|je|t[- ]on|il|elle)|pouvons[- ]nous|possibilite de|possible de)\b/,
    reason: '« est-ce possible … »',
  },
  {
    code: 'quelle-procedure',
    weight: 2,
    re: /\b(quelle? (est la |sont les )?(procedure|demarche|difference|marche a suivre|regle|signification)s?|c'?est quoi|a quoi (sert|servent|correspond)|que (signifie|veut dire)|faut[- ]il|(dois|doit)[- ](je|on)|je (voudrais|souhaiterais|souhaite|aimerais) savoir|qui peut|la marche a suivre)\b/,
    reason: 'question sur la procédure',
  },
  { code: 'pourquoi', weight: 1, re: /\bpourquoi\b/, reason: '« pourquoi … »' },
  { code: 'point-interrogation', weight: 1, re: /\?\s*$/, reason: 'question' },
];

function match(patterns: readonly Pattern[], text: string): Clue[] {
  const folded = normalizeForClues(text);
  return patterns
    .filter((p) => p.re.test(folded))
    .map(({ code, weight, reason }) => ({ code, weight, reason }));
}

/** Describes a captured technical error in French, e.g. « erreur HTTP 500 sur POST /api/demandes ». */
export function describeSignal(s: TechSignal): string {
  if (s.kind === 'script') return `erreur de script${s.message ? ` (${s.message})` : ''}`;
  const where = [s.method, s.path].filter(Boolean).join(' ');
  return `erreur HTTP ${s.status ?? '?'}${where ? ` sur ${where}` : ''}`;
}

/**
 * Clues of a failure in the SI SIAO: server errors captured (5xx or no answer) weigh 2; other
 * HTTP failures and script errors weigh 1, since pages raise some of them harmlessly. 401/403 are a
 * session or rights matter, not an anomaly.
 */
function signalClues(signals: readonly TechSignal[]): Clue[] {
  const clues: Clue[] = [];
  for (const s of signals) {
    if (s.kind === 'http') {
      const status = s.status ?? 0;
      if (status === 401 || status === 403 || (status > 0 && status < 400)) continue;
      const weight = status === 0 || status >= 500 ? 2 : 1;
      clues.push({ code: `http-${status}`, weight, reason: `${describeSignal(s)} captée` });
    } else {
      clues.push({ code: 'script', weight: 1, reason: `${describeSignal(s)} captée` });
    }
  }
  return clues;
}

/** Clues that the text and captured errors describe an anomaly. */
export function anomalyClues(text: string, signals: readonly TechSignal[] = []): Clue[] {
  return [...signalClues(signals), ...match(ANOMALY_PATTERNS, text)];
}

/** Clues that the text is a how-to question. */
export function howToClues(text: string): Clue[] {
  return match(HOW_TO_PATTERNS, text);
}

/** The clues' summed weight, capped at 3: two weak clues make one strong. */
export function clueStrength(clues: readonly Clue[]): number {
  const total = clues.reduce((sum, c) => sum + c.weight, 0);
  return Math.min(total, 3);
}

/** True when the clues make an anomaly the likely reading of the text. */
export function looksLikeAnomaly(text: string, signals: readonly TechSignal[] = []): boolean {
  const a = clueStrength(anomalyClues(text, signals));
  const q = clueStrength(howToClues(text));
  return a >= 2 || (a >= 1 && q === 0);
}
