/**
 * What the extension would see on a saved page:
 *   npx tsx tests/tools/inspect.ts <saved-page.html> --url <page-url> [--config <config.json>]
 *   npx tsx tests/tools/inspect.ts <report.json> [--config <config.json>]
 * prints {"page": "sisiao" | "support-form" | "kb-article" | "unknown", "context": {…}} as JSON.
 * A detection report (« Signaler une détection incorrecte ») carries its page and address: the
 * output then also says whether the IDs found now are those the référent's extension found.
 * Same code as the extension (classifyPage, detectContext, findMaskTargets). A bad config gets a
 * French message naming the wrong key, and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { validateConfigFile } from '../../utils/config/validate';
import { classifyPage } from '../../utils/sites/classify-page';
import { resolveFormMapping } from '../../utils/sites/kb/form-mapping';
import { describeForm } from '../../utils/sites/kb/form-view';
import { detectContext } from '../../utils/sites/sisiao/detect';
import { DETECTION_REPORT_FORMAT } from '../../utils/sites/sisiao/detection-report';
import { findMaskTargets } from '../../utils/sites/sisiao/masking';
import { mergeMaskingRules } from '../../utils/sites/sisiao/masking-rules';
import { mergeDetectionRules } from '../../utils/sites/sisiao/rules';
import { loadSavedPage } from './saved-page';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function args(argv: string[]): { file: string; url: string; config?: string } {
  let file: string | undefined;
  let url: string | undefined;
  let config: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--url') url = argv[++i];
    else if (a === '--config') config = argv[++i];
    else if (!a.startsWith('--') && !file) file = a;
    else fail(`Argument inconnu : ${a}`, 2);
  }
  if (file && !url && file.endsWith('.json'))
    return { file, url: '', ...(config ? { config } : {}) };
  if (!file || !url) {
    fail(
      'Usage : inspect <page-enregistrée.html> --url <adresse-de-la-page> [--config <config.json>]\n' +
        '        inspect <rapport-de-detection.json> [--config <config.json>]',
      2,
    );
  }
  return { file, url, ...(config ? { config } : {}) };
}

/** The configuration document of the options (the same file the national team ships). */
function readConfig(path: string): { detection: unknown; masking: unknown; form: unknown } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`Configuration illisible (${path}) : ${(e as Error).message}`, 2);
  }
  const checked = validateConfigFile(raw);
  if (!checked.ok) fail(`Configuration invalide :\n${checked.errors.join('\n')}`, 2);
  for (const warning of checked.warnings) process.stderr.write(`${warning}\n`);
  return {
    detection: checked.config.detection,
    masking: checked.config.masking,
    form: checked.config.form,
  };
}

const ReportSchema = z.object({
  format: z.literal(DETECTION_REPORT_FORMAT),
  url: z.string().max(2000).nullable(),
  html: z.string().max(20_000_000),
  context: z.record(z.string(), z.unknown()),
});

/** A detection report's page and address, or a French refusal. */
function readReport(file: string): z.infer<typeof ReportSchema> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`Rapport illisible (${file}) : ${(e as Error).message}`, 2);
  }
  const parsed = ReportSchema.safeParse(raw);
  if (!parsed.success)
    fail(`${file} n'est pas un rapport de détection (${DETECTION_REPORT_FORMAT}).`, 2);
  return parsed.data;
}

function main(): void {
  const parsedArgs = args(process.argv.slice(2));
  const { file, config } = parsedArgs;
  const report = parsedArgs.url ? null : readReport(file);
  const url = report ? (report.url ?? 'https://sisiao.invalid/') : parsedArgs.url;
  const cfg = config
    ? readConfig(config)
    : { detection: undefined, masking: undefined, form: undefined };
  const detection = mergeDetectionRules(cfg.detection);
  if (!detection.ok) fail(detection.error, 2);
  const masking = mergeMaskingRules(cfg.masking);
  if (!masking.ok) fail(masking.error, 2);
  let html: string;
  try {
    html = report ? report.html : readFileSync(file, 'utf8');
  } catch (e) {
    fail(`Page illisible (${file}) : ${(e as Error).message}`, 1);
  }
  const doc = loadSavedPage(html, url);
  const page = classifyPage(doc, url);
  const out: Record<string, unknown> = { page, context: detectContext(doc, url, detection.rules) };
  if (page === 'sisiao')
    out.masking = { targets: findMaskTargets(doc, masking.rules, detection.rules).length };
  // The support form as the filler sees it (fields found by name, then by label).
  if (page === 'support-form' || page === 'unknown') {
    const form = describeForm(doc, resolveFormMapping(cfg.form));
    if (page === 'support-form' || form.found) out.form = form;
  }
  if (report) {
    const now = out.context as Record<string, unknown>;
    const ids = ['menageId', 'personneId', 'demandeId'];
    out.report = {
      context: report.context,
      sameIds: ids.every((k) => (now[k] ?? null) === (report.context[k] ?? null)),
    };
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
