/** The picker says where its lists come from: the support form (with the date) or built in. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  NomenclaturePicker,
  type NomenclatureOrigin,
} from '../../components/escalation/NomenclaturePicker';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import { setLanguage } from '../../utils/i18n';

const render = (origin: NomenclatureOrigin) =>
  renderToStaticMarkup(
    createElement(NomenclaturePicker, {
      nomenclature: DEFAULT_NOMENCLATURE,
      origin,
      selection: { thematique: null, motif: null, sousMotif: null },
      proposal: null,
      onChange: () => undefined,
    }),
  );

const DEC_5 = new Date(2025, 11, 5, 10).getTime();

describe('NomenclaturePicker origin line', () => {
  afterEach(() => setLanguage('fr'));

  it('names the day the form’s lists were read', () => {
    const html = render({ kind: 'observed', updatedAt: DEC_5, borrowed: false });
    expect(html).toContain('data-source="observed"');
    expect(html).toContain('Nomenclature lue sur le formulaire de support le 5 décembre.');
    expect(html).not.toContain('nomenclature de l’extension');
  });

  it('says when some levels come from the built-in list, and when all do', async () => {
    expect(render({ kind: 'observed', updatedAt: DEC_5, borrowed: true })).toContain(
      'viennent de la nomenclature de l’extension',
    );
    const shipped = render({ kind: 'configured' });
    expect(shipped).toContain('data-source="configured"');
    expect(shipped).toContain('Nomenclature de l’extension');
    await setLanguage('en');
    expect(render({ kind: 'observed', updatedAt: DEC_5, borrowed: false })).toContain(
      'read on the support form on 5 December',
    );
  });
});
