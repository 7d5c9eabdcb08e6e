-- (site, date, search type) in scope whose detail rows reached Google's 50,000-row daily cap: the tail is missing.
SELECT site_url, date, search_type, count(*) AS rows
FROM {table}
WHERE date BETWEEN %(first)s AND %(last)s
  AND (site_url, date) IN (SELECT * FROM unnest(%(sites)s::text[], %(dates)s::date[]))
GROUP BY 1, 2, 3
HAVING count(*) >= %(cap)s
ORDER BY 2 DESC, 1, 3
LIMIT 20
