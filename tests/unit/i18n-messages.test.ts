import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ScreenshotTray,
  type ScreenshotTrayProps,
} from '../../components/screenshots/ScreenshotTray';
import { configLine, say, setLanguage, t } from '../../utils/i18n';
import { said } from '../../utils/i18n/said';
import { translator } from '../../utils/i18n/translate';
import type { FeedCheckCode } from '../../utils/core/feed/check-codes';
import type { FeedRefusal } from '../../utils/config/feed-verify';
import type { SettingsSaveError } from '../../utils/ext/storage/settings';
import { FORM_FIELDS } from '../../utils/sites/kb/form-mapping';
import { SKIP_REASONS } from '../../utils/sites/kb/fill';
import { en } from '../../utils/i18n/en';
import { fr } from '../../utils/i18n/fr';
import { kbEn } from '../../utils/i18n/kb-en';
import { kbFr } from '../../utils/i18n/kb-fr';
import { optionsEn } from '../../utils/i18n/options-en';
import { optionsFr } from '../../utils/i18n/options-fr';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** The same checks for both pairs of message files (side panel and pages, options page). */
const pairs: Array<[string, Record<string, string>, Record<string, string | undefined>]> = [
  ['fr.ts / en.ts', fr, en],
  ['options-fr.ts / options-en.ts', optionsFr, optionsEn],
  ['kb-fr.ts / kb-en.ts', kbFr, kbEn],
];

describe.each(pairs)('messages %s', (_, french, english) => {
  it('has every English key in French (the reference)', () => {
    const unknown = Object.keys(english).filter((key) => !(key in french));
    expect(unknown).toEqual([]);
  });

  it('translates every French message (English was chosen in the options: no French left)', () => {
    const missing = Object.keys(french).filter((key) => !(key in english));
    expect(missing).toEqual([]);
  });

  it('has no empty French message', () => {
    const empty = Object.entries(french).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('has no empty English message', () => {
    const empty = Object.entries(english).filter(([, text]) => !text?.trim());
    expect(empty).toEqual([]);
  });

  it('keeps the placeholders of each French message in its English translation', () => {
    const mismatched = Object.entries(english)
      .filter(([key, text]) => key in french && text !== undefined)
      .filter(([key, text]) => {
        const want = placeholders(french[key] ?? '');
        return JSON.stringify(placeholders(text!)) !== JSON.stringify(want);
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});

describe('t()', () => {
  afterEach(() => setLanguage('fr'));

  it('fills placeholders and falls back to French for a key without English', async () => {
    expect(t('shotsMaskedMany', { n: 6 })).toBe('6 zones masquées');
    await setLanguage('en');
    expect(t('shotsMaskedMany', { n: 6 })).toBe('6 areas hidden');
  });

  it('falls back to French for a key without English, and to the key for an unknown one', () => {
    const words = translator({ a: 'A {x}', b: 'B fr' }, { a: 'A en {x}' }, () => 'en');
    expect(words('a', { x: 1 })).toBe('A en 1');
    expect(words('b')).toBe('B fr');
    expect(words('c' as 'a')).toBe('c');
  });
});

describe('ScreenshotTray rendered in English', () => {
  afterEach(() => setLanguage('fr'));

  const props: ScreenshotTrayProps = {
    items: [
      { id: 'a', name: 'capture-1.png', thumbUrl: 'blob:x', width: 800, height: 600, masked: 2 },
    ],
    lastMasked: 6,
    busy: null,
    error: null,
    onCaptureVisible: () => undefined,
    onCaptureFullPage: () => undefined,
    onRemove: () => undefined,
    onEdit: () => undefined,
  };
  const FRENCH = ['Capturer', 'masquée', 'Captures', 'Page entière', 'Retirer', 'Modifier'];

  it('shows no French word', async () => {
    await setLanguage('en');
    const html = renderToStaticMarkup(createElement(ScreenshotTray, props));
    expect(html).toContain('Capture the screen');
    expect(FRENCH.filter((word) => html.includes(word))).toEqual([]);
  });

  it('keeps the French wording the end-to-end tests read by default', () => {
    const html = renderToStaticMarkup(createElement(ScreenshotTray, props));
    expect(html).toContain('Capturer l&#x27;écran');
    expect(html).toContain('6 zones masquées');
  });
});

describe('sentences decided outside the pages', () => {
  afterEach(() => setLanguage('fr'));

  it('has words for every reason a field is not filled, and every field of the form', () => {
    const keys = Object.keys(kbFr);
    expect(SKIP_REASONS.filter((r) => !keys.includes(`skip_${r}`))).toEqual([]);
    expect(FORM_FIELDS.filter((f) => !keys.includes(`field_${f}`))).toEqual([]);
  });

  it('has words for every outcome of a feed check and every refusal of a feed', () => {
    const keys = Object.keys(optionsFr);
    const checks: FeedCheckCode[] = [
      'noKey',
      'unreachable',
      'unchanged',
      'unavailable',
      'tooLarge',
      'refused',
      'alreadyApplied',
      'pending',
      'applied',
      'confirmed',
    ];
    const refusals: FeedRefusal[] = [
      'tooLarge',
      'notJson',
      'notEnvelope',
      'unknownKey',
      'unreadableSignature',
      'badSignature',
      'badContent',
      'unreadableContent',
      'badConfig',
    ];
    expect(checks.filter((c) => !keys.includes(`feedCheck_${c}`))).toEqual([]);
    expect(refusals.filter((r) => !keys.includes(`feedRefusal_${r}`))).toEqual([]);
    const saves: SettingsSaveError['kind'][] = ['invalid', 'full', 'failed'];
    expect(saves.filter((k) => !keys.includes(`saveError_${k}`))).toEqual([]);
  });

  it('words a configuration line in English once English is chosen, as it is in French', async () => {
    const line = 'nomenclature.thematiques[0].libelle : texte attendu';
    expect(configLine(line)).toBe(line);
    await setLanguage('en');
    expect(configLine(line)).toBe('nomenclature.thematiques[0].libelle: text expected');
  });

  it('puts a Said in the current language, its nested sentences and dates too', async () => {
    const item = said('chkPersonal', {
      what: said('chkPersonalPhone'),
      field: said('chkFieldSteps'),
    });
    expect(say(item)).toMatch(/^Un numéro de téléphone figure dans « Étapes pour reproduire »/);
    const resolved = said('incResolvedOn', { day: { date: '2026-12-04T10:00:00Z', as: 'day' } });
    expect(say(resolved)).toBe(
      'Incident connu, résolu le 4 décembre. Vérifiez de nouveau avant d’escalader.',
    );
    await setLanguage('en');
    expect(say(item)).toMatch(/^A phone number appears in “Steps to reproduce”/);
    expect(say(resolved)).toBe(
      'Known incident, resolved on 4 December. Check again before escalating.',
    );
  });
});
