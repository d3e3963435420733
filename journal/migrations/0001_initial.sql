-- Attune journal schema, version 1. Never edit once shipped: add a new numbered file instead.

CREATE TABLE people (
    id            TEXT PRIMARY KEY NOT NULL,       -- UUIDv7
    name          TEXT NOT NULL,
    relationship  TEXT NOT NULL,
    love_language TEXT,
    created_at    INTEGER NOT NULL,                -- unix milliseconds, UTC
    updated_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX people_name ON people (name COLLATE NOCASE);

CREATE TABLE entries (
    rowid              INTEGER PRIMARY KEY,        -- joins entries_fts
    id                 TEXT NOT NULL UNIQUE,       -- UUIDv7
    kind               TEXT NOT NULL,
    created_at         INTEGER NOT NULL,           -- unix milliseconds, UTC
    updated_at         INTEGER NOT NULL,
    local_date         TEXT NOT NULL,              -- YYYY-MM-DD, the writer's calendar date
    utc_offset_minutes INTEGER NOT NULL,
    body               TEXT NOT NULL               -- EntryBody as JSON
);
CREATE INDEX entries_timeline ON entries (created_at DESC, id DESC);
CREATE INDEX entries_kind_timeline ON entries (kind, created_at DESC, id DESC);
CREATE INDEX entries_local_date ON entries (local_date);

CREATE TABLE entry_people (
    entry_id  INTEGER NOT NULL REFERENCES entries (rowid) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id),
    position  INTEGER NOT NULL,                    -- the order the writer gave
    PRIMARY KEY (entry_id, person_id)
) WITHOUT ROWID;
CREATE INDEX entry_people_person ON entry_people (person_id, entry_id);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (rowid) ON DELETE CASCADE,
    tag      TEXT NOT NULL,                        -- trimmed, lower-cased
    position INTEGER NOT NULL,                     -- the order the writer gave
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tags_tag ON entry_tags (tag, entry_id);

CREATE TABLE entry_feelings (
    entry_id INTEGER NOT NULL REFERENCES entries (rowid) ON DELETE CASCADE,
    feeling  TEXT NOT NULL,                        -- lower-cased
    PRIMARY KEY (entry_id, feeling)
) WITHOUT ROWID;
CREATE INDEX entry_feelings_feeling ON entry_feelings (feeling, entry_id);

-- Full-text index over every text field, then the entry's tags and people's names; rowid = entries.rowid. Kept in
-- step by the journal in the same transaction. Prefix indexes make search-as-you-type fast on short prefixes.
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    text,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
-- Deleting an entry removes its words from the index itself at once, not only later when segments merge.
INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);

-- Work in progress, kept in the vault as the person types (never in the webview's storage).
CREATE TABLE drafts (
    key        TEXT PRIMARY KEY NOT NULL,          -- e.g. "new:check_in" or "edit:<entry id>"
    body       TEXT NOT NULL,                      -- JSON chosen by the shell
    updated_at INTEGER NOT NULL
);
