"""README, "An office on one server" (issue 15 item 10), followed on the test server: its SQL
creates the database and the roles; `copy` moves a workstation's file in as the owner; an officer's
role writes and its ids continue; a reader's role reads and backs up but cannot write."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from hptracker.core.backup import verify_backup
from hptracker.core.errors import HPTrackerError
from hptracker.core.server_backup import backup_server
from hptracker.core.tracker import FollowUpQuery, Tracker

README = Path(__file__).resolve().parents[2] / "README.md"
ROLES = ("hoa", "lan", "hptracker_officers", "hptracker_readers", "hptracker_owner")


def office_sql() -> str:
    section = README.read_text(encoding="utf-8").split("## An office on one server", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```sql\n(.*?)```", section, re.S).group(1)


def passwords(sql: str) -> dict[str, str]:
    return dict(re.findall(r"CREATE ROLE (\w+) LOGIN PASSWORD '([^']+)'", sql))


def run_as_superuser(server, sql: str) -> None:
    """As psql would: statement by statement, ``\\connect`` switching the database."""
    conn = server.connect()
    try:
        statement = ""
        for line in sql.splitlines():
            if line.startswith("\\connect "):
                conn.close()
                conn = server.connect(line.split()[1])
                continue
            statement += line + "\n"
            if line.rstrip().endswith(";"):
                conn.execute(statement)
                statement = ""
        assert not statement.strip()
    finally:
        conn.close()


@pytest.fixture
def office(pg_server):
    sql = office_sql()
    run_as_superuser(pg_server, sql)
    yield pg_server, passwords(sql)
    with pg_server.connect() as conn:
        conn.execute("DROP DATABASE IF EXISTS hptracker WITH (FORCE)")
        for role in ROLES:
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def url(server, role: str, password: str) -> str:
    return URL.create(
        "postgresql", username=role, password=password, host="127.0.0.1", port=server.port, database="hptracker"
    ).render_as_string(hide_password=False)


def test_the_office_of_the_readme_works(office, demo_db_path, qapp, capsys):
    from hptracker.cli import main

    server, secret = office
    owner = url(server, "hptracker_owner", secret["hptracker_owner"])
    assert main(["--lang", "en", "copy", str(demo_db_path), owner]) == 0
    assert "followups: 9" in capsys.readouterr().out

    officer = Tracker.open(url(server, "hoa", secret["hoa"]), officer="Nguyễn Thị Hoa")
    try:
        partner = officer.resolve_partner("Huyện Thượng Ngu")
        created = officer.create_followup(partner_id=partner.id, title="Chọn quận kết nghĩa", direction="ours")
        officer.record_progress(created.id, status="in_progress", note="Đã đề xuất quận Hồng Bàng")
        assert created.id == 10
    finally:
        officer.close()

    reader_url = url(server, "lan", secret["lan"])
    reader = Tracker.open(reader_url, officer="Phạm Thị Lan")
    try:
        assert len(reader.query_followups(FollowUpQuery())) == 10
        with pytest.raises(HPTrackerError):
            reader.create_partner(name="Tỉnh Quảng Tây", kind="government")
        assert reader.counts()["partners"] == 7
    finally:
        reader.close()
    info = backup_server(reader_url)
    assert verify_backup(info.path) == [] and info.counts()["followups"] == 10
