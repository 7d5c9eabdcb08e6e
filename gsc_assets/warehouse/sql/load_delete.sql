DELETE FROM {table} WHERE site_id = %(site_id)s AND date = %(date)s
