-- A full rebuild reflects every load its snapshot sees, so their deltas (of the kinds rebuilt) are consumed unapplied.
DELETE FROM gsc.lifetime_delta
WHERE id IN (SELECT id FROM gsc.lifetime_delta WHERE kind = ANY(%(kinds)s) FOR UPDATE SKIP LOCKED)
