import { defineBackground } from 'wxt/utils/define-background';
import { setUpPanelOpening } from './panel-opening';
import { listenForMessages } from './handlers';

// Wiring only: each concern lives in its own file.
export default defineBackground(() => {
  setUpPanelOpening();
  listenForMessages();
});
