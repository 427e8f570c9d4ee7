import { browser } from 'wxt/browser';
import { z } from 'zod';
import { BreadcrumbSchema, SisiaoContextSchema, TechSignalSchema } from '../../core/context';

/**
 * What the extension's pages ask of the SI SIAO content script (its context, masking for a
 * capture, scroll state), and the context it broadcasts. The content script parses these by hand
 * (content-requests.ts: no zod on every SI SIAO page); the answers are parsed here, in `askTab`.
 * Messages to the background are declared in messages/ (background.ts lists them).
 */

export const ContextSnapshotSchema = z.object({
  context: SisiaoContextSchema,
  breadcrumbs: z.array(BreadcrumbSchema).max(50),
  signals: z.array(TechSignalSchema).max(50),
});
export type ContextSnapshot = z.infer<typeof ContextSnapshotSchema>;

/** Asked of the SI SIAO content script by the panel. */
export const GetContextSchema = z.object({ type: z.literal('getContext') });

export const MaskForCaptureSchema = z.object({ type: z.literal('maskForCapture') });
export const UnmaskSchema = z.object({ type: z.literal('unmask') });
export const MaskResultSchema = z.object({
  masked: z.number().int().nonnegative(),
  /** The masks' boxes on screen (viewport CSS px), checked on the picture before it is kept. */
  boxes: z
    .array(z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }))
    .max(20_000)
    .optional(),
});

export const ScrollStateSchema = z.object({
  type: z.literal('scrollState'),
  /** When set, scroll there first (full-page capture); fixed headers hidden after the first slice. */
  scrollTo: z.number().nonnegative().optional(),
  hideFixed: z.boolean().optional(),
  restore: z.object({ x: z.number(), y: z.number() }).optional(),
});
export const ScrollInfoSchema = z.object({
  x: z.number(),
  y: z.number(),
  viewportHeight: z.number().positive(),
  viewportWidth: z.number().positive(),
  pageHeight: z.number().positive(),
  dpr: z.number().positive(),
});
export type ScrollInfo = z.infer<typeof ScrollInfoSchema>;

export const ContentRequestSchema = z.discriminatedUnion('type', [
  GetContextSchema,
  MaskForCaptureSchema,
  UnmaskSchema,
  ScrollStateSchema,
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export { isOwnSender } from '../sender';

/** Sends a request to the content script of a tab and validates the answer. */
export async function askTab<T>(
  tabId: number,
  request: ContentRequest,
  answer: z.ZodType<T>,
): Promise<T> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, request);
  // The SI SIAO content script answers through sendResponse (it runs without the polyfill, see
  // wxt.config.ts), so a refusal comes back as a value: made an error again here.
  const refused = ContentErrorSchema.safeParse(raw);
  if (refused.success) {
    const { contentError, refusal } = refused.data;
    throw new ContentRefusal(contentError, refusal?.code ?? null, refusal?.vars ?? {});
  }
  return answer.parse(raw);
}

/**
 * How the SI SIAO content script reports a request it could not carry out: its French message
 * (for logs) and, for a masking refusal, its code and values (for the panel's words).
 */
export const ContentErrorSchema = z.object({
  contentError: z.string().max(500),
  refusal: z
    .object({
      code: z.string().max(40),
      vars: z.record(z.string().max(20), z.number()).optional(),
    })
    .optional(),
});

/** A content script's refusal, made an error again on the extension's side. */
export class ContentRefusal extends Error {
  override readonly name = 'ContentRefusal';
  constructor(
    message: string,
    readonly code: string | null,
    readonly vars: Record<string, number>,
  ) {
    super(message);
  }
}
