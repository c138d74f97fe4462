-- Linking state kept as records, so that an ingest rewrites only the records it changed instead of
-- the whole state: the copy index keeps one record per article (kind 'copy-index', by the article's
-- position in the index), its header in the state table.

CREATE TABLE linking_records (
  kind     TEXT    NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  record   BLOB    NOT NULL,
  PRIMARY KEY (kind, position)
);

-- the copy index that schema 1 saved whole is read no more: the next ingest links again
DELETE FROM state WHERE name IN ('copy-index', 'copy-index-of');
