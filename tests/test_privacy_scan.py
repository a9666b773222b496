"""The personal-data scan (domain/privacy.py): what people really type or paste is caught, ordinary
systemfel prose is not, findings point into the original text, and the scan is linear."""

from __future__ import annotations

import pytest

from po_desktop.domain.privacy import (
    find_personal_data,
    find_personnummer,
    looks_like_identifier,
    normalize,
    scan_outgoing_text,
    scan_outgoing_texts,
)

ALIASES = ["AB12", "Kå7"]

# (text, kind that must be found). 850101-1236 and 19850101-1236 pass the Luhn check;
# 850161-1233 is a samordningsnummer (day + 60).
CAUGHT = [
    # personnummer / samordningsnummer
    ("Gäller 850101-1236 som nekats", "personnummer"),
    ("Gäller 8501011236", "personnummer"),
    ("Gäller 850101+1236 (över 100)", "personnummer"),
    ("Gäller 850101 1236", "personnummer"),
    ("Gäller 19850101-1236", "personnummer"),
    ("Gäller 198501011236", "personnummer"),
    ("Gäller 19850101 1236", "personnummer"),
    ("850101\u20131236 (en dash från Word)", "personnummer"),
    ("850101\u20141236 em dash", "personnummer"),
    ("850101\u22121236 minus", "personnummer"),
    ("850101\u20101236 hyphen", "personnummer"),
    ("850101\u20111236 non-breaking hyphen", "personnummer"),
    ("850101\uff0d1236 fullwidth", "personnummer"),
    ("850101\ufe631236 small hyphen", "personnummer"),
    ("850101\u00a01236 nbsp", "personnummer"),
    ("850101\u202f1236 narrow nbsp", "personnummer"),
    ("\uff18\uff15\uff10\uff11\uff10\uff11-\uff11\uff12\uff13\uff16 fullwidth", "personnummer"),
    ("8501\u200b01-1236 zero-width space", "personnummer"),
    ("850101\u00ad-1236 soft hyphen", "personnummer"),
    ("85\u200d0101-12\u200c36 joiners", "personnummer"),
    ("\u202e850101-1236\u202c bidi", "personnummer"),
    ("samordningsnummer 850161-1233", "personnummer"),
    ("\u0668\u0665\u0660\u0661\u0660\u0661-\u0661\u0662\u0663\u0666 arabic-indic", "personnummer"),
    # Swedish phone numbers
    ("Ring 070-123 45 67", "phone"),
    ("Ring 070\u2013123 45 67", "phone"),
    ("Ring 0701234567", "phone"),
    ("Ring 070 123 45 67", "phone"),
    ("Ring 070.123.45.67", "phone"),
    ("Ring 070/123 45 67", "phone"),
    ("Ring 070-12 34 567", "phone"),
    ("Ring 070 - 123 45 67", "phone"),
    ("Ring +46 70 123 45 67", "phone"),
    ("Ring +46 (0)70-123 45 67", "phone"),
    ("Ring +46701234567", "phone"),
    ("Ring 0046 70 123 45 67", "phone"),
    ("Ring 0046701234567", "phone"),
    ("Ring 08-123 456 78", "phone"),
    ("Ring 08.123.45.67", "phone"),
    ("Ring (08) 123 456 78", "phone"),
    ("Ring 031-12 34 56", "phone"),
    ("Ring 0910-123 45", "phone"),
    ("Ring 070\u00a0123\u00a045\u00a067", "phone"),
    ("Ring \uff10\uff17\uff10-\uff11\uff12\uff13 \uff14\uff15 \uff16\uff17", "phone"),
    ("Ring 070-123\u200b45\u200b67", "phone"),
    # foreign phone numbers
    ("Ring +47 22 12 34 56", "phone"),
    ("Ring +44 20 7946 0958", "phone"),
    ("Ring +44 (0)20 7946 0958", "phone"),
    ("Ring 0047 22 12 34 56", "phone"),
    ("Ring +358 40 123 4567", "phone"),
    ("Ring +49 30 12345678", "phone"),
    ("Ring +1 212 555 0100", "phone"),
    ("Ring +45 32 12 34 56", "phone"),
    # e-mail, also obfuscated
    ("Mejla anna.svensson@kommun.se", "email"),
    ("Mejla anna @ kommun.se", "email"),
    ("Mejla anna(at)kommun.se", "email"),
    ("Mejla anna (at) kommun.se", "email"),
    ("Mejla anna [at] kommun [dot] se", "email"),
    ("Mejla anna{at}kommun(dot)se", "email"),
    ("Mejla anna(snabel-a)kommun(punkt)se", "email"),
    ("Mejla anna at kommun dot se", "email"),
    ("Mejla anna\uff20kommun.se", "email"),
    ("Mejla anna@kommun\uff0ese", "email"),
    ("Mejla anna\u200b@kommun.se", "email"),
    ("Mejla ANNA@KOMMUN.SE", "email"),
    # aliases
    ("Klienten AB12 fick avslag", "alias"),
    ("klienten ab12 fick avslag", "alias"),
    ("AB12s ansökan", "alias"),
    ("AB12:s ansökan", "alias"),
    ("AB12's ansökan", "alias"),
    ("A\u200bB12 fick avslag", "alias"),
    ("AB-12 fick avslag", "alias"),
    ("A B 1 2 fick avslag", "alias"),
    ("A.B.12 fick avslag", "alias"),
    ("\uff21\uff22\uff11\uff12 fullwidth", "alias"),
    ("KÅ7:s beslut", "alias"),
]

BENIGN = [
    "Handläggare nås inte per telefon; väntetid 6 veckor.",
    "Beslut 2026-01-15, överklagat 2026-02-03.",
    "Möte 2026-01-15 kl 08.30\u201310.00 med Försäkringskassan.",
    "Telefontid 08.30-10.00 och 13.00 - 15.00.",
    "Öppet 10:00\u201312:00, måndag\u2013fredag.",
    "Kl 08.30\u201310.00 12 personer, 13.00-15.00 8 personer.",
    "Mötet 05.06.2026 12 deltagare; 05/06 - 12/06 10 dagar.",
    "Dnr 2026/123-45 och 1234-2026 hos kommunen.",
    "Ärende 24-1234567 hos Kronofogden.",
    "Mål nr 02-2026-1234 hos Kronofogden, dnr 0123-456789, OCR 0123456789.",
    "Skulden är 12 360 kr och 1 050 000 kr totalt.",
    "Hyran 8 450 kr/mån, 101 400 kr per år.",
    "Enligt (2017:900) 44 § ska beslutet motiveras.",
    "SFS 2010:110 kap. 4 1 § och 5 kap. 12 §.",
    "Socialtjänstlagen (2001:453) 4 kap. 1 §.",
    "Bolaget 556677-8899 (org.nr) svarade inte.",
    "Region Dalarna org.nr 232100-0180.",
    "Postadress: Box 123, 791 71 Falun.",
    "Besöksadress 792 30 Mora.",
    "Datum 05.06.2026 och 15/06/26.",
    "Vecka 12\u201314, perioden 2026H1.",
    "Väntetiden var 3\u20134 månader, 50 % av ärendena.",
    "Läkarintyg saknades, se at kommunens hemsida.",
    "Mötet hölls @ Stadshuset.",
    "Avgift 0,5 prisbasbelopp.",
    "Version 2.0.1 av e-tjänsten, fel 0x80070005.",
    "Ärendet tog 180 dagar (2025-07-01 \u2013 2025-12-28).",
    "Absolut inga uppgifter om enskild: ABC123 och AB123 är blankettkoder.",
    "Rapporterad till ledningsgruppen 2026-03-01; återkoppling 2026-04-15.",
]


@pytest.mark.parametrize(("text", "kind"), CAUGHT, ids=[str(i) for i in range(len(CAUGHT))])
def test_caught(text, kind):
    kinds = {f.kind for f in find_personal_data(text, ALIASES)}
    assert kind in kinds, (text, kinds)


@pytest.mark.parametrize("text", BENIGN)
def test_ordinary_prose_passes(text):
    assert find_personal_data(text, ALIASES) == []


def test_table_sizes():
    assert len(CAUGHT) >= 50 and len(BENIGN) >= 20


def test_findings_point_into_the_original_text():
    text = (
        "Klient\u200b: ring \uff10\uff17\uff10\u2013123\u00a045\u00a067 eller anna\uff20kommun.se"
    )
    hits = find_personal_data(text)
    assert [f.kind for f in hits] == ["phone", "email"]
    for f in hits:
        assert text[f.start : f.end] == f.text
    assert hits[0].text == "\uff10\uff17\uff10\u2013123\u00a045\u00a067"
    assert hits[1].text == "anna\uff20kommun.se"


def test_findings_around_dropped_characters_keep_their_ends():
    text = "x \u200b850101-1236\u200b y"
    [f] = find_personal_data(text)
    assert f.text == "850101-1236" and text[f.start : f.end] == f.text


def test_normalize_index_map():
    text = "a\u00adb\uff21\u2013"
    norm, index = normalize(text)
    assert norm == "abA-"
    assert index == [0, 2, 3, 4, 5]


def test_invalid_dates_and_luhn_are_not_personnummer():
    assert find_personnummer("851301-1236") == []  # month 13
    assert find_personnummer("850132-1236") == []  # day 32
    assert find_personnummer("850101-1235") == []  # Luhn


def test_every_finding_of_a_list_is_marked():
    text = "AB12, anna@kommun.se, 850101-1236, +47 22 12 34 56"
    assert [f.kind for f in find_personal_data(text, ALIASES)] == [
        "alias",
        "email",
        "personnummer",
        "phone",
    ]


def test_scan_outgoing_helpers():
    assert scan_outgoing_text(None) == []
    assert scan_outgoing_text("Ring 070-123 45 67")[0].kind == "phone"
    found = scan_outgoing_texts(
        [("unit.label", "PO Mora"), ("unit.municipalities[0]", "Mora 070-123 45 67")]
    )
    assert [where for where, _ in found] == ["unit.municipalities[0]"]


def test_alias_shaped_like_an_identifier_with_typography():
    assert looks_like_identifier("850101\u20131236") is not None
    assert looks_like_identifier("\uff10\uff17\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17")


@pytest.mark.parametrize(
    "text",
    [
        "1" * 20000,
        "0" * 20000,
        "0701234567 " * 1800,
        "+4" * 10000,
        "a" * 19999 + "@",
        "@" * 20000,
        "a@" * 10000,
        ("12 " * 6666) + "850101-1236",
        "\u200b" * 20000,
        "AB" * 10000,
    ],
)
def test_a_20000_character_field_is_scanned(text):
    """Linear-time patterns: these all finish (timed in benchmarks/bench_privacy.py)."""
    found = find_personal_data(text, ALIASES + [f"X{i}Y" for i in range(100)])
    assert isinstance(found, list)
    if text.endswith("850101-1236"):
        assert found[-1].kind == "personnummer"


def test_alias_typed_with_a_decomposed_letter_is_found():
    assert [f.text for f in find_personal_data("Ka\u030a7 fick avslag", ["Kå7"])] == ["Ka\u030a7"]
    assert [f.kind for f in find_personal_data("KÅ7s beslut", ["Kå7"])] == ["alias"]
