import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Timeline } from '../../components/Timeline';
import { t, uiLocale } from '../../components/i18n';
import { sendRequest } from '../../utils/messages/client';
import type { TimelineQuery } from '../../utils/messages/protocol';
import '../../components/theme.css';
import '../../components/timeline.css';
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
render(
  <Timeline load={load} loadActors={loadActors} locale={uiLocale()} openUrl={openUrl} onManageActors={manageActors} />,
  document.getElementById('app')!,
);
