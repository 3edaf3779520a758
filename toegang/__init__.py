"""Toegang: an offline knowledge base on sex workers as clients of banks and insurers."""

from __future__ import annotations

DISCLAIMER_NL = (
    "Toegang geeft informatie en handvatten, geen juridisch advies. Controleer de genoemde "
    "bronnen en volg het beleid van uw eigen instelling."
)
DISCLAIMER_EN = (
    "Toegang gives information and guidance, not legal advice. Check the sources it names and "
    "follow your own institution's policy."
)

__version__: str  # looked up on first use (importlib.metadata costs the app's start ~12 ms)


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("toegang")
        except PackageNotFoundError:  # running from a source tree that was not installed
            found = "0.0.0+source"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module 'toegang' has no attribute {name!r}")
