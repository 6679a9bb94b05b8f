"""Follow-ups due today and overdue (placeholder, see issue 3)."""

from __future__ import annotations

from ui.views.simple import SimpleView


class FollowUpsView(SimpleView):
    kind = "followups"
    title = "Follow-ups"
    icon_name = "followups"
