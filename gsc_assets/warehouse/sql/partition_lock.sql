-- Serialises partition creation per table across processes.
SELECT pg_advisory_xact_lock(hashtextextended('gsc.partition|' || %s, 0))
