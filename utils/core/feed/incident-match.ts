/**
 * Does an escalation being prepared describe a known incident? Yes when it sits in the incident's
 * nomenclature (every level the incident names, libellé or code, accent- and case-blind) or when
 * its words cover one of the symptom phrases (French-aware: the duplicate guard's tokens, stems
 * and synonyms; generic words such as « demande » or « impossible » weigh little).
 */
import { said, type Said } from '../../i18n/said';
import { baseWeight, textFeatures } from '../duplicates/features';
import { fold } from '../text/french';
import type { Incident } from './schema';

export interface IncidentCandidate {
  subject?: string | null;
  description?: string | null;
  thematique?: string | null;
  motif?: string | null;
  sousMotif?: string | null;
}

export interface IncidentMatch {
  incident: Incident;
  why: 'nomenclature' | 'symptome';
  /** The symptom phrase the text matched, when it did. */
  symptom?: string;
}

/** Share of a symptom's weight the candidate's words must cover. */
const COVERAGE = 0.7;
/** And at least this weight of specific words (so « impossible de valider » alone is not enough). */
const MIN_SPECIFIC = 1;

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && fold(a).trim() === fold(b).trim();

function inNomenclature(incident: Incident, c: IncidentCandidate): boolean {
  const n = incident.nomenclature;
  if (!n || (!n.thematique && !n.motif && !n.sousMotif)) return false;
  return (
    (!n.thematique || same(n.thematique, c.thematique)) &&
    (!n.motif || same(n.motif, c.motif)) &&
    (!n.sousMotif || same(n.sousMotif, c.sousMotif))
  );
}

/** The same word in another form: equal, or one a prefix of the other (« enregistr »/« enregistrent »). */
function has(words: ReadonlySet<string>, t: string): boolean {
  if (words.has(t)) return true;
  if (t.length < 5) return false;
  for (const w of words) if (w.length >= 5 && (w.startsWith(t) || t.startsWith(w))) return true;
  return false;
}

function coveredSymptom(incident: Incident, words: ReadonlySet<string>): string | undefined {
  return incident.symptoms.find((phrase) => {
    const tokens = [...textFeatures('', phrase).tokens];
    if (tokens.length === 0) return false;
    let all = 0;
    let hit = 0;
    let specific = 0;
    for (const t of tokens) {
      const w = baseWeight(t);
      all += w;
      if (has(words, t)) {
        hit += w;
        if (w >= 1) specific += w;
      }
    }
    return hit / all >= COVERAGE && specific >= MIN_SPECIFIC;
  });
}

/** Each known incident the candidate matches, open ones first, the most recent first. */
export function matchIncidents(
  incidents: readonly Incident[],
  candidate: IncidentCandidate,
): IncidentMatch[] {
  const text = `${candidate.subject ?? ''} ${candidate.description ?? ''}`.trim();
  const words = text
    ? textFeatures(candidate.subject ?? '', candidate.description ?? '').tokens
    : new Set<string>();
  const out: IncidentMatch[] = [];
  for (const incident of incidents) {
    if (inNomenclature(incident, candidate)) {
      out.push({ incident, why: 'nomenclature' });
      continue;
    }
    const symptom = words.size ? coveredSymptom(incident, words) : undefined;
    if (symptom) out.push({ incident, why: 'symptome', symptom });
  }
  return out.sort(
    (a, b) =>
      Number(a.incident.status === 'resolu') - Number(b.incident.status === 'resolu') ||
      b.incident.since.localeCompare(a.incident.since),
  );
}

/**
 * One sentence for the référent about a matched incident (its title is shown under it, as the
 * national team wrote it). Same day: the hour it started; otherwise the day.
 */
export function incidentSentence(m: IncidentMatch, now: number = Date.now()): Said {
  const i = m.incident;
  if (i.status === 'resolu') {
    return i.resolvedAt
      ? said('incResolvedOn', { day: { date: i.resolvedAt, as: 'day' } })
      : said('incResolved');
  }
  const sameDay = new Date(i.since).toDateString() === new Date(now).toDateString();
  return sameDay
    ? said('incOpenSinceTime', { time: { date: i.since, as: 'time' } })
    : said('incOpenSinceDay', { day: { date: i.since, as: 'day' } });
}
