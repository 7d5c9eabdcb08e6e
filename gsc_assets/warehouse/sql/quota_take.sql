SELECT granted, wait_s FROM gsc.quota_take(%(buckets)s, %(limits)s, %(want)s, %(window_s)s)
