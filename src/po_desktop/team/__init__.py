"""The team exchange file format (``<member-id>.poteam``): pure format and cryptography.

A team of ombud in one unit shares a folder (a network share, a synced cloud folder, a USB
stick). Each member writes only its own file, an append-only list of records (one JSON object
per line) numbered by a per-member sequence number; every record is signed by its author
(Ed25519) and, except the public ``hello`` that introduces a member's keys, encrypted with a
fresh content key wrapped for each recipient (ephemeral X25519 → HKDF-SHA256 → ChaCha20-Poly1305).

This layer reads no vault and writes no file except through :func:`records.write_lines`; the
use cases (who the members are, what was seen, what a record does) are in
``services/team*.py``. Every byte read here is hostile: :func:`records.read_file` refuses a bad
record alone (with a reason, never its content) and never raises on a file's content.
"""
