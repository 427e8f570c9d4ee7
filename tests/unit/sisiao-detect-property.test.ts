import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_ID_FIELDS, SisiaoContextSchema } from '../../utils/core/context';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';

/**
 * Random and hostile DOMs: huge texts, deep nesting, thousands of IDs, look-alike labels. The
 * detector must never throw, always return a valid context, and never return an ID that is not in
 * the page's text, attributes or URL.
 */
const labels = [
  'ID ménage',
  'N° ménage',
  'Ancien ID ménage',
  'ID  ménage',
  'ID demande',
  'Numéro de demande',
  'ID personne',
  'ID ménage précédent',
  'Nom',
  'Profil',
  'Version',
  'ID',
  'N°',
  'ménage',
];
const id = fc.stringMatching(/^[0-9]{1,9}$/);
const word = fc.oneof(
  fc.constantFrom(...labels),
  id,
  fc.string({ maxLength: 12 }),
  fc.constantFrom(':', ' : ', '·', '—', '\n'),
);
const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const node: fc.Memo<string> = fc.memo((depth) => {
  const leaf = fc.oneof(
    text.map(esc),
    fc.tuple(fc.constantFrom(...labels), id).map(([l, v]) => `<dt>${esc(l)}</dt><dd>${v}</dd>`),
    fc
      .tuple(fc.constantFrom(...labels), id)
      .map(
        ([l, v]) => `<label for="x${v}">${esc(l)}</label><input id="x${v}" readonly value="${v}">`,
      ),
    fc
      .tuple(fc.constantFrom('data-menage-id', 'data-demande-id', 'data-x'), id)
      .map(([a, v]) => `<span ${a}="${v}">x</span>`),
  );
  if (depth <= 1) return leaf;
  return fc.oneof(
    leaf,
    fc
      .tuple(
        fc.constantFrom('div', 'p', 'span', 'section', 'li', 'header', 'footer', 'strong'),
        fc.array(node(depth - 1), { maxLength: 4 }),
      )
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    fc
      .tuple(fc.constantFrom(...labels), fc.array(id, { minLength: 1, maxLength: 5 }))
      .map(
        ([l, ids]) =>
          `<table><thead><tr><th>${esc(l)}</th><th>Nom</th></tr></thead><tbody>${ids.map((v) => `<tr><td>${v}</td><td>Test</td></tr>`).join('')}</tbody></table>`,
      ),
  );
});

const url = fc.oneof(
  fc.constant('https://sisiao.test/'),
  id.map((v) => `https://sisiao.test/menages/${v}`),
  id.map((v) => `https://sisiao.test/#/demandes/${v}?x=1`),
  fc
    .string({ maxLength: 40 })
    .map((s) => `https://sisiao.test/${encodeURIComponent(s)}?idMenage=${encodeURIComponent(s)}`),
  fc.string({ maxLength: 20 }),
);

function check(html: string, u: string) {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  const ctx = detectContext(doc, u, DEFAULT_DETECTION_RULES);
  expect(SisiaoContextSchema.safeParse(ctx).success).toBe(true);
  // The raw URL and, when it decodes, its decoded form (a lone « %80 » is not valid UTF-8).
  let decoded = '';
  try {
    decoded = decodeURIComponent(u);
  } catch {
    decoded = '';
  }
  const haystack = `${doc.body.textContent ?? ''} ${html} ${u} ${decoded}`;
  for (const f of CONTEXT_ID_FIELDS) {
    const v = ctx[f];
    if (v !== null) expect(haystack).toContain(v);
  }
  return ctx;
}

describe('detectContext on random and hostile DOMs', () => {
  it('never throws, stays valid, and returns only IDs present in the page or URL', () => {
    fc.assert(
      fc.property(fc.array(node(5), { maxLength: 6 }), url, (parts, u) => {
        check(parts.join(''), u);
      }),
      { numRuns: 150 },
    );
  });

  it('survives a huge text node, deep nesting and thousands of IDs', () => {
    const huge = `ID ménage : 9100018 ${'x'.repeat(2_000_000)}`;
    expect(check(`<p>${huge}</p>`, 'https://sisiao.test/').menageId).toBeNull();
    const deep = `${'<div>'.repeat(3000)}ID ménage : 9100018${'</div>'.repeat(3000)}`;
    check(deep, 'https://sisiao.test/');
    const many = Array.from({ length: 3000 }, (_, i) => `<p>ID demande : ${5500000 + i}</p>`).join(
      '',
    );
    expect(check(many, 'https://sisiao.test/').demandeId).toBeNull();
    const attrs = Array.from(
      { length: 3000 },
      (_, i) => `<span data-menage-id="${9100000 + i}"></span>`,
    ).join('');
    expect(check(attrs, 'https://sisiao.test/').menageId).toBeNull();
  });

  it('does not read look-alike labels as the real one', () => {
    const ctx = check(
      '<p>Ancien ID ménage : 9100001</p><p>ID ménage précédent : 9100002</p><p>Voir l’ID ménage 9100003</p><dl><dt>ID ménage (archivé)</dt><dd>9100004</dd></dl>',
      'https://sisiao.test/',
    );
    expect(ctx.menageId).toBeNull();
  });
});
