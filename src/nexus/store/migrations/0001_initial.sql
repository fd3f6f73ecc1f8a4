-- The evidence store. Extracted rows are never rewritten: resolution adds layers on top.
CREATE TABLE sources (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    reliability VARCHAR NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    url VARCHAR
);

CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    published DATE,
    external_id VARCHAR,
    origin VARCHAR NOT NULL,
    media_type VARCHAR NOT NULL,
    language VARCHAR,
    words INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    raw BLOB,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE document_notes (
    document_id VARCHAR NOT NULL,
    note VARCHAR NOT NULL,
    PRIMARY KEY (document_id, note)
);

CREATE TABLE entities (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    gazetteer_id VARCHAR,
    sector VARCHAR
);

CREATE TABLE mentions (
    document_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    extractor VARCHAR NOT NULL,
    PRIMARY KEY (document_id, start, "end", entity_id)
);

CREATE TABLE statements (
    id VARCHAR PRIMARY KEY,
    entity_id VARCHAR NOT NULL,
    prop VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    value_entity_id VARCHAR,
    stance VARCHAR NOT NULL CHECK (stance IN ('asserted', 'alleged', 'hedged', 'denied')),
    valid_from DATE,
    valid_to DATE,
    document_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    extractor VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    asserted_at DATE,
    recorded_at TIMESTAMP NOT NULL
);

CREATE TABLE claims (
    id VARCHAR PRIMARY KEY,
    speaker_id VARCHAR,
    text VARCHAR NOT NULL,
    stance VARCHAR NOT NULL CHECK (stance IN ('asserted', 'alleged', 'hedged', 'denied')),
    document_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    extractor VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    asserted_at DATE
);

CREATE TABLE claim_statements (
    claim_id VARCHAR NOT NULL,
    statement_id VARCHAR NOT NULL,
    PRIMARY KEY (claim_id, statement_id)
);

CREATE TABLE judgements (
    id VARCHAR PRIMARY KEY,
    left_id VARCHAR NOT NULL,
    right_id VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL CHECK (verdict IN ('same', 'not_same', 'unsure')),
    by_whom VARCHAR NOT NULL,
    judged_at TIMESTAMP NOT NULL,
    undone_at TIMESTAMP
);

CREATE TABLE rejected (
    id VARCHAR PRIMARY KEY,
    origin VARCHAR NOT NULL,
    position BIGINT,
    reason VARCHAR NOT NULL,
    raw BLOB,
    raw_size BIGINT,
    rejected_at TIMESTAMP NOT NULL
);
