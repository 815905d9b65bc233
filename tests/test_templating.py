"""What the templates call: the short way of PlainCallContext gives what Jinja's own Context gives, and
``_()`` formats a message without variables as Jinja's newstyle gettext does."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from diplomacy.site import i18n
from diplomacy.site.templating import PlainCallContext
from jinja2 import Environment, pass_context, pass_environment

SOURCE = (
    "{{ plain(1, b=2) }}|{{ part(3) }}|{{ method() }}|{{ with_context() }}|{{ with_env() }}|{{ stops() }}|"
    "{% for x in [1, 2] %}{{ plain(x) }}{% endfor %}|{{ _('100%% sure') }}|{{ _('%(n)s%%', n='<b>') }}"
)


class Thing:
    def name(self) -> str:
        return "<thing>"


def _render(context_class: Any) -> str:
    env = Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    env.context_class = context_class
    env.globals.update(_=i18n.template_gettext)

    def stops() -> None:
        raise StopIteration

    variables = {
        "plain": lambda a, b=0: f"{a}+{b}",
        "part": partial(lambda a, b: f"{a}{b}", "p"),
        "method": Thing().name,
        "with_context": pass_context(lambda context: context["marker"]),
        "with_env": pass_environment(lambda environment: type(environment).__name__),
        "stops": stops,
        "marker": "ctx",
    }
    return env.from_string(SOURCE).render(variables)


def test_the_short_way_renders_what_jinja_renders() -> None:
    from jinja2.runtime import Context

    with i18n.Catalogs(Path(), ("en",), {"en": "en"}).rendering("en"):
        ours, jinjas = _render(PlainCallContext), _render(Context)
    assert ours == jinjas
    assert ours == "1+2|p3|&lt;thing&gt;|ctx|Environment||1+02+0|100% sure|&lt;b&gt;%"


@pytest.mark.parametrize("message", ["100%% sure", "plain"])
def test_a_message_without_variables_is_formatted_once_and_alike(message: str) -> None:
    with i18n.Catalogs(Path(), ("en",), {"en": "en"}).rendering("en"):
        first, again = i18n.template_gettext(message), i18n.template_gettext(message)
    assert first == again == message.replace("%%", "%")
    assert first is again


@pytest.mark.parametrize(
    ("start", "end", "again", "expected"),
    [
        (4, 9, False, "a &lt; <mark>b &amp; c</mark> &gt; &#34;d&#34;"),
        (4, 9, True, "… <mark>b &amp; c</mark> …"),
        (0, 3, True, "<mark>a &lt;</mark> …"),
        (5, 3, False, "a &lt; b &amp; c &gt; &#34;d&#34;"),  # no words to mark: the sentence escaped
    ],
)
def test_the_deciding_words_are_marked_and_everything_escaped(start: int, end: int, again: bool, expected: str) -> None:
    from diplomacy.site.labels import marked

    sentence = 'a < b & c > "d"'
    html = marked(sentence, start, end, again=again)
    assert str(html) == expected
    assert html.__html__() == expected  # Markup: not escaped again in a template


FAST_SOURCE = (
    "{% macro item(x) %}<i>{{ x }}</i>{% endmacro %}{% macro wrap() %}[{{ caller() }}]{% endmacro %}"
    "{% set block %}<b>{{ text }}</b>{% endset %}"
    "{{ text }}|{{ safe }}|{{ number }}|{{ none }}|{{ missing }}|{{ item(text) }}|{{ block }}|{{ text ~ safe }}|"
    "{{ tags.places | join(',') }}|{{ tags.items() | list | length }}|{{ tags.absent is undefined }}|"
    "{{ obj.name() }}|{{ obj.nothing is undefined }}|{{ listed.0 }}|"
    "{% filter upper %}{{ text }}{% endfilter %}|{% call wrap() %}{{ text }}{% endcall %}|{{ text | e }}|"
    "{{ tags['get'] }}|{{ tags.get('places') | length }}|{% macro two(a, b='<d>') %}{{ a }}{{ b }}{% endmacro %}"
    "{{ two(text) }}{{ two(text, b=safe) }}{{ two(text, safe) }}{% for x in tags.places %}{{ item(x) }}{% endfor %}"
    "{% macro any() %}{{ varargs | join }}{{ kwargs }}{% endmacro %}{{ any(1, text, k=2) }}"
)


def _render_fast(fast: bool) -> str:
    from diplomacy.site.templating import OutputTemplate, attribute_of
    from markupsafe import Markup

    env = Environment(autoescape=True)
    if fast:
        env.context_class = PlainCallContext
        env.template_class = OutputTemplate
        env.getattr = attribute_of(env)  # type: ignore[method-assign]
    variables = {
        "text": "<a href='x'>&</a>",
        "safe": Markup("<em>safe</em>"),
        "number": 3.5,
        "none": None,
        "tags": {"places": ["köln", "<x>"], "get": "a key named get"},
        "obj": Thing(),
        "listed": ["<first>"],
    }
    return env.from_string(FAST_SOURCE).render(variables)


def test_the_faster_escape_and_attribute_lookup_render_what_jinja_renders() -> None:
    from diplomacy.site.templating import output_escape

    assert _render_fast(True) == _render_fast(False)
    assert "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;|<em>safe</em>|3.5|None||<i>" in _render_fast(True)
    env = Environment(autoescape=True)
    from diplomacy.site.templating import OutputTemplate

    env.template_class = OutputTemplate
    assert env.from_string("{{ x }}").root_render_func.__globals__["escape"] is output_escape
