// A React 19 app using Assent from the installed tarballs: the API, typed elements in JSX,
// properties, and events through React's own listeners.
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createAssent, type ConsentState } from '@assent/core';
import type { AssentOptinEvent } from '@assent/elements';
import { mountConsentUI } from '@assent/elements/mount';
import type {} from '@assent/elements/react';
import { config } from '../shared-config.js';

const assent = createAssent({ config });
mountConsentUI(assent);

function App() {
  const [state, setState] = useState<ConsentState>(assent.get());
  const [optins, setOptins] = useState<string[]>([]);
  const [decisions, setDecisions] = useState(0);
  const optin = useRef<HTMLElementTagNameMap['assent-optin']>(null);

  useEffect(() => assent.on('change', setState), []);
  useEffect(() => {
    // A property set from code, typed by the element's class.
    if (optin.current) optin.current.manager = assent;
  }, []);

  const onOptin = (event: AssentOptinEvent) =>
    setOptins(event.detail.choices.map((choice) => `${choice.channel}:${choice.status}`));

  return (
    <main>
      <h1>React consumer</h1>
      <p id="analytics">analytics {state.categories.analytics ? 'on' : 'off'}</p>
      <p id="optins">opt-ins {optins.join(' ') || 'none'}</p>
      <p id="decisions">decisions {decisions}</p>
      <assent-optin ref={optin} channels="email" theme="light" onassent-optin={onOptin} />
      <assent-embed service="youtube" onassent-decision={() => setDecisions((count) => count + 1)}>
        <p id="video">The video</p>
      </assent-embed>
      <button type="button" onClick={() => void assent.showPreferences()}>
        Cookie settings
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
