// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchChanges, type Watcher } from '../../utils/page/watch';

let watcher: Watcher | undefined;
afterEach(() => watcher?.stop());

describe('watchChanges', () => {
  test('reports the top-most changed blocks once the page is quiet', async () => {
    document.body.innerHTML = '<main><section id="feed"><p>Старе.</p></section><p id="other">Інше.</p></main>';
    const onChange = vi.fn();
    watcher = watchChanges(document, onChange, { debounceMs: 30 });
    const item = document.createElement('article');
    item.innerHTML = '<p>Лукашенко <b>заявив</b> про переговори.</p><p>Ще абзац.</p>';
    document.getElementById('feed')!.append(item);
    item.querySelector('b')!.append(' вчора');
    document.getElementById('other')!.firstChild!.textContent = 'Інше, змінене.';
    expect(onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce(), { timeout: 10_000 });
    const roots: Element[] = onChange.mock.calls[0][0];
    // The added article is a block itself; the later edit inside it is covered by it.
    expect(roots).toEqual([item, document.getElementById('other')]);
  });

  test('ignores our own UI, marks, scripts and whitespace, and work done inside ignore()', async () => {
    document.body.innerHTML = '<p id="p">Текст.</p>';
    const onChange = vi.fn();
    watcher = watchChanges(document, onChange, { debounceMs: 10 });
    const ui = document.createElement('div');
    ui.setAttribute('data-dossier-ui', '');
    ui.textContent = 'Підказка';
    document.body.append(ui);
    const script = document.createElement('script');
    script.textContent = 'var x = 1;';
    document.body.append(script);
    document.body.append(document.createTextNode('   '));
    watcher.ignore(() => {
      const p = document.getElementById('p')!;
      p.firstChild!.textContent = 'Змінено нами.';
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).not.toHaveBeenCalled();
  });
});
