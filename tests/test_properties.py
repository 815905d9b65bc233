"""Property-based tests: generated text never crashes the reader or the tagger, and what they return is well-formed."""

from __future__ import annotations

import datetime as dt

from diplomacy.places.gazetteer import Gazetteer
from diplomacy.reading.textcapture import Capture, CaptureError, decode_capture, parse_capture
from diplomacy.tagging.language import detect_language
from diplomacy.tagging.tagger import Tags, tag_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

GAZETTEER = Gazetteer.load()
WORDS = [
    "Shanghai", "Köln", "Cologne", "Düsseldorf", "Mayor", "Oberbürgermeisterin", "von", "of", "met", "traf",
    "am", "on", "Thursday", "Dienstag", "9.", "September", "April", "14", "2023", "gestern", "yesterday",
    "Belgian", "Ambassador", "Delegation", "aus", "Gong", "Zheng", "Henriette", "Reker", "also", "attended",
    "Source:", "Editor:", "\u00a0", ",", ".", "\n", "\n\n", "date", "2024-02-30", "Veröffentlichungsdatum:13.09.2024",
    "Essen", "Halle", "6", "<script>", "Teile diesen Artikel", "Leave a Reply", "3 Min. Lesezeit",
]  # fmt: skip
newsy_text = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join)
any_text = st.one_of(st.text(max_size=2000), newsy_text)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=4000))
def test_decode_capture_returns_text_or_a_clear_error(data: bytes) -> None:
    try:
        text = decode_capture(data)
    except CaptureError as error:
        message = str(error)
        text = None
    else:
        message = ""
    if text is None:
        assert message
    else:
        assert isinstance(text, str)
        assert "\r" not in text


@SETTINGS
@given(any_text)
def test_parse_capture_never_crashes_and_is_well_formed(text: str) -> None:
    try:
        capture = parse_capture(text)
    except CaptureError as error:  # only for empty text or control characters, as documented
        reason = str(error)
        capture = None
    if capture is None:
        assert "empty" in reason or "binary" in reason
        if "empty" in reason:
            assert not text.strip()
        return
    assert isinstance(capture, Capture)
    assert capture.title is None or (capture.title.strip() == capture.title and capture.title)
    assert capture.published is None or isinstance(capture.published, dt.date)
    assert all(isinstance(p, str) and p.strip() == p and p and "\n" not in p for p in capture.paragraphs)


@SETTINGS
@given(any_text)
def test_detect_language_returns_a_code_and_a_confidence(text: str) -> None:
    code, confidence = detect_language(text)
    assert isinstance(code, str)
    assert 2 <= len(code) <= 3
    assert 0.0 <= confidence <= 1.0


@SETTINGS
@given(
    title=newsy_text,
    paragraphs=st.lists(any_text, max_size=6),
    lang=st.sampled_from(["en", "de"]),
    published=st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))),
)
def test_tagger_never_crashes_and_is_well_formed(
    title: str, paragraphs: list[str], lang: str, published: dt.date | None
) -> None:
    tags = tag_article(title, paragraphs, lang, published, GAZETTEER)
    assert isinstance(tags, Tags)
    assert tags.places == sorted(set(tags.places))
    assert all(GAZETTEER.get(pid) for pid in tags.places + tags.mentioned)
    assert all(len(pair) == 2 and tuple(sorted(pair)) == tuple(pair) for pair in tags.pairs)
    assert all(a in tags.places and b in tags.places for a, b in tags.pairs)
    assert tags.meeting_date is None or isinstance(tags.meeting_date, dt.date)
    if not tags.is_meeting:
        assert tags.meeting_date is None
    for person in tags.principals + tags.attendees:
        assert person.name
        assert person.name.strip() == person.name
        assert person.place is None or GAZETTEER.get(person.place)
