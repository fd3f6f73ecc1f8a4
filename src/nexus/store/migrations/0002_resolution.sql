-- Resolution is a layer on top of what was extracted and listed: nothing below is rewritten.

-- A list's own id for a listed entity (e.g. 'us-ofac-sdn:12345'); null for entities read from documents.
ALTER TABLE entities ADD COLUMN key VARCHAR;

-- Each resolved entity and the canonical id of its cluster: the id of the cluster's representative entity.
-- Entities without a row here are their own canonical entity.
CREATE TABLE canonical (
    entity_id VARCHAR PRIMARY KEY,
    canonical_id VARCHAR NOT NULL,
    method VARCHAR NOT NULL CHECK (method IN ('auto', 'judgement')),
    score DOUBLE,
    resolved_at TIMESTAMP NOT NULL
);

-- Pairs the machine was unsure of, for a person to judge (`nexus review`).
CREATE TABLE review_queue (
    left_id VARCHAR NOT NULL,
    right_id VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    explanation VARCHAR NOT NULL,
    queued_at TIMESTAMP NOT NULL,
    PRIMARY KEY (left_id, right_id)
);
