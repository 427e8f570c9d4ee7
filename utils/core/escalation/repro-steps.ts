import type { Breadcrumb, SisiaoContext, TechSignal } from '../context';

/**
 * Breadcrumbs of what the referent did on the SI SIAO tab (read there by
 * sites/sisiao/breadcrumbs.ts), and their French rendering as « Étapes pour reproduire » and
 * « Résultat obtenu » lines of the escalation script.
 */

export const MAX_BREADCRUMBS = 30;

/** An « error » breadcrumb for a message shown on screen. */
export function errorBreadcrumb(text: string, at: number): Breadcrumb {
  return {
    at: Math.max(0, Math.floor(at)),
    kind: 'error',
    label: text.replace(/\s+/g, ' ').trim().slice(0, 300),
  };
}

/**
 * Appends a breadcrumb to a ring of at most 30, without repeating a visit to the page just visited
 * nor a double click on the same button (within 2 s). Returns a new array.
 */
export function pushBreadcrumb(
  list: readonly Breadcrumb[],
  crumb: Breadcrumb,
  max = MAX_BREADCRUMBS,
): Breadcrumb[] {
  const last = list[list.length - 1];
  if (last && last.kind === crumb.kind && last.label === crumb.label) {
    if (crumb.kind === 'visit' || crumb.kind === 'tab' || crumb.at - last.at < 2000)
      return [...list];
  }
  const next = [...list, crumb];
  return next.length > max ? next.slice(next.length - max) : next;
}

/** Capitalised words a screen title may hold that are not names: the sector's acronyms. */
const ACRONYMS = new Set(
  'SI SIAO ID CHRS CADA HUDA CHU RSA CAF DALO DAHO AHI ALT IML PAL SYPLO ASE PMI CCAS OFII SAO SAMU HLM CPH IDE'.split(
    ' ',
  ),
);

/**
 * The screen's title as it may go into a ticket, or null. A heading can carry a usager's name
 * (« Suivi — DUPONT Marie »): only the part before a separator is kept, and only when no word
 * after the first is capitalised like a name (the sector's acronyms such as SIAO or CHRS stay). Losing a screen's
 * name in a step is better than sending a person's.
 */
export function ticketSafeTitle(title: string | null): string | null {
  const head = (title ?? '').split(/\s[—–\-:|·]\s|\s*[|·]\s*/)[0]?.trim() ?? '';
  if (!head || head.length > 80) return null;
  const words = head.split(/\s+/).slice(1);
  const nameLike = words.some((w) => /^\p{Lu}/u.test(w) && !ACRONYMS.has(w.replace(/\W+$/u, '')));
  return nameLike || /\d{2}[/.]\d{2}[/.]\d{2,4}/.test(head) ? null : head;
}

/** How a screen is named in a step: « la fiche ménage ID 9100018 ». */
export function describeVisit(ctx: SisiaoContext): string {
  const title = ticketSafeTitle(ctx.pageTitle);
  switch (ctx.pageKind) {
    case 'fiche-menage':
      return ctx.menageId ? `la fiche ménage ID ${ctx.menageId}` : 'la fiche ménage';
    case 'fiche-demande':
      return ctx.demandeId
        ? `la fiche demande ID ${ctx.demandeId}${ctx.menageId ? ` (ménage ID ${ctx.menageId})` : ''}`
        : 'la fiche demande';
    case 'fiche-personne':
      return ctx.personneId ? `la fiche personne ID ${ctx.personneId}` : 'la fiche personne';
    case 'liste':
      return title ? `la liste « ${title} »` : 'la liste';
    case 'accueil':
      return "l'accueil (tableau de bord)";
    case 'offre':
      return title ? `l'offre, page « ${title} »` : "l'offre";
    default:
      return title ? `la page « ${title} »` : 'la page';
  }
}

function step(crumb: Breadcrumb): string {
  switch (crumb.kind) {
    case 'visit':
      // Visits recorded with describeVisit read « la fiche … »; raw titles get quotes.
      return /^(la|le|l'|les) /.test(crumb.label)
        ? `Aller dans ${crumb.label}`
        : `Aller sur la page « ${crumb.label} »`;
    case 'tab':
      return `Ouvrir l'onglet « ${crumb.label} »`;
    case 'click':
      return /^lien (de|dans) /.test(crumb.label)
        ? `Cliquer sur le ${crumb.label}`
        : `Cliquer sur « ${crumb.label} »`;
    case 'error':
      return `Le message « ${crumb.label} » s'affiche`;
  }
}

/**
 * « Étapes pour reproduire », unnumbered (the panel numbers them after the referent's edits; see
 * `numberSteps`): a first step to reach the screen when the recording does not start with a
 * visit, then each action, up to the last failure (an error shown or a failed request) and 2 s after.
 */
export function toReproSteps(
  breadcrumbs: readonly Breadcrumb[],
  signals: readonly TechSignal[],
  context: SisiaoContext,
): string[] {
  const crumbs = [...breadcrumbs].sort((a, b) => a.at - b.at);
  const failures = [
    ...crumbs.filter((c) => c.kind === 'error').map((c) => c.at),
    ...signals
      .filter((s) => s.kind === 'http' && (s.status === 0 || (s.status ?? 0) >= 400))
      .map((s) => s.at),
  ];
  const until = failures.length ? Math.max(...failures) + 2000 : Infinity;
  const kept = crumbs.filter((c) => c.at <= until);
  const steps: string[] = [];
  if (kept[0]?.kind !== 'visit') steps.push(`Aller dans ${describeVisit(context)}`);
  for (const c of kept) {
    const s = step(c);
    if (steps[steps.length - 1] !== s) steps.push(s);
  }
  return steps;
}

/** « 1) Aller dans … », the numbering the national team's script uses. */
export function numberSteps(steps: readonly string[]): string[] {
  return steps.map((s, i) => `${i + 1}) ${s}`);
}

const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
});

/** HH:MM in Europe/Paris, the time the national team reads logs in. */
export function parisTime(at: number): string {
  return PARIS_TIME.format(new Date(at)).replace(/\s/g, '').replace('h', ':');
}

/**
 * « Résultat obtenu » lines: « Erreur technique : HTTP 500 sur PUT /api/menages/9100018/pieces à
 * 10:42 », one per distinct failure (repeats of the same failure are not listed twice).
 */
export function toTechnicalLines(signals: readonly TechSignal[]): string[] {
  const lines: string[] = [];
  for (const s of [...signals].sort((a, b) => a.at - b.at)) {
    let line: string | null = null;
    const path = (s.path ?? '').replace(/\?.*$/, '');
    if (s.kind === 'http' && s.status !== undefined && (s.status === 0 || s.status >= 400)) {
      line =
        s.status === 0
          ? `Erreur technique : pas de réponse du serveur sur ${s.method ?? 'GET'} ${path}`
          : `Erreur technique : HTTP ${s.status} sur ${s.method ?? 'GET'} ${path}`;
    } else if (s.kind === 'script' && s.message) {
      line = `Erreur de script dans la page : ${s.message.replace(/\s+/g, ' ').slice(0, 200)}`;
    }
    if (!line) continue;
    const full = `${line} à ${parisTime(s.at)}`;
    if (!lines.some((l) => l.startsWith(`${line} à `))) lines.push(full);
  }
  return lines;
}
