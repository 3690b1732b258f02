/** Add or edit one actor: name, kind, and base forms per language (comma-separated). */
import { useState } from 'preact/hooks';
import type { ActorKind, Lang } from '../utils/analyze/types';
import type { ActorInput } from '../utils/messages/protocol';
import { t, type MessageKey } from './i18n';

const KINDS: { kind: ActorKind; label: MessageKey }[] = [
  { kind: 'person', label: 'kindPerson' },
  { kind: 'org', label: 'kindOrg' },
  { kind: 'place', label: 'kindPlace' },
];
const ALIAS_FIELDS: { lang: Lang; label: MessageKey }[] = [
  { lang: 'uk', label: 'aliasesUk' },
  { lang: 'ru', label: 'aliasesRu' },
  { lang: 'en', label: 'aliasesEn' },
];

export const splitAliases = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

interface Props {
  initial?: ActorInput;
  onSubmit: (actor: ActorInput) => Promise<void>;
  onCancel?: () => void;
}

export function ActorForm({ initial, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<ActorKind>(initial?.kind ?? 'person');
  const [aliases, setAliases] = useState<Record<Lang, string>>({
    uk: (initial?.aliases.uk ?? []).join(', '),
    ru: (initial?.aliases.ru ?? []).join(', '),
    en: (initial?.aliases.en ?? []).join(', '),
  });
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        kind,
        aliases: { uk: splitAliases(aliases.uk), ru: splitAliases(aliases.ru), en: splitAliases(aliases.en) },
      });
      if (!initial) {
        setName('');
        setAliases({ uk: '', ru: '', en: '' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="actor-form" onSubmit={submit}>
      <label>
        {t('actorName')}
        <input name="name" required value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        {t('actorKind')}
        <select name="kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ActorKind)}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {t(k.label)}
            </option>
          ))}
        </select>
      </label>
      {ALIAS_FIELDS.map((f) => (
        <label key={f.lang}>
          {t(f.label)}
          <input
            name={`aliases-${f.lang}`}
            value={aliases[f.lang]}
            onInput={(e) => setAliases({ ...aliases, [f.lang]: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      ))}
      <div class="actor-form-buttons">
        <button type="submit" disabled={busy}>
          {initial ? t('actorSave') : t('actorAdd')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('actorCancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
