-- Catches any date outside the monthly partitions, so a load never fails for want of a partition.
CREATE TABLE IF NOT EXISTS {partition} PARTITION OF {table} DEFAULT
