"""Dictionary ids for the strings of a load (see DICTIONARIES): each string is stored once, rows carry its id.

A load sends the distinct strings of a column once (binary COPY into a temporary table), has the missing ones
added, and reads every id back in one query; rows are then mapped to ids in Arrow. The ids are committed before
the load's own transaction starts, so the load holds no lock on a dictionary while it copies rows.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import psycopg
import pyarrow as pa
import pyarrow.compute as pc
from psycopg import sql

from . import _sql
from ._arrow import encode_binary
from ._errors import DatabaseError, one_line
from ._specs import DICTIONARIES, SCHEMA

__all__ = ["key_ids"]


def key_ids(conn: psycopg.Connection[Any], column: str, values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """The dictionary id (int32) of every value of ``column``, row by row; missing strings are added first.

    ``conn`` is an autocommit connection outside any transaction.
    """
    encoded = pc.dictionary_encode(values)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.unify_dictionaries().combine_chunks() if encoded.num_chunks else encoded.combine_chunks()
    distinct: pa.Array = encoded.dictionary
    count = len(distinct)
    if count == 0:
        return np.empty(0, dtype=np.int32)
    parts = {
        "dictionary": sql.Identifier(SCHEMA, DICTIONARIES[column]),
        "column": sql.Identifier(column),
    }
    ids = np.full(count, -1, dtype=np.int64)
    try:
        conn.execute(_sql.query("key_input"))
        conn.execute("TRUNCATE pg_temp.key_input")
        with conn.cursor() as cur, cur.copy("COPY pg_temp.key_input (ord, value) FROM STDIN (FORMAT BINARY)") as copy:
            order = np.arange(count, dtype=np.int32)
            for block in encode_binary([("int4", order), ("text", distinct)], count):
                copy.write(memoryview(block))
        conn.execute(_sql.template("key_insert", **parts))
        with conn.cursor() as cur:
            cur.execute(_sql.template("key_lookup", **parts))
            for ord_, id_ in cur:
                ids[ord_] = id_
    except psycopg.Error as exc:
        raise DatabaseError(f"assigning ids to {count} {column} values failed: {one_line(exc)}") from exc
    missing = int((ids < 0).sum())
    if missing:
        first = distinct[int(np.argmax(ids < 0))].as_py()
        raise DatabaseError(
            f"{missing} {column} values got no id (first {first!r}): an md5 collision in the dictionary"
        )
    indices = encoded.indices.to_numpy(zero_copy_only=False)
    result: np.ndarray = ids.astype(np.int32)[indices]
    return result
