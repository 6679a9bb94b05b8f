"""Everything the negotiation form shows, in two round trips on PostgreSQL (issue 18).

The form's fields, its Offers tab (the rounds with their landed costs, the gap and the
trends, app.queries.negotiation_rounds), its Files tab and its History tab used to read
the deal each on its own: 13 round trips, the negotiation row read three times. Here
one read serves them all:

1. one pipeline (app.queries.batched): the deal with its supplier's and product's names,
   its offers, its shipments, its landed-cost terms, the currencies freight is priced
   in, its history (app.queries.record_history.HistoryRead) and its attachments with
   the bytes of their thumbnails;
2. a second (only when the deal has offers): the freight routes, charges, tariff rows and
   exchange rates of its offers' landed costs (app.queries.landed_costs.LandedPlan). The
   form sends it once the first has come, and shows the deal's fields, files and history
   while it is on its way.

On SQLite (a local file, no round trips to save) the statements run one after another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.batched import AnyRow, AnySelect, fetch_together, same_statements
from app.queries.landed_costs import LandedSettings
from app.queries.landed_reads import table
from app.queries.negotiation_rounds import (
    DealFound,
    DealRead,
    DealRounds,
    deal_read,
    rounds_of,
)
from app.queries.record_history import HistoryEntry, HistoryRead, history_read
from app.services.common import current_values
from app.services.files import IMAGE_TYPES, AttachmentInfo
from models import Attachment, AttachmentOwner, StoredFile


@dataclass(frozen=True)
class NegotiationPage:
    """The negotiation form's record and its tabs, read together."""

    negotiation_id: int
    version: int
    values: dict[str, Any]
    """The stored values of the form's fields, and the supplier's and product's names
    ('supplier', 'product')."""
    deal: DealFound
    """The deal as the first round trip found it (its rounds' landed costs to read)."""
    rounds: DealRounds | None
    """None: not read yet (negotiation_page's `with_rounds`)."""
    history: list[HistoryEntry]
    files: list[AttachmentInfo]
    images: dict[int, bytes]
    """The bytes of the attached images no larger than the thumbnail limit, by id."""


def attachment_statements(negotiation_id: int, image_limit: int) -> list[AnySelect]:
    """A deal's attachments, oldest first (as app.services.files.list_attachments lists
    them), and the bytes of those that are images of at most `image_limit` bytes (as
    app.services.files.image_bytes reads them): both at once, the second not waiting
    for the first to know which files are images."""
    attachment, stored = table(Attachment), table(StoredFile)
    listed = (
        select(
            attachment.id,
            attachment.name,
            stored.media_type,
            stored.size,
            stored.sha256,
            attachment.created_by,
            attachment.created_at,
        )
        .join(StoredFile.__table__, stored.id == attachment.file_id)
        .where(attachment.negotiation_id == negotiation_id)
        .order_by(attachment.created_at, attachment.id)
    )
    images = (
        select(attachment.id, stored.content)
        .join(StoredFile.__table__, stored.id == attachment.file_id)
        .where(
            attachment.negotiation_id == negotiation_id,
            stored.media_type.in_(sorted(IMAGE_TYPES)),
            stored.size <= image_limit,
        )
    )
    return [listed, images]


def _attachments(
    negotiation_id: int, listed: list[AnyRow], images: list[AnyRow]
) -> tuple[list[AttachmentInfo], dict[int, bytes]]:
    files = [
        AttachmentInfo(
            id=row.id,
            name=row.name,
            media_type=row.media_type,
            size=row.size,
            sha256=row.sha256,
            owner=AttachmentOwner.NEGOTIATION,
            owner_id=negotiation_id,
            attached_by=row.created_by,
            attached_at=row.created_at,
        )
        for row in listed
    ]
    return files, {int(key): bytes(content) for key, content in images}


def negotiation_page(
    session: Session,
    negotiation_id: int,
    settings: LandedSettings | None = None,
    *,
    image_limit: int,
    with_rounds: bool = True,
) -> NegotiationPage:
    """The form's values, the offer rounds with their landed costs in `settings`'
    reporting currency, the history and the files of one negotiation (NotFoundError as
    app.services.negotiations.get_negotiation). Two round trips on PostgreSQL, one when
    the deal has no offers.

    Without `with_rounds`, one round trip: the rounds of a deal with offers are left to
    read (`rounds` None; app.queries.negotiation_rounds.rounds_of(session, page.deal)),
    so that a caller shows the rest meanwhile."""
    read = negotiation_page_read(
        session, negotiation_id, settings, image_limit=image_limit, with_rounds=with_rounds
    )
    return read.answer(session, fetch_together(session, *read.statements))


def negotiation_page_read(
    session: Session,
    negotiation_id: int,
    settings: LandedSettings | None = None,
    *,
    image_limit: int,
    with_rounds: bool = True,
    landed_ahead: Sequence[AnySelect] = (),
) -> NegotiationPageRead:
    """negotiation_page's first round trip as a read that goes out with others (after a
    save, with its COMMIT: ui.forms.saved_reads). `landed_ahead`: the statements of the
    rounds' landed costs as the deal's last reading planned them (LandedPlan), sent with
    the rest: when the deal read now plans the same ones (the save changed none of their
    inputs), the rounds come with the page instead of a round trip after it."""
    return NegotiationPageRead(
        negotiation_id,
        deal_read(negotiation_id, settings),
        history_read(session, "negotiation", negotiation_id),
        attachment_statements(negotiation_id, image_limit),
        with_rounds,
        tuple(landed_ahead),
    )


@dataclass(frozen=True)
class NegotiationPageRead:
    negotiation_id: int
    deal: DealRead
    history: HistoryRead
    files: list[AnySelect]
    with_rounds: bool
    landed_ahead: tuple[AnySelect, ...] = ()

    @property
    def statements(self) -> list[AnySelect]:
        return [
            *self.deal.statements,
            *self.history.statements,
            *self.files,
            *self.landed_ahead,
        ]

    def answer(self, session: Session, found: Sequence[list[AnyRow]]) -> NegotiationPage:
        count, more = len(self.deal.statements), len(self.history.statements)
        files = count + more
        ahead = files + len(self.files)
        came = self.deal.came(found[:count])
        rounds: DealRounds | None = None
        if came.plan is None or self.with_rounds:
            rounds = rounds_of(session, came)
        elif self.landed_ahead and same_statements(
            session, came.plan.statements, self.landed_ahead
        ):
            rounds = came.rounds(found[ahead:])
        listed, images = _attachments(self.negotiation_id, *found[files:ahead])
        negotiation = came.negotiation
        values = current_values(negotiation)
        values["supplier"] = negotiation.supplier.name
        values["product"] = negotiation.product.name
        return NegotiationPage(
            negotiation_id=self.negotiation_id,
            version=negotiation.version,
            values=values,
            deal=came,
            rounds=rounds,
            history=self.history.entries(session, found[count:files]),
            files=listed,
            images=images,
        )
