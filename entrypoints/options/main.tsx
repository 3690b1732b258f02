import { render } from 'preact';
import { ActorsManager, type ActorsApi } from '../../components/ActorsManager';
import { t, uiLocale } from '../../components/i18n';
import { sendRequest } from '../../utils/messages/client';
import { SyncSettings } from '../../components/SyncSettings';
import { SiteAccessSettings } from '../../components/SiteAccessSettings';
import { browser } from 'wxt/browser';
import { loadSiteAccess, saveSiteAccess } from '../../utils/page/site-access';
import { db } from '../../utils/db/database';
import { createSyncPanelApi } from '../../utils/sync/panel';
import '../../components/theme.css';
import '../../components/actors.css';

const api: ActorsApi = {
  list: async () => (await sendRequest('actors/list', { origins: ['user', 'discovered'] })).actors,
  save: async (actor, previousId) =>
    (await sendRequest('actors/save', previousId ? { actor, previousId } : { actor })).actor,
  remove: async (id) => (await sendRequest('actors/delete', { id })).deleted,
  importJson: async (json) => (await sendRequest('actors/import', { json })).imported,
  exportJson: async () => (await sendRequest('actors/export', {})).json,
};

function download(json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'dossier-actors.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

document.documentElement.lang = uiLocale().slice(0, 2);
document.title = t('optionsTitle');
render(<ActorsManager api={api} download={download} />, document.getElementById('app')!);
// Where the content script may run (docs/permissions.md).
const siteRoot = document.body.appendChild(document.createElement('div'));
render(<SiteAccessSettings api={{ load: () => loadSiteAccess(browser.storage.sync), save: (a) => saveSiteAccess(browser.storage.sync, a) }} />, siteRoot);
// Sync section (utils/sync): the page shares the extension origin, so the file import/export reads the store directly.
const syncRoot = document.body.appendChild(document.createElement('div'));
render(<SyncSettings api={createSyncPanelApi(db)} download={(text, name) => saveFile(text, name)} />, syncRoot);
function saveFile(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
