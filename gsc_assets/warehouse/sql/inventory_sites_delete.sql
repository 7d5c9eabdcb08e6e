DELETE FROM gsc.sites
