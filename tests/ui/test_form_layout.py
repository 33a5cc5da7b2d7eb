"""Forms fit a laptop screen and show whole messages, whatever their length."""

from __future__ import annotations

from hptracker.core.tracker import FollowUpQuery


def test_a_tall_form_scrolls_on_a_small_screen_with_its_buttons_in_view(qtbot, demo_window):
    """The agreement form (parties, tags, summary, files) needs more height than a 1366×768 laptop
    leaves for a dialog: it still takes 480 pixels, the fields scroll and Save stays visible."""
    agreement = demo_window.tracker.list_agreements()[0]
    form = demo_window.edit_agreement(agreement.id)
    qtbot.waitExposed(form)
    assert form.height() <= form.screen().availableGeometry().height()
    form.resize(720, 480)
    qtbot.waitUntil(lambda: form.height() == 480)
    assert form.content.sizeHint().height() > form.scroll.viewport().height()
    qtbot.waitUntil(lambda: form.scroll.verticalScrollBar().maximum() > 0)
    assert form.save_button.isVisible()
    assert form.save_button.mapTo(form, form.save_button.rect().bottomLeft()).y() <= form.height()
    form.reject()


def test_a_long_message_under_a_narrow_field_is_shown_whole(qtbot, demo_window):
    """Under a field narrower than the form (the Direction list) a message wraps onto more lines
    than the row first gave it; every line is shown, and a shorter message gives the room back."""
    followup = demo_window.tracker.query_followups(FollowUpQuery())[0]
    form = demo_window.edit_followup(followup.id)
    qtbot.waitExposed(form)
    message = (
        "Trần Hồng is not a contact of Huyện Thượng Ngu: choose one of its contacts or (none). "
        "The contact must belong to the follow-up's partner."
    )
    form.show_error("direction", message)
    label = form.error_label("direction")
    line = label.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0)
    assert label.width() < form.width() / 2  # as narrow as the list above it
    assert label.needed_height() >= 3 * line  # the text needs three lines or more here
    qtbot.waitUntil(lambda: label.height() >= label.needed_height())
    assert label.text() == message
    form.show_error("direction", "Required.")
    qtbot.waitUntil(lambda: label.height() < 2 * line)
    form.reject()


def test_long_texts_show_from_their_beginning(qtbot, demo_window):
    followup = max(demo_window.tracker.query_followups(FollowUpQuery()), key=lambda row: len(row.title))
    form = demo_window.edit_followup(followup.id)
    qtbot.waitExposed(form)
    assert len(followup.title) > 80 and form.title_edit.text() == followup.title
    assert form.title_edit.cursorPosition() == 0
    form.reject()
