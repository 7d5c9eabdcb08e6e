INSERT INTO gsc.schema_migrations (version, name, checksum) VALUES (%s, %s, %s)
