-- The warehouse as migrations 0001-0003 and Warehouse.ensure_tables built it before the id-keyed layout (0004):
-- pg_dump --schema-only of a database holding the five default tables and two custom report tables,
-- plus the schema_migrations rows. Frozen: never regenerate it; it is what users' warehouses look like.
--
-- PostgreSQL database dump
--



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
-- Name: appearance_daily; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.appearance_daily (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    search_appearance text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
);


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
-- Name: custom_hourly_page; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_hourly_page (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    hour timestamp with time zone NOT NULL,
    page text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: custom_hourly_page_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_hourly_page_default (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    hour timestamp with time zone NOT NULL,
    page text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
);


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
-- Name: custom_query_country; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_query_country (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: custom_query_country_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.custom_query_country_default (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
);


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
    CONSTRAINT load_ledger_data_state_check CHECK ((data_state = ANY (ARRAY['final'::text, 'fresh'::text])))
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
-- Name: page_daily; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.page_daily (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: page_daily_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.page_daily_default (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
);


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
-- Name: property_daily; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.property_daily (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
);


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
-- Name: query_daily; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_daily (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: query_daily_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_daily_default (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
);


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
-- Name: query_page_daily; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY RANGE (date);


--
-- Name: query_page_daily_default; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily_default (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: query_page_daily_p202610; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily_p202610 (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.05', autovacuum_analyze_scale_factor='0.05');


--
-- Name: query_page_daily_p202611; Type: TABLE; Schema: gsc; Owner: -
--

CREATE TABLE gsc.query_page_daily_p202611 (
    site_url text NOT NULL,
    date date NOT NULL,
    search_type text NOT NULL,
    query text NOT NULL,
    page text NOT NULL,
    country text NOT NULL,
    device text NOT NULL,
    clicks bigint NOT NULL,
    impressions bigint NOT NULL,
    ctr double precision NOT NULL,
    "position" double precision NOT NULL,
    data_state text NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL
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
    array_agg(DISTINCT load_ledger.report ORDER BY load_ledger.report) AS reports
   FROM gsc.load_ledger
  GROUP BY load_ledger.site_url, load_ledger.date;


--
-- Name: custom_hourly_page_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_hourly_page ATTACH PARTITION gsc.custom_hourly_page_default DEFAULT;


--
-- Name: custom_query_country_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_query_country ATTACH PARTITION gsc.custom_query_country_default DEFAULT;


--
-- Name: page_daily_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.page_daily ATTACH PARTITION gsc.page_daily_default DEFAULT;


--
-- Name: query_daily_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_daily ATTACH PARTITION gsc.query_daily_default DEFAULT;


--
-- Name: query_page_daily_default; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily ATTACH PARTITION gsc.query_page_daily_default DEFAULT;


--
-- Name: query_page_daily_p202610; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily ATTACH PARTITION gsc.query_page_daily_p202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: query_page_daily_p202611; Type: TABLE ATTACH; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily ATTACH PARTITION gsc.query_page_daily_p202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Name: appearance_daily appearance_daily_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.appearance_daily
    ADD CONSTRAINT appearance_daily_pkey PRIMARY KEY (site_url, date, search_type, search_appearance);


--
-- Name: custom_hourly_page custom_hourly_page_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_hourly_page
    ADD CONSTRAINT custom_hourly_page_pkey PRIMARY KEY (site_url, date, search_type, hour, page);


--
-- Name: custom_hourly_page_default custom_hourly_page_default_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_hourly_page_default
    ADD CONSTRAINT custom_hourly_page_default_pkey PRIMARY KEY (site_url, date, search_type, hour, page);


--
-- Name: custom_query_country custom_query_country_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_query_country
    ADD CONSTRAINT custom_query_country_pkey PRIMARY KEY (site_url, date, search_type, query, country);


--
-- Name: custom_query_country_default custom_query_country_default_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.custom_query_country_default
    ADD CONSTRAINT custom_query_country_default_pkey PRIMARY KEY (site_url, date, search_type, query, country);


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
-- Name: page_daily page_daily_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.page_daily
    ADD CONSTRAINT page_daily_pkey PRIMARY KEY (site_url, date, search_type, page, country, device);


--
-- Name: page_daily_default page_daily_default_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.page_daily_default
    ADD CONSTRAINT page_daily_default_pkey PRIMARY KEY (site_url, date, search_type, page, country, device);


--
-- Name: property_daily property_daily_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.property_daily
    ADD CONSTRAINT property_daily_pkey PRIMARY KEY (site_url, date, search_type);


--
-- Name: query_daily query_daily_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_daily
    ADD CONSTRAINT query_daily_pkey PRIMARY KEY (site_url, date, search_type, query, country, device);


--
-- Name: query_daily_default query_daily_default_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_daily_default
    ADD CONSTRAINT query_daily_default_pkey PRIMARY KEY (site_url, date, search_type, query, country, device);


--
-- Name: query_page_daily query_page_daily_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily
    ADD CONSTRAINT query_page_daily_pkey PRIMARY KEY (site_url, date, search_type, query, page, country, device);


--
-- Name: query_page_daily_default query_page_daily_default_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily_default
    ADD CONSTRAINT query_page_daily_default_pkey PRIMARY KEY (site_url, date, search_type, query, page, country, device);


--
-- Name: query_page_daily_p202610 query_page_daily_p202610_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily_p202610
    ADD CONSTRAINT query_page_daily_p202610_pkey PRIMARY KEY (site_url, date, search_type, query, page, country, device);


--
-- Name: query_page_daily_p202611 query_page_daily_p202611_pkey; Type: CONSTRAINT; Schema: gsc; Owner: -
--

ALTER TABLE ONLY gsc.query_page_daily_p202611
    ADD CONSTRAINT query_page_daily_p202611_pkey PRIMARY KEY (site_url, date, search_type, query, page, country, device);


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
-- Name: custom_hourly_page_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_site_page_idx ON ONLY gsc.custom_hourly_page USING btree (site_url, page, date);


--
-- Name: custom_hourly_page_default_site_url_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_hourly_page_default_site_url_page_date_idx ON gsc.custom_hourly_page_default USING btree (site_url, page, date);


--
-- Name: custom_query_country_site_query_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_site_query_idx ON ONLY gsc.custom_query_country USING btree (site_url, query, date);


--
-- Name: custom_query_country_default_site_url_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX custom_query_country_default_site_url_query_date_idx ON gsc.custom_query_country_default USING btree (site_url, query, date);


--
-- Name: lifetime_query_page_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX lifetime_query_page_site_page_idx ON gsc.lifetime_query_page USING btree (site_url, page);


--
-- Name: load_ledger_run_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX load_ledger_run_idx ON gsc.load_ledger USING btree (run_id);


--
-- Name: page_daily_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_site_page_idx ON ONLY gsc.page_daily USING btree (site_url, page, date);


--
-- Name: page_daily_default_site_url_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX page_daily_default_site_url_page_date_idx ON gsc.page_daily_default USING btree (site_url, page, date);


--
-- Name: query_daily_site_query_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_site_query_idx ON ONLY gsc.query_daily USING btree (site_url, query, date);


--
-- Name: query_daily_default_site_url_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_daily_default_site_url_query_date_idx ON gsc.query_daily_default USING btree (site_url, query, date);


--
-- Name: query_page_daily_site_page_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_site_page_idx ON ONLY gsc.query_page_daily USING btree (site_url, page, date);


--
-- Name: query_page_daily_default_site_url_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_default_site_url_page_date_idx ON gsc.query_page_daily_default USING btree (site_url, page, date);


--
-- Name: query_page_daily_site_query_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_site_query_idx ON ONLY gsc.query_page_daily USING btree (site_url, query, date);


--
-- Name: query_page_daily_default_site_url_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_default_site_url_query_date_idx ON gsc.query_page_daily_default USING btree (site_url, query, date);


--
-- Name: query_page_daily_p202610_site_url_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_p202610_site_url_page_date_idx ON gsc.query_page_daily_p202610 USING btree (site_url, page, date);


--
-- Name: query_page_daily_p202610_site_url_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_p202610_site_url_query_date_idx ON gsc.query_page_daily_p202610 USING btree (site_url, query, date);


--
-- Name: query_page_daily_p202611_site_url_page_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_p202611_site_url_page_date_idx ON gsc.query_page_daily_p202611 USING btree (site_url, page, date);


--
-- Name: query_page_daily_p202611_site_url_query_date_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX query_page_daily_p202611_site_url_query_date_idx ON gsc.query_page_daily_p202611 USING btree (site_url, query, date);


--
-- Name: quota_grant_bucket_time_idx; Type: INDEX; Schema: gsc; Owner: -
--

CREATE INDEX quota_grant_bucket_time_idx ON gsc.quota_grant USING btree (bucket, granted_at);


--
-- Name: custom_hourly_page_default_pkey; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_pkey ATTACH PARTITION gsc.custom_hourly_page_default_pkey;


--
-- Name: custom_hourly_page_default_site_url_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_hourly_page_site_page_idx ATTACH PARTITION gsc.custom_hourly_page_default_site_url_page_date_idx;


--
-- Name: custom_query_country_default_pkey; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_pkey ATTACH PARTITION gsc.custom_query_country_default_pkey;


--
-- Name: custom_query_country_default_site_url_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.custom_query_country_site_query_idx ATTACH PARTITION gsc.custom_query_country_default_site_url_query_date_idx;


--
-- Name: page_daily_default_pkey; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_pkey ATTACH PARTITION gsc.page_daily_default_pkey;


--
-- Name: page_daily_default_site_url_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.page_daily_site_page_idx ATTACH PARTITION gsc.page_daily_default_site_url_page_date_idx;


--
-- Name: query_daily_default_pkey; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_pkey ATTACH PARTITION gsc.query_daily_default_pkey;


--
-- Name: query_daily_default_site_url_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_daily_site_query_idx ATTACH PARTITION gsc.query_daily_default_site_url_query_date_idx;


--
-- Name: query_page_daily_default_pkey; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_pkey ATTACH PARTITION gsc.query_page_daily_default_pkey;


--
-- Name: query_page_daily_default_site_url_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_site_page_idx ATTACH PARTITION gsc.query_page_daily_default_site_url_page_date_idx;


--
-- Name: query_page_daily_default_site_url_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_site_query_idx ATTACH PARTITION gsc.query_page_daily_default_site_url_query_date_idx;


--
-- Name: query_page_daily_p202610_pkey; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_pkey ATTACH PARTITION gsc.query_page_daily_p202610_pkey;


--
-- Name: query_page_daily_p202610_site_url_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_site_page_idx ATTACH PARTITION gsc.query_page_daily_p202610_site_url_page_date_idx;


--
-- Name: query_page_daily_p202610_site_url_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_site_query_idx ATTACH PARTITION gsc.query_page_daily_p202610_site_url_query_date_idx;


--
-- Name: query_page_daily_p202611_pkey; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_pkey ATTACH PARTITION gsc.query_page_daily_p202611_pkey;


--
-- Name: query_page_daily_p202611_site_url_page_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_site_page_idx ATTACH PARTITION gsc.query_page_daily_p202611_site_url_page_date_idx;


--
-- Name: query_page_daily_p202611_site_url_query_date_idx; Type: INDEX ATTACH; Schema: gsc; Owner: -
--

ALTER INDEX gsc.query_page_daily_site_query_idx ATTACH PARTITION gsc.query_page_daily_p202611_site_url_query_date_idx;


--
-- PostgreSQL database dump complete
--


INSERT INTO gsc.schema_migrations VALUES ('0001', 'base', '0db03f60a8393339a83fb6bbf47e877d9ac88989b026997e4b15f60541b2915e', '2026-11-30 01:25:49.886439+00');
INSERT INTO gsc.schema_migrations VALUES ('0002', 'quota', 'f52332f8b750526e7b3b65e92dfbff69eb4edf7d69c22136e3ee9771472b5fc3', '2026-11-30 01:25:49.886439+00');
INSERT INTO gsc.schema_migrations VALUES ('0003', 'lifetime', 'e16d3ce3ad063e0361172381886e52b3a1fbfb3e76565e86502c1b5531a75f42', '2026-11-30 01:25:49.886439+00');
