-- One refresh at a time: a second one waits, then replaces what the first wrote (no unique violation).
LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE
