"""Arabic and Hebrew words in a PDF's text read in their own order.

LinkedIn's PDF (Apache FOP) keeps each right-to-left word's letters in reading order but sets
the words left to right as drawn, so PDFium hands over "AZM X | اكس عزم" with each letter
boxed where it is drawn: the letters of a word step leftwards. They were cut into pieces at
each step ("س اك م عز"). The boxes below copy that geometry (made up here after the corpus's
tuning file), for a company written "Noor | <name in Arabic>".
"""

from __future__ import annotations

from levelset.proof.importers.pdf import _logical, _Runs

HIGH, LOW = 488.3, 471.4


def _run(chars: list[tuple[str, float, float]]) -> list[str]:
    runs = _Runs(page_height=792.0)
    for char, left, right in chars:
        if char == " ":
            runs.space()
        else:
            runs.add(char, (left, LOW, right, HIGH), 12.0)
    runs.flush()
    return [box.text for box in runs.boxes]


def test_a_right_to_left_name_is_one_run_in_reading_order() -> None:
    boxes = _run(
        [
            ("N", 223.6, 231.6), ("o", 231.6, 238.9), ("o", 238.9, 246.0), ("r", 246.0, 250.0),
            (" ", 0, 0), ("|", 263.5, 266.6), (" ", 0, 0),
            ("ا", 293.3, 296.2), ("ك", 284.3, 293.3), ("س", 269.9, 284.3), (" ", 0, 0),
            ("ع", 311.7, 318.8), ("ز", 305.7, 311.7), ("م", 299.6, 306.6),
        ]
    )  # fmt: skip
    assert boxes == ["Noor |", "عزم اكس"]


def test_words_of_a_right_to_left_script_swap_and_latin_words_stay() -> None:
    assert _logical("اكس عزم") == "عزم اكس"
    assert _logical("Noor | اكس عزم") == "Noor | عزم اكس"
    assert _logical("שלום עולם at Acme") == "עולם שלום at Acme"
    assert _logical("Acme Corp") == "Acme Corp"
