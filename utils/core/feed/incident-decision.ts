/**
 * Known incidents in the duplicate guard's answer: an open incident the escalation matches is an
 * escalation already made (by the national team itself), with the same override by justification;
 * a resolved one no longer blocks and becomes a level-1 answer (« résolu le … »).
 */
import { said } from '../../i18n/said';
import type { Decision } from '../duplicates/policy';
import { EscalationRecordSchema } from '../duplicates/record';
import { incidentSentence, type IncidentMatch } from './incident-match';

export function withIncidents(
  decision: Decision | null,
  matches: readonly IncidentMatch[],
  now: number = Date.now(),
): Decision | null {
  const first = matches[0];
  if (!first) return decision;
  const open = first.incident.status === 'en-cours';
  if (!open && decision && decision.verdict !== 'allow') return decision;
  const entry = EscalationRecordSchema.parse({
    subject: first.incident.title,
    createdAt: first.incident.since,
    status: open ? 'open' : 'resolved',
    ticketUrl: first.incident.article,
    source: 'import',
  });
  const why =
    first.why === 'nomenclature'
      ? said('dupWhyIncidentNomenclature')
      : said('dupWhyIncidentSymptom', { symptom: first.symptom ?? '' });
  return {
    verdict: open ? 'block' : 'warn',
    reason: incidentSentence(first, now),
    incident: { title: first.incident.title, article: first.incident.article ?? null },
    matches: [
      { entry, kind: 'meme-probleme-autre-cas', reasons: [why] },
      ...(decision?.matches ?? []),
    ],
  };
}
