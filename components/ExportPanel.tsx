/** Export buttons (JSON-LD, CSV, Markdown, timeline JSON) and the Web Annotation import. */
import { useState } from 'preact/hooks';
import type { ExportFormat } from '../utils/messages/protocol';
import type { ImportSummary } from '../utils/export/import';
import { t } from './i18n';

export interface ExportApi {
  exportFile(format: ExportFormat): Promise<{ text: string; filename: string; mime: string }>;
  importFile(json: string): Promise<ImportSummary>;
  /** Imported clips changed the store: views reload. */
  onImported?: () => void;
}

const FORMATS: [ExportFormat, Parameters<typeof t>[0]][] = [
  ['jsonld', 'exportJsonLd'],
  ['csv', 'exportCsv'],
  ['markdown', 'exportMarkdown'],
  ['timeline', 'exportTimeline'],
];

/** Saves text as a file through a temporary object URL (no downloads permission needed). */
function download(text: string, filename: string, mime: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportPanel({ api }: { api: ExportApi }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (format: ExportFormat) => {
    try {
      const file = await api.exportFile(format);
      download(file.text, file.filename, file.mime);
      setStatus(null);
    } catch (e) {
      setStatus({ ok: false, text: t('exportFailed', e instanceof Error ? e.message : String(e)) });
    }
  };
  const importFrom = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const s = await api.importFile(await file.text());
      setStatus({ ok: true, text: t('importDone', s.added, s.updated, s.unchanged) });
      api.onImported?.();
    } catch (err) {
      // The background's reason ("import/annotations failed: ImportError: …") minus the plumbing.
      const reason = (err instanceof Error ? err.message : String(err)).replace(/^[\w/]+ failed: (ImportError: )?/, '');
      setStatus({ ok: false, text: t('importFailed', reason) });
    }
  };
  return (
    <section class="export" aria-label={t('exportHeading')}>
      <h2>{t('exportHeading')}</h2>
      <div class="export-buttons">
        {FORMATS.map(([format, label]) => (
          <button key={format} type="button" data-format={format} onClick={() => run(format)}>
            {t(label)}
          </button>
        ))}
        <label class="import-button">
          {t('importJsonLd')}
          <input type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={importFrom} />
        </label>
      </div>
      {status ? (
        <p class={status.ok ? 'export-ok' : 'export-error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
