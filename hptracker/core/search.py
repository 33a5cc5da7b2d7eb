"""Text search over the stored folded keys: SQLite FTS5 trigram tables where they exist, LIKE elsewhere.

Every searchable record stores a folded key (diacritics off, đ → d, casefolded; a partner's key holds
all its names and aliases). A substring of three characters or more is looked up in an FTS5 table
with the trigram tokenizer (db/versions/0002), which reads an index instead of every row; shorter
words, and databases without FTS5, use ``LIKE '%word%'``. Both give the same rows: a trigram phrase
query matches exactly the documents that contain the phrase. On PostgreSQL (SPEC §9) that LIKE is
served by pg_trgm GIN indexes over the same keys (db/versions/0002), and the keys are folded to
lower case, so PostgreSQL's case-sensitive LIKE finds what SQLite's ASCII-case-blind LIKE finds.
"""

from __future__ import annotations

from sqlalchemy import column, literal_column, select, table
from sqlalchemy.sql.elements import ColumnElement

from .text import fold

FTS_TABLES = {"followups": "followups_fts", "partners": "partners_fts"}
TRIGRAM = 3


def is_search_table(name: str) -> bool:
    """The FTS5 table of a record and its shadow tables: the store's, not the models'."""
    return any(name == fts or name.startswith(fts + "_") for fts in FTS_TABLES.values())


def escape_like(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like(column_, token: str) -> ColumnElement[bool]:
    return column_.like(f"%{escape_like(token)}%", escape="\\")


def _phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def matching_ids(record_table: str, token: str, dialect: str):
    """A SELECT of the ids whose folded key contains ``token``, or None to fall back to LIKE."""
    fts_name = FTS_TABLES.get(record_table)
    if fts_name is None or dialect != "sqlite" or len(token) < TRIGRAM:
        return None
    fts = table(fts_name, column("rowid"), column("search_key"))
    return select(fts.c.rowid).where(literal_column(fts_name).op("MATCH")(_phrase(token)))


def contains(record_table: str, id_column, key_column, token: str, dialect: str) -> ColumnElement[bool]:
    """``key_column`` contains ``token``: through the FTS index when possible."""
    ids = matching_ids(record_table, token, dialect)
    if ids is None:
        return like(key_column, token)
    return id_column.in_(ids)


def search_tokens(text: str) -> list[str]:
    """Folded words of a search; every word must match somewhere."""
    return [token for token in fold(text).split(" ") if token]
