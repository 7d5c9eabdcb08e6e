-- Sites no longer listed (access revoked, partition deleted): their sitemaps go too.
DELETE FROM gsc.sitemaps WHERE site_url <> ALL(%s)
