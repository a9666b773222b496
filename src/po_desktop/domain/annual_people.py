"""The annual report's sections about people (annual.md §4): key figures with the previous year,
caseload, client statistics, the waiting list and systemfel. Pure; from the figures as printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from po_desktop.domain.annual_model import (
    _TOTAL_OF,
    CLIENT_BREAKDOWNS,
    KEY_FIGURES,
    NOT_REPORTED,
    TARGET_MAX,
    TARGET_MIN,
    Block,
    Chart,
    Heading,
    Table,
    Text,
    _get,
    _is_number,
    _label,
    _ordered,
    _profile_codes,
    _signed,
    _table,
    change_cells,
    fmt,
)
from po_desktop.domain.categories import Profile
from po_desktop.domain.comparison import change
from po_desktop.i18n import tr


def _key_figures(
    shown: Mapping[str, Any], earlier: Mapping[str, Any] | None, year: int, has_previous: bool
) -> Table:
    rows = []
    for path, label, decimals in KEY_FIGURES:
        this = _get(shown, path)
        before = _get(earlier, path) if has_previous else None
        diff, pct = change_cells(this, before)
        exact = change(this, before) if decimals is not None else None
        if exact is not None:
            diff = _signed(float(exact.count), decimals)
        rows.append((tr(label), fmt(this, decimals), fmt(before, decimals), diff, pct))
    return _table(
        (tr("Nyckeltal"), str(year), str(year - 1), tr("Förändring"), tr("%")),
        rows,
        (50, 11, 11, 15, 13),
        (False, True, True, True, True),
    )


def _caseload(
    shown: Mapping[str, Any], earlier: Mapping[str, Any] | None, has_previous: bool, year: int
) -> list[Block]:
    """The caseload (one definition, :mod:`po_desktop.domain.caseload`): ongoing assignments
    per FTE at the year's end and as the average of the month ends, against the 10–15 guide
    (simultaneous clients per full-time ombud); the year's clients per FTE beside it, never
    against the guide."""
    ongoing = _get(shown, "assignments.ongoing_at_end")
    fte = _get(shown, "capacity.fte")
    per_fte = _get(shown, "capacity.active_per_fte")
    average = _get(shown, "capacity.month_end_average_per_fte")
    over = _get(shown, "assignments.over_18_months_at_end")
    blocks: list[Block] = [Heading(tr("Arbetsbelastning och uppdragens längd"))]
    judged = average if _is_number(average) else per_fte
    if _is_number(judged):
        if judged < TARGET_MIN:
            status = tr("under riktmärket")
        elif judged > TARGET_MAX:
            status = tr("över riktmärket")
        else:
            status = tr("inom riktmärket")
        text = tr(
            "Vid årets slut hade enheten {n} pågående uppdrag på {fte} årsarbeten, {per} per "
            "årsarbete."
        ).format(n=fmt(ongoing), fte=fmt(fte, 2), per=fmt(per_fte, 1))
        if _is_number(average):
            text += " " + tr(
                "I genomsnitt över årets månadsslut {avg} pågående uppdrag per årsarbete: "
                "{status} 10–15 samtidiga klienter per årsarbete."
            ).format(avg=fmt(average, 1), status=status)
        else:
            text += " " + tr("Det är {status} 10–15 samtidiga klienter per årsarbete.").format(
                status=status
            )
        blocks.append(Text(text))
    else:
        blocks.append(
            Text(
                tr(
                    "Pågående uppdrag per årsarbete kan inte redovisas ({value}); "
                    "riktmärket är 10–15 samtidiga klienter per årsarbete."
                ).format(value=fmt(per_fte))
            )
        )
    rows = []
    for path, label, dec in (
        ("assignments.ongoing_at_end", tr("Pågående uppdrag vid årets slut"), None),
        ("capacity.fte", tr("Årsarbeten"), 2),
        ("capacity.active_per_fte", tr("Pågående uppdrag per årsarbete (riktmärke 10–15)"), 1),
        (
            "capacity.month_end_average_per_fte",
            tr("Pågående uppdrag per årsarbete, genomsnitt av månadssluten (riktmärke 10–15)"),
            1,
        ),
        ("capacity.clients_per_fte", tr("Klienter under året per årsarbete"), 1),
        ("assignments.over_18_months_at_end", tr("Pågående längre än 18 månader"), None),
        ("assignments.ended_median_days", tr("Avslutade uppdrag: medianlängd (dagar)"), None),
    ):
        this = _get(shown, path)
        before = _get(earlier, path) if has_previous else None
        if path == "capacity.month_end_average_per_fte" and this is None and before is None:
            continue  # not known (a merged report): no row of dashes
        if isinstance(this, Mapping):  # merged medians: the span of the units' medians
            this = _span(this)
            before = _span(before) if isinstance(before, Mapping) else before
        rows.append((label, fmt(this, dec), fmt(before, dec)))
    blocks.append(
        _table((tr("Uppgift"), str(year), str(year - 1)), rows, (64, 18, 18), (False, True, True))
    )
    blocks.append(
        Text(
            tr(
                "Riktmärket gäller samtidiga klienter: pågående uppdrag per årsarbete. Klienter "
                "under året räknar alla som hade ett uppdrag någon gång under året och jämförs "
                "inte med riktmärket."
            ),
            "small",
        )
    )
    if _is_number(over) and over > 0:
        blocks.append(
            Text(
                tr(
                    "{n} uppdrag hade pågått längre än 18 månader vid årets slut "
                    "(normalt högst 18 månader)."
                ).format(n=fmt(over)),
                "small",
            )
        )
    return blocks


def _span(value: Mapping[str, Any]) -> str:
    low, high = value.get("min"), value.get("max")
    if low is None:
        return NOT_REPORTED
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"


def _breakdown_chart(
    shown: Mapping[str, Any],
    group: str,
    key: str,
    heading: str,
    list_name: str | None,
    total_label: str | None,
    profile: Profile,
) -> Chart | None:
    cells = _get(shown, f"{group}.{key}")
    if not isinstance(cells, Mapping):
        return None
    ordered = (
        _ordered(cells, _profile_codes(profile, list_name)) if list_name else list(cells.items())
    )
    rows = tuple(
        (profile.label(list_name, code) if list_name else str(code), value)
        for code, value in ordered
    )
    total = None
    if total_label:
        total = (tr(total_label), _get(shown, _TOTAL_OF.get(total_label, "")))
    return Chart(tr(heading), rows, total)


def _client_statistics(shown: Mapping[str, Any], profile: Profile) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Klientstatistik"))]
    for group, key, heading, list_name, total_label in CLIENT_BREAKDOWNS:
        chart = _breakdown_chart(shown, group, key, heading, list_name, total_label, profile)
        if chart is not None:
            blocks.append(chart)
    return blocks


def _waiting_list(
    shown: Mapping[str, Any],
    earlier: Mapping[str, Any] | None,
    has_previous: bool,
    profile: Profile,
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Förfrågningar och väntelista"))]
    rows = []
    for path, label in (
        ("inquiries.received", tr("Förfrågningar under året")),
        ("waiting_list.at_end", tr("På väntelistan vid årets slut")),
    ):
        this = _get(shown, path)
        before = _get(earlier, path) if has_previous else None
        rows.append((label, fmt(this), fmt(before), *change_cells(this, before)))
    blocks.append(
        _table(
            (tr("Uppgift"), tr("i år"), tr("föregående år"), tr("Förändring"), tr("%")),
            rows,
            (40, 12, 20, 15, 13),
            (False, True, True, True, True),
        )
    )
    chart = _breakdown_chart(
        shown,
        "inquiries",
        "by_outcome",
        "Förfrågningar efter utfall",
        "inquiry_outcome",
        None,
        profile,
    )
    if chart is not None:
        blocks.append(
            Chart(chart.title, chart.rows, (tr("Förfrågningar"), _get(shown, "inquiries.received")))
        )
    return blocks


def _authority_label(profile: Profile, code: str) -> str:
    return _label(profile, "authority", code, {})


def _feedback_status(sf: Mapping[str, Any]) -> str:
    if sf.get("feedback_received"):
        return tr("Återkoppling mottagen")
    if sf.get("reported_on"):
        return tr("Rapporterat {date}, väntar på återkoppling").format(
            date=str(sf["reported_on"])[:10]
        )
    return tr("Inte rapporterat")


def _system_failures(
    shown: Mapping[str, Any], failures: Sequence[Mapping[str, Any]], profile: Profile, merged: bool
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Systemfel per ansvarig myndighet"))]
    by_authority = _get(shown, "system_failures.by_authority")
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for sf in failures:
        groups.setdefault(str(sf.get("authority")), []).append(sf)
    codes = [
        c
        for c, _ in _ordered(
            by_authority if isinstance(by_authority, Mapping) else dict.fromkeys(sorted(groups), 0),
            _profile_codes(profile, "authority"),
        )
    ]
    rows = []
    for code in codes:
        items = groups.get(code, [])
        rows.append(
            (
                _authority_label(profile, code),
                fmt(by_authority.get(code) if isinstance(by_authority, Mapping) else len(items)),
                str(sum(1 for s in items if s.get("reported_on"))),
                str(sum(1 for s in items if s.get("feedback_received"))),
            )
        )
    rows.append(
        (
            tr("Totalt"),
            fmt(_get(shown, "system_failures.identified")),
            fmt(_get(shown, "system_failures.reported")),
            fmt(_get(shown, "system_failures.feedback_received")),
        )
    )
    blocks.append(
        _table(
            (tr("Myndighet"), tr("Identifierade"), tr("Rapporterade"), tr("Med återkoppling")),
            rows,
            (46, 18, 18, 18),
            (False, True, True, True),
            total_row=True,
        )
    )
    if not failures:
        blocks.append(Text(tr("Inga systemfel identifierades under året."), "small"))
        return blocks
    for code in codes:
        items = sorted(
            groups.get(code, []),
            key=lambda s: (str(s.get("identified_on")), str(s.get("unit_label") or "")),
        )
        if not items:
            continue
        blocks.append(
            Heading(
                tr("{authority} ({n} st)").format(
                    authority=_authority_label(profile, code), n=len(items)
                ),
                2,
            )
        )
        for sf in items:  # paragraphs that flow over pages, not giant table cells
            head = [str(sf.get("identified_on") or "")[:10]]
            if merged and sf.get("unit_label"):
                head.append(str(sf["unit_label"]))
            head.append(_feedback_status(sf))
            blocks.append(Text(" · ".join(head), "strong"))
            what = str(sf.get("area") or "")
            if sf.get("description"):
                what = f"{what}: {sf['description']}" if what else str(sf["description"])
            if what:
                blocks.append(Text(what, "entry"))
            if sf.get("measures"):
                blocks.append(Text(tr("Åtgärder: ") + str(sf["measures"]), "entry"))
            if sf.get("feedback"):
                blocks.append(Text(tr("Svar: ") + str(sf["feedback"]), "entry"))
    return blocks
