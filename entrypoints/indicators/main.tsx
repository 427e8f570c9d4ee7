import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storageCallLogSource } from '../../utils/ext/storage/call-log';
import { loadConfigOrDefaults } from '../../utils/ext/storage/settings';
import { setLanguage, t } from '../../utils/i18n';
import { App } from './App';
import '../../components/theme.css';
import '../../components/indicators/indicators.css';

/** The interface language from the settings in force; French if they cannot be read. */
async function applyLanguage(): Promise<void> {
  const { language } = await loadConfigOrDefaults();
  await setLanguage(language);
  document.documentElement.lang = language;
  document.title = t('indPageTitle');
}

const root = document.getElementById('app');
if (root) {
  void applyLanguage().then(() =>
    createRoot(root).render(
      <StrictMode>
        <App source={storageCallLogSource} />
      </StrictMode>,
    ),
  );
}
