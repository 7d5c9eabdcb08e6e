SELECT version, checksum FROM gsc.schema_migrations
