import { createDirectLine } from 'botframework-webchat';

// The bot hands out the Direct Line token: its own Direct Line endpoint (local, polling) or a token
// exchanged at Azure's Direct Line (production, with web sockets). The secret never reaches the page.
export async function connect() {
  const response = await fetch('/api/webchat/token', { method: 'POST', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`token: ${response.status}`);
  const { token, domain, userId, webSocket } = await response.json();
  return { directLine: createDirectLine({ token, domain, webSocket }), userId };
}
