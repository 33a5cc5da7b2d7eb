"""Demo records from two published reports (SPEC §7).

Adding them is idempotent: each record is looked up by its natural key (a partner's name, a
meeting's date and title, an agreement's title, a follow-up's title and partner, a fact's indicator)
and only what is missing is created, so running ``hptracker demo`` twice changes nothing, also when
two workstations run it on one server database at the same moment (the second waits for the first).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from .dialects import exclusive
from .enums import AgreementForm, AgreementStatus, FollowUpDirection, GovLevel, MeetingDirection, MeetingFormat, PartnerKind
from .models import Agreement, Fact, FollowUp, Meeting, Partner, Unit
from .text import Due, DuePrecision
from .tracker import Tracker

HEZA = "Ban Quản lý Khu kinh tế Hải Phòng"
CITY_PC = "Ủy ban nhân dân thành phố Hải Phòng"
DOFA = "Sở Ngoại vụ Hải Phòng"

UNITS = [
    dict(name=HEZA, name_en="Hai Phong Economic Zone Authority", abbreviation="HEZA"),
    dict(name=CITY_PC, name_en="Hai Phong City People's Committee", abbreviation="UBND TP"),
    dict(name=DOFA, name_en="Hai Phong Department of Foreign Affairs", abbreviation="SNgV"),
]

# (key, values); parents refer to earlier keys.
PARTNERS: list[tuple[str, dict[str, Any]]] = [
    (
        "china",
        dict(
            name="Trung Quốc",
            name_en="China",
            name_native="中国",
            kind=PartnerKind.GOVERNMENT,
            level=GovLevel.COUNTRY,
            country="CN",
            aliases=["Cộng hòa Nhân dân Trung Hoa", "Zhongguo"],
        ),
    ),
    (
        "zhejiang",
        dict(
            name="Tỉnh Chiết Giang",
            name_en="Zhejiang Province",
            name_native="浙江省",
            kind=PartnerKind.GOVERNMENT,
            level=GovLevel.PROVINCE,
            country="CN",
            aliases=["Chiết Giang", "Zhejiang"],
            parent="china",
        ),
    ),
    (
        "shaoxing",
        dict(
            name="Thành phố Thiệu Hưng",
            name_en="Shaoxing City",
            name_native="绍兴市",
            kind=PartnerKind.GOVERNMENT,
            level=GovLevel.CITY,
            country="CN",
            aliases=["Thiệu Hưng", "Shaoxing"],
            parent="zhejiang",
        ),
    ),
    (
        "shangyu",
        dict(
            name="Huyện Thượng Ngu",
            name_en="Shangyu District",
            name_native="上虞区",
            kind=PartnerKind.GOVERNMENT,
            level=GovLevel.DISTRICT,
            country="CN",
            aliases=["Thuong Ngu", "Thượng Ngu", "Shangyu", "Shàngyú"],
            parent="shaoxing",
        ),
    ),
    (
        "wolong",
        dict(
            name="Tập đoàn Wolong",
            name_en="Wolong Group",
            name_native="卧龙集团",
            kind=PartnerKind.ENTERPRISE,
            country="CN",
            aliases=["Wolong", "Ngọa Long"],
            notes="Tập đoàn có trụ sở tại huyện Thượng Ngu, thành phố Thiệu Hưng, tỉnh Chiết Giang.",
        ),
    ),
    (
        "guangxi",
        dict(
            name="Khu tự trị dân tộc Choang Quảng Tây",
            name_en="Guangxi Zhuang Autonomous Region",
            name_native="广西壮族自治区",
            kind=PartnerKind.GOVERNMENT,
            level=GovLevel.PROVINCE,
            country="CN",
            aliases=["Quảng Tây", "Guangxi"],
            parent="china",
        ),
    ),
    (
        "nanning",
        dict(
            name="Thành phố Nam Ninh",
            name_en="Nanning City",
            name_native="南宁市",
            kind=PartnerKind.GOVERNMENT,
            level=GovLevel.CITY,
            country="CN",
            aliases=["Nam Ninh", "Nanning"],
            parent="guangxi",
            relationship_level="Quan hệ hợp tác hữu nghị",
            relationship_since=2006,
        ),
    ),
]

SOURCE_2024 = "Thông cáo báo chí, Ban Quản lý Khu kinh tế Hải Phòng, 13/05/2024"
SOURCE_2023 = "Thông cáo báo chí, Ủy ban nhân dân thành phố Hải Phòng, 14/05/2023"

MEETING_2024 = dict(
    date=dt.date(2024, 5, 13),
    place="Trụ sở Ban Quản lý Khu kinh tế Hải Phòng",
    direction=MeetingDirection.INCOMING,
    format=MeetingFormat.WORKING_SESSION,
    title="Tiếp đoàn công tác huyện Thượng Ngu và Tập đoàn Wolong (Trung Quốc)",
    our_lead="Lê Trung Kiên, Trưởng ban Ban Quản lý Khu kinh tế Hải Phòng",
    partner_head_romanised="Jin Jinfu, Huyện trưởng huyện Thượng Ngu (District Chief)",
    attendees="Đại diện huyện Thượng Ngu (thành phố Thiệu Hưng, tỉnh Chiết Giang) và Tập đoàn Wolong; "
    "lãnh đạo và các phòng chuyên môn Ban Quản lý Khu kinh tế Hải Phòng",
    summary="Hai bên trao Thư ý định hợp tác trên cơ sở cùng có lợi trong các lĩnh vực kinh tế, thương mại, "
    "khoa học công nghệ, văn hóa, giáo dục, thể thao, y tế và nguồn nhân lực.",
    source=SOURCE_2024,
)

LETTER_OF_INTENT = dict(
    form=AgreementForm.LETTER_OF_INTENT,
    title="Thư ý định hợp tác giữa Ban Quản lý Khu kinh tế Hải Phòng và huyện Thượng Ngu",
    our_signatory="Lê Trung Kiên, Trưởng ban Ban Quản lý Khu kinh tế Hải Phòng",
    partner_signatory="Jin Jinfu, Huyện trưởng huyện Thượng Ngu",
    status=AgreementStatus.SIGNED,
    summary="Hợp tác trên cơ sở cùng có lợi.",
    fields=["Kinh tế, thương mại", "Khoa học, công nghệ", "Văn hóa", "Giáo dục", "Thể thao", "Y tế", "Nguồn nhân lực"],
)

# (partner key, direction, category, title, due)
FOLLOWUPS_2024 = [
    (
        "shangyu",
        FollowUpDirection.OURS,
        "investment",
        "Vận động doanh nghiệp các lĩnh vực điện tử, trí tuệ nhân tạo, logistics, giáo dục và đào tạo đầu tư vào Hải Phòng",
        None,
    ),
    ("shangyu", FollowUpDirection.OURS, "direct_flight", "Nghiên cứu, đề xuất mở đường bay thẳng giữa tỉnh Chiết Giang và Hải Phòng", None),
    ("shangyu", FollowUpDirection.OURS, "twinning", "Lựa chọn một quận, huyện của Hải Phòng để kết nghĩa với huyện Thượng Ngu", None),
    ("shangyu", FollowUpDirection.OURS, "ftz", "Chia sẻ kinh nghiệm xây dựng và phát triển khu thương mại tự do", None),
    (
        "wolong",
        FollowUpDirection.OURS,
        "investment",
        "Tập đoàn Wolong mở rộng sản xuất, đầu tư vào các lĩnh vực mới trong năm 2024",
        Due(dt.date(2024, 12, 31), DuePrecision.YEAR),
    ),
    (
        "shangyu",
        FollowUpDirection.THEIRS,
        "investment",
        "Tiếp tục tăng cường đầu tư vào các lĩnh vực hai bên cùng quan tâm (điện, điện tử, hóa chất)",
        None,
    ),
]

MEETING_2023 = dict(
    date=dt.date(2023, 5, 14),
    place="Trụ sở Ủy ban nhân dân thành phố Hải Phòng",
    direction=MeetingDirection.INCOMING,
    format=MeetingFormat.COURTESY_CALL,
    title="Tiếp đoàn đại biểu thành phố Nam Ninh (Quảng Tây, Trung Quốc)",
    our_lead="Hoàng Minh Cường, Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng",
    partner_head_romanised="Trần Hồng, Phó Thị trưởng Thường trực thành phố Nam Ninh (Standing Vice-Mayor)",
    summary="Hai thành phố có quan hệ hợp tác hữu nghị từ năm 2006. Hai bên nhất trí duy trì cơ chế liên lạc "
    "định kỳ giữa hai chính quyền; đẩy mạnh ngoại giao nhân dân, giao lưu văn hóa; hợp tác kinh tế, "
    "thương mại, nhất là lĩnh vực ô tô năng lượng mới.",
    source=SOURCE_2023,
)

FRIENDSHIP = dict(
    form=AgreementForm.FRIENDSHIP,
    title="Quan hệ hợp tác hữu nghị giữa thành phố Hải Phòng và thành phố Nam Ninh",
    status=AgreementStatus.IN_FORCE,
    summary="Quan hệ hợp tác hữu nghị từ năm 2006.",
    fields=["Kinh tế, thương mại", "Văn hóa"],
)

FOLLOWUPS_2023 = [
    ("nanning", FollowUpDirection.JOINT, "liaison", "Duy trì cơ chế liên lạc định kỳ giữa chính quyền hai thành phố", None),
    ("nanning", FollowUpDirection.JOINT, "culture", "Đẩy mạnh ngoại giao nhân dân và giao lưu văn hóa giữa hai thành phố", None),
    ("nanning", FollowUpDirection.JOINT, "trade", "Hợp tác kinh tế, thương mại, nhất là lĩnh vực ô tô năng lượng mới", None),
]

AS_OF_2023 = dt.date(2023, 4, 30)
FACTS = [
    dict(
        indicator="Dự án FDI còn hiệu lực trên địa bàn thành phố",
        value=860,
        unit="dự án",
        scope="Hải Phòng, từ 42 quốc gia và vùng lãnh thổ",
        as_of=AS_OF_2023,
        source=SOURCE_2023,
    ),
    dict(
        indicator="Tổng vốn FDI đăng ký",
        value=25,
        value_text="trên 25 tỷ USD",
        unit="tỷ USD",
        scope="Hải Phòng",
        as_of=AS_OF_2023,
        source=SOURCE_2023,
    ),
    dict(
        indicator="Dự án FDI của Trung Quốc (kể cả Đài Loan, Hồng Kông)",
        value=339,
        unit="dự án",
        scope="Hải Phòng",
        country="CN",
        as_of=AS_OF_2023,
        source=SOURCE_2023,
    ),
    dict(
        indicator="Vốn FDI đăng ký của Trung Quốc (kể cả Đài Loan, Hồng Kông)",
        value=5.5,
        value_text="trên 5,5 tỷ USD",
        unit="tỷ USD",
        scope="Hải Phòng",
        country="CN",
        as_of=AS_OF_2023,
        source=SOURCE_2023,
    ),
]


def _find_id(tracker: Tracker, stmt) -> int | None:
    with tracker.db.sessions() as session:
        return session.scalar(stmt)


def add_demo(tracker: Tracker) -> dict[str, int]:
    """Add whatever demo record is missing; return how many records were created, by kind."""
    with exclusive(tracker.db.engine, "demo"):  # look-ups and additions must not interleave
        return _add_demo(tracker)


def _add_demo(tracker: Tracker) -> dict[str, int]:
    created = {"units": 0, "partners": 0, "meetings": 0, "agreements": 0, "followups": 0, "facts": 0}
    tracker.ensure_categories()

    units: dict[str, int] = {}
    for values in UNITS:
        uid = _find_id(tracker, select(Unit.id).where(Unit.name == values["name"]))
        if uid is None:
            uid = tracker.create_unit(**values).id
            created["units"] += 1
        units[values["name"]] = uid

    partners: dict[str, int] = {}
    for key, values in PARTNERS:
        values = dict(values)
        parent = values.pop("parent", None)
        pid = _find_id(tracker, select(Partner.id).where(Partner.name == values["name"], Partner.deleted_at.is_(None)))
        if pid is None:
            pid = tracker.create_partner(**values, parent_id=partners[parent] if parent else None).id
            created["partners"] += 1
        partners[key] = pid

    categories = {c.code: c.id for c in tracker.list_categories()}

    def ensure_meeting(values: dict[str, Any], partner_keys: list[str], host: str) -> int:
        mid = _find_id(tracker, select(Meeting.id).where(Meeting.date == values["date"], Meeting.title == values["title"]))
        if mid is None:
            mid = tracker.create_meeting(**values, partner_ids=[partners[k] for k in partner_keys], host_unit_id=units[host]).id
            created["meetings"] += 1
        return mid

    def ensure_agreement(values: dict[str, Any], **extra: Any) -> int:
        aid = _find_id(tracker, select(Agreement.id).where(Agreement.title == values["title"]))
        if aid is None:
            aid = tracker.create_agreement(**values, **extra).id
            created["agreements"] += 1
        return aid

    def ensure_followups(items, meeting_id: int, agreement_id: int | None, unit: str) -> None:
        for key, direction, category, title, due in items:
            fid = _find_id(tracker, select(FollowUp.id).where(FollowUp.title == title, FollowUp.partner_id == partners[key]))
            if fid is None:
                tracker.create_followup(
                    title=title,
                    direction=direction,
                    partner_id=partners[key],
                    meeting_id=meeting_id,
                    agreement_id=agreement_id,
                    category_id=categories[category],
                    unit_id=units[unit],
                    due=due,
                )
                created["followups"] += 1

    m2024 = ensure_meeting(MEETING_2024, ["shangyu", "wolong"], HEZA)
    loi = ensure_agreement(
        LETTER_OF_INTENT,
        party_ids=[partners["shangyu"]],
        signing_unit_id=units[HEZA],
        signed_date=MEETING_2024["date"],
        signed_place="Hải Phòng",
        meeting_id=m2024,
    )
    ensure_followups(FOLLOWUPS_2024, m2024, loi, HEZA)

    m2023 = ensure_meeting(MEETING_2023, ["nanning"], CITY_PC)
    friendship = ensure_agreement(FRIENDSHIP, party_ids=[partners["nanning"]], signing_unit_id=units[CITY_PC])
    ensure_followups(FOLLOWUPS_2023, m2023, friendship, CITY_PC)

    for fact in FACTS:
        fid = _find_id(tracker, select(Fact.id).where(Fact.indicator == fact["indicator"], Fact.deleted_at.is_(None)))
        if fid is None:
            tracker.create_fact(**fact)
            created["facts"] += 1
    return created
