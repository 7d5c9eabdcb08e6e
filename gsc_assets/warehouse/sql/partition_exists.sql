SELECT to_regclass(%s)
