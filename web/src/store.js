import { createStore } from 'botframework-webchat';
import { invitationEvent } from './invitation.js';

// The bot writes one line per thought ("vraag 1 van 8", newline, the question). Markdown would join
// such lines into one; two spaces before the newline keep them apart.
function keepLineBreaks(action) {
  const { activity } = action.payload;
  if (activity.from?.role !== 'bot' || typeof activity.text !== 'string') return action;
  return { ...action, payload: { ...action.payload, activity: { ...activity, text: activity.text.replace(/ *\r?\n/g, '  \n') } } };
}

// Web Chat's store, with two additions: bot lines stay lines, and once Direct Line is connected the
// invitation code (when the link had one) is sent as an event, before the user types anything.
export function createLeerwerkStore({ invitationCode, onConnected }) {
  let invitationSent = false;
  return createStore({}, ({ dispatch }) => (next) => (action) => {
    const result = next(action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' ? keepLineBreaks(action) : action);
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      onConnected();
      if (invitationCode && !invitationSent) {
        invitationSent = true;
        dispatch(invitationEvent(invitationCode));
      }
    }
    return result;
  });
}
