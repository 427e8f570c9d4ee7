/**
 * Knowledge-base search on a corpus laid out like tests/demo/kb-corpus, with the extension's own
 * pipeline (DOM → extractArticle → KbIndex → search):
 *   npx tsx tests/tools/kb.ts eval --corpus <dir> --queries <file.json>
 *   npx tsx tests/tools/kb.ts search --corpus <dir> "<query>"
 */
import { KbIndex } from '../../utils/core/search/kb-index';
import { UsageError, evaluate, formatResult, loadCorpus, loadQueries } from './kb-eval';

const USAGE =
  'usage : kb eval --corpus <dossier> --queries <fichier.json>\n' +
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
    const queries = await loadQueries(option(args, '--queries'));
    const index = KbIndex.build(await loadCorpus(corpus));
    index.warmUp(); // as the side panel does once the index is loaded
    const result = evaluate(queries, (q) => index.search(q, { limit: 10 }).map((h) => h.slug));
    for (const m of result.misses) {
      console.log(
        `manqué : « ${m.q} » attendu ${m.expected.join(' | ')} → ${m.got.join(', ') || '(rien)'}`,
      );
    }
    const held = queries.filter((q) => q.holdout);
    if (held.length) {
      const r = evaluate(held, (q) => index.search(q, { limit: 10 }).map((h) => h.slug));
      console.log(`réservées : ${formatResult(r)}`);
    }
    console.log(formatResult(result));
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
