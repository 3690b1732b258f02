import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClipList, type ClipsApi } from '../../components/ClipList';
import { ClipTabs } from '../../components/ClipTabs';
import { ExportPanel, type ExportApi } from '../../components/ExportPanel';
import { SearchPanel } from '../../components/SearchPanel';
import { Timeline } from '../../components/Timeline';
import { clipUrl } from '../../utils/anchor/fragment';
import { t, uiLocale } from '../../components/i18n';
import { sendRequest } from '../../utils/messages/client';
import type { TimelineQuery } from '../../utils/messages/protocol';
import '../../components/theme.css';
import '../../components/timeline.css';
import '../../components/clips.css';
import './popup.css';

// Marks for the open-time budget (bench and e2e read them). Preact renders state changes in a
// microtask, so by the next animation frame the first rows are in the DOM, about to be painted.
performance.mark('dossier:popup-start');
const load = async (query: TimelineQuery) => {
  const page = await sendRequest('timeline/list', query);
  if (query.offset === 0 && query.limit > 0 && !performance.getEntriesByName('dossier:first-rows').length) {
    requestAnimationFrame(() => performance.mark('dossier:first-rows'));
  }
  return page;
};
const loadActors = async () => (await sendRequest('actors/list', {})).actors;
const openUrl = (url: string) => void browser.tabs.create({ url });
const manageActors = () => void browser.runtime.openOptionsPage();

document.documentElement.lang = uiLocale().slice(0, 2);
document.title = t('popupTitle');
// Clips, search and export (issue #3) all go through the background, like the timeline.
const clipsApi: ClipsApi = {
  list: (query) => sendRequest('clips/list', query),
  update: async (id, changes) => void (await sendRequest('clips/update', { id, ...changes })),
  remove: async (id) => void (await sendRequest('clips/delete', { id })),
  restore: async (id) => void (await sendRequest('clips/restore', { id })),
  open: ({ clip, source }) => source && openUrl(clipUrl(source.url, clip.id, clip.quote)),
};
const search = (text: string) => sendRequest('search/query', { text, limit: 100 });
let reloadClips = 0;
const exportApi: ExportApi = {
  exportFile: (format) => sendRequest('export/file', { format, locale: uiLocale() }),
  importFile: (json) => sendRequest('import/annotations', { json }),
  onImported: () => renderPopup(++reloadClips),
};

function renderPopup(clipsKey: number) {
  render(
    <ClipTabs
      panels={{
        timeline: () => <Timeline load={load} loadActors={loadActors} locale={uiLocale()} openUrl={openUrl} onManageActors={manageActors} />,
        clips: () => (
          <>
            <ClipList key={clipsKey} api={clipsApi} locale={uiLocale()} />
            <ExportPanel api={exportApi} />
          </>
        ),
        search: () => <SearchPanel search={search} openUrl={openUrl} locale={uiLocale()} />,
      }}
    />,
    document.getElementById('app')!,
  );
}
renderPopup(reloadClips);
