/**
 * French text normalisation shared by the knowledge-base search and the duplicate guard, so that
 * both agree on what "the same word" is: case and accents folded, elisions removed, stop words
 * dropped, plurals and common verb/noun endings folded by a light stemmer.
 */

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/;

/** Words that carry no meaning for matching. Kept short on purpose: "pas" and "plus" are not here,
 * since « ne s'affiche pas » and « ne s'affiche plus » are what referents search for. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces cet cette dans de des du elle en et est etre eu il ils je la le les leur ' +
    'leurs lui ma mais me mes mon ne nos notre nous on ont ou par pour qu que qui sa se ses son sur ' +
    'ta te tes toi ton tu un une vos votre vous y ete etait sont suis ai as avons avez a ca cela ' +
    'comme donc si alors aussi tres bien faire fait fais peut peux dois doit quand comment quoi ' +
    'bonjour merci svp stp cordialement madame monsieur'
  ).split(' '),
);

/** Lower case, accents and ligatures folded, curly quotes made straight. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'");
}

/** Splits folded text into raw word tokens (letters and digits), elisions removed. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(/[^a-z0-9']+/)) {
    for (const part of raw.replace(ELISION, '').split("'")) {
      if (part) out.push(part);
    }
  }
  return out;
}

const SUFFIXES = [
  'issements',
  'issement',
  'ements',
  'ement',
  'ations',
  'ation',
  'itions',
  'ition',
  'atrices',
  'atrice',
  'ateurs',
  'ateur',
  'ences',
  'ence',
  'ances',
  'ance',
  'ees',
  'ee',
  'es',
  'er',
  'ez',
  'e',
];

/** A light French stemmer (in the spirit of Savoy's): plurals, then one common suffix. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if ((w.endsWith('s') || w.endsWith('x')) && !w.endsWith('ss') && w.length > 3)
    w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // fusionner → fusionn → fusion; personne → personn → person
  if (/([bcdfghjklmnpqrstvwz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Meaningful stemmed tokens of a text, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
