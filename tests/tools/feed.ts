/**
 * The national team's tool for the signed feed (issue 19):
 *   npm run --silent feed -- keygen --out DIR
 *   npm run --silent feed -- sign --key PRIVATE.pem --in config.json --out feed.json [--version V]
 *   npm run --silent feed -- verify --pub PUBLIC.pem --in feed.json
 * `config.json` is a configuration as the options page imports it, with the known incidents under
 * `incidents`. It is validated with the extension's own schema before anything is signed.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateConfigFile } from '../../utils/config/validate';
import { keyIdOf, toBase64 } from '../../utils/core/feed/keys';
import { FeedPayloadSchema, IncidentSchema, type FeedPayload } from '../../utils/core/feed/schema';
import { signFeed } from '../../utils/core/feed/sign';
import { verifyFeed } from '../../utils/config/feed-verify';
import { rawPublicFromPem, signingKeyFromPem, subtle } from './feed-keys';

const USAGE =
  'usage : feed keygen --out <dossier>\n' +
  '        feed sign --key <privée.pem> --in <config.json> --out <flux.json> [--version <v>]\n' +
  '        feed verify --pub <publique.pem> --in <flux.json>';

class UsageError extends Error {}

function option(args: string[], name: string, required = true): string | undefined {
  const i = args.indexOf(name);
  const value = i >= 0 ? args[i + 1] : undefined;
  if (!value || value.startsWith('--')) {
    if (required) throw new UsageError(`option ${name} manquante\n${USAGE}`);
    return undefined;
  }
  return value;
}

function read(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${what} est introuvable : ${file}`);
  }
}

/** The raw public key of a PEM, or a French usage error. */
function rawPublic(pem: string): Uint8Array<ArrayBuffer> {
  try {
    return rawPublicFromPem(pem);
  } catch {
    throw new UsageError('clé publique illisible (PEM Ed25519 attendu)');
  }
}

async function keygen(args: string[]): Promise<void> {
  const dir = option(args, '--out') as string;
  mkdirSync(dir, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'pem', type: 'spki' }) as string;
  writeFileSync(
    path.join(dir, 'feed-private.pem'),
    privateKey.export({ format: 'pem', type: 'pkcs8' }),
    {
      mode: 0o600,
    },
  );
  writeFileSync(path.join(dir, 'feed-public.pem'), pub);
  const raw = rawPublic(pub);
  console.log(
    `clés écrites dans ${dir} (feed-private.pem à garder secret, feed-public.pem) ; ` +
      `à déclarer dans l'extension : {"id": "${await keyIdOf(raw, subtle)}", "publicKey": "${toBase64(raw)}"}`,
  );
}

async function sign(args: string[]): Promise<void> {
  const keyPem = read(option(args, '--key') as string, 'La clé privée');
  const input = option(args, '--in') as string;
  const out = option(args, '--out') as string;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(read(input, 'La configuration')) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${input} n'est pas du JSON valide`);
  }
  const { incidents = [], ...config } = doc;
  const checked = validateConfigFile(config);
  const problems = checked.ok ? [] : checked.errors.map((e) => `configuration : ${e}`);
  const incidentList = Array.isArray(incidents) ? incidents : [];
  if (!Array.isArray(incidents)) problems.push('incidents : liste attendue');
  incidentList.forEach((incident, i) => {
    const r = IncidentSchema.safeParse(incident);
    if (!r.success)
      for (const issue of r.error.issues)
        problems.push(`incidents[${i}].${issue.path.join('.')} : ${issue.message}`);
  });
  if (problems.length) throw new UsageError(`Flux non signé :\n- ${problems.join('\n- ')}`);
  const now = new Date();
  const payload: FeedPayload = FeedPayloadSchema.parse({
    version: option(args, '--version', false) ?? now.toISOString().slice(0, 16),
    publishedAt: now.toISOString(),
    config,
    incidents: incidentList,
  });
  let key: Awaited<ReturnType<typeof signingKeyFromPem>>;
  try {
    key = await signingKeyFromPem(keyPem);
  } catch {
    throw new UsageError('clé privée illisible (PEM Ed25519 attendu)');
  }
  const envelope = await signFeed(payload, key.privateKey, key.rawPublic, subtle);
  writeFileSync(out, `${JSON.stringify(envelope, null, 2)}\n`);
  console.log(`signé : ${out} version=${payload.version} incidents=${payload.incidents.length}`);
}

async function verify(args: string[]): Promise<number> {
  const raw = rawPublic(read(option(args, '--pub') as string, 'La clé publique'));
  const text = read(option(args, '--in') as string, 'Le flux');
  const key = { id: await keyIdOf(raw, subtle), publicKey: toBase64(raw) };
  const result = await verifyFeed(text, [key], subtle);
  if (!result.ok) {
    console.log(`refusé : ${result.reason}`);
    return 1;
  }
  console.log(`ok version=${result.version} incidents=${result.incidents.length}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'keygen') await keygen(args);
  else if (command === 'sign') await sign(args);
  else if (command === 'verify') return verify(args);
  else throw new UsageError(USAGE);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof UsageError ? err.message : err);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
