// The yardstick: React 19 rendering one heading and one paragraph, nothing else.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  <main>
    <h1>A bare React page</h1>
    <p>Lighthouse compares Callback's largest contentful paint with this page's.</p>
  </main>,
);
