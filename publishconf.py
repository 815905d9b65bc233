"""Settings for publishing: ``make publish SITEURL=https://user.github.io/archive``.

SITEURL comes from the environment (the Makefile passes it); without it the
site is built for the root of a domain.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
DIPLOMACY_REVIEW = False  # the review page is for an editor's own machine, never published
DIPLOMACY_STRICT = True  # a content file that cannot be read stops the build (make html leaves it out)
