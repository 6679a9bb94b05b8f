"""`supplier-desk files ...`: files attached to a registration or certificate, a shipment
document or a negotiation (app.services.files): attach, list, get a copy, remove."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.cli.arguments import existing_id, record_id, whole_number_text
from app.cli.common import json_flag, open_db, print_json, print_table
from models import AttachmentOwner

OWNERS = {
    "compliance": AttachmentOwner.CERTIFICATION,
    "shipment-document": AttachmentOwner.SHIPMENT_DOCUMENT,
    "negotiation": AttachmentOwner.NEGOTIATION,
}
"""What `--to` names, as the command line spells it."""

OWNER_LABELS = {
    AttachmentOwner.CERTIFICATION: "Certification",
    AttachmentOwner.SHIPMENT_DOCUMENT: "Shipment document",
    AttachmentOwner.NEGOTIATION: "Negotiation",
}

FILE_ENTITY = "Attached file"


def add_file_commands(commands: Any) -> None:
    """Register `files attach|list|get|remove` on the command sub-parsers."""
    files = commands.add_parser(
        "files", help="files attached to registrations, shipment documents and negotiations"
    )
    sub = files.add_subparsers(dest="action", metavar="ACTION", required=True)

    attach = sub.add_parser(
        "attach",
        help="attach FILE to a record (kept in the database; the same file is stored once)",
    )
    _owner_arguments(attach)
    attach.add_argument("file", type=Path, metavar="FILE")
    attach.add_argument("--name", help="the name to attach it under (default: FILE's name)")
    json_flag(attach)
    attach.set_defaults(handler=cmd_files_attach)

    listing = sub.add_parser("list", help="the files attached to a record")
    _owner_arguments(listing)
    json_flag(listing)
    listing.set_defaults(handler=cmd_files_list)

    get = sub.add_parser("get", help="write a copy of an attached file")
    get.add_argument("file_id", type=record_id(FILE_ENTITY), metavar="FILE_ID")
    get.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PATH",
        help="the file to write, or a folder to write it into under its own name",
    )
    get.set_defaults(handler=cmd_files_get)

    remove = sub.add_parser(
        "remove", help="detach a file (its bytes go when nothing else carries them)"
    )
    remove.add_argument("file_id", type=record_id(FILE_ENTITY), metavar="FILE_ID")
    remove.set_defaults(handler=cmd_files_remove)


def _owner_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to", required=True, choices=list(OWNERS), metavar="KIND", help=", ".join(OWNERS)
    )
    parser.add_argument("id", type=whole_number_text, metavar="ID", help="the record's id")


def _owner(args: argparse.Namespace) -> tuple[AttachmentOwner, int]:
    kind = OWNERS[args.to]
    return kind, existing_id(OWNER_LABELS[kind], args.id)


def _row(info: Any) -> list[str]:
    from app.services.files import size_text

    when = info.attached_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return [
        str(info.id),
        info.name,
        size_text(info.size),
        info.media_type,
        info.attached_by or "",
        when,
    ]


HEADERS = ["File", "Name", "Size", "Type", "Attached by", "When"]


def cmd_files_attach(args: argparse.Namespace, out: TextIO) -> int:
    from app.exporting.attachments import file_size_limit
    from app.services.files import attach_file, info_of, size_text

    kind, owner_id = _owner(args)
    limit = file_size_limit()
    db = open_db(args)
    with db.transaction() as session:
        attachment = attach_file(session, kind, owner_id, args.file, args.name, limit_bytes=limit)
        info = info_of(attachment)
    if args.json:
        print_json(out, info.as_dict())
        return 0
    out.write(
        f"Attached {info.name} ({size_text(info.size)}, {info.media_type}) to {args.to} "
        f"{owner_id} as file {info.id}.\n"
    )
    return 0


def cmd_files_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.files import list_attachments

    kind, owner_id = _owner(args)
    db = open_db(args)
    with db.transaction() as session:
        found = list_attachments(session, kind, owner_id)
    if args.json:
        print_json(out, [info.as_dict() for info in found])
        return 0
    if not found:
        out.write(f"No files attached to {args.to} {owner_id}.\n")
        return 0
    print_table(out, HEADERS, [_row(info) for info in found])
    return 0


def cmd_files_get(args: argparse.Namespace, out: TextIO) -> int:
    from app.exporting.attachments import save_copy
    from app.services.files import get_attachment, size_text

    db = open_db(args)
    with db.transaction() as session:
        target = args.output.expanduser()
        if target.is_dir():
            target = target / get_attachment(session, args.file_id).name
        written = save_copy(session, args.file_id, target)
    out.write(f"Written to {written} ({size_text(written.stat().st_size)}).\n")
    return 0


def cmd_files_remove(args: argparse.Namespace, out: TextIO) -> int:
    from app.services.files import get_attachment, remove_attachment

    db = open_db(args)
    with db.transaction() as session:
        name = get_attachment(session, args.file_id).name
        remove_attachment(session, args.file_id)
    out.write(f"Removed {name} (file {args.file_id}).\n")
    return 0
