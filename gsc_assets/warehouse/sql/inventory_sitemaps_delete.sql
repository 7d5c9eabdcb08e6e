DELETE FROM gsc.sitemaps WHERE site_url = %s
