import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SearchUseContext } from '../../components/kb/search-use';
import { App } from './App';
import { panelSearchUse } from './search-use-recorder';
import '../../components/theme.css';

const root = document.getElementById('app');
if (root)
  createRoot(root).render(
    <StrictMode>
      <SearchUseContext.Provider value={panelSearchUse()}>
        <App />
      </SearchUseContext.Provider>
    </StrictMode>,
  );
