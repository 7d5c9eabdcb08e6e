TRUNCATE {lifetime}
