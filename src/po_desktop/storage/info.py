"""Versions of the bundled SQLCipher, SQLite and crypto provider (for the About dialog)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def engine_versions() -> dict[str, str]:
    """``{"sqlcipher": "4.x.y community", "sqlite": "3.x.y", "crypto": "OpenSSL 3…"}``.

    Uses a throw-away in-memory database (keyed with a dummy key, because SQLCipher names its
    crypto provider only once a key is set): nothing is read or written on disk.
    """
    import sqlcipher3

    con = sqlcipher3.connect(":memory:")
    try:

        def one(sql: str) -> str:
            row = con.execute(sql).fetchone()
            return str(row[0]) if row and row[0] is not None else ""

        con.execute("PRAGMA key = 'about-dialog'")
        return {
            "sqlcipher": one("PRAGMA cipher_version"),
            "sqlite": one("SELECT sqlite_version()"),
            "crypto": one("PRAGMA cipher_provider_version") or one("PRAGMA cipher_provider"),
        }
    finally:
        con.close()
