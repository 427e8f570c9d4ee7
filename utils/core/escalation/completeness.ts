import { said, type Said } from '../../i18n/said';
import type { MessageKey } from '../../i18n';
import type { TechSignal } from '../context';
import { selectionLevel, selectionNeedsUsager } from '../nomenclature/lookup';
import type { Nomenclature } from '../nomenclature/schema';
import type { EscalationDraft } from './model';
import { findPersonalData, type PersonalDataKind } from './personal-data';
import { looksLikeAnomaly } from './signals';

/**
 * The checklist shown before « Préparer l'escalade »: what the national team needs to act without
 * asking back. `block` items stop the escalation (with the reason), `warn` items only advise.
 */

export interface CompletenessItem {
  code: string;
  severity: 'block' | 'warn';
  /** Addressed to the referent, put in words by the page that shows it. */
  message: Said;
  /** Path of the draft field to focus: 'nature.description', 'steps', 'steps.s2'… */
  field: string;
}

export interface CompletenessOptions {
  /** Needed to know whether the chosen motif concerns a usager and is an anomaly. */
  nomenclature?: Nomenclature;
  /** The referent's own address: never reported as personal data. */
  referentEmail?: string | null;
  /** Technical errors captured on the tab, as a clue of an anomaly. */
  signals?: readonly TechSignal[];
  /** Overrides the anomaly detection (the referent said so). */
  anomaly?: boolean;
  /** For the birth-date heuristic; defaults to the current time. */
  now?: number;
}

/** Below this, a description cannot say what happened: blocks. */
export const DESCRIPTION_MIN = 30;
/** Below this, a description is usually too thin to act on without asking back: warns. The
 * national team's own example (110 characters, the steps and results saying the rest) passes. */
export const DESCRIPTION_GOOD = 80;

const FIELD_LABELS: Record<string, MessageKey> = {
  'nature.summary': 'chkFieldSummary',
  'nature.description': 'chkFieldDescription',
  'nature.ids.other': 'chkFieldOtherIds',
  steps: 'chkFieldSteps',
  expected: 'chkFieldExpected',
  obtained: 'chkFieldObtained',
  technicalLines: 'chkFieldTechnical',
  justification: 'chkFieldJustification',
};

const PERSONAL_MESSAGES: Record<PersonalDataKind, MessageKey> = {
  'name-birthdate': 'chkPersonalNameBirthdate',
  phone: 'chkPersonalPhone',
  email: 'chkPersonalEmail',
  nir: 'chkPersonalNir',
};

/** True when the draft describes an anomaly (which needs steps and an expected result). */
export function draftIsAnomaly(draft: EscalationDraft, options: CompletenessOptions = {}): boolean {
  if (options.anomaly !== undefined) return options.anomaly;
  if (options.nomenclature && selectionLevel(options.nomenclature, draft.nomenclature) === 2) {
    return true;
  }
  if (draft.technicalLines.some((t) => t.included && t.text.trim())) return true;
  const text = [draft.nature.summary, draft.nature.description, draft.obtained].join('\n');
  return looksLikeAnomaly(text, options.signals ?? []);
}

function freeTexts(draft: EscalationDraft): { field: string; text: string }[] {
  return [
    { field: 'nature.summary', text: draft.nature.summary },
    { field: 'nature.description', text: draft.nature.description },
    { field: 'nature.ids.other', text: draft.nature.ids.other },
    ...draft.steps.map((s) => ({ field: `steps.${s.id}`, text: s.text })),
    { field: 'expected', text: draft.expected },
    { field: 'obtained', text: draft.obtained },
    ...draft.technicalLines
      .filter((t) => t.included)
      .map((t) => ({ field: `technicalLines.${t.id}`, text: t.text })),
    { field: 'justification', text: draft.justification ?? '' },
  ];
}

function labelOf(field: string): Said | string {
  const key = FIELD_LABELS[field] ?? FIELD_LABELS[field.split('.')[0] ?? ''];
  return key ? said(key) : field;
}

function personalDataItems(
  draft: EscalationDraft,
  options: CompletenessOptions,
): CompletenessItem[] {
  const allowedEmails = [options.referentEmail ?? '', draft.qui.userEmail].filter(Boolean);
  const currentYear = new Date(options.now ?? Date.now()).getFullYear();
  const items: CompletenessItem[] = [];
  for (const { field, text } of freeTexts(draft)) {
    if (!text.trim()) continue;
    const kinds = new Set(
      findPersonalData(text, { allowedEmails, currentYear }).map((h) => h.kind),
    );
    for (const kind of kinds) {
      items.push({
        code: `personal-${kind}`,
        severity: 'warn',
        message: said('chkPersonal', {
          what: said(PERSONAL_MESSAGES[kind]),
          field: labelOf(field),
        }),
        field,
      });
    }
  }
  return items;
}

function identityItems(draft: EscalationDraft, options: CompletenessOptions): CompletenessItem[] {
  const items: CompletenessItem[] = [];
  const needsUsager = options.nomenclature
    ? selectionNeedsUsager(options.nomenclature, draft.nomenclature)
    : true;
  const hasUsager = [draft.qui.menageId, draft.qui.personneId, draft.nature.ids.demandeId].some(
    (v) => v.trim(),
  );
  if (needsUsager && !hasUsager) {
    items.push({
      code: 'usager-missing',
      severity: 'block',
      message: said('chkUsagerMissing'),
      field: 'qui.menageId',
    });
  }
  if (!draft.qui.userEmail.trim()) {
    items.push({
      code: 'user-email-missing',
      severity: 'warn',
      message: said('chkUserEmailMissing'),
      field: 'qui.userEmail',
    });
  }
  return items;
}

function natureItems(draft: EscalationDraft): CompletenessItem[] {
  const items: CompletenessItem[] = [];
  if (!draft.nature.summary.trim()) {
    items.push({
      code: 'summary-missing',
      severity: 'block',
      message: said('chkSummaryMissing'),
      field: 'nature.summary',
    });
  }
  const description = draft.nature.description.replace(/\s+/g, ' ').trim();
  if (description.length < DESCRIPTION_MIN) {
    items.push({
      code: description ? 'description-too-short' : 'description-missing',
      severity: 'block',
      message: said(description ? 'chkDescriptionTooShort' : 'chkDescriptionMissing'),
      field: 'nature.description',
    });
  } else if (description.length < DESCRIPTION_GOOD) {
    items.push({
      code: 'description-short',
      severity: 'warn',
      message: said('chkDescriptionShort'),
      field: 'nature.description',
    });
  }
  if (!draft.nomenclature.motif) {
    items.push({
      code: 'motif-missing',
      severity: 'warn',
      message: said('chkMotifMissing'),
      field: 'nomenclature',
    });
  }
  return items;
}

function anomalyItems(draft: EscalationDraft): CompletenessItem[] {
  const items: CompletenessItem[] = [];
  if (!draft.steps.some((s) => s.text.trim())) {
    items.push({
      code: 'steps-missing',
      severity: 'block',
      message: said('chkStepsMissing'),
      field: 'steps',
    });
  }
  if (!draft.expected.trim()) {
    items.push({
      code: 'expected-missing',
      severity: 'block',
      message: said('chkExpectedMissing'),
      field: 'expected',
    });
  }
  const hasTechnical = draft.technicalLines.some((t) => t.included && t.text.trim());
  if (!draft.obtained.trim() && !hasTechnical) {
    items.push({
      code: 'obtained-missing',
      severity: 'warn',
      message: said('chkObtainedMissing'),
      field: 'obtained',
    });
  }
  return items;
}

/**
 * Every missing essential (block) and advice (warn) for the draft, blocks first. The usager ID is
 * not required when the chosen motif concerns no usager (`usagerRequired: false` in the
 * nomenclature: compte utilisateur, formations, module offre, extraction, lenteur); without a
 * chosen motif it is required. Steps and expected result are required for an anomaly only, since a
 * question has nothing to reproduce.
 */
export function checkCompleteness(
  draft: EscalationDraft,
  options: CompletenessOptions = {},
): CompletenessItem[] {
  const items = [
    ...identityItems(draft, options),
    ...natureItems(draft),
    ...(draftIsAnomaly(draft, options) ? anomalyItems(draft) : []),
  ];
  if (!draft.screenshots.length) {
    items.push({
      code: 'screenshot-missing',
      severity: 'warn',
      message: said('chkScreenshotMissing'),
      field: 'screenshots',
    });
  }
  items.push(...personalDataItems(draft, options));
  return [
    ...items.filter((i) => i.severity === 'block'),
    ...items.filter((i) => i.severity === 'warn'),
  ];
}

/** True when at least one item blocks the escalation. */
export function isBlocked(items: readonly CompletenessItem[]): boolean {
  return items.some((i) => i.severity === 'block');
}
