-- Frontline store, schema version 1.
-- Extracted data (articles, place_mentions, claims) is replaced when an article is re-ingested;
-- what the user made (places, aliases, user_edits, baselines) is never touched by ingest.

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    content_hash        TEXT    NOT NULL UNIQUE,
    source              TEXT    NOT NULL,
    title               TEXT,
    outlet              TEXT,
    url                 TEXT,
    language            TEXT,
    language_note       TEXT,
    published           TEXT,                   -- ISO date, NULL when unknown
    published_source    TEXT    NOT NULL,       -- flag|manifest|corpus|html_meta|dateline|unknown
    published_estimated INTEGER NOT NULL DEFAULT 0,
    text                TEXT    NOT NULL,
    extractor_version   INTEGER NOT NULL,
    demo                INTEGER NOT NULL DEFAULT 0,
    ingested_at         TEXT    NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE place_mentions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    mention_key   TEXT    NOT NULL,             -- content_hash:start, stable across re-ingest
    text          TEXT    NOT NULL,             -- as written
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    role          TEXT    NOT NULL,             -- claim|context|distance|direction|history|...
    place_id      INTEGER,                      -- NULL when unresolved
    resolution    TEXT    NOT NULL,             -- exact|alias|inflected|fuzzy|feature|unresolved
    confidence    REAL    NOT NULL,
    suggestions   TEXT                          -- JSON array of {id,name,score} for review
);
CREATE INDEX place_mentions_article ON place_mentions (article_id);
CREATE INDEX place_mentions_unresolved ON place_mentions (place_id) WHERE place_id IS NULL;

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    mention_id      INTEGER REFERENCES place_mentions (id) ON DELETE CASCADE,
    claim_key       TEXT    NOT NULL UNIQUE,    -- content_hash:start:type, stable across re-ingest
    place_text      TEXT    NOT NULL,
    place_id        INTEGER,
    type            TEXT    NOT NULL,
    side            TEXT,
    claimant        TEXT    NOT NULL,
    claimant_kind   TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    denied_by       TEXT,
    event_date      TEXT,
    event_precision TEXT,
    quote           TEXT    NOT NULL,
    quote_start     INTEGER NOT NULL,
    quote_end       INTEGER NOT NULL,
    confidence      REAL    NOT NULL
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_event_date ON claims (event_date);
CREATE INDEX claims_place ON claims (place_id, event_date);

-- Places the user imported (GeoNames dump, CSV) or placed by hand; the shipped gazetteer is read from files.
CREATE TABLE places (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    lat          REAL    NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon          REAL    NOT NULL CHECK (lon BETWEEN -180 AND 180),
    country      TEXT    NOT NULL DEFAULT '',
    admin1       TEXT    NOT NULL DEFAULT '',
    admin2       TEXT    NOT NULL DEFAULT '',
    feature_code TEXT    NOT NULL DEFAULT '',
    population   INTEGER NOT NULL DEFAULT 0,
    source       TEXT    NOT NULL,              -- imported|user
    precision_m  INTEGER NOT NULL DEFAULT 1000,
    added_at     TEXT    NOT NULL
);

CREATE TABLE aliases (
    id        INTEGER PRIMARY KEY,
    place_id  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    lang      TEXT,
    source    TEXT    NOT NULL,                 -- imported|user
    added_at  TEXT    NOT NULL,
    UNIQUE (place_id, name)
);
CREATE INDEX aliases_name ON aliases (name);

-- Corrections made by the user, kept apart from extracted data so they survive re-ingest.
-- target_key is a claim_key or a mention_key; field is e.g. type, side, status, place_id, rejected.
CREATE TABLE user_edits (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT    NOT NULL,               -- claim|mention
    target_key  TEXT    NOT NULL,
    field       TEXT    NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    created_at  TEXT    NOT NULL,
    undone      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX user_edits_target ON user_edits (target_kind, target_key);

-- Reference and baseline layers the user imported (GeoJSON/KML polygons with a date).
CREATE TABLE reference_layers (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    valid_on   TEXT,
    side       TEXT,
    geojson    TEXT    NOT NULL,
    added_at   TEXT    NOT NULL
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
