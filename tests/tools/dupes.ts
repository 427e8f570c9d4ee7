// Evaluation command of the duplicate guard (issue 8):
//   npx tsx tests/tools/dupes.ts eval --cases <file.json>
// Prints each wrong case, then `accuracy=… block_precision=… block_recall=… n=…` as the last line.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  DuplicateEvalCasesSchema,
  type DuplicateEvalCase,
} from '../../utils/core/duplicates/eval-case';
import { decide, type Verdict } from '../../utils/core/duplicates/policy';

const USAGE = 'Usage : dupes eval --cases <fichier.json>';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function loadCases(file: string): DuplicateEvalCase[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`Impossible de lire le fichier de cas « ${file} ».`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`Le fichier « ${file} » n'est pas du JSON valide : ${(e as Error).message}`);
  }
  const parsed = DuplicateEvalCasesSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'racine';
    fail(
      `Le fichier « ${file} » n'est pas un tableau de cas valide (${where} : ${first?.message ?? 'format inattendu'}).\n` +
        'Attendu : [{"history": [...], "candidate": {...}, "now": "date ISO", "expected": "block" | "warn" | "allow"}]',
    );
  }
  return parsed.data;
}

const fmt = (x: number) => x.toFixed(2);

function evaluate(cases: DuplicateEvalCase[]): void {
  let right = 0;
  let truePos = 0;
  let predictedBlock = 0;
  let actualBlock = 0;
  cases.forEach((c, index) => {
    const d = decide(c.history, c.candidate, c.now);
    const got: Verdict = d.verdict;
    if (got === c.expected) right++;
    else console.log(`#${index} attendu=${c.expected} obtenu=${got} raison=${d.reason}`);
    if (got === 'block') predictedBlock++;
    if (c.expected === 'block') actualBlock++;
    if (got === 'block' && c.expected === 'block') truePos++;
  });
  const n = cases.length;
  // With nothing blocked, no block was wrong: precision 1; with nothing to block, recall 1.
  const precision = predictedBlock === 0 ? 1 : truePos / predictedBlock;
  const recall = actualBlock === 0 ? 1 : truePos / actualBlock;
  console.log(
    `accuracy=${fmt(n === 0 ? 0 : right / n)} block_precision=${fmt(precision)} block_recall=${fmt(recall)} n=${n}`,
  );
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command !== 'eval') fail(USAGE);
  const ArgsSchema = z.tuple([z.literal('--cases'), z.string().min(1)]);
  const args = ArgsSchema.safeParse(rest);
  if (!args.success) fail(USAGE);
  evaluate(loadCases(args.data[1]));
}

main(process.argv.slice(2));
