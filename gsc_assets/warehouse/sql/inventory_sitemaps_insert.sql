INSERT INTO gsc.sitemaps (site_url, path, sitemap_index, type, is_pending, is_sitemaps_index, last_submitted,
                          last_downloaded, warnings, errors, contents, listed_at)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
