DELETE FROM {table} WHERE site_url = %(site_url)s AND date = %(date)s
