SELECT pg_advisory_unlock(hashtextextended('gsc.lifetime_refresh', 0))
