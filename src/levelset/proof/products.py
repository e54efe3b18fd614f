"""Products, services and teams that a résumé writes after its employer's name, where a place
would stand ("Amazon, Alexa", "Google, YouTube", "Meta, Instagram"): a division, not where the
work was done. They are no common words and not all in the city list, so the reader's rule
"an unknown capitalised name after an employer is its town" took them; one that is also a known
city or region is still read as the place."""

from __future__ import annotations

from levelset.proof.cities import fold

# well-known products, services, subsidiaries and teams of large employers, one a line
_NAMES = """
Alexa
Alexa AI
Audible
AWS
Kindle
Prime Video
Twitch
Zoox
Lab126
SageMaker
Siri
iCloud
iOS
iPadOS
macOS
watchOS
visionOS
iTunes
App Store
Apple Music
Apple TV
YouTube
Chrome
ChromeOS
Android
Gmail
Waymo
Verily
Fitbit
Nest
Pixel
Firebase
Kaggle
TensorFlow
Google Cloud
GCP
Google Maps
Google Brain
Google Ads
AdWords
Azure
Bing
Xbox
Cortana
Copilot
LinkedIn
GitHub
Outlook
Skype
HoloLens
OneDrive
SharePoint
Nuance
Mojang
Instagram
WhatsApp
Messenger
Oculus
Reality Labs
TikTok
Douyin
CapCut
Watson
Red Hat
Slack
Tableau
MuleSoft
Heroku
Photoshop
Acrobat
Uber Eats
"""
PRODUCTS = frozenset(fold(name) for name in _NAMES.splitlines() if name)


def is_product(text: str) -> bool:
    """Whether the text is a product, service or team of a large employer ("Alexa")."""
    return fold(text) in PRODUCTS
