"""Use cases: validation, one transaction per action, audit, progress, timeliness, search."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from statements import statements_of

from hptracker.core.demo import add_demo
from hptracker.core.errors import NotFoundError, ValidationError
from hptracker.core.rules import days_overdue, timeliness
from hptracker.core.text import Due, DuePrecision
from hptracker.core.tracker import FollowUpQuery, Tracker

D = dt.date

pytestmark = pytest.mark.both_backends


def _counts(tracker: Tracker) -> dict[str, int]:
    return tracker.counts()


# ---- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", None, "\t\n"])
def test_blank_title_is_rejected_naming_the_field(tracker, partner, title):
    before = _counts(tracker)
    with pytest.raises(ValidationError) as info:
        tracker.create_followup(title=title, direction="ours", partner_id=partner.id)
    assert info.value.field == "title"
    assert "Title" in info.value.message
    assert _counts(tracker) == before


def test_unknown_status_is_rejected(tracker, partner):
    followup = tracker.create_followup(title="Mở đường bay", direction="ours", partner_id=partner.id)
    before = _counts(tracker)
    with pytest.raises(ValidationError) as info:
        tracker.record_progress(followup.id, status="finished-ish", note="x")
    assert info.value.field == "status"
    assert "finished-ish" in info.value.message
    assert _counts(tracker) == before
    assert tracker.get_followup(followup.id).status == "not_started"


def test_end_before_start_is_rejected(tracker, partner):
    with pytest.raises(ValidationError) as info:
        tracker.create_agreement(
            form="mou", title="Bản ghi nhớ", party_ids=[partner.id], effective_date="01/06/2024", expiry_date="31/05/2024"
        )
    assert info.value.field == "expiry_date"
    assert tracker.count_agreements() == 0


def test_bad_date_and_bad_due_are_named(tracker, partner):
    with pytest.raises(ValidationError) as info:
        tracker.create_meeting(date="31/02/2024", title="Tiếp đoàn", partner_ids=[partner.id])
    assert info.value.field == "date" and "31/02/2024" in info.value.message
    with pytest.raises(ValidationError) as info:
        tracker.create_followup(title="T", direction="ours", partner_id=partner.id, due="sometime")
    assert info.value.field == "due"


def test_meeting_needs_a_partner_and_partner_must_exist(tracker, partner):
    with pytest.raises(ValidationError) as info:
        tracker.create_meeting(date="13/05/2024", title="Tiếp đoàn", partner_ids=[])
    assert info.value.field == "partner_ids"
    with pytest.raises(ValidationError) as info:
        tracker.create_followup(title="T", direction="ours", partner_id=9999)
    assert info.value.field == "partner_id"


def test_user_braces_in_bad_input_do_not_break_the_message(tracker, partner):
    with pytest.raises(ValidationError) as info:
        tracker.create_meeting(date="{oops}", title="T", partner_ids=[partner.id])
    assert "{oops}" in info.value.message


def test_partner_cannot_be_its_own_ancestor(tracker):
    a = tracker.create_partner(name="A")
    b = tracker.create_partner(name="B", parent_id=a.id)
    with pytest.raises(ValidationError) as info:
        tracker.update_partner(a.id, parent_id=b.id)
    assert info.value.field == "parent_id"
    assert tracker.get_partner(a.id).parent_id is None


@pytest.mark.parametrize("kind", ["unit", "partner", "agreement"])
def test_successions_never_go_round_in_a_circle(tracker, kind):
    """A → B → C, then C → A (or A → A) is refused and nothing changes: a renamed or merged body
    must always lead to a current one."""
    if kind == "unit":
        make = lambda name: tracker.create_unit(name=name)  # noqa: E731
        update, read = tracker.update_unit, lambda i: {u.id: u for u in tracker.list_units()}[i]
    elif kind == "partner":
        make = lambda name: tracker.create_partner(name=name)  # noqa: E731
        update, read = tracker.update_partner, tracker.get_partner
    else:
        party = tracker.create_partner(name="Bên ký")
        make = lambda name: tracker.create_agreement(  # noqa: E731
            form="mou", title=name, party_ids=[party.id], signed_date="13/05/2024"
        )
        update, read = tracker.update_agreement, tracker.get_agreement
    a, b, c = make("A"), make("B"), make("C")
    update(a.id, successor_id=b.id)
    update(b.id, successor_id=c.id)
    audit = tracker.audit_count()
    for record, successor in ((c, a), (a, a), (b, a)):
        with pytest.raises(ValidationError) as info:
            update(record.id, successor_id=successor.id)
        assert info.value.field == "successor_id"
        assert "succeed itself, directly or through other" in info.value.message
    assert [read(r.id).successor_id for r in (a, b, c)] == [b.id, c.id, None]
    assert tracker.audit_count() == audit
    update(c.id, successor_id=None)  # the end of the chain can still change
    update(a.id, successor_id=c.id)  # and skipping a link is no circle
    assert read(a.id).successor_id == c.id


def test_country_code_is_checked_and_uppercased(tracker):
    assert tracker.create_partner(name="Nhật Bản", country="jp").country == "JP"
    with pytest.raises(ValidationError) as info:
        tracker.create_partner(name="X", country="Japan")
    assert info.value.field == "country"


# ---- text -----------------------------------------------------------------------------------------


def test_nfd_and_nfc_input_are_equal_after_saving(tracker):
    nfd = unicodedata.normalize("NFD", "  Thành phố Nam Ninh ")
    partner = tracker.create_partner(name=nfd, aliases=[unicodedata.normalize("NFD", "Nam Ninh")])
    stored = tracker.get_partner(partner.id)
    assert stored.name == "Thành phố Nam Ninh"
    assert stored.aliases[0].alias == "Nam Ninh"
    assert unicodedata.is_normalized("NFC", stored.name)


@pytest.mark.parametrize(
    "query", ["thuong ngu", "Thượng Ngu", "THUONG NGU", "shangyu", "上虞", "Shangyu District", unicodedata.normalize("NFD", "Thượng Ngu")]
)
def test_search_finds_a_partner_by_any_name_in_any_script(demo_tracker, query):
    names = {row.name for row in demo_tracker.list_partners(query)}
    assert names == {"Huyện Thượng Ngu"}
    rows = demo_tracker.query_followups(FollowUpQuery(text=query))
    assert rows and {row.partner_name for row in rows} == {"Huyện Thượng Ngu"}


def test_search_folds_d_with_stroke(tracker, partner):
    tracker.create_followup(title="Nghiên cứu đường bay thẳng", direction="ours", partner_id=partner.id)
    assert tracker.count_followups(FollowUpQuery(text="duong bay")) == 1
    assert tracker.count_followups(FollowUpQuery(text="ĐƯỜNG BAY")) == 1
    assert tracker.count_followups(FollowUpQuery(text="dương bay")) == 1


def test_search_treats_like_wildcards_literally(tracker, partner):
    tracker.create_followup(title="Tăng 5% vốn", direction="ours", partner_id=partner.id)
    tracker.create_followup(title="Tăng 50 dự án", direction="ours", partner_id=partner.id)
    assert tracker.count_followups(FollowUpQuery(text="5%")) == 1
    assert tracker.count_followups(FollowUpQuery(text="_")) == 0


def test_resolve_partner_by_id_name_or_alias(demo_tracker):
    shangyu = demo_tracker.resolve_partner("Shangyu")
    assert shangyu.name == "Huyện Thượng Ngu"
    assert demo_tracker.resolve_partner(str(shangyu.id)).id == shangyu.id
    assert demo_tracker.resolve_partner("上虞区").id == shangyu.id
    with pytest.raises(NotFoundError):
        demo_tracker.resolve_partner("Atlantis")


# ---- due periods and timeliness at period edges -------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "today", "expected"),
    [
        (D(2024, 12, 31), D(2024, 12, 31), "on_track"),  # due "2024": still on time on 31/12
        (D(2024, 12, 31), D(2025, 1, 1), "overdue"),
        (D(2024, 2, 29), D(2024, 2, 29), "on_track"),  # leap day
        (D(2024, 2, 29), D(2024, 3, 1), "overdue"),
        (D(2024, 9, 30), D(2024, 9, 30), "on_track"),  # Q3 end
        (D(2024, 9, 30), D(2024, 10, 1), "overdue"),
        (D(2024, 3, 31), D(2024, 4, 1), "overdue"),  # Q1 end
    ],
)
def test_open_followup_timeliness_at_period_edges(due, today, expected):
    assert timeliness("in_progress", due, None, today).value == expected


def test_done_is_on_time_or_late():
    assert timeliness("done", D(2024, 6, 30), D(2024, 6, 30), D(2025, 1, 1)).value == "on_time"
    assert timeliness("done", D(2024, 6, 30), D(2024, 7, 1), D(2025, 1, 1)).value == "late"
    assert timeliness("dropped", D(2024, 6, 30), None, D(2025, 1, 1)).value == "dropped"
    assert timeliness("not_started", None, None, D(2025, 1, 1)).value == "no_due"
    assert days_overdue("not_started", D(2024, 12, 31), D(2025, 1, 10)) == 10
    assert days_overdue("done", D(2024, 12, 31), D(2025, 1, 10)) is None


def test_quarter_due_is_stored_as_quarter_end_and_overdue_filter_uses_it(tracker, partner):
    q3 = tracker.create_followup(title="Q3", direction="ours", partner_id=partner.id, due="Q3/2024")
    assert (q3.due_date, q3.due_precision) == (D(2024, 9, 30), "quarter")
    tracker.create_followup(title="year", direction="ours", partner_id=partner.id, due=Due(D(2024, 1, 5), DuePrecision.YEAR))
    on_edge = FollowUpQuery(overdue_only=True, today=D(2024, 9, 30))
    assert tracker.count_followups(on_edge) == 0
    after = FollowUpQuery(overdue_only=True, today=D(2024, 10, 1))
    assert [row.title for row in tracker.query_followups(after)] == ["Q3"]
    row = tracker.query_followups(after)[0]
    assert row.timeliness == "overdue" and row.days_overdue == 1 and row.due_text("en") == "Q3/2024"


# ---- progress, audit, soft delete ---------------------------------------------------------------------


def test_status_change_always_writes_a_progress_entry(tracker, partner):
    followup = tracker.create_followup(title="Đường bay", direction="ours", partner_id=partner.id)
    tracker.record_progress(followup.id, status="in_progress", note="Đã gửi công văn")
    tracker.update_followup(followup.id, status="awaiting_partner")
    tracker.record_progress(followup.id, note="Nhắc lại qua email")
    done = tracker.record_progress(followup.id, status="done", date=dt.date.today())
    statuses = [(e.status, e.note) for e in done.progress]
    assert statuses == [
        ("in_progress", "Đã gửi công văn"),
        ("awaiting_partner", None),
        ("awaiting_partner", "Nhắc lại qua email"),
        ("done", None),
    ]
    assert done.completed_on == dt.date.today()
    reopened = tracker.record_progress(followup.id, status="in_progress", note="Mở lại")
    assert reopened.completed_on is None
    assert all(e.officer and e.officer.name == "Nguyễn Thị Hoa" for e in reopened.progress)


def test_add_progress_records_the_entry_and_reads_nothing_back(tracker, partner):
    """The window's way of recording progress: the same entry, status and audit as
    record_progress, without reading the follow-up again after the write (it reads its own row)."""
    followup = tracker.create_followup(title="Đường bay", direction="ours", partner_id=partner.id)
    with statements_of(tracker) as sent:
        assert tracker.add_progress(followup.id, status="done", note="Đã ký", date=dt.date.today()) is None
    statements = [" ".join(statement.split()) for statement in sent]
    written = [n for n, s in enumerate(statements) if s.startswith("INSERT INTO progress_entries")]
    assert written, statements
    # Nothing read back (the server's pg_notify, which tells other windows, reads no table).
    assert not [s for s in statements[written[0] :] if s.startswith("SELECT") and " FROM " in s], statements
    after = tracker.get_followup(followup.id)
    assert (after.status, after.completed_on) == ("done", dt.date.today())
    assert [(e.status, e.note, e.officer.name) for e in after.progress] == [("done", "Đã ký", "Nguyễn Thị Hoa")]
    (_created, changed) = tracker.audit_for("followups", followup.id)
    assert (changed.action, changed.officer, changed.changes["status"]) == ("update", "Nguyễn Thị Hoa", ("not_started", "done"))


def test_progress_needs_a_note_or_a_status_and_no_future_date(tracker, partner):
    followup = tracker.create_followup(title="T", direction="ours", partner_id=partner.id)
    with pytest.raises(ValidationError):
        tracker.record_progress(followup.id)
    with pytest.raises(ValidationError) as info:
        tracker.record_progress(followup.id, note="x", date=dt.date.today() + dt.timedelta(days=1))
    assert info.value.field == "date"
    assert tracker.get_followup(followup.id).progress == []


def test_every_change_is_audited_with_the_officer(tracker, partner):
    followup = tracker.create_followup(title="Kết nghĩa", direction="ours", partner_id=partner.id)
    tracker.update_followup(followup.id, title="Kết nghĩa quận Hồng Bàng", due="2025")
    tracker.record_progress(followup.id, status="in_progress", note="bắt đầu")
    tracker.delete_followup(followup.id)
    tracker.restore_followup(followup.id)
    entries = tracker.audit_for("followups", followup.id)
    assert [e.action for e in entries] == ["create", "update", "update", "delete", "restore"]
    assert all(e.officer == "Nguyễn Thị Hoa" for e in entries)
    update = entries[1]
    assert update.changes["title"] == ("Kết nghĩa", "Kết nghĩa quận Hồng Bàng")
    assert update.changes["due_date"] == (None, "2025-12-31")
    assert entries[2].changes["status"] == ("not_started", "in_progress")
    partner_entries = tracker.audit_for("partners", partner.id)
    assert partner_entries[0].action == "create"
    assert json.dumps(partner_entries[0].changes, ensure_ascii=False).count("上虞区") == 1


def test_update_without_change_writes_no_audit(tracker, partner):
    before = tracker.audit_count()
    tracker.update_partner(partner.id, name="Huyện Thượng Ngu")
    assert tracker.audit_count() == before


def test_soft_delete_hides_and_restore_brings_back(tracker, partner):
    followup = tracker.create_followup(title="T", direction="ours", partner_id=partner.id)
    tracker.delete_followup(followup.id)
    assert tracker.count_followups() == 0
    assert [r.id for r in tracker.query_followups(FollowUpQuery(deleted=True))] == [followup.id]
    tracker.restore_followup(followup.id)
    assert tracker.count_followups() == 1
    for kind in ("partner", "meeting", "agreement"):
        assert hasattr(tracker, f"delete_{kind}") and hasattr(tracker, f"restore_{kind}")
    tracker.delete_partner(partner.id)
    assert tracker.count_partners() == 0 and tracker.count_partners(deleted=True) == 1
    tracker.restore_partner(partner.id)
    assert tracker.count_partners() == 1


# ---- log a meeting in one transaction ----------------------------------------------------------------


def test_log_meeting_creates_everything_with_defaults(tracker, partner):
    heza = tracker.create_unit(name="Ban Quản lý Khu kinh tế Hải Phòng", abbreviation="HEZA")
    meeting = tracker.log_meeting(
        dict(date="13/05/2024", title="Tiếp đoàn huyện Thượng Ngu", partner_ids=[partner.id], host_unit_id=heza.id, place="Hải Phòng"),
        agreements=[dict(form="letter_of_intent", title="Thư ý định hợp tác", fields=["Kinh tế", "Văn hóa"])],
        followups=[
            dict(title="Đường bay thẳng", direction="ours", category="direct_flight", agreement_index=0),
            dict(title="Tăng đầu tư", direction="theirs"),
        ],
    )
    rows = tracker.query_followups(FollowUpQuery(meeting_id=meeting.id))
    assert {r.title for r in rows} == {"Đường bay thẳng", "Tăng đầu tư"}
    assert all(r.partner_id == partner.id and r.unit_id == heza.id and r.meeting_date == D(2024, 5, 13) for r in rows)
    agreement = tracker.list_agreements(partner_id=partner.id)[0]
    assert agreement.signed_date == D(2024, 5, 13) and agreement.meeting_id == meeting.id
    assert agreement.fields == ("Kinh tế", "Văn hóa")
    assert next(r for r in rows if r.title == "Đường bay thẳng").agreement_id == agreement.id


def test_log_meeting_writes_nothing_when_one_part_is_invalid(tracker, partner):
    before = _counts(tracker)
    with pytest.raises(ValidationError) as info:
        tracker.log_meeting(
            dict(date="13/05/2024", title="Tiếp đoàn", partner_ids=[partner.id]),
            agreements=[dict(form="letter_of_intent", title="Thư ý định")],
            followups=[dict(title="Hợp lệ", direction="ours"), dict(title="  ", direction="ours")],
        )
    assert info.value.field == "title"
    assert _counts(tracker) == before


def test_duplicate_followups_are_found_by_folded_title(tracker, partner):
    meeting = tracker.create_meeting(date="13/05/2024", title="Tiếp đoàn", partner_ids=[partner.id])
    first = tracker.create_followup(title="Mở đường bay thẳng", direction="ours", partner_id=partner.id, meeting_id=meeting.id)
    found = tracker.find_duplicates(partner.id, "MO DUONG BAY THANG", meeting.id)
    assert [r.id for r in found] == [first.id]
    assert tracker.find_duplicates(partner.id, "Mở đường bay", meeting.id) == []
    assert tracker.find_duplicates(partner.id, "Mở đường bay thẳng", None) == []


def test_agreement_past_expiry_shows_as_expired(tracker, partner):
    tracker.create_agreement(
        form="mou", title="MOU", party_ids=[partner.id], status="in_force", effective_date="01/01/2020", expiry_date="31/12/2023"
    )
    row = tracker.list_agreements(today=D(2024, 1, 1))[0]
    assert (row.status, row.effective_status) == ("in_force", "expired")
    assert tracker.list_agreements(today=D(2023, 12, 31))[0].effective_status == "in_force"


# ---- demo ------------------------------------------------------------------------------------------


def test_demo_twice_changes_nothing(tracker):
    first = add_demo(tracker)
    counts = _counts(tracker)
    second = add_demo(tracker)
    assert sum(first.values()) > 0 and sum(second.values()) == 0
    assert _counts(tracker) == counts


def test_demo_records_follow_the_published_reports(demo_tracker):
    chain = [p.name for p in demo_tracker.partner_chain(demo_tracker.resolve_partner("Shangyu").id)]
    assert chain == ["Huyện Thượng Ngu", "Thành phố Thiệu Hưng", "Tỉnh Chiết Giang", "Trung Quốc"]
    nanning = demo_tracker.resolve_partner("Nanning")
    assert [p.name for p in demo_tracker.partner_chain(nanning.id)][1] == "Khu tự trị dân tộc Choang Quảng Tây"
    assert (nanning.relationship_since, nanning.relationship_level) == (2006, "Quan hệ hợp tác hữu nghị")
    meetings = demo_tracker.list_meetings()
    assert [(m.date, m.partner_names) for m in meetings] == [
        (D(2024, 5, 13), ("Huyện Thượng Ngu", "Tập đoàn Wolong")),
        (D(2023, 5, 14), ("Thành phố Nam Ninh",)),
    ]
    forms = {a.form for a in demo_tracker.list_agreements()}
    assert forms == {"letter_of_intent", "friendship"}
    rows = demo_tracker.query_followups()
    ours = [r for r in rows if r.direction == "ours"]
    theirs = [r for r in rows if r.direction == "theirs"]
    assert len(ours) == 5 and len(theirs) == 1
    assert "điện, điện tử, hóa chất" in theirs[0].title
    assert any("đường bay thẳng" in r.title for r in ours)
    wolong = next(r for r in rows if r.partner_name == "Tập đoàn Wolong")
    assert wolong.due_text("en") == "2024"
    facts = demo_tracker.list_facts(include_city=True, country="CN")
    assert {f.value for f in facts} == {860, 25, 339, 5.5}


def test_a_fact_keeps_a_value_on_update(tracker, partner):
    fact = tracker.create_fact(indicator="Dự án FDI", value=860, partner_id=partner.id)
    with pytest.raises(ValidationError) as info:
        tracker.update_fact(fact.id, value=None, value_text=None)
    assert info.value.field == "value"
    assert [f.value for f in tracker.list_facts(partner_id=partner.id)] == [860]


def test_followup_contact_belongs_to_its_partner(tracker):
    """The partner-side contact is one of the partner's own; moving the follow-up to another partner
    drops the old partner's contact rather than keep a wrong one."""
    a = tracker.create_partner(name="Huyện A")
    b = tracker.create_partner(name="Tập đoàn B")
    kim = tracker.add_contact(a.id, name="Kim Kim Phúc", position="Chủ tịch")
    li = tracker.add_contact(b.id, name="Vương Lệ")
    with pytest.raises(ValidationError) as info:
        tracker.create_followup(title="Đường bay", direction="ours", partner_id=a.id, contact_id=li.id)
    assert info.value.field == "contact_id"
    assert info.value.message == "Vương Lệ is not a contact of this follow-up's partner."
    followup = tracker.create_followup(title="Đường bay", direction="ours", partner_id=a.id, contact_id=kim.id)
    assert followup.contact_id == kim.id
    with pytest.raises(ValidationError):
        tracker.update_followup(followup.id, contact_id=li.id)
    assert tracker.get_followup(followup.id).contact_id == kim.id
    moved = tracker.update_followup(followup.id, partner_id=b.id)
    assert (moved.partner_id, moved.contact_id) == (b.id, None)
    assert tracker.update_followup(followup.id, contact_id=li.id).contact_id == li.id
    changes = tracker.history(followup.id)[-2].changes
    assert changes["contact_id"] == (kim.id, None) and changes["partner_id"] == (a.id, b.id)


def test_a_failed_first_write_under_a_new_officer_name_does_not_break_later_ones(tracker, partner):
    """The officer's row is made by the first write under that name; when that write fails, the
    row is rolled back with it and the next write makes it again instead of naming a lost row."""
    tracker.set_officer("Lê Thị Mới")
    with pytest.raises(RuntimeError), tracker._write() as session:
        tracker._officer_row_id(session)
        raise RuntimeError("the rest of the change failed")
    made = tracker.create_followup(title="Sau lỗi", direction="ours", partner_id=partner.id)
    (entry,) = tracker.audit_for("followups", made.id)
    assert entry.officer == "Lê Thị Mới"


def test_attached_file_paths_are_kept_exactly_as_given(tracker, partner, tmp_path):
    """A file named in decomposed Unicode (a Vietnamese keyboard in composing mode, a Mac) keeps
    its path byte for byte: normalised like text, the path would name no file."""
    import hashlib
    import unicodedata

    name = unicodedata.normalize("NFD", "Thư ý định đã ký.pdf")
    assert name != unicodedata.normalize("NFC", name)
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 signed")
    agreement = tracker.create_agreement(
        form="letter_of_intent", title="Thư ý định", party_ids=[partner.id], signed_date="13/05/2024", files=[str(path)]
    )
    (stored,) = tracker.get_agreement(agreement.id).files
    assert stored.path == str(path) and (tmp_path / stored.path).exists()
    assert stored.sha256 == hashlib.sha256(b"%PDF-1.4 signed").hexdigest()
    with pytest.raises(ValidationError) as info:
        tracker.update_agreement(agreement.id, files=["  "])
    assert info.value.message == "Files: a file path is empty."
