/**
 * The popup's tabs: Timeline | Clips | Search, following the WAI-ARIA tabs pattern (arrow keys,
 * Home/End move between tabs; only the selected tab is in the Tab order). Panels stay mounted so
 * switching back keeps the timeline's scroll and filters.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from './i18n';

export type TabId = 'timeline' | 'clips' | 'search';
const TABS: [TabId, MessageKey][] = [
  ['timeline', 'tabTimeline'],
  ['clips', 'tabClips'],
  ['search', 'tabSearch'],
];

export function ClipTabs({ panels, initial = 'timeline' }: { panels: Record<TabId, () => ComponentChildren>; initial?: TabId }) {
  const [selected, setSelected] = useState<TabId>(initial);
  // A panel is rendered from the first time it is shown, then kept.
  const [opened, setOpened] = useState<Set<TabId>>(new Set([initial]));
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  const select = (id: TabId, focus = false) => {
    setSelected(id);
    setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
    if (focus) refs.current[id]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex(([id]) => id === selected);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(TABS[(to + TABS.length) % TABS.length][0], true);
  };

  return (
    <div class="tabs">
      <div role="tablist" class="tab-list" aria-label="Dossier" onKeyDown={onKeyDown}>
        {TABS.map(([id, label]) => (
          <button
            key={id}
            ref={(el) => void (refs.current[id] = el)}
            role="tab"
            type="button"
            id={`tab-${id}`}
            aria-selected={selected === id}
            aria-controls={`panel-${id}`}
            tabIndex={selected === id ? 0 : -1}
            onClick={() => select(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {TABS.map(([id]) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} class="tab-panel" aria-labelledby={`tab-${id}`} hidden={selected !== id}>
          {opened.has(id) ? panels[id]() : null}
        </div>
      ))}
    </div>
  );
}
