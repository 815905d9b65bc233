"""Language identification: which language is a capture written in?

The archive publishes English and German, but the build must be able to say
what else it was given ("this capture is Chinese (zh)").  Two steps:

1. The *script* decides first.  Han, kana and hangul are counted directly:
   a text that is mostly CJK is ``zh``, ``ja`` (many kana) or ``ko`` (mostly
   hangul) without asking a model.  Text in another non-Latin script
   (Cyrillic, Greek, Arabic …) goes to the py3langid model over all its
   two-letter languages.
2. Latin-script text goes to a py3langid model restricted to the Latin-script
   languages in :data:`LATIN_LANGUAGES`: fewer look-alike languages (Galician,
   Bikol, Low German …) that short English or German text could be mistaken
   for, and a faster scoring step.

Only the first :data:`SAMPLE_CHARS` characters are read, so the cost does not
grow with the article; the first :data:`FIRST_CHARS` decide alone when the
model is sure of them (about 0.25 ms for a 500-word article once the model
is loaded, which takes a tenth of a second in each process, and about a
second the very first time, when its tables are written to the user's cache).
Pure Python plus numpy, no Pelican import.

>>> detect_language("Der Oberbürgermeister empfing die Delegation im Rathaus.")[0]
'de'
>>> detect_language("The mayor received the delegation at the city hall.")[0]
'en'
>>> detect_language("上海市委书记陈吉宁会见科隆市长雷克尔。")[0]
'zh'
>>> detect_language("  12.09.2024  ")
('und', 0.0)
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..settings import cache_folder as folder

if TYPE_CHECKING:  # imported on first use: numpy and the model are not needed by every process
    from py3langid.langid import LanguageIdentifier

logger = logging.getLogger(__name__)

__all__ = ["LATIN_LANGUAGES", "SAMPLE_CHARS", "UNDETERMINED", "detect_language", "load_model"]

SAMPLE_CHARS = 800  # characters read from the start of the text (about 120 words: enough, and 2.3x faster than 2000)
FIRST_CHARS = 240  # a first look (under a third of the sample), kept when the model is sure: most articles
SURE = 0.99  # the confidence from which the first look decides
UNDETERMINED = "und"  # returned (with confidence 0.0) for text without letters
CJK_SHARE = 0.3  # share of CJK characters among letters from which a text is CJK
OTHER_SCRIPT_SHARE = 0.5  # share of non-Latin letters from which the full model decides

# Latin-script languages the restricted model chooses from (ISO 639-1).
LATIN_LANGUAGES: tuple[str, ...] = (
    *("en", "de", "fr", "nl", "es", "it", "pt", "pl", "cs", "sk", "sl", "hr", "bs", "hu", "ro", "da", "sv", "no"),
    *("fi", "et", "lv", "lt", "tr", "id", "ms", "vi", "ca", "lb", "af", "sq", "eu", "gl", "ga", "cy", "is", "tl", "sw"),
)

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_KANA_RE = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff]")
# anything outside Latin letters, Latin punctuation and symbols
_NOT_LATIN_RE = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]")


@functools.cache
def load_model() -> tuple[LanguageIdentifier, LanguageIdentifier]:
    """The py3langid identifiers (Latin-script languages, all two-letter languages), loaded once."""
    return _identifier("latin"), _identifier("every")


@functools.cache
def _identifier(name: str) -> LanguageIdentifier:
    """One restricted py3langid identifier: ``latin`` (used for nearly every text) or ``every``
    (only for text in another non-Latin script), each loaded on first use.

    py3langid's own model file is compressed and holds every language; reading it takes about
    half a second in each process that identifies a language. The restricted models are
    therefore kept, uncompressed, in the user's cache folder (keyed on the py3langid version
    and the language lists). The largest table, the tokenizer's 38 MB transition table, is
    mapped from there rather than read: opening it costs nothing, and the reading processes
    of a build share its pages through the file system's cache.
    """
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    tables = _tables()
    return LanguageIdentifier(
        np.load(tables / f"{name}_ptc.npy", mmap_mode="r"),  # rows are picked per text: mapped, not read
        np.load(tables / f"{name}_pc.npy"),
        [str(code) for code in np.load(tables / f"{name}_classes.npy")],
        _tokenizer(tables, "nextmove"),  # indexed per byte: a memoryview gives plain ints, as fast as an array
        _tokenizer(tables, "output"),
        norm_probs=True,
        tk_row=_tokenizer(tables, "row"),
    )


@functools.cache
def _tokenizer(tables: Path, name: str) -> Any:
    import numpy as np

    if name == "nextmove":
        return memoryview(np.load(tables / "nextmove.npy", mmap_mode="r"))
    return np.load(tables / f"{name}.npy").tolist()


_TABLES = ("nextmove", "row", "output", *(f"{m}_{t}" for m in ("latin", "every") for t in ("ptc", "pc", "classes")))


@functools.cache
def _tables() -> Path:
    """The folder of the restricted model's tables (``.npy`` files), written on first use."""
    from importlib.metadata import version

    key = hashlib.sha256(repr((version("py3langid"), LATIN_LANGUAGES)).encode()).hexdigest()[:12]
    tables = folder(f"py3langid-{key}")
    if all((tables / f"{name}.npy").is_file() for name in _TABLES):
        return tables
    try:
        tables.mkdir(parents=True, exist_ok=True)
        _write_tables(tables)
    except OSError as error:  # a read-only home: a temporary folder for this process
        logger.debug("cannot keep the language model in %s: %s", tables, error)
        tables = Path(tempfile.mkdtemp(prefix="py3langid-"))
        _write_tables(tables)
    return tables


def _write_tables(tables: Path) -> None:
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, _load_model_file

    logger.debug("loading the py3langid model")
    ptc, pc, classes, nextmove, row, output = _load_model_file(MODEL_DIR / MODEL_FILE)
    ptc, pc = np.asarray(ptc), np.asarray(pc)
    arrays: dict[str, Any] = {
        "nextmove": np.asarray(nextmove, dtype=np.uint32),
        "row": np.asarray(row, dtype=np.int64),
        "output": np.asarray(output, dtype=np.int32),
    }
    for name, wanted in (
        ("latin", set(LATIN_LANGUAGES)),
        ("every", {code for code in classes if len(code) == 2}),
    ):
        indices = [i for i, code in enumerate(classes) if code in wanted]
        arrays[f"{name}_ptc"] = np.ascontiguousarray(ptc[:, indices])
        arrays[f"{name}_pc"] = pc[indices]
        arrays[f"{name}_classes"] = np.asarray([classes[i] for i in indices])
    for name, data in arrays.items():  # each file complete or absent: written aside, then renamed
        temporary = tables / f".{name}.{os.getpid()}.npy"
        np.save(temporary, data, allow_pickle=False)
        os.replace(temporary, tables / f"{name}.npy")


def _sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """The first ``size`` characters, cut at a space."""
    if len(text) <= size:
        return text
    sample = text[:size]
    space = sample.rfind(" ", size // 2)
    return sample[:space] if space > 0 else sample


def _cjk(sample: str, letters: int) -> tuple[str, float] | None:
    """``zh``, ``ja`` or ``ko`` when CJK characters make up much of the letters."""
    han = len(_HAN_RE.findall(sample))
    kana = len(_KANA_RE.findall(sample))
    hangul = len(_HANGUL_RE.findall(sample))
    cjk = han + kana + hangul
    share = cjk / letters
    if share < CJK_SHARE:
        return None
    confidence = round(min(1.0, 0.5 + share / 2), 4)
    if kana >= 0.1 * cjk:
        return "ja", confidence
    if hangul >= 0.5 * cjk:
        return "ko", confidence
    return "zh", confidence


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the text's language and a confidence in [0, 1].

    Text without any letters gives ``("und", 0.0)``.

    >>> lang, confidence = detect_language("Shanghai und Köln vertiefen ihre Zusammenarbeit.")
    >>> lang, confidence > 0.5
    ('de', True)
    """
    sample = _sample(text)
    latin_model = _identifier("latin")
    if sample.isascii() or not _NOT_LATIN_RE.search(sample):
        if not any(ch.isalpha() for ch in sample):
            return UNDETERMINED, 0.0
        model = latin_model
    else:
        letters = len(_LETTER_RE.findall(sample))
        if letters == 0:
            return UNDETERMINED, 0.0
        found = _cjk(sample, letters)
        if found is not None:
            return found
        latin = len(_LATIN_LETTER_RE.findall(sample))
        model = _identifier("every") if (letters - latin) / letters >= OTHER_SCRIPT_SHARE else latin_model
    if model is latin_model and len(sample) > FIRST_CHARS:
        lang, confidence = model.classify(_sample(sample, FIRST_CHARS))
        if confidence < SURE:  # names of another language early in the text, a short or mixed text: read more
            lang, confidence = model.classify(sample)
    else:
        lang, confidence = model.classify(sample)
    return lang, round(min(1.0, max(0.0, float(confidence))), 4)
