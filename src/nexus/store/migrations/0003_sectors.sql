-- Sectors of canonical entities, each with its reason: derived ones (from the gazetteer, list programmes and
-- relations), recomputed when the store changes, and the user's overrides, which only a person sets or removes.
-- One row per entity and origin; the effective sector is the first origin in: user, gazetteer, programme, relation.
CREATE TABLE sectors (
    entity_id VARCHAR NOT NULL,
    sector VARCHAR NOT NULL,
    origin VARCHAR NOT NULL CHECK (origin IN ('user', 'gazetteer', 'programme', 'relation')),
    reason VARCHAR NOT NULL,
    by_whom VARCHAR NOT NULL,
    decided_at TIMESTAMP NOT NULL,
    PRIMARY KEY (entity_id, origin)
);

-- What the derived sectors were computed from (counts and the last resolution), so that they are recomputed
-- only when entities, statements or canonical ids changed.
CREATE TABLE sector_derivations (
    fingerprint VARCHAR NOT NULL,
    derived_at TIMESTAMP NOT NULL
);
