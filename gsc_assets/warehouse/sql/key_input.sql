-- Per-connection scratch table for the strings of one load that need ids (filled by COPY, emptied before use).
CREATE TEMP TABLE IF NOT EXISTS key_input (ord integer NOT NULL, value text NOT NULL)
