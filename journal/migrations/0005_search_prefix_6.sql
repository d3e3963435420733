-- Search as you type stays fast through the sixth letter: the full-text index is rebuilt with prefix indexes of 5 and
-- 6 letters too. Without one, a prefix that many words share ("remem", "someth") is answered by reading and merging
-- the lists of every word it begins, on each keystroke. Never edit once shipped: add a new numbered file instead.
--
-- The old index holds the only copy of the text it indexed (every text field, tags and people's names, one per line).
-- That text is set aside first and the old index dropped before the new one is written, so the new index reuses the
-- old one's pages rather than growing the file by a second index.
CREATE TABLE fts_carry (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
INSERT INTO fts_carry (id, text) SELECT rowid, text FROM entries_fts;
DROP TABLE entries_fts;
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    text,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0);
INSERT INTO entries_fts (rowid, text) SELECT id, text FROM fts_carry ORDER BY id;
INSERT INTO entries_fts (entries_fts) VALUES ('optimize');
INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 4);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', 1048576);
DROP TABLE fts_carry;
