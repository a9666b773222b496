"""Fuzzing the form-definition loader (forms/*.toml): byte flips, truncations, inserted junk,
structural mutations of the parsed definition, and pathological files. Never a traceback: a bad
definition is a FormDefinitionError naming the file, the key and the problem (one line); one that
loads also prints (or is refused with one line); choosing a folder with a broken definition
changes nothing in the vault."""

from __future__ import annotations

import copy
import random
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from po_desktop.errors import PoError
from po_desktop.printing.forms import render_form
from po_desktop.printing.forms_loader import (
    FORM_NAMES,
    FormDefinition,
    FormDefinitionError,
    bundled_forms_dir,
    load_definition,
    parse_definition,
)

FUZZ_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ORIGINALS = {name: (bundled_forms_dir() / f"{name}.toml").read_bytes() for name in FORM_NAMES}


class _Renderer:
    """Render a sample of the definitions that load (rendering costs ~0.1 s each)."""

    def __init__(self, out_dir: Path, budget: int = 12):
        self.out_dir = out_dir
        self.budget = budget
        self.n = 0

    def maybe(self, definition: FormDefinition) -> None:
        if self.n >= self.budget:
            return
        self.n += 1
        try:
            render_form(definition, self.out_dir / f"form-{self.n}.pdf")
        except PoError as exc:
            assert "\n" not in str(exc) and str(exc).strip()


def _load(path: Path, raw: bytes) -> FormDefinition | None:
    """load_definition must either return a definition or raise a named FormDefinitionError."""
    path.write_bytes(raw)
    try:
        return load_definition(path)
    except FormDefinitionError as exc:
        msg = str(exc)
        assert msg.startswith("Fel i blankettdefinitionen ") and str(path) in msg, msg
        assert "\n" not in msg and exc.key and exc.problem
        return None


@pytest.mark.parametrize("name", FORM_NAMES)
def test_byte_flips_and_truncations(name, tmp_path):
    raw = ORIGINALS[name]
    rng = random.Random(name)
    render = _Renderer(tmp_path)
    rejected = 0
    target = tmp_path / f"{name}.toml"
    for _ in range(250):
        data = bytearray(raw)
        for _ in range(rng.choice([1, 1, 2, 4])):
            pos = rng.randrange(len(data))
            data[pos] = rng.choice([data[pos] ^ (1 << rng.randrange(8)), rng.randrange(256)])
        result = _load(target, bytes(data))
        if result is None:
            rejected += 1
        else:
            render.maybe(result)
    for cut in range(0, len(raw), max(1, len(raw) // 150)):
        result = _load(target, raw[:cut])
        if result is not None:
            render.maybe(result)
    assert rejected > 30  # flips mostly land in free text; enough must hit structure


@pytest.mark.slow
@FUZZ_SETTINGS
@given(data=st.data())
def test_inserted_junk(tmp_path, data):
    name = data.draw(st.sampled_from(FORM_NAMES))
    text = ORIGINALS[name].decode("utf-8")
    pos = data.draw(st.integers(0, len(text)))
    junk = data.draw(
        st.text(max_size=30)
        | st.sampled_from(
            [
                "\n[form]\n",
                "\n[[block]]\n",
                "= ",
                '"""',
                "\n[[header]]\ntype = 1\n",
                "\\u0000",
                "\nschema_version = 2\n",
                "[",
                "{",
                "\x00",
                "\ud7ff",
            ]
        )
    )
    raw = (text[:pos] + junk + text[pos:]).encode("utf-8", "surrogatepass")
    _load(tmp_path / "f.toml", raw)


TOML_LEAF = (
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats() | st.text(max_size=40)
)
TOML_VALUE = st.recursive(
    TOML_LEAF,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


@pytest.mark.slow
@FUZZ_SETTINGS
@given(data=st.data())
def test_structural_mutations(tmp_path, data):
    name = data.draw(st.sampled_from(FORM_NAMES))
    tree = copy.deepcopy(tomllib.loads(ORIGINALS[name].decode("utf-8")))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from([p for p in _paths(tree) if p]))
        parent = tree
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = data.draw(TOML_VALUE)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=10))] = data.draw(TOML_VALUE)
        else:
            parent.append(data.draw(TOML_VALUE))
    source = tmp_path / f"{name}.toml"
    try:
        definition = parse_definition(tree, source)
    except FormDefinitionError as exc:
        assert "\n" not in str(exc) and str(source) in str(exc) and exc.key
        return
    assert definition.blocks


def _with_logo(value: str) -> bytes:
    text = ORIGINALS["intake"].decode("utf-8")
    return re.sub(r"(?m)^logo = .*$", lambda m: "logo = " + value, text).encode("utf-8")


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        b"a = " + b"{b = " * 5_000 + b"1" + b"}" * 5_000 + b"\n",
        b"\xff\xfe" + "schema_version = 1".encode("utf-16-le"),
        "\ufeff".encode("utf-8") + ORIGINALS["intake"],
        ORIGINALS["intake"].replace(b"schema_version = 1", b"schema_version = 1e400"),
        _with_logo('"~no_such_user_here/logga.png"'),
        _with_logo('"' + "a" * 5000 + '.png"'),
        _with_logo('"x\\u0000y.png"'),
        _with_logo('"."'),
        _with_logo('"/dev/null"'),
    ],
    ids=[
        "empty",
        "deep-array",
        "deep-table",
        "utf16",
        "bom",
        "huge-version",
        "logo-unknown-user",
        "logo-long-name",
        "logo-nul",
        "logo-folder",
        "logo-device",
    ],
)
def test_pathological_definitions(tmp_path, raw):
    result = _load(tmp_path / "intake.toml", raw)
    if result is not None:
        _Renderer(tmp_path).maybe(result)


def test_broken_logo_image_is_refused_in_one_line(tmp_path):
    (tmp_path / "logga.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a png" * 10)
    definition = _load(tmp_path / "intake.toml", _with_logo('"logga.png"'))
    if definition is None:
        return  # refused at load time: fine
    with pytest.raises(PoError) as info:
        render_form(definition, tmp_path / "out.pdf")
    assert "\n" not in str(info.value)
    assert not (tmp_path / "out.pdf").exists()


def test_choosing_a_folder_with_a_broken_definition_changes_nothing(vault, tmp_path, cli):
    vault.lock()
    folder = tmp_path / "enhetens-blanketter"
    folder.mkdir()
    rng = random.Random(5)
    for _ in range(6):
        data = bytearray(ORIGINALS["system_failure"])
        (folder / "intake.toml").write_bytes(ORIGINALS["intake"])
        data = bytes(data[: rng.randrange(40, len(data) // 3)])  # truncated: broken
        (folder / "system_failure.toml").write_bytes(data)
        code, out, err = cli("print", "forms", "--use", str(folder))
        assert code == 4, (out, err)
        assert err.count("\n") == 1 and "system_failure.toml" in err and "Traceback" not in err
    from po_desktop.services.vault_admin import open_vault

    v = open_vault(vault.path, "korrekt häst batteri häftklammer")
    try:
        assert v.get_setting("forms_folder") is None
    finally:
        v.lock()
