import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storageCallLogSource } from '../../utils/ext/call-log';
import { App } from './App';
import '../../components/theme.css';
import '../../components/indicators/indicators.css';

const root = document.getElementById('app');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App source={storageCallLogSource} />
    </StrictMode>,
  );
}
