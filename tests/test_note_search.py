"""Note search finds words inside longer words (issue 19: "kassan" found nothing in
"Försäkringskassan"), folds case with å/ä/ö, keeps diacritics, handles words shorter than three
characters as word starts, and works in a vault made before the trigram index (migration 0012
builds it from the notes already there)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from po_desktop.errors import RejectedInput
from po_desktop.services import casework as cw
from po_desktop.services.vault_admin import open_vault
from po_desktop.storage import Vault
from po_desktop.storage.vault import head_revision
from tests.fixtures.vault_support import PASSPHRASE

D = dt.date.fromisoformat


def _assignment(vault, alias: str) -> None:
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=D("2026-01-10"),
    )


@pytest.fixture
def notes(vault):
    _assignment(vault, "AB12")
    _assignment(vault, "CD34")
    ids = {
        "fk": cw.add_note(vault, "AB12", date=D("2026-02-01"), text="Ringde Försäkringskassan.").id,
        "ö": cw.add_note(
            vault, "CD34", date=D("2026-02-02"), text="Möte på ÖPPENVÅRDEN i Älvdalen, idag."
        ).id,
        "får": cw.add_note(vault, "CD34", date=D("2026-02-03"), text="Klienten får svar.").id,
        "id": cw.add_note(vault, "AB12", date=D("2026-02-04"), text="Beställde id-kort.").id,
    }
    return vault, ids


def _ids(vault, query: str) -> set[int]:
    return {h.note_id for h in cw.search_notes(vault, query)}


def test_a_word_is_found_inside_a_longer_word(notes):
    vault, ids = notes
    assert _ids(vault, "kassan") == {ids["fk"]}
    assert _ids(vault, "säkringsk") == {ids["fk"]}
    assert _ids(vault, "försäkring") == {ids["fk"]}  # a word start still matches
    hit = cw.search_notes(vault, "kassan")[0]
    assert hit.alias == "AB12" and "[Försäkringskassan]" in hit.snippet


@pytest.mark.parametrize(
    "query", ["KASSAN", "Kassan", "kAsSaN", "FÖRSÄKRINGSKASSAN", "försäkringskassan"]
)
def test_case_is_folded_including_swedish_letters(notes, query):
    vault, ids = notes
    assert _ids(vault, query) == {ids["fk"]}


@pytest.mark.parametrize("query", ["öppenvården", "ÖPPENVÅRDEN", "penvård", "ÄLVDAL", "lvdal"])
def test_a_a_o_fold_and_match_inside_words(notes, query):
    vault, ids = notes
    assert _ids(vault, query) == {ids["ö"]}


def test_diacritics_are_kept(notes):
    vault, ids = notes
    assert _ids(vault, "får") == {ids["får"]}
    assert _ids(vault, "far") == set()  # "får" is not "far"
    assert _ids(vault, "oppenvarden") == set()


def test_every_word_must_occur(notes):
    vault, ids = notes
    assert _ids(vault, "vården dalen") == {ids["ö"]}
    assert _ids(vault, "vården kassan") == set()


def test_words_under_three_characters_match_word_starts(notes):
    vault, ids = notes
    assert _ids(vault, "id") == {ids["ö"], ids["id"]}  # "idag", "id-kort"
    assert _ids(vault, "ID") == {ids["ö"], ids["id"]}
    assert _ids(vault, "Ö") == {ids["ö"]}  # "Öppenvården"
    assert _ids(vault, "ka") == set()  # no word starts with "ka"; not a substring search
    assert _ids(vault, "id kort") == {ids["id"]}  # short and long words together
    assert _ids(vault, "id vården") == {ids["ö"]}


def test_pasted_and_hostile_queries(notes):
    vault, ids = notes
    assert _ids(vault, "ｋａｓｓａｎ") == {ids["fk"]}  # fullwidth letters (NFKC)
    assert _ids(vault, "kas\u200bsan") == {ids["fk"]}  # a zero-width space pasted inside
    assert _ids(vault, 'kassan" OR "id') == set()  # FTS5 syntax is never passed through
    assert cw.search_notes(vault, 'NEAR( "x" AND') == []
    with pytest.raises(RejectedInput):
        cw.search_notes(vault, " ?! ")


def test_an_edited_note_is_found_by_its_new_text_only(notes):
    vault, ids = notes
    cw.update_note(vault, ids["fk"], text="Ringde Kronofogden.")
    assert _ids(vault, "kassan") == set()
    assert _ids(vault, "fogden") == {ids["fk"]}
    cw.delete_note(vault, ids["fk"])
    assert _ids(vault, "fogden") == set()


def test_an_old_vault_gets_the_index_from_its_notes(vault_path):
    """A vault at the schema before 0012 (notes indexed by words only) opens, is migrated, and
    finds its existing notes by substring."""
    old = Vault.create(
        vault_path,
        PASSPHRASE,
        {"unit_label": "PO Gammal", "municipalities": ["Mora"], "fte": "1.00", "mode": "ombud"},
        schema_revision="0009",
    )
    now = "2026-01-10 12:00:00"
    with old.session() as s:
        s.execute(
            text(
                "INSERT INTO assignment (id, alias, gender, birth_year, municipality, "
                "referral_source, priority_flags, areas, phase, start_date, "
                "first_visit_two_ombud, created_at, updated_at) VALUES (1, 'OLD1', 'woman', "
                "1970, 'Mora', 'self', '[]', '[]', 'active', '2026-01-10', 0, :now, :now)"
            ),
            {"now": now},
        )
        for i, body in enumerate(["Ringde Försäkringskassan.", "Möte på Öppenvården."], 1):
            s.execute(
                text(
                    "INSERT INTO note (id, assignment_id, date, text, created_at, updated_at) "
                    "VALUES (:id, 1, '2026-02-01', :t, :now, :now)"
                ),
                {"id": i, "t": body, "now": now},
            )
        s.commit()
        assert "note_trigram" not in {
            r[0] for r in s.execute(text("SELECT name FROM sqlite_master"))
        }
    old.lock()
    v = open_vault(vault_path, PASSPHRASE)
    try:
        assert v.schema_revision() == head_revision()
        assert [h.note_id for h in cw.search_notes(v, "kassan")] == [1]
        assert [h.note_id for h in cw.search_notes(v, "VÅRDEN")] == [2]
        with v.session() as s:  # the new index is whole and consistent with the notes
            s.execute(text("INSERT INTO note_trigram(note_trigram) VALUES ('integrity-check')"))
        cw.add_note(v, "OLD1", date=D("2026-03-01"), text="Skrev till Kronofogden.")
        assert len(cw.search_notes(v, "fogden")) == 1  # the triggers keep it in step
        assert v.check() == []
    finally:
        v.lock()
