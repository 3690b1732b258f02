/** happy-dom has no HighlightRegistry: a Map and a Set subclass behave like the real maplike/setlike. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** Gives the test window the CSS Custom Highlight API, as stand-ins. */
export function installFakeHighlights(doc: Document): void {
  const view = doc.defaultView as unknown as Record<string, unknown>;
  view.Highlight = FakeHighlight;
  view.CSS = { ...(view.CSS as object), highlights: new Map<string, FakeHighlight>() };
}
