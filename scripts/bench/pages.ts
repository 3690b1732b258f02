/**
 * News-like pages for the bench: paragraphs of Ukrainian, Russian and English reporting in which the
 * gazetteer's names appear in inflected forms (the forms the engine itself generates: "Коваленка",
 * "Олександру Коваленку", "в Новій Березівці"), with dates and quotes, inside the usual page chrome
 * (header, nav, article with an h1, aside, footer). Sized in UTF-8 bytes of HTML.
 */
import { inflectName } from '../../utils/analyze/morphology';
import type { GazetteerEntry } from '../../utils/analyze/types';
import { seeded } from './names';

type Lang = 'uk' | 'ru' | 'en';

// {P} a person, {L} a place, {O} an organisation, any in some inflected form.
const TEMPLATES: Record<Lang, string[]> = {
  uk: [
    '{P} заявив журналістам, що переговори з {P} щодо постачання зерна тривають.',
    'Як повідомляє {O}, 24 листопада у {L} відбулася зустріч представників громади.',
    'За словами {P}, ситуація в {L} залишається складною, але контрольованою.',
    '«Ми не погодимося на такі умови», — наголосив {P} після розмови з {P}.',
    'Минулого місяця {O} оголосила про перевірку діяльності підприємств у {L}.',
    'Депутати обговорили бюджет на 2026 рік, проте рішення так і не ухвалили.',
    'Експерти зазначають, що ціни на пальне в регіоні зросли на дванадцять відсотків.',
    'Делегація з {L} прибула до {L} в понеділок увечері.',
    'Речниця {O} підтвердила, що {P} візьме участь у засіданні.',
  ],
  ru: [
    '{P} сообщил, что в {L} продолжаются восстановительные работы.',
    'По данным {O}, в декабре объем перевозок вырос почти вдвое.',
    '«Решение будет принято до конца года», — заявил {P} на брифинге.',
    'В {L} прошла встреча {P} с представителями местных властей.',
    'Аналитики отмечают, что спрос на жилье в регионе снизился.',
  ],
  en: [
    '{E} said on Monday that talks with regional officials would resume next week.',
    'According to {E}, the new rules take effect on 1 December.',
    '"We are not going to accept these terms," {E} told reporters after meeting {E}.',
    'Officials in the capital declined to comment on the report.',
  ],
};
const LANG_SHARE: [Lang, number][] = [['uk', 0.6], ['ru', 0.85], ['en', 1]];

interface Pools {
  person: Record<'uk' | 'ru', string[][]>;
  place: Record<'uk' | 'ru', string[][]>;
  org: Record<'uk' | 'ru', string[][]>;
  en: string[];
}

/** The forms of each name the engine would generate, per language (uk name, ru alias). */
function pools(entries: GazetteerEntry[]): Pools {
  const out: Pools = { person: { uk: [], ru: [] }, place: { uk: [], ru: [] }, org: { uk: [], ru: [] }, en: [] };
  for (const e of entries) {
    const kind = e.kind ?? 'person';
    if (e.lang === 'en') {
      out.en.push(e.name);
      continue;
    }
    const en = (e.aliases ?? []).find((a) => /^[A-Za-z ]+$/.test(a));
    if (en) out.en.push(en);
    out[kind].uk.push(inflectName(e.name, { kind, langs: ['uk'] }));
    const ru = (e.aliases ?? []).find((a) => /[а-яё]/i.test(a));
    if (ru) out[kind].ru.push(inflectName(ru, { kind, langs: ['ru'] }));
  }
  return out;
}

export interface GeneratedPage {
  html: string;
  bytes: number;
  paragraphs: number;
  /** Name slots filled (an upper bound for actor highlights: the engine may merge adjacent ones). */
  names: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page of about `targetBytes`; `entries` are the names it mentions (typically the first 1,000). */
export function generatePage(entries: GazetteerEntry[], targetBytes: number, seed = 1): GeneratedPage {
  const r = seeded(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const p = pools(entries);
  let names = 0;
  const fill = (template: string, lang: Lang) =>
    template.replace(/\{([PLOE])\}/g, (_, slot: string) => {
      names++;
      if (slot === 'E' || lang === 'en') return pick(p.en);
      const kind = slot === 'P' ? 'person' : slot === 'L' ? 'place' : 'org';
      const forms = pick(p[kind][lang as 'uk' | 'ru']);
      // Half the mentions in the base form, the rest spread over the other cases.
      return r() < 0.5 ? forms[0] : pick(forms);
    });
  const head = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Стрічка новин</title>
<meta property="article:published_time" content="2025-11-24T10:00:00+02:00"></head><body>
<header><nav><a href="/">Головна</a> <a href="/politics">Політика</a> <a href="/economy">Економіка</a> <a href="/world">Світ</a></nav></header>
<main><article><h1>Хроніка подій: регіони, політика, економіка</h1>\n`;
  const tail = `</article></main><aside><h2>Читайте також</h2><ul><li><a href="/a">Огляд тижня</a></li><li><a href="/b">Новини регіонів</a></li></ul></aside><footer>© Новини</footer></body></html>\n`;
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let paragraphs = 0;
  while (bytes < targetBytes) {
    const roll = r();
    const lang = LANG_SHARE.find(([, share]) => roll < share)![0];
    const sentences = [fill(pick(TEMPLATES[lang]), lang), fill(pick(TEMPLATES[lang]), lang)];
    if (r() < 0.12) sentences.push(fill(pick(TEMPLATES[lang]), lang));
    const block = paragraphs % 40 === 39 ? `<h2>${escapeHtml(fill('{L}', lang))}</h2>\n` : '';
    const html = `${block}<p>${escapeHtml(sentences.join(' '))}</p>\n`;
    parts.push(html);
    bytes += Buffer.byteLength(html);
    paragraphs++;
  }
  parts.push(tail);
  return { html: parts.join(''), bytes, paragraphs, names };
}
