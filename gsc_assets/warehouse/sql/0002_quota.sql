-- Cross-process request budget (PostgresQuotaStore). Every grant is recorded with the server time it was made,
-- so any sliding window holds at most `limit` grants per bucket, whichever process asked.

CREATE UNLOGGED TABLE IF NOT EXISTS gsc.quota_grant (
    bucket     text        NOT NULL,
    granted_at timestamptz NOT NULL,
    slots      integer     NOT NULL CHECK (slots > 0)
);
CREATE INDEX IF NOT EXISTS quota_grant_bucket_time_idx ON gsc.quota_grant (bucket, granted_at);

CREATE UNLOGGED TABLE IF NOT EXISTS gsc.quota_pause (
    bucket text        PRIMARY KEY,
    until  timestamptz NOT NULL
);

-- Reserve up to p_want slots in every bucket at once. Buckets are locked in sorted order, so concurrent takers
-- with overlapping bucket sets never deadlock. Returns the slots granted and, when fewer than wanted, the
-- seconds until at least one more slot frees up (or the pause ends).
CREATE OR REPLACE FUNCTION gsc.quota_take(p_buckets text[], p_limits integer[], p_want integer,
                                          p_window_s double precision,
                                          OUT granted integer, OUT wait_s double precision)
LANGUAGE plpgsql AS $$
DECLARE
    v_now     timestamptz;
    v_window  interval := make_interval(secs => p_window_s);
    v_key     text;
    v_limit   integer;
    v_used    bigint;
    v_free    integer;
    v_wait    double precision;
    v_pause   timestamptz;
    v_expire  timestamptz;
BEGIN
    IF cardinality(p_buckets) IS DISTINCT FROM cardinality(p_limits) THEN
        RAISE EXCEPTION 'quota_take: % buckets but % limits', cardinality(p_buckets), cardinality(p_limits);
    END IF;
    FOR v_key IN SELECT DISTINCT b FROM unnest(p_buckets) AS b ORDER BY b LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended('gsc.quota|' || v_key, 0));
    END LOOP;
    -- clock_timestamp, not now(): the locks may have been waited for.
    v_now := clock_timestamp();
    granted := greatest(p_want, 0);
    wait_s := 0;

    SELECT max(until) INTO v_pause FROM gsc.quota_pause WHERE bucket = ANY (p_buckets) AND until > v_now;
    IF v_pause IS NOT NULL THEN
        granted := 0;
        wait_s := extract(epoch FROM v_pause - v_now);
        RETURN;
    END IF;

    FOR i IN 1 .. coalesce(cardinality(p_buckets), 0) LOOP
        v_key := p_buckets[i];
        v_limit := p_limits[i];
        DELETE FROM gsc.quota_grant WHERE bucket = v_key AND granted_at <= v_now - v_window;
        SELECT coalesce(sum(slots), 0) INTO v_used FROM gsc.quota_grant WHERE bucket = v_key;
        v_free := greatest(v_limit - v_used, 0)::integer;
        IF v_free < p_want THEN
            -- When does the oldest grant that must expire for one more free slot leave the window?
            SELECT g.granted_at INTO v_expire
            FROM (SELECT granted_at,
                         sum(slots) OVER (ORDER BY granted_at ROWS UNBOUNDED PRECEDING) AS freed
                  FROM gsc.quota_grant WHERE bucket = v_key) AS g
            WHERE g.freed >= v_used - v_limit + v_free + 1
            ORDER BY g.granted_at
            LIMIT 1;
            v_wait := CASE WHEN v_expire IS NULL THEN p_window_s
                           ELSE greatest(extract(epoch FROM v_expire + v_window - v_now), 0.001) END;
            wait_s := greatest(wait_s, v_wait);
        END IF;
        granted := least(granted, v_free);
    END LOOP;

    IF granted > 0 THEN
        INSERT INTO gsc.quota_grant (bucket, granted_at, slots)
        SELECT DISTINCT b, v_now, granted FROM unnest(p_buckets) AS b;
    END IF;
    IF granted >= p_want THEN
        wait_s := 0;
    END IF;
END;
$$;
