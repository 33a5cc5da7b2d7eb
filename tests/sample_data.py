"""The same awkward records written into any database through the public API.

Added to the demo records by the tests that compare SQLite and PostgreSQL answers: Vietnamese
names that differ only by a tone or a modifier (Ha, Hà, Hạ, Hai; An, Ấn, Ăn; Đ and D), upper and
lower case, Chinese, LIKE's wildcards, and many empty values (no English name, no due date, no
officer, no unit, no place, no signing date) so that where empty values sort shows. Written in a
fixed order with no failing write, so that both databases give every record the same ID.
"""

from __future__ import annotations

import datetime as dt
import random

PARTNERS = [
    dict(name="Thành phố Đà Nẵng", name_en="Da Nang City", aliases=["Đà Nẵng", "DN"]),
    dict(name="Cảng Da Nang", kind="enterprise"),
    dict(name="Ấn Độ", name_en="India", name_native="भारत", level="country", country="IN"),
    dict(name="Tỉnh An Giang", name_en=None, aliases=["an giang"]),
    dict(name="Ăn Uống Group", kind="enterprise", name_en="an uong"),
    dict(name="Hà Nội", name_en="Hanoi", name_native="河内", aliases=["HN", "Thăng Long"]),
    dict(name="Ha Long", name_en="Halong"),
    dict(name="Hạ Long Bay Co.", kind="enterprise", name_en="halong bay"),
    dict(name="Hai Bà Trưng", name_en=None),
    dict(name="Thượng Hải", name_en="Shanghai", name_native="上海市", country="CN", aliases=["上海", "Shànghǎi"]),
    dict(name="上海港务集团", name_en="SIPG", kind="enterprise", country="CN"),
    dict(name="Zürich", name_en="Zurich", country="CH", kind="organisation"),
    dict(name="ĐỒNG NAI", name_en="Dong Nai"),
    dict(name="đồng tháp", name_en=None, aliases=["Dong Thap"]),
    dict(name="50% Group_A", name_en="Fifty_Percent", kind="enterprise", aliases=["100%"]),
    dict(name="Ô Môn", name_en="O Mon"),
    dict(name="Ơn Nghĩa", name_en=None),
    dict(name="Óc Eo", name_en="Oc Eo", relationship_level="Hữu nghị", relationship_since=1995),
]

TITLES = [
    "Mở đường bay thẳng Hà Nội – Thượng Hải",
    "Kết nghĩa hai thành phố",
    "Thu hút đầu tư vào khu kinh tế",
    "Chia sẻ kinh nghiệm khu thương mại tự do",
    "Giao lưu văn hóa 上海",
    "Xúc tiến thương mại 50%_giảm",
    "ăn uống và du lịch",
    "An toàn thực phẩm",
    "Ấn phẩm quảng bá",
    "Đào tạo nguồn nhân lực",
    "dao tao ngan han",
    "ĐẦU TƯ LOGISTICS",
    "Zebra crossing",
    "hạ tầng cảng",
    "Hà Tiên – Ha Long",
]
OFFICERS = [None, None, "Đỗ Huy", "do Huy", "Anh Tú", "Ánh", "an", "Zed", "Đặng Thu"]
DUES = [None, None, "Q3/2024", "2025", "13/05/2024", "05/2026", "2023", "31/12/2024", "Q1/2027"]
PLACES = [None, "Hà Nội", "hà nội", "Ba Đình", "Zürich", "上海"]
LEADS = [None, "An", "an", "Ánh", "Bình", "Đỗ Huy"]


def add_awkward_records(tracker, seed: int = 15) -> None:
    rng = random.Random(seed)
    demo_partners = [row.id for row in tracker.list_partners()]
    units = [unit.id for unit in tracker.list_units()]
    units.append(tracker.create_unit(name="Ủy ban nhân dân xã An Lư", name_en=None).id)
    categories = [category.id for category in tracker.list_categories()]
    parent = None
    partners = list(demo_partners)
    for values in PARTNERS:
        values = dict(values)
        if values.get("kind") is None and rng.random() < 0.5:
            values["parent_id"] = parent
        created = tracker.create_partner(**values)
        parent = parent or created.id
        partners.append(created.id)

    meetings = [None]
    for i in range(8):
        meetings.append(
            tracker.create_meeting(
                date=dt.date(2023, 1, 1) + dt.timedelta(days=37 * i),
                title=rng.choice(TITLES) + f" ({i})",
                partner_ids=rng.sample(partners, rng.choice([1, 2])),
                place=rng.choice(PLACES),
                our_lead=rng.choice(LEADS),
                host_unit_id=rng.choice([None, *units]),
                direction=rng.choice(["incoming", "outgoing", "online", "event"]),
            ).id
        )

    agreements = [None]
    for i in range(6):
        signed = rng.choice([None, dt.date(2022, 3, 4), dt.date(2024, 5, 13), dt.date(2021, 1, 1)])
        expiry = rng.choice([None, dt.date(2023, 1, 1), dt.date(2030, 1, 1)])
        agreements.append(
            tracker.create_agreement(
                form=rng.choice(["mou", "letter_of_intent", "twinning", "other"]),
                title=rng.choice(TITLES) + f" [{i}]",
                party_ids=rng.sample(partners, rng.choice([1, 2])),
                signed_date=signed,
                expiry_date=expiry,
                effective_date=None,
                reference=rng.choice([None, "01/2024/TTHT", "a-7"]),
                signing_unit_id=rng.choice([None, *units]),
                status=rng.choice(["signed", "in_force", "proposed"]),
                fields=rng.sample(["Văn hóa", "văn hoá", "Đầu tư", "Y tế", "上海", "an ninh"], rng.choice([0, 1, 2])),
                meeting_id=rng.choice(meetings),
            ).id
        )

    followups = []
    for i in range(45):
        followups.append(
            tracker.create_followup(
                title=f"{rng.choice(TITLES)} #{i}",
                direction=rng.choice(["ours", "theirs", "joint"]),
                partner_id=rng.choice(partners),
                unit_id=rng.choice([None, *units]),
                category_id=rng.choice([None, *categories]),
                due=rng.choice(DUES),
                officer=rng.choice(OFFICERS),
                priority=rng.choice(["low", "normal", "high"]),
                meeting_id=rng.choice(meetings),
                agreement_id=rng.choice(agreements),
                fields=rng.sample(["Văn hóa", "Đầu tư", "上海"], rng.choice([0, 1])),
            ).id
        )
    for followup_id in rng.sample(followups, 20):
        tracker.record_progress(
            followup_id,
            status=rng.choice(["in_progress", "awaiting_partner", "done", "dropped", "on_hold"]),
            note=rng.choice([None, "Đã gửi công văn", "chờ phía bạn trả lời", "完成"]),
            date=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300)),
        )
    for followup_id in rng.sample(followups, 4):
        tracker.delete_followup(followup_id)
    tracker.delete_partner(partners[-1])
