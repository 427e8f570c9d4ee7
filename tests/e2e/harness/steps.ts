import type { E2EPage } from './driver';
import { SISIAO, type Session } from './setup';

/** Waits until the panel's context field shows a value. */
export async function panelShows(panel: E2EPage, field: string, value: string): Promise<void> {
  await panel.waitForFunction(
    `document.querySelector('[data-field="${field}"]')?.textContent.includes(${JSON.stringify(value)})`,
    10_000,
  );
}

/** The SI SIAO fiche ménage 9100018 and the panel beside it, context detected. */
export async function openFicheMenage(s: Session): Promise<{ sisiao: E2EPage; panel: E2EPage }> {
  const sisiao = await s.browser.newPage(`${SISIAO}/menages/9100018`);
  await sisiao.waitFor('dl.ident');
  const panel = await s.openPanel();
  await panelShows(panel, 'menageId', '9100018');
  return { sisiao, panel };
}

/** Fills the script so the checklist lets the escalation through. */
export async function writeEscalation(panel: E2EPage, summary: string): Promise<void> {
  await panel.bringToFront();
  await panel.fill('#ars-summary', summary);
  await panel.fill(
    '#ars-description',
    `${summary} : le problème se reproduit à chaque essai depuis ce matin, pour tous les profils.`,
  );
  await panel.fill(
    '#ars-expected',
    'Les pièces justificatives sont enregistrées dans la fiche ménage.',
  );
  await panel.fill('#ars-obtained', 'Un message d’erreur s’affiche et rien n’est enregistré.');
}

/** Chooses an option of the support form's select `name`, once the form offers it. */
export async function chooseFormOption(form: E2EPage, name: string, value: string): Promise<void> {
  await form.waitForFunction(
    `!!document.querySelector('select[name="${name}"] option[value="${value}"]')`,
    10_000,
  );
  await form.evaluate(
    `(() => { const s = document.querySelector('select[name="${name}"]'); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
  );
}

/** Gives the options page's file input a configuration file, as a person choosing one would. */
export async function importConfigFile(page: E2EPage, content: unknown): Promise<void> {
  await page.evaluate(`(() => {
    const input = document.querySelector('#config-import');
    const dt = new DataTransfer();
    dt.items.add(new File([${JSON.stringify(JSON.stringify(content))}], 'config.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
}

/**
 * An open escalation, ticket 48111, sent three days ago for the ménage `menageId` about pieces
 * justificatives. Only the knowledge base's content script may report a submission to the
 * background, so the test writes the history (from an extension page) as that would.
 */
export async function seedEscalation48111(page: E2EPage, menageId: string): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => { const r = indexedDB.open('ars'); r.onsuccess = () => {
      const tx = r.result.transaction('history', 'readwrite');
      tx.objectStore('history').put({ id: 'e2e-48111', record: {
        menageId: ${JSON.stringify(menageId)}, thematique: 'Assistance technique', motif: "Anomalie / message d'erreur", sousMotif: "Erreur à l'enregistrement",
        subject: 'Pièces justificatives impossibles à enregistrer', description: 'Erreur technique à l’enregistrement des pièces justificatives du ménage.',
        createdAt: new Date(Date.now() - 3 * 86400000).toISOString(), status: 'open', ticketNumber: '48111', ticketUrl: '/support/kb-tickets/48111', source: 'form' } });
      tx.oncomplete = () => (globalThis.browser ?? globalThis.chrome).storage.local.set({ historyChangedAt: Date.now() }).then(() => resolve(true));
      tx.onerror = () => reject(String(tx.error)); }; })`);
}
