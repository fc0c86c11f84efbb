// The Suomi.fi typeface, served from our own origin (the CSP allows no font hosts). SIL OFL 1.1.
import '@fontsource/source-sans-3/300.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';

// The server wrote a title for the first paint; from here on the pages set their own (React puts
// them in the head, and a browser shows the first <title> it finds).
for (const element of document.querySelectorAll('title[data-server-head]')) element.remove();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
