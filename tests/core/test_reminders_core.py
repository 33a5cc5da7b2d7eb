"""What the reminders list (issue 18 item 7): due in the next N days, newly overdue, agreements expiring."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.both_backends

D = dt.date
TODAY = D(2025, 3, 10)


@pytest.fixture
def records(tracker, partner):
    def followup(title, due, status=None):
        record = tracker.create_followup(partner_id=partner.id, title=title, direction="ours", due=due, raised_on="01/01/2025")
        if status:
            tracker.record_progress(record.id, status=status, date="01/03/2025")
        return record.id

    ids = {
        "today": followup("Hạn hôm nay", D(2025, 3, 10)),
        "soon": followup("Hạn sau hai ngày", D(2025, 3, 12)),
        "week": followup("Hạn sau bảy ngày", D(2025, 3, 17)),
        "later": followup("Hạn sau tám ngày", D(2025, 3, 18)),
        "yesterday": followup("Hạn hôm qua", D(2025, 3, 9)),
        "last_week": followup("Hạn tuần trước", D(2025, 3, 5)),
        "done": followup("Đã xong", D(2025, 3, 12), status="done"),
        "quarter": followup("Hạn quý 1", "Q1/2025"),  # 31/03: not within 7 days
    }
    agreement = {"form": "mou", "party_ids": [partner.id], "effective_date": "01/01/2020"}
    ids["expiring"] = tracker.create_agreement(title="Bản ghi nhớ sắp hết hạn", expiry_date="01/08/2025", status="in_force", **agreement).id
    ids["on_horizon"] = tracker.create_agreement(title="Hết hạn đúng sáu tháng", expiry_date="10/09/2025", status="signed", **agreement).id
    tracker.create_agreement(title="Còn lâu", expiry_date="01/12/2025", status="in_force", **agreement)
    tracker.create_agreement(title="Đã chấm dứt", expiry_date="01/05/2025", status="terminated", **agreement)
    tracker.create_agreement(title="Đã hết hạn", expiry_date="05/03/2025", status="in_force", **agreement)
    return ids


def test_first_time_only_what_became_overdue_today(tracker, records):
    reminders = tracker.reminders(TODAY, days=7, last_seen=None)
    assert [r.id for r in reminders.due_soon] == [records["today"], records["soon"], records["week"]]
    assert reminders.due_soon_total == 3
    assert [r.id for r in reminders.newly_overdue] == [records["yesterday"]]
    assert [a.id for a in reminders.expiring] == [records["expiring"], records["on_horizon"]]
    assert reminders.since == D(2025, 3, 9) and not reminders.empty


def test_since_the_day_last_seen(tracker, records):
    reminders = tracker.reminders(TODAY, days=8, last_seen=D(2025, 3, 4))
    assert [r.id for r in reminders.newly_overdue] == [records["last_week"], records["yesterday"]]
    assert records["later"] in [r.id for r in reminders.due_soon]
    again = tracker.reminders(TODAY, days=7, last_seen=TODAY)
    assert again.newly_overdue == () and again.newly_overdue_total == 0
    tomorrow = tracker.reminders(TODAY + dt.timedelta(days=1), days=7, last_seen=TODAY)
    assert [r.id for r in tomorrow.newly_overdue] == [records["today"]]


def test_nothing_to_remind(tracker):
    assert tracker.reminders(TODAY).empty
