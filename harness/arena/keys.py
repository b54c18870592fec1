"""API keys: `effx_<id>_<secret>`, stored as the SHA-256 of the whole key; the key is shown only once."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from effx.arena import tables
from effx.arena.db import JudgeDB

PREFIX = "effx_"


@dataclass(frozen=True)
class KeyInfo:
    """A key as the judge knows it (never the key itself)."""

    key_id: str
    name: str
    created: float


def hash_key(key: str) -> str:
    """SHA-256 of a key, hex: what is stored and compared."""
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(db: JudgeDB, name: str) -> tuple[str, str]:
    """Create a key for `name`; returns (key id, the key) — the key cannot be recovered later."""
    if not name.strip():
        raise ValueError("a key needs a non-empty name")
    key_id = secrets.token_hex(4)
    key = f"{PREFIX}{key_id}_{secrets.token_urlsafe(24)}"
    with db.write() as conn:
        conn.execute(tables.keys.insert().values(key_id=key_id, name=name.strip(), key_hash=hash_key(key),
                                                 created=db.now()))
    return key_id, key


def lookup(db: JudgeDB, key: str) -> KeyInfo | None:
    """The key's record when `key` is a valid key, else None (one indexed lookup by hash)."""
    if not key.startswith(PREFIX):
        return None
    k = tables.keys.c
    with db.read() as conn:
        row = conn.execute(sa.select(k.key_id, k.name, k.created).where(k.key_hash == hash_key(key))).first()
    return KeyInfo(row.key_id, row.name, row.created) if row else None


def bearer(authorization: str | None) -> str:
    """The key in an `Authorization: Bearer KEY` header ("" when absent or of another scheme)."""
    scheme, _, given = (authorization or "").partition(" ")
    return given.strip() if scheme.lower() == "bearer" else ""


def list_keys(db: JudgeDB) -> list[KeyInfo]:
    """Every key, oldest first."""
    k = tables.keys.c
    with db.read() as conn:
        rows = conn.execute(sa.select(k.key_id, k.name, k.created).order_by(k.created)).all()
    return [KeyInfo(r.key_id, r.name, r.created) for r in rows]


def key_names(db: JudgeDB) -> dict[str, str]:
    """key id -> name, for pages and exports."""
    return {info.key_id: info.name for info in list_keys(db)}
