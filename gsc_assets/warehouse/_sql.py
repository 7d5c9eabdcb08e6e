"""SQL text kept in ``sql/*.sql`` next to this module, loaded by name."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from psycopg import sql

_MIGRATION = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@cache
def text(name: str) -> str:
    """The text of ``sql/<name>.sql``."""
    return (resources.files(__package__) / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def query(name: str) -> sql.SQL:
    """A fixed statement (values still go in as parameters)."""
    return sql.SQL(text(name))


def template(name: str, **parts: sql.Composable) -> sql.Composed:
    """A statement whose identifiers are filled in with ``psycopg.sql`` composition."""
    return sql.SQL(text(name)).format(**parts)


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    text: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


@cache
def migrations() -> tuple[Migration, ...]:
    """The numbered migrations, in order."""
    found = []
    for entry in (resources.files(__package__) / "sql").iterdir():
        match = _MIGRATION.match(entry.name)
        if match:
            found.append(Migration(match.group(1), match.group(2), entry.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=lambda m: m.version))
