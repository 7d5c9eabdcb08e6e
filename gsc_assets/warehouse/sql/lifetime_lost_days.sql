-- Did any touched key lose a day? (Only then can first_seen or last_seen move inward.)
SELECT EXISTS (SELECT 1 FROM {touched} WHERE removed_min IS NOT NULL)
