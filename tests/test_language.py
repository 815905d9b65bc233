"""Tests of language identification: English and German reliably, other languages named, fast."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from diplomacy.reading.textcapture import decode_capture, parse_capture
from diplomacy.tagging import language as language_module
from diplomacy.tagging.language import SAMPLE_CHARS, detect_language, load_model

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "content" / "captures"
OWN = Path(__file__).resolve().parent / "captures"
SEED_LANGUAGES = {"000": "en", "001": "de", "002": "en", "003": "de", "004": "en"}


def article_text(path: Path) -> str:
    capture = parse_capture(decode_capture(path.read_bytes()))
    return "\n".join([capture.title or "", *capture.paragraphs])


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_languages(path: Path) -> None:
    lang, confidence = detect_language(article_text(path))
    assert lang == SEED_LANGUAGES[path.name[:3]]
    assert confidence > 0.99


@pytest.mark.parametrize("path", sorted(OWN.glob("*.txt")), ids=lambda p: p.name)
def test_own_capture_languages(path: Path) -> None:
    expected = json.loads((OWN / "expected.json").read_text(encoding="utf-8"))[path.name]["lang"]
    lang, confidence = detect_language(article_text(path))
    assert lang == expected
    assert confidence > 0.9


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_raw_seed_with_noise(path: Path) -> None:
    text = decode_capture(path.read_bytes())
    assert detect_language(text)[0] == SEED_LANGUAGES[path.name[:3]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines: short, full of names
        ("Shanghai and Düsseldorf mayors discuss deepening cooperation", "en"),
        ("Shanghai Mayor meets with Belgian Ambassador to discuss pragmatic cooperation", "en"),
        ("Shanghai Mayor discusses economic cooperation with South Jeolla Province Governor", "en"),
        ("Xi'an and Dortmund agree to expand student exchanges", "en"),
        ("Nanjing and Leipzig hold online forum on culture", "en"),
        ("Guangzhou and Frankfurt renew sister-city agreement", "en"),
        ("Shanghai and Hamburg mark 35 years as sister cities", "en"),
        ("Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker", "de"),
        ("Chongqing und Düsseldorf feiern 20 Jahre Städtepartnerschaftsfreundschaft", "de"),
        ("Gelsenkirchen empfängt Delegation aus Shenyang", "de"),
        ("Oberbürgermeisterin Reker empfängt Delegation aus Peking", "de"),
        ("Duisburg und Wuhan vertiefen Zusammenarbeit bei Logistik", "de"),
        ("Xi'an und Dortmund: Neue Impulse für die Partnerschaft", "de"),
        ("Nanjing und Leipzig feiern 25 Jahre Partnerschaft", "de"),
        # sentences
        ("Pit Heltmann, the German consul general in Shanghai, also attended the meeting.", "en"),
        ("Die beiden Städte sind seit 1992 befreundet.", "de"),
        ("Der Parteisekretär traf die Oberbürgermeisterin und ihre Delegation.", "de"),
        ("THE MAYOR OF SHANGHAI MET THE MAYOR OF DÜSSELDORF ON FRIDAY.", "en"),
        ("DER BÜRGERMEISTER VON SHANGHAI TRAF DEN OBERBÜRGERMEISTER VON DÜSSELDORF.", "de"),
        # other languages, so that the build can name them
        ("Le maire de Shanghai a rencontré la maire de Paris pour discuter de la coopération.", "fr"),
        ("De burgemeester van Rotterdam heeft een delegatie uit Shanghai ontvangen.", "nl"),
        ("Il sindaco di Milano ha incontrato una delegazione di Shanghai per discutere la cooperazione.", "it"),
        ("El alcalde de Barcelona se reunió con una delegación de Shanghái para hablar de cooperación.", "es"),
        ("O prefeito de Lisboa recebeu uma delegação de Xangai para discutir a cooperação.", "pt"),
        ("Prezydent Warszawy spotkał się z delegacją z Szanghaju, aby omówić współpracę.", "pl"),
        ("Primátor Prahy přijal delegaci ze Šanghaje a hovořil o spolupráci obou měst.", "cs"),
        ("上海市委书记陈吉宁会见德国科隆市长雷克尔一行，双方就深化合作交换意见。", "zh"),
        ("上海市長は デュッセルドルフ市長と 会談しました。両市の協力について話し合いました。", "ja"),
        ("상하이 시장은 전라남도 지사와 만나 경제 협력에 대해 논의했다.", "ko"),
        ("Мэр Шанхая встретился с мэром Дюссельдорфа и обсудил сотрудничество двух городов.", "ru"),
        ("Ο δήμαρχος της Αθήνας συναντήθηκε με αντιπροσωπεία από τη Σαγκάη.", "el"),
    ],
)
def test_languages(text: str, expected: str) -> None:
    lang, confidence = detect_language(text)
    assert lang == expected
    assert 0.0 <= confidence <= 1.0


def test_chinese_capture_is_reported_as_chinese() -> None:
    text = decode_capture((OWN / "zh_shanghai_koeln.txt").read_bytes())
    lang, confidence = detect_language(text)
    assert lang == "zh"
    assert confidence > 0.9


def test_german_text_with_chinese_names_in_hanzi_is_german() -> None:
    text = (
        "Der Parteisekretär von Shanghai, Chen Jining (陈吉宁), traf am 9. September die Oberbürgermeisterin von Köln."
    )
    assert detect_language(text)[0] == "de"


@pytest.mark.parametrize("text", ["", "   \n\t", "12.09.2024 14:02", "— * — | 42", "\u00a0\u00a0"])
def test_no_letters(text: str) -> None:
    assert detect_language(text) == ("und", 0.0)


def test_result_types() -> None:
    lang, confidence = detect_language("The mayors met in Shanghai.")
    assert isinstance(lang, str)
    assert isinstance(confidence, float)
    assert len(lang) == 2


def test_only_the_start_is_read() -> None:
    german = "Die Oberbürgermeisterin empfing die Delegation aus Shanghai im Rathaus. " * 40
    english = "The mayor received the delegation from Shanghai at the city hall. " * 2000
    assert len(german) > SAMPLE_CHARS
    assert detect_language(german + english)[0] == "de"
    assert detect_language(english + german)[0] == "en"


def test_model_is_loaded_once() -> None:
    assert load_model() is load_model()
    latin, every = load_model()
    assert {"en", "de"} <= set(latin.nb_classes)
    assert all(len(code) == 2 for code in every.nb_classes)


def test_doctests() -> None:
    assert doctest.testmod(language_module).failed == 0
