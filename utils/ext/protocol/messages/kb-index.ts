import { z } from 'zod';
import { KbArticleSchema } from '../../../core/search/article';
import { KbStatusSchema } from '../../../core/search/kb-status';
import { defineMessage, none, orNull } from '../define';

/** Messages about the knowledge-base index the background keeps. */

export const refreshKb = defineMessage({
  type: 'refreshKb',
  from: ['page'],
  request: none,
  response: KbStatusSchema,
});

export const kbStatus = defineMessage({
  type: 'kbStatus',
  from: ['page'],
  request: none,
  response: orNull(KbStatusSchema),
});

/** The article being read on the knowledge base: the freshest copy there is. */
export const indexArticle = defineMessage({
  type: 'indexArticle',
  from: ['kb'],
  request: z.object({ article: KbArticleSchema }),
  response: z.object({ ok: z.boolean() }),
});

export const KbHitSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string().max(300),
    category: z.string().max(200),
    sectionUrl: z.string().max(2000),
  })
  .passthrough();

/** Suggestions for the support form (content scripts cannot open the extension's database). */
export const searchKb = defineMessage({
  type: 'searchKb',
  from: ['kb', 'page'],
  request: z.object({
    query: z.string().max(2000),
    categories: z.array(z.string().max(100)).max(20).optional(),
    limit: z.number().int().min(1).max(20).optional(),
  }),
  response: z.array(KbHitSummarySchema),
});
