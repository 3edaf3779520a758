"""Toegang: an offline knowledge base on sex workers as clients of banks and insurers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("toegang")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

DISCLAIMER_NL = (
    "Toegang geeft informatie en handvatten, geen juridisch advies. Controleer de genoemde "
    "bronnen en volg het beleid van uw eigen instelling."
)
DISCLAIMER_EN = (
    "Toegang gives information and guidance, not legal advice. Check the sources it names and "
    "follow your own institution's policy."
)
