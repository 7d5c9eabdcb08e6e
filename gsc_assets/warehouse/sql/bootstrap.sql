-- Run before any numbered migration, under the migration lock.
CREATE SCHEMA IF NOT EXISTS gsc;
CREATE TABLE IF NOT EXISTS gsc.schema_migrations (
    version    text        PRIMARY KEY,
    name       text        NOT NULL,
    checksum   text        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
