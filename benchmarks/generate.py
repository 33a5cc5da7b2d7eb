"""Build a realistic hptracker database for benchmarks: ``python benchmarks/generate.py N --db PATH``.

N follow-ups, N/10 partners with aliases in three scripts (Vietnamese, English/pinyin, Chinese
characters), N/3 meetings, N/10 agreements, progress logs of 0–10 entries, Vietnamese text with
diacritics. Rows go in with bulk SQL through SQLAlchemy Core, but every value is produced by the same
functions the app uses (clean, fold, sort_key, period ends), and the database's own CHECK and
foreign-key constraints are on, so the result is a database the app could have written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from hptracker.core.db import open_database
from hptracker.core.enums import (
    AgreementForm,
    AgreementStatus,
    FollowUpDirection,
    FollowUpStatus,
    GovLevel,
    MeetingDirection,
    MeetingFormat,
    Priority,
)
from hptracker.core.models import (
    Agreement,
    Category,
    FollowUp,
    Meeting,
    Officer,
    Partner,
    PartnerAlias,
    ProgressEntry,
    Unit,
    agreement_parties,
    meeting_partners,
)
from hptracker.core.specs import DEFAULT_CATEGORIES
from hptracker.core.text import DuePrecision, clean, fold, normalise_due, sort_key

PLACES = [
    ("Thượng Ngu", "Shangyu", "上虞"),
    ("Thiệu Hưng", "Shaoxing", "绍兴"),
    ("Nam Ninh", "Nanning", "南宁"),
    ("Hàng Châu", "Hangzhou", "杭州"),
    ("Quảng Châu", "Guangzhou", "广州"),
    ("Thâm Quyến", "Shenzhen", "深圳"),
    ("Côn Minh", "Kunming", "昆明"),
    ("Trùng Khánh", "Chongqing", "重庆"),
    ("Thành Đô", "Chengdu", "成都"),
    ("Hạ Môn", "Xiamen", "厦门"),
    ("Ninh Ba", "Ningbo", "宁波"),
    ("Ôn Châu", "Wenzhou", "温州"),
    ("Tô Châu", "Suzhou", "苏州"),
    ("Vô Tích", "Wuxi", "无锡"),
    ("Thanh Đảo", "Qingdao", "青岛"),
    ("Đại Liên", "Dalian", "大连"),
    ("Phúc Châu", "Fuzhou", "福州"),
    ("Bắc Hải", "Beihai", "北海"),
    ("Liễu Châu", "Liuzhou", "柳州"),
    ("Quế Lâm", "Guilin", "桂林"),
]
KINDS_VI = [
    ("Huyện", "District", "区", GovLevel.DISTRICT),
    ("Thành phố", "City", "市", GovLevel.CITY),
    ("Tỉnh", "Province", "省", GovLevel.PROVINCE),
]
TOPICS = [
    "mở đường bay thẳng",
    "kết nghĩa quận huyện",
    "chia sẻ kinh nghiệm khu thương mại tự do",
    "thu hút đầu tư điện tử",
    "xúc tiến thương mại nông sản",
    "cơ chế liên lạc định kỳ",
    "giao lưu văn hóa, nhân dân",
    "đào tạo nguồn nhân lực logistics",
    "hợp tác ô tô năng lượng mới",
    "mở rộng sản xuất của doanh nghiệp",
    "trao đổi đoàn doanh nghiệp",
    "hợp tác y tế và giáo dục",
]
VERBS = ["Nghiên cứu", "Đề xuất", "Phối hợp", "Vận động", "Tổ chức", "Xây dựng kế hoạch", "Đẩy mạnh", "Thúc đẩy"]
NOTES = [
    "Đã gửi công văn đề nghị",
    "Phía bạn đã phản hồi, đang nghiên cứu",
    "Đã trao đổi qua điện thoại",
    "Chờ ý kiến Ủy ban nhân dân thành phố",
    "Đã tổ chức họp trực tuyến",
    "Đang chuẩn bị tài liệu",
]
OFFICERS = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Tuấn", "Phạm Thu Hằng", "Đỗ Quang Huy"]
UNITS = [
    "Ban Quản lý Khu kinh tế Hải Phòng",
    "Ủy ban nhân dân thành phố Hải Phòng",
    "Sở Ngoại vụ Hải Phòng",
    "Sở Công Thương Hải Phòng",
    "Sở Kế hoạch và Đầu tư Hải Phòng",
    "Ủy ban nhân dân quận Hồng Bàng",
]


def _chunks(rows: list[dict], size: int = 5000):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def generate(path: str | Path, n: int, seed: int = 20240513, quiet: bool = False) -> dict[str, int]:
    """Create (or fill) the database at ``path`` with ``n`` follow-ups and their surroundings."""
    rng = random.Random(seed)
    database = open_database(path)
    engine = database.engine
    now = dt.datetime(2026, 11, 1, 8, 0)
    today = dt.date(2026, 11, 22)
    n_partners = max(1, n // 10)
    n_meetings = max(1, n // 3)
    n_agreements = max(1, n // 10)
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(Officer), [{"name": name, "created_at": now} for name in OFFICERS])
        conn.execute(
            insert(Category),
            [{"code": code, "name": name, "name_en": name_en, "position": i} for i, (code, name, name_en) in enumerate(DEFAULT_CATEGORIES)],
        )
        conn.execute(
            insert(Unit),
            [{"name": name, "search_key": fold(name), "sort_key": sort_key(name), "created_at": now, "updated_at": now} for name in UNITS],
        )
        partners, aliases = [], []
        for pid in range(1, n_partners + 1):
            vi, en, zh = PLACES[pid % len(PLACES)]
            kind_vi, kind_en, kind_zh, level = KINDS_VI[pid % len(KINDS_VI)]
            name = clean(f"{kind_vi} {vi} {pid}")
            names = [name, f"{en} {kind_en} {pid}", f"{zh}{kind_zh}{pid}"]
            alias_list = [f"{vi} {pid}", f"{en} {pid}", f"{zh}{pid}"]
            partners.append(
                {
                    "id": pid,
                    "name": name,
                    "name_en": names[1],
                    "name_native": names[2],
                    "kind": "government",
                    "level": level.value,
                    "country": "CN",
                    "parent_id": None,
                    "relationship_since": 1990 + pid % 35 if pid % 4 == 0 else None,
                    "search_key": " | ".join(fold(x) for x in names + alias_list),
                    "sort_key": sort_key(name),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            aliases += [{"partner_id": pid, "alias": alias} for alias in alias_list]
        for chunk in _chunks(partners):
            conn.execute(insert(Partner), chunk)
        for chunk in _chunks(aliases):
            conn.execute(insert(PartnerAlias), chunk)

        meetings, links = [], []
        for mid in range(1, n_meetings + 1):
            pid = rng.randint(1, n_partners)
            date = today - dt.timedelta(days=rng.randint(0, 3650))
            title = f"Tiếp đoàn {partners[pid - 1]['name']} về {rng.choice(TOPICS)}"
            meetings.append(
                {
                    "id": mid,
                    "date": date,
                    "place": "Hải Phòng",
                    "title": title,
                    "direction": rng.choice(list(MeetingDirection)).value,
                    "format": rng.choice(list(MeetingFormat)).value,
                    "host_unit_id": rng.randint(1, len(UNITS)),
                    "our_lead": rng.choice(OFFICERS),
                    "search_key": fold(title),
                    "sort_key": sort_key(title),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            links.append({"meeting_id": mid, "partner_id": pid})
        for chunk in _chunks(meetings):
            conn.execute(insert(Meeting), chunk)
        for chunk in _chunks(links):
            conn.execute(insert(meeting_partners), chunk)

        agreements, parties = [], []
        for aid in range(1, n_agreements + 1):
            meeting = meetings[rng.randrange(n_meetings)]
            pid = links[meeting["id"] - 1]["partner_id"]
            form = rng.choice(list(AgreementForm))
            title = f"Văn bản hợp tác về {rng.choice(TOPICS)} số {aid}"
            effective = meeting["date"]
            expiry = effective + dt.timedelta(days=365 * rng.randint(1, 5)) if rng.random() < 0.6 else None
            agreements.append(
                {
                    "id": aid,
                    "form": form.value,
                    "title": title,
                    "signed_date": effective,
                    "effective_date": effective,
                    "expiry_date": expiry,
                    "meeting_id": meeting["id"],
                    "signing_unit_id": meeting["host_unit_id"],
                    "status": rng.choice([AgreementStatus.SIGNED, AgreementStatus.IN_FORCE]).value,
                    "search_key": fold(title),
                    "sort_key": sort_key(title),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            parties.append({"agreement_id": aid, "partner_id": pid})
        for chunk in _chunks(agreements):
            conn.execute(insert(Agreement), chunk)
        for chunk in _chunks(parties):
            conn.execute(insert(agreement_parties), chunk)

        statuses = list(FollowUpStatus)
        precisions = list(DuePrecision)
        followups, progress = [], []
        for fid in range(1, n + 1):
            meeting = meetings[rng.randrange(n_meetings)]
            pid = links[meeting["id"] - 1]["partner_id"]
            title = f"{rng.choice(VERBS)} {rng.choice(TOPICS)} ({fid})"
            status = rng.choice(statuses)
            due = None
            precision = None
            if rng.random() < 0.8:
                precision = rng.choice(precisions)
                due = normalise_due(meeting["date"] + dt.timedelta(days=rng.randint(30, 900)), precision)
            n_entries = rng.randint(0, 10)
            if status != FollowUpStatus.NOT_STARTED and n_entries == 0:
                n_entries = 1
            entry_date = meeting["date"]
            completed = None
            for k in range(n_entries):
                entry_date = min(today, entry_date + dt.timedelta(days=rng.randint(1, 60)))
                entry_status = status.value if k == n_entries - 1 else FollowUpStatus.IN_PROGRESS.value
                progress.append(
                    {
                        "followup_id": fid,
                        "date": entry_date,
                        "status": entry_status,
                        "note": rng.choice(NOTES),
                        "officer_id": rng.randint(1, len(OFFICERS)),
                        "created_at": now,
                    }
                )
            if status == FollowUpStatus.DONE:
                completed = entry_date
            officer = rng.choice(OFFICERS)
            followups.append(
                {
                    "id": fid,
                    "title": title,
                    "direction": rng.choice(list(FollowUpDirection)).value,
                    "partner_id": pid,
                    "meeting_id": meeting["id"],
                    "agreement_id": rng.randint(1, n_agreements) if rng.random() < 0.3 else None,
                    "category_id": rng.randint(1, len(DEFAULT_CATEGORIES)),
                    "unit_id": meeting["host_unit_id"],
                    "officer": officer,
                    "priority": rng.choice(list(Priority)).value,
                    "due_date": due,
                    "due_precision": precision.value if precision else None,
                    "status": status.value,
                    "completed_on": completed,
                    "last_progress_date": entry_date if n_entries else None,
                    "raised_on": meeting["date"],
                    "search_key": " | ".join([fold(title), fold(officer)]),
                    "sort_key": sort_key(title),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        for chunk in _chunks(followups):
            conn.execute(insert(FollowUp), chunk)
        for chunk in _chunks(progress, 20000):
            conn.execute(insert(ProgressEntry), chunk)
    raw = engine.raw_connection()  # outside any transaction: ANALYZE, then fold the WAL into the file
    try:
        raw.driver_connection.execute("ANALYZE")
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    database.dispose()
    counts = {
        "followups": n,
        "partners": n_partners,
        "aliases": len(aliases),
        "meetings": n_meetings,
        "agreements": n_agreements,
        "progress_entries": len(progress),
    }
    if not quiet:
        print(f"generated {counts} in {time.perf_counter() - started:.1f} s")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of follow-ups")
    parser.add_argument("--db", required=True, help="database file to create (must not exist)")
    parser.add_argument("--seed", type=int, default=20240513)
    args = parser.parse_args(argv)
    if Path(args.db).exists():
        parser.error(f"{args.db} exists; give a new file")
    generate(args.db, args.n, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
