// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { Tooltip, safeHref, type TooltipProps } from '../../components/Tooltip';

const t = (key: string, subs?: string | string[]) => (subs ? `${key}(${subs})` : key);

function show(props: Omit<TooltipProps, 't' | 'onClose' | 'titleId'> & Partial<TooltipProps>) {
  const el = document.createElement('div');
  document.body.append(el);
  render(<Tooltip t={t} onClose={() => {}} titleId="tt" {...props} />, el);
  return el;
}

const source = (url: string, title: string) => ({ id: url, url, title, site: 'site', lang: 'uk', publishedAt: '2025-11-20', firstSeenAt: 0, updatedAt: 0, deleted: 0 as const });
const lukashenko = { kind: 'actor' as const, span: { text: 'Лукашенку', start: 0, end: 9, name: 'Олександр Лукашенко', kind: 'person' as const } };

describe('Tooltip', () => {
  test('an actor: its name, kind, other events and sources, as an accessible dialog', () => {
    const event = { id: 'e1', date: '2025-11-20', precision: 'day' as const, summary: 'Лукашенко оголосив про переговори.', actorIds: [], sourceIds: [], claimIds: [], updatedAt: 0, deleted: 0 as const };
    const el = show({
      data: lukashenko,
      state: { status: 'ready', details: { kind: 'actor', res: { events: [{ event, sources: [source('https://b.example/x', 'Друга стаття')] }], sources: [source('https://b.example/x', 'Друга стаття')] } } },
    });
    const dialog = el.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('tt');
    expect(el.querySelector('#tt')!.textContent).toBe('Олександр Лукашенко');
    expect(el.textContent).toContain('kind_person');
    expect(el.textContent).toContain('2025-11-20 Лукашенко оголосив про переговори.');
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://b.example/x');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('page and store text are text, never markup', () => {
    const el = show({ data: { kind: 'candidate', span: { text: '<img src=x onerror=alert(1)>', start: 0, end: 5 } }, state: { status: 'ready', details: { kind: 'none' } } });
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  test('a stored javascript: URL is never a link', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://a.example/')).toBe('https://a.example/');
    const el = show({ data: lukashenko, state: { status: 'ready', details: { kind: 'actor', res: { events: [], sources: [source('javascript:alert(1)', 'Пастка')] } } } });
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('Пастка');
  });

  test('a candidate name offers Track, and says when it is tracked', () => {
    const onTrack = vi.fn();
    const data = { kind: 'candidate' as const, span: { text: 'Джоном Коулом', start: 0, end: 13 } };
    const el = show({ data, state: { status: 'ready', details: { kind: 'none' } }, onTrack });
    (el.querySelector('button.primary') as HTMLButtonElement).click();
    expect(onTrack).toHaveBeenCalledOnce();
    render(<Tooltip t={t} onClose={() => {}} titleId="tt" data={data} state={{ status: 'ready', details: { kind: 'none' } }} onTrack={onTrack} trackState="done" />, el);
    expect(el.querySelector('[role="status"]')!.textContent).toBe('tooltipTracked');
  });

  test('a date lists what else happened then; loading and errors are announced', () => {
    const date = { kind: 'date' as const, span: { text: '20 листопада', start: 0, end: 12, value: '2025-11-20', precision: 'day' as const } };
    expect(show({ data: date, state: { status: 'loading' } }).querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(show({ data: date, state: { status: 'error', error: 'x' } }).querySelector('[role="alert"]')!.textContent).toBe('tooltipError');
    expect(show({ data: date, state: { status: 'ready', details: { kind: 'date', res: { events: [] } } } }).textContent).toContain('tooltipNothingYet');
  });

  test('a claim shows the speaker, the quote and other sources with a similar claim', () => {
    const claim = { kind: 'claim' as const, span: { text: 'регулярні переговори', start: 0, end: 20, speaker: 'Олександр Лукашенко', mode: 'direct' as const } };
    const other = { id: 'c2', text: 'регулярні переговори зі США', speaker: 'Лукашенко', sourceId: 's', date: '', selector: [], fingerprint: 'f', updatedAt: 0, deleted: 0 as const, source: source('https://c.example/', 'Третє джерело') };
    const el = show({ data: claim, state: { status: 'ready', details: { kind: 'claim', res: { claims: [other] } } } });
    expect(el.querySelector('#tt')!.textContent).toBe('Олександр Лукашенко');
    expect(el.querySelector('blockquote')!.textContent).toBe('регулярні переговори');
    expect(el.querySelector('q')!.textContent).toBe('регулярні переговори зі США');
    expect(el.querySelector('a')!.textContent).toBe('Третє джерело');
  });
});

test('long sentences are cut at a word boundary with an ellipsis', async () => {
  const { clip } = await import('../../components/Tooltip');
  const sentence = 'Американські чиновники заявили агентству, що взаємодія адміністрації Трампа з Білоруссю є частиною довгострокової, ширшої стратегії щодо виведення Мінська з геополітичної орбіти Москви.';
  const cut = clip(sentence, 60);
  expect(cut.endsWith('…')).toBe(true);
  expect(cut.length).toBeLessThanOrEqual(61);
  expect(sentence.startsWith(cut.slice(0, -1))).toBe(true);
  expect(clip('Коротко.')).toBe('Коротко.');
});
