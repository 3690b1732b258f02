// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { ClipList, type ClipsApi } from '../../components/ClipList';
import { ClipTabs } from '../../components/ClipTabs';
import type { ClipList as ClipListData, ClipQuery } from '../../utils/db/clips';
import type { ClipRecord } from '../../utils/db/records';

afterEach(() => render(null, document.body));
const tick = () => act(() => new Promise((r) => setTimeout(r, 250)));

const clip = (id: string, quote: string, note = ''): ClipRecord => ({
  id, sourceId: 'src_1', quote, note, tags: ['полон'], selector: [], actorIds: [], createdAt: 1, updatedAt: 1, deleted: 0,
});

test('tabs follow the ARIA pattern: arrow keys move selection and focus, only the selected tab is tabbable', async () => {
  await act(() => render(<ClipTabs panels={{ timeline: () => <p>timeline</p>, clips: () => <p>clips</p>, search: () => <p>search</p> }} />, document.body));
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
  expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  tabs[0].focus();
  await act(() => void tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
  expect(document.activeElement).toBe(tabs[1]);
  expect(tabs[1].getAttribute('aria-selected')).toBe('true');
  expect(document.getElementById('panel-clips')!.hidden).toBe(false);
  expect(document.getElementById('panel-timeline')!.hidden).toBe(true);
  await act(() => void tabs[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
  expect(document.activeElement).toBe(tabs[2]);
  await act(() => void tabs[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
  expect(document.activeElement).toBe(tabs[0]); // wraps around
});

test('clips view: page text is shown as text, delete offers undo that restores', async () => {
  let live = [clip('clp_a', '<img src=x onerror=alert(1)> Дякую кожному'), clip('clp_b', 'Білорусь відпустила на свободу', 'перевірити')];
  const deleted: string[] = [];
  const api: ClipsApi = {
    list: async (q: ClipQuery): Promise<ClipListData> => {
      const items = live.filter((c) => !deleted.includes(c.id) && (!q.text || c.quote.includes(q.text) || c.note.includes(q.text)));
      return { items: items.map((c) => ({ clip: c, actors: [] })), total: items.length, facets: { tags: ['полон'], sites: [], actors: [] } };
    },
    update: async () => undefined,
    remove: async (id) => void deleted.push(id),
    restore: async (id) => void deleted.splice(deleted.indexOf(id), 1),
    open: () => undefined,
  };
  await act(() => render(<ClipList api={api} locale="uk" />, document.body));
  await tick();
  expect([...document.querySelectorAll('.clip-quote')].map((q) => q.textContent)).toEqual(['<img src=x onerror=alert(1)> Дякую кожному', 'Білорусь відпустила на свободу']);
  expect(document.querySelector('img')).toBeNull();
  const del = [...[...document.querySelectorAll('li.clip')][1].querySelectorAll('button')].find((b) => b.textContent === 'clipsDelete')!;
  await act(() => del.click());
  await tick();
  expect(document.querySelectorAll('.clip-quote')).toHaveLength(1);
  const undo = document.querySelector('.clips-undo button') as HTMLButtonElement;
  await act(() => undo.click());
  await tick();
  expect(document.querySelectorAll('.clip-quote')).toHaveLength(2);
  expect(document.querySelector('.clips-undo')).toBeNull();
  live = [];
});
