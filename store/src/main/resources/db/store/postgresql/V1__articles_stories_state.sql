-- The living dossier on PostgreSQL, first schema: the same tables as the SQLite store's V1 (every
-- revision of every article with its analysis, the stories phase 3 made with the fingerprint of
-- their inputs, the aliases of retired ids, the linking state), and a full-text index of the
-- current revisions as a tsvector (words lower-cased and without diacritics by the store, parsed
-- by the 'simple' configuration: no stemming, no stop words, as SQLite's unicode61 tokenizer).

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
  raw              BYTEA   NOT NULL,
  analysis_json    TEXT    NOT NULL,
  analysis_version INTEGER NOT NULL,
  seq              BIGINT  NOT NULL UNIQUE,
  first_seq        BIGINT  NOT NULL,
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
  updated_seq         BIGINT  NOT NULL
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

CREATE TABLE article_text (
  article_id TEXT     PRIMARY KEY,
  title      TEXT     NOT NULL,
  body       TEXT     NOT NULL,
  words      TSVECTOR NOT NULL
);
CREATE INDEX article_text_words ON article_text USING GIN (words);

-- A counter every write transaction raises before it commits: readers poll it (PostgreSQL has no
-- equivalent of SQLite's data_version), and a sequence would not do, since its value moves before
-- the transaction that takes it commits.
CREATE TABLE store_changes (
  stamp BIGINT NOT NULL
);
INSERT INTO store_changes (stamp) VALUES (0);
