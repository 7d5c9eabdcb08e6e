-- Bulk load; the stream is PostgreSQL's binary COPY format built from Arrow columns.
COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)
