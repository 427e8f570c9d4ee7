import { z } from 'zod';

/** One part of an article, cut at a heading, so a match can point to the right place. */
export const KbSectionSchema = z.object({
  /** The heading text; empty for the introduction before the first heading. */
  heading: z.string().max(300),
  /** Fragment id to open the article at this section; empty for the introduction. */
  anchor: z.string().max(200),
  text: z.string(),
});
export type KbSection = z.infer<typeof KbSectionSchema>;

/** A knowledge-base article as the extension keeps it: extracted from the page, never raw HTML. */
export const KbArticleSchema = z.object({
  slug: z.string().min(1).max(300),
  /** Only http(s): it becomes a link in the panel and in answers. */
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'adresse http(s) attendue'),
  title: z.string().min(1).max(500),
  /** Category slug (e.g. « gestion-des-demandes »), empty when the page does not say. */
  category: z.string().max(200),
  /** Breadcrumb labels from the home page to the article itself. */
  breadcrumb: z.array(z.string().max(300)),
  summary: z.string().max(2000),
  /** ISO date (YYYY-MM-DD) of the last update, or null when the page does not give one. */
  updated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  sections: z.array(KbSectionSchema),
  /** The whole article text (sections joined), for display and the baseline. */
  text: z.string(),
});
export type KbArticle = z.infer<typeof KbArticleSchema>;
