-- Search understands English word endings: the full-text index is rebuilt with the porter stemmer, so "apologising"
-- finds "apologise" and "apologised", and with a 4-letter prefix index, so search-as-you-type stays fast on the
-- fourth letter as it is on the first three. Never edit once shipped: add a new numbered file instead.
--
-- The old index keeps the text it indexed, so the new one is filled from it (every text field, tags and people's
-- names, one per line), then takes its name.
CREATE VIRTUAL TABLE entries_fts_stemmed USING fts5 (
    text,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);
INSERT INTO entries_fts_stemmed (entries_fts_stemmed, rank) VALUES ('secure-delete', 1);
INSERT INTO entries_fts_stemmed (rowid, text) SELECT rowid, text FROM entries_fts ORDER BY rowid;
INSERT INTO entries_fts_stemmed (entries_fts_stemmed) VALUES ('optimize');
DROP TABLE entries_fts;
ALTER TABLE entries_fts_stemmed RENAME TO entries_fts;
