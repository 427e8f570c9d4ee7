/**
 * English of the configuration's validation messages. Those are built in French where the files
 * are read (utils/config, the adapters' rule schemas, the nomenclature): a referent or an
 * administrator reads them next to the JSON keys they name. An English page matches each message
 * here whole and writes it in English, values kept; a message not listed stays as it is.
 */
const MESSAGES: ReadonlyArray<readonly [RegExp, string]> = [
  // zod's issues, as utils/config/issues.ts and the nomenclature word them
  [/^texte attendu$/, 'text expected'],
  [/^texte non vide attendu$/, 'non-empty text expected'],
  [/^nombre attendu$/, 'number expected'],
  [/^nombre entier attendu$/, 'whole number expected'],
  [/^true ou false attendu$/, 'true or false expected'],
  [/^liste attendue$/, 'list expected'],
  [/^objet attendu$/, 'object expected'],
  [/^type inattendu$/, 'unexpected type'],
  [/^obligatoire$/, 'required'],
  [/^valeur attendue : (.*)$/, 'value expected: $1'],
  [/^valeur inconnue « (.*) » \(attendu : (.*)\)$/, 'unknown value “$1” (expected: $2)'],
  [/^valeur inattendue \(attendu : (.*)\)$/, 'unexpected value (expected: $1)'],
  [/^valeur inattendue$/, 'unexpected value'],
  [/^trop long \((\d+) caractères au plus\)$/, 'too long ($1 characters at most)'],
  [/^trop d'éléments \((\d+) au plus\)$/, 'too many items ($1 at most)'],
  [/^trop grand \((.+) au plus\)$/, 'too large ($1 at most)'],
  [/^ne doit pas être vide$/, 'must not be empty'],
  [/^trop court \((\d+) caractères au moins\)$/, 'too short ($1 characters at least)'],
  [/^liste vide : au moins un élément attendu$/, 'empty list: at least one item expected'],
  [/^au moins (\d+) éléments attendus$/, 'at least $1 items expected'],
  [/^trop petit \((.+) au moins\)$/, 'too small ($1 at least)'],
  [/^clé inconnue ignorée : (.*)$/, 'unknown key ignored: $1'],
  [/^clé inconnue (.*)$/, 'unknown key $1'],
  [/^clé invalide$/, 'invalid key'],
  [/^format invalide$/, 'invalid format'],
  [/^valeur invalide$/, 'invalid value'],
  [
    /^format non reconnu \(une liste, ou \{ "set": \[\.\.\.\] \}\)$/,
    'format not recognised (a list, or { "set": [...] })',
  ],
  [/^champs? inconnus? (.*)$/, 'unknown field(s) $1'],
  [/^(\d+) caractères au plus$/, '$1 characters at most'],
  [/^(\d+) synonymes au plus$/, '$1 synonyms at most'],
  [/^au moins un motif attendu$/, 'at least one reason expected'],
  [/^au moins une thématique attendue$/, 'at least one theme expected'],
  [/^niveau 1 ou 2 attendu$/, 'level 1 or 2 expected'],
  [
    /^code attendu : .*$/,
    'code expected: letters without accents, digits, dashes, underscores or dots, no space (e.g. “gestion-demande”)',
  ],
  [/^le code « (.*) » est déjà utilisé par (.*)$/, 'the code “$1” is already used by $2'],
  // Sections of the configuration file
  [/^adresse invalide$/, 'invalid address'],
  [/^seuls (.*) sont remplacés$/, 'only $1 are replaced'],
  [/^identifiant « (.*) » en double$/, 'identifier “$1” used twice'],
  [/^numéro de département attendu .*$/, 'department number expected (e.g. “75”, “2A”, “974”)'],
  [/^version absente : version (\d+) supposée$/, 'version missing: version $1 assumed'],
  [/^nombre entier attendu$/, 'whole number expected'],
  [
    /^version (\d+) inconnue \(cette extension lit jusqu'à la version (\d+)\) ; mettez l'extension à jour$/,
    'unknown version $1 (this extension reads up to version $2); update the extension',
  ],
  [/^pas de migration vers la version (\d+)$/, 'no migration to version $1'],
  [
    /^configuration de version (\d+) convertie en version (\d+)$/,
    'configuration of version $1 converted to version $2',
  ],
  [
    /^(.*) fait (\d+) Ko : une configuration fait (\d+) Ko au plus\. Rien n'a changé\.$/,
    '$1 is $2 KB: a configuration is $3 KB at most. Nothing changed.',
  ],
  [/^La stratégie de votre administrateur$/, 'Your administrator’s policy'],
  // The SI SIAO rules and the text checks
  [
    /^chemin attendu, commençant par « \/ » ou « #\/ »$/,
    'path expected, starting with “/” or “#/”',
  ],
  [/^chemin attendu, commençant par « \/ »$/, 'path expected, starting with “/”'],
  [/^doit contenir « \{id\} » une fois$/, 'must contain “{id}” once'],
  [/^nom de paramètre invalide$/, 'invalid parameter name'],
  [/^nom d'attribut invalide$/, 'invalid attribute name'],
  [/^nom de règle : lettres, chiffres, - ou _$/, 'rule name: letters, digits, - or _'],
  [/^clé inconnue$/, 'unknown key'],
  [/^une liste attendu$/, 'a list expected'],
  [/^un texte attendu$/, 'a text expected'],
  [/^un objet attendu$/, 'an object expected'],
  [/^un nombre attendu$/, 'a number expected'],
  [/^vrai ou faux attendu$/, 'true or false expected'],
  [/^trop long \(maximum (\d+)\)$/, 'too long (at most $1)'],
  [/^vide ou trop court$/, 'empty or too short'],
  [/^valeur non reconnue \(attendu : (.*)\)$/, 'value not recognised (expected: $1)'],
  [/^caractère interdit dans un sélecteur CSS$/, 'character not allowed in a CSS selector'],
  [
    /^expression trop longue \((\d+) caractères au plus\)$/,
    'expression too long ($1 characters at most)',
  ],
  [/^expression régulière invalide$/, 'invalid regular expression'],
  [/^référence arrière refusée$/, 'back-reference refused'],
  [/^assertion arrière refusée$/, 'lookbehind refused'],
  [
    /^quantificateurs imbriqués refusés .*$/,
    'nested quantifiers refused (e.g. (\\d+)+), which can freeze the page',
  ],
];

/** A message whole, in English when listed, with its values. */
function message(text: string): string | null {
  for (const [re, english] of MESSAGES) {
    const m = re.exec(text);
    if (m) return english.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
  }
  return null;
}

/**
 * One validation line in English: a listed message, « path : message » (the path as written in
 * the file), « Règles invalides : a ; b », each part in turn. What is not listed stays French.
 */
export function configLineInEnglish(line: string): string {
  const whole = message(line);
  if (whole !== null) return whole;
  const stored =
    /^Vos réglages enregistrés étaient illisibles \((.*)\) : les valeurs par défaut sont utilisées\. L'ancienne version est conservée pour l'assistance\. Détail : (.*)$/.exec(
      line,
    );
  if (stored) {
    const detail = (stored[2] ?? '').split(' ; ').map(configLineInEnglish).join('; ');
    return `Your saved settings were unreadable (${stored[1] ?? ''}): the defaults are used. The old version is kept for the support team. Detail: ${detail}`;
  }
  const rules = /^Règles invalides : (.*?)(?: \(et (\d+) autres erreurs\))?$/.exec(line);
  if (rules) {
    const parts = (rules[1] ?? '').split(' ; ').map(configLineInEnglish).join('; ');
    return `Invalid rules: ${parts}${rules[2] ? ` (and ${rules[2]} more errors)` : ''}`;
  }
  const at = line.indexOf(' : ');
  if (at > 0) {
    const rest = configLineInEnglish(line.slice(at + 3));
    if (rest !== line.slice(at + 3)) return `${line.slice(0, at)}: ${rest}`;
  }
  return line;
}
