"""The character set a server declares for a page or text (``Content-Type: text/html; charset=...``).

HTTP's declaration outranks a guess from the bytes (as in browsers: a byte-order mark first, then the
header, then the page's own ``<meta>``): trafilatura, given bytes alone, guesses, and read windows-1252
"Genève" as "Genčve".
"""

from __future__ import annotations

import codecs
from email.message import Message

UTF8_BOM_BYTES = codecs.BOM_UTF8
# Labels that browsers read as windows-1252 (WHATWG Encoding Standard): servers say "iso-8859-1" for
# pages with curly quotes and dashes in the 0x80-0x9F range, which only windows-1252 maps to characters.
WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"})


def declared_charset(content_type: str | None) -> str | None:
    """The Python codec of the charset a Content-Type header declares, or None (none, or unknown)."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    label = message.get_content_charset()
    if not label:
        return None
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decoded_as_declared(data: bytes, charset: str | None) -> str | None:
    """``data`` decoded with the declared ``charset``; None when there is none, a UTF-8 byte-order mark
    overrides it, or the bytes are not in it (the caller then reads the bytes its own way)."""
    if charset is None or data.startswith(UTF8_BOM_BYTES):
        return None
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        return None
