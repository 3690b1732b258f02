/**
 * The options page: the user's actors (and those tracked from pages), edited through the
 * background so every change recompiles the gazetteer.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ActorRecord } from '../utils/db/records';
import type { ActorInput } from '../utils/messages/protocol';
import { ActorForm } from './ActorForm';
import { t, type MessageKey } from './i18n';

export interface ActorsApi {
  list(): Promise<ActorRecord[]>;
  save(actor: ActorInput, previousId?: string): Promise<ActorRecord>;
  remove(id: string): Promise<boolean>;
  importJson(json: string): Promise<number>;
  exportJson(): Promise<string>;
}

const KIND_LABEL: Record<ActorRecord['kind'], MessageKey> = { person: 'kindPerson', org: 'kindOrg', place: 'kindPlace' };

type Notice = { kind: 'status' | 'alert'; text: string } | null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ActorsManager({ api, download }: { api: ActorsApi; download: (json: string) => void }) {
  const [actors, setActors] = useState<ActorRecord[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const refresh = useCallback(async () => {
    try {
      setActors((await api.list()).filter((a) => a.origin === 'user' || a.tracked === 1));
    } catch (e) {
      setNotice({ kind: 'alert', text: t('actorsActionFailed', message(e)) });
    }
  }, [api]);
  useEffect(() => void refresh(), [refresh]);

  const act = async (run: () => Promise<string>, failKey: MessageKey = 'actorsActionFailed') => {
    try {
      setNotice({ kind: 'status', text: await run() });
      await refresh();
    } catch (e) {
      setNotice({ kind: 'alert', text: t(failKey, message(e)) });
    }
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const json = await file.text();
    input.value = '';
    await act(async () => t('actorsImportDone', await api.importJson(json)), 'actorsImportFailed');
  };

  return (
    <main class="actors">
      <h1>{t('actorsHeading')}</h1>
      <p class="muted">{t('actorsIntro')}</p>
      {notice ? (
        <p class={`notice notice-${notice.kind}`} role={notice.kind}>
          {notice.text}
        </p>
      ) : null}
      {actors && actors.length === 0 ? <p class="actors-empty">{t('actorsEmpty')}</p> : null}
      {actors && actors.length > 0 ? (
        <ul class="actor-list">
          {actors.map((a) =>
            editing === a.id ? (
              <li key={a.id} class="actor-item editing">
                <ActorForm
                  initial={{ name: a.name, kind: a.kind, aliases: a.aliases }}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (input) => {
                    await act(async () => t('actorSaved', (await api.save(input, a.id)).name));
                    setEditing(null);
                  }}
                />
              </li>
            ) : (
              <li key={a.id} class="actor-item" data-actor={a.name}>
                <span class="actor-name">{a.name}</span>
                <span class="actor-kind">{t(KIND_LABEL[a.kind])}</span>
                <span class="actor-aliases">{Object.values(a.aliases).flat().join(', ')}</span>
                {a.origin === 'discovered' ? <span class="muted">{t('actorTracked')}</span> : null}
                <button type="button" onClick={() => setEditing(a.id)} aria-label={`${t('actorEdit')}: ${a.name}`}>
                  {t('actorEdit')}
                </button>
                <button
                  type="button"
                  onClick={() => act(async () => (await api.remove(a.id), t('actorDeleted', a.name)))}
                  aria-label={`${t('actorDelete')}: ${a.name}`}
                >
                  {t('actorDelete')}
                </button>
              </li>
            ),
          )}
        </ul>
      ) : null}
      <h2>{t('actorAdd')}</h2>
      <ActorForm onSubmit={(input) => act(async () => t('actorSaved', (await api.save(input)).name))} />
      <div class="actors-io">
        <label class="file-button">
          {t('actorsImport')}
          <input type="file" accept="application/json,.json" onChange={onImport} />
        </label>
        <button type="button" onClick={() => act(async () => (download(await api.exportJson()), ''))}>
          {t('actorsExport')}
        </button>
        <p class="muted">{t('actorsFormat')}</p>
      </div>
    </main>
  );
}
