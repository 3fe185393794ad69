/**
 * The start-up baseline: the smallest React page built with the app's toolchain (Vite +
 * @vitejs/plugin-react, React 19). It renders a heading, a search box and a button — what
 * "interactive" means for the library — so the ratio shows what the app adds on top of React.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Page() {
  const [text, setText] = useState('');
  return (
    <main>
      <h1>Library</h1>
      <label htmlFor="q">Search</label>
      <input id="q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" data-ready="">
        New workshop
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
