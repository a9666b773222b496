"""Every byte of a team file is hostile (like the bundle's hostile pass): random bytes, huge
lines, wrong JSON types, records signed by a member but with a payload of the wrong shape,
strange names in the folder. Each bad thing is refused alone, nothing crashes, the honest
records still count."""

from __future__ import annotations

import json
import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from po_desktop.services import casework as cw
from po_desktop.services import team
from po_desktop.services.identity import vault_identity
from po_desktop.team import payloads
from po_desktop.team import records as rec
from tests.fixtures import team_support
from tests.fixtures.team_support import TODAY

unit = team_support.unit
three = team_support.three


def _valid_line() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    x = X25519PrivateKey.generate()
    pub = x.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return rec.seal(
        team="a" * 32,
        signing_key=Ed25519PrivateKey.generate(),
        seq=1,
        record_id="b" * 32,
        at="2026-05-04T10:00:00Z",
        payload={"type": "receipt", "handover": "c" * 32, "record": "d" * 32},
        recipients=[("e" * 24, pub)],
    )


def _with_header(**changes) -> bytes:
    obj = json.loads(_valid_line())
    obj["h"].update(changes)
    return json.dumps(obj).encode()


HOSTILE_LINES = [
    b"\xff\xfe\x00garbage",
    b"not json at all",
    b"[]",
    b"{}",
    b'{"h": {}, "c": "", "s": ""}',
    b'{"h": 1, "c": 2, "s": 3}',
    b'{"h": {"v": 1}, "h": {"v": 1}, "c": "", "s": ""}',  # duplicate key
    b'{"h": NaN, "c": "", "s": ""}',
    b"[" * 100_000 + b"]" * 100_000,  # deep nesting
    b'{"x": ' + b"9" * 5000 + b"}",  # an integer too long to convert
    _with_header(seq=True),
    _with_header(seq="1"),
    _with_header(seq=0),
    _with_header(seq=2**60),
    _with_header(v=2),
    _with_header(v=True),
    _with_header(author="X" * 24),
    _with_header(team=None),
    _with_header(at="2026-02-30T10:00:00Z"),
    _with_header(to="everyone"),
    _with_header(to=[{"m": "e" * 24, "e": "AAAA", "k": "AAAA"}]),
    _with_header(to=[{"m": "e" * 24, "e": "", "k": "", "x": 1}]),
    _with_header(n=""),
    _with_header(extra=1),
]


@pytest.mark.parametrize("line", HOSTILE_LINES, ids=range(len(HOSTILE_LINES)))
def test_a_hostile_line_is_a_problem_never_an_exception(line):
    assert isinstance(rec.parse_line(line, 7), rec.Problem)


def test_every_truncation_and_byte_flip_of_a_record_is_caught():
    line = _valid_line()
    for cut in range(0, len(line), 7):
        result = rec.parse_line(line[:cut])
        assert isinstance(result, rec.Problem)
    rnd = random.Random(22)
    for _ in range(300):
        data = bytearray(line)
        data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
        result = rec.parse_line(bytes(data))
        if isinstance(result, rec.Record):  # parses: then the signature or the AEAD fails
            assert result.line != line


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_raise(data):
    read = rec.read_bytes(data)
    assert read.records == ()


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(payloads.TYPES), st.dictionaries(st.text(max_size=14), _json, max_size=8))
def test_a_payload_of_any_shape_is_refused_with_payload_error_only(kind, fields):
    try:
        payloads.validate({"type": kind, **fields})
    except payloads.PayloadError:
        pass


def test_an_oversize_line_is_skipped_without_holding_it(monkeypatch, tmp_path):
    monkeypatch.setattr(rec, "MAX_LINE_BYTES", 2000)
    good = _valid_line()
    path = tmp_path / "x.poteam"
    path.write_bytes(b"A" * 50_000 + b"\n" + good + b"\n" + b"B" * 3000)
    read = rec.read_file(path)
    assert [p.kind for p in read.problems] == ["oversize", "oversize"]
    assert len(read.records) == 1


def _seal_as(vault, unit_, payload, seq):
    """A record signed by ``vault``'s own key (a member) with any payload, to everyone."""
    ident = vault_identity(vault)
    everyone = [
        (m.member_id, rec.unb64(m.enc_pub)) for m in _members(unit_.anna) if m.status == "member"
    ]
    return rec.seal(
        team=team.status(vault).team_id,
        signing_key=ident.signing_key,
        seq=seq,
        record_id=os.urandom(16).hex(),
        at=rec.now_at(),
        payload=payload,
        recipients=everyone,
    )


def _members(vault):
    from sqlalchemy import select

    from po_desktop.storage.models_team import TeamMember

    with vault.session() as s:
        return list(s.scalars(select(TeamMember)))


def test_signed_records_with_hostile_payloads_are_refused_one_by_one(unit):
    inquiry = {
        "type": "inquiry",
        "key": "f" * 32,
        "date": TODAY.isoformat(),
        "referral_source": "self",
        "priority_flags": [],
        "outcome": "waiting",
        "referred_to": None,
        "outcome_on": None,
    }
    bad = [
        {**inquiry, "date": "2026-02-30"},
        {**inquiry, "priority_flags": "acute"},
        {**inquiry, "outcome": True},
        {**inquiry, "referred_to": "x" * 5000},
        {**inquiry, "referred_to": "bell\x07"},
        {**inquiry, "extra": 1},
        {"type": "no_such_type"},
        {"type": "hello", "label": "x", "sign": "A" * 44, "enc": "A" * 44},  # not public
        {
            "type": "handover",
            "key": "0" * 32,
            "consent": False,  # no consent
            "assignment": {},
            "notes": [],
            "follow_ups": [],
        },
    ]
    path = unit.file_of(unit.bertil)
    seq = len(rec.read_file(path).records)
    lines = [_seal_as(unit.bertil, unit, p, seq + i + 1) for i, p in enumerate(bad)]
    lines.append(_seal_as(unit.bertil, unit, inquiry, seq + len(bad) + 1))  # then an honest one
    with open(path, "ab") as fh:
        fh.write(b"".join(line + b"\n" for line in lines))
    report = team.sync(unit.anna)
    refused = [n for n in report.notices if n.kind == "malformed_payload"]
    assert len(refused) == len(bad)
    assert all("x" * 50 not in n.text for n in refused)  # the reason, never the content
    assert [u.author_label for u in team.unit_inquiries(unit.anna)] == ["Bertil"]
    assert team.sync(unit.anna).imported == 0  # seen once: not imported or reported again


def test_a_hostile_folder_is_read_without_crashing(unit):
    folder = unit.folder
    cw.add_inquiry(unit.bertil, date=TODAY, referral_source="self", outcome="waiting")
    team.sync(unit.bertil)
    team.sync(unit.anna)
    before = [u.key for u in team.unit_inquiries(unit.anna)]
    assert len(before) == 1
    rnd = random.Random(7)
    (folder / ("0" * 24 + ".poteam")).write_bytes(bytes(rnd.randrange(256) for _ in range(5000)))
    (folder / "empty.poteam").write_bytes(b"")
    (folder / "dir.poteam").mkdir()
    os.symlink("/dev/zero", folder / "zero.poteam")
    (folder / "lines.poteam").write_bytes(b"\n".join(HOSTILE_LINES[:10]))
    (folder / ".hidden.poteam").write_bytes(b"x")
    for vault in (unit.anna, unit.bertil, unit.cecilia):
        report = team.sync(vault)
        kinds = {n.kind for n in report.notices}
        assert {"skipped_file", "malformed"} <= kinds
    assert [u.key for u in team.unit_inquiries(unit.anna)] == before
    assert [u.key for u in team.unit_inquiries(unit.cecilia)] == before
