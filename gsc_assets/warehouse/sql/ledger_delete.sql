-- A reload replaces the ledger rows of the reports it carries (a search type may have vanished).
DELETE FROM gsc.load_ledger WHERE site_url = %(site_url)s AND date = %(date)s AND report = ANY(%(reports)s)
