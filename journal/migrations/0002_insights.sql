-- Attune journal schema, version 2: what insights count, kept in step with the entries, and follow-through nudges
-- put off for a while. Never edit once shipped: add a new numbered file instead.
--
-- Insights read three tables that triggers keep in step with `entries` and `entry_people`, inside the writing
-- transaction, so no shell ever maintains them:
--   entry_facts   one narrow row per entry for everyone (about = '') and one per person the entry is about;
--   day_facts     per day, kind (and '' for every kind) and about: counts and sums, so a range of years is a few
--                 thousand rows, not a hundred thousand;
--   feeling_days  per day, feeling word and about: how many entries named it.

-- What insights read of an entry, computed from its stored row: the one place that says which field of a body means
-- what to insights. A later kind with facts of its own replaces this view in a new migration.
--   pleasantness, energy  a check-in's Mood Meter point
--   closeness             a shared experience, 1-5
--   person                who an appreciation (or a promise) is for
--   love_language, told   an appreciation's love language and whether it was told
--   status                a conflict's status (or a promise's outcome)
--   due                   the day a promise is due
--   mine, theirs          bits of the four horsemen in a conflict: criticism 1, contempt 2, defensiveness 4,
--                         stonewalling 8
--   antidotes             bits of the horsemen whose antidote was written out (a gentler rewrite)
--   feelings              the feeling words named (a JSON array), as in entry_feelings: a check-in's `feelings` and a
--                         conflict's `myFeelings`, already trimmed and lower-cased by validation
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
        AS antidotes,
    (SELECT json_group_array(word) FROM (
        SELECT DISTINCT f.value AS word FROM json_each(e.body, '$.feelings') f WHERE f.type = 'text'
        UNION SELECT c.value FROM json_each(e.body, '$.myFeelings') c WHERE c.type = 'text')) AS feelings
FROM entries e;

CREATE TABLE entry_facts (
    about         TEXT NOT NULL,                  -- '' for everyone, or the id of a person the entry is about
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
    feelings      TEXT NOT NULL,
    PRIMARY KEY (about, kind, local_date, entry_id)
) WITHOUT ROWID;
CREATE INDEX entry_facts_entry ON entry_facts (entry_id, about);

CREATE TABLE day_facts (
    about        TEXT NOT NULL,
    kind         TEXT NOT NULL,                   -- '' sums every kind
    local_date   TEXT NOT NULL,
    entries      INTEGER NOT NULL,
    pleasantness INTEGER NOT NULL,                -- sums over check-ins
    energy       INTEGER NOT NULL,
    q_ph         INTEGER NOT NULL,                -- check-ins per Mood Meter quadrant (0 counts as pleasant and high,
    q_pl         INTEGER NOT NULL,                -- as Quadrant::of says)
    q_uh         INTEGER NOT NULL,
    q_ul         INTEGER NOT NULL,
    pleasant     INTEGER NOT NULL,                -- check-ins with pleasantness above 0
    closeness    INTEGER NOT NULL,                -- sum over shared experiences
    warm         INTEGER NOT NULL,                -- shared experiences with closeness 4 or 5
    PRIMARY KEY (about, kind, local_date)
) WITHOUT ROWID;

CREATE TABLE feeling_days (
    about      TEXT NOT NULL,
    feeling    TEXT NOT NULL,
    local_date TEXT NOT NULL,
    entries    INTEGER NOT NULL,
    PRIMARY KEY (about, feeling, local_date)
) WITHOUT ROWID;

-- entry_facts rows come and go with entries (for everyone) and with entry_people (for each person).
CREATE TRIGGER entry_facts_add AFTER INSERT ON entries BEGIN
    INSERT INTO entry_facts SELECT '', * FROM entry_facts_of WHERE entry_id = new.rowid;
END;
CREATE TRIGGER entry_facts_edit AFTER UPDATE OF kind, local_date, body ON entries BEGIN
    DELETE FROM entry_facts WHERE entry_id = old.rowid;
    INSERT INTO entry_facts SELECT '', * FROM entry_facts_of WHERE entry_id = new.rowid;
    INSERT INTO entry_facts SELECT p.person_id, f.* FROM entry_people p, entry_facts_of f
        WHERE p.entry_id = new.rowid AND f.entry_id = new.rowid;
END;
CREATE TRIGGER entry_facts_gone AFTER DELETE ON entries BEGIN
    DELETE FROM entry_facts WHERE entry_id = old.rowid;
END;
CREATE TRIGGER entry_facts_person_add AFTER INSERT ON entry_people BEGIN
    INSERT OR IGNORE INTO entry_facts SELECT new.person_id, * FROM entry_facts_of WHERE entry_id = new.entry_id;
END;
CREATE TRIGGER entry_facts_person_gone AFTER DELETE ON entry_people BEGIN
    DELETE FROM entry_facts WHERE entry_id = old.entry_id AND about = old.person_id;
END;

-- day_facts and feeling_days follow entry_facts, each row carrying what it adds.
CREATE TRIGGER day_facts_add AFTER INSERT ON entry_facts BEGIN
    INSERT INTO day_facts
    SELECT new.about, k.kind, new.local_date, 1,
        coalesce(new.pleasantness, 0), coalesce(new.energy, 0),
        coalesce(new.pleasantness >= 0 AND new.energy >= 0, 0), coalesce(new.pleasantness >= 0 AND new.energy < 0, 0),
        coalesce(new.pleasantness < 0 AND new.energy >= 0, 0), coalesce(new.pleasantness < 0 AND new.energy < 0, 0),
        coalesce(new.pleasantness > 0, 0), coalesce(new.closeness, 0), coalesce(new.closeness >= 4, 0)
    FROM (SELECT new.kind AS kind UNION ALL SELECT '') k WHERE true
    ON CONFLICT (about, kind, local_date) DO UPDATE SET
        entries = entries + excluded.entries, pleasantness = pleasantness + excluded.pleasantness,
        energy = energy + excluded.energy, q_ph = q_ph + excluded.q_ph, q_pl = q_pl + excluded.q_pl,
        q_uh = q_uh + excluded.q_uh, q_ul = q_ul + excluded.q_ul, pleasant = pleasant + excluded.pleasant,
        closeness = closeness + excluded.closeness, warm = warm + excluded.warm;
    INSERT INTO feeling_days SELECT new.about, f.value, new.local_date, 1 FROM json_each(new.feelings) f WHERE true
    ON CONFLICT (about, feeling, local_date) DO UPDATE SET entries = entries + 1;
END;
CREATE TRIGGER day_facts_gone AFTER DELETE ON entry_facts BEGIN
    UPDATE day_facts SET
        entries = entries - 1, pleasantness = pleasantness - coalesce(old.pleasantness, 0),
        energy = energy - coalesce(old.energy, 0),
        q_ph = q_ph - coalesce(old.pleasantness >= 0 AND old.energy >= 0, 0),
        q_pl = q_pl - coalesce(old.pleasantness >= 0 AND old.energy < 0, 0),
        q_uh = q_uh - coalesce(old.pleasantness < 0 AND old.energy >= 0, 0),
        q_ul = q_ul - coalesce(old.pleasantness < 0 AND old.energy < 0, 0),
        pleasant = pleasant - coalesce(old.pleasantness > 0, 0),
        closeness = closeness - coalesce(old.closeness, 0), warm = warm - coalesce(old.closeness >= 4, 0)
    WHERE about = old.about AND kind IN (old.kind, '') AND local_date = old.local_date;
    DELETE FROM day_facts
    WHERE about = old.about AND kind IN (old.kind, '') AND local_date = old.local_date AND entries <= 0;
    UPDATE feeling_days SET entries = entries - 1
    WHERE about = old.about AND local_date = old.local_date AND feeling IN (SELECT value FROM json_each(old.feelings));
    DELETE FROM feeling_days
    WHERE about = old.about AND local_date = old.local_date AND entries <= 0
      AND feeling IN (SELECT value FROM json_each(old.feelings));
END;

-- What is already written, for everyone and for each person.
INSERT INTO entry_facts SELECT '', * FROM entry_facts_of;
INSERT INTO entry_facts SELECT p.person_id, f.* FROM entry_people p JOIN entry_facts_of f ON f.entry_id = p.entry_id;

-- A follow-through nudge (an untold appreciation, a conflict to revisit, a promise) the writer answered "Not now":
-- not offered again before `until`, the writer's local date.
CREATE TABLE nudge_snoozes (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (rowid) ON DELETE CASCADE,
    until    TEXT NOT NULL
);
