-- Take every committed delta row of the kinds refreshed. Rows are deleted as they are consumed (no high-water
-- mark), so a load that commits after a later-numbered one is still picked up next time, and no row is ever applied
-- twice.
WITH taken AS (
    DELETE FROM gsc.lifetime_delta
    WHERE id IN (SELECT id FROM gsc.lifetime_delta WHERE kind = ANY(%(kinds)s) FOR UPDATE SKIP LOCKED)
    RETURNING *
)
INSERT INTO lifetime_batch SELECT * FROM taken
