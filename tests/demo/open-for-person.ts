import type { DemoBrowser } from './launch';

export const TRY_PAGE = 'http://localhost:4320/demo/a-essayer';

/** The scene opened for a person: the « what to try » page, then the SI SIAO beside it. */
export async function openForAPerson(browser: DemoBrowser): Promise<void> {
  await browser.open('http://127.0.0.1:4310/demandes');
  await browser.open(TRY_PAGE);
  const where = browser.name === 'firefox' ? 'Firefox ESR' : 'Chromium';
  console.log(`${where} est ouvert sur la page « À essayer » de la démo : ${TRY_PAGE}`);
  console.log(
    'Ouvrez le panneau avec le bouton de l’extension (ou Alt+Maj+S). Ctrl+C pour arrêter.',
  );
}
