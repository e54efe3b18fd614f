"""Proof of impact: import resumes, LinkedIn exports and stories; score what they prove.

Public API (stable): `import_files(paths) -> Materials`, `import_file(path) -> Document`,
`analyse(materials, profile) -> ProofReport`, `extract(text) -> Features`.
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

if TYPE_CHECKING:
    from levelset.proof.features import Features, Scope, Wording, extract
    from levelset.proof.importing import import_file, import_files
    from levelset.proof.model import Bullet, Channel, Document, Materials, Origin, Position, Story
    from levelset.proof.report import BulletReport, ProofReport, analyse

_WHERE = {
    "Features": "features",
    "Scope": "features",
    "Wording": "features",
    "extract": "features",
    "import_file": "importing",
    "import_files": "importing",
    "Bullet": "model",
    "Channel": "model",
    "Document": "model",
    "Materials": "model",
    "Origin": "model",
    "Position": "model",
    "Story": "model",
    "BulletReport": "report",
    "ProofReport": "report",
    "analyse": "report",
}

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


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
