"""The schema's migrations: where they are, their revision graph (read without Alembic, so an
unlock that needs no migration never imports it) and Alembic's configuration when one runs."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig  # Alembic only when migrating

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it follows, read from the migration files themselves (their
    ``revision`` and ``down_revision`` assignments), so that an unlock that needs no migration
    never imports Alembic (start-up time, see benchmarks/bench_startup.py)."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, Any] = {}
        for node in ast.parse(script.read_text("utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if (
                        isinstance(target, ast.Name)
                        and node.value is not None
                        and target.id in ("revision", "down_revision")
                    ):
                        values[target.id] = ast.literal_eval(node.value)
        if "revision" in values:
            down = values.get("down_revision")
            graph[values["revision"]] = (
                tuple(down) if isinstance(down, list | tuple) else (down,) if down else ()
            )
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, not {heads}")
    return heads[0]
