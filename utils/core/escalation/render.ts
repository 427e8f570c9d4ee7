import { contextKeyInTicket, NO_CONTEXT_KEY } from './context-key';
import type { EscalationDraft } from './model';

/**
 * The escalation as the plain text pasted into the support form, in the order and with the
 * headings of the national team's script. Ticket tools show it raw: no Markdown, numbered steps as
 * « 1) » like the team's own example, one blank line between sections.
 */

export interface RenderOptions {
  /** Line ending of the output; a form field posts CRLF anyway, so both are accepted. */
  eol?: '\n' | '\r\n';
  /** False when the chosen motif concerns no usager (compte, formation): says « non concerné ». */
  usagerApplies?: boolean;
}

/** Free text made safe to paste: one kind of line ending, no control characters, no trailing blanks. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Control characters pasted from other tools (bell, form feed…) show as boxes in tickets.
      .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
        if (c === '\n' || c === '\t') return c;
        return c === '\u2028' || c === '\u2029' ? '\n' : '';
      })
      .replace(/\t/g, '    ')
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** A step on one line without numbering or bullet the referent may have typed (« 2) », « - »). */
export function cleanStep(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\d{1,3}\s*[).:-]|[-*•·>–—])\s*/, '')
    .trim();
}

function usagerLine(draft: EscalationDraft, usagerApplies: boolean): string {
  const parts: string[] = [];
  const menage = draft.qui.menageId.trim();
  const personne = draft.qui.personneId.trim();
  if (menage) parts.push(`ID ménage ${menage}`);
  if (personne) parts.push(`ID personne ${personne}`);
  if (parts.length) return `Usager : ${parts.join(' / ')}`;
  return `Usager : ${usagerApplies ? 'non renseigné' : 'non concerné'}`;
}

function userLine(draft: EscalationDraft): string {
  const email = draft.qui.userEmail.trim();
  const profile = draft.qui.userProfile.trim();
  if (email && profile) return `Utilisateur : ${email} (profil : ${profile})`;
  if (email) return `Utilisateur : ${email}`;
  if (profile) return `Utilisateur : profil ${profile}`;
  return 'Utilisateur : non renseigné';
}

function idsLine(draft: EscalationDraft): string | null {
  const ids = draft.nature.ids;
  const parts = (
    [
      ['demande', ids.demandeId],
      ['structure', ids.structureId],
      ['dispositif', ids.dispositifId],
      ['groupe de places', ids.groupePlacesId],
    ] as const
  )
    .filter(([, value]) => value.trim())
    .map(([label, value]) => `${label} ${value.trim()}`);
  const other = cleanText(ids.other).replace(/\n/g, ' ');
  if (other) parts.push(`autre : ${other}`);
  return parts.length ? `ID concernés : ${parts.join(' ; ')}` : null;
}

function obtainedSection(draft: EscalationDraft): string[] {
  const lines: string[] = [];
  const obtained = cleanText(draft.obtained);
  if (obtained) lines.push(obtained);
  const technical = draft.technicalLines
    .filter((t) => t.included)
    .map((t) => cleanText(t.text).replace(/\n/g, ' '))
    .filter(Boolean);
  if (technical.length) {
    if (obtained) lines.push('');
    lines.push('Erreurs techniques relevées :', ...technical);
  }
  return lines.length ? ['Résultat obtenu :', ...lines] : [];
}

/** The body of the ticket. Empty optional sections are left out; the two numbered ones never are. */
export function renderEscalation(draft: EscalationDraft, options: RenderOptions = {}): string {
  const sections: string[][] = [];
  sections.push([
    '1. Qui est concerné ?',
    userLine(draft),
    usagerLine(draft, options.usagerApplies ?? true),
  ]);

  const nature = ['2. Quelle est la nature de la demande ?'];
  const description = cleanText(draft.nature.description);
  nature.push(description || 'Description non renseignée.');
  const ids = idsLine(draft);
  if (ids) nature.push('', ids);
  sections.push(nature);

  const steps = draft.steps.map((s) => cleanStep(s.text)).filter(Boolean);
  if (steps.length) {
    sections.push(['Étapes pour reproduire :', ...steps.map((s, i) => `${i + 1}) ${s}`)]);
  }
  const expected = cleanText(draft.expected);
  if (expected) sections.push(['Résultat attendu :', expected]);
  const obtained = obtainedSection(draft);
  if (obtained.length) sections.push(obtained);
  const justification = cleanText(draft.justification ?? '');
  if (justification) sections.push(["Justification de l'escalade :", justification]);

  const eol = options.eol ?? '\n';
  return sections
    .map((s) => s.join('\n'))
    .join('\n\n')
    .replace(/\n/g, eol);
}

/** Subjects longer than this are cut by some ticket tools without warning. */
export const SUBJECT_MAX = 150;

/**
 * The ticket subject: the one-line summary, cut at a word with « … » when too long. Without a
 * summary (the completeness check blocks that case), a neutral subject naming the context.
 */
export function renderSubject(draft: EscalationDraft): string {
  const summary = cleanText(draft.nature.summary).replace(/\s+/g, ' ');
  if (!summary) {
    return draft.contextKey === NO_CONTEXT_KEY
      ? "Demande d'assistance SI SIAO"
      : `Demande d'assistance SI SIAO – ${contextKeyInTicket(draft.contextKey)}`;
  }
  if (summary.length <= SUBJECT_MAX) return summary;
  const cut = summary.slice(0, SUBJECT_MAX - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > SUBJECT_MAX / 2 ? atWord : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
