import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';
import { readInvitationCode } from './invitation.js';
import './main.css';

createRoot(document.getElementById('app')).render(<App invitationCode={readInvitationCode(window.location.search)} />);
