-- Frontline store, schema version 2.
-- Adds a record of ingest runs (a run killed part-way stays with finished_at NULL, so the user can
-- see that a run was interrupted and run it again) and the indexes the viewer's lookups need.

CREATE TABLE ingest_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,                           -- NULL while running, or when the run was killed
    inputs      TEXT    NOT NULL,               -- the files and folders given, one per line
    added       INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    cancelled   INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX claims_status ON claims (status);
CREATE INDEX place_mentions_key ON place_mentions (mention_key);
CREATE INDEX user_edits_undone ON user_edits (undone);
