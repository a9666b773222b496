"""The §3 figures as labelled rows: what the text output, the CSV and the printed reports show.

``figure_rows(figures, profile)`` flattens a figures dict (of one unit, merged, or masked) into
:class:`Row` s in the order of statistics.md §3, with the Swedish label of every key and of every
category (from the profile). ``write_csv`` writes them; the masked variant for publication is the
caller's choice (:func:`po_desktop.domain.masking.mask_figures`).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from po_desktop.csvsafe import SafeWriter
from po_desktop.domain.categories import Profile, in_profile_order
from po_desktop.domain.figures import BY_KEY, FIGURES
from po_desktop.domain.statistics import Figures
from po_desktop.fileio import write_atomic
from po_desktop.i18n import local_decimal, tr

if TYPE_CHECKING:
    from po_desktop.services.compare_output import PublishedComparison
    from po_desktop.services.coordinator_types import MergedReport


def figure_labels() -> dict[str, str]:
    """The label of every §3 key, in report order (translated at call time); from the one
    catalogue, :data:`po_desktop.domain.figures.FIGURES`."""
    return {f.key: tr(f.label) for f in FIGURES}


@dataclass(frozen=True)
class Row:
    key: str  # the §3 key, e.g. "assignments.by_gender"
    category: str | None  # category code or municipality; None for the key's own row
    label: str
    value: object  # int, float, None, a mask string, or "" for a breakdown heading
    level: int = 0  # 0 = a key, 1 = a category under it


def figure_rows(figures: Figures, profile: Profile) -> list[Row]:
    rows: list[Row] = []
    for key, label in figure_labels().items():
        fig = BY_KEY[key]
        group, name = fig.path
        if group not in figures or name not in figures[group]:
            continue
        value = figures[group][name]
        list_name = fig.profile_list
        if isinstance(value, dict) and fig.kind == "median":
            # merged: per-unit medians and their range
            rng = tr("{lo}–{hi}").format(lo=_none(value.get("min")), hi=_none(value.get("max")))
            rows.append(Row(key, None, tr(fig.merged_label or fig.label), rng))
            for unit, median in value.get("per_unit", {}).items():
                rows.append(Row(key, unit, unit, median, 1))
        elif isinstance(value, dict):
            rows.append(Row(key, None, label, ""))
            for code, count in in_profile_order(value, profile, list_name):
                cat_label = profile.label(list_name, code) if list_name else code
                rows.append(Row(key, code, cat_label, count, 1))
        else:
            rows.append(Row(key, None, label, value))
    return rows


def _none(v: object) -> object:
    return "–" if v is None else v


def format_text(figures: Figures, profile: Profile) -> str:
    """A plain-text table for the terminal."""
    out = io.StringIO()
    for row in figure_rows(figures, profile):
        value = "" if row.value == "" else _none(row.value)
        if isinstance(row.value, float):  # the user's decimal sign on the terminal (not in CSV)
            value = local_decimal(f"{row.value:g}")
        indent = "    " if row.level else ""
        if row.level == 0 and row.value == "":
            out.write(f"{row.label}:\n")
        else:
            out.write(f"{indent}{row.label}: {value}\n")
    return out.getvalue()


def write_csv(
    path: os.PathLike[str] | str,
    figures: Figures,
    profile: Profile,
    *,
    internal: bool,
    title: str = "",
    threshold: int = 5,
) -> Path:
    """CSV (``;``-separated, UTF-8 with BOM for spreadsheet programs). The first row says
    whether the counts are exact (internal) or masked for publication, with the one-line legend
    of the marks."""
    from po_desktop.domain.masking import legend

    path = Path(path)
    buf = io.StringIO()
    w = SafeWriter(buf, delimiter=";", lineterminator="\r\n")  # no cell runs as a formula
    if internal:
        w.writerow([tr("INTERNT"), tr("exakta antal – får inte publiceras"), title, ""])
    else:
        w.writerow(
            [
                tr("FÖR PUBLICERING"),
                legend(threshold),
                title,
                "",
            ]
        )
    w.writerow([tr("nyckel"), tr("kategori"), tr("rubrik"), tr("värde")])
    for row in figure_rows(figures, profile):
        value = "" if row.value is None else row.value
        w.writerow([row.key, row.category or "", row.label, value])
    return write_atomic(path, buf.getvalue().encode("utf-8-sig"))


def write_report_csv(
    path: os.PathLike[str] | str,
    report: MergedReport,
    *,
    internal: bool,
    threshold: int = 5,
    comparison: PublishedComparison | None = None,
) -> Path:
    """The coordinator's merged report as CSV: masked for publication (statistics.md §6, with
    per-unit medians hidden for units with few ended assignments) unless ``internal``.
    ``comparison`` (:func:`po_desktop.services.compare_output.merged`, made with the same
    ``internal``/``threshold``) adds the earlier period's column and the change."""
    from po_desktop.domain.categories import profile_or_default
    from po_desktop.domain.masking import mask_figures

    if comparison is not None:
        return _write_compare_csv(path, report, comparison, internal=internal, threshold=threshold)

    figures = (
        report["figures"]
        if internal
        else mask_figures(
            report["figures"],
            threshold,
            unit_ended={u["label"]: u["ended"] for u in report["units"]},
        )
    )
    title = tr("{n} enheter, period {label}").format(
        n=report["units_counted"], label=report["period"]["label"]
    )
    return write_csv(
        path,
        figures,
        profile_or_default(report.get("profile")),
        internal=internal,
        title=title,
        threshold=threshold,
    )


def _header(w: SafeWriter, internal: bool, threshold: int, title: str) -> None:
    from po_desktop.domain.masking import legend

    if internal:
        w.writerow([tr("INTERNT"), tr("exakta antal – får inte publiceras"), title, ""])
    else:
        w.writerow([tr("FÖR PUBLICERING"), legend(threshold), title, ""])


def _write_compare_csv(
    path: os.PathLike[str] | str,
    report: MergedReport,
    pc: PublishedComparison,
    *,
    internal: bool,
    threshold: int,
) -> Path:
    """``;``-separated, UTF-8 with BOM, decimal comma: key, category, label, this period,
    the earlier period, the change and the change in percent ("x" beside a masked cell, "–"
    when the earlier period was never reported, with the reason in the second row)."""
    from po_desktop.services.compare_output import csv_cell, csv_change

    buf = io.StringIO()
    w = SafeWriter(buf, delimiter=";", lineterminator="\r\n")  # no cell runs as a formula
    title = tr("{n} enheter, period {label} jämförd med {earlier}").format(
        n=report["units_counted"], label=pc.period.label, earlier=pc.earlier_period.label
    )
    _header(w, internal, threshold, title)
    if pc.earlier_figures is None:
        w.writerow([pc.earlier_period.label, pc.reason or tr("ej rapporterat"), "", ""])
    w.writerow(
        [
            tr("nyckel"),
            tr("kategori"),
            tr("rubrik"),
            pc.period.label,
            pc.earlier_period.label,
            tr("förändring"),
            tr("förändring (%)"),
        ]
    )
    for c in pc.cells:
        r = c.row
        heading = r.value == ""
        w.writerow(
            [
                r.key,
                r.category or "",
                r.label,
                "" if heading else csv_cell(r.value),
                "" if heading else csv_cell(c.earlier),
                csv_change(c.count),
                csv_change(c.percent),
            ]
        )
    return write_atomic(Path(path), buf.getvalue().encode("utf-8-sig"))
