import { defineContentScript } from 'wxt/utils/define-content-script';
import { SISIAO_MATCHES } from '../../utils/core/matches';
import { createTracker } from './tracker';
import { answerRequests } from './requests';

/**
 * On every SI SIAO page: detect the context (IDs, user, page), record breadcrumbs and technical
 * signals, keep the panel current, and mask personal data around screenshots. No React here: this
 * runs on every page of an application used all day.
 */
export default defineContentScript({
  matches: SISIAO_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const tracker = createTracker(ctx);
    answerRequests(ctx, tracker);
  },
});
