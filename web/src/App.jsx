import { useCallback, useEffect, useMemo, useState } from 'react';
import ReactWebChat from 'botframework-webchat';
import { connect } from './connection.js';
import { LanguagePicker } from './LanguagePicker.jsx';
import { defaultLanguage } from './languages.js';
import { createLeerwerkStore } from './store.js';
import { styleOptions } from './styleOptions.js';

// Web Chat's Dutch is formal ("Typ uw bericht"); the bot says "je", and so does the page.
const dutchStrings = { TEXT_INPUT_PLACEHOLDER: 'Typ hier je antwoord' };

export function App({ invitationCode }) {
  const [connection, setConnection] = useState(null);
  const [failed, setFailed] = useState(false);
  const [connected, setConnected] = useState(false);
  const [language, setLanguage] = useState(defaultLanguage);
  const store = useMemo(() => createLeerwerkStore({ invitationCode, onConnected: () => setConnected(true) }), [invitationCode]);

  useEffect(() => {
    connect().then(setConnection, () => setFailed(true));
  }, []);

  const choose = useCallback(
    (chosen) => {
      setLanguage(chosen);
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: `taal ${chosen.code}` } });
    },
    [store],
  );

  return (
    <>
      <LanguagePicker current={language} disabled={!connected} onChoose={choose} />
      <section id="webchat" className="chat" dir={language.dir} lang={language.lang} aria-label="Chat met Leerwerk">
        {failed ? (
          <p className="notice" role="alert">
            Het lukt nu niet om de chat te openen. Probeer het straks opnieuw.
            <button type="button" onClick={() => window.location.reload()}>
              Opnieuw proberen
            </button>
          </p>
        ) : connection ? (
          <ReactWebChat
            directLine={connection.directLine}
            store={store}
            userID={connection.userId}
            username="Jij"
            locale={language.webChatLocale}
            overrideLocalizedStrings={language.webChatLocale === 'nl-NL' ? dutchStrings : undefined}
            dir={language.dir}
            styleOptions={styleOptions}
          />
        ) : (
          <p className="notice">Even geduld, de chat wordt geopend…</p>
        )}
      </section>
    </>
  );
}
