-- One writer per (site, date) partition at a time, across every table and process.
SELECT pg_advisory_xact_lock(hashtextextended('gsc.load|' || %(site_url)s || '|' || to_char(%(date)s::date, 'YYYY-MM-DD'), 0)),
       nextval('gsc.load_seq') AS load_id
