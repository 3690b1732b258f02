import { afterEach, beforeEach, expect, test } from 'vitest';
import { DossierDB } from '../../utils/db/database';
import { collectClips } from '../../utils/export/collect';
import { ImportError, importAnnotations } from '../../utils/export/import';
import { toAnnotationCollection } from '../../utils/export/jsonld';
import { fillClips } from './store';

let db: DossierDB;
let n = 0;
let valid: ReturnType<typeof toAnnotationCollection>;
beforeEach(async () => {
  db = new DossierDB(`import-hostile-${++n}`);
  await fillClips(db);
  valid = toAnnotationCollection(await collectClips(db));
});
afterEach(async () => db.delete());

const snapshot = async () => JSON.stringify([await db.clips.orderBy('id').toArray(), await db.sources.orderBy('id').toArray(), await db.actors.orderBy('id').toArray()]);

/** A copy of the valid file with one annotation changed. */
function withItem(i: number, change: (a: Record<string, any>) => void): string {
  const doc = structuredClone(valid) as any;
  change(doc.first.items[i]);
  return JSON.stringify(doc);
}

const cases: [string, () => string, RegExp][] = [
  ['not JSON', () => '{"type": "AnnotationCollection", "first": ', /not valid JSON/],
  ['a CSV file picked by mistake', () => '\ufeffcreated,quote,note\r\n', /not valid JSON/],
  ['JSON of another kind', () => JSON.stringify({ type: 'dossier-timeline', events: [] }), /not Web Annotation JSON-LD \(type is "dossier-timeline"\)/],
  ['a bare number', () => '42', /must hold a JSON object or list/],
  ['a collection without items', () => JSON.stringify({ type: 'AnnotationCollection', first: {} }), /no "first" page with "items"/],
  ['a javascript: target', () => withItem(1, (a) => (a.target.source = 'javascript:alert(document.cookie)')), /Annotation 2 is not valid: first\.items\[1\]\.target\.source must be an http\(s\) address \(got "javascript:"\)/],
  ['a selector whose end is before its start', () => withItem(0, (a) => (a.target.selector[1] = { type: 'TextPositionSelector', start: 50, end: 3 })), /first\.items\[0\]\.target\.selector\[1\]: end \(3\) is before start \(50\)/],
  ['a negative offset', () => withItem(0, (a) => (a.target.selector[1].start = -5)), /selector\[1\]\.start must be an integer/],
  ['an empty quote', () => withItem(2, (a) => (a.target.selector[0].exact = '')), /first\.items\[2\]\.target\.selector\[0\]\.exact is empty/],
  ['no quote at all', () => withItem(0, (a) => (a.target.selector = [{ type: 'TextPositionSelector', start: 1, end: 4 }])), /has no TextQuoteSelector/],
  ['a tag that is an object', () => withItem(0, (a) => (a.body[1].value = { toString: 'x' })), /first\.items\[0\]\.body\[1\]\.value must be a string \(got object\)/],
  ['a 300,000-character note', () => withItem(0, (a) => (a.body[0].value = 'x'.repeat(300_000))), /body\[0\]\.value is longer than 200000 characters/],
  ['a date that is not a date', () => withItem(0, (a) => (a['dossier:date'] = '24.11.2025')), /dossier:date must be YYYY, YYYY-MM or YYYY-MM-DD/],
  ['a bad creation time', () => withItem(0, (a) => (a.created = 'yesterday')), /created must be an ISO date-time/],
  ['an unknown selector type', () => withItem(0, (a) => (a.target.selector[0] = { type: 'XPathSelector', value: '/html' })), /must be TextQuoteSelector or TextPositionSelector/],
  ['an actor kind outside person/org/place', () => withItem(0, (a) => (a['dossier:actors'] = [{ name: 'X', kind: '__proto__' }])), /dossier:actors\[0\]\.kind must be one of person, org, place/],
  ['the same id twice', () => JSON.stringify({ ...valid, first: { ...valid.first, items: [valid.first.items[0], valid.first.items[0]] } }), /repeats the id/],
  ['a paged collection', () => JSON.stringify({ ...valid, first: { ...valid.first, next: 'https://evil.example/page2' } }), /further pages/],
  ['too many annotations', () => JSON.stringify(Array.from({ length: 100_001 }, () => 0)), /holds 100001 annotations; at most 100000/],
  ['deep nesting meant to blow the stack', () => '['.repeat(200_000) + ']'.repeat(200_000), /not valid/],
];

test.each(cases)('refuses %s with a message saying what is wrong, and changes nothing', async (_name, file, message) => {
  const before = await snapshot();
  const run = importAnnotations(db, file());
  await expect(run).rejects.toThrow(ImportError);
  await expect(importAnnotations(db, file())).rejects.toThrow(message);
  expect(await snapshot()).toBe(before);
});

test('one bad annotation after good ones: none of the good ones are written either', async () => {
  const other = new DossierDB(`import-hostile-empty-${++n}`);
  try {
    const file = withItem(2, (a) => (a.target.source = 'file:///etc/passwd'));
    await expect(importAnnotations(other, file)).rejects.toThrow(/Annotation 3 is not valid/);
    expect(await other.clips.count()).toBe(0);
    expect(await other.sources.count()).toBe(0);
  } finally {
    await other.delete();
  }
});

test('prototype keys in the file do not reach the records', async () => {
  const other = new DossierDB(`import-hostile-proto-${++n}`);
  try {
    const file = withItem(0, (a) => Object.assign(a, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')));
    await importAnnotations(other, file);
    const clips = await other.clips.toArray();
    expect(clips).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const c of clips) expect(Object.keys(c)).not.toContain('__proto__');
  } finally {
    await other.delete();
  }
});
