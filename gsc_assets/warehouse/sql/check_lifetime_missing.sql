-- Daily keys with no lifetime row and no pending delta: a refresh missed them (full check only).
SELECT count(*) AS missing
FROM (SELECT DISTINCT site_url, search_type, {keys} FROM {daily}) d
WHERE NOT EXISTS (SELECT 1 FROM {lifetime} l WHERE (l.site_url, l.search_type, {l_keys})
                                                  = (d.site_url, d.search_type, {d_keys}))
  AND NOT EXISTS (SELECT 1 FROM gsc.lifetime_delta p WHERE p.kind = %(kind)s
                  AND (p.site_url, p.search_type, {p_keys}) = (d.site_url, d.search_type, {d_keys}))
