/** A small analysed page as the content script stores it (`page/analyzed`), for the messaging tests. */
export function storedPage(actorText = 'Білорусь') {
  const page = { url: 'https://example.com/a', title: 'Стаття', site: 'example.com', lang: 'uk', publishedAt: '2025-11-24' };
  const result = {
    published: '2025-11-24',
    lang: 'uk' as const,
    actors: [{ text: actorText, start: 0, end: 8, name: 'Білорусь', kind: 'place' as const }],
    dates: [],
    claims: [],
    candidates: [],
    events: [],
  };
  return { page, result };
}
