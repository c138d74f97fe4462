-- The living dossier, first schema: every revision of every article with its analysis, the stories
-- phase 3 made with the fingerprint of their inputs, the aliases of retired ids, the linking state,
-- and a full-text index of the current revisions.

CREATE TABLE articles (
  id               TEXT    NOT NULL,
  revision         INTEGER NOT NULL CHECK (revision >= 1),
  source           TEXT    NOT NULL,
  url              TEXT,
  title            TEXT,
  outlet           TEXT,
  published        TEXT,
  language         TEXT,
  content_hash     TEXT    NOT NULL,
  raw              BLOB    NOT NULL,
  analysis_json    TEXT    NOT NULL,
  analysis_version INTEGER NOT NULL,
  seq              INTEGER NOT NULL UNIQUE,
  first_seq        INTEGER NOT NULL,
  is_current       INTEGER NOT NULL CHECK (is_current IN (0, 1)),
  ingested_at      TEXT    NOT NULL,
  PRIMARY KEY (id, revision)
);
CREATE UNIQUE INDEX articles_current_id ON articles (id) WHERE is_current = 1;
CREATE INDEX articles_current_order ON articles (first_seq) WHERE is_current = 1;

CREATE TABLE stories (
  id                  TEXT    PRIMARY KEY,
  position            INTEGER NOT NULL,
  title               TEXT,
  first_date          TEXT,
  last_date           TEXT,
  articles            INTEGER NOT NULL,
  outlets             INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,
  open_conflicts      INTEGER NOT NULL,
  fingerprint         TEXT    NOT NULL,
  story_json          TEXT    NOT NULL,
  updated_seq         INTEGER NOT NULL
);
CREATE INDEX stories_updated ON stories (updated_seq DESC, last_date DESC);

CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY,
  story_id   TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE aliases (
  alias    TEXT PRIMARY KEY,
  story_id TEXT NOT NULL
);

CREATE TABLE state (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE VIRTUAL TABLE article_text USING fts5 (
  article_id UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
