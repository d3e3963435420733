-- Where imported entries came from, so importing the same file again adds nothing. Never edit once shipped.

CREATE TABLE import_sources (
    source    TEXT NOT NULL,                       -- 'jrnl', 'dayone', 'minidiarium', 'daylio', 'attune'
    source_id TEXT NOT NULL,                       -- the source's id for the entry, or 'sha256:…' of its content
    entry_id  TEXT NOT NULL,                       -- entries.id it became; kept if that entry is later deleted, so a
                                                   -- re-import does not bring back what was deleted on purpose
    PRIMARY KEY (source, source_id)
) WITHOUT ROWID;
