import { afterEach, describe, expect, it } from 'vitest';
import { ContentRefusal } from '../../utils/ext/protocol/content';
import { toCaptureError } from '../../utils/ext/screenshots';
import { say, setLanguage } from '../../utils/i18n';

describe('a capture the page refused to mask', () => {
  afterEach(() => setLanguage('fr'));

  it('is told in the panel’s language from the refusal’s code, its French kept for logs', async () => {
    const refusal = new ContentRefusal(
      'La page compte plus de 3 000 champs personnels : capture refusée.',
      'tooManyFields',
      { max: 3000 },
    );
    const err = toCaptureError(refusal);
    expect(err.code).toBe('failed');
    expect(err.message).toBe(refusal.message);
    expect(say(err.said)).toMatch(
      /^La page compte plus de 3000 champs personnels : capture refusée/,
    );
    await setLanguage('en');
    expect(say(err.said)).toMatch(/^The page holds over 3000 personal fields: screenshot refused/);
  });

  it('falls back to the failure with its detail for a refusal without a known code', () => {
    const err = toCaptureError(new ContentRefusal('Autre chose.', null, {}));
    expect(err.message).toBe('La capture a échoué : Autre chose.');
    expect(say(err.said)).toBe('La capture a échoué : Autre chose.');
  });
});
