"""The brief's content (SPEC §4) gathered from a real database, and its HTML escaped (no Qt here)."""

from __future__ import annotations

import datetime as dt

import pytest

from hptracker.core.brief import MAX_POINTS_PER_KIND, add_months, build_brief, esc, long_date, render_html, section_titles
from hptracker.core.errors import NotFoundError, ValidationError

pytestmark = pytest.mark.both_backends

TODAY = dt.date(2025, 2, 5)
HOSTILE = ("<b>x</b>", "a < b & c", "<img src=file:///etc/passwd>")


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def scene(tracker, partner):
    """A partner with past and planned meetings, agreements, follow-ups of every kind and facts."""
    t = tracker
    parent = t.create_partner(name="Thành phố Thiệu Hưng", name_en="Shaoxing City", kind="government", level="city", country="CN")
    t.update_partner(partner.id, parent_id=parent.id, relationship_level="Hữu nghị", relationship_since=2006)
    other = t.create_partner(name="Tập đoàn Khác", kind="enterprise", country="KR")
    unit = t.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA")
    ids = {"partner": partner.id, "other": other.id}
    ids["old"] = t.create_meeting(date=_days(-700), title="Gặp lần đầu", partner_ids=[partner.id], summary="Tóm tắt cũ").id
    ids["recent"] = t.create_meeting(
        date=_days(-30), title="Làm việc gần đây", partner_ids=[partner.id], our_lead="Lê Trung Kiên", partner_head="金近富"
    ).id
    ids["next"] = t.create_meeting(
        date=_days(10),
        time=dt.time(9, 30),
        title="Hội đàm sắp tới",
        place="Hải Phòng",
        format="talks",
        partner_ids=[partner.id, other.id],
        host_unit_id=unit.id,
        our_lead="Lê Trung Kiên",
        partner_head="金近富",
        partner_head_romanised="Jin Jinfu, District Chief",
        attendees="Hai bên",
    ).id
    ids["later"] = t.create_meeting(date=_days(60), title="Sự kiện xa hơn", partner_ids=[partner.id]).id
    t.create_meeting(date=_days(-5), title="Không liên quan", partner_ids=[other.id])

    ids["soon"] = t.create_agreement(
        form="mou",
        title="Bản ghi nhớ sắp hết hạn",
        party_ids=[partner.id],
        signed_date=_days(-300),
        expiry_date=_days(90),
        status="in_force",
    ).id
    ids["gone"] = t.create_agreement(
        form="letter_of_intent",
        title="Thư ý định đã quá hạn",
        party_ids=[partner.id],
        signed_date=_days(-900),
        expiry_date=_days(-10),
        status="signed",
    ).id
    ids["far"] = t.create_agreement(
        form="twinning",
        title="Kết nghĩa lâu dài",
        party_ids=[partner.id],
        signed_date=_days(-100),
        expiry_date=_days(400),
        status="in_force",
    ).id

    def followup(title, direction, due=None, **extra):
        return t.create_followup(title=title, direction=direction, partner_id=partner.id, due=due, **extra).id

    ids["ours_due_later"] = followup("Ours due later", "ours", _days(40))
    ids["ours_overdue_old"] = followup("Ours overdue a lot", "ours", _days(-50))
    ids["ours_no_due"] = followup("Ours without due", "ours")
    ids["ours_overdue_new"] = followup("Ours overdue a little", "ours", _days(-3))
    ids["theirs_due"] = followup("Theirs due soon", "theirs", _days(5))
    ids["theirs_overdue"] = followup("Theirs overdue", "theirs", _days(-1))
    ids["joint"] = followup("Joint liaison", "joint", "Q4/2025")
    ids["done_recent"] = followup("Done last month", "ours")
    ids["done_old"] = followup("Done long ago", "theirs")
    ids["dropped"] = followup("Dropped one", "ours")
    ids["awaiting"] = followup("Awaiting their answer", "ours", _days(20))
    t.create_followup(title="Other partner's item", direction="ours", partner_id=other.id)
    # Progress is dated in the real past, so completion dates are relative to the real today.
    real_today = dt.date.today()
    t.record_progress(ids["done_recent"], status="done", date=real_today - dt.timedelta(days=30), note="Đã xong")
    t.record_progress(ids["done_old"], status="done", date=real_today - dt.timedelta(days=500))
    t.record_progress(ids["dropped"], status="dropped")
    t.record_progress(ids["awaiting"], status="awaiting_partner", note="Đã gửi công hàm\ndòng hai")

    t.create_fact(indicator="Partner fact", value=12, unit="dự án", partner_id=partner.id, as_of=_days(-40))
    t.create_fact(indicator="China fact", value=339, unit="dự án", country="CN", as_of=_days(-400), source="Báo cáo")
    t.create_fact(indicator="City fact", value=860, unit="dự án", as_of=_days(-400))
    t.create_fact(indicator="Korea fact", value=1, unit="x", country="KR")
    return ids


def _real_brief(tracker, ids, **kwargs):
    """Completion dates come from the real clock, so the 12-month window is judged from it too."""
    return build_brief(tracker, ids["partner"], today=kwargs.pop("today", TODAY), lang=kwargs.pop("lang", "en"), **kwargs)


def test_meeting_details_are_the_nearest_planned_meeting(tracker, scene):
    brief = _real_brief(tracker, scene)
    m = brief.meeting
    assert m is not None and m.id == scene["next"] and m.planned
    assert (m.time, m.place, m.format, m.host_unit) == (dt.time(9, 30), "Hải Phòng", "talks", "Ban Quản lý Khu kinh tế Hải Phòng")
    assert m.partner_names == ("Huyện Thượng Ngu", "Tập đoàn Khác")
    assert (brief.partner.head_of_delegation, brief.partner.head_of_delegation_romanised) == ("金近富", "Jin Jinfu, District Chief")


def test_without_a_planned_meeting_the_latest_is_shown(tracker, scene):
    brief = _real_brief(tracker, scene, today=_days(100))
    assert brief.meeting.id == scene["later"] and not brief.meeting.planned


def test_a_given_meeting_must_involve_the_partner(tracker, scene):
    brief = _real_brief(tracker, scene, meeting_id=scene["old"])
    assert brief.meeting.id == scene["old"]
    unrelated = tracker.create_meeting(date=_days(3), title="Khác", partner_ids=[scene["other"]]).id
    with pytest.raises(ValidationError):
        _real_brief(tracker, scene, meeting_id=unrelated)
    with pytest.raises(NotFoundError):
        _real_brief(tracker, scene, meeting_id=99999)


def test_history_is_past_meetings_newest_first(tracker, scene):
    brief = _real_brief(tracker, scene)
    assert [h.id for h in brief.history] == [scene["recent"], scene["old"]]
    assert brief.history[1].summary == "Tóm tắt cũ"
    assert brief.history[0].partner_head == "金近富"


def test_profile_has_every_name_and_the_parent_chain(tracker, scene):
    p = _real_brief(tracker, scene).partner
    assert (p.name, p.name_en, p.name_native) == ("Huyện Thượng Ngu", "Shangyu District", "上虞区")
    assert p.aliases == ("Thuong Ngu", "Shangyu")
    assert p.parents == ("Thành phố Thiệu Hưng",)
    assert (p.relationship_level, p.relationship_since) == ("Hữu nghị", 2006)


def test_agreements_carry_effective_status_and_expiry_warnings(tracker, scene):
    by_id = {a.id: a for a in _real_brief(tracker, scene).agreements}
    assert (by_id[scene["soon"]].warning, by_id[scene["soon"]].days_to_expiry) == ("expiring", 90)
    assert (by_id[scene["gone"]].warning, by_id[scene["gone"]].status) == ("expired", "expired")
    assert by_id[scene["far"]].warning is None and by_id[scene["far"]].status == "in_force"


def test_open_followups_split_by_direction_overdue_first(tracker, scene):
    brief = _real_brief(tracker, scene)
    assert [e.id for e in brief.ours] == [
        scene["ours_overdue_old"],
        scene["ours_overdue_new"],
        scene["awaiting"],
        scene["ours_due_later"],
        scene["ours_no_due"],
    ]
    assert [e.id for e in brief.theirs] == [scene["theirs_overdue"], scene["theirs_due"]]
    assert [e.id for e in brief.joint] == [scene["joint"]]
    first = brief.ours[0]
    assert first.overdue and first.days_overdue == 50 and first.due_text == "17/12/2024"
    assert brief.joint[0].due_text == "Q4/2025"
    awaiting = next(e for e in brief.ours if e.id == scene["awaiting"])
    assert awaiting.latest_note == "Đã gửi công hàm\ndòng hai"


def test_completed_in_the_last_twelve_months(tracker, scene):
    brief = _real_brief(tracker, scene, today=dt.date.today())
    assert [e.id for e in brief.completed] == [scene["done_recent"]]
    assert brief.completed[0].timeliness == "no_due"


def test_facts_for_partner_country_and_city(tracker, scene):
    facts = _real_brief(tracker, scene).facts
    assert [f.indicator for f in facts] == ["Partner fact", "China fact", "City fact"]
    assert facts[1].value == "339 dự án" and facts[1].source == "Báo cáo"


def test_talking_points_overdue_awaiting_and_expiring(tracker, scene):
    points = _real_brief(tracker, scene, notes="  Hỏi về đường bay  ").talking_points
    assert [(p.kind, p.title) for p in points] == [
        ("overdue", "Ours overdue a lot"),
        ("overdue", "Ours overdue a little"),
        ("overdue", "Theirs overdue"),
        ("awaiting", "Awaiting their answer"),
        ("expiring", "Bản ghi nhớ sắp hết hạn"),
    ]


def test_talking_points_are_capped_per_kind(tracker, partner):
    for i in range(MAX_POINTS_PER_KIND + 4):
        tracker.create_followup(title=f"Late {i}", direction="ours", partner_id=partner.id, due=_days(-1 - i))
    points = build_brief(tracker, partner.id, today=TODAY, lang="en").talking_points
    assert len(points) == MAX_POINTS_PER_KIND + 1
    assert points[-1].more == 4 and points[0].title == f"Late {MAX_POINTS_PER_KIND + 3}"


def test_html_has_every_section_and_notes(tracker, scene):
    brief = _real_brief(tracker, scene, notes="Line one\nLine <two>")
    assert brief.notes == "Line one\nLine <two>"
    html = render_html(brief, css="")
    for number, title in enumerate(section_titles(), 1):
        assert f"<h2>{number}. {title}</h2>" in html
    assert "Line one<br>Line &lt;two&gt;" in html
    assert "Our requests to them (5)" in html and "Their requests to us (2)" in html
    assert "Joint commitments (1)" in html
    assert "Prepared on 5 February 2025" in html
    assert html.count("<thead>") >= 5  # every table repeats its header row across pages


def test_stylesheet_is_read_from_resources(tracker, partner):
    html = render_html(build_brief(tracker, partner.id, today=TODAY, lang="en"))
    assert "font-family" in html and "h2" in html


def test_hostile_text_never_becomes_markup(tracker, partner):
    for title in HOSTILE:
        tracker.create_followup(title=title, direction="ours", partner_id=partner.id, due=_days(-2))
    tracker.create_meeting(date=_days(1), title="<img src=file:///etc/passwd>", partner_ids=[partner.id], place="a < b & c")
    html = render_html(build_brief(tracker, partner.id, today=TODAY, lang="en", notes="<b>x</b>"), css="")
    assert "<img" not in html and "<b>x</b>" not in html and "a < b" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "a &lt; b &amp; c" in html
    assert "&lt;img src=file:///etc/passwd&gt;" in html


def test_esc_keeps_line_breaks_and_quotes():
    assert esc('say "hi"\r\nnow & <then>') == "say &quot;hi&quot;<br>now &amp; &lt;then&gt;"
    assert esc(None) == ""


def test_long_date_in_both_languages():
    assert long_date(dt.date(2025, 2, 5), "vi") == "ngày 05 tháng 02 năm 2025"
    assert long_date(dt.date(2025, 2, 5), "en") == "5 February 2025"


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2024, 8, 31), 6) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 2, 5), -12) == dt.date(2024, 2, 5)
    assert add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)


def test_deleted_partner_has_no_brief(tracker, partner):
    tracker.delete_partner(partner.id)
    with pytest.raises(NotFoundError):
        build_brief(tracker, partner.id)
