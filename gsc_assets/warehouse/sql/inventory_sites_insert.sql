INSERT INTO gsc.sites (site_url, principal, permission_level, listed_at) VALUES (%s, %s, %s, %s)
