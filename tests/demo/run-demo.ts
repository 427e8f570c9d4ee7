// `npm run demo`: serves the demo pages and starts a browser with the demo build of the extension.
// Without a display it plays the scene (scene.ts) headless: one picture per step in demo-output/,
// each caption printed. With a display it opens the same scene for a person to play, with a
// « what to try » page (`-- --browser firefox` for Firefox ESR). `-- --readme` plays it headless and
// copies the README's pictures to tests/demo/screenshots/ with the scene's hash.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoFeed, FEED_PATH } from './feed/sign-demo';
import { waitForKnowledgeBase } from './kb-ready';
import { launchForDemo, type DemoBrowserName } from './launch';
import { openForAPerson } from './open-for-person';
import { playScene } from './play-scene';
import { SCENE_TEXT } from './scene';
import { writeReadmePictures } from './readme-pictures';
import { startDemoServer } from './server';

const args = process.argv.slice(2);
const readme = args.includes('--readme');
const browserName: DemoBrowserName =
  args[args.indexOf('--browser') + 1] === 'firefox' && args.includes('--browser')
    ? 'firefox'
    : 'chromium';
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY);
const headless = readme || args.includes('--headless') || !hasDisplay;

const started = Date.now();
const server = await startDemoServer();

/** The national team's feed on the demo knowledge base: one known incident, open since 9 h 12. */
async function publishFeed(): Promise<void> {
  const since = new Date();
  since.setHours(9, 12, 0, 0);
  if (since.getTime() > Date.now()) since.setTime(Date.now() - 40 * 60_000);
  server.kbPages.set(
    FEED_PATH,
    await demoFeed('demo-1', {}, [
      {
        id: 'demo-liste-demandes',
        title: SCENE_TEXT.incident.title,
        since: since.toISOString(),
        status: 'en-cours',
        symptoms: [...SCENE_TEXT.incident.symptoms],
      },
    ]),
  );
}
// A person playing the scene meets the known incident from the start (read at install).
if (!headless) await publishFeed();
const profile = path.join(os.tmpdir(), `ars-demo-${Date.now()}`);
const browser = await launchForDemo(browserName, { profile, headless }).catch(async (err) => {
  await server.close();
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

if (!headless) {
  await openForAPerson(browser);
  const stop = () => void browser.close().finally(() => server.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  browser.onClose(stop);
} else {
  const out = path.resolve('demo-output');
  mkdirSync(out, { recursive: true });
  let failed = false;
  try {
    if (browser.name !== 'chromium' || !browser.playwright) {
      // The scene is played by Playwright in Chromium; Firefox opens it for a person only.
      await openForAPerson(browser);
      console.log('Firefox ESR : la scène est ouverte (sans écran, elle n’est pas jouée).');
    } else {
      const articles = await waitForKnowledgeBase(browser.playwright, browser.extensionBase);
      console.log(`Base de connaissances de démo indexée par l’extension : ${articles} articles.`);
      await playScene(browser.playwright, browser.extensionBase, out, publishFeed);
      if (readme) writeReadmePictures(out);
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`Démo jouée sans écran en ${seconds} s : une image par étape dans ${out}/`);
    }
  } catch (err) {
    failed = true;
    console.error(err);
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(failed ? 1 : 0);
}
