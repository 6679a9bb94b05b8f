"""Home: the pipeline, shipments on the water, follow-ups due (placeholder, see issue 3)."""

from __future__ import annotations

from ui.views.simple import SimpleView


class DashboardView(SimpleView):
    kind = "dashboard"
    title = "Home"
    icon_name = "home"
