import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 19: `npm run feed -- keygen / sign / verify`, as the national team would use them. */
const feed = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'tests/tools/feed.ts', ...args], { encoding: 'utf8' });

describe('the feed tool', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ars-feed-'));
  const config = path.join(dir, 'config.json');
  const out = path.join(dir, 'feed.json');

  it('makes keys, signs a valid configuration, verifies it, and fails a tampered feed', () => {
    expect(feed('keygen', '--out', dir).status).toBe(0);
    writeFileSync(
      config,
      JSON.stringify({
        version: 1,
        detection: {},
        incidents: [
          {
            id: 'inc-1',
            title: 'Connexion impossible',
            since: '2026-12-05T09:12:00+01:00',
            status: 'en-cours',
            symptoms: ['impossible de se connecter'],
          },
        ],
      }),
    );
    const pub = path.join(dir, 'feed-public.pem');
    const signedRun = feed(
      'sign',
      '--key',
      path.join(dir, 'feed-private.pem'),
      '--in',
      config,
      '--out',
      out,
      '--version',
      'v7',
    );
    expect(signedRun.status).toBe(0);
    const ok = feed('verify', '--pub', pub, '--in', out);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toBe('ok version=v7 incidents=1');

    const env = JSON.parse(readFileSync(out, 'utf8')) as { payload: string };
    const bytes = Buffer.from(env.payload, 'base64');
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    env.payload = bytes.toString('base64');
    writeFileSync(out, JSON.stringify(env));
    const tampered = feed('verify', '--pub', pub, '--in', out);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(/Signature invalide/);
  }, 60_000);

  it('refuses to sign an invalid configuration, with the French list of errors', () => {
    writeFileSync(config, JSON.stringify({ version: 1, masking: { mode: 'aucun' } }));
    const run = feed(
      'sign',
      '--key',
      'tests/demo/feed/feed-private.pem',
      '--in',
      config,
      '--out',
      out,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Flux non signé :\n- configuration : masking\.mode/);
  }, 30_000);
});
