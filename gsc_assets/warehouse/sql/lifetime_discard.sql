-- A full rebuild reflects every load its snapshot sees, so their deltas are consumed unapplied.
DELETE FROM gsc.lifetime_delta WHERE id IN (SELECT id FROM gsc.lifetime_delta FOR UPDATE SKIP LOCKED)
