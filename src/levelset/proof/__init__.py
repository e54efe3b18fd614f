"""Proof of impact: import resumes, LinkedIn exports and stories; score what they prove.

Public API (stable): `import_files(paths) -> Materials`, `import_file(path) -> Document`,
`analyse(materials, profile) -> ProofReport`, `extract(text) -> Features`.
"""

from levelset.proof.features import Features, Scope, Wording, extract
from levelset.proof.importing import import_file, import_files
from levelset.proof.model import Bullet, Channel, Document, Materials, Origin, Position, Story
from levelset.proof.report import BulletReport, ProofReport, analyse

__all__ = [
    "Bullet",
    "BulletReport",
    "Channel",
    "Document",
    "Features",
    "Materials",
    "Origin",
    "Position",
    "ProofReport",
    "Scope",
    "Story",
    "Wording",
    "analyse",
    "extract",
    "import_file",
    "import_files",
]
