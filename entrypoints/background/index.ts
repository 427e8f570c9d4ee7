import { defineBackground } from 'wxt/utils/define-background';
import { setUpPanelOpening } from './panel-opening';
import { listenForMessages } from './handlers';
import { listenForCommands } from './commands';
import { keepContentScriptsInSync } from './content-scripts';
import { keepEffectiveRulesPublished } from './effective-rules';
import { scheduleFeedRefresh } from './feed';
import { scheduleKnowledgeBaseRefresh } from './kb-refresh';
import { scheduleRetentionPurge } from './retention';

// Wiring only: each concern lives in its own file.
export default defineBackground(() => {
  setUpPanelOpening();
  listenForCommands();
  listenForMessages();
  scheduleKnowledgeBaseRefresh();
  keepContentScriptsInSync();
  keepEffectiveRulesPublished();
  scheduleRetentionPurge();
  scheduleFeedRefresh();
});
