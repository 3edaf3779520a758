"""Optional passphrase protection of stored drafts and records: AES-256-GCM, key from scrypt.

An encrypted file is a small JSON envelope (canonical: sorted keys, no spaces):

    {"format": "toegang-encrypted", "version": 1, "kind": "draft" | "record",
     "kdf": {"name": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": <base64, 16 bytes>},
     "cipher": {"name": "aes-256-gcm", "nonce": <base64, 12 bytes>},
     "check": <base64, 16 bytes>, "ciphertext": <base64>}

- The salt is random per file (kept when the same file is written again, so the key is derived
  once per file and session); the nonce is random per write.
- The associated data is the canonical JSON of everything but `check` and `ciphertext`: the file
  kind, the format version and the parameters are authenticated, so a record cannot pass for a
  draft and the parameters cannot be lowered unnoticed.
- `check` is an HMAC of a fixed label under the derived key: it tells a wrong passphrase apart from
  a changed file. It gives an attacker nothing the GCM tag does not already give (both test a
  guessed key), and each guess still costs one scrypt.
- The plaintext is the file as it would be written without protection; a sealed record keeps its
  SHA-256 seal over the canonical plaintext JSON: decrypt, then verify.

Nothing here writes files, and no passphrase is ever stored: callers keep it in memory only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from typing import Any, Literal

ENCRYPTED_FORMAT = "toegang-encrypted"
ENCRYPTED_VERSION = 1
Kind = Literal["draft", "record"]
KINDS: tuple[str, ...] = ("draft", "record")
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
CHECK_LABEL = b"toegang passphrase check v1"


class CryptoError(ValueError):
    """A protected file that cannot be opened; the message says why, in plain words."""


class PassphraseNeeded(CryptoError):
    """The file is protected and no passphrase was given."""


class WrongPassphrase(CryptoError):
    """The passphrase does not open this file."""


class TamperedFile(CryptoError):
    """The passphrase is right, but the encrypted content was changed or damaged."""


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost: n=2**15, r=8, p=1 takes about 0.1 s and 32 MB (an interactive unlock)."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    def check(self) -> None:
        # Bounds on what a file may ask for: a crafted file must not make us use gigabytes.
        if not (2**10 <= self.n <= 2**20 and self.n & (self.n - 1) == 0):
            raise CryptoError("unsupported scrypt cost n (a power of two from 2^10 to 2^20)")
        if not (1 <= self.r <= 32 and 1 <= self.p <= 16):
            raise CryptoError("unsupported scrypt parameters r or p")


DEFAULT_PARAMS = ScryptParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise CryptoError(f"not a readable protected file: {what} is missing")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise CryptoError(f"not a readable protected file: {what} is not base64") from None


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def derive_key(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    params.check()
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def _check_value(key: bytes) -> bytes:
    return hmac.new(key, CHECK_LABEL, hashlib.sha256).digest()[:16]


def envelope_of(data: bytes) -> dict[str, Any] | None:
    """The envelope when `data` is a protected file; None when it is not one (plain JSON)."""
    try:
        loaded = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if isinstance(loaded, dict) and loaded.get("format") == ENCRYPTED_FORMAT:
        return loaded
    return None


def is_protected(data: bytes) -> bool:
    return envelope_of(data) is not None


@dataclass(frozen=True)
class _Header:
    kind: str
    params: ScryptParams
    salt: bytes
    nonce: bytes

    def associated_data(self) -> bytes:
        return _canonical(
            {
                "format": ENCRYPTED_FORMAT,
                "version": ENCRYPTED_VERSION,
                "kind": self.kind,
                "kdf": {
                    "name": "scrypt",
                    "n": self.params.n,
                    "r": self.params.r,
                    "p": self.params.p,
                    "salt": _b64(self.salt),
                },
                "cipher": {"name": "aes-256-gcm", "nonce": _b64(self.nonce)},
            }
        )


def _header(envelope: dict[str, Any]) -> _Header:
    version = envelope.get("version")
    if version != ENCRYPTED_VERSION:
        raise CryptoError(
            f"protected with an encryption format this version of Toegang does not know "
            f"({version!r}); use a newer Toegang"
        )
    kdf, cipher = envelope.get("kdf"), envelope.get("cipher")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise CryptoError("not a readable protected file: unknown key derivation")
    if not isinstance(cipher, dict) or cipher.get("name") != "aes-256-gcm":
        raise CryptoError("not a readable protected file: unknown cipher")
    numbers = [kdf.get(key) for key in ("n", "r", "p")]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in numbers):
        raise CryptoError("not a readable protected file: bad scrypt parameters")
    params = ScryptParams(int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    params.check()
    kind = envelope.get("kind")
    if kind not in KINDS:
        raise CryptoError("not a readable protected file: unknown kind of file")
    salt = _unb64(kdf.get("salt"), "the salt")
    nonce = _unb64(cipher.get("nonce"), "the nonce")
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES:
        raise CryptoError("not a readable protected file: salt or nonce has the wrong length")
    return _Header(str(kind), params, salt, nonce)


def salt_of(data: bytes) -> bytes | None:
    """The salt of a protected file (to keep it when the file is written again)."""
    envelope = envelope_of(data)
    if envelope is None:
        return None
    try:
        return _header(envelope).salt
    except CryptoError:
        return None


@dataclass
class Passphrase:
    """A passphrase held in memory for this session, with the keys derived from it per salt."""

    secret: str
    params: ScryptParams = DEFAULT_PARAMS
    _keys: dict[tuple[bytes, ScryptParams], bytes] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.secret:
            raise ValueError("an empty passphrase protects nothing")

    def key(self, salt: bytes, params: ScryptParams) -> bytes:
        cached = self._keys.get((salt, params))
        if cached is None:
            cached = derive_key(self.secret, salt, params)
            self._keys[(salt, params)] = cached
        return cached

    def encrypt(self, plaintext: bytes, kind: Kind, salt: bytes | None = None) -> bytes:
        """The protected file for `plaintext` (a new random salt unless one is given)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        header = _Header(
            kind,
            self.params,
            salt or secrets.token_bytes(SALT_BYTES),
            secrets.token_bytes(NONCE_BYTES),
        )
        key = self.key(header.salt, header.params)
        ciphertext = AESGCM(key).encrypt(header.nonce, plaintext, header.associated_data())
        envelope = json.loads(header.associated_data())
        envelope["check"] = _b64(_check_value(key))
        envelope["ciphertext"] = _b64(ciphertext)
        return _canonical(envelope) + b"\n"

    def decrypt(self, data: bytes, kind: Kind) -> bytes:
        """The plaintext of a protected file; raise a `CryptoError` that says what is wrong."""
        envelope = envelope_of(data)
        if envelope is None:
            raise CryptoError("not a protected file")
        return _decrypt(envelope, kind, self)


def _decrypt(envelope: dict[str, Any], kind: Kind, passphrase: Passphrase) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = _header(envelope)
    if header.kind != kind:
        raise CryptoError(f"this is a protected {header.kind}, not a {kind}")
    check = _unb64(envelope.get("check"), "the passphrase check")
    ciphertext = _unb64(envelope.get("ciphertext"), "the ciphertext")
    key = passphrase.key(header.salt, header.params)
    if not hmac.compare_digest(check, _check_value(key)):
        raise WrongPassphrase("the passphrase does not open this file")
    try:
        return AESGCM(key).decrypt(header.nonce, ciphertext, header.associated_data())
    except InvalidTag:
        raise TamperedFile(
            "the protected file was changed or damaged after it was written "
            "(its AES-GCM authentication fails)"
        ) from None


def open_file(data: bytes, kind: Kind, passphrase: Passphrase | None) -> bytes:
    """The plaintext of a file: as it is when not protected; decrypted when it is."""
    envelope = envelope_of(data)
    if envelope is None:
        return data
    if passphrase is None:
        raise PassphraseNeeded("the file is protected with a passphrase; give the passphrase")
    return _decrypt(envelope, kind, passphrase)
