/**
 * Clips as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), one AnnotationCollection
 * with a single AnnotationPage. Standard parts carry what other tools understand (target URL,
 * TextQuote/TextPosition selectors, the note as a commenting body, tags as tagging bodies,
 * created/modified); Dossier's own fields (source metadata, speaker, date, actors, orphaned) sit
 * under a `dossier:` prefix declared in the context, so an import loses nothing.
 */
import type { ExportClip } from './collect';

export const DOSSIER_NS = 'https://dossier.invalid/ns#';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CLIP_IRI_PREFIX = 'urn:dossier:clip:';

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; purpose: 'commenting' | 'tagging'; value: string; format?: 'text/plain' }[];
  target: { source: string; selector: ExportClip['clip']['selector'] };
  'dossier:source': { title: string; site: string; lang: string; published: string };
  'dossier:speaker'?: string;
  'dossier:date'?: string;
  'dossier:actors': { id: string; name: string; kind: string }[];
  'dossier:orphaned'?: boolean;
}

export interface AnnotationCollection {
  '@context': [string, { dossier: string }];
  type: 'AnnotationCollection';
  label: string;
  generator: string;
  generated: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toAnnotation({ clip, source, actors }: ExportClip): WebAnnotation {
  const body: WebAnnotation['body'] = [];
  if (clip.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: clip.note, format: 'text/plain' });
  for (const tag of clip.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const a: WebAnnotation = {
    id: CLIP_IRI_PREFIX + clip.id,
    type: 'Annotation',
    motivation: clip.note ? 'commenting' : 'highlighting',
    created: new Date(clip.createdAt).toISOString(),
    modified: new Date(clip.updatedAt).toISOString(),
    body,
    target: { source: source?.url ?? '', selector: clip.selector },
    'dossier:source': { title: source?.title ?? '', site: source?.site ?? '', lang: String(source?.lang ?? ''), published: source?.publishedAt ?? '' },
    'dossier:actors': actors.map(({ id, name, kind }) => ({ id, name, kind })),
  };
  if (clip.speaker) a['dossier:speaker'] = clip.speaker;
  if (clip.date) a['dossier:date'] = clip.date;
  if (clip.orphaned) a['dossier:orphaned'] = true;
  return a;
}

export function toAnnotationCollection(clips: readonly ExportClip[], now = new Date()): AnnotationCollection {
  return {
    '@context': [ANNO_CONTEXT, { dossier: DOSSIER_NS }],
    type: 'AnnotationCollection',
    label: 'Dossier clips',
    generator: 'Dossier',
    generated: now.toISOString(),
    total: clips.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: clips.map(toAnnotation) },
  };
}
