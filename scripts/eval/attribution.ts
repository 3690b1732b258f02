/**
 * Scoring claims against source/cue/content gold (quotes_ru_adaq, PolNeAR): a gold content counts as
 * found when a claim overlaps it; among found ones, the speaker is right when the claim's speaker
 * stands on the gold source span, or when its name shares a word with the gold source (the engine may
 * give the canonical name instead of the words in the text). Gold sources that are pronouns are
 * left out of speaker accuracy: checking them needs coreference the gold does not provide.
 */
import type { ClaimSpan } from '../../utils/analyze/types';
import { bestOverlap, context, overlaps, ratio, type Range } from './score';
import type { Figure, Miss } from './types';

export interface GoldAttribution {
  content: Range[];
  source: Range[] | null;
  sourceText: string;
  /** 'direct' (content within quotation marks) or 'indirect'. */
  mode: 'direct' | 'indirect';
}

export interface AttributionDoc {
  id: string;
  text: string;
  gold: GoldAttribution[];
}

const PRONOUNS = new Set(
  'i me we us you he him she her it they them his its their this that who which one я мы ты вы он она оно они его ее её их мне нам кто это'.split(' '),
);

export const isPronoun = (s: string): boolean => {
  const w = s.trim().toLowerCase().split(/\s+/);
  return w.length === 1 && PRONOUNS.has(w[0]);
};

/** Words sharing their first five letters (or all of a shorter word): "Путин" ~ "Путина". */
function sharesWord(a: string, b: string): boolean {
  const stems = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).map((w) => w.slice(0, 5));
  const bs = new Set(stems(b));
  return stems(a).some((w) => bs.has(w));
}

export function speakerRight(claim: ClaimSpan, gold: GoldAttribution): boolean {
  if (claim.speakerStart !== undefined && claim.speakerEnd !== undefined && gold.source) {
    const at = { start: claim.speakerStart, end: claim.speakerEnd };
    if (gold.source.some((s) => overlaps(s, at))) return true;
  }
  return !!claim.speaker && sharesWord(claim.speaker, gold.sourceText);
}

export function scoreAttributions(docs: AttributionDoc[], predicted: ClaimSpan[][]): { figures: Figure[]; misses: Miss[] } {
  const misses: Miss[] = [];
  const c = { direct: { n: 0, found: 0 }, indirect: { n: 0, found: 0 } };
  let spk = 0, spkRight = 0, preds = 0, good = 0;
  docs.forEach((d, i) => {
    const pred = predicted[i];
    for (const g of d.gold) {
      c[g.mode].n++;
      let claim: ClaimSpan | undefined;
      for (const part of g.content) claim ??= bestOverlap(part, pred);
      const where = { start: g.content[0].start, end: g.content[g.content.length - 1].end };
      if (!claim) {
        misses.push({ key: `missed ${g.mode}`, example: `${d.id}: ${context(d.text, where, 30).slice(0, 200)} (by ${g.sourceText || '?'})` });
        continue;
      }
      c[g.mode].found++;
      if (!g.source || !g.sourceText || isPronoun(g.sourceText)) continue;
      spk++;
      if (speakerRight(claim, g)) spkRight++;
      else misses.push({ key: `speaker ${claim.speaker ? 'wrong' : 'missing'}`, example: `${d.id}: want "${g.sourceText}", got "${claim.speaker}" for "${claim.text.slice(0, 80)}"` });
    }
    for (const p of pred) {
      preds++;
      if (d.gold.some((g) => g.content.some((r) => overlaps(r, p)))) good++;
      else misses.push({ key: `not a claim (${p.mode})`, example: `${d.id}: ${context(d.text, p, 20).slice(0, 200)}` });
    }
  });
  const figures = [
    ratio('recall', c.direct.found + c.indirect.found, c.direct.n + c.indirect.n),
    ...(c.direct.n && c.indirect.n ? [ratio('recall-direct', c.direct.found, c.direct.n), ratio('recall-indirect', c.indirect.found, c.indirect.n)] : []),
    ratio('speaker-acc', spkRight, spk),
    ratio('precision', good, preds, true),
  ];
  return { figures, misses };
}
