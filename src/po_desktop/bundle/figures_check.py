"""The checks of a bundle's figures against its statistics profile (statistics.md §2–§3), run
by ``format.load_and_validate`` after the schema: every category of the profile present and no
other, breakdowns that add up to their totals, a municipality named once, systemfel of the
profile's authorities inside the period."""

from __future__ import annotations

from po_desktop.bundle.format import MAX_MUNICIPALITIES, BundleRejected, shown
from po_desktop.domain.bundle_rules import municipality_key
from po_desktop.domain.statistics import BREAKDOWN_LISTS, PARTITION_BREAKDOWNS
from po_desktop.i18n import tr


def check_profile(data: dict) -> None:
    """The checks against the bundle's profile and the sums of statistics.md §3 (after the
    schema); BundleRejected naming the first problem."""
    from po_desktop.domain.categories import load_profile

    try:
        profile = load_profile(data["profile"])
    except (KeyError, ValueError, OSError):
        raise BundleRejected(
            tr("okänd statistikprofil {name}").format(name=data["profile"])
        ) from None
    figures = data["figures"]
    for (group, key), list_name in BREAKDOWN_LISTS.items():
        cells = figures[group][key]
        codes = profile.codes(list_name)
        for code in codes:
            if code not in cells:
                raise BundleRejected(
                    tr("kategorin {code} saknas i figures.{group}.{key}").format(
                        code=code, group=group, key=key
                    )
                )
        for code in cells:
            if code not in codes:
                raise BundleRejected(
                    tr("okänd kategori {code} i figures.{group}.{key}").format(
                        code=code, group=group, key=key
                    )
                )
    for (group, key), (tgroup, tkey) in PARTITION_BREAKDOWNS.items():
        total = sum(figures[group][key].values())
        if total != figures[tgroup][tkey]:
            raise BundleRejected(
                tr(
                    "siffrorna går inte ihop: summan av figures.{group}.{key} är "
                    "{sum}, men figures.{tgroup}.{tkey} är {total}"
                ).format(
                    group=group,
                    key=key,
                    sum=total,
                    tgroup=tgroup,
                    tkey=tkey,
                    total=figures[tgroup][tkey],
                )
            )
    by_municipality = figures["assignments"]["by_municipality"]
    if len(by_municipality) > MAX_MUNICIPALITIES:
        raise BundleRejected(
            tr("figures.assignments.by_municipality har {n} kommuner; Sverige har {max}").format(
                n=len(by_municipality), max=MAX_MUNICIPALITIES
            )
        )
    seen: dict[str, str] = {}
    for name in by_municipality:
        folded = municipality_key(name)  # "Mo\u200bra" is "Mora"
        if folded in seen:  # "Mora", "mora ", "Ｍｏｒａ": one municipality, or the rows split
            raise BundleRejected(
                tr(
                    "kommunen {a} finns två gånger i "
                    "figures.assignments.by_municipality (också som {b})"
                ).format(a=shown(seen[folded], 40), b=shown(name, 40))
            )
        seen[folded] = name
    a = figures["assignments"]
    if a["active"] != a["ended"] + a["ongoing_at_end"]:
        raise BundleRejected(tr("siffrorna går inte ihop: active är inte ended + ongoing_at_end"))
    listed = data["system_failures"]
    authorities = profile.codes("authority")
    for sf in listed:
        if sf["authority"] not in authorities:
            raise BundleRejected(
                tr(
                    "systemfelet {id} har okänd myndighet {code} (inte en kod i profilen {profile})"
                ).format(id=sf["id"], code=shown(sf["authority"], 50), profile=data["profile"])
            )
    if len(listed) != figures["system_failures"]["identified"]:
        raise BundleRejected(
            tr(
                "siffrorna går inte ihop: {n} systemfel i listan, men "
                "figures.system_failures.identified är {m}"
            ).format(n=len(listed), m=figures["system_failures"]["identified"])
        )
    start, end = data["period"]["start"], data["period"]["end"]
    for sf in listed:
        if not start <= sf["identified_on"] <= end:
            raise BundleRejected(
                tr("systemfelet {id} identifierades {day}, utanför perioden").format(
                    id=sf["id"], day=sf["identified_on"]
                )
            )
