/**
 * Records as read back from IndexedDB are not guaranteed to have the shape their type says: an old
 * build, a sync peer or a bug may have written missing fields or wrong types. Readers that draw UI
 * pass records through these first, so one bad row shows as best it can instead of breaking a list.
 */
import type { DatePrecision } from '../analyze/types';
import type { ActorRecord, ClaimRecord, EventRecord, SourceRecord } from './records';

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

function precisionOf(date: string, stored: unknown): DatePrecision {
  if (PRECISIONS.includes(stored as DatePrecision)) return stored as DatePrecision;
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

export function saneEvent(e: EventRecord): EventRecord {
  const date = text(e.date);
  const out: EventRecord = {
    ...e,
    date,
    precision: precisionOf(date, e.precision),
    summary: text(e.summary),
    actorIds: ids(e.actorIds),
    sourceIds: ids(e.sourceIds),
    claimIds: ids(e.claimIds),
  };
  if (typeof e.endDate === 'string') out.endDate = e.endDate;
  else delete out.endDate;
  return out;
}

export const saneActor = (a: ActorRecord): ActorRecord => ({ ...a, name: text(a.name), kind: (['person', 'org', 'place'] as const).includes(a.kind) ? a.kind : 'person' });

export const saneSource = (s: SourceRecord): SourceRecord => ({ ...s, url: text(s.url), title: text(s.title), site: text(s.site) });

export const saneClaim = (c: ClaimRecord): ClaimRecord => ({ ...c, text: text(c.text), speaker: text(c.speaker) });
