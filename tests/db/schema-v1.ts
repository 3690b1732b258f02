/** Version 1 of the store as released — never edit: it stands for stores that already exist on readers' machines. */
export const V1_STORES = Object.freeze({
  sources: 'id, url, site, publishedAt, updatedAt, deleted',
  actors: 'id, name, kind, origin, tracked, updatedAt, deleted',
  mentions: 'id, actorId, sourceId, [sourceId+actorId], [actorId+deleted], updatedAt, deleted',
  claims: 'id, sourceId, fingerprint, speakerActorId, date, [sourceId+fingerprint], updatedAt, deleted',
  events: 'id, date, [deleted+date], *actorIds, *sourceIds, *claimIds, updatedAt, deleted',
  clips: 'id, sourceId, createdAt, *tags, *actorIds, updatedAt, deleted',
});
