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
    PRIMARY KEY (about, kind, local_date, entry_id)
) WITHOUT ROWID;
CREATE INDEX entry_facts_entry ON entry_facts (entry_id, about);

CREATE TABLE day_facts (
    about        TEXT NOT NULL,
    kind         TEXT NOT NULL,                   -- '' sums every kind
    local_date   TEXT NOT NULL,
    entries      INTEGER NOT NULL,
    -- check-ins: sums of the Mood Meter point, how many in each quadrant (0 counts as pleasant and as high, as
    -- Quadrant::of says), and how many on the pleasant side (above 0)
    pleasantness INTEGER NOT NULL,
    energy       INTEGER NOT NULL,
    q_ph         INTEGER NOT NULL,
    q_pl         INTEGER NOT NULL,
    q_uh         INTEGER NOT NULL,
    q_ul         INTEGER NOT NULL,
    pleasant     INTEGER NOT NULL,
    -- shared experiences: the sum of closeness, and how many felt close (4 or 5)
    closeness    INTEGER NOT NULL,
    warm         INTEGER NOT NULL,
    -- appreciations: how many were told; and of those for the person this row is about, how many, how many told,
    -- and how many spoke each love language
    told         INTEGER NOT NULL,
    for_them     INTEGER NOT NULL,
    for_them_told INTEGER NOT NULL,
    l_words      INTEGER NOT NULL,
    l_service    INTEGER NOT NULL,
    l_gifts      INTEGER NOT NULL,
    l_time       INTEGER NOT NULL,
    l_touch      INTEGER NOT NULL,
    -- conflicts by status, and promises by outcome
    s_open       INTEGER NOT NULL,
    s_repairing  INTEGER NOT NULL,
    s_repaired   INTEGER NOT NULL,
    s_resolved   INTEGER NOT NULL,
    s_not_yet    INTEGER NOT NULL,
    s_kept       INTEGER NOT NULL,
    s_changed    INTEGER NOT NULL,
    -- conflicts: how many had each horseman as mine, as theirs, and with its antidote written out
    -- (criticism, contempt, defensiveness, stonewalling)
    h1_mine INTEGER NOT NULL, h1_theirs INTEGER NOT NULL, h1_antidote INTEGER NOT NULL,
    h2_mine INTEGER NOT NULL, h2_theirs INTEGER NOT NULL, h2_antidote INTEGER NOT NULL,
    h4_mine INTEGER NOT NULL, h4_theirs INTEGER NOT NULL, h4_antidote INTEGER NOT NULL,
    h8_mine INTEGER NOT NULL, h8_theirs INTEGER NOT NULL, h8_antidote INTEGER NOT NULL,
    PRIMARY KEY (about, kind, local_date)
) WITHOUT ROWID;

-- What one entry_facts row adds to day_facts, column by column (the same order as the table after its key).
CREATE VIEW day_facts_of AS
SELECT
    x.about AS about, x.kind AS kind, x.local_date AS local_date, x.entry_id AS entry_id,
    1 AS entries,
    coalesce(x.pleasantness, 0) AS pleasantness, coalesce(x.energy, 0) AS energy,
    coalesce(x.pleasantness >= 0 AND x.energy >= 0, 0) AS q_ph, coalesce(x.pleasantness >= 0 AND x.energy < 0, 0) AS q_pl,
    coalesce(x.pleasantness < 0 AND x.energy >= 0, 0) AS q_uh, coalesce(x.pleasantness < 0 AND x.energy < 0, 0) AS q_ul,
    coalesce(x.pleasantness > 0, 0) AS pleasant,
    coalesce(x.closeness, 0) AS closeness, coalesce(x.closeness >= 4, 0) AS warm,
    coalesce(x.told <> 0, 0) AS told,
    coalesce(x.person = x.about, 0) AS for_them,
    coalesce(x.person = x.about AND x.told <> 0, 0) AS for_them_told,
    coalesce(x.person = x.about AND x.love_language = 'words', 0) AS l_words,
    coalesce(x.person = x.about AND x.love_language = 'service', 0) AS l_service,
    coalesce(x.person = x.about AND x.love_language = 'gifts', 0) AS l_gifts,
    coalesce(x.person = x.about AND x.love_language = 'quality_time', 0) AS l_time,
    coalesce(x.person = x.about AND x.love_language = 'touch', 0) AS l_touch,
    coalesce(x.kind = 'conflict' AND coalesce(x.status, 'open') = 'open', 0) AS s_open,
    coalesce(x.status = 'repairing', 0) AS s_repairing, coalesce(x.status = 'repaired', 0) AS s_repaired,
    coalesce(x.status = 'resolved', 0) AS s_resolved,
    coalesce(x.kind = 'promise' AND coalesce(x.status, 'not_yet') = 'not_yet', 0) AS s_not_yet,
    coalesce(x.status = 'kept', 0) AS s_kept, coalesce(x.status = 'changed', 0) AS s_changed,
    (x.mine & 1 <> 0) AS h1_mine, (x.theirs & 1 <> 0) AS h1_theirs, (x.antidotes & 1 <> 0) AS h1_antidote,
    (x.mine & 2 <> 0) AS h2_mine, (x.theirs & 2 <> 0) AS h2_theirs, (x.antidotes & 2 <> 0) AS h2_antidote,
    (x.mine & 4 <> 0) AS h4_mine, (x.theirs & 4 <> 0) AS h4_theirs, (x.antidotes & 4 <> 0) AS h4_antidote,
    (x.mine & 8 <> 0) AS h8_mine, (x.theirs & 8 <> 0) AS h8_theirs, (x.antidotes & 8 <> 0) AS h8_antidote
FROM entry_facts x;

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

-- day_facts follows entry_facts: each row adds (and, when it goes, takes away) what day_facts_of says, under its own
-- kind and under '' (every kind).
CREATE TRIGGER day_facts_add AFTER INSERT ON entry_facts BEGIN
    INSERT INTO day_facts
    SELECT d.about, k.kind, d.local_date, d.entries, d.pleasantness, d.energy, d.q_ph, d.q_pl, d.q_uh, d.q_ul, d.pleasant, d.closeness, d.warm,
        d.told, d.for_them, d.for_them_told, d.l_words, d.l_service, d.l_gifts, d.l_time, d.l_touch,
        d.s_open, d.s_repairing, d.s_repaired, d.s_resolved, d.s_not_yet, d.s_kept, d.s_changed, d.h1_mine,
        d.h1_theirs, d.h1_antidote, d.h2_mine, d.h2_theirs, d.h2_antidote, d.h4_mine, d.h4_theirs,
        d.h4_antidote, d.h8_mine, d.h8_theirs, d.h8_antidote
    FROM day_facts_of d, (SELECT new.kind AS kind UNION ALL SELECT '') k
    WHERE d.about = new.about AND d.kind = new.kind AND d.local_date = new.local_date AND d.entry_id = new.entry_id
    ON CONFLICT (about, kind, local_date) DO UPDATE SET
        entries = entries + excluded.entries, pleasantness = pleasantness + excluded.pleasantness,
        energy = energy + excluded.energy, q_ph = q_ph + excluded.q_ph, q_pl = q_pl + excluded.q_pl,
        q_uh = q_uh + excluded.q_uh, q_ul = q_ul + excluded.q_ul, pleasant = pleasant + excluded.pleasant,
        closeness = closeness + excluded.closeness, warm = warm + excluded.warm, told = told + excluded.told,
        for_them = for_them + excluded.for_them, for_them_told = for_them_told + excluded.for_them_told,
        l_words = l_words + excluded.l_words, l_service = l_service + excluded.l_service,
        l_gifts = l_gifts + excluded.l_gifts, l_time = l_time + excluded.l_time,
        l_touch = l_touch + excluded.l_touch, s_open = s_open + excluded.s_open,
        s_repairing = s_repairing + excluded.s_repairing, s_repaired = s_repaired + excluded.s_repaired,
        s_resolved = s_resolved + excluded.s_resolved, s_not_yet = s_not_yet + excluded.s_not_yet,
        s_kept = s_kept + excluded.s_kept, s_changed = s_changed + excluded.s_changed,
        h1_mine = h1_mine + excluded.h1_mine, h1_theirs = h1_theirs + excluded.h1_theirs,
        h1_antidote = h1_antidote + excluded.h1_antidote, h2_mine = h2_mine + excluded.h2_mine,
        h2_theirs = h2_theirs + excluded.h2_theirs, h2_antidote = h2_antidote + excluded.h2_antidote,
        h4_mine = h4_mine + excluded.h4_mine, h4_theirs = h4_theirs + excluded.h4_theirs,
        h4_antidote = h4_antidote + excluded.h4_antidote, h8_mine = h8_mine + excluded.h8_mine,
        h8_theirs = h8_theirs + excluded.h8_theirs, h8_antidote = h8_antidote + excluded.h8_antidote;
END;
CREATE TRIGGER day_facts_gone BEFORE DELETE ON entry_facts BEGIN
    UPDATE day_facts SET
        entries = day_facts.entries - d.entries, pleasantness = day_facts.pleasantness - d.pleasantness,
        energy = day_facts.energy - d.energy, q_ph = day_facts.q_ph - d.q_ph, q_pl = day_facts.q_pl - d.q_pl, q_uh = day_facts.q_uh - d.q_uh,
        q_ul = day_facts.q_ul - d.q_ul, pleasant = day_facts.pleasant - d.pleasant, closeness = day_facts.closeness - d.closeness,
        warm = day_facts.warm - d.warm, told = day_facts.told - d.told, for_them = day_facts.for_them - d.for_them,
        for_them_told = day_facts.for_them_told - d.for_them_told, l_words = day_facts.l_words - d.l_words,
        l_service = day_facts.l_service - d.l_service, l_gifts = day_facts.l_gifts - d.l_gifts, l_time = day_facts.l_time - d.l_time,
        l_touch = day_facts.l_touch - d.l_touch, s_open = day_facts.s_open - d.s_open, s_repairing = day_facts.s_repairing - d.s_repairing,
        s_repaired = day_facts.s_repaired - d.s_repaired, s_resolved = day_facts.s_resolved - d.s_resolved,
        s_not_yet = day_facts.s_not_yet - d.s_not_yet, s_kept = day_facts.s_kept - d.s_kept, s_changed = day_facts.s_changed - d.s_changed,
        h1_mine = day_facts.h1_mine - d.h1_mine, h1_theirs = day_facts.h1_theirs - d.h1_theirs,
        h1_antidote = day_facts.h1_antidote - d.h1_antidote, h2_mine = day_facts.h2_mine - d.h2_mine,
        h2_theirs = day_facts.h2_theirs - d.h2_theirs, h2_antidote = day_facts.h2_antidote - d.h2_antidote,
        h4_mine = day_facts.h4_mine - d.h4_mine, h4_theirs = day_facts.h4_theirs - d.h4_theirs,
        h4_antidote = day_facts.h4_antidote - d.h4_antidote, h8_mine = day_facts.h8_mine - d.h8_mine,
        h8_theirs = day_facts.h8_theirs - d.h8_theirs, h8_antidote = day_facts.h8_antidote - d.h8_antidote
    FROM (SELECT * FROM day_facts_of
          WHERE about = old.about AND kind = old.kind AND local_date = old.local_date AND entry_id = old.entry_id) d
    WHERE day_facts.about = old.about AND day_facts.kind IN (old.kind, '') AND day_facts.local_date = old.local_date;
    DELETE FROM day_facts
    WHERE about = old.about AND kind IN (old.kind, '') AND local_date = old.local_date AND entries <= 0;
END;

-- feeling_days counts, for each entry_facts row, the words its entry names in entry_feelings (which the journal
-- writes from EntryBody::feelings, the one list of which fields are feelings): a pair is counted when the later of
-- its two rows arrives, and no longer once the first of them goes, in whatever order a write touches them.
CREATE TRIGGER feeling_days_facts_add AFTER INSERT ON entry_facts BEGIN
    INSERT INTO feeling_days SELECT new.about, f.feeling, new.local_date, 1 FROM entry_feelings f
    WHERE f.entry_id = new.entry_id
    ON CONFLICT (about, feeling, local_date) DO UPDATE SET entries = entries + 1;
END;
CREATE TRIGGER feeling_days_facts_gone AFTER DELETE ON entry_facts BEGIN
    UPDATE feeling_days SET entries = entries - 1
    WHERE about = old.about AND local_date = old.local_date
      AND feeling IN (SELECT feeling FROM entry_feelings WHERE entry_id = old.entry_id);
    DELETE FROM feeling_days WHERE about = old.about AND local_date = old.local_date AND entries <= 0;
END;
CREATE TRIGGER feeling_days_word_add AFTER INSERT ON entry_feelings BEGIN
    INSERT INTO feeling_days SELECT x.about, new.feeling, x.local_date, 1 FROM entry_facts x
    WHERE x.entry_id = new.entry_id
    ON CONFLICT (about, feeling, local_date) DO UPDATE SET entries = entries + 1;
END;
CREATE TRIGGER feeling_days_word_gone AFTER DELETE ON entry_feelings BEGIN
    UPDATE feeling_days SET entries = entries - 1
    WHERE feeling = old.feeling AND (about, local_date) IN (SELECT about, local_date FROM entry_facts WHERE entry_id = old.entry_id);
    DELETE FROM feeling_days WHERE feeling = old.feeling AND entries <= 0
      AND (about, local_date) IN (SELECT about, local_date FROM entry_facts WHERE entry_id = old.entry_id);
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
