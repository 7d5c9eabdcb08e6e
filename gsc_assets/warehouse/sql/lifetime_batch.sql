-- Scratch table of the deltas one refresh consumes.
CREATE TEMP TABLE lifetime_batch (LIKE gsc.lifetime_delta) ON COMMIT DROP
