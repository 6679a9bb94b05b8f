"""Port names as the user types them, compared.

"Manzanillo, MX", "manzanillo" and "Manzanillo (Colima)" name one port; "Shanghai
(Yangshan)" and "SHANGHAI" another. A port's key is its name before any comma or
bracket, folded (case, accents, spaces), so a freight route entered as "Manzanillo" is
found for a deal whose origin port reads "Manzanillo, MX".
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.text import fold

_QUALIFIER = re.compile(r"[,(（，].*$", re.S)


@lru_cache(maxsize=4096)
def port_key(name: str | None) -> str:
    """The folded name of the port, without its qualifier ('' for none)."""
    if not name:
        return ""
    bare = _QUALIFIER.sub("", name).strip()
    return fold(bare or name)
