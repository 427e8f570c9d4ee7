import { defineContentScript } from 'wxt/utils/define-content-script';
import { KB_MATCHES } from '../../utils/core/matches';
import { MY_TICKETS_PATH, SUPPORT_FORM_PATH } from '../../utils/core/origins';
import { indexThisArticle } from './article';
import { listenForTestProbe } from './closed-ui';
import { importMyTickets } from './my-tickets';
import { runSupportForm } from './support-form';

/** On the knowledge base: the support form (fill, guard, suggestions), « Mes tickets », articles. */
export default defineContentScript({
  matches: KB_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    listenForTestProbe();
    const path = location.pathname.replace(/\/$/, '');
    if (path === SUPPORT_FORM_PATH) void runSupportForm(ctx);
    else if (path === MY_TICKETS_PATH) void importMyTickets();
    else void indexThisArticle();
  },
});
