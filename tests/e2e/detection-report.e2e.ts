import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureDownloads, nthDownload } from './harness/downloads';
import { BROWSERS, startSession, type Session } from './harness/setup';
import { openFicheMenage } from './harness/steps';

/**
 * Issue 19, in both browsers: « Signaler une détection incorrecte » gives the référent a file for
 * the national team — the page's structure and the detection trace, none of the usagers' data.
 */
describe.each(BROWSERS)('the detection report in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('downloads a report with the page’s IDs and trace, and none of its personal data', async () => {
    const { panel } = await openFicheMenage(s);
    await captureDownloads(panel);
    await panel.click('[data-testid="report-detection"] button');
    const file = await nthDownload(panel, 0);
    expect(file.fileName).toMatch(/^rapport-detection-[\d-]+\.json$/);
    const text = file.bytes.toString('utf8');
    const report = JSON.parse(text) as {
      format: string;
      context: { menageId: string | null };
      trace: Array<{ field: string; steps: Array<{ outcome: string; values: string[] }> }>;
      html: string;
    };
    expect(report.format).toBe('ars-detection-report/1');
    expect(report.context.menageId).toBe('9100018');
    expect(
      report.trace
        .find((f) => f.field === 'menageId')
        ?.steps.some((st) => st.outcome === 'retenue'),
    ).toBe(true);
    expect(report.html).toContain('9100018');
    for (const secret of ['Usagère', '01/02/1985', '06 00 00 00 01', '03/04/1987'])
      expect(text, secret).not.toContain(secret);
    expect(await panel.text('[data-testid="report-detection"] [role="status"]')).toContain(
      file.fileName,
    );
  });
});
