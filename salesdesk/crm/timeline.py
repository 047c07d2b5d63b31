"""A lead's timeline: notes, follow-ups done and planned, stage changes, the import batch that
brought it in, the referral and the lost deal it revives, newest first (planned ones on top)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.crm.clock import at_local
from salesdesk.crm.labels import label, stage_label
from salesdesk.db.enums import FollowUpStatus
from salesdesk.db.models import FollowUp, ImportBatch, Lead, Note, Referral, Stage, StageChange
from salesdesk.i18n import translate


@dataclass(frozen=True)
class Entry:
    when: datetime
    kind: str  # "note" | "followup" | "planned" | "stage" | "import" | "referral" | "revived"
    text: str
    ref_id: int = 0


def lead_timeline(session: Session, lead_id: int) -> list[Entry]:
    lead = session.get(Lead, lead_id)
    if lead is None:
        return []
    stages = {
        sid: stage_label(name, key)
        for sid, name, key in session.execute(select(Stage.id, Stage.name, Stage.key))
    }
    entries: list[Entry] = []
    for note in session.scalars(select(Note).where(Note.lead_id == lead_id)):
        who = f" ({note.author})" if note.author else ""
        entries.append(Entry(note.created_at, "note", note.body + who, note.id))
    for f in session.scalars(select(FollowUp).where(FollowUp.lead_id == lead_id)):
        kind = label(f.kind)
        if f.status == FollowUpStatus.OPEN:
            text = translate("Timeline", "Planned {kind}: {title}").format(kind=kind.lower(), title=f.title)
            entries.append(Entry(f.due_at, "planned", text, f.id))
        elif f.status == FollowUpStatus.DONE:
            text = translate("Timeline", "Done {kind}: {title}").format(kind=kind.lower(), title=f.title)
            if f.outcome:
                text += f" – {f.outcome}"
            entries.append(Entry(f.done_at or f.due_at, "followup", text, f.id))
        else:
            text = translate("Timeline", "Cancelled {kind}: {title}").format(kind=kind.lower(), title=f.title)
            entries.append(Entry(f.updated_at or f.due_at, "followup", text, f.id))
    for h in session.scalars(select(StageChange).where(StageChange.lead_id == lead_id)):
        to = stages.get(h.to_stage_id or 0, "?")
        if h.from_stage_id is None:
            text = translate("Timeline", "Created in {stage}").format(stage=to)
        else:
            text = translate("Timeline", "Moved from {old} to {new}").format(
                old=stages.get(h.from_stage_id, "?"), new=to
            )
        if h.changed_by:
            text += f" ({h.changed_by})"
        if h.note:
            text += f": {h.note}"
        entries.append(Entry(h.changed_at, "stage", text, h.id))
    if lead.import_batch_id is not None:
        batch = session.get(ImportBatch, lead.import_batch_id)
        if batch is not None:
            text = translate("Timeline", "Imported from {file} (import {id})").format(
                file=batch.file_name or "?", id=batch.id
            )
            entries.append(Entry(batch.created_at, "import", text, batch.id))
    referral = session.scalars(select(Referral).where(Referral.lead_id == lead_id)).first()
    if referral is not None:
        text = translate("Timeline", "Referred by {name}").format(name=referral.referrer.name)
        if referral.note:
            text += f": {referral.note}"
        entries.append(Entry(at_local(referral.referred_on, 12), "referral", text))
    if lead.revived_from_id is not None:
        text = translate("Timeline", "Revives lost lead {id}").format(id=lead.revived_from_id)
        entries.append(Entry(lead.created_at, "revived", text, lead.revived_from_id))
    planned = sorted((e for e in entries if e.kind == "planned"), key=lambda e: e.when)
    past = sorted((e for e in entries if e.kind != "planned"), key=lambda e: e.when, reverse=True)
    return planned + past
