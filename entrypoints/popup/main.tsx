import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Timeline } from '../../components/Timeline';
import { t, uiLocale } from '../../components/i18n';
import { sendRequest } from '../../utils/messages/client';
import type { TimelineQuery } from '../../utils/messages/protocol';
import '../../components/theme.css';
import '../../components/timeline.css';
import './popup.css';

const load = (query: TimelineQuery) => sendRequest('timeline/list', query);
const loadActors = async () => (await sendRequest('actors/list', {})).actors;
const openUrl = (url: string) => void browser.tabs.create({ url });
const manageActors = () => void browser.runtime.openOptionsPage();

document.documentElement.lang = uiLocale().slice(0, 2);
document.title = t('popupTitle');
render(
  <Timeline load={load} loadActors={loadActors} locale={uiLocale()} openUrl={openUrl} onManageActors={manageActors} />,
  document.getElementById('app')!,
);
