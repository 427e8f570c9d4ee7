import { z } from 'zod';
import type { IndexData } from './index-data';

/** Bumped whenever the stored shape or the analysis (synonyms, stemming, weights) changes, so a
 * stored index built by an older version is rebuilt rather than silently mis-ranked. */
export const INDEX_FORMAT_VERSION = 7;

function idsBelow(lists: readonly (readonly number[])[], n: number): boolean {
  for (const list of lists)
    for (let i = 0; i < list.length; i += 2) if ((list[i] ?? 0) >= n) return false;
  return true;
}

const posting = z.array(z.number().int().nonnegative()).refine((p) => p.length % 2 === 0, {
  message: 'postings are (id, weight) pairs',
});

/** The serialized index as stored in IndexedDB; validated on load. */
export const KbIndexJsonSchema = z
  .object({
    format: z.literal('ars-kb-index'),
    version: z.literal(INDEX_FORMAT_VERSION),
    builtAt: z.string(),
    /** [slug, url, title, category, updated, summary] per article. */
    articles: z.array(
      z.tuple([z.string(), z.string(), z.string(), z.string(), z.string().nullable(), z.string()]),
    ),
    /** [article index, heading, anchor, text] per section. */
    sections: z.array(
      z.tuple([z.number().int().nonnegative(), z.string(), z.string(), z.string()]),
    ),
    terms: z.array(z.string()),
    df: z.array(z.number().int().nonnegative()),
    art: z.array(posting),
    sec: z.array(posting),
    /** The corpus vocabulary, space separated (it is sorted, long and never read piecemeal). */
    surface: z.string(),
  })
  .superRefine((v, ctx) => {
    const n = v.terms.length;
    if (v.df.length !== n || v.art.length !== n || v.sec.length !== n) {
      ctx.addIssue({ code: 'custom', message: 'terms, df and postings differ in length' });
    }
    if (v.sections.some(([a]) => a >= v.articles.length)) {
      ctx.addIssue({ code: 'custom', message: 'a section points to a missing article' });
    }
    // Ids must point inside the index: checked once here rather than on every query.
    if (!idsBelow(v.art, v.articles.length) || !idsBelow(v.sec, v.sections.length)) {
      ctx.addIssue({ code: 'custom', message: 'a posting points outside the index' });
    }
  });
export type KbIndexJson = z.infer<typeof KbIndexJsonSchema>;

/** Compact, versioned JSON form of the index data. */
export function indexToJson(data: IndexData, builtAt: Date): KbIndexJson {
  return {
    format: 'ars-kb-index',
    version: INDEX_FORMAT_VERSION,
    builtAt: builtAt.toISOString(),
    articles: data.articles.map((a) => [a.slug, a.url, a.title, a.category, a.updated, a.summary]),
    sections: data.sections.map((s) => [s.article, s.heading, s.anchor, s.text]),
    terms: data.terms,
    df: data.df,
    art: data.art,
    sec: data.sec,
    surface: data.surface.join(' '),
  };
}

/** Parses stored JSON back into index data; throws a ZodError when it is not a valid index. */
export function indexFromJson(json: unknown): { data: IndexData; builtAt: string } {
  const v = KbIndexJsonSchema.parse(json);
  return {
    builtAt: v.builtAt,
    data: {
      articles: v.articles.map(([slug, url, title, category, updated, summary]) => ({
        slug,
        url,
        title,
        category,
        updated,
        summary,
      })),
      sections: v.sections.map(([article, heading, anchor, text]) => ({
        article,
        heading,
        anchor,
        text,
      })),
      terms: v.terms,
      df: v.df,
      art: v.art,
      sec: v.sec,
      surface: v.surface ? v.surface.split(' ') : [],
    },
  };
}
