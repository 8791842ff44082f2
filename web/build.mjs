// Bundles src/main.jsx (Web Chat, React and our page code) into bot/wwwroot/webchat/, which the bot
// serves itself: no CDN, so the page works where only the bot's host is reachable.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const outdir = fileURLToPath(new URL('../bot/wwwroot/webchat/', import.meta.url));

await build({
  entryPoints: { webchat: fileURLToPath(new URL('./src/main.jsx', import.meta.url)) },
  bundle: true,
  minify: true,
  format: 'iife',
  // Older phones: Android WebView and iOS Safari of a few years back.
  target: ['es2020'],
  jsx: 'automatic',
  outdir,
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  legalComments: 'linked',
  logLevel: 'warning',
});
