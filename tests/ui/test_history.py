"""Issue 16 item 7, "The history reads": the progress log shows each note in full, wrapped, with
its date, status and officer, newest first."""

from __future__ import annotations

import datetime as dt

from hptracker.core.tracker import FollowUpQuery
from hptracker.ui.main_window import FOLLOWUPS

LONG = (
    "Đã làm việc với Văn phòng Ngoại vụ huyện Thượng Ngu về lịch đoàn sang khảo sát cảng "
    "Lạch Huyện; phía bạn đề nghị lùi sang quý sau vì trùng hội chợ Chiết Giang, và xin danh mục "
    "các dự án logistics kêu gọi đầu tư kèm số liệu năm 2025. "
) * 3 + "\nDòng thứ hai: hẹn gặp lại."


def test_each_note_is_shown_in_full_wrapped_newest_first_with_date_status_and_officer(qtbot, demo_window):
    window = demo_window
    tracker = window.tracker
    followup = tracker.query_followups(FollowUpQuery())[0]
    own = tracker.officer
    tracker.record_progress(followup.id, note="Ghi chú cũ <b>không</b> đậm & đúng", date=dt.date(2025, 1, 5))
    tracker.set_officer("Trần Văn Nam")
    tracker.record_progress(followup.id, status="in_progress", note=LONG, date=dt.date(2025, 3, 1))
    tracker.set_officer(own)
    window.resize(1280, 760)
    window.show_page(FOLLOWUPS)
    window.followups.table.select_id(followup.id)
    detail = window.followups.detail
    qtbot.waitUntil(lambda: detail.history.isVisible())
    text = detail.history.toPlainText()
    for line in LONG.split("\n"):
        assert line.strip() in text  # whole, never cut short with "…"
    assert "Ghi chú cũ <b>không</b> đậm & đúng" in text  # plain text, not HTML
    newest, older = text.index("01/03/2025"), text.index("05/01/2025")
    assert newest < older
    header = text[newest : text.index("\n", newest)]
    assert "In progress" in header and "Trần Văn Nam" in header
    assert f"05/01/2025 · {own}" not in text or own in text[older : text.index("\n", older)]
    # Wrapped to the width shown: nothing to scroll sideways.
    assert detail.history.horizontalScrollBar().maximum() == 0
    assert detail.history.document().idealWidth() <= detail.history.viewport().width() + 1
    rows = detail.history_rows()
    days = [dt.datetime.strptime(row[0], "%d/%m/%Y").date() for row in rows]
    assert days == sorted(days, reverse=True)  # newest first, every entry
    progress = [row for row in rows if row[1] == "Progress"]
    assert progress[0] == ("01/03/2025", "Progress", "In progress", LONG, "Trần Văn Nam")
    assert progress[1][0] == "05/01/2025"
