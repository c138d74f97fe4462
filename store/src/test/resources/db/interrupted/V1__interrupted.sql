-- A first migration that fails half-way, as one killed before its commit would end: the database
-- rolls it back and only Flyway's history table, made before it, remains.
CREATE TABLE articles (id TEXT);
INSERT INTO no_such_table VALUES (1);
