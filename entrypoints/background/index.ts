import { defineBackground } from 'wxt/utils/define-background';
import { setUpPanelOpening } from './panel-opening';
import { listenForMessages } from './handlers';
import { listenForCommands } from './commands';
import { keepContentScriptsInSync } from './content-scripts';
import { keepEffectiveRulesPublished } from './publish-rules';
import { scheduleFeedRefresh } from './feed';
import { scheduleKnowledgeBaseRefresh } from './kb-refresh';
import { scheduleRetentionPurge } from './retention';

// Wiring only: each concern lives in its own file.
export default defineBackground(() => {
  setUpPanelOpening();
  listenForCommands();
  listenForMessages();
  // The rules in force first: the first crawl after an install keeps the background busy.
  scheduleKnowledgeBaseRefresh(keepEffectiveRulesPublished());
  keepContentScriptsInSync();
  scheduleRetentionPurge();
  scheduleFeedRefresh();
});
