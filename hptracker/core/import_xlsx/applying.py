"""Apply: what the preview showed, written through the Tracker's unit of work in one transaction."""

from __future__ import annotations

import datetime as dt

from ..enums import PartnerKind
from ..i18n import translate
from ..tracker import ChangedMeanwhile, Tracker
from .results import ImportPreview, ImportProblemsError, ImportResult, ImportStaleError


def apply_import(tracker: Tracker, preview: ImportPreview, *, today: dt.date | None = None) -> ImportResult:
    """Write what the preview showed, in one transaction with audit entries naming the file.

    Refused while the preview has problems. Everything goes through the Tracker's unit of work
    (:meth:`Tracker.bulk`), which checks and audits each follow-up as ``create_followup``,
    ``update_followup`` and ``record_progress`` do; each follow-up updated must still hold the
    values the preview showed, or nothing is written (:class:`ImportStaleError`).
    """
    if preview.problems:
        raise ImportProblemsError(
            translate("Import", "Nothing was imported: {n} problems in {name} must be fixed first.").format(
                n=preview.problem_count, name=preview.file_name
            )
        )
    try:
        with tracker.bulk(note=f"import: {preview.file_name}", today=today) as work:
            created_partners = {
                key: work.create_partner(name=name, kind=PartnerKind.OTHER.value) for key, name in preview.new_partners.items()
            }
            for item in preview.updates:
                work.expect(item.followup_id, item.expected)
                values = item.values
                if item.new_partner is not None:
                    values["partner_id"] = created_partners[item.new_partner]
                if values:
                    work.update_followup(item.followup_id, values)
                if item.writes_progress:
                    work.record_progress(item.followup_id, status=item.status, note=item.note)
            for new in preview.creates:
                values = dict(new.values, status=new.status)
                if new.new_partner is not None:
                    values["partner_id"] = created_partners[new.new_partner]
                work.create_followup(values, note=new.note)
    except ChangedMeanwhile as exc:
        raise ImportStaleError(
            translate("Import", "Follow-up #{id} was changed after the preview; nothing was imported. Preview the file again.").format(
                id=exc.record_id
            )
        ) from None
    return ImportResult(len(preview.creates), len(preview.updates), work.progress_entries, len(preview.new_partners))
