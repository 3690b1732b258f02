import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: the same modules run in Node (CLI, tests) without WXT globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      // Not an engine list: esbuild (0.28) counts no browser as able to read `\p{L}` in a RegExp
      // literal and rewrites each into `new RegExp(…)`, built again on every call and compiled again
      // once V8's cache is emptied by a collection (utils/analyze/matches.ts). ES2024 keeps literals
      // literal; the browsers we support (Chrome with CSS highlights, Firefox 142+) read all of it.
      target: 'es2024',
      // DOSSIER_NO_MINIFY=1: readable function names in CPU profiles of the content script.
      ...(process.env.DOSSIER_NO_MINIFY ? { minify: false } : {}),
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    // Sync talks only to the server the user names; its host is requested at run time.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClipSelection__',
      },
    },
    // Wakes the background at document_start (utils/messages/wake.ts): a content script outside WXT's
    // wrapper, which would add the polyfill and a context to a script that runs before every page's parse.
    content_scripts: [{ matches: ['<all_urls>'], run_at: 'document_start', js: ['wake.js'] }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.invalid',
              strict_min_version: '142.0',
              // Nothing leaves the browser unless the user turns sync on, to a server they choose.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
