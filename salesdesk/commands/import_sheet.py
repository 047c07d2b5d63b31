"""``salesdesk import FILE``: import contacts and leads from a spreadsheet or CSV file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from salesdesk.commands import Command, open_db, print_json
from salesdesk.errors import UserError
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Cli", "xlsx, xlsm, xls, ods, csv, tsv or txt file")
    )
    parser.add_argument(
        "--sheet", help=translate("Cli", "the sheet to import (default: the first with data)")
    )
    parser.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help=translate("Cli", "the header's row number (default: found automatically)"),
    )
    parser.add_argument(
        "--mapping",
        metavar="FILE.json",
        help=translate("Cli", "JSON object: column header → field (or null to ignore)"),
    )
    parser.add_argument(
        "--source",
        default=None,
        metavar="KIND",
        help=translate(
            "Cli",
            "where the leads came from, e.g. trade_show, purchased_list "
            "(default: what the sheet suggests, else purchased_list)",
        ),
    )
    parser.add_argument(
        "--source-detail",
        default="",
        metavar="TEXT",
        help=translate("Cli", "e.g. the fair's name or the list's vendor"),
    )
    parser.add_argument(
        "--owner", metavar="NAME|round-robin", help=translate("Cli", "owner of the new leads (default: you)")
    )
    parser.add_argument(
        "--stage",
        metavar="NAME",
        help=translate("Cli", "starting stage of the new leads (default: the first)"),
    )
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help=translate("Cli", "tag the new leads (repeatable)"),
    )
    parser.add_argument(
        "--cost", default="", metavar="AMOUNT", help=translate("Cli", "what the list or event cost (for ROI)")
    )
    parser.add_argument(
        "--lawful-basis",
        default="",
        metavar="BASIS",
        help=translate("Cli", "lawful basis for a purchased list"),
    )
    parser.add_argument(
        "--unknown-owners",
        default="create",
        metavar="create|NAME",
        help=translate(
            "Cli",
            "names in the sheet's owner column that are no team member: add them (default) "
            "or give their leads to NAME",
        ),
    )
    parser.add_argument(
        "--on-duplicate",
        default="update",
        choices=("skip", "update", "overwrite", "create"),
        help=translate("Cli", "what to do with contacts that already exist (default: update empty fields)"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show what would happen; write nothing")
    )
    parser.add_argument(
        "--rejected", metavar="OUT.xlsx", help=translate("Cli", "save the rejected rows with an error column")
    )
    parser.add_argument(
        "--hidden-to-notes",
        action="store_true",
        help=translate(
            "Cli",
            "also copy the unmapped columns that are hidden in the sheet into the notes (default: left out)",
        ),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _source(value: str) -> str:
    from salesdesk.db.enums import LeadSource

    v = value.strip().lower().replace("-", "_").replace(" ", "_")
    codes = {s.value for s in LeadSource}
    aliases = {
        "tradeshow": "trade_show",
        "fair": "trade_show",
        "messut": "trade_show",
        "purchased": "purchased_list",
        "list": "purchased_list",
        "ostolista": "purchased_list",
    }
    v = aliases.get(v, v)
    if v not in codes:
        raise UserError(
            translate("Cli", "Unknown source “{value}”; use one of: {codes}").format(
                value=value, codes=", ".join(sorted(codes))
            )
        )
    return v


def _load_mapping(path: str) -> dict[str, str | None]:
    from salesdesk.sheets import safety

    safety.check_input_path(path)  # a named pipe or a folder: refused, not read forever
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(
            translate("Cli", "Cannot read the mapping file {path}: {reason}").format(path=path, reason=exc)
        ) from None
    if not isinstance(data, dict) or not all(isinstance(v, str) or v is None for v in data.values()):
        raise UserError(
            translate("Cli", "The mapping file must hold one JSON object: column header → field name.")
        )
    return data


def run(args: argparse.Namespace) -> int:
    from salesdesk.crm.settings import default_region
    from salesdesk.sheets import batch, pipeline, safety

    for option, value in (
        ("--sheet", args.sheet),
        ("--source", args.source),
        ("--source-detail", args.source_detail),
        ("--owner", args.owner),
        ("--stage", args.stage),
        ("--cost", args.cost),
        ("--lawful-basis", args.lawful_basis),
        *(("--tag", t) for t in args.tag),
    ):
        _check_text(option, value)
    # Every file we will write is checked before anything is read or written: a bad
    # --rejected path must not surface only after the batch has been committed.
    if args.rejected:
        safety.check_output_path(args.rejected)
    source = _source(args.source) if args.source else None
    mapping = _load_mapping(args.mapping) if args.mapping else None
    cost, cost_currency = batch.parse_cost(args.cost)
    if args.header_row is not None and args.header_row < 1:
        raise UserError(translate("Cli", "--header-row counts from 1."))
    # Read the file before touching the database: an unreadable file changes nothing.
    opts = pipeline.ImportOptions(
        sheet=args.sheet,
        header_row=args.header_row,
        mapping=mapping,
        defer_duplicates=True,
        hidden_to_notes=args.hidden_to_notes,
    )
    sheet = pipeline.load_sheet(args.file, opts)
    analysis = pipeline.analyse(args.file, opts, sheet=sheet)
    from salesdesk.sheets.suggest import suggest_source

    # No --source: what the sheet suggests (a fair's title row, a vendor's columns).
    hint = suggest_source(args.file, analysis.header.title_rows, analysis.header.names, analysis.mapping)
    source = source or hint.source or "purchased_list"
    detail = args.source_detail or hint.detail
    lawful_basis = batch.lawful_basis_code(args.lawful_basis, source)
    db = open_db(args)
    with db.session() as session:
        region = default_region(session)
        stage = args.stage or batch.source_defaults(session, source).stage
        remembered = None if mapping is not None else batch.remembered_mapping(session, analysis.fingerprint)
    if remembered or region != opts.default_region:
        opts.default_region = region
        opts.remembered = remembered
        analysis = pipeline.analyse(args.file, opts, sheet=sheet)
    del sheet  # the cells are no longer needed while writing (memory)
    settings = batch.BatchSettings(
        source=source,
        source_detail=detail,
        owner=args.owner,
        stage=stage,
        tags=list(args.tag),
        cost_cents=cost,
        cost_currency=cost_currency,
        lawful_basis=lawful_basis,
        on_duplicate=args.on_duplicate,
        unknown_owners=args.unknown_owners,
        created_by=_user(),
    )
    result = batch.run_import(db, analysis, settings, dry_run=args.dry_run)
    if args.rejected and result.rejected_rows:
        batch.save_rejected(result, analysis, args.rejected)
    if args.json:
        # the columns hidden in the workbook (mapped ones import; the others are left out)
        print_json(
            {
                **result.as_json(),
                "hidden_columns": analysis.hidden_columns,
                "source": source,
                "source_detail": detail,
            }
        )
        return 0
    line = translate(
        "Cli",
        "{file}, sheet “{sheet}” (header on row {row}): {read} rows read, {created} created, {updated} updated, {dups} duplicates, {skipped} skipped, {rejected} rejected.",  # noqa: E501
    ).format(
        file=Path(args.file).name,
        sheet=result.sheet,
        row=result.header_row,
        read=result.rows_read,
        created=result.created,
        updated=result.updated,
        dups=result.duplicates,
        skipped=result.skipped,
        rejected=result.rejected,
    )
    print(line)
    left_out = analysis.hidden_unmapped() if not opts.hidden_to_notes else []
    if left_out:
        print(
            translate(
                "Cli",
                "Hidden columns not imported: {columns} (to import one, map it with --mapping).",
            ).format(columns=", ".join(left_out))
        )
    if result.flagged_erased:
        print(
            translate(
                "Cli",
                "{n} rows belong to people whose data was erased at their request; they were not imported.",
            ).format(n=result.flagged_erased)
        )
    if args.dry_run:
        print(translate("Cli", "Dry run: nothing was written."))
    else:
        print(
            translate("Cli", "Import batch {id}; undo it with: salesdesk undo-import {id}").format(
                id=result.batch_id
            )
        )
    for p in [*result.errors, *result.warnings][:50]:
        col = f" [{p.column}]" if p.column else ""
        print(f"  {translate('Cli', 'row')} {p.row}{col}: {p.message}", file=sys.stderr)
    return 0


def _check_text(option: str, value: str | None) -> None:
    """Text from the command line that is not valid in the system's encoding (bytes such
    as $'\\xff') reaches Python as lone surrogates: refused with one line."""
    if not value:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(
            translate(
                "Cli", "{option}: the text is not valid UTF-8; type it again or save it as UTF-8."
            ).format(option=option)
        ) from None


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return ""


COMMAND = Command(
    "import", translate("Cli", "import contacts and leads from a spreadsheet or CSV file"), configure, run
)
