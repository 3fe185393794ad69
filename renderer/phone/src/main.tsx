import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';
import './phone.css';

// Follow the phone's own light or dark setting; the page has no other settings.
if (window.matchMedia('(prefers-color-scheme: dark)').matches) document.documentElement.dataset.theme = 'dark';
createRoot(document.getElementById('root')!).render(<PhoneApp />);
