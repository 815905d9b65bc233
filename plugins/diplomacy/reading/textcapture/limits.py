"""The capture reader's thresholds, in one place.

Each is a count of words or characters that decides what a line is; the
modules of the package read them from here.
"""

from __future__ import annotations

BODY_MIN_WORDS = 8  # a unit that ends like a sentence and has this many words is body text
NOISE_MAX_CHARS = 400  # longer lines are never badges, buttons, captions or meta lines
DATE_HEAD_MAX_CHARS = 160  # a date head (place, label, weekday, date, time) is never longer
META_MAX_WORDS = 8  # longest accepted Source:/Editor: value
CAPTION_MIN_WORDS = 6  # an unpunctuated line right after the lead this long is a photo caption
KICKER_MAX_WORDS = 4  # a short unpunctuated line above a longer one is a kicker, rubric or site name
BINARY_MAX_SHARE = 0.05  # share of control characters above which bytes are "binary"
SHORT_YEAR_PIVOT = 70  # a two-digit year below this is 20xx, from it on 19xx (as strptime's %y)
GLUED_TAIL_CHARS = 300  # junk glued to the end of a line is looked for in its last characters
CREDIT_TAIL_CHARS = 90  # a credit is looked for in the last characters of a line only
POSITION_CAPTION_MAX_WORDS = 30  # a line this short that says where people stand ("(right)", "v.l.n.r.") is a caption
SITE_MAX_WORDS = 4  # a site name of words ("China Daily", "Rheinische Post") is never longer
