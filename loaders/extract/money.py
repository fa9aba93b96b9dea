"""Amounts of money as data: 不超过70亿元 -> 7000000000 CNY, qualifier 不超过.

Numbers may be Arabic (1062.3) or Chinese (五十, 百); ``cn2an`` reads the
Chinese ones. Units multiply (万亿, 亿, 千万, 百万, 万, 千), the currency word
gives the ISO 4217 code, and a qualifier before the number says how exact it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import cn2an

from . import lexicons as lx

CURRENCIES = {"元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY",
              "英镑": "GBP"}
UNITS = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
# (超过 before 超: the longer word is tried first)
QUALIFIERS = ("不超过", "最高", "约", "近", "累计", "意向", "总额", "超过", "超", "逾", "达", "共计", "合计")

# (9,000万港元: thousands may be set off by commas; 三十亿零四千七百一十五万元: Chinese numerals may count 亿 and
# then the unit's own)
_CHINESE = "[零一二两三四五六七八九十百千]{1,8}"
_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,6}})?|\d{{1,15}}(?:\.\d{{1,6}})?|{_CHINESE}(?:亿{_CHINESE}(?=万))?"
AMOUNT = re.compile(
    # (5亿多元, 10余亿元: a sum stated as at least so much)
    rf"(?P<qualifier>{'|'.join(QUALIFIERS)})?(?P<number>{_NUMBER})[余多]?\s?(?P<unit>{'|'.join(UNITS)})?[余多]?"
    rf"(?P<currency>{'|'.join(sorted(CURRENCIES, key=len, reverse=True))})"
)


@dataclass(frozen=True)
class Amount:
    text: str            # as written: 不超过70亿元
    value: float | int   # in units of the currency
    currency: str        # ISO 4217
    qualifier: str       # '' when none is written

    def properties(self, prefix: str = "amount") -> dict[str, str | int | float]:
        """The ontology's properties: amount, amount_value, currency, amount_qualifier (when stated)."""
        found: dict[str, str | int | float] = {prefix: self.text, f"{prefix}_value": self.value, "currency": self.currency}
        if self.qualifier:
            found[f"{prefix}_qualifier"] = self.qualifier
        return found


# 投资总额26.7亿: after a word of investing, a sum in 亿 or 万 without its currency is in yuan
_YUAN_IMPLIED = re.compile(
    rf"(?P<qualifier>{'|'.join(QUALIFIERS)})?(?P<number>{_NUMBER})\s?(?P<unit>亿|万)(?P<currency>)(?![\u4e00-\u9fff])")


def parse_amount(text: str, yuan_implied: bool = False) -> Amount | None:
    """The first amount of money ``text`` states, or None; ``yuan_implied``: the words before it speak of money
    (投资总额26.7亿), so a sum without its currency is in yuan."""
    m = AMOUNT.search(text) or (_YUAN_IMPLIED.match(text.lstrip(":为 ")) if yuan_implied else None)
    return _amount(m) if m is not None else None


def _amount(m: re.Match[str]) -> Amount | None:
    """The amount a match of one of the sum patterns states (None: numerals cn2an does not read)."""
    number = m.group("number").replace(",", "")
    hundred_millions, _, number = number.rpartition("亿")  # 三十亿零四千七百一十五(万): 三十 亿 and 四千七百一十五 万
    try:
        # decimal arithmetic: 1073.4亿 is exactly 107340000000 (as a float product it is not)
        value = _number(number) * UNITS.get(m.group("unit") or "", 1)
        value += _number(hundred_millions) * UNITS["亿"] if hundred_millions else 0
    except (ValueError, KeyError):  # Chinese numerals cn2an does not read (一二三 as a list, 零四千 cut from a sum)
        return None
    exact = int(value) if value == value.to_integral_value() else float(value)
    return Amount(m.group(), exact, CURRENCIES[m.group("currency") or "元"], m.group("qualifier") or "")


def count_value(numeral: str) -> int | None:
    """A count's value, written in digits or in Chinese numerals (8, 八, 十二); None for numerals cn2an does not read."""
    try:
        return int(_number(numeral))
    except (ValueError, KeyError):
        return None


def _number(number: str) -> Decimal:
    """The value of a number written in digits or in Chinese numerals (零四千七百一十五 is 4715, 零 is 0)."""
    number = number.lstrip("零") or "零"
    if number[0] in "十百千":  # 百亿元 is 一百亿元
        number = "一" + number
    return Decimal(number) if number[0].isdigit() else Decimal(str(cn2an.cn2an(number, "smart")))


_INSTRUMENT = re.compile("|".join(sorted(lx.INSTRUMENTS, key=len, reverse=True)))


# 注册金额为40亿元,发行金额20亿元: the ceiling a note programme is registered for is not the sum it issues
_CEILING = re.compile(r"注册(?:金额|额度|规模)为?$")


# 中创新航成都项目一期60亿银团, 发行25亿中期票据: before a word of lending, a sum in 亿 or 万 is in yuan
_SUM_OF_LOAN = re.compile(rf"(?P<qualifier>{'|'.join(QUALIFIERS)})?(?P<number>{_NUMBER})\s?(?P<unit>亿|万)(?P<currency>)"
                          rf"(?=[\u4e00-\u9fff]{{0,2}}(?:{'|'.join(lx.LENDING_TRIGGERS)}))")


def _first_sum(text: str) -> Amount | None:
    """The first amount ``text`` states that is not nil (本期基础发行规模0亿元,发行金额上限4.8亿元)."""
    sums = sorted([*AMOUNT.finditer(text), *_SUM_OF_LOAN.finditer(text)], key=lambda m: m.start())
    return next((a for m in sums if (a := _amount(m)) is not None and a.value), None)


def loan_terms(phrase: str) -> dict[str, str | int | float]:
    """What a loan phrase states: the instrument (流动资金贷款, 融资性保函 ...) and the amount as data (a sum
    after a registered ceiling, when the phrase states one)."""
    ceiling = next((m for m in AMOUNT.finditer(phrase) if _CEILING.search(phrase, 0, m.start())), None)
    after = _first_sum(phrase[ceiling.end():]) if ceiling else None
    instrument, amount = _INSTRUMENT.search(phrase), after or _first_sum(phrase)
    terms: dict[str, str | int | float] = {"instrument": instrument.group()} if instrument else {}
    return {**terms, **(amount.properties() if amount else {})}

