"""Log a meeting — and, from the same form, the agreements signed and the follow-ups raised at it.

The agreements and follow-ups are drafts until the meeting is saved; then ``Tracker.log_meeting``
writes all of them in one transaction, so a failure leaves no half-logged meeting behind. Drafts
start with the meeting's partners, date, place and host unit filled in.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AgreementForm, FollowUpDirection, MeetingDirection, MeetingFormat
from ...core.errors import ValidationError
from ...core.labels import label
from ...core.specs import MEETING_FIELDS
from ...core.validate import clean_value, clean_values
from .agreement_form import AgreementFormDialog
from .base import FormDialog
from .followup_form import FollowUpForm
from .widgets import ChoiceBox, DateEdit, PartnersPicker, enum_items, fill_combo, set_combo, unit_items

SPECS = {spec.name: spec for spec in MEETING_FIELDS}


class MeetingFormDialog(FormDialog):
    DRAFT_KIND = "meeting"

    def __init__(self, tracker, parent=None, meeting_id: int | None = None) -> None:
        super().__init__(tracker, parent)
        self.setObjectName("meetingForm")
        self.meeting_id = meeting_id
        self.draft_agreements: list[dict] = []
        self.draft_followups: list[dict] = []
        self.child_dialog: FormDialog | None = None
        self._child_index: int | None = None  # the draft the open child form edits (None: a new one)
        self.setWindowTitle(
            QCoreApplication.translate("MeetingForm", "Edit meeting #{id}").format(id=meeting_id)
            if meeting_id is not None
            else QCoreApplication.translate("MeetingForm", "Log a meeting")
        )
        columns = QHBoxLayout()
        self.outer.addLayout(columns)
        left = QWidget(self)
        form = QFormLayout(left)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        columns.addWidget(left, 3)

        self.date_edit = DateEdit("date", self, required=True)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "&Date:"), self.date_edit, "date")
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText(QCoreApplication.translate("MeetingForm", "hh:mm (optional)"))
        self.time_edit.setMaximumWidth(120)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "T&ime:"), self.time_edit, "time")
        self.title_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "&Title:"), self.title_edit, "title")
        self.partners = PartnersPicker(tracker, "partner_ids", self)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "&Partners:"), self.partners, "partner_ids")
        self.place_edit = QLineEdit(self)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "P&lace:"), self.place_edit, "place")
        self.direction_combo = ChoiceBox(self)
        fill_combo(self.direction_combo, enum_items(MeetingDirection), current=MeetingDirection.INCOMING.value)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "Di&rection:"), self.direction_combo, "direction")
        self.format_combo = ChoiceBox(self)
        fill_combo(self.format_combo, enum_items(MeetingFormat), current=MeetingFormat.WORKING_SESSION.value)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "&Format:"), self.format_combo, "format")
        self.host_combo = ChoiceBox(self)
        fill_combo(self.host_combo, unit_items(tracker), QCoreApplication.translate("MeetingForm", "— none —"))
        self.form_row(form, QCoreApplication.translate("MeetingForm", "&Host unit:"), self.host_combo, "host_unit_id")
        self.our_lead_edit = QLineEdit(self)
        self.our_lead_edit.setPlaceholderText(QCoreApplication.translate("MeetingForm", "name, position"))
        self.form_row(form, QCoreApplication.translate("MeetingForm", "&Our lead:"), self.our_lead_edit, "our_lead")
        self.head_edit = QLineEdit(self)
        self.head_edit.setPlaceholderText(QCoreApplication.translate("MeetingForm", "in the original script"))
        self.form_row(form, QCoreApplication.translate("MeetingForm", "Partner's h&ead:"), self.head_edit, "partner_head")
        self.head_roman_edit = QLineEdit(self)
        self.head_roman_edit.setPlaceholderText(QCoreApplication.translate("MeetingForm", "romanised, with position"))
        self.form_row(form, QCoreApplication.translate("MeetingForm", "Head (roma&nised):"), self.head_roman_edit, "partner_head_romanised")
        self.attendees_edit = self._text_box(60)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "&Attendees:"), self.attendees_edit, "attendees")
        self.summary_edit = self._text_box(80)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "Su&mmary:"), self.summary_edit, "summary")
        self.source_edit = self._text_box(40)
        self.form_row(form, QCoreApplication.translate("MeetingForm", "So&urce:"), self.source_edit, "source")

        self.drafts = QWidget(self)
        side = QVBoxLayout(self.drafts)
        side.setContentsMargins(0, 0, 0, 0)
        self.agreements_list, self.add_agreement_button, self.edit_agreement_button, self.remove_agreement_button = self._draft_group(
            side,
            QCoreApplication.translate("MeetingForm", "Agreements signed at this meeting"),
            QCoreApplication.translate("MeetingForm", "Add a&greement…"),
            "agreementsDraftList",
        )
        self.followups_list, self.add_followup_button, self.edit_followup_button, self.remove_followup_button = self._draft_group(
            side,
            QCoreApplication.translate("MeetingForm", "Follow-ups raised at this meeting"),
            QCoreApplication.translate("MeetingForm", "Add follo&w-up…"),
            "followUpsDraftList",
        )
        columns.addWidget(self.drafts, 2)
        self.add_agreement_button.clicked.connect(lambda: self.open_agreement_draft())
        self.edit_agreement_button.clicked.connect(lambda: self.open_agreement_draft(self.agreements_list.currentRow()))
        self.agreements_list.itemActivated.connect(lambda _i: self.open_agreement_draft(self.agreements_list.currentRow()))
        self.remove_agreement_button.clicked.connect(self._remove_agreement)
        self.add_followup_button.clicked.connect(lambda: self.open_followup_draft())
        self.edit_followup_button.clicked.connect(lambda: self.open_followup_draft(self.followups_list.currentRow()))
        self.followups_list.itemActivated.connect(lambda _i: self.open_followup_draft(self.followups_list.currentRow()))
        self.remove_followup_button.clicked.connect(self._remove_followup)
        self.finish_layout()
        self.resize(1100, 680)
        if meeting_id is not None:
            self.drafts.setVisible(False)
            self.resize(700, 680)
            record = tracker.get_meeting(meeting_id)
            self._load(record)
            self.remember_loaded(record.version)  # Save sends only what the officer changes

    def _text_box(self, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(height)
        return box

    def _draft_group(self, layout: QVBoxLayout, title: str, add_text: str, name: str):
        group = QGroupBox(title, self)
        box = QVBoxLayout(group)
        listing = QListWidget(group)
        listing.setObjectName(name)
        listing.setAccessibleName(title)
        listing.setWordWrap(True)
        box.addWidget(listing)
        buttons = QHBoxLayout()
        add = QPushButton(add_text, group)
        edit = QPushButton(QCoreApplication.translate("MeetingForm", "Edit…"), group)
        remove = QPushButton(QCoreApplication.translate("MeetingForm", "Remove"), group)
        for button in (add, edit, remove):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        layout.addWidget(group)
        return listing, add, edit, remove

    def fetch_record(self):
        return self.tracker.get_meeting(self.meeting_id)

    def fresh_copy(self) -> MeetingFormDialog:
        return MeetingFormDialog(self.tracker, None, meeting_id=self.meeting_id)

    def _load(self, meeting) -> None:
        self.date_edit.set_date(meeting.date)
        self.time_edit.setText(f"{meeting.time.hour:02d}:{meeting.time.minute:02d}" if meeting.time else "")
        self.title_edit.setText(meeting.title)
        self.partners.chips.clear()
        for partner in meeting.partners:
            self.partners.add_partner(partner.id, partner.name)
        self.place_edit.setText(meeting.place or "")
        set_combo(self.direction_combo, meeting.direction)
        set_combo(self.format_combo, meeting.format)
        set_combo(self.host_combo, meeting.host_unit_id)
        self.our_lead_edit.setText(meeting.our_lead or "")
        self.head_edit.setText(meeting.partner_head or "")
        self.head_roman_edit.setText(meeting.partner_head_romanised or "")
        self.attendees_edit.setPlainText(meeting.attendees or "")
        self.summary_edit.setPlainText(meeting.summary or "")
        self.source_edit.setPlainText(meeting.source or "")

    # -- drafts -----------------------------------------------------------------------------------

    def _meeting_partners(self) -> list[tuple[int, str]]:
        partners = self.partners.partners()
        try:
            pending = self.partners.picker.partner_id()
        except ValidationError:
            pending = None
        if pending is not None and pending not in [pid for pid, _ in partners]:
            self.partners.add_partner(pending, self.tracker.get_partner(pending).name)
            self.partners.picker.set_partner(None)
            partners = self.partners.partners()
        return partners

    def open_agreement_draft(self, index: int | None = None) -> AgreementFormDialog | None:
        if index is not None and not 0 <= index < len(self.draft_agreements):
            return None
        if index is None:
            try:
                date = self.date_edit.date()
            except ValidationError:
                date = None
            preset = {
                "parties": self._meeting_partners(),
                "signed_date": date,
                "signed_place": self.place_edit.text(),
                "signing_unit_id": self.host_combo.currentData(),
            }
        else:
            preset = dict(self.draft_agreements[index])
            preset["parties"] = [(pid, self.tracker.get_partner(pid).name) for pid in preset.get("party_ids", [])]
        dialog = AgreementFormDialog(self.tracker, self, preset=preset, draft=True)
        dialog.saved.connect(lambda values: self._agreement_done(index, values))
        self.child_dialog, self._child_index = dialog, index
        dialog.open()
        return dialog

    def _agreement_done(self, index: int | None, values: dict) -> None:
        if index is None:
            self.draft_agreements.append(values)
        else:
            self.draft_agreements[index] = values
        self._refresh_lists()

    def open_followup_draft(self, index: int | None = None) -> FollowUpForm | None:
        if index is not None and not 0 <= index < len(self.draft_followups):
            return None
        if index is None:
            partners = self._meeting_partners()
            preset = {"direction": FollowUpDirection.OURS.value, "unit_id": self.host_combo.currentData()}
            if partners:
                preset["partner_id"], preset["partner_name"] = partners[0]
            if len(self.draft_agreements) == 1:
                preset["agreement_index"] = 0
        else:
            preset = dict(self.draft_followups[index])
        titles = [values.get("title", "") for values in self.draft_agreements]
        dialog = FollowUpForm(self.tracker, self, preset=preset, draft=True, draft_agreements=titles)
        dialog.saved.connect(lambda values: self._followup_done(index, values))
        self.child_dialog, self._child_index = dialog, index
        dialog.open()
        return dialog

    def _followup_done(self, index: int | None, values: dict) -> None:
        if index is None:
            self.draft_followups.append(values)
        else:
            self.draft_followups[index] = values
        self._refresh_lists()

    def _remove_agreement(self) -> None:
        row = self.agreements_list.currentRow()
        if 0 <= row < len(self.draft_agreements):
            del self.draft_agreements[row]
            for values in self.draft_followups:  # keep follow-ups pointing at the right draft
                linked = values.get("agreement_index")
                if linked == row:
                    values.pop("agreement_index")
                elif linked is not None and linked > row:
                    values["agreement_index"] = linked - 1
            self._refresh_lists()

    def _remove_followup(self) -> None:
        row = self.followups_list.currentRow()
        if 0 <= row < len(self.draft_followups):
            del self.draft_followups[row]
            self._refresh_lists()

    def _refresh_lists(self) -> None:
        self.agreements_list.clear()
        for values in self.draft_agreements:
            item = QListWidgetItem(f"{label(AgreementForm, values.get('form'))}: {values.get('title', '')}")
            self.agreements_list.addItem(item)
        self.followups_list.clear()
        names = dict(self.partners.partners())
        for values in self.draft_followups:
            partner = names.get(values.get("partner_id")) or ""
            text = f"{values.get('title', '')}"
            if partner:
                text += f" — {partner}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.ToolTipRole, None)
            self.followups_list.addItem(item)

    # -- changes and drafts: the agreements and follow-ups added here are part of the meeting ------

    def reopen_info(self) -> dict:
        return {"id": self.meeting_id}

    def size_key(self) -> str:
        # An edited meeting shows no drafts column: a narrower form, with a size of its own.
        return "meetingForm" if getattr(self, "meeting_id", None) is None else "meetingEditForm"

    def extra_state(self) -> dict:
        state: dict = {"_agreements": [dict(v) for v in self.draft_agreements], "_followups": [dict(v) for v in self.draft_followups]}
        child = self.child_dialog
        if child is not None and shiboken6.isValid(child) and child.isVisible() and child.is_changed():
            state["_child"] = {"kind": child.DRAFT_KIND, "index": self._child_index, "values": child.form_state()}
        return state

    def apply_extra_state(self, state: dict) -> None:
        self.draft_agreements = [dict(v) for v in state.get("_agreements") or []]
        self.draft_followups = [dict(v) for v in state.get("_followups") or []]
        self._refresh_lists()
        child = state.get("_child")
        if child:
            opener = self.open_agreement_draft if child.get("kind") == "agreement" else self.open_followup_draft
            dialog = opener(child.get("index"))
            if dialog is not None:
                dialog.apply_state(child.get("values") or {})

    # -- saving -----------------------------------------------------------------------------------

    def collect_checked(self, errors: list[ValidationError]) -> dict:
        date = self.read(errors, self.date_edit.date)
        title = self.read(errors, lambda: clean_value(SPECS["title"], self.title_edit.text()))
        partner_ids = self.read(errors, self.partners.pending_ids, [])
        if not partner_ids and not any(e.field == "partner_ids" for e in errors):
            errors.append(ValidationError("partner_ids", QCoreApplication.translate("MeetingForm", "Choose at least one partner.")))
        values = {
            "date": date,
            "time": self.time_edit.text(),
            "title": title,
            "partner_ids": partner_ids,
            "place": self.place_edit.text(),
            "direction": self.direction_combo.currentData(),
            "format": self.format_combo.currentData(),
            "host_unit_id": self.host_combo.currentData(),
            "our_lead": self.our_lead_edit.text(),
            "partner_head": self.head_edit.text(),
            "partner_head_romanised": self.head_roman_edit.text(),
            "attendees": self.attendees_edit.toPlainText(),
            "summary": self.summary_edit.toPlainText(),
            "source": self.source_edit.toPlainText(),
        }
        if not errors:
            self.read(errors, lambda: clean_values(MEETING_FIELDS, values))
        return values

    def commit(self, values: dict):
        if self.meeting_id is not None:
            return self.tracker.update_meeting(self.meeting_id, expected_version=self.loaded_version, **values)
        if not self.draft_agreements and not self.draft_followups:
            return self.tracker.log_meeting(values)
        try:
            return self.tracker.log_meeting(values, self.draft_agreements, self.draft_followups)
        except ValidationError as exc:
            # The message may concern a draft, whose widgets are closed: say it form-wide.
            raise ValidationError(
                "", QCoreApplication.translate("MeetingForm", "Nothing was saved: {message}").format(message=exc.message)
            ) from None
