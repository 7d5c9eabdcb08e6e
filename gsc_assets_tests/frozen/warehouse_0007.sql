-- A warehouse as the id-keyed layout (migrations 0004-0007) left it, with rows, ledger, lifetime tables and
-- unconsumed lifetime deltas: pg_dump --inserts of a warehouse built by commit 1db7c74. Frozen: never regenerated.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: gsc; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA gsc;


--
-- Name: appearance_daily_totals(text, date, date); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.appearance_daily_totals(p_site_url text, p_start date, p_end date) RETURNS TABLE(site_url text, search_type text, search_appearance text, days bigint, clicks bigint, impressions bigint, ctr double precision, "position" double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.site_url,
           t.search_type,
           "t"."search_appearance", 
           count(DISTINCT t.date),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM "gsc"."appearance_daily" AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY "t"."site_url", "t"."search_type", "t"."search_appearance"
$$;


--
-- Name: custom_hourly_page_totals(text, date, date); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.custom_hourly_page_totals(p_site_url text, p_start date, p_end date) RETURNS TABLE(site_url text, search_type text, hour timestamp with time zone, page text, days bigint, clicks bigint, impressions bigint, ctr double precision, "position" double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.site_url,
           t.search_type,
           "t"."hour", "t"."page", 
           count(DISTINCT t.date),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM "gsc"."custom_hourly_page" AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY "t"."site_url", "t"."search_type", "t"."hour", "t"."page"
$$;


--
-- Name: custom_query_country_totals(text, date, date); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.custom_query_country_totals(p_site_url text, p_start date, p_end date) RETURNS TABLE(site_url text, search_type text, query text, country text, days bigint, clicks bigint, impressions bigint, ctr double precision, "position" double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.site_url,
           t.search_type,
           "t"."query", "t"."country", 
           count(DISTINCT t.date),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM "gsc"."custom_query_country" AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY "t"."site_url", "t"."search_type", "t"."query", "t"."country"
$$;


--
-- Name: page_daily_totals(text, date, date); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.page_daily_totals(p_site_url text, p_start date, p_end date) RETURNS TABLE(site_url text, search_type text, page text, country text, device text, days bigint, clicks bigint, impressions bigint, ctr double precision, "position" double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.site_url,
           t.search_type,
           "t"."page", "t"."country", "t"."device", 
           count(DISTINCT t.date),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM "gsc"."page_daily" AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY "t"."site_url", "t"."search_type", "t"."page", "t"."country", "t"."device"
$$;


--
-- Name: property_daily_totals(text, date, date); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.property_daily_totals(p_site_url text, p_start date, p_end date) RETURNS TABLE(site_url text, search_type text, days bigint, clicks bigint, impressions bigint, ctr double precision, "position" double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.site_url,
           t.search_type,
           
           count(DISTINCT t.date),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM "gsc"."property_daily" AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY "t"."site_url", "t"."search_type"
$$;


--
-- Name: query_daily_totals(text, date, date); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.query_daily_totals(p_site_url text, p_start date, p_end date) RETURNS TABLE(site_url text, search_type text, query text, country text, device text, days bigint, clicks bigint, impressions bigint, ctr double precision, "position" double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.site_url,
           t.search_type,
           "t"."query", "t"."country", "t"."device", 
           count(DISTINCT t.date),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM "gsc"."query_daily" AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY "t"."site_url", "t"."search_type", "t"."query", "t"."country", "t"."device"
$$;


--
-- Name: query_page_daily_totals(text, date, date); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.query_page_daily_totals(p_site_url text, p_start date, p_end date) RETURNS TABLE(site_url text, search_type text, query text, page text, country text, device text, days bigint, clicks bigint, impressions bigint, ctr double precision, "position" double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.site_url,
           t.search_type,
           "t"."query", "t"."page", "t"."country", "t"."device", 
           count(DISTINCT t.date),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM "gsc"."query_page_daily" AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY "t"."site_url", "t"."search_type", "t"."query", "t"."page", "t"."country", "t"."device"
$$;


--
-- Name: quota_take(text[], integer[], integer, double precision); Type: FUNCTION; Schema: gsc; Owner: -
--

CREATE FUNCTION gsc.quota_take(p_buckets text[], p_limits integer[], p_want integer, p_window_s double precision, OUT granted integer, OUT wait_s double precision) RETURNS record
    LANGUAGE plpgsql
    AS $$
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


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: appearance_daily_data; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.appearance_daily_data (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    search_appearance text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
);


--
-- Name: load_ledger; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.load_ledger (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    report text NOT NULL,
    rows bigint NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    requests bigint DEFAULT 0 NOT NULL,
    retries bigint DEFAULT 0 NOT NULL,
    throttled bigint DEFAULT 0 NOT NULL,
    api_seconds double precision DEFAULT 0 NOT NULL,
    load_seconds double precision DEFAULT 0 NOT NULL,
    data_state text NOT NULL,
    run_id text NOT NULL,
    load_id bigint NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    source text DEFAULT 'api'::text NOT NULL,
    CONSTRAINT load_ledger_data_state_check CHECK ((data_state = ANY (ARRAY['final'::text, 'fresh'::text])))
);


--
-- Name: site_key; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.site_key (
    id integer NOT NULL,
    site_url text NOT NULL
);


--
-- Name: appearance_daily; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.appearance_daily AS
 SELECT s.site_url,
    d.date,
    d.search_type,
    d.search_appearance,
    d.clicks,
    d.impressions,
    COALESCE(((d.clicks)::double precision / (NULLIF(d.impressions, 0))::double precision), (0)::double precision) AS ctr,
    d."position",
    l.data_state,
    l.loaded_at
   FROM ((gsc.appearance_daily_data d
     LEFT JOIN gsc.site_key s ON ((s.id = d.site_id)))
     LEFT JOIN gsc.load_ledger l ON (((l.site_url = s.site_url) AND (l.date = d.date) AND (l.search_type = d.search_type) AND (l.report = 'appearance_daily'::text))));


--
-- Name: appearance_daily_summary; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.appearance_daily_summary AS
 SELECT appearance_daily.site_url,
    appearance_daily.search_type,
    appearance_daily.search_appearance,
    count(DISTINCT appearance_daily.date) AS days,
    min(appearance_daily.date) AS first_date,
    max(appearance_daily.date) AS last_date,
    (sum(appearance_daily.clicks))::bigint AS clicks,
    (sum(appearance_daily.impressions))::bigint AS impressions,
    ((sum(appearance_daily.clicks))::double precision / (NULLIF(sum(appearance_daily.impressions), (0)::numeric))::double precision) AS ctr,
    (sum((appearance_daily."position" * (appearance_daily.impressions)::double precision)) / (NULLIF(sum(appearance_daily.impressions), (0)::numeric))::double precision) AS "position"
   FROM gsc.appearance_daily
  GROUP BY appearance_daily.site_url, appearance_daily.search_type, appearance_daily.search_appearance;


--
-- Name: custom_hourly_page_data; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_hourly_page_data (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    hour timestamp with time zone NOT NULL,
    page text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: custom_hourly_page; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.custom_hourly_page AS
 SELECT s.site_url,
    d.date,
    d.search_type,
    d.hour,
    d.page,
    d.clicks,
    d.impressions,
    COALESCE(((d.clicks)::double precision / (NULLIF(d.impressions, 0))::double precision), (0)::double precision) AS ctr,
    d."position",
    l.data_state,
    l.loaded_at
   FROM ((gsc.custom_hourly_page_data d
     LEFT JOIN gsc.site_key s ON ((s.id = d.site_id)))
     LEFT JOIN gsc.load_ledger l ON (((l.site_url = s.site_url) AND (l.date = d.date) AND (l.search_type = d.search_type) AND (l.report = 'custom_hourly_page'::text))));


--
-- Name: custom_hourly_page_data_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_hourly_page_data_default (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    hour timestamp with time zone NOT NULL,
    page text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
);


--
-- Name: custom_hourly_page_data_p202610; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_hourly_page_data_p202610 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    hour timestamp with time zone NOT NULL,
    page text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: custom_hourly_page_data_p202611; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_hourly_page_data_p202611 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    hour timestamp with time zone NOT NULL,
    page text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: custom_hourly_page_summary; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.custom_hourly_page_summary AS
 SELECT custom_hourly_page.site_url,
    custom_hourly_page.search_type,
    custom_hourly_page.hour,
    custom_hourly_page.page,
    count(DISTINCT custom_hourly_page.date) AS days,
    min(custom_hourly_page.date) AS first_date,
    max(custom_hourly_page.date) AS last_date,
    (sum(custom_hourly_page.clicks))::bigint AS clicks,
    (sum(custom_hourly_page.impressions))::bigint AS impressions,
    ((sum(custom_hourly_page.clicks))::double precision / (NULLIF(sum(custom_hourly_page.impressions), (0)::numeric))::double precision) AS ctr,
    (sum((custom_hourly_page."position" * (custom_hourly_page.impressions)::double precision)) / (NULLIF(sum(custom_hourly_page.impressions), (0)::numeric))::double precision) AS "position"
   FROM gsc.custom_hourly_page
  GROUP BY custom_hourly_page.site_url, custom_hourly_page.search_type, custom_hourly_page.hour, custom_hourly_page.page;


--
-- Name: custom_query_country_data; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_query_country_data (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: custom_query_country; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.custom_query_country AS
 SELECT s.site_url,
    d.date,
    d.search_type,
    d.query,
    d.country,
    d.clicks,
    d.impressions,
    COALESCE(((d.clicks)::double precision / (NULLIF(d.impressions, 0))::double precision), (0)::double precision) AS ctr,
    d."position",
    l.data_state,
    l.loaded_at
   FROM ((gsc.custom_query_country_data d
     LEFT JOIN gsc.site_key s ON ((s.id = d.site_id)))
     LEFT JOIN gsc.load_ledger l ON (((l.site_url = s.site_url) AND (l.date = d.date) AND (l.search_type = d.search_type) AND (l.report = 'custom_query_country'::text))));


--
-- Name: custom_query_country_data_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_query_country_data_default (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
);


--
-- Name: custom_query_country_data_p202610; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_query_country_data_p202610 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: custom_query_country_data_p202611; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_query_country_data_p202611 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: custom_query_country_summary; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.custom_query_country_summary AS
 SELECT custom_query_country.site_url,
    custom_query_country.search_type,
    custom_query_country.query,
    custom_query_country.country,
    count(DISTINCT custom_query_country.date) AS days,
    min(custom_query_country.date) AS first_date,
    max(custom_query_country.date) AS last_date,
    (sum(custom_query_country.clicks))::bigint AS clicks,
    (sum(custom_query_country.impressions))::bigint AS impressions,
    ((sum(custom_query_country.clicks))::double precision / (NULLIF(sum(custom_query_country.impressions), (0)::numeric))::double precision) AS ctr,
    (sum((custom_query_country."position" * (custom_query_country.impressions)::double precision)) / (NULLIF(sum(custom_query_country.impressions), (0)::numeric))::double precision) AS "position"
   FROM gsc.custom_query_country
  GROUP BY custom_query_country.site_url, custom_query_country.search_type, custom_query_country.query, custom_query_country.country;


--
-- Name: lifetime_delta; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.lifetime_delta (
    id bigint NOT NULL,
    load_id bigint NOT NULL,
    kind text NOT NULL,
    site_url text NOT NULL,
    search_type text NOT NULL,
    query text,
    page text NOT NULL,
    date date NOT NULL,
    sign smallint NOT NULL,
    rows bigint NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    position_x_impressions double precision NOT NULL,
    CONSTRAINT lifetime_delta_kind_check CHECK ((kind = ANY (ARRAY['query_page'::text, 'page'::text]))),
    CONSTRAINT lifetime_delta_sign_check CHECK ((sign = ANY (ARRAY['-1'::integer, 1])))
);


--
-- Name: lifetime_delta_id_seq; Type: SEQUENCE; Schema: gsc; Owner: -
--

ALTER TABLE gsc.lifetime_delta ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME gsc.lifetime_delta_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: lifetime_page; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.lifetime_page (
    site_url text NOT NULL,
    search_type text NOT NULL,
    page text NOT NULL,
    daily_rows bigint NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    sum_position_x_impressions double precision NOT NULL,
    ctr double precision GENERATED ALWAYS AS (((clicks)::double precision / (NULLIF(impressions, 0))::double precision)) STORED,
    "position" double precision GENERATED ALWAYS AS ((sum_position_x_impressions / (NULLIF(impressions, 0))::double precision)) STORED,
    first_seen date NOT NULL,
    last_seen date NOT NULL,
    days_seen integer NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: lifetime_query_page; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.lifetime_query_page (
    site_url text NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    daily_rows bigint NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    sum_position_x_impressions double precision NOT NULL,
    ctr double precision GENERATED ALWAYS AS (((clicks)::double precision / (NULLIF(impressions, 0))::double precision)) STORED,
    "position" double precision GENERATED ALWAYS AS ((sum_position_x_impressions / (NULLIF(impressions, 0))::double precision)) STORED,
    first_seen date NOT NULL,
    last_seen date NOT NULL,
    days_seen integer NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: load_seq; Type: SEQUENCE; Schema: gsc; Owner: -
--

CREATE SEQUENCE gsc.load_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: page_daily_data; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.page_daily_data (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: page_daily; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.page_daily AS
 SELECT s.site_url,
    d.date,
    d.search_type,
    d.page,
    d.country,
    d.device,
    d.clicks,
    d.impressions,
    COALESCE(((d.clicks)::double precision / (NULLIF(d.impressions, 0))::double precision), (0)::double precision) AS ctr,
    d."position",
    l.data_state,
    l.loaded_at
   FROM ((gsc.page_daily_data d
     LEFT JOIN gsc.site_key s ON ((s.id = d.site_id)))
     LEFT JOIN gsc.load_ledger l ON (((l.site_url = s.site_url) AND (l.date = d.date) AND (l.search_type = d.search_type) AND (l.report = 'page_daily'::text))));


--
-- Name: page_daily_data_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.page_daily_data_default (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
);


--
-- Name: page_daily_data_p202610; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.page_daily_data_p202610 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: page_daily_data_p202611; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.page_daily_data_p202611 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: page_daily_summary; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.page_daily_summary AS
 SELECT page_daily.site_url,
    page_daily.search_type,
    page_daily.page,
    page_daily.country,
    page_daily.device,
    count(DISTINCT page_daily.date) AS days,
    min(page_daily.date) AS first_date,
    max(page_daily.date) AS last_date,
    (sum(page_daily.clicks))::bigint AS clicks,
    (sum(page_daily.impressions))::bigint AS impressions,
    ((sum(page_daily.clicks))::double precision / (NULLIF(sum(page_daily.impressions), (0)::numeric))::double precision) AS ctr,
    (sum((page_daily."position" * (page_daily.impressions)::double precision)) / (NULLIF(sum(page_daily.impressions), (0)::numeric))::double precision) AS "position"
   FROM gsc.page_daily
  GROUP BY page_daily.site_url, page_daily.search_type, page_daily.page, page_daily.country, page_daily.device;


--
-- Name: property_daily_data; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.property_daily_data (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
);


--
-- Name: property_daily; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.property_daily AS
 SELECT s.site_url,
    d.date,
    d.search_type,
    d.clicks,
    d.impressions,
    COALESCE(((d.clicks)::double precision / (NULLIF(d.impressions, 0))::double precision), (0)::double precision) AS ctr,
    d."position",
    l.data_state,
    l.loaded_at
   FROM ((gsc.property_daily_data d
     LEFT JOIN gsc.site_key s ON ((s.id = d.site_id)))
     LEFT JOIN gsc.load_ledger l ON (((l.site_url = s.site_url) AND (l.date = d.date) AND (l.search_type = d.search_type) AND (l.report = 'property_daily'::text))));


--
-- Name: property_daily_summary; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.property_daily_summary AS
 SELECT property_daily.site_url,
    property_daily.search_type,
    count(DISTINCT property_daily.date) AS days,
    min(property_daily.date) AS first_date,
    max(property_daily.date) AS last_date,
    (sum(property_daily.clicks))::bigint AS clicks,
    (sum(property_daily.impressions))::bigint AS impressions,
    ((sum(property_daily.clicks))::double precision / (NULLIF(sum(property_daily.impressions), (0)::numeric))::double precision) AS ctr,
    (sum((property_daily."position" * (property_daily.impressions)::double precision)) / (NULLIF(sum(property_daily.impressions), (0)::numeric))::double precision) AS "position"
   FROM gsc.property_daily
  GROUP BY property_daily.site_url, property_daily.search_type;


--
-- Name: query_daily_data; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_daily_data (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: query_daily; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.query_daily AS
 SELECT s.site_url,
    d.date,
    d.search_type,
    d.query,
    d.country,
    d.device,
    d.clicks,
    d.impressions,
    COALESCE(((d.clicks)::double precision / (NULLIF(d.impressions, 0))::double precision), (0)::double precision) AS ctr,
    d."position",
    l.data_state,
    l.loaded_at
   FROM ((gsc.query_daily_data d
     LEFT JOIN gsc.site_key s ON ((s.id = d.site_id)))
     LEFT JOIN gsc.load_ledger l ON (((l.site_url = s.site_url) AND (l.date = d.date) AND (l.search_type = d.search_type) AND (l.report = 'query_daily'::text))));


--
-- Name: query_daily_data_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_daily_data_default (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
);


--
-- Name: query_daily_data_p202610; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_daily_data_p202610 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: query_daily_data_p202611; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_daily_data_p202611 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: query_daily_summary; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.query_daily_summary AS
 SELECT query_daily.site_url,
    query_daily.search_type,
    query_daily.query,
    query_daily.country,
    query_daily.device,
    count(DISTINCT query_daily.date) AS days,
    min(query_daily.date) AS first_date,
    max(query_daily.date) AS last_date,
    (sum(query_daily.clicks))::bigint AS clicks,
    (sum(query_daily.impressions))::bigint AS impressions,
    ((sum(query_daily.clicks))::double precision / (NULLIF(sum(query_daily.impressions), (0)::numeric))::double precision) AS ctr,
    (sum((query_daily."position" * (query_daily.impressions)::double precision)) / (NULLIF(sum(query_daily.impressions), (0)::numeric))::double precision) AS "position"
   FROM gsc.query_daily
  GROUP BY query_daily.site_url, query_daily.search_type, query_daily.query, query_daily.country, query_daily.device;


--
-- Name: query_page_daily_data; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily_data (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: query_page_daily; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.query_page_daily AS
 SELECT s.site_url,
    d.date,
    d.search_type,
    d.query,
    d.page,
    d.country,
    d.device,
    d.clicks,
    d.impressions,
    COALESCE(((d.clicks)::double precision / (NULLIF(d.impressions, 0))::double precision), (0)::double precision) AS ctr,
    d."position",
    l.data_state,
    l.loaded_at
   FROM ((gsc.query_page_daily_data d
     LEFT JOIN gsc.site_key s ON ((s.id = d.site_id)))
     LEFT JOIN gsc.load_ledger l ON (((l.site_url = s.site_url) AND (l.date = d.date) AND (l.search_type = d.search_type) AND (l.report = 'query_page_daily'::text))));


--
-- Name: query_page_daily_data_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily_data_default (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
);


--
-- Name: query_page_daily_data_p202610; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily_data_p202610 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: query_page_daily_data_p202611; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily_data_p202611 (
    site_id integer NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    "position" double precision NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: query_page_daily_summary; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.query_page_daily_summary AS
 SELECT query_page_daily.site_url,
    query_page_daily.search_type,
    query_page_daily.query,
    query_page_daily.page,
    query_page_daily.country,
    query_page_daily.device,
    count(DISTINCT query_page_daily.date) AS days,
    min(query_page_daily.date) AS first_date,
    max(query_page_daily.date) AS last_date,
    (sum(query_page_daily.clicks))::bigint AS clicks,
    (sum(query_page_daily.impressions))::bigint AS impressions,
    ((sum(query_page_daily.clicks))::double precision / (NULLIF(sum(query_page_daily.impressions), (0)::numeric))::double precision) AS ctr,
    (sum((query_page_daily."position" * (query_page_daily.impressions)::double precision)) / (NULLIF(sum(query_page_daily.impressions), (0)::numeric))::double precision) AS "position"
   FROM gsc.query_page_daily
  GROUP BY query_page_daily.site_url, query_page_daily.search_type, query_page_daily.query, query_page_daily.page, query_page_daily.country, query_page_daily.device;


--
-- Name: quota_grant; Type: TABLE; Schema: gsc; Owner: -
--

CREATE UNLOGGED TABLE gsc.quota_grant (
    bucket text NOT NULL,
    granted_at timestamp with time zone NOT NULL,
    slots integer NOT NULL,
    CONSTRAINT quota_grant_slots_check CHECK ((slots > 0))
);


--
-- Name: quota_pause; Type: TABLE; Schema: gsc; Owner: -
--

CREATE UNLOGGED TABLE gsc.quota_pause (
    bucket text NOT NULL,
    until timestamp with time zone NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.schema_migrations (
    version text NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: site_key_id_seq; Type: SEQUENCE; Schema: gsc; Owner: -
--

ALTER TABLE gsc.site_key ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME gsc.site_key_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sitemaps; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.sitemaps (
    site_url text NOT NULL,
    path text NOT NULL,
    sitemap_index text,
    type text,
    is_pending boolean NOT NULL,
    is_sitemaps_index boolean NOT NULL,
    last_submitted timestamp with time zone,
    last_downloaded timestamp with time zone,
    warnings bigint,
    errors bigint,
    contents jsonb NOT NULL,
    listed_at timestamp with time zone NOT NULL,
    CONSTRAINT sitemaps_errors_check CHECK ((errors >= 0)),
    CONSTRAINT sitemaps_warnings_check CHECK ((warnings >= 0))
);


--
-- Name: sites; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.sites (
    site_url text NOT NULL,
    principal text NOT NULL,
    permission_level text NOT NULL,
    listed_at timestamp with time zone NOT NULL
);


--
-- Name: v_loaded_partitions; Type: VIEW; Schema: gsc; Owner: -
--

CREATE VIEW gsc.v_loaded_partitions AS
 SELECT load_ledger.site_url,
    load_ledger.date,
        CASE
            WHEN bool_or((load_ledger.data_state = 'fresh'::text)) THEN 'fresh'::text
            ELSE 'final'::text
        END AS data_state,
    (sum(load_ledger.rows))::bigint AS rows,
    max(load_ledger.requests) AS requests,
    max(load_ledger.retries) AS retries,
    max(load_ledger.throttled) AS throttled,
    max(load_ledger.api_seconds) AS api_seconds,
    max(load_ledger.load_seconds) AS load_seconds,
    max(load_ledger.loaded_at) AS loaded_at,
    array_agg(DISTINCT load_ledger.report ORDER BY load_ledger.report) AS reports,
    array_agg(DISTINCT load_ledger.source ORDER BY load_ledger.source) AS sources
   FROM gsc.load_ledger
  WHERE (load_ledger.report <> 'property_hourly'::text)
  GROUP BY load_ledger.site_url, load_ledger.date;


--
-- Name: custom_hourly_page_data_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_hourly_page_data ATTACH PARTITION gsc.custom_hourly_page_data_default DEFAULT;


--
-- Name: custom_hourly_page_data_p202610; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_hourly_page_data ATTACH PARTITION gsc.custom_hourly_page_data_p202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: custom_hourly_page_data_p202611; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_hourly_page_data ATTACH PARTITION gsc.custom_hourly_page_data_p202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Name: custom_query_country_data_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_query_country_data ATTACH PARTITION gsc.custom_query_country_data_default DEFAULT;


--
-- Name: custom_query_country_data_p202610; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_query_country_data ATTACH PARTITION gsc.custom_query_country_data_p202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: custom_query_country_data_p202611; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_query_country_data ATTACH PARTITION gsc.custom_query_country_data_p202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Name: page_daily_data_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.page_daily_data ATTACH PARTITION gsc.page_daily_data_default DEFAULT;


--
-- Name: page_daily_data_p202610; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.page_daily_data ATTACH PARTITION gsc.page_daily_data_p202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: page_daily_data_p202611; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.page_daily_data ATTACH PARTITION gsc.page_daily_data_p202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Name: query_daily_data_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_daily_data ATTACH PARTITION gsc.query_daily_data_default DEFAULT;


--
-- Name: query_daily_data_p202610; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_daily_data ATTACH PARTITION gsc.query_daily_data_p202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: query_daily_data_p202611; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_daily_data ATTACH PARTITION gsc.query_daily_data_p202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Name: query_page_daily_data_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily_data ATTACH PARTITION gsc.query_page_daily_data_default DEFAULT;


--
-- Name: query_page_daily_data_p202610; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily_data ATTACH PARTITION gsc.query_page_daily_data_p202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: query_page_daily_data_p202611; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily_data ATTACH PARTITION gsc.query_page_daily_data_p202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Data for Name: appearance_daily_data; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-0/é', 466, 1562, 11.248812918191625);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-15838/é', 581, 903, 7.941917568293993);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-23757/é', 738, 4543, 5.0701962295895955);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-31676/é', 80, 552, 18.678514865271815);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-39595/é', 44, 654, 29.97112909425126);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-47514/é', 344, 1018, 12.782591324250067);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-55433/é', 703, 1725, 50.42550100813118);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'image', 'search_appearance-7919/é', 1778, 2936, 10.49734997806038);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-0/é', 3269, 3338, 23.288168838847188);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-15838/é', 1980, 2625, 22.94234536043869);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-23757/é', 35, 1980, 33.24663967465566);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-31676/é', 827, 3664, 33.78314039048739);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-39595/é', 1335, 3058, 23.982588550643193);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-47514/é', 1731, 4700, 4.548453315276352);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-55433/é', 663, 737, 14.115370470132891);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-10-31', 'web', 'search_appearance-7919/é', 469, 1477, 11.893494402981807);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-0/é', 1001, 1662, 23.620315460373764);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-15838/é', 661, 2035, 6.4612301692025085);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-23757/é', 1656, 1785, 15.808930934434674);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-31676/é', 2128, 3980, 59.63695599441233);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-39595/é', 276, 319, 30.397498404988106);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-47514/é', 981, 4127, 23.85564389701892);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-55433/é', 616, 2192, 15.018050334952395);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'image', 'search_appearance-7919/é', 1068, 1481, 53.542125336461694);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-0/é', 266, 1690, 17.241398368338558);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-15838/é', 313, 1034, 6.273976513280196);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-23757/é', 117, 782, 46.85960179832868);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-31676/é', 1933, 2788, 11.358350245317167);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-39595/é', 1571, 2030, 36.61546642784295);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-47514/é', 2945, 3604, 13.225295796682774);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-55433/é', 846, 936, 18.057149201950768);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-10-31', 'web', 'search_appearance-7919/é', 3935, 4712, 16.379784360572298);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-0/é', 1615, 3055, 23.37419172770041);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-15838/é', 1645, 3615, 59.64595989056894);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-23757/é', 1757, 2337, 57.977932603141355);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-31676/é', 242, 2367, 32.98872257563917);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-39595/é', 261, 598, 25.150304402368576);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-47514/é', 634, 4024, 26.679967183225237);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-55433/é', 3064, 3295, 25.69862035109535);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'image', 'search_appearance-7919/é', 1199, 3729, 6.262070394954419);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-0/é', 1564, 2312, 19.268048415474276);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-15838/é', 2330, 3711, 45.81462406081853);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-23757/é', 794, 1293, 15.783360968757528);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-31676/é', 308, 1221, 28.605324651083375);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-39595/é', 110, 654, 56.66890369811611);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-47514/é', 2601, 3050, 20.36722799794806);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-55433/é', 1535, 3787, 36.41671388582347);
INSERT INTO gsc.appearance_daily_data VALUES (2, '2026-11-01', 'web', 'search_appearance-7919/é', 22, 1275, 43.24216476587031);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-0/é', 2877, 3302, 17.256497296481616);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-15838/é', 3578, 4464, 30.71480669081051);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-23757/é', 3084, 4989, 20.665600559948437);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-31676/é', 1086, 1335, 1.452795113663127);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-39595/é', 35, 128, 53.8451071809207);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-47514/é', 258, 744, 37.946034475325916);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-55433/é', 752, 4232, 28.002966261316338);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'image', 'search_appearance-7919/é', 2532, 4475, 4.4202294055733145);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-0/é', 1009, 1214, 38.00421517449226);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-15838/é', 57, 398, 26.919357916321104);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-23757/é', 284, 3270, 46.85800880677203);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-31676/é', 232, 2526, 59.35826041557843);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-39595/é', 370, 1202, 48.75176453629224);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-47514/é', 400, 708, 16.955365862079766);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-55433/é', 590, 2810, 48.92918619983492);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-10-31', 'web', 'search_appearance-7919/é', 4322, 4893, 47.05735438989329);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-0/é', 922, 1347, 41.392334049338295);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-15838/é', 1646, 2419, 35.84312794960373);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-23757/é', 1085, 3392, 17.42158617079875);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-31676/é', 1435, 3706, 53.12075337364189);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-39595/é', 1028, 2183, 49.10738312670903);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-47514/é', 648, 2349, 14.620965781459004);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-55433/é', 1358, 2027, 58.39293057299969);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'image', 'search_appearance-7919/é', 2310, 4446, 60.55564592650312);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-0/é', 1395, 2511, 59.91944301980855);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-15838/é', 1929, 2483, 1.055140262454072);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-23757/é', 2558, 3008, 17.33321419691984);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-31676/é', 1130, 2639, 16.799260090616762);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-39595/é', 1381, 2056, 10.575690319633614);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-47514/é', 581, 921, 19.95953510153153);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-55433/é', 968, 4895, 22.745514650331568);
INSERT INTO gsc.appearance_daily_data VALUES (3, '2026-11-01', 'web', 'search_appearance-7919/é', 434, 1502, 60.82103752480544);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-0/é', 983, 1058, 22.324639602677617);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-15838/é', 589, 1740, 21.348470660636067);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-23757/é', 1033, 4163, 29.96532932419841);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-31676/é', 321, 1949, 23.207587496489243);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-39595/é', 2522, 2807, 52.502854503249026);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-47514/é', 831, 3198, 42.07246886793346);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-55433/é', 2072, 2467, 53.54300690597514);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'image', 'search_appearance-7919/é', 752, 1584, 24.336438781394772);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-0/é', 679, 2940, 33.23459036753534);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-15838/é', 2427, 4139, 20.239507314588778);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-23757/é', 678, 776, 6.301749175595329);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-31676/é', 1161, 1225, 52.85123395169254);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-39595/é', 1111, 1482, 20.739191859629734);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-47514/é', 334, 4612, 38.91465893103088);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-55433/é', 3599, 4496, 9.786471246139449);
INSERT INTO gsc.appearance_daily_data VALUES (1, '2026-11-01', 'web', 'search_appearance-7919/é', 2628, 4250, 16.616007111830317);


--
-- Data for Name: custom_hourly_page_data_default; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: custom_hourly_page_data_p202610; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 00:00:00+00', 'page-1/é', 466, 1562, 11.248812918191625);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 01:00:00+00', 'page-7920/é', 1778, 2936, 10.49734997806038);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 02:00:00+00', 'page-15839/é', 581, 903, 7.941917568293993);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 03:00:00+00', 'page-23758/é', 738, 4543, 5.0701962295895955);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 04:00:00+00', 'page-31677/é', 80, 552, 18.678514865271815);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 05:00:00+00', 'page-39596/é', 44, 654, 29.97112909425126);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 06:00:00+00', 'page-47515/é', 344, 1018, 12.782591324250067);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'image', '2026-10-31 07:00:00+00', 'page-55434/é', 703, 1725, 50.42550100813118);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 00:00:00+00', 'page-1/é', 3269, 3338, 23.288168838847188);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 01:00:00+00', 'page-7920/é', 469, 1477, 11.893494402981807);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 02:00:00+00', 'page-15839/é', 1980, 2625, 22.94234536043869);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 03:00:00+00', 'page-23758/é', 35, 1980, 33.24663967465566);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 04:00:00+00', 'page-31677/é', 827, 3664, 33.78314039048739);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 05:00:00+00', 'page-39596/é', 1335, 3058, 23.982588550643193);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 06:00:00+00', 'page-47515/é', 1731, 4700, 4.548453315276352);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (1, '2026-10-31', 'web', '2026-10-31 07:00:00+00', 'page-55434/é', 663, 737, 14.115370470132891);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 00:00:00+00', 'page-1/é', 1001, 1662, 23.620315460373764);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 01:00:00+00', 'page-7920/é', 1068, 1481, 53.542125336461694);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 02:00:00+00', 'page-15839/é', 661, 2035, 6.4612301692025085);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 03:00:00+00', 'page-23758/é', 1656, 1785, 15.808930934434674);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 04:00:00+00', 'page-31677/é', 2128, 3980, 59.63695599441233);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 05:00:00+00', 'page-39596/é', 276, 319, 30.397498404988106);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 06:00:00+00', 'page-47515/é', 981, 4127, 23.85564389701892);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'image', '2026-10-31 07:00:00+00', 'page-55434/é', 616, 2192, 15.018050334952395);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 00:00:00+00', 'page-1/é', 266, 1690, 17.241398368338558);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 01:00:00+00', 'page-7920/é', 3935, 4712, 16.379784360572298);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 02:00:00+00', 'page-15839/é', 313, 1034, 6.273976513280196);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 03:00:00+00', 'page-23758/é', 117, 782, 46.85960179832868);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 04:00:00+00', 'page-31677/é', 1933, 2788, 11.358350245317167);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 05:00:00+00', 'page-39596/é', 1571, 2030, 36.61546642784295);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 06:00:00+00', 'page-47515/é', 2945, 3604, 13.225295796682774);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (2, '2026-10-31', 'web', '2026-10-31 07:00:00+00', 'page-55434/é', 846, 936, 18.057149201950768);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 00:00:00+00', 'page-1/é', 2877, 3302, 17.256497296481616);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 01:00:00+00', 'page-7920/é', 2532, 4475, 4.4202294055733145);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 02:00:00+00', 'page-15839/é', 3578, 4464, 30.71480669081051);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 03:00:00+00', 'page-23758/é', 3084, 4989, 20.665600559948437);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 04:00:00+00', 'page-31677/é', 1086, 1335, 1.452795113663127);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 05:00:00+00', 'page-39596/é', 35, 128, 53.8451071809207);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 06:00:00+00', 'page-47515/é', 258, 744, 37.946034475325916);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'image', '2026-10-31 07:00:00+00', 'page-55434/é', 752, 4232, 28.002966261316338);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 00:00:00+00', 'page-1/é', 1009, 1214, 38.00421517449226);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 01:00:00+00', 'page-7920/é', 4322, 4893, 47.05735438989329);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 02:00:00+00', 'page-15839/é', 57, 398, 26.919357916321104);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 03:00:00+00', 'page-23758/é', 284, 3270, 46.85800880677203);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 04:00:00+00', 'page-31677/é', 232, 2526, 59.35826041557843);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 05:00:00+00', 'page-39596/é', 370, 1202, 48.75176453629224);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 06:00:00+00', 'page-47515/é', 400, 708, 16.955365862079766);
INSERT INTO gsc.custom_hourly_page_data_p202610 VALUES (3, '2026-10-31', 'web', '2026-10-31 07:00:00+00', 'page-55434/é', 590, 2810, 48.92918619983492);


--
-- Data for Name: custom_hourly_page_data_p202611; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 00:00:00+00', 'page-1/é', 1615, 3055, 23.37419172770041);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 01:00:00+00', 'page-7920/é', 1199, 3729, 6.262070394954419);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 02:00:00+00', 'page-15839/é', 1645, 3615, 59.64595989056894);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 03:00:00+00', 'page-23758/é', 1757, 2337, 57.977932603141355);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 04:00:00+00', 'page-31677/é', 242, 2367, 32.98872257563917);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 05:00:00+00', 'page-39596/é', 261, 598, 25.150304402368576);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 06:00:00+00', 'page-47515/é', 634, 4024, 26.679967183225237);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'image', '2026-11-01 07:00:00+00', 'page-55434/é', 3064, 3295, 25.69862035109535);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 00:00:00+00', 'page-1/é', 1564, 2312, 19.268048415474276);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 01:00:00+00', 'page-7920/é', 22, 1275, 43.24216476587031);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 02:00:00+00', 'page-15839/é', 2330, 3711, 45.81462406081853);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 03:00:00+00', 'page-23758/é', 794, 1293, 15.783360968757528);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 04:00:00+00', 'page-31677/é', 308, 1221, 28.605324651083375);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 05:00:00+00', 'page-39596/é', 110, 654, 56.66890369811611);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 06:00:00+00', 'page-47515/é', 2601, 3050, 20.36722799794806);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (2, '2026-11-01', 'web', '2026-11-01 07:00:00+00', 'page-55434/é', 1535, 3787, 36.41671388582347);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 00:00:00+00', 'page-1/é', 922, 1347, 41.392334049338295);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 01:00:00+00', 'page-7920/é', 2310, 4446, 60.55564592650312);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 02:00:00+00', 'page-15839/é', 1646, 2419, 35.84312794960373);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 03:00:00+00', 'page-23758/é', 1085, 3392, 17.42158617079875);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 04:00:00+00', 'page-31677/é', 1435, 3706, 53.12075337364189);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 05:00:00+00', 'page-39596/é', 1028, 2183, 49.10738312670903);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 06:00:00+00', 'page-47515/é', 648, 2349, 14.620965781459004);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'image', '2026-11-01 07:00:00+00', 'page-55434/é', 1358, 2027, 58.39293057299969);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 00:00:00+00', 'page-1/é', 1395, 2511, 59.91944301980855);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 01:00:00+00', 'page-7920/é', 434, 1502, 60.82103752480544);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 02:00:00+00', 'page-15839/é', 1929, 2483, 1.055140262454072);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 03:00:00+00', 'page-23758/é', 2558, 3008, 17.33321419691984);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 04:00:00+00', 'page-31677/é', 1130, 2639, 16.799260090616762);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 05:00:00+00', 'page-39596/é', 1381, 2056, 10.575690319633614);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 06:00:00+00', 'page-47515/é', 581, 921, 19.95953510153153);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (3, '2026-11-01', 'web', '2026-11-01 07:00:00+00', 'page-55434/é', 968, 4895, 22.745514650331568);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 00:00:00+00', 'page-1/é', 983, 1058, 22.324639602677617);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 01:00:00+00', 'page-7920/é', 752, 1584, 24.336438781394772);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 02:00:00+00', 'page-15839/é', 589, 1740, 21.348470660636067);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 03:00:00+00', 'page-23758/é', 1033, 4163, 29.96532932419841);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 04:00:00+00', 'page-31677/é', 321, 1949, 23.207587496489243);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 05:00:00+00', 'page-39596/é', 2522, 2807, 52.502854503249026);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 06:00:00+00', 'page-47515/é', 831, 3198, 42.07246886793346);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'image', '2026-11-01 07:00:00+00', 'page-55434/é', 2072, 2467, 53.54300690597514);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 00:00:00+00', 'page-1/é', 679, 2940, 33.23459036753534);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 01:00:00+00', 'page-7920/é', 2628, 4250, 16.616007111830317);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 02:00:00+00', 'page-15839/é', 2427, 4139, 20.239507314588778);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 03:00:00+00', 'page-23758/é', 678, 776, 6.301749175595329);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 04:00:00+00', 'page-31677/é', 1161, 1225, 52.85123395169254);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 05:00:00+00', 'page-39596/é', 1111, 1482, 20.739191859629734);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 06:00:00+00', 'page-47515/é', 334, 4612, 38.91465893103088);
INSERT INTO gsc.custom_hourly_page_data_p202611 VALUES (1, '2026-11-01', 'web', '2026-11-01 07:00:00+00', 'page-55434/é', 3599, 4496, 9.786471246139449);


--
-- Data for Name: custom_query_country_data_default; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: custom_query_country_data_p202610; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'deu', 581, 903, 7.941917568293993);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'fra', 1778, 2936, 10.49734997806038);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'usa', 466, 1562, 11.248812918191625);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-15838/é', 'fra', 703, 1725, 50.42550100813118);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-15838/é', 'usa', 344, 1018, 12.782591324250067);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-7919/é', 'deu', 44, 654, 29.97112909425126);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-7919/é', 'fra', 80, 552, 18.678514865271815);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-7919/é', 'usa', 738, 4543, 5.0701962295895955);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 469, 1477, 11.893494402981807);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'l''été "quoted"', 'usa', 3269, 3338, 23.288168838847188);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-15838/é', 'fra', 663, 737, 14.115370470132891);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-15838/é', 'usa', 1731, 4700, 4.548453315276352);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-7919/é', 'deu', 1335, 3058, 23.982588550643193);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-7919/é', 'fra', 827, 3664, 33.78314039048739);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-7919/é', 'usa', 35, 1980, 33.24663967465566);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (1, '2026-10-31', 'web', 'tab	here', 'deu', 1980, 2625, 22.94234536043869);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'deu', 661, 2035, 6.4612301692025085);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'fra', 1068, 1481, 53.542125336461694);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'usa', 1001, 1662, 23.620315460373764);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-15838/é', 'fra', 616, 2192, 15.018050334952395);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-15838/é', 'usa', 981, 4127, 23.85564389701892);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-7919/é', 'deu', 276, 319, 30.397498404988106);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-7919/é', 'fra', 2128, 3980, 59.63695599441233);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-7919/é', 'usa', 1656, 1785, 15.808930934434674);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 3935, 4712, 16.379784360572298);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'l''été "quoted"', 'usa', 266, 1690, 17.241398368338558);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-15838/é', 'fra', 846, 936, 18.057149201950768);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-15838/é', 'usa', 2945, 3604, 13.225295796682774);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-7919/é', 'deu', 1571, 2030, 36.61546642784295);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-7919/é', 'fra', 1933, 2788, 11.358350245317167);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-7919/é', 'usa', 117, 782, 46.85960179832868);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (2, '2026-10-31', 'web', 'tab	here', 'deu', 313, 1034, 6.273976513280196);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'deu', 3578, 4464, 30.71480669081051);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'fra', 2532, 4475, 4.4202294055733145);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'usa', 2877, 3302, 17.256497296481616);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-15838/é', 'fra', 752, 4232, 28.002966261316338);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-15838/é', 'usa', 258, 744, 37.946034475325916);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-7919/é', 'deu', 35, 128, 53.8451071809207);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-7919/é', 'fra', 1086, 1335, 1.452795113663127);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-7919/é', 'usa', 3084, 4989, 20.665600559948437);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 4322, 4893, 47.05735438989329);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'l''été "quoted"', 'usa', 1009, 1214, 38.00421517449226);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-15838/é', 'fra', 590, 2810, 48.92918619983492);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-15838/é', 'usa', 400, 708, 16.955365862079766);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-7919/é', 'deu', 370, 1202, 48.75176453629224);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-7919/é', 'fra', 232, 2526, 59.35826041557843);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-7919/é', 'usa', 284, 3270, 46.85800880677203);
INSERT INTO gsc.custom_query_country_data_p202610 VALUES (3, '2026-10-31', 'web', 'tab	here', 'deu', 57, 398, 26.919357916321104);


--
-- Data for Name: custom_query_country_data_p202611; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'deu', 1645, 3615, 59.64595989056894);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'fra', 1199, 3729, 6.262070394954419);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'usa', 1615, 3055, 23.37419172770041);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-15838/é', 'fra', 3064, 3295, 25.69862035109535);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-15838/é', 'usa', 634, 4024, 26.679967183225237);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-7919/é', 'deu', 261, 598, 25.150304402368576);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-7919/é', 'fra', 242, 2367, 32.98872257563917);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-7919/é', 'usa', 1757, 2337, 57.977932603141355);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 22, 1275, 43.24216476587031);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'l''été "quoted"', 'usa', 1564, 2312, 19.268048415474276);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-15838/é', 'fra', 1535, 3787, 36.41671388582347);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-15838/é', 'usa', 2601, 3050, 20.36722799794806);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-7919/é', 'deu', 110, 654, 56.66890369811611);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-7919/é', 'fra', 308, 1221, 28.605324651083375);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-7919/é', 'usa', 794, 1293, 15.783360968757528);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (2, '2026-11-01', 'web', 'tab	here', 'deu', 2330, 3711, 45.81462406081853);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'deu', 1646, 2419, 35.84312794960373);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'fra', 2310, 4446, 60.55564592650312);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'usa', 922, 1347, 41.392334049338295);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-15838/é', 'fra', 1358, 2027, 58.39293057299969);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-15838/é', 'usa', 648, 2349, 14.620965781459004);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-7919/é', 'deu', 1028, 2183, 49.10738312670903);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-7919/é', 'fra', 1435, 3706, 53.12075337364189);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-7919/é', 'usa', 1085, 3392, 17.42158617079875);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 434, 1502, 60.82103752480544);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'l''été "quoted"', 'usa', 1395, 2511, 59.91944301980855);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-15838/é', 'fra', 968, 4895, 22.745514650331568);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-15838/é', 'usa', 581, 921, 19.95953510153153);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-7919/é', 'deu', 1381, 2056, 10.575690319633614);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-7919/é', 'fra', 1130, 2639, 16.799260090616762);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-7919/é', 'usa', 2558, 3008, 17.33321419691984);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (3, '2026-11-01', 'web', 'tab	here', 'deu', 1929, 2483, 1.055140262454072);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'deu', 589, 1740, 21.348470660636067);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'fra', 752, 1584, 24.336438781394772);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'usa', 983, 1058, 22.324639602677617);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-15838/é', 'fra', 2072, 2467, 53.54300690597514);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-15838/é', 'usa', 831, 3198, 42.07246886793346);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-7919/é', 'deu', 2522, 2807, 52.502854503249026);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-7919/é', 'fra', 321, 1949, 23.207587496489243);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-7919/é', 'usa', 1033, 4163, 29.96532932419841);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 2628, 4250, 16.616007111830317);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'l''été "quoted"', 'usa', 679, 2940, 33.23459036753534);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-15838/é', 'fra', 3599, 4496, 9.786471246139449);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-15838/é', 'usa', 334, 4612, 38.91465893103088);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-7919/é', 'deu', 1111, 1482, 20.739191859629734);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-7919/é', 'fra', 1161, 1225, 52.85123395169254);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-7919/é', 'usa', 678, 776, 6.301749175595329);
INSERT INTO gsc.custom_query_country_data_p202611 VALUES (1, '2026-11-01', 'web', 'tab	here', 'deu', 2427, 4139, 20.239507314588778);


--
-- Data for Name: lifetime_delta; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (67, 7, 'page', 'sc-domain:example.com', 'image', NULL, 'page-7919/é', '2026-11-01', -1, -2, -1894, -7840, -432046.1629113676);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (68, 7, 'page', 'sc-domain:example.com', 'web', NULL, 'page-0/é', '2026-11-01', -1, -6, -5545, -12554, -330620.66487127123);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (69, 7, 'page', 'sc-domain:example.com', 'web', NULL, 'page-7919/é', '2026-11-01', -1, -2, -3415, -5467, -90959.55549047701);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (70, 7, 'page', 'sc-domain:example.com', 'image', NULL, 'page-0/é', '2026-11-01', -1, -6, -11960, -19208, -571411.5155186192);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (71, 7, 'page', 'sc-domain:example.com', 'image', NULL, 'page-0/é', '2026-11-01', 1, 6, 6200, 13301, 416667.4932767845);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (72, 7, 'page', 'sc-domain:example.com', 'image', NULL, 'page-7919/é', '2026-11-01', 1, 2, 2903, 5665, 266638.3534766919);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (73, 7, 'page', 'sc-domain:example.com', 'web', NULL, 'page-0/é', '2026-11-01', 1, 6, 8684, 14812, 352467.44796797226);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (74, 7, 'page', 'sc-domain:example.com', 'web', NULL, 'page-7919/é', '2026-11-01', 1, 2, 3933, 9108, 223474.3817125574);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (75, 7, 'query_page', 'sc-domain:example.com', 'web', 'query-0/é', 'page-1/é', '2026-11-01', -1, -3, -4298, -7312, -169382.1505771184);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (76, 7, 'query_page', 'sc-domain:example.com', 'image', 'query-7919/é', 'page-7920/é', '2026-11-01', -1, -2, -1894, -7840, -432046.1629113676);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (77, 7, 'query_page', 'sc-domain:example.com', 'web', 'query-7919/é', 'page-7920/é', '2026-11-01', -1, -2, -3415, -5467, -90959.55549047701);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (78, 7, 'query_page', 'sc-domain:example.com', 'image', 'query-0/é', 'page-1/é', '2026-11-01', -1, -6, -11960, -19208, -571411.5155186192);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (79, 7, 'query_page', 'sc-domain:example.com', 'web', 'tab	here', 'page-1/é', '2026-11-01', -1, -1, -177, -728, -3681.090289338845);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (80, 7, 'query_page', 'sc-domain:example.com', 'web', 'l''été "quoted"', 'page-1/é', '2026-11-01', -1, -1, -87, -1957, -109457.87675322003);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (81, 7, 'query_page', 'sc-domain:example.com', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', '2026-11-01', -1, -1, -983, -2557, -48099.54725159395);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (82, 7, 'query_page', 'sc-domain:example.com', 'image', 'query-0/é', 'page-1/é', '2026-11-01', 1, 6, 6200, 13301, 416667.4932767845);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (83, 7, 'query_page', 'sc-domain:example.com', 'image', 'query-7919/é', 'page-7920/é', '2026-11-01', 1, 2, 2903, 5665, 266638.3534766919);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (84, 7, 'query_page', 'sc-domain:example.com', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', '2026-11-01', 1, 1, 2628, 4250, 70618.03022527885);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (85, 7, 'query_page', 'sc-domain:example.com', 'web', 'l''été "quoted"', 'page-1/é', '2026-11-01', 1, 1, 679, 2940, 97709.6956805539);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (86, 7, 'query_page', 'sc-domain:example.com', 'web', 'query-0/é', 'page-1/é', '2026-11-01', 1, 3, 2950, 3483, 100368.40128705661);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (87, 7, 'query_page', 'sc-domain:example.com', 'web', 'query-7919/é', 'page-7920/é', '2026-11-01', 1, 2, 3933, 9108, 223474.3817125574);
INSERT INTO gsc.lifetime_delta OVERRIDING SYSTEM VALUE VALUES (88, 7, 'query_page', 'sc-domain:example.com', 'web', 'tab	here', 'page-1/é', '2026-11-01', 1, 1, 2427, 4139, 83771.32077508295);


--
-- Data for Name: lifetime_page; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.lifetime_page VALUES ('sc-domain:example.com', 'web', 'page-0/é', 12, 13460, 28696, 749095.4489941298, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'image', 'page-0/é', 12, 21618, 36186, 1100656.0660436368, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('sc-domain:example.com', 'image', 'page-0/é', 12, 15647, 30358, 679919.4925008852, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://exämple.org/it''s/', 'web', 'page-7919/é', 4, 7927, 11377, 264595.5985836257, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('sc-domain:example.com', 'image', 'page-7919/é', 4, 2941, 10583, 532042.8301184805, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://exämple.org/it''s/', 'image', 'page-7919/é', 4, 5295, 13638, 323408.95069937024, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('sc-domain:example.com', 'web', 'page-7919/é', 4, 5809, 10904, 122740.3141087638, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'web', 'page-7919/é', 4, 2539, 9334, 279217.43829377217, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://exämple.org/it''s/', 'web', 'page-0/é', 12, 13263, 23502, 617543.492855902, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'image', 'page-7919/é', 4, 3016, 9352, 299447.5217596508, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'web', 'page-0/é', 12, 15101, 27702, 1011512.9403201059, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_page VALUES ('https://exämple.org/it''s/', 'image', 'page-0/é', 12, 13509, 26963, 945970.4619776985, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');


--
-- Data for Name: lifetime_query_page; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.lifetime_query_page VALUES ('sc-domain:example.com', 'image', 'query-7919/é', 'page-7920/é', 4, 2941, 10583, 532042.8301184805, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('sc-domain:example.com', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 2, 1452, 4034, 65666.23848479807, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('sc-domain:example.com', 'web', 'tab	here', 'page-1/é', 2, 2157, 3353, 63904.746860490406, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://exämple.org/it''s/', 'image', 'query-0/é', 'page-1/é', 12, 13509, 26963, 945970.4619776985, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://exämple.org/it''s/', 'web', 'l''été "quoted"', 'page-1/é', 2, 1830, 4002, 73685.69117906869, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 2, 4756, 6395, 321604.83339200565, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://exämple.org/it''s/', 'web', 'query-0/é', 'page-1/é', 6, 4833, 8768, 235037.1360889027, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://exämple.org/it''s/', 'web', 'tab	here', 'page-1/é', 2, 2643, 4745, 176505.3616044293, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'web', 'l''été "quoted"', 'page-1/é', 2, 2404, 3725, 196594.83864457288, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'image', 'query-0/é', 'page-1/é', 12, 21618, 36186, 1100656.0660436368, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('sc-domain:example.com', 'web', 'l''été "quoted"', 'page-1/é', 2, 3356, 5295, 187193.78433729196, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'image', 'query-7919/é', 'page-7920/é', 4, 3016, 9352, 299447.5217596508, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'web', 'query-7919/é', 'page-7920/é', 4, 2539, 9334, 279217.43829377217, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'web', 'tab	here', 'page-1/é', 2, 1986, 2881, 13333.81772236926, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://exämple.org/it''s/', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 2, 3957, 5987, 132315.30398350133, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://exämple.org/it''s/', 'image', 'query-7919/é', 'page-7920/é', 4, 5295, 13638, 323408.95069937024, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('sc-domain:example.com', 'image', 'query-0/é', 'page-1/é', 12, 15647, 30358, 679919.4925008852, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('sc-domain:example.com', 'web', 'query-0/é', 'page-1/é', 6, 6495, 16014, 432330.6793115493, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://exämple.org/it''s/', 'web', 'query-7919/é', 'page-7920/é', 4, 7927, 11377, 264595.5985836257, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('sc-domain:example.com', 'web', 'query-7919/é', 'page-7920/é', 4, 5809, 10904, 122740.3141087638, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');
INSERT INTO gsc.lifetime_query_page VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', 'web', 'query-0/é', 'page-1/é', 6, 5955, 14701, 479979.4505611581, DEFAULT, DEFAULT, '2026-10-31', '2026-11-01', 2, '2026-11-30 20:26:49.855714+00');


--
-- Data for Name: load_ledger; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'image', 'property_daily', 1, 133, 871, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'web', 'property_daily', 1, 681, 899, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'image', 'page_daily', 8, 4734, 13893, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'web', 'page_daily', 8, 10309, 21579, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'image', 'query_daily', 8, 4734, 13893, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'web', 'query_daily', 8, 10309, 21579, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'image', 'query_page_daily', 8, 4734, 13893, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'web', 'query_page_daily', 8, 10309, 21579, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'image', 'appearance_daily', 8, 4734, 13893, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'web', 'appearance_daily', 8, 10309, 21579, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'image', 'custom_query_country', 8, 4734, 13893, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'web', 'custom_query_country', 8, 10309, 21579, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'image', 'custom_hourly_page', 8, 4734, 13893, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-10-31', 'web', 'custom_hourly_page', 8, 10309, 21579, 3, 0, 0, 0, 0.049464849000059985, 'final', 'frozen', 1, '2026-11-30 20:26:49.694706+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'image', 'property_daily', 1, 1337, 2773, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'web', 'property_daily', 1, 3147, 4131, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'image', 'page_daily', 8, 8387, 17581, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'web', 'page_daily', 8, 11926, 17576, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'image', 'query_daily', 8, 8387, 17581, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'web', 'query_daily', 8, 11926, 17576, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'image', 'query_page_daily', 8, 8387, 17581, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'web', 'query_page_daily', 8, 11926, 17576, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'image', 'appearance_daily', 8, 8387, 17581, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'web', 'appearance_daily', 8, 11926, 17576, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'image', 'custom_query_country', 8, 8387, 17581, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'web', 'custom_query_country', 8, 11926, 17576, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'image', 'custom_hourly_page', 8, 8387, 17581, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-10-31', 'web', 'custom_hourly_page', 8, 11926, 17576, 3, 0, 0, 0, 0.0173374139999396, 'final', 'frozen', 3, '2026-11-30 20:26:49.774523+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'image', 'property_daily', 1, 1042, 4161, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'web', 'property_daily', 1, 94, 270, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'image', 'page_daily', 8, 10417, 23020, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'web', 'page_daily', 8, 9264, 17303, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'image', 'query_daily', 8, 10417, 23020, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'web', 'query_daily', 8, 9264, 17303, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'image', 'query_page_daily', 8, 10417, 23020, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'web', 'query_page_daily', 8, 9264, 17303, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'image', 'appearance_daily', 8, 10417, 23020, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'web', 'appearance_daily', 8, 9264, 17303, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'image', 'custom_query_country', 8, 10417, 23020, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'web', 'custom_query_country', 8, 9264, 17303, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'image', 'custom_hourly_page', 8, 10417, 23020, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://exämple.org/it''s/', '2026-11-01', 'web', 'custom_hourly_page', 8, 9264, 17303, 3, 0, 0, 0, 0.013641201000154979, 'final', 'frozen', 4, '2026-11-30 20:26:49.793419+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'image', 'property_daily', 1, 3164, 4809, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'web', 'property_daily', 1, 2200, 3844, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'image', 'page_daily', 8, 14202, 23669, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'web', 'page_daily', 8, 7264, 17021, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'image', 'query_daily', 8, 14202, 23669, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'web', 'query_daily', 8, 7264, 17021, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'image', 'query_page_daily', 8, 14202, 23669, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'web', 'query_page_daily', 8, 7264, 17021, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'image', 'appearance_daily', 8, 14202, 23669, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'web', 'appearance_daily', 8, 7264, 17021, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'image', 'custom_query_country', 8, 14202, 23669, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'web', 'custom_query_country', 8, 7264, 17021, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'image', 'custom_hourly_page', 8, 14202, 23669, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-10-31', 'web', 'custom_hourly_page', 8, 7264, 17021, 3, 0, 0, 0, 0.017051199999968958, 'final', 'frozen', 5, '2026-11-30 20:26:49.81543+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'image', 'property_daily', 1, 1507, 2586, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'web', 'property_daily', 1, 3418, 4165, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'image', 'page_daily', 8, 10432, 21869, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'web', 'page_daily', 8, 10376, 20015, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'image', 'query_daily', 8, 10432, 21869, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'web', 'query_daily', 8, 10376, 20015, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'image', 'query_page_daily', 8, 10432, 21869, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'web', 'query_page_daily', 8, 10376, 20015, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'image', 'appearance_daily', 8, 10432, 21869, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'web', 'appearance_daily', 8, 10376, 20015, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'image', 'custom_query_country', 8, 10432, 21869, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'web', 'custom_query_country', 8, 10376, 20015, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'image', 'custom_hourly_page', 8, 10432, 21869, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/', '2026-11-01', 'web', 'custom_hourly_page', 8, 10376, 20015, 3, 0, 0, 0, 0.015944981999837182, 'final', 'frozen', 6, '2026-11-30 20:26:49.836459+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'image', 'property_daily', 1, 156, 614, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'web', 'property_daily', 1, 668, 1423, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'image', 'page_daily', 8, 9103, 18966, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'web', 'page_daily', 8, 12617, 23920, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'image', 'query_daily', 8, 9103, 18966, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'web', 'query_daily', 8, 12617, 23920, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'image', 'query_page_daily', 8, 9103, 18966, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'web', 'query_page_daily', 8, 12617, 23920, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'image', 'appearance_daily', 8, 9103, 18966, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'web', 'appearance_daily', 8, 12617, 23920, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'image', 'custom_query_country', 8, 9103, 18966, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'web', 'custom_query_country', 8, 12617, 23920, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'image', 'custom_hourly_page', 8, 9103, 18966, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');
INSERT INTO gsc.load_ledger VALUES ('sc-domain:example.com', '2026-11-01', 'web', 'custom_hourly_page', 8, 12617, 23920, 0, 0, 0, 0, 0.011832120999997642, 'final', 'frozen-reload', 7, '2026-11-30 20:26:49.876884+00', 'api');


--
-- Data for Name: page_daily_data_default; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: page_daily_data_p202610; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-0/é', 'deu', 'DESKTOP', 44, 654, 29.97112909425126);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-0/é', 'deu', 'MOBILE', 581, 903, 7.941917568293993);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-0/é', 'fra', 'DESKTOP', 80, 552, 18.678514865271815);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-0/é', 'fra', 'MOBILE', 1778, 2936, 10.49734997806038);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-0/é', 'usa', 'DESKTOP', 738, 4543, 5.0701962295895955);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-0/é', 'usa', 'MOBILE', 466, 1562, 11.248812918191625);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-7919/é', 'fra', 'MOBILE', 703, 1725, 50.42550100813118);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'page-7919/é', 'usa', 'MOBILE', 344, 1018, 12.782591324250067);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-0/é', 'deu', 'DESKTOP', 1335, 3058, 23.982588550643193);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-0/é', 'deu', 'MOBILE', 1980, 2625, 22.94234536043869);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-0/é', 'fra', 'DESKTOP', 827, 3664, 33.78314039048739);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-0/é', 'fra', 'MOBILE', 469, 1477, 11.893494402981807);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-0/é', 'usa', 'DESKTOP', 35, 1980, 33.24663967465566);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-0/é', 'usa', 'MOBILE', 3269, 3338, 23.288168838847188);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-7919/é', 'fra', 'MOBILE', 663, 737, 14.115370470132891);
INSERT INTO gsc.page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'page-7919/é', 'usa', 'MOBILE', 1731, 4700, 4.548453315276352);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-0/é', 'deu', 'DESKTOP', 276, 319, 30.397498404988106);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-0/é', 'deu', 'MOBILE', 661, 2035, 6.4612301692025085);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-0/é', 'fra', 'DESKTOP', 2128, 3980, 59.63695599441233);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-0/é', 'fra', 'MOBILE', 1068, 1481, 53.542125336461694);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-0/é', 'usa', 'DESKTOP', 1656, 1785, 15.808930934434674);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-0/é', 'usa', 'MOBILE', 1001, 1662, 23.620315460373764);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-7919/é', 'fra', 'MOBILE', 616, 2192, 15.018050334952395);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'page-7919/é', 'usa', 'MOBILE', 981, 4127, 23.85564389701892);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-0/é', 'deu', 'DESKTOP', 1571, 2030, 36.61546642784295);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-0/é', 'deu', 'MOBILE', 313, 1034, 6.273976513280196);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-0/é', 'fra', 'DESKTOP', 1933, 2788, 11.358350245317167);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-0/é', 'fra', 'MOBILE', 3935, 4712, 16.379784360572298);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-0/é', 'usa', 'DESKTOP', 117, 782, 46.85960179832868);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-0/é', 'usa', 'MOBILE', 266, 1690, 17.241398368338558);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-7919/é', 'fra', 'MOBILE', 846, 936, 18.057149201950768);
INSERT INTO gsc.page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'page-7919/é', 'usa', 'MOBILE', 2945, 3604, 13.225295796682774);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-0/é', 'deu', 'DESKTOP', 35, 128, 53.8451071809207);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-0/é', 'deu', 'MOBILE', 3578, 4464, 30.71480669081051);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-0/é', 'fra', 'DESKTOP', 1086, 1335, 1.452795113663127);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-0/é', 'fra', 'MOBILE', 2532, 4475, 4.4202294055733145);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-0/é', 'usa', 'DESKTOP', 3084, 4989, 20.665600559948437);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-0/é', 'usa', 'MOBILE', 2877, 3302, 17.256497296481616);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-7919/é', 'fra', 'MOBILE', 752, 4232, 28.002966261316338);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'page-7919/é', 'usa', 'MOBILE', 258, 744, 37.946034475325916);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-0/é', 'deu', 'DESKTOP', 370, 1202, 48.75176453629224);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-0/é', 'deu', 'MOBILE', 57, 398, 26.919357916321104);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-0/é', 'fra', 'DESKTOP', 232, 2526, 59.35826041557843);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-0/é', 'fra', 'MOBILE', 4322, 4893, 47.05735438989329);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-0/é', 'usa', 'DESKTOP', 284, 3270, 46.85800880677203);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-0/é', 'usa', 'MOBILE', 1009, 1214, 38.00421517449226);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-7919/é', 'fra', 'MOBILE', 590, 2810, 48.92918619983492);
INSERT INTO gsc.page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'page-7919/é', 'usa', 'MOBILE', 400, 708, 16.955365862079766);


--
-- Data for Name: page_daily_data_p202611; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-0/é', 'deu', 'DESKTOP', 261, 598, 25.150304402368576);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-0/é', 'deu', 'MOBILE', 1645, 3615, 59.64595989056894);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-0/é', 'fra', 'DESKTOP', 242, 2367, 32.98872257563917);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-0/é', 'fra', 'MOBILE', 1199, 3729, 6.262070394954419);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-0/é', 'usa', 'DESKTOP', 1757, 2337, 57.977932603141355);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-0/é', 'usa', 'MOBILE', 1615, 3055, 23.37419172770041);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-7919/é', 'fra', 'MOBILE', 3064, 3295, 25.69862035109535);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'page-7919/é', 'usa', 'MOBILE', 634, 4024, 26.679967183225237);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-0/é', 'deu', 'DESKTOP', 110, 654, 56.66890369811611);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-0/é', 'deu', 'MOBILE', 2330, 3711, 45.81462406081853);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-0/é', 'fra', 'DESKTOP', 308, 1221, 28.605324651083375);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-0/é', 'fra', 'MOBILE', 22, 1275, 43.24216476587031);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-0/é', 'usa', 'DESKTOP', 794, 1293, 15.783360968757528);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-0/é', 'usa', 'MOBILE', 1564, 2312, 19.268048415474276);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-7919/é', 'fra', 'MOBILE', 1535, 3787, 36.41671388582347);
INSERT INTO gsc.page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'page-7919/é', 'usa', 'MOBILE', 2601, 3050, 20.36722799794806);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-0/é', 'deu', 'DESKTOP', 1028, 2183, 49.10738312670903);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-0/é', 'deu', 'MOBILE', 1646, 2419, 35.84312794960373);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-0/é', 'fra', 'DESKTOP', 1435, 3706, 53.12075337364189);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-0/é', 'fra', 'MOBILE', 2310, 4446, 60.55564592650312);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-0/é', 'usa', 'DESKTOP', 1085, 3392, 17.42158617079875);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-0/é', 'usa', 'MOBILE', 922, 1347, 41.392334049338295);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-7919/é', 'fra', 'MOBILE', 1358, 2027, 58.39293057299969);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'page-7919/é', 'usa', 'MOBILE', 648, 2349, 14.620965781459004);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-0/é', 'deu', 'DESKTOP', 1381, 2056, 10.575690319633614);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-0/é', 'deu', 'MOBILE', 1929, 2483, 1.055140262454072);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-0/é', 'fra', 'DESKTOP', 1130, 2639, 16.799260090616762);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-0/é', 'fra', 'MOBILE', 434, 1502, 60.82103752480544);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-0/é', 'usa', 'DESKTOP', 2558, 3008, 17.33321419691984);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-0/é', 'usa', 'MOBILE', 1395, 2511, 59.91944301980855);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-7919/é', 'fra', 'MOBILE', 968, 4895, 22.745514650331568);
INSERT INTO gsc.page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'page-7919/é', 'usa', 'MOBILE', 581, 921, 19.95953510153153);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-0/é', 'deu', 'DESKTOP', 2522, 2807, 52.502854503249026);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-0/é', 'deu', 'MOBILE', 589, 1740, 21.348470660636067);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-0/é', 'fra', 'DESKTOP', 321, 1949, 23.207587496489243);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-0/é', 'fra', 'MOBILE', 752, 1584, 24.336438781394772);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-0/é', 'usa', 'DESKTOP', 1033, 4163, 29.96532932419841);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-0/é', 'usa', 'MOBILE', 983, 1058, 22.324639602677617);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-7919/é', 'fra', 'MOBILE', 2072, 2467, 53.54300690597514);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'page-7919/é', 'usa', 'MOBILE', 831, 3198, 42.07246886793346);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-0/é', 'deu', 'DESKTOP', 1111, 1482, 20.739191859629734);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-0/é', 'deu', 'MOBILE', 2427, 4139, 20.239507314588778);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-0/é', 'fra', 'DESKTOP', 1161, 1225, 52.85123395169254);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-0/é', 'fra', 'MOBILE', 2628, 4250, 16.616007111830317);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-0/é', 'usa', 'DESKTOP', 678, 776, 6.301749175595329);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-0/é', 'usa', 'MOBILE', 679, 2940, 33.23459036753534);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-7919/é', 'fra', 'MOBILE', 3599, 4496, 9.786471246139449);
INSERT INTO gsc.page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'page-7919/é', 'usa', 'MOBILE', 334, 4612, 38.91465893103088);


--
-- Data for Name: property_daily_data; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.property_daily_data VALUES (1, '2026-10-31', 'image', 133, 871, 40.56088594366543);
INSERT INTO gsc.property_daily_data VALUES (1, '2026-10-31', 'web', 681, 899, 37.70089962761233);
INSERT INTO gsc.property_daily_data VALUES (2, '2026-10-31', 'image', 1337, 2773, 16.825741400059876);
INSERT INTO gsc.property_daily_data VALUES (2, '2026-10-31', 'web', 3147, 4131, 14.442376824300341);
INSERT INTO gsc.property_daily_data VALUES (2, '2026-11-01', 'image', 1042, 4161, 1.192490710827058);
INSERT INTO gsc.property_daily_data VALUES (2, '2026-11-01', 'web', 94, 270, 13.455678711027074);
INSERT INTO gsc.property_daily_data VALUES (3, '2026-10-31', 'image', 3164, 4809, 7.677413013480093);
INSERT INTO gsc.property_daily_data VALUES (3, '2026-10-31', 'web', 2200, 3844, 10.346068371366645);
INSERT INTO gsc.property_daily_data VALUES (3, '2026-11-01', 'image', 1507, 2586, 49.15856008775423);
INSERT INTO gsc.property_daily_data VALUES (3, '2026-11-01', 'web', 3418, 4165, 41.504296450695335);
INSERT INTO gsc.property_daily_data VALUES (1, '2026-11-01', 'image', 156, 614, 8.61835191028402);
INSERT INTO gsc.property_daily_data VALUES (1, '2026-11-01', 'web', 668, 1423, 37.75987348874266);


--
-- Data for Name: query_daily_data_default; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: query_daily_data_p202610; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'deu', 'DESKTOP', 44, 654, 29.97112909425126);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'deu', 'MOBILE', 581, 903, 7.941917568293993);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'fra', 'DESKTOP', 80, 552, 18.678514865271815);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'fra', 'MOBILE', 1778, 2936, 10.49734997806038);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'usa', 'DESKTOP', 738, 4543, 5.0701962295895955);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'usa', 'MOBILE', 466, 1562, 11.248812918191625);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-7919/é', 'fra', 'MOBILE', 703, 1725, 50.42550100813118);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-7919/é', 'usa', 'MOBILE', 344, 1018, 12.782591324250067);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 'MOBILE', 469, 1477, 11.893494402981807);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'l''été "quoted"', 'usa', 'MOBILE', 3269, 3338, 23.288168838847188);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-0/é', 'deu', 'DESKTOP', 1335, 3058, 23.982588550643193);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-0/é', 'fra', 'DESKTOP', 827, 3664, 33.78314039048739);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-0/é', 'usa', 'DESKTOP', 35, 1980, 33.24663967465566);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-7919/é', 'fra', 'MOBILE', 663, 737, 14.115370470132891);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-7919/é', 'usa', 'MOBILE', 1731, 4700, 4.548453315276352);
INSERT INTO gsc.query_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'tab	here', 'deu', 'MOBILE', 1980, 2625, 22.94234536043869);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'deu', 'DESKTOP', 276, 319, 30.397498404988106);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'deu', 'MOBILE', 661, 2035, 6.4612301692025085);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'fra', 'DESKTOP', 2128, 3980, 59.63695599441233);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'fra', 'MOBILE', 1068, 1481, 53.542125336461694);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'usa', 'DESKTOP', 1656, 1785, 15.808930934434674);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'usa', 'MOBILE', 1001, 1662, 23.620315460373764);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-7919/é', 'fra', 'MOBILE', 616, 2192, 15.018050334952395);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-7919/é', 'usa', 'MOBILE', 981, 4127, 23.85564389701892);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 'MOBILE', 3935, 4712, 16.379784360572298);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'l''été "quoted"', 'usa', 'MOBILE', 266, 1690, 17.241398368338558);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-0/é', 'deu', 'DESKTOP', 1571, 2030, 36.61546642784295);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-0/é', 'fra', 'DESKTOP', 1933, 2788, 11.358350245317167);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-0/é', 'usa', 'DESKTOP', 117, 782, 46.85960179832868);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-7919/é', 'fra', 'MOBILE', 846, 936, 18.057149201950768);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-7919/é', 'usa', 'MOBILE', 2945, 3604, 13.225295796682774);
INSERT INTO gsc.query_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'tab	here', 'deu', 'MOBILE', 313, 1034, 6.273976513280196);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'deu', 'DESKTOP', 35, 128, 53.8451071809207);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'deu', 'MOBILE', 3578, 4464, 30.71480669081051);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'fra', 'DESKTOP', 1086, 1335, 1.452795113663127);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'fra', 'MOBILE', 2532, 4475, 4.4202294055733145);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'usa', 'DESKTOP', 3084, 4989, 20.665600559948437);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'usa', 'MOBILE', 2877, 3302, 17.256497296481616);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-7919/é', 'fra', 'MOBILE', 752, 4232, 28.002966261316338);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-7919/é', 'usa', 'MOBILE', 258, 744, 37.946034475325916);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 'MOBILE', 4322, 4893, 47.05735438989329);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'l''été "quoted"', 'usa', 'MOBILE', 1009, 1214, 38.00421517449226);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-0/é', 'deu', 'DESKTOP', 370, 1202, 48.75176453629224);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-0/é', 'fra', 'DESKTOP', 232, 2526, 59.35826041557843);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-0/é', 'usa', 'DESKTOP', 284, 3270, 46.85800880677203);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-7919/é', 'fra', 'MOBILE', 590, 2810, 48.92918619983492);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-7919/é', 'usa', 'MOBILE', 400, 708, 16.955365862079766);
INSERT INTO gsc.query_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'tab	here', 'deu', 'MOBILE', 57, 398, 26.919357916321104);


--
-- Data for Name: query_daily_data_p202611; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'deu', 'DESKTOP', 261, 598, 25.150304402368576);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'deu', 'MOBILE', 1645, 3615, 59.64595989056894);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'fra', 'DESKTOP', 242, 2367, 32.98872257563917);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'fra', 'MOBILE', 1199, 3729, 6.262070394954419);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'usa', 'DESKTOP', 1757, 2337, 57.977932603141355);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'usa', 'MOBILE', 1615, 3055, 23.37419172770041);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-7919/é', 'fra', 'MOBILE', 3064, 3295, 25.69862035109535);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-7919/é', 'usa', 'MOBILE', 634, 4024, 26.679967183225237);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 'MOBILE', 22, 1275, 43.24216476587031);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'l''été "quoted"', 'usa', 'MOBILE', 1564, 2312, 19.268048415474276);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-0/é', 'deu', 'DESKTOP', 110, 654, 56.66890369811611);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-0/é', 'fra', 'DESKTOP', 308, 1221, 28.605324651083375);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-0/é', 'usa', 'DESKTOP', 794, 1293, 15.783360968757528);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-7919/é', 'fra', 'MOBILE', 1535, 3787, 36.41671388582347);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-7919/é', 'usa', 'MOBILE', 2601, 3050, 20.36722799794806);
INSERT INTO gsc.query_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'tab	here', 'deu', 'MOBILE', 2330, 3711, 45.81462406081853);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'deu', 'DESKTOP', 1028, 2183, 49.10738312670903);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'deu', 'MOBILE', 1646, 2419, 35.84312794960373);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'fra', 'DESKTOP', 1435, 3706, 53.12075337364189);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'fra', 'MOBILE', 2310, 4446, 60.55564592650312);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'usa', 'DESKTOP', 1085, 3392, 17.42158617079875);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'usa', 'MOBILE', 922, 1347, 41.392334049338295);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-7919/é', 'fra', 'MOBILE', 1358, 2027, 58.39293057299969);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-7919/é', 'usa', 'MOBILE', 648, 2349, 14.620965781459004);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 'MOBILE', 434, 1502, 60.82103752480544);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'l''été "quoted"', 'usa', 'MOBILE', 1395, 2511, 59.91944301980855);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-0/é', 'deu', 'DESKTOP', 1381, 2056, 10.575690319633614);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-0/é', 'fra', 'DESKTOP', 1130, 2639, 16.799260090616762);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-0/é', 'usa', 'DESKTOP', 2558, 3008, 17.33321419691984);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-7919/é', 'fra', 'MOBILE', 968, 4895, 22.745514650331568);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-7919/é', 'usa', 'MOBILE', 581, 921, 19.95953510153153);
INSERT INTO gsc.query_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'tab	here', 'deu', 'MOBILE', 1929, 2483, 1.055140262454072);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'deu', 'DESKTOP', 2522, 2807, 52.502854503249026);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'deu', 'MOBILE', 589, 1740, 21.348470660636067);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'fra', 'DESKTOP', 321, 1949, 23.207587496489243);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'fra', 'MOBILE', 752, 1584, 24.336438781394772);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'usa', 'DESKTOP', 1033, 4163, 29.96532932419841);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'usa', 'MOBILE', 983, 1058, 22.324639602677617);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-7919/é', 'fra', 'MOBILE', 2072, 2467, 53.54300690597514);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-7919/é', 'usa', 'MOBILE', 831, 3198, 42.07246886793346);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'fra', 'MOBILE', 2628, 4250, 16.616007111830317);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'l''été "quoted"', 'usa', 'MOBILE', 679, 2940, 33.23459036753534);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-0/é', 'deu', 'DESKTOP', 1111, 1482, 20.739191859629734);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-0/é', 'fra', 'DESKTOP', 1161, 1225, 52.85123395169254);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-0/é', 'usa', 'DESKTOP', 678, 776, 6.301749175595329);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-7919/é', 'fra', 'MOBILE', 3599, 4496, 9.786471246139449);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-7919/é', 'usa', 'MOBILE', 334, 4612, 38.91465893103088);
INSERT INTO gsc.query_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'tab	here', 'deu', 'MOBILE', 2427, 4139, 20.239507314588778);


--
-- Data for Name: query_page_daily_data_default; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: query_page_daily_data_p202610; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 44, 654, 29.97112909425126);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'deu', 'MOBILE', 581, 903, 7.941917568293993);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 80, 552, 18.678514865271815);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'fra', 'MOBILE', 1778, 2936, 10.49734997806038);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 738, 4543, 5.0701962295895955);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'usa', 'MOBILE', 466, 1562, 11.248812918191625);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 703, 1725, 50.42550100813118);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'image', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 344, 1018, 12.782591324250067);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 'fra', 'MOBILE', 469, 1477, 11.893494402981807);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'l''été "quoted"', 'page-1/é', 'usa', 'MOBILE', 3269, 3338, 23.288168838847188);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 1335, 3058, 23.982588550643193);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 827, 3664, 33.78314039048739);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 35, 1980, 33.24663967465566);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 663, 737, 14.115370470132891);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 1731, 4700, 4.548453315276352);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (1, '2026-10-31', 'web', 'tab	here', 'page-1/é', 'deu', 'MOBILE', 1980, 2625, 22.94234536043869);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 276, 319, 30.397498404988106);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'deu', 'MOBILE', 661, 2035, 6.4612301692025085);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 2128, 3980, 59.63695599441233);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'fra', 'MOBILE', 1068, 1481, 53.542125336461694);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 1656, 1785, 15.808930934434674);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'usa', 'MOBILE', 1001, 1662, 23.620315460373764);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 616, 2192, 15.018050334952395);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'image', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 981, 4127, 23.85564389701892);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 'fra', 'MOBILE', 3935, 4712, 16.379784360572298);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'l''été "quoted"', 'page-1/é', 'usa', 'MOBILE', 266, 1690, 17.241398368338558);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 1571, 2030, 36.61546642784295);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 1933, 2788, 11.358350245317167);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 117, 782, 46.85960179832868);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 846, 936, 18.057149201950768);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 2945, 3604, 13.225295796682774);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (2, '2026-10-31', 'web', 'tab	here', 'page-1/é', 'deu', 'MOBILE', 313, 1034, 6.273976513280196);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 35, 128, 53.8451071809207);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'deu', 'MOBILE', 3578, 4464, 30.71480669081051);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 1086, 1335, 1.452795113663127);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'fra', 'MOBILE', 2532, 4475, 4.4202294055733145);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 3084, 4989, 20.665600559948437);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-0/é', 'page-1/é', 'usa', 'MOBILE', 2877, 3302, 17.256497296481616);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 752, 4232, 28.002966261316338);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'image', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 258, 744, 37.946034475325916);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 'fra', 'MOBILE', 4322, 4893, 47.05735438989329);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'l''été "quoted"', 'page-1/é', 'usa', 'MOBILE', 1009, 1214, 38.00421517449226);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 370, 1202, 48.75176453629224);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 232, 2526, 59.35826041557843);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 284, 3270, 46.85800880677203);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 590, 2810, 48.92918619983492);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 400, 708, 16.955365862079766);
INSERT INTO gsc.query_page_daily_data_p202610 VALUES (3, '2026-10-31', 'web', 'tab	here', 'page-1/é', 'deu', 'MOBILE', 57, 398, 26.919357916321104);


--
-- Data for Name: query_page_daily_data_p202611; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 261, 598, 25.150304402368576);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'deu', 'MOBILE', 1645, 3615, 59.64595989056894);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 242, 2367, 32.98872257563917);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'fra', 'MOBILE', 1199, 3729, 6.262070394954419);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 1757, 2337, 57.977932603141355);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'usa', 'MOBILE', 1615, 3055, 23.37419172770041);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 3064, 3295, 25.69862035109535);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'image', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 634, 4024, 26.679967183225237);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 'fra', 'MOBILE', 22, 1275, 43.24216476587031);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'l''été "quoted"', 'page-1/é', 'usa', 'MOBILE', 1564, 2312, 19.268048415474276);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 110, 654, 56.66890369811611);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 308, 1221, 28.605324651083375);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 794, 1293, 15.783360968757528);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 1535, 3787, 36.41671388582347);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 2601, 3050, 20.36722799794806);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (2, '2026-11-01', 'web', 'tab	here', 'page-1/é', 'deu', 'MOBILE', 2330, 3711, 45.81462406081853);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 1028, 2183, 49.10738312670903);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'deu', 'MOBILE', 1646, 2419, 35.84312794960373);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 1435, 3706, 53.12075337364189);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'fra', 'MOBILE', 2310, 4446, 60.55564592650312);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 1085, 3392, 17.42158617079875);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'usa', 'MOBILE', 922, 1347, 41.392334049338295);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 1358, 2027, 58.39293057299969);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'image', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 648, 2349, 14.620965781459004);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 'fra', 'MOBILE', 434, 1502, 60.82103752480544);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'l''été "quoted"', 'page-1/é', 'usa', 'MOBILE', 1395, 2511, 59.91944301980855);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 1381, 2056, 10.575690319633614);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 1130, 2639, 16.799260090616762);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 2558, 3008, 17.33321419691984);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 968, 4895, 22.745514650331568);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 581, 921, 19.95953510153153);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (3, '2026-11-01', 'web', 'tab	here', 'page-1/é', 'deu', 'MOBILE', 1929, 2483, 1.055140262454072);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 2522, 2807, 52.502854503249026);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'deu', 'MOBILE', 589, 1740, 21.348470660636067);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 321, 1949, 23.207587496489243);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'fra', 'MOBILE', 752, 1584, 24.336438781394772);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 1033, 4163, 29.96532932419841);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-0/é', 'page-1/é', 'usa', 'MOBILE', 983, 1058, 22.324639602677617);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 2072, 2467, 53.54300690597514);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'image', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 831, 3198, 42.07246886793346);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'emoji 🦀 ZWJ 👩‍💻', 'page-1/é', 'fra', 'MOBILE', 2628, 4250, 16.616007111830317);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'l''été "quoted"', 'page-1/é', 'usa', 'MOBILE', 679, 2940, 33.23459036753534);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'deu', 'DESKTOP', 1111, 1482, 20.739191859629734);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'fra', 'DESKTOP', 1161, 1225, 52.85123395169254);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-0/é', 'page-1/é', 'usa', 'DESKTOP', 678, 776, 6.301749175595329);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-7919/é', 'page-7920/é', 'fra', 'MOBILE', 3599, 4496, 9.786471246139449);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'query-7919/é', 'page-7920/é', 'usa', 'MOBILE', 334, 4612, 38.91465893103088);
INSERT INTO gsc.query_page_daily_data_p202611 VALUES (1, '2026-11-01', 'web', 'tab	here', 'page-1/é', 'deu', 'MOBILE', 2427, 4139, 20.239507314588778);


--
-- Data for Name: quota_grant; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: quota_pause; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.schema_migrations VALUES ('0001', 'base', '0db03f60a8393339a83fb6bbf47e877d9ac88989b026997e4b15f60541b2915e', '2026-11-30 20:26:49.546257+00');
INSERT INTO gsc.schema_migrations VALUES ('0002', 'quota', 'f52332f8b750526e7b3b65e92dfbff69eb4edf7d69c22136e3ee9771472b5fc3', '2026-11-30 20:26:49.546257+00');
INSERT INTO gsc.schema_migrations VALUES ('0003', 'lifetime', 'e16d3ce3ad063e0361172381886e52b3a1fbfb3e76565e86502c1b5531a75f42', '2026-11-30 20:26:49.546257+00');
INSERT INTO gsc.schema_migrations VALUES ('0004', 'keyed_layout', 'e3f7488bbc6eed20d337f650e1725cb3a30aa4acbaa72bb5c28af7be04eca1b7', '2026-11-30 20:26:49.546257+00');
INSERT INTO gsc.schema_migrations VALUES ('0005', 'inventory', '6b4723eb91c9d732941a41c9d5b86b3f5f7bb975e43e3a3dba3f7361dfef84af', '2026-11-30 20:26:49.546257+00');
INSERT INTO gsc.schema_migrations VALUES ('0006', 'daily_partitions_view', '03840cc6bed0229570bf1f1722089ca30617df2720005a61312169ae3ae646c5', '2026-11-30 20:26:49.546257+00');
INSERT INTO gsc.schema_migrations VALUES ('0007', 'ledger_source', '0ac3de273ba287ea95ac7ffb0377c8de72342f40caa4b97f2e2aff97f35778fb', '2026-11-30 20:26:49.546257+00');


--
-- Data for Name: site_key; Type: TABLE DATA; Schema: gsc; Owner: -
--

INSERT INTO gsc.site_key OVERRIDING SYSTEM VALUE VALUES (1, 'sc-domain:example.com');
INSERT INTO gsc.site_key OVERRIDING SYSTEM VALUE VALUES (2, 'https://exämple.org/it''s/');
INSERT INTO gsc.site_key OVERRIDING SYSTEM VALUE VALUES (3, 'https://long.example/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp/');


--
-- Data for Name: sitemaps; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Data for Name: sites; Type: TABLE DATA; Schema: gsc; Owner: -
--



--
-- Name: lifetime_delta_id_seq; Type: SEQUENCE SET; Schema: gsc; Owner: -
--

SELECT pg_catalog.setval('gsc.lifetime_delta_id_seq', 88, true);


--
-- Name: load_seq; Type: SEQUENCE SET; Schema: gsc; Owner: -
--

SELECT pg_catalog.setval('gsc.load_seq', 7, true);


--
-- Name: site_key_id_seq; Type: SEQUENCE SET; Schema: gsc; Owner: -
--

SELECT pg_catalog.setval('gsc.site_key_id_seq', 3, true);


--
-- Name: lifetime_delta lifetime_delta_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.lifetime_delta
    ADD CONSTRAINT lifetime_delta_pkey PRIMARY KEY (id);


--
-- Name: lifetime_page lifetime_page_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.lifetime_page
    ADD CONSTRAINT lifetime_page_pkey PRIMARY KEY (site_url, search_type, page);


--
-- Name: lifetime_query_page lifetime_query_page_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.lifetime_query_page
    ADD CONSTRAINT lifetime_query_page_pkey PRIMARY KEY (site_url, search_type, query, page);


--
-- Name: load_ledger load_ledger_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.load_ledger
    ADD CONSTRAINT load_ledger_pkey PRIMARY KEY (site_url, date, search_type, report);


--
-- Name: quota_pause quota_pause_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.quota_pause
    ADD CONSTRAINT quota_pause_pkey PRIMARY KEY (bucket);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: site_key site_key_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.site_key
    ADD CONSTRAINT site_key_pkey PRIMARY KEY (id);


--
-- Name: sitemaps sitemaps_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.sitemaps
    ADD CONSTRAINT sitemaps_pkey PRIMARY KEY (site_url, path);


--
-- Name: sites sites_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.sites
    ADD CONSTRAINT sites_pkey PRIMARY KEY (site_url, principal);


--
-- Name: appearance_daily_data_site_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX appearance_daily_data_site_date_idx ON gsc.appearance_daily_data USING btree (site_id, date);


--
-- Name: custom_hourly_page_data_site_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_site_date_idx ON ONLY gsc.custom_hourly_page_data USING btree (site_id, date);


--
-- Name: custom_hourly_page_data_default_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_default_site_id_date_idx ON gsc.custom_hourly_page_data_default USING btree (site_id, date);


--
-- Name: custom_hourly_page_data_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_site_page_idx ON ONLY gsc.custom_hourly_page_data USING btree (site_id, page, date);


--
-- Name: custom_hourly_page_data_default_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_default_site_id_page_date_idx ON gsc.custom_hourly_page_data_default USING btree (site_id, page, date);


--
-- Name: custom_hourly_page_data_p202610_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_p202610_site_id_date_idx ON gsc.custom_hourly_page_data_p202610 USING btree (site_id, date);


--
-- Name: custom_hourly_page_data_p202610_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_p202610_site_id_page_date_idx ON gsc.custom_hourly_page_data_p202610 USING btree (site_id, page, date);


--
-- Name: custom_hourly_page_data_p202611_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_p202611_site_id_date_idx ON gsc.custom_hourly_page_data_p202611 USING btree (site_id, date);


--
-- Name: custom_hourly_page_data_p202611_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_data_p202611_site_id_page_date_idx ON gsc.custom_hourly_page_data_p202611 USING btree (site_id, page, date);


--
-- Name: custom_query_country_data_site_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_site_date_idx ON ONLY gsc.custom_query_country_data USING btree (site_id, date);


--
-- Name: custom_query_country_data_default_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_default_site_id_date_idx ON gsc.custom_query_country_data_default USING btree (site_id, date);


--
-- Name: custom_query_country_data_site_query_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_site_query_idx ON ONLY gsc.custom_query_country_data USING btree (site_id, query, date);


--
-- Name: custom_query_country_data_default_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_default_site_id_query_date_idx ON gsc.custom_query_country_data_default USING btree (site_id, query, date);


--
-- Name: custom_query_country_data_p202610_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_p202610_site_id_date_idx ON gsc.custom_query_country_data_p202610 USING btree (site_id, date);


--
-- Name: custom_query_country_data_p202610_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_p202610_site_id_query_date_idx ON gsc.custom_query_country_data_p202610 USING btree (site_id, query, date);


--
-- Name: custom_query_country_data_p202611_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_p202611_site_id_date_idx ON gsc.custom_query_country_data_p202611 USING btree (site_id, date);


--
-- Name: custom_query_country_data_p202611_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_data_p202611_site_id_query_date_idx ON gsc.custom_query_country_data_p202611 USING btree (site_id, query, date);


--
-- Name: lifetime_query_page_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX lifetime_query_page_site_page_idx ON gsc.lifetime_query_page USING btree (site_url, page);


--
-- Name: load_ledger_run_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX load_ledger_run_idx ON gsc.load_ledger USING btree (run_id);


--
-- Name: page_daily_data_site_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_site_date_idx ON ONLY gsc.page_daily_data USING btree (site_id, date);


--
-- Name: page_daily_data_default_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_default_site_id_date_idx ON gsc.page_daily_data_default USING btree (site_id, date);


--
-- Name: page_daily_data_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_site_page_idx ON ONLY gsc.page_daily_data USING btree (site_id, page, date);


--
-- Name: page_daily_data_default_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_default_site_id_page_date_idx ON gsc.page_daily_data_default USING btree (site_id, page, date);


--
-- Name: page_daily_data_p202610_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_p202610_site_id_date_idx ON gsc.page_daily_data_p202610 USING btree (site_id, date);


--
-- Name: page_daily_data_p202610_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_p202610_site_id_page_date_idx ON gsc.page_daily_data_p202610 USING btree (site_id, page, date);


--
-- Name: page_daily_data_p202611_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_p202611_site_id_date_idx ON gsc.page_daily_data_p202611 USING btree (site_id, date);


--
-- Name: page_daily_data_p202611_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_data_p202611_site_id_page_date_idx ON gsc.page_daily_data_p202611 USING btree (site_id, page, date);


--
-- Name: property_daily_data_site_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX property_daily_data_site_date_idx ON gsc.property_daily_data USING btree (site_id, date);


--
-- Name: query_daily_data_site_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_site_date_idx ON ONLY gsc.query_daily_data USING btree (site_id, date);


--
-- Name: query_daily_data_default_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_default_site_id_date_idx ON gsc.query_daily_data_default USING btree (site_id, date);


--
-- Name: query_daily_data_site_query_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_site_query_idx ON ONLY gsc.query_daily_data USING btree (site_id, query, date);


--
-- Name: query_daily_data_default_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_default_site_id_query_date_idx ON gsc.query_daily_data_default USING btree (site_id, query, date);


--
-- Name: query_daily_data_p202610_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_p202610_site_id_date_idx ON gsc.query_daily_data_p202610 USING btree (site_id, date);


--
-- Name: query_daily_data_p202610_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_p202610_site_id_query_date_idx ON gsc.query_daily_data_p202610 USING btree (site_id, query, date);


--
-- Name: query_daily_data_p202611_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_p202611_site_id_date_idx ON gsc.query_daily_data_p202611 USING btree (site_id, date);


--
-- Name: query_daily_data_p202611_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_data_p202611_site_id_query_date_idx ON gsc.query_daily_data_p202611 USING btree (site_id, query, date);


--
-- Name: query_page_daily_data_site_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_site_date_idx ON ONLY gsc.query_page_daily_data USING btree (site_id, date);


--
-- Name: query_page_daily_data_default_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_default_site_id_date_idx ON gsc.query_page_daily_data_default USING btree (site_id, date);


--
-- Name: query_page_daily_data_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_site_page_idx ON ONLY gsc.query_page_daily_data USING btree (site_id, page, date);


--
-- Name: query_page_daily_data_default_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_default_site_id_page_date_idx ON gsc.query_page_daily_data_default USING btree (site_id, page, date);


--
-- Name: query_page_daily_data_site_query_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_site_query_idx ON ONLY gsc.query_page_daily_data USING btree (site_id, query, date);


--
-- Name: query_page_daily_data_default_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_default_site_id_query_date_idx ON gsc.query_page_daily_data_default USING btree (site_id, query, date);


--
-- Name: query_page_daily_data_p202610_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_p202610_site_id_date_idx ON gsc.query_page_daily_data_p202610 USING btree (site_id, date);


--
-- Name: query_page_daily_data_p202610_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_p202610_site_id_page_date_idx ON gsc.query_page_daily_data_p202610 USING btree (site_id, page, date);


--
-- Name: query_page_daily_data_p202610_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_p202610_site_id_query_date_idx ON gsc.query_page_daily_data_p202610 USING btree (site_id, query, date);


--
-- Name: query_page_daily_data_p202611_site_id_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_p202611_site_id_date_idx ON gsc.query_page_daily_data_p202611 USING btree (site_id, date);


--
-- Name: query_page_daily_data_p202611_site_id_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_p202611_site_id_page_date_idx ON gsc.query_page_daily_data_p202611 USING btree (site_id, page, date);


--
-- Name: query_page_daily_data_p202611_site_id_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_data_p202611_site_id_query_date_idx ON gsc.query_page_daily_data_p202611 USING btree (site_id, query, date);


--
-- Name: quota_grant_bucket_time_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX quota_grant_bucket_time_idx ON gsc.quota_grant USING btree (bucket, granted_at);


--
-- Name: site_key_md5_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE UNIQUE INDEX site_key_md5_idx ON gsc.site_key USING btree (((md5(site_url))::uuid));


--
-- Name: site_key_text_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX site_key_text_idx ON gsc.site_key USING hash (site_url);


--
-- Name: custom_hourly_page_data_default_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_data_site_date_idx ATTACH PARTITION gsc.custom_hourly_page_data_default_site_id_date_idx;


--
-- Name: custom_hourly_page_data_default_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_data_site_page_idx ATTACH PARTITION gsc.custom_hourly_page_data_default_site_id_page_date_idx;


--
-- Name: custom_hourly_page_data_p202610_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_data_site_date_idx ATTACH PARTITION gsc.custom_hourly_page_data_p202610_site_id_date_idx;


--
-- Name: custom_hourly_page_data_p202610_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_data_site_page_idx ATTACH PARTITION gsc.custom_hourly_page_data_p202610_site_id_page_date_idx;


--
-- Name: custom_hourly_page_data_p202611_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_data_site_date_idx ATTACH PARTITION gsc.custom_hourly_page_data_p202611_site_id_date_idx;


--
-- Name: custom_hourly_page_data_p202611_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_data_site_page_idx ATTACH PARTITION gsc.custom_hourly_page_data_p202611_site_id_page_date_idx;


--
-- Name: custom_query_country_data_default_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_data_site_date_idx ATTACH PARTITION gsc.custom_query_country_data_default_site_id_date_idx;


--
-- Name: custom_query_country_data_default_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_data_site_query_idx ATTACH PARTITION gsc.custom_query_country_data_default_site_id_query_date_idx;


--
-- Name: custom_query_country_data_p202610_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_data_site_date_idx ATTACH PARTITION gsc.custom_query_country_data_p202610_site_id_date_idx;


--
-- Name: custom_query_country_data_p202610_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_data_site_query_idx ATTACH PARTITION gsc.custom_query_country_data_p202610_site_id_query_date_idx;


--
-- Name: custom_query_country_data_p202611_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_data_site_date_idx ATTACH PARTITION gsc.custom_query_country_data_p202611_site_id_date_idx;


--
-- Name: custom_query_country_data_p202611_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_data_site_query_idx ATTACH PARTITION gsc.custom_query_country_data_p202611_site_id_query_date_idx;


--
-- Name: page_daily_data_default_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_data_site_date_idx ATTACH PARTITION gsc.page_daily_data_default_site_id_date_idx;


--
-- Name: page_daily_data_default_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_data_site_page_idx ATTACH PARTITION gsc.page_daily_data_default_site_id_page_date_idx;


--
-- Name: page_daily_data_p202610_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_data_site_date_idx ATTACH PARTITION gsc.page_daily_data_p202610_site_id_date_idx;


--
-- Name: page_daily_data_p202610_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_data_site_page_idx ATTACH PARTITION gsc.page_daily_data_p202610_site_id_page_date_idx;


--
-- Name: page_daily_data_p202611_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_data_site_date_idx ATTACH PARTITION gsc.page_daily_data_p202611_site_id_date_idx;


--
-- Name: page_daily_data_p202611_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_data_site_page_idx ATTACH PARTITION gsc.page_daily_data_p202611_site_id_page_date_idx;


--
-- Name: query_daily_data_default_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_data_site_date_idx ATTACH PARTITION gsc.query_daily_data_default_site_id_date_idx;


--
-- Name: query_daily_data_default_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_data_site_query_idx ATTACH PARTITION gsc.query_daily_data_default_site_id_query_date_idx;


--
-- Name: query_daily_data_p202610_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_data_site_date_idx ATTACH PARTITION gsc.query_daily_data_p202610_site_id_date_idx;


--
-- Name: query_daily_data_p202610_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_data_site_query_idx ATTACH PARTITION gsc.query_daily_data_p202610_site_id_query_date_idx;


--
-- Name: query_daily_data_p202611_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_data_site_date_idx ATTACH PARTITION gsc.query_daily_data_p202611_site_id_date_idx;


--
-- Name: query_daily_data_p202611_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_data_site_query_idx ATTACH PARTITION gsc.query_daily_data_p202611_site_id_query_date_idx;


--
-- Name: query_page_daily_data_default_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_date_idx ATTACH PARTITION gsc.query_page_daily_data_default_site_id_date_idx;


--
-- Name: query_page_daily_data_default_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_page_idx ATTACH PARTITION gsc.query_page_daily_data_default_site_id_page_date_idx;


--
-- Name: query_page_daily_data_default_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_query_idx ATTACH PARTITION gsc.query_page_daily_data_default_site_id_query_date_idx;


--
-- Name: query_page_daily_data_p202610_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_date_idx ATTACH PARTITION gsc.query_page_daily_data_p202610_site_id_date_idx;


--
-- Name: query_page_daily_data_p202610_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_page_idx ATTACH PARTITION gsc.query_page_daily_data_p202610_site_id_page_date_idx;


--
-- Name: query_page_daily_data_p202610_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_query_idx ATTACH PARTITION gsc.query_page_daily_data_p202610_site_id_query_date_idx;


--
-- Name: query_page_daily_data_p202611_site_id_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_date_idx ATTACH PARTITION gsc.query_page_daily_data_p202611_site_id_date_idx;


--
-- Name: query_page_daily_data_p202611_site_id_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_page_idx ATTACH PARTITION gsc.query_page_daily_data_p202611_site_id_page_date_idx;


--
-- Name: query_page_daily_data_p202611_site_id_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_data_site_query_idx ATTACH PARTITION gsc.query_page_daily_data_p202611_site_id_query_date_idx;


--
-- PostgreSQL database dump complete
--


