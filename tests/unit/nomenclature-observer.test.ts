/**
 * Reading the form's own nomenclature lists as they appear, on saved pages of both HubSpot
 * markups (select, radio list, custom drop-down): each dependent list is reported under the parent
 * chosen when it showed, never a stale list under a new parent, and reading never touches the form.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NomenclatureRead } from '../../utils/core/nomenclature/observed';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectForm } from '../../utils/sites/kb/form-view';
import { observeNomenclature } from '../../utils/sites/kb/nomenclature-observer';
import { mountFixture } from './form-fixtures';

const FRESH = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/kb-forms-fresh');

function option(doc: Document, value: string, label: string): HTMLOptionElement {
  const o = doc.createElement('option'); // happy-dom has no `Option` constructor
  o.value = value;
  o.textContent = label;
  return o;
}

/** Replaces a select's options (keeping its prompt), as a page's script does. */
function setOptions(select: HTMLSelectElement, options: [string, string][]): void {
  select.querySelectorAll('option:not([disabled])').forEach((o) => o.remove());
  for (const [value, label] of options) select.append(option(select.ownerDocument, value, label));
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function collect() {
  const reads: NomenclatureRead[] = [];
  return { reads, onReads: (r: NomenclatureRead[]) => reads.push(...r) };
}

const until = (test: () => boolean) => vi.waitFor(() => expect(test()).toBe(true), 2000);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('observeNomenclature on a legacy form (selects)', () => {
  it('reports the thématiques, then each dependent list under the parent chosen', async () => {
    const doc = await mountFixture('legacy.html');
    const motif = doc.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!;
    const sous = doc.querySelector<HTMLSelectElement>('select[name="TICKET.sous_motif"]')!;
    doc.addEventListener('change', (event) => {
      const target = event.target as HTMLSelectElement;
      if (target.name === 'TICKET.thematique')
        setTimeout(() => setOptions(motif, [['err', "Erreur à l'enregistrement"]]), 30);
      if (target.name === 'TICKET.motif')
        setTimeout(() => setOptions(sous, [['tech', 'Erreur technique']]), 30);
    });
    const { reads, onReads } = collect();
    const observer = observeNomenclature(detectForm(doc)!, { onReads, settleMs: 10 });
    observer.readNow();
    expect(reads).toEqual([
      {
        level: 'thematique',
        options: [
          { value: 'gestion_des_demandes', label: 'Gestion des demandes' },
          { value: 'gestion_des_menages', label: 'Gestion des ménages' },
          { value: 'acces_et_authentification', label: 'Accès et authentification' },
          { value: 'extraction_et_donnees', label: 'Extraction et données' },
        ],
      },
    ]);
    choose(
      doc.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!,
      'gestion_des_demandes',
    );
    await until(() => reads.some((r) => r.level === 'motif'));
    choose(motif, 'err');
    await until(() => reads.some((r) => r.level === 'sousMotif'));
    observer.stop();
    const demandes = { value: 'gestion_des_demandes', label: 'Gestion des demandes' };
    expect(reads.filter((r) => r.level !== 'thematique')).toEqual([
      {
        level: 'motif',
        thematique: demandes,
        options: [{ value: 'err', label: "Erreur à l'enregistrement" }],
      },
      {
        level: 'sousMotif',
        thematique: demandes,
        motif: { value: 'err', label: "Erreur à l'enregistrement" },
        options: [{ value: 'tech', label: 'Erreur technique' }],
      },
    ]);
  });

  it('does not report a list still showing the previous parent’s options under the new one', async () => {
    const doc = await mountFixture('legacy.html');
    const thematique = doc.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!;
    const motif = doc.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!;
    const MOTIFS: Record<string, [string, string][]> = {
      gestion_des_demandes: [['annul', 'Annulation']],
      gestion_des_menages: [['fusion', 'Fusion de personnes']],
    };
    // A slow page: the motif list keeps the old options for 150 ms after the change.
    doc.addEventListener('change', (event) => {
      const target = event.target as HTMLSelectElement;
      if (target.name === 'TICKET.thematique')
        setTimeout(() => setOptions(motif, MOTIFS[target.value] ?? []), 150);
    });
    const { reads, onReads } = collect();
    const observer = observeNomenclature(detectForm(doc)!, { onReads, settleMs: 10 });
    choose(thematique, 'gestion_des_demandes');
    await until(() => reads.some((r) => r.level === 'motif'));
    choose(thematique, 'gestion_des_menages');
    await new Promise((r) => setTimeout(r, 60)); // the stale list has been read by now
    await until(() => reads.filter((r) => r.level === 'motif').length === 2);
    observer.stop();
    const motifReads = reads.filter((r) => r.level === 'motif');
    expect(motifReads.map((r) => [r.thematique.value, r.options.map((o) => o.value)])).toEqual([
      ['gestion_des_demandes', ['annul']],
      ['gestion_des_menages', ['fusion']],
    ]);
  });

  it('never changes the form, and stops with the page', async () => {
    const doc = await mountFixture('legacy.html');
    const form = doc.querySelector('form')!;
    const before = form.innerHTML;
    const controller = new AbortController();
    const { reads, onReads } = collect();
    const observer = observeNomenclature(detectForm(doc)!, {
      onReads,
      settleMs: 5,
      signal: controller.signal,
    });
    observer.readNow();
    expect(form.innerHTML).toBe(before);
    controller.abort();
    const count = reads.length;
    setOptions(doc.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!, [
      ['x', 'Nouvelle'],
    ]);
    observer.readNow();
    await new Promise((r) => setTimeout(r, 30));
    expect(reads).toHaveLength(count);
  });

  it('reports only what changed, and at most maxReports times', async () => {
    const doc = await mountFixture('legacy.html');
    const select = doc.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!;
    const batches: NomenclatureRead[][] = [];
    const observer = observeNomenclature(detectForm(doc)!, {
      onReads: (r) => batches.push(r),
      maxReports: 2,
    });
    observer.readNow();
    observer.readNow(); // same lists: nothing new to say
    setOptions(select, [['a', 'A']]);
    observer.readNow();
    setOptions(select, [['b', 'B']]);
    observer.readNow();
    expect(batches).toHaveLength(2);
  });
});

describe('observeNomenclature on other markups', () => {
  it('reads a radio list by its buttons’ labels', async () => {
    document.body.innerHTML =
      /<body[^>]*>([\s\S]*)<\/body>/i.exec(
        readFileSync(join(FRESH, 'legacy-radio-thematique.html'), 'utf8'),
      )?.[1] ?? '';
    const { reads, onReads } = collect();
    observeNomenclature(detectForm(document)!, { onReads }).readNow();
    const thematiques = reads.find((r) => r.level === 'thematique');
    expect(thematiques?.options[0]).toEqual({
      value: 'gestion_des_demandes',
      label: 'Gestion des demandes',
    });
  });

  it('reads a new-style drop-down whose options are in the page, and those the fill saw', async () => {
    const doc = await mountFixture('new.html');
    const view = detectForm(doc)!;
    expect(view.fields.thematique?.kind).toBe('hsfc-dropdown');
    const { reads, onReads } = collect();
    const observer = observeNomenclature(view, { onReads });
    observer.readNow();
    expect(reads[0]).toMatchObject({
      level: 'thematique',
      options: expect.arrayContaining([{ value: '', label: 'Gestion des ménages' }]),
    });
    // The fill opens a list, reads it and closes it at once: it hands over what it saw.
    const hidden = doc.querySelector<HTMLInputElement>('input[name="0-5/thematique"]')!;
    hidden.value = 'gestion_des_menages';
    doc.querySelector<HTMLInputElement>('#hs-0-5-thematique-a81f')!.value = 'Gestion des ménages';
    observer.noteOptions(view, 'motif', [{ value: 'GDM.01', label: 'Gestion du ménage' }]);
    expect(reads.at(-1)).toEqual({
      level: 'motif',
      thematique: { value: 'gestion_des_menages', label: 'Gestion des ménages' },
      options: [{ value: 'GDM.01', label: 'Gestion du ménage' }],
    });
  });
});
