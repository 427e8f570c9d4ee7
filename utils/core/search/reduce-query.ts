import { fold } from '../text/french';

/** A piece of the query and how much its words count in the ranking. */
export type QueryPart = { text: string; weight: number };

/**
 * A query reduced to its problem. `reduced` is false when nothing was taken out or weighed down
 * (a keyword query, typed as such), so the caller can treat it as typed.
 */
export type ReducedQuery = { parts: QueryPart[]; reduced: boolean };

/** Which folded words the knowledge base knows: a capitalised one is then a word, not a name. */
export type KnownWord = (folded: string) => boolean;

/** A pattern source matched in any case, its spaces as any run of spaces; letters only, no
 * escapes. The names around these phrases must stay case-sensitive, which a global `i` flag
 * would break (with it, \p{Lu} matches every letter). */
function anyCase(src: string): string {
  return [...src]
    .map((c) => {
      if (c === ' ') return '\\s+';
      const [lo, up] = [c.toLowerCase(), c.toUpperCase()];
      return lo === up ? c : `[${lo}${up}]`;
    })
    .join('');
}

// Pasted messages open and close like letters (« Bonjour l'équipe, », « Merci d'avance. Julie »):
// none of it says what the problem is, and the names were « corrected » onto the corpus's words.
const GREETING = new RegExp(
  `^\\s*${anyCase("(?:bonjour|bonsoir|salut|hello|coucou|re)(?:(?: à (?:tous|toutes|vous)| tout le monde| l['’]équipe| (?:chère?s? )?collègues?| madame| monsieur| mesdames| messieurs))?")}(?![\\p{L}\\d])(?:\\s+\\p{Lu}[\\p{L}-]*(?=\\s*[,.!:;\\n]))?[\\s,.!:;-]*`,
  'u',
);
const SIGN_OFF = new RegExp(
  `(?:^|[\\s,.!;:])${anyCase("(?:(?:un )?grand merci|merci(?: (?:d['’]avance|par avance|beaucoup|bien|encore|à vous|pour (?:votre|ton|vos|tes) (?:aide|retours?|réponse)))*|d['’]avance merci|(?:bien )?cordialement|cdlt|cdt|bien à (?:vous|toi)|(?:très )?bonne? (?:journée|soirée|fin de journée|semaine|week-end)|belle journée|à bientôt|bises|salutations(?: distinguées)?|dans l['’]attente de (?:votre|ton) retour)")}(?:[\\s,.!;:-]+(?:\\p{Lu}[\\p{L}'’-]*\\.?))*[\\s,.!;:-]*$`,
  'u',
);
const POLITENESS =
  /(?<![\p{L}\d])(?:s['’]il (?:vous|te) pla[iî]t|svp|stp|je me permets de vous (?:écrire|contacter|solliciter)|je vous (?:écris|contacte|sollicite)(?: car| parce que| pour| au sujet de)?|désolée? (?:de|pour) (?:vous )?(?:déranger|le dérangement)|excusez-moi|merci d['’]avance|par avance)(?![\p{L}\d])/giu;
// « M. K. », « Mme DIALLO Awa », « Monsieur Martin »: the civility and the name after it.
const CIVILITY_NAME =
  /(?<![\p{L}\d])(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)\s+(?:\p{Lu}[\p{L}'’-]*\.?\s*){1,3}/gu;
const INITIALS = /(?<![\p{L}])\p{Lu}\.(?:\s*\p{Lu}\.)*(?![\p{L}])/gu;
const TIME =
  /(?<![\p{L}\d])\d{1,2}\s?h(?:\s?\d{2})?(?![\p{L}\d])|(?<![\p{L}\d])\d{1,2}:\d{2}(?![\p{L}\d])/giu;
// Removed only when the knowledge base does not use them (a webinar « chaque jeudi » does).
const WHEN =
  /(?<![\p{L}\d])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|ce matin|ce soir|cet après-midi|cette nuit|hier soir|tout à l['’]heure)(?![\p{L}\d])/giu;
// Who the message is about, named in every story (« ma collègue », « la dame »): rarely the topic,
// so weighed down, not dropped (a colleague leaving is a topic of its own).
const PEOPLE = /(?<![\p{L}\d])(?:collègues?|dames?|messieurs?|monsieur|madame)(?![\p{L}\d])/giu;
const PEOPLE_WEIGHT = 0.3;

/** Words that say what is wrong or what is asked, folded. */
const PROBLEM =
  /\b(?:impossible|impossibilite|erreurs?|errone|bloquee?s?|refusee?s?|refus|echec|echoue|plante|bug|beug|anomalie|probleme|pbs?|soucis?|disparue?s?|introuvables?|manquee?s?|manquante?s?|vides?|grisee?s?|message|marche|fonctionne|narrive|arrive pas|reussis|parviens)\b/;
const NEGATION = /\b(?:pas|jamais|aucune?|rien|plus)\b|\bn'/;
const ASKING =
  /\b(?:comment|pourquoi|faut il|faut-il|dois je|doit on|peut on|peux je|est ce que|est-ce que|que faire|quoi faire|je fais quoi|on fait quoi|qui)\b/;

/** Weight of a sentence that states nothing wrong and asks nothing, beside one that does: the
 * others fall between it and 1 by how clearly they state the problem. */
const CONTEXT_WEIGHT = 0.6;

/** How clearly a sentence states the problem: what is wrong, a negation, a question. */
function problemScore(sentence: string): number {
  const f = fold(sentence);
  let score = 0;
  if (sentence.includes('?')) score += 2;
  if (PROBLEM.test(f)) score += 2;
  if (NEGATION.test(f)) score += 1;
  if (ASKING.test(f)) score += 1;
  return score;
}

/** Capitalised words inside a sentence that the knowledge base does not know: names, places. */
function withoutNames(text: string, known: KnownWord): string {
  return text.replace(
    /(\S?)(\s+)(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu,
    (all, before: string, space: string, word: string) => {
      // The first word of a sentence or a quotation is capitalised for that reason only.
      if (!before || /[.!?«"“:(]/.test(before) || space.includes('\n')) return all;
      return known(fold(word)) ? all : `${before}${space}`;
    },
  );
}

function stripLetterForm(text: string): string {
  let t = text.replace(GREETING, ' ');
  // Sign-offs follow one another (« Merci d'avance. Bonne journée, Julie »).
  for (let i = 0; i < 4; i++) {
    const next = t.replace(SIGN_OFF, ' ');
    if (next === t) break;
    t = next;
  }
  return t;
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Reduces a query to its problem before ranking: the letter form (greeting, sign-off, politeness),
 * names and initials, times are taken out, and who is involved weighs little; in a message of
 * several sentences, those that state the problem (what is wrong, a negation, a question) count
 * fully and the story around them less. A keyword query comes back as typed.
 */
export function reduceQuery(query: string, known: KnownWord = () => false): ReducedQuery {
  const people: string[] = [];
  let text = stripLetterForm(query)
    .replace(POLITENESS, ' ')
    .replace(CIVILITY_NAME, ' ')
    .replace(INITIALS, ' ')
    .replace(TIME, ' ')
    .replace(WHEN, (w) =>
      known(
        fold(w)
          .split(/[^a-z]+/)
          .pop() ?? '',
      )
        ? w
        : ' ',
    )
    .replace(PEOPLE, (w) => {
      people.push(w);
      return ' ';
    });
  text = withoutNames(text, known);
  if (squeeze(text) === squeeze(query))
    return { parts: [{ text: query, weight: 1 }], reduced: false };
  const extra = people.length ? [{ text: people.join(' '), weight: PEOPLE_WEIGHT }] : [];
  // Sentence ends: a full stop before a space (not « 8.1 »), ! ? ; and line breaks.
  const sentences = text
    .split(/(?<=[!?;])|\.(?=\s|$)|\n+/)
    .map(squeeze)
    .filter((s) => /[\p{L}\d]/u.test(s));
  const scores = sentences.map(problemScore);
  const best = Math.max(0, ...scores);
  const weight = (score: number): number =>
    best === 0 ? 1 : CONTEXT_WEIGHT + ((1 - CONTEXT_WEIGHT) * score) / best;
  return {
    parts: [...extra, ...sentences.map((s, i) => ({ text: s, weight: weight(scores[i] ?? 0) }))],
    reduced: true,
  };
}
