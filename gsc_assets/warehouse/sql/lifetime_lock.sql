-- Session lock: one refresh at a time. Taken before the refresh transaction starts, so the refresh snapshot
-- already sees everything the previous refresh committed.
SELECT pg_advisory_lock(hashtextextended('gsc.lifetime_refresh', 0))
