import { readdirSync, readFileSync } from 'node:fs';
import { pollUntil } from './driver';

/**
 * Pids of the browser's main process (and of a launcher script, if any) on a profile, read from
 * /proc: every process whose command line names the profile, except the children (`--type=` in
 * Chromium, `-contentproc` in Firefox). Read from /proc because Playwright gives no pid for a
 * persistent context.
 */
export function mainPids(profileDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue; // gone meanwhile
    }
    if (cmdline.includes(profileDir) && !/--type=|-contentproc/.test(cmdline)) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

export function alive(pid: number): boolean {
  try {
    // A zombie still answers kill(0): read its state.
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * SIGKILLs the browser running on `profileDir` (no clean shutdown: the fault tests need the real
 * thing) and waits until it is gone. Throws when no such process is found, so a test that meant to
 * kill the browser cannot silently close it cleanly instead.
 */
export async function killBrowserOnProfile(profileDir: string): Promise<number[]> {
  const pids = mainPids(profileDir);
  if (!pids.length) throw new Error(`no browser process found on the profile ${profileDir}`);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await pollUntil(async () => pids.every((p) => !alive(p)), 10_000, 'the killed browser to go');
  return pids;
}
