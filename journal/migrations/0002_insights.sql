-- Attune journal schema, version 2: the facts insights count, and follow-through nudges put off for a while.
-- Never edit once shipped: add a new numbered file instead.

-- What insights read of an entry, computed from its stored row. This view is the one place that says which field
-- of a body means what to insights; a later kind with facts of its own replaces the view in a new migration.
--   pleasantness, energy  a check-in's Mood Meter point
--   closeness             a shared experience, 1-5
--   person                who an appreciation (or a promise) is for
--   love_language, told   an appreciation's love language and whether it was told
--   status                a conflict's status (or a promise's outcome)
--   due                   the day a promise is due
--   mine, theirs          bits of the four horsemen in a conflict: criticism 1, contempt 2, defensiveness 4,
--                         stonewalling 8
--   antidotes             bits of the horsemen whose antidote was written out (a gentler rewrite)
CREATE VIEW entry_facts_of AS
SELECT
    e.kind AS kind,
    e.local_date AS local_date,
    e.rowid AS entry_id,
    json_extract(e.body, '$.pleasantness') AS pleasantness,
    json_extract(e.body, '$.energy') AS energy,
    json_extract(e.body, '$.closeness') AS closeness,
    json_extract(e.body, '$.forWhom') AS person,
    json_extract(e.body, '$.loveLanguage') AS love_language,
    json_extract(e.body, '$.told') AS told,
    coalesce(json_extract(e.body, '$.status'), json_extract(e.body, '$.outcome')) AS status,
    json_extract(e.body, '$.byWhen') AS due,
    (SELECT coalesce(sum(bit), 0) FROM (
        SELECT DISTINCT CASE json_extract(h.value, '$.horseman')
            WHEN 'criticism' THEN 1 WHEN 'contempt' THEN 2 WHEN 'defensiveness' THEN 4 WHEN 'stonewalling' THEN 8
            ELSE 0 END AS bit
        FROM json_each(e.body, '$.horsemen') h WHERE json_extract(h.value, '$.whose') = 'mine')) AS mine,
    (SELECT coalesce(sum(bit), 0) FROM (
        SELECT DISTINCT CASE json_extract(h.value, '$.horseman')
            WHEN 'criticism' THEN 1 WHEN 'contempt' THEN 2 WHEN 'defensiveness' THEN 4 WHEN 'stonewalling' THEN 8
            ELSE 0 END AS bit
        FROM json_each(e.body, '$.horsemen') h WHERE json_extract(h.value, '$.whose') = 'theirs')) AS theirs,
    (SELECT coalesce(sum(bit), 0) FROM (
        SELECT DISTINCT CASE json_extract(h.value, '$.horseman')
            WHEN 'criticism' THEN 1 WHEN 'contempt' THEN 2 WHEN 'defensiveness' THEN 4 WHEN 'stonewalling' THEN 8
            ELSE 0 END AS bit
        FROM json_each(e.body, '$.horsemen') h WHERE trim(coalesce(json_extract(h.value, '$.rewrite'), '')) <> ''))
        AS antidotes
FROM entries e;

-- One narrow row per entry, clustered by kind and day, so a card's figures for any range are one index range scan
-- that never reads entry bodies. Kept in step with `entries` by the triggers below, inside the writing transaction.
CREATE TABLE entry_facts (
    kind          TEXT NOT NULL,
    local_date    TEXT NOT NULL,                  -- YYYY-MM-DD, as in entries
    entry_id      INTEGER NOT NULL REFERENCES entries (rowid) ON DELETE CASCADE,
    pleasantness  INTEGER,
    energy        INTEGER,
    closeness     INTEGER,
    person        TEXT,
    love_language TEXT,
    told          INTEGER,
    status        TEXT,
    due           TEXT,
    mine          INTEGER NOT NULL,
    theirs        INTEGER NOT NULL,
    antidotes     INTEGER NOT NULL,
    PRIMARY KEY (kind, local_date, entry_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX entry_facts_entry ON entry_facts (entry_id);

CREATE TRIGGER entry_facts_add AFTER INSERT ON entries BEGIN
    INSERT INTO entry_facts SELECT * FROM entry_facts_of WHERE entry_id = new.rowid;
END;
CREATE TRIGGER entry_facts_edit AFTER UPDATE OF kind, local_date, body ON entries BEGIN
    DELETE FROM entry_facts WHERE entry_id = old.rowid;
    INSERT INTO entry_facts SELECT * FROM entry_facts_of WHERE entry_id = new.rowid;
END;
-- Deleting an entry removes its facts through the foreign key (foreign_keys is on for every connection).

INSERT INTO entry_facts SELECT * FROM entry_facts_of;

-- A follow-through nudge (an untold appreciation, a conflict to revisit, a promise) the writer answered "Not now":
-- not offered again before `until`, the writer's local date.
CREATE TABLE nudge_snoozes (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (rowid) ON DELETE CASCADE,
    until    TEXT NOT NULL
);
