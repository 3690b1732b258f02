// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Timeline, ROW_HEIGHT } from '../../components/Timeline';
import { formatDateValue } from '../../components/dates';
import { safeHref } from '../../components/EventRow';
import type { TimelineItem, TimelinePage, TimelineQuery } from '../../utils/messages/protocol';
import type { DatePrecision } from '../../utils/analyze/types';

function item(i: number, date: string, precision: DatePrecision, summary: string, actorId = 'act_a'): TimelineItem {
  return {
    event: { id: `evt_${i}`, date, precision, summary, actorIds: [actorId], sourceIds: ['src_1'], claimIds: [], updatedAt: 1, deleted: 0 },
    actors: [{ id: actorId, name: actorId === 'act_a' ? 'Володимир Зеленський' : 'Олександр Лукашенко', kind: 'person' }],
    sources: [{ id: 'src_1', url: i === 1 ? 'javascript:alert(1)' : 'https://example.ua/a', title: 'Стаття', site: 'example.ua' }],
  };
}

const small: TimelineItem[] = [
  item(0, '2025-11', 'month', 'Адміністрація Трампа обговорювала звільнення політвʼязнів.', 'act_b'),
  item(1, '2025-11-22', 'day', 'Лукашенко помилував 31 громадянина України.', 'act_b'),
  item(2, '2025-11-24', 'day', 'Білорусь відпустила близько сотні людей.'),
  item(3, '2025-11-24', 'day', '<img src=x onerror=alert(1)> Зеленський подякував партнерам.'),
];

function fakeLoader(all: (i: number) => TimelineItem, total: number) {
  const calls: TimelineQuery[] = [];
  const load = async (q: TimelineQuery): Promise<TimelinePage> => {
    calls.push(q);
    let idx = Array.from({ length: total }, (_, i) => i);
    if (q.actorId) idx = idx.filter((i) => all(i).event.actorIds.includes(q.actorId!));
    if (q.text) idx = idx.filter((i) => all(i).event.summary.toLowerCase().includes(q.text!.toLowerCase()));
    const items = idx.slice(q.offset, q.offset + q.limit).map(all);
    // Like the store: without a count, only a lower bound is known.
    if (q.count === false && !q.actorId && !q.text && items.length === q.limit) {
      return { total: q.offset + items.length + 1, exact: false, offset: q.offset, items };
    }
    return { total: idx.length, exact: true, offset: q.offset, items };
  };
  return { load, calls };
}

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(load: (q: TimelineQuery) => Promise<TimelinePage>) {
  root = document.createElement('div');
  document.body.append(root);
  const loadActors = async () => [{ id: 'act_a', name: 'Володимир Зеленський' }, { id: 'act_b', name: 'Олександр Лукашенко' }];
  const openUrl = vi.fn();
  await act(async () => {
    render(<Timeline load={load} loadActors={loadActors} locale="en" openUrl={openUrl} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return { openUrl };
}

/** Preact runs effects when `act` ends; their fetches resolve on the next round. */
async function settle(ms = 0) {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, ms));
    });
  }
}

const summaries = () => [...root.querySelectorAll('.event-summary')].map((e) => e.textContent);
const headings = () => [...root.querySelectorAll('.group-heading')].map((e) => e.textContent);

describe('Timeline', () => {
  test('shows events in order, grouped at their precision, page text as text', async () => {
    const { load } = fakeLoader((i) => small[i]!, small.length);
    const { openUrl } = await mount(load);
    expect(summaries()).toEqual(small.map((s) => s.event.summary));
    expect(headings()).toEqual(['November 2025', 'November 22, 2025', 'November 24, 2025']);
    expect(root.querySelector('img')).toBeNull();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.event-source')];
    expect(links).toHaveLength(3); // the javascript: source is not linked
    links[0]!.click();
    expect(openUrl).toHaveBeenCalledWith('https://example.ua/a');
  });

  test('filters by actor and by text (debounced)', async () => {
    const { load, calls } = fakeLoader((i) => small[i]!, small.length);
    await mount(load);
    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'act_b';
      select.dispatchEvent(new Event('change'));
    });
    await settle();
    // A filtered page is counted exactly, so no separate count request.
    expect(calls.filter((c) => c.actorId === 'act_b').map((c) => c.limit)).toEqual([50]);
    expect(summaries()).toEqual([small[0]!.event.summary, small[1]!.event.summary]);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(async () => {
      input.value = 'помилував';
      input.dispatchEvent(new Event('input'));
    });
    await settle(100);
    expect(summaries()).toEqual([small[1]!.event.summary]);
    await act(async () => {
      input.value = 'нічого такого';
      input.dispatchEvent(new Event('input'));
    });
    await settle(100);
    expect(root.querySelector('.timeline-empty')?.textContent).toContain('timelineNoMatch');
  });

  test('an empty store says what to do', async () => {
    await mount(async (q) => ({ total: 0, exact: true, offset: q.offset, items: [] }));
    expect(root.querySelector('.timeline-empty')?.textContent).toContain('timelineEmptyHint');
  });

  test('100,000 events: renders only the visible rows and loads one page', async () => {
    const big = (i: number) => item(i, `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`, 'day', `Подія номер ${i}`);
    const { load, calls } = fakeLoader(big, 100_000);
    // (How fast it opens is the bench's to measure, in the built popup: scripts/bench/timeline.ts.)
    await mount(load);
    const rows = root.querySelectorAll('.vrow');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(30);
    // One page of rows, and the count asked for separately (limit 0).
    expect(calls.map((c) => [c.offset, c.limit, c.count])).toEqual([[0, 50, false], [0, 0, true]]);
    expect(root.querySelector<HTMLElement>('.vlist-inner')!.style.height).toBe(`${100_000 * ROW_HEIGHT}px`);
    const scroller = root.querySelector<HTMLElement>('.vlist')!;
    await act(async () => {
      scroller.scrollTop = 5000 * ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await settle();
    expect(calls.map((c) => c.offset)).toContain(4950);
    expect(summaries()).toContain('Подія номер 5000');
  });
});

describe('dates', () => {
  test('month precision reads as the month, in the UI language', () => {
    expect(formatDateValue('2025-11', 'month', 'uk')).toBe('листопад 2025');
    expect(formatDateValue('2025-11', 'month', 'en')).toBe('November 2025');
    expect(formatDateValue('2025-11-24', 'day', 'uk')).toBe('24 листопада 2025');
    expect(formatDateValue('2025', 'year', 'uk')).toBe('2025');
  });
  test('only web URLs become links', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://example.ua/')).toBe('https://example.ua/');
  });
});
