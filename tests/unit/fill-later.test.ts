/**
 * A multi-step support form whose second step exists only after « Suivant »: the first pass fills
 * what it finds and names the rest, fillLaterSteps fills the rest when it appears.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fieldsNotFound,
  fillForm,
  type FillPlan,
  type FillReport,
} from '../../utils/sites/kb/fill';
import { fillLaterSteps } from '../../utils/sites/kb/fill-later';
import type { FormField } from '../../utils/sites/kb/form-mapping';
import { detectForm } from '../../utils/sites/kb/form-view';

const png = (name: string): File =>
  new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });

const PLAN: FillPlan = {
  email: 'referent.test@exemple-siao.fr',
  subject: 'Erreur à l’enregistrement – ménage 9100018',
  description: 'Ménage 9100018.\nRésultat obtenu : HTTP 500.',
  thematique: { code: 'demandes', libelle: 'Gestion des demandes' },
  motif: { code: 'err', libelle: "Erreur à l'enregistrement" },
  attachments: [png('capture-1.png')],
};

const field = (name: string, label: string, control: string): string =>
  `<div class="hs-form-field hs_${name}"><label for="${name}">${label}</label><div class="input">${control}</div></div>`;

const STEP_ONE =
  field('email', 'Adresse e-mail', '<input id="email" name="email" type="email">') +
  field('TICKET.subject', 'Objet', '<input id="TICKET.subject" name="TICKET.subject">') +
  field(
    'TICKET.content',
    'Description',
    '<textarea id="TICKET.content" name="TICKET.content"></textarea>',
  );

const STEP_TWO =
  field(
    'TICKET.thematique',
    'Thématique',
    '<select id="TICKET.thematique" name="TICKET.thematique"><option value="" disabled selected>Choisir</option><option value="comptes">Comptes</option><option value="demandes">Gestion des demandes</option></select>',
  ) +
  field(
    'TICKET.motif',
    'Motif',
    '<select id="TICKET.motif" name="TICKET.motif"><option value="" disabled selected>Choisir</option></select>',
  ) +
  field(
    'TICKET.files',
    'Pièces jointes',
    '<input id="TICKET.files" name="TICKET.files" type="file" multiple>',
  );

/** A legacy-looking form in two steps; « Suivant » replaces the first step by the second. */
function mountTwoSteps(): { form: HTMLFormElement; next: () => void; submitted: () => number } {
  document.body.innerHTML = `<form class="hs-form" action="/support/kb-tickets/new">
    <div id="step">${STEP_ONE}</div>
    <button type="button" id="next">Suivant</button>
    <div class="hs-submit"><input type="submit" value="Envoyer"></div></form>`;
  const form = document.querySelector('form')!;
  let submitted = 0;
  form.addEventListener('submit', (event) => {
    submitted++;
    event.preventDefault();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target.name !== 'TICKET.thematique') return;
    setTimeout(() => {
      const motif = form.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!;
      const option = document.createElement('option');
      option.value = 'err';
      option.textContent = "Erreur à l'enregistrement";
      motif.append(option);
    }, 20);
  });
  const next = (): void => {
    document.querySelector('#step')!.innerHTML = STEP_TWO;
  };
  return { form, next, submitted: () => submitted };
}

function waitForReport(): {
  promise: Promise<{ report: FillReport; left: readonly FormField[] }>;
  onReport: (report: FillReport, left: readonly FormField[]) => void;
} {
  let resolve!: (value: { report: FillReport; left: readonly FormField[] }) => void;
  const promise = new Promise<{ report: FillReport; left: readonly FormField[] }>((r) => {
    resolve = r;
  });
  return { promise, onReport: (report, left) => resolve({ report, left }) };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('fieldsNotFound', () => {
  it('names missing fields and the levels waiting for a missing one, not refused choices', () => {
    expect(
      fieldsNotFound({
        filled: ['email'],
        skipped: [
          { field: 'thematique', reason: 'notFound' },
          { field: 'motif', reason: 'dependsOn', vars: { parent: 'thematique' } },
          { field: 'attachments', reason: 'noAttachmentField' },
        ],
        conflicts: [],
      }),
    ).toEqual(['thematique', 'motif', 'attachments']);
    expect(
      fieldsNotFound({
        filled: [],
        skipped: [
          { field: 'thematique', reason: 'noChoice', vars: { wanted: 'X', code: 'x' } },
          { field: 'motif', reason: 'dependsOn', vars: { parent: 'thematique' } },
          { field: 'sousMotif', reason: 'notInEscalation' },
        ],
        conflicts: [],
      }),
    ).toEqual([]);
  });
});

describe('fillLaterSteps', () => {
  it('fills the second step when « Suivant » brings it, and never submits', async () => {
    const { form, next, submitted } = mountTwoSteps();
    const first = await fillForm(detectForm(document)!, PLAN, { timeoutMs: 50 });
    expect(first.filled).toEqual(['email', 'subject', 'description']);
    const missing = fieldsNotFound(first);
    expect(missing).toEqual(['thematique', 'motif', 'attachments']);

    const waiting = waitForReport();
    const stop = fillLaterSteps(detectForm(document)!, PLAN, missing, {
      settleMs: 10,
      timeoutMs: 500,
      onReport: waiting.onReport,
    });
    next();
    const { report, left } = await waiting.promise;
    stop();
    expect(report.filled).toEqual(['thematique', 'motif', 'attachments']);
    expect(report.skipped).toEqual([]); // the sous-motif, not in the plan, was reported by the first pass
    expect(left).toEqual([]);
    expect(form.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!.value).toBe(
      'demandes',
    );
    expect(form.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!.value).toBe('err');
    expect(form.querySelector<HTMLInputElement>('input[type=file]')!.files?.length).toBe(1);
    expect(submitted()).toBe(0);
  });

  it('leaves a second-step choice the person already made, and reports it', async () => {
    const { form, next } = mountTwoSteps();
    const waiting = waitForReport();
    fillLaterSteps(detectForm(document)!, PLAN, ['thematique', 'motif'], {
      settleMs: 30,
      timeoutMs: 100,
      onReport: waiting.onReport,
    });
    next();
    const select = form.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!;
    select.value = 'comptes';
    const { report } = await waiting.promise;
    expect(report.conflicts).toEqual([{ field: 'thematique', current: 'Comptes' }]);
    expect(select.value).toBe('comptes');
  });

  it('does nothing once stopped', async () => {
    const { form, next } = mountTwoSteps();
    const onReport = vi.fn();
    const stop = fillLaterSteps(detectForm(document)!, PLAN, ['thematique'], {
      settleMs: 10,
      onReport,
    });
    stop();
    next();
    await new Promise((r) => setTimeout(r, 60));
    expect(onReport).not.toHaveBeenCalled();
    expect(form.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!.value).toBe(
      '',
    );
  });

  it('stops when the page goes away (abort)', async () => {
    const { next } = mountTwoSteps();
    const onReport = vi.fn();
    const controller = new AbortController();
    fillLaterSteps(detectForm(document)!, PLAN, ['thematique'], {
      settleMs: 10,
      signal: controller.signal,
      onReport,
    });
    controller.abort();
    next();
    await new Promise((r) => setTimeout(r, 60));
    expect(onReport).not.toHaveBeenCalled();
  });
});
