"""The ORDER BY a PostgreSQL engine writes: SQLite's NULL placement, and plain terms where no NULL
can occur (so that the plain indexes serve them). No server is needed to compile."""

from __future__ import annotations

from sqlalchemy import literal_column, select
from sqlalchemy.orm import aliased

from hptracker.core.db import make_engine
from hptracker.core.models import FollowUp, Partner, Unit


def _order_by(statement) -> str:
    engine = make_engine("postgresql://clerk@db.heza.local/hptracker")
    try:
        return str(statement.compile(engine)).split("ORDER BY ", 1)[1].split(" LIMIT")[0]
    finally:
        engine.dispose()


def test_nullable_terms_get_sqlites_null_order():
    statement = select(FollowUp.id).order_by(
        FollowUp.due_date, FollowUp.officer.desc(), literal_column("(followups.due_date IS NULL)"), FollowUp.id
    )
    assert _order_by(statement) == (
        "followups.due_date NULLS FIRST, followups.officer DESC NULLS LAST, (followups.due_date IS NULL) NULLS FIRST, followups.id"
    )


def test_not_null_columns_stay_plain_unless_an_outer_join_may_empty_them():
    parent = aliased(Partner)
    statement = (
        select(FollowUp.id)
        .join(Partner, Partner.id == FollowUp.partner_id)
        .outerjoin(Unit, Unit.id == FollowUp.unit_id)
        .outerjoin(parent, parent.id == Partner.parent_id)
        .order_by(Partner.sort_key, Unit.name.desc(), parent.sort_key, FollowUp.title.desc())
    )
    assert _order_by(statement) == ("partners.sort_key, units.name DESC NULLS LAST, partners_1.sort_key NULLS FIRST, followups.title DESC")


def test_explicit_null_order_is_kept():
    statement = select(FollowUp.id).order_by(FollowUp.due_date.desc().nulls_first())
    assert _order_by(statement) == "followups.due_date DESC NULLS FIRST"


def test_sqlite_statements_are_left_alone(tmp_path):
    engine = make_engine(tmp_path / "x.db")
    try:
        text = str(select(FollowUp.id).order_by(FollowUp.due_date.desc()).compile(engine))
    finally:
        engine.dispose()
    assert text.endswith("ORDER BY followups.due_date DESC")
