/** The background's handlers for clips, search, export and import (issue #3), split from router.ts. */
import { clipsForPage, deleteClip, listClips, markAnchoring, restoreClip, saveClip, updateClip } from '../db/clips';
import type { DossierDB } from '../db/database';
import { searchStore } from '../db/search';
import { collectClips, exportFileName } from '../export/collect';
import { toCsv } from '../export/csv';
import { importAnnotations } from '../export/import';
import { toAnnotationCollection } from '../export/jsonld';
import { toMarkdown } from '../export/markdown';
import { exportTimeline } from '../export/timeline';
import type { AnyRequest, ExportFormat, ResponseOf } from './protocol';

type ClipTypes = 'clips/save' | 'clips/forPage' | 'clips/anchored' | 'clips/list' | 'clips/update' | 'clips/delete' | 'clips/restore' | 'search/query' | 'export/file' | 'import/annotations';
type ClipHandlers = { [T in ClipTypes]: (req: Extract<AnyRequest, { type: T }>) => Promise<ResponseOf<T>> };

async function exportFile(db: DossierDB, format: ExportFormat, locale?: string): Promise<ResponseOf<'export/file'>> {
  if (format === 'timeline') {
    return { text: JSON.stringify(await exportTimeline(db), null, 2), filename: exportFileName('timeline', 'json'), mime: 'application/json' };
  }
  const clips = await collectClips(db);
  if (format === 'csv') return { text: toCsv(clips), filename: exportFileName('clips', 'csv'), mime: 'text/csv;charset=utf-8' };
  if (format === 'markdown') return { text: toMarkdown(clips, { locale }), filename: exportFileName('clips', 'md'), mime: 'text/markdown;charset=utf-8' };
  return { text: JSON.stringify(toAnnotationCollection(clips), null, 2), filename: exportFileName('clips', 'jsonld'), mime: 'application/ld+json' };
}

export function clipHandlers(db: DossierDB): ClipHandlers {
  return {
    'clips/save': async ({ type: _t, ...draft }) => ({ clip: await saveClip(db, draft) }),
    'clips/forPage': async ({ url }) => ({ clips: await clipsForPage(db, url) }),
    'clips/anchored': async ({ results }) => ({ changed: await markAnchoring(db, results) }),
    'clips/list': ({ type: _t, ...query }) => listClips(db, query),
    'clips/update': async ({ id, note, tags }) => ({ clip: await updateClip(db, id, { note, tags }) }),
    'clips/delete': async ({ id }) => ({ deleted: await deleteClip(db, id) }),
    'clips/restore': async ({ id }) => ({ restored: await restoreClip(db, id) }),
    'search/query': ({ text, kinds, limit }) => searchStore(db, text, { kinds, limit }),
    'export/file': ({ format, locale }) => exportFile(db, format, locale),
    'import/annotations': ({ json }) => importAnnotations(db, json),
  };
}
