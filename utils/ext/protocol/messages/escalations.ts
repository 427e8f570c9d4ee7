import { z } from 'zod';
import { EscalationCandidateSchema } from '../../../core/duplicates/candidate';
import { MesTicketsRowSchema } from '../../../core/duplicates/mes-tickets-row';
import { EscalationRecordSchema } from '../../../core/duplicates/record';
import { FillContentSchema } from '../../../core/escalation/to-fill';
import { defineMessage, none, orNull } from '../define';

/** Messages about escalations: the history, the duplicate guard, the draft and its captures. */

export const escalationSubmitted = defineMessage({
  type: 'escalationSubmitted',
  from: ['kb'],
  request: z.object({
    record: EscalationRecordSchema,
    draftKey: z.string().max(200).optional(),
  }),
  response: z.object({ ok: z.boolean() }),
});

/** The referent's tickets read on « Mes tickets ». */
export const importMesTickets = defineMessage({
  type: 'importMesTickets',
  from: ['kb'],
  request: z.object({
    rows: z.array(MesTicketsRowSchema).max(2000),
    userEmail: z.string().max(254).optional(),
  }),
  response: z.object({ count: z.number().int().nonnegative() }),
});

/**
 * The duplicate guard's verdict for the support form: the verdict alone. The existing ticket, its
 * subject and the reasons are shown in the panel, never handed to a page's content script.
 */
export const VerdictSchema = z.object({ verdict: z.enum(['block', 'warn', 'allow']) });
export type Verdict = z.infer<typeof VerdictSchema>;

export const checkDuplicate = defineMessage({
  type: 'checkDuplicate',
  from: ['kb', 'page'],
  request: z.object({ candidate: EscalationCandidateSchema }),
  response: VerdictSchema,
});

/** The screenshots to attach, as data URLs: messages between scripts carry no Blob in Chrome. */
export const getAttachments = defineMessage({
  type: 'getAttachments',
  from: ['kb'],
  request: z.object({ ids: z.array(z.string().max(100)).max(20) }),
  response: z.object({
    files: z.array(
      z.object({
        name: z.string().max(200),
        mime: z.string().max(50),
        dataUrl: z.string().startsWith('data:image/'),
      }),
    ),
    missing: z.array(z.string()),
  }),
});

/** For a support form opened directly: the most recent draft, rendered, to offer by name. */
export const latestDraft = defineMessage({
  type: 'latestDraft',
  from: ['kb'],
  request: none,
  response: orNull(FillContentSchema.extend({ updatedAt: z.number() })),
});
