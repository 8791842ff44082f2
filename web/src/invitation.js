// An invitation link is https://<bot>/?code=XXXX. The code goes to the bot as an `invitation` event
// right after connecting; the bot checks it, the page only passes it on.
const codePattern = /^[A-Za-z0-9-]{1,64}$/;

export function readInvitationCode(search) {
  const code = (new URLSearchParams(search).get('code') || '').trim();
  // Anything else is a mistyped or tampered link: better no code than a strange one in the bot.
  return codePattern.test(code) ? code : null;
}

export function invitationEvent(code) {
  return { type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'invitation', value: { code } } };
}
