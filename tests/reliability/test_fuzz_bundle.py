"""Fuzzing the bundle importer: byte flips, truncations, arbitrary bytes, structural mutations
(with a recomputed sha256, so the deeper checks are reached) and pathological nesting. Never a
traceback: every bad file is a named rejection (one line), and a rejection changes nothing in the
coordinator's vault — neither a row (logical dump) nor a byte of the vault file and its WAL."""

from __future__ import annotations

import copy
import hashlib
import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from po_desktop.bundle import bundle_bytes
from po_desktop.bundle.format import digest
from po_desktop.services import coordinator
from tests.fixtures.coordinator_helpers import dump, sf_item, unit_bundle

FUZZ_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _files_hash(vault) -> str:
    h = hashlib.sha256()
    for p in sorted(vault.path.parent.glob(vault.path.name + "*")):
        if p.name.endswith((".podb", "-wal")):
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


@pytest.fixture
def seeded(coordinator_vault):
    """A coordinator vault holding one imported bundle, and that bundle's dict and bytes."""
    bundle = unit_bundle(
        label="PO Mora",
        period="2026H1",
        n=9,
        system_failures=[sf_item("Lång väntan på beslut om bostadsanpassning")],
    )
    raw = bundle_bytes(bundle)
    first = coordinator.import_bundle(coordinator_vault, raw, name="original.pobundle")
    assert first.status == coordinator.IMPORTED
    coordinator_vault.checkpoint()
    return coordinator_vault, bundle, raw


class _Guard:
    """Import ``raw``; a rejection must be named and leave the vault untouched."""

    def __init__(self, vault, original: dict):
        self.vault = vault
        self.original = original
        self.rejected = 0
        self.accepted = 0

    def check(self, raw: bytes, *, may_differ: bool = False):
        before_rows, before_bytes = dump(self.vault), _files_hash(self.vault)
        result = coordinator.import_bundle(self.vault, raw, name="fuzz.pobundle")
        if result.status == coordinator.REJECTED:
            self.rejected += 1
            assert isinstance(result.reason, str) and result.reason.strip(), result
            assert "\n" not in result.reason and "Traceback" not in result.reason
            assert dump(self.vault) == before_rows
            assert _files_hash(self.vault) == before_bytes, "a rejected file changed the vault"
        else:
            self.accepted += 1
            if not may_differ:  # only layout changed: the very same bundle, so nothing to do
                assert result.status == coordinator.ALREADY_IMPORTED, result
                assert dump(self.vault) == before_rows
        return result


@pytest.mark.slow
def test_byte_flips(seeded):
    vault, bundle, raw = seeded
    guard = _Guard(vault, bundle)
    rng = random.Random(1123)
    for _ in range(400):
        data = bytearray(raw)
        for _ in range(rng.choice([1, 1, 1, 2, 3, 8])):
            pos = rng.randrange(len(data))
            data[pos] = rng.choice([data[pos] ^ (1 << rng.randrange(8)), rng.randrange(256)])
        guard.check(bytes(data))
    assert guard.rejected > 350


@pytest.mark.slow
def test_truncations(seeded):
    vault, bundle, raw = seeded
    guard = _Guard(vault, bundle)
    cuts = sorted(
        set(range(0, len(raw), max(1, len(raw) // 250))) | set(range(len(raw) - 40, len(raw) - 1))
    )
    for cut in cuts:
        guard.check(raw[:cut])
    assert guard.rejected == len(cuts) - sum(1 for c in cuts if raw[:c].strip() == raw.strip())


@pytest.mark.slow
@FUZZ_SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(seeded, junk):
    vault, bundle, _ = seeded
    result = _Guard(vault, bundle).check(junk)
    assert result.status == coordinator.REJECTED


JSON_LEAF = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


@st.composite
def mutated_bundles(draw, original):
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p and p != ("sha256",)]
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON_VALUE)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(JSON_VALUE)
        else:
            parent.append(draw(JSON_VALUE))
    if draw(st.booleans()):
        data["sha256"] = digest(data)  # a "well-made" bad bundle reaches the deeper checks
    return data


@pytest.mark.slow
@FUZZ_SETTINGS
@given(data=st.data())
def test_structural_mutations(seeded, data):
    vault, bundle, _ = seeded
    mutated = data.draw(mutated_bundles(bundle))
    raw = json.dumps(mutated, ensure_ascii=False, indent=1).encode("utf-8")
    # a mutation can make a different but valid bundle (a new label, say): importing it is
    # right; everything else must be a named rejection with nothing changed
    _Guard(vault, bundle).check(raw, may_differ=True)


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000,
        b'{"format": "po-desktop/statistics-bundle", "format_version": 1, "figures": '
        + b'{"a": ' * 5_000
        + b"1"
        + b"}" * 5_000
        + b"}",
        b'{"format": "po-desktop/statistics-bundle", "format_version": 1, "x": '
        + b"[" * 900
        + b"]" * 900
        + b"}",
        b'{"format": "po-desktop/statistics-bundle", "format_version": 1, "figures": '
        + b'{"a": ' * 985
        + b"-1"
        + b"}" * 985
        + b"}",
        "\ufeff{}".encode("utf-8"),
        b"\xff\xfe{\x00}\x00",
        b"null",
        b"1e999999",
        b'"\\ud800"',
        b'{"format": NaN}',
        b"\x00" * 1000,
    ],
    ids=[
        "deep-array",
        "deep-figures",
        "deep-900",
        "deep-985-negative",
        "bom-empty",
        "utf16",
        "null",
        "huge-number",
        "lone-surrogate",
        "nan",
        "zeros",
    ],
)
def test_pathological_files(seeded, raw):
    vault, bundle, _ = seeded
    result = _Guard(vault, bundle).check(raw)
    assert result.status == coordinator.REJECTED


def test_cli_rejects_mangled_files_with_one_line(seeded, tmp_path, cli):
    vault, bundle, raw = seeded
    vault_path = vault.path
    vault.lock()
    files = []
    for name, content in [
        ("flipped.pobundle", raw[:100] + b"#" + raw[101:]),
        ("cut.pobundle", raw[: len(raw) // 2]),
        ("deep.pobundle", b"[" * 100_000),
    ]:
        path = tmp_path / name
        path.write_bytes(content)
        files.append(path)
    before = hashlib.sha256(vault_path.read_bytes()).hexdigest()
    for path in files:
        code, out, err = cli("coordinator", "import", str(path), vault=vault_path)
        assert code == 4, (path.name, out, err)
        assert "Traceback" not in out + err and err.count("\n") == 1
        assert out.count("\n") == 1 and path.name in out
    assert hashlib.sha256(vault_path.read_bytes()).hexdigest() == before
