"""Which side a person's name belongs to: a name in Hanyu Pinyin (a Chinese office holder) or not.

Reports of Chinese–foreign meetings name the Chinese side in pinyin ("Wang Hongju", "Zhan
Cangzhou", Western order "Hongbo Deng", capitals "DU Xiaohui") and the other side in its own
names ("Wolfram Leibe", "Clover Moore", "Kim Yung-rok"). When an office holder's place is not
written beside the name, the name tells which side of the meeting the person stands on, so that
"Oberbürgermeister Wolfram Leibe" never becomes a Chinese city's mayor and "Bürgermeister Zhou
Jian" never a German one's.

A name is Chinese when one of its first or last word is a common Chinese surname and the other
words are one to three pinyin syllables; a name whose given name is not pinyin ("Dieter Lang",
"Pia Findeiss") is not; a single word is undecided (None) when it is a Chinese surname, else not Chinese.

>>> chinese_name("Wang Hongju"), chinese_name("Hongbo Deng"), chinese_name("Wolfram Leibe")
(True, True, False)
>>> chinese_name("Dieter Lang"), chinese_name("Hau Lung-bin"), chinese_name("Gribl")
(False, False, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import word_set

__all__ = ["chinese_name", "side_fits"]

# The surnames of about nine in ten people in China (Hanyu Pinyin, without tones).
_SURNAMES = word_set(
    """
    ai an bai ban bao bi bian bu cai cao cen chai chang che chen cheng chi chu cong cui dai deng di diao ding dong
    dou du duan e fan fang fei feng fu gan gao ge geng gong gou gu guan guo han hao he hong hou hu hua huang ji
    jia jian jiang jiao jin jing ju kang ke kong kou kuang lai lan lang lei li lian liang liao lin ling liu long
    lou lu luo lv lyu ma mai mao mei meng mi miao min ming mo mu ni nie ning niu ou pan pang pei peng pi ping pu
    qi qian qiao qin qiu qu quan ran ren rong ruan rui sha shan shang shao shen sheng shi shu si song su sun tai
    tan tang tao teng tian tong tu wan wang wei wen weng wu xi xia xian xiang xiao xie xin xing xiong xu xuan xue
    yan yang yao ye yi yin ying yong you yu yuan yue yun zang zeng zha zhai zhan zhang zhao zhen zheng zhong zhou
    zhu zhuang zhuo zong zou zuo ouyang shangguan sima zhuge
    """
)
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|"
    r"a|o|e|i|u|v)"
)
_GIVEN = re.compile(rf"(?:{_SYLLABLE}|er){{1,3}}")
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def chinese_name(name: str) -> bool | None:
    """Is ``name`` a Chinese name in pinyin (True), another name (False), or a Chinese surname alone (None)?"""
    words = [w.casefold().replace("ü", "v") for w in _WORDS.findall(name)]
    if not words:
        return None
    if len(words) == 1:  # a surname alone: "Mayor Gong" may be Chinese, "Findeiß" is not
        return None if words[0] in _SURNAMES else False
    for surname, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        if surname in _SURNAMES and all(_GIVEN.fullmatch(w.replace("-", "").replace("'", "")) for w in given):
            return True
    return False


def side_fits(name: str, country: str | None) -> bool:
    """May the person named ``name`` stand for a place in ``country``? A pinyin name for China, another
    name for any other country; a name that tells nothing (one word) for any."""
    side = chinese_name(name)
    if side is None or country is None:
        return True
    return side == (country == "CN")
