"""The user's target: role, level, places, track and one-sentence positioning."""

from levelset.profile.model import Profile, Track

__all__ = ["Profile", "Track"]
