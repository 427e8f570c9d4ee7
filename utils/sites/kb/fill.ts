/**
 * Fills the support form from an escalation plan, as a careful person would: field by field, the
 * nomenclature in order (each level's options load after its parent is chosen) and mapped by
 * meaning onto what the form offers, never over what the person already typed, never submitting,
 * and reporting what could not be done (by reason code, put in words where it is shown), with the closest options when nothing fits.
 */
import { z } from 'zod';
import type { FieldHandle } from './form-controls';
import { fillChoice, type FillContext } from './fill-choice';
import { levelCandidates, type OptionLike } from './form-option-match';
import { DEFAULT_FORM_MAPPING, type FormField, type FormMapping } from './form-mapping';
import { acceptsFile, markFilled, sameText, writeFiles, writeText } from './form-set-value';
import { refreshView, type FormView } from './form-view';
import { throwIfAborted } from './form-wait';

export { waitForForm, FormNotFoundError } from './form-wait';

/** A nomenclature entry: the option is found by its code, its libellé or one of its synonyms. */
export const planChoiceSchema = z.object({
  code: z.string(),
  libelle: z.string(),
  synonyms: z.array(z.string()).optional(),
});
export type PlanChoice = z.infer<typeof planChoiceSchema>;

/** What to put in the form. Attachments are `File`s, built by the caller (they do not cross
 * extension messaging). */
export const fillPlanSchema = z.object({
  email: z.string(),
  subject: z.string(),
  description: z.string(),
  thematique: planChoiceSchema.optional(),
  motif: planChoiceSchema.optional(),
  sousMotif: planChoiceSchema.optional(),
  attachments: z.array(z.instanceof(File)).optional(),
});
export type FillPlan = z.infer<typeof fillPlanSchema>;

/** Why a field was not filled; `vars` name the parent field, the file, the wanted choice. */
export const SKIP_REASONS = [
  'notFound',
  'noAttachmentField',
  'dependsOn',
  'locked',
  'nothingMoreSpecific',
  'notInEscalation',
  'nothingToType',
  'refused',
  'fileType',
  'oneFileOne',
  'oneFileMany',
  'filesRefused',
  'choicesLate',
  'noChoice',
  'notKept',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const skippedSchema = z.object({
  field: z.string(),
  reason: z.enum(SKIP_REASONS),
  vars: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Skipped = z.infer<typeof skippedSchema>;

/** What was filled, what was not (with its reason) and what the person had typed; when
 * no option fitted a level, the closest ones it offers, for the person to pick from. */
export const fillReportSchema = z.object({
  filled: z.array(z.string()),
  skipped: z.array(skippedSchema),
  conflicts: z.array(z.object({ field: z.string(), current: z.string() })),
  choices: z
    .array(
      z.object({
        field: z.string(),
        options: z.array(z.object({ value: z.string(), label: z.string() })),
      }),
    )
    .optional(),
});
export type FillReport = z.infer<typeof fillReportSchema>;

export interface FillOptions {
  signal?: AbortSignal;
  /** Upper bound of any wait. Default 5 s. */
  timeoutMs?: number;
  /** How long a dependent field or list the page is loading is waited for. Default 2 s. Options
   * already on the page are never waited on, whether one fits or not. */
  dependentMs?: number;
  /** Told of every list of nomenclature options read while filling. */
  onOptions?: FillContext['onOptions'];
  /** Replace values the person already entered (otherwise they are reported as conflicts). */
  overwrite?: boolean;
  mapping?: FormMapping;
  /** Fill (and report on) these fields only: a later step of a multi-step form brings the fields
   * the first pass did not find. Default: every field. */
  only?: readonly FormField[];
}

export const DEFAULT_FIELD_TIMEOUT_MS = 5000;
export const DEFAULT_DEPENDENT_MS = 2000;

/**
 * Fills `view` from `plan` and reports. Never submits: a capture-phase listener cancels any
 * submit event while filling, in case a page handler reacts to our events by submitting.
 * Rejects only when `signal` aborts.
 */
export async function fillForm(
  view: FormView,
  plan: FillPlan,
  opts: FillOptions = {},
): Promise<FillReport> {
  const ctx: FillContext = {
    report: { filled: [], skipped: [], conflicts: [] },
    overwrite: opts.overwrite ?? false,
    timeoutMs: opts.timeoutMs ?? DEFAULT_FIELD_TIMEOUT_MS,
    dependentMs: opts.dependentMs ?? DEFAULT_DEPENDENT_MS,
    signal: opts.signal,
    mapping: opts.mapping ?? DEFAULT_FORM_MAPPING,
    onOptions: opts.onOptions,
  };
  const wanted = (field: FormField): boolean => !opts.only || opts.only.includes(field);
  const blockSubmit = (event: Event): void => event.preventDefault();
  const doc = view.root.ownerDocument;
  doc.addEventListener('submit', blockSubmit, true);
  try {
    let current = view;
    for (const field of ['email', 'subject', 'description'] as const) {
      throwIfAborted(ctx.signal);
      if (!wanted(field)) continue;
      current = refreshView(current, ctx.mapping);
      fillText(current.fields[field], field, plan[field], ctx);
    }
    current = await fillNomenclature(current, plan, ctx, wanted);
    throwIfAborted(ctx.signal);
    current = refreshView(current, ctx.mapping);
    if (wanted('attachments')) fillFiles(current.fields.attachments, plan.attachments ?? [], ctx);
  } finally {
    doc.removeEventListener('submit', blockSubmit, true);
  }
  return ctx.report;
}

const LEVELS = ['thematique', 'motif', 'sousMotif'] as const;

/**
 * The three levels in order. Each level maps the escalation's entries left below the one its
 * parent took (the same level's first, then deeper ones: a motif « Gestion du ménage » may be what
 * the form calls its thématique « Gestion des ménages »); a level whose parent was not chosen is
 * left, since its options depend on it.
 */
async function fillNomenclature(
  view: FormView,
  plan: FillPlan,
  ctx: FillContext,
  wanted: (field: FormField) => boolean,
): Promise<FormView> {
  const chain = LEVELS.map((field) => plan[field]);
  let current = view;
  let parentFailed: FormField | null = null;
  let used = -1;
  let dependent = false;
  let staleSignature: string | null = null;
  for (const [level, field] of LEVELS.entries()) {
    throwIfAborted(ctx.signal);
    // A level left out was chosen by an earlier pass: the levels below may be filled.
    if (!wanted(field)) {
      if (plan[field]) used = Math.max(used, level);
      continue;
    }
    if (!plan[field]) {
      ctx.report.skipped.push({ field, reason: 'notInEscalation' });
      parentFailed ??= field;
      continue;
    }
    if (parentFailed && parentFailed !== field) {
      // The options of a level depend on its parent: without the parent there is nothing to pick.
      ctx.report.skipped.push({ field, reason: 'dependsOn', vars: { parent: parentFailed } });
      continue;
    }
    const candidates = levelCandidates(chain, level, used);
    if (candidates.length === 0) {
      // A level above took this one's entry (its thématique is what the escalation calls a motif).
      ctx.report.skipped.push({ field, reason: 'nothingMoreSpecific' });
      dependent = false;
      continue;
    }
    const result = await fillChoice(current, field, candidates, { dependent, staleSignature }, ctx);
    current = result.view;
    if (!result.ok) parentFailed = field;
    else used = result.used;
    dependent = result.ok;
    staleSignature = result.childStale;
  }
  return current;
}

/** The escalation's choice with one level replaced by an option the person picked in the banner. */
export function planWithChoice(plan: FillPlan, field: FormField, option: OptionLike): FillPlan {
  return { ...plan, [field]: { code: option.value, libelle: option.label } };
}

/**
 * The fields a later pass may still fill: not found in the form (a later step of a multi-step
 * form may bring them), or waiting for a level that was not found.
 */
export function fieldsNotFound(report: FillReport): FormField[] {
  return report.skipped
    .filter(
      (s) =>
        s.reason === 'notFound' ||
        s.reason === 'noAttachmentField' ||
        (s.reason === 'dependsOn' && notFound(report, s.vars?.parent)),
    )
    .map((s) => s.field as FormField);
}

function notFound(report: FillReport, field: string | number | undefined): boolean {
  return report.skipped.some((s) => s.reason === 'notFound' && s.field === field);
}

function fillText(
  handle: FieldHandle | null,
  field: FormField,
  value: string,
  ctx: FillContext,
): void {
  const { report } = ctx;
  if (!handle) return void report.skipped.push({ field, reason: 'notFound' });
  if (!value.trim()) return void report.skipped.push({ field, reason: 'nothingToType' });
  const el = handle.valueElement as HTMLInputElement | HTMLTextAreaElement;
  if (!sameText(el.value, value)) {
    // A read-only or disabled control is the page's to fill (a customer portal prefills the
    // member's address): it is never written, even when asked to overwrite.
    const locked = el.readOnly || el.disabled;
    if (el.value.trim() && (locked || !ctx.overwrite))
      return void report.conflicts.push({ field, current: el.value });
    if (locked) return void report.skipped.push({ field, reason: 'locked' });
    writeText(el, value);
    if (!sameText(el.value, value)) {
      return void report.skipped.push({ field, reason: 'refused' });
    }
  }
  markFilled(handle.element, field);
  report.filled.push(field);
}

function fillFiles(handle: FieldHandle | null, files: readonly File[], ctx: FillContext): void {
  const { report } = ctx;
  const field = 'attachments';
  if (files.length === 0) return;
  if (!handle) return void report.skipped.push({ field, reason: 'noAttachmentField' });
  const input = handle.valueElement as HTMLInputElement;
  if (input.disabled) return void report.skipped.push({ field, reason: 'locked' });
  const accepted = files.filter((f) => acceptsFile(input.accept, f));
  for (const file of files.filter((f) => !accepted.includes(f))) {
    report.skipped.push({ field, reason: 'fileType', vars: { name: file.name } });
  }
  if (accepted.length === 0) return;
  const existing = Array.from(input.files ?? []);
  let next: File[];
  if (handle.multiple) {
    // Keep what the person attached; add ours unless a file of the same name is already there.
    const names = new Set(existing.map((f) => f.name));
    next = [...existing, ...accepted.filter((f) => !names.has(f.name))];
  } else {
    const [first] = accepted as [File, ...File[]];
    const current = existing[0];
    if (current && current.name !== first.name && !ctx.overwrite) {
      return void report.conflicts.push({ field, current: current.name });
    }
    next = [first];
    if (accepted.length > 1) {
      const left = accepted.length - 1;
      report.skipped.push({
        field,
        reason: left > 1 ? 'oneFileMany' : 'oneFileOne',
        ...(left > 1 ? { vars: { left } } : {}),
      });
    }
  }
  writeFiles(input, next);
  if ((input.files?.length ?? 0) !== next.length) {
    return void report.skipped.push({ field, reason: 'filesRefused' });
  }
  markFilled(handle.element, field);
  report.filled.push(field);
}
