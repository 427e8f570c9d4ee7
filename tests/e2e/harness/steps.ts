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
