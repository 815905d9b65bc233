"""Raw article captures: decode the bytes, drop the page noise, keep the article.

A *capture* is the text of a news page as it was copied from a browser: the
headline, often a breadcrumb, a date line, a photo caption, the lead paragraph
(sometimes twice), the body, then ``Source: … Editor: …`` lines, share buttons
and a comment form.  :func:`parse_capture` turns it into a :class:`Capture`
with the headline, the publication date, source and editor, and the clean body
paragraphs.  The package is pure Python (no Pelican import).

How a capture is read:

1. Lines are cleaned (NFC, every kind of space becomes one space, zero-width
   characters go, code junk glued after a sentence such as
   ``…vorangetrieben.INavigationController.`` is cut off, so are the bars of
   table cells at a line's ends) and grouped into *units*: one unit per line,
   except that hard-wrapped lines of one paragraph are joined again, and that a
   headline, its date line and the lead copied onto one line among the first
   lines are split apart (:mod:`.units`).
2. Noise that is noise wherever it stands is dropped: reading-time badges,
   share and print buttons, cookie banners, ``Photo:``/``Foto:``/``©`` lines
   and credits, script junk (the tables of :mod:`.noise`).  A comment form, "Related articles", "Tags:"
   and the like *after* the body has started end the article: the rest is
   dropped.  So do share and print buttons after two body paragraphs (an
   ``Editor:`` line after them is still read).
3. The *body* is found: units that end like a sentence and have at least
   :data:`~.limits.BODY_MIN_WORDS` words (not in Chinese, Cyrillic or another
   non-Latin script when the page has an English or German text).  Everything before the second distinct body
   unit is the *header zone* (headline, date line, breadcrumb, site name,
   caption, the lead and its repetition); everything after the last one is
   the *trailer*.
4. Date lines, bylines and ``Source:``/``Editor:`` lines are read (and
   removed) in the header zone and the trailer only; inside the body only
   lines that start with ``Source:``/``Quelle:``-style labels are, and never
   for a date: a date inside the body is never taken.  A byline may name the
   site between bars (``By DU JUAN | China Daily | Updated: …``).  A date
   line (:mod:`.meta`) is one date head (:mod:`.dates`, built from named parts:
   place, label or document kind or section name, a time before the date,
   weekday, the date in one of five forms, a time after it) among
   bylines, ``Label: value`` pairs, ``(Xinhua)`` and site names, with at most
   a short tail: ``(People's Daily Online) 14:25, April 25, 2024``,
   ``Xinhua | Updated: 2024-04-25 14:25:03``, ``Updated 21:36, 14-Jun-2022``,
   ``Pressemitteilung vom 16. Mai 2024``, ``Do., 16.05.2024, 10:31 Uhr``.
   Impossible dates are skipped; a date without a year ("Mai 2024",
   ``BERLIN, 16. Mai (Xinhua) --``) is none.  A ``published`` date beats a
   plain one, which beats an ``updated`` one (``Stand:``).  The
   headline is the first remaining header line that is not a kicker or site
   name: a single word, a line right above a breadcrumb (the site's banner),
   or a short line (at most :data:`~.limits.KICKER_MAX_WORDS` words, no final
   punctuation) above a longer line that reads like a headline rather than a
   caption ("Besuch auf der Messe", "Press Release" above it), or a long
   kicker above the line over the share menu's close button ("• schließen").
   A kicker glued to the headline by a bare colon ("Kicker:Headline") goes,
   and so does a place glued before it that opens the article as its dateline
   ("Düsseldorf China eröffnet …" over "Düsseldorf · …").  Between
   headline and lead every line that does not end like a sentence goes
   (kickers, captions); after the lead only caption-like ones (long, or
   "poses with", "v.l.n.r.") so that subheadings stay.  In the trailer,
   lines that do not end like a sentence go (:mod:`.header`, :mod:`.structure`).
5. Repeated headlines and paragraphs are dropped (the first copy stays).

Modules, each knowing one thing (every threshold is in :mod:`.limits`):

``decode``     bytes -> text: byte-order marks, UTF-16 without one, Windows-1252, binary data
``lines``      one line: cleaned, its words counted, compared, breadcrumb or site name
``labels``     the tables of ``Label:`` words (date labels by rank, document kinds, sections,
               source, editor and other labels)
``dates``      the date-head grammar, built once from named parts and the month tables of
               :mod:`diplomacy.tagging.calendar`
``meta``       one metadata line: dates, ``Label: value`` pairs, bylines, site names
``noise``      the tables of noise: badges, share buttons, menus, cookie banners, script junk,
               captions and credits, the end of an article
``units``      the text as units (lines, hard-wrapped ones joined)
``header``     the header zone: date and source lines, the headline, kickers, captions
``structure``  the zones of a capture, the paragraphs, and :func:`parse_capture`
"""

from .decode import CaptureError, decode_capture, normalize_text
from .limits import (
    BINARY_MAX_SHARE,
    BODY_MIN_WORDS,
    CAPTION_MIN_WORDS,
    DATE_HEAD_MAX_CHARS,
    KICKER_MAX_WORDS,
    META_MAX_WORDS,
    NOISE_MAX_CHARS,
    SHORT_YEAR_PIVOT,
)
from .meta import parse_date
from .structure import Capture, parse_capture

__all__ = [
    "BINARY_MAX_SHARE",
    "BODY_MIN_WORDS",
    "CAPTION_MIN_WORDS",
    "DATE_HEAD_MAX_CHARS",
    "KICKER_MAX_WORDS",
    "META_MAX_WORDS",
    "NOISE_MAX_CHARS",
    "SHORT_YEAR_PIVOT",
    "Capture",
    "CaptureError",
    "decode_capture",
    "normalize_text",
    "parse_capture",
    "parse_date",
]
