"""How a search finds follow-ups, and what it ranks first: the rules in one place.

**Finding.** Every word typed must occur (as a substring of the folded text: diacritics off, đ → d,
casefolded) in the follow-up's own key (title, details, officer) or in a name or alias of its
partner. :func:`match_conditions` writes that in two shapes that select the same rows: one for the
database to start from its indexes (a few matches among 100,000), one tested row by row while
walking the view's order (many matches: the first page is found after a few hundred rows).

**Ranking** (issue 16 item 10). Several words typed together mean those words together. Unless
the officer sorts by a column, the matches come in tiers, best first, each in the view's default
order (open first, by due date):

0. the words together and in order in one name of the partner ("hải nam": Hải Nam's follow-ups);
1. the words together and in order in one field of the follow-up itself;
2. (several words) every word somewhere in the partner's names;
3. the rest: the words found in different places ("hai thành phố" in the title, "Nam Ninh" as
   the partner, for "hải nam").

A stored key joins its fields (a partner's names, a follow-up's title and details) with " | ",
so the phrase — the folded words joined by one space — can only match inside one field. The
tiers are plain SQL conditions, so SQLite and PostgreSQL rank alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, case, or_, select, union
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from . import search
from .models import FollowUp, Partner


def partner_ids(token: str, dialect: str) -> Select:
    """The partners one of whose names or aliases contains ``token``."""
    ids = search.matching_ids("partners", token, dialect)
    return ids if ids is not None else select(Partner.id).where(search.like(Partner.search_key, token))


def own_match(token: str, dialect: str, *, walk: bool = False) -> ColumnElement[bool]:
    """The follow-up's own key contains ``token``: through the full-text index when there is one,
    or (``walk``) tested on the row itself — cheaper for a few thousand rows than gathering every
    id the index holds for a common word ("ngu" is in "nguồn" too)."""
    if walk:
        return search.like(FollowUp.search_key, token)
    if dialect == "sqlite" and search.matching_ids("followups", token, dialect) is None:
        # A word of one or two letters: as ids, so that SQLite reads the narrow index holding
        # the keys (db/versions/0006) instead of every row of the table.
        keyed = aliased(FollowUp)
        return FollowUp.id.in_(select(keyed.id).where(search.like(keyed.search_key, token)))
    return search.contains("followups", FollowUp.id, FollowUp.search_key, token, dialect)


def match_conditions(tokens: list[str], dialect: str, *, walk: bool = False) -> list[ColumnElement[bool]]:
    """Every word in the follow-up's own key or in its partner's names.

    ``walk=False`` (SQLite): each word as one set of ids from two indexes (the text index, and
    the follow-ups of the matching partners), for the database to start from: measured twice as
    fast as OR-ing the two conditions on 100,000 rows. A word of one or two letters, which no
    trigram can serve, reads the narrow index of the keys (db/versions/0006) instead of the table.
    PostgreSQL's planner does better with the OR (its pg_trgm bitmaps): 180 ms against 270 ms for
    "hải nam"'s last tier at 100,000 follow-ups.
    ``walk=True``: the same test on one row, cheap to repeat while walking an index in order.
    """
    conditions: list[ColumnElement[bool]] = []
    for token in tokens:
        partners = partner_ids(token, dialect)
        if walk or dialect != "sqlite":
            conditions.append(or_(own_match(token, dialect, walk=walk), FollowUp.partner_id.in_(partners)))
            continue
        own = search.matching_ids("followups", token, dialect)
        if own is None:  # see own_match
            keyed = aliased(FollowUp)
            own = select(keyed.id).where(search.like(keyed.search_key, token))
        other = aliased(FollowUp)
        conditions.append(FollowUp.id.in_(union(own, select(other.id).where(other.partner_id.in_(partners)))))
    return conditions


def tiers(tokens: list[str], dialect: str, *, walk: bool = False) -> list[ColumnElement[bool]]:
    """The conditions of tiers 0, 1 (and 2), best first; a match meeting none is in the last tier.

    Each implies that every word matches (a name holding the phrase holds each of its words), so a
    tier's rows can be read from its own index alone. A single word has no last tier: it is in
    its partner's names or in the follow-up's own text.
    """
    phrase = " ".join(tokens)
    found = [FollowUp.partner_id.in_(partner_ids(phrase, dialect)), own_match(phrase, dialect, walk=walk)]
    if len(tokens) > 1:
        everywhere = select(Partner.id).where(
            *(search.contains("partners", Partner.id, Partner.search_key, token, dialect) for token in tokens)
        )
        found.append(FollowUp.partner_id.in_(everywhere))
    return found


def rank(tokens: list[str], dialect: str, *, walk: bool = False) -> ColumnElement[Any]:
    """A match's tier as a number (0 best), for ORDER BY."""
    conditions = tiers(tokens, dialect, walk=walk)
    return case(*((condition, number) for number, condition in enumerate(conditions)), else_=len(conditions))


def walk_tier(tokens: list[str], dialect: str) -> ColumnElement[Any]:
    """A row's tier tested on the row itself, NULL when it does not match (the walk of page_ids).

    The tiers come first: each implies a match, and a single word's tiers are all its matches,
    so its partners are looked up once.
    """
    conditions = tiers(tokens, dialect, walk=True)
    whens: list[tuple[ColumnElement[bool], int]] = [(condition, number) for number, condition in enumerate(conditions)]
    if len(tokens) > 1:
        whens.append((and_(*match_conditions(tokens, dialect, walk=True)), len(conditions)))
    return case(*whens, else_=None)


def is_ranked(sort: str, tokens: list[str]) -> bool:
    """Ranking applies to a search in the view's own order; a clicked column's order is the officer's."""
    return sort == "default" and bool(tokens)
