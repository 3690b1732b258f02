/**
 * The background's side of the protocol: validate, dispatch to `utils/db`, and always answer a
 * `Reply` so the sender sees an error message instead of `undefined`.
 */
import type { DossierDB } from '../db/database';
import type { AnalysisService } from '../db/analysis-service';
import { describeDbError } from '../db/errors';
import { storePageAnalysis } from '../db/ingest';
import { relatedToActor, relatedToClaim, relatedToDate } from '../db/related';
import { listTimeline } from '../db/timeline';
import { deleteActor, listActors, saveActor, trackActor } from '../db/actors';
import { exportActors, importActors } from '../db/actors-io';
import { clipHandlers } from './clip-routes';
import { guessBaseForm } from '../analyze/lemma';
import { ENVELOPE, PART, PartAssembler, isPart, openMessage } from './envelope';
import { packActors } from './packed-actors';
import { ShapeError } from './check';
import type { AnyRequest, Reply, RequestType, ResponseOf } from './protocol';
import { REQUEST_TYPES, parseRequest } from './validate';
import type { RequestTally } from './request-tally';

export interface GazetteerProvider {
  get(): Promise<ResponseOf<'gazetteer/get'>>;
  /** The user's actors changed: the next `get` recompiles. */
  invalidate(): void;
  /** Canonical names of the bundled starter list (so ingest can mark those actors 'starter'). */
  starterNames(): Promise<ReadonlySet<string>>;
}

export interface RouterDeps {
  db: DossierDB;
  gazetteer: GazetteerProvider;
  /** Names and the whole engine over page text (utils/db/analysis-service.ts); the background gives it. */
  analysis?: Pick<AnalysisService, 'names' | 'full'>;
  /** Counts what is asked and answered (utils/messages/request-tally.ts). */
  tally?: Pick<RequestTally, 'begin'>;
}

type Handlers = { [T in RequestType]: (req: Extract<AnyRequest, { type: T }>) => Promise<ResponseOf<T>> };

function handlers({ db, gazetteer, analysis }: RouterDeps): Handlers {
  const analyser = () => {
    if (!analysis) throw new Error('no analysis service in this context');
    return analysis;
  };
  const changed = <T>(value: T): T => {
    gazetteer.invalidate();
    return value;
  };
  return {
    'page/analyzed': async ({ page, result }) => {
      const { sourceId } = await storePageAnalysis(db, page, result, { starterNames: await gazetteer.starterNames() });
      return { sourceId };
    },
    'gazetteer/get': () => gazetteer.get(),
    'analyze/names': async ({ text }) => ({ packed: packActors((await analyser().names({ text })).actors) }),
    'analyze/full': ({ text, published, lang }) => analyser().full({ text, published, lang }),
    'analyze/base': async ({ name, lang, around, quoted }) => guessBaseForm(name.slice(0, 200), lang, { text: around, quoted }),
    'related/actor': ({ name, excludeUrl }) => relatedToActor(db, name, excludeUrl),
    'related/date': ({ value, excludeUrl }) => relatedToDate(db, value, excludeUrl),
    'related/claim': ({ text, speaker, excludeUrl }) => relatedToClaim(db, text, speaker, excludeUrl),
    'actor/track': async ({ name, kind, alias }) => changed({ actor: await trackActor(db, name, kind, Date.now(), alias) }),
    'timeline/list': (query) => listTimeline(db, query),
    'actors/list': async ({ origins }) => ({ actors: await listActors(db, origins) }),
    'actors/save': async ({ actor, previousId }) => changed({ actor: await saveActor(db, actor, previousId) }),
    'actors/delete': async ({ id }) => changed({ deleted: await deleteActor(db, id) }),
    'actors/import': async ({ json }) => changed({ imported: await importActors(db, json) }),
    'actors/export': async () => ({ json: await exportActors(db) }),
    ...clipHandlers(db),
  };
}

/**
 * Whether this router answers the message. Other features may register their own listeners for their
 * own types; answering those with "unknown type" would race their replies.
 */
export function handlesMessage(message: unknown): boolean {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && (type === ENVELOPE || type === PART || (REQUEST_TYPES as string[]).includes(type));
}

export function createRouter(deps: RouterDeps): (message: unknown) => Promise<Reply<unknown>> {
  const table = handlers(deps);
  const parts = new PartAssembler();
  return async function handleRequest(message) {
    let request: AnyRequest;
    try {
      if (isPart(message)) {
        const whole = parts.take(message);
        if (!whole) return { ok: true, value: { part: message.index } };
        message = whole;
      } else if ((message as { type?: unknown } | null)?.type === PART) {
        throw new ShapeError('a message part must have an id, an index under its count, and a body');
      }
      request = parseRequest(openMessage(message));
    } catch (e) {
      return { ok: false, error: e instanceof ShapeError ? `Refused: ${e.message}` : String(e) };
    }
    const done = deps.tally?.begin(request.type);
    try {
      const handler = table[request.type] as (req: AnyRequest) => Promise<unknown>;
      const value = await handler(request);
      done?.();
      return { ok: true, value };
    } catch (e) {
      const error = describeDbError(e);
      done?.(error);
      return { ok: false, error: `${request.type} failed: ${error}` };
    }
  };
}
