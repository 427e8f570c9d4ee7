/**
 * Knowledge-base search on a corpus laid out like tests/demo/kb-corpus, with the extension's own
 * pipeline (DOM → extractArticle → KbIndex → search):
 *   npx tsx tests/tools/kb.ts eval --corpus <dir> --queries <file.json>
 *   npx tsx tests/tools/kb.ts search --corpus <dir> "<query>"
 */
import { basename } from 'node:path';
import { KbIndex } from '../../utils/core/search/kb-index';
import { UsageError, evaluate, formatResult, loadCorpus, loadQuerySet } from './kb-eval';

const USAGE =
  'usage : kb eval --corpus <dossier> --queries <fichier.json> [--queries <autre.json>…]\n' +
  '        kb search --corpus <dossier> "<requête>"';

function option(args: string[], name: string): string {
  const i = args.indexOf(name);
  const value = i >= 0 ? args[i + 1] : undefined;
  if (!value || value.startsWith('--')) throw new UsageError(`option ${name} manquante\n${USAGE}`);
  args.splice(i, 2);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'eval') {
    const corpus = option(args, '--corpus');
    const files: string[] = [];
    while (args.includes('--queries')) files.push(option(args, '--queries'));
    if (!files.length) throw new UsageError(`option --queries manquante\n${USAGE}`);
    const index = KbIndex.build(await loadCorpus(corpus));
    index.warmUp(); // as the side panel does once the index is loaded
    const search = (q: string) => index.search(q, { limit: 10 }).map((h) => h.slug);
    for (const file of files) {
      const set = await loadQuerySet(file);
      const result = evaluate(set.queries, search);
      // A blind set prints its aggregate only: a miss read is a miss tuned on.
      if (set.kind !== 'blind') {
        for (const m of result.misses) {
          console.log(
            `manqué : « ${m.q} » attendu ${m.expected.join(' | ')} → ${m.got.join(', ') || '(rien)'}`,
          );
        }
      }
      console.log(
        `${set.kind} ${basename(file)} (${set.queries.length}) : ${formatResult(result)}`,
      );
    }
    return;
  }
  if (command === 'search') {
    const corpus = option(args, '--corpus');
    const query = args.join(' ').trim();
    if (!query) throw new UsageError(`requête manquante\n${USAGE}`);
    const index = KbIndex.build(await loadCorpus(corpus));
    for (const hit of index.search(query, { limit: 5 })) {
      console.log(
        `${hit.score.toFixed(3)}  ${hit.slug}${hit.section.anchor ? `#${hit.section.anchor}` : ''}`,
      );
    }
    return;
  }
  throw new UsageError(command ? `commande inconnue : ${command}\n${USAGE}` : USAGE);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(`Erreur : ${e.message}`);
    process.exit(2);
  }
  console.error(e);
  process.exit(1);
});
