"""Relation frames: relation rules as rows of data, run by one interpreter.

A :class:`Frame` says which relation a sentence states when it holds a word
of a trigger lexicon: the type, the two argument slots (labels, kinds, which
side of the trigger they stand on) and, for a slot the sentence leaves
empty, the discourse subject that fills it (the article's bank, zone,
borrower, approver or addressee). Each row carries one example sentence,
word for word from a page of tests/data/real, and the pair it must yield; a
test runs every row on its example.

The frames add what the cue-word patterns of :mod:`.relations` miss: the
looser ways real pages state the same facts (a syndicate's members listed a
sentence after its borrower, 规划范围包括A、B、C, a project list under the
zone the article is about).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

import cn2an

from .. import gazetteer
from . import lexicons as lx
from .money import loan_terms
from .resolve import head_bank
from .spans import LABEL_CHARS, ArticleDoc, Found, Sentence, Span, Templated

# 位于遂宁高新区栖凤路的中科华联…项目: what lies there follows the place and 的 (the frame's subject is elsewhere)
_Z, _FIRM = LABEL_CHARS["Zone"], LABEL_CHARS["Enterprise"]
_WORKS_OR_FIRM = _FIRM + LABEL_CHARS["Project"]
OF_WHAT_IS_SITED = rf"[^,。;的{_Z}{_WORKS_OR_FIRM}]{{0,8}}的([{_WORKS_OR_FIRM}])"  # (a group: what lies there)
SITED_BEFORE_OF = rf"{_Z}+{OF_WHAT_IS_SITED}"

# 包括天元集团投资20亿元的绿色产业园项目、江苏润东…项目: a list of works or firms, the places in it are theirs
LISTS_WORKS_OR_FIRMS = rf"[^,;:。]*?[{_WORKS_OR_FIRM}]"
# 长江经济带国家级转型升级示范开发区具体包括: the whole is a zone not read as one (its suffix, not a label,
# stands before the word), and the region inside its name is no whole
UNREAD_WHOLES = tuple(f"{suffix}{adverb}" for suffix in ("开发区", "园区", "新区", "示范区", "试验区", "高新区", "经开区")
                      for adverb in ("", "具体", "主要"))

# Zones with a policy role of their own, as opposed to administrative places.
POLICY_ZONE_KINDS = ("pilot_zone", "new_area", "development_zone", "region", "protected_area")
ADMIN_KINDS = ("province", "city", "county", "district")


@dataclass(frozen=True)
class Slot:
    """One argument of a frame: which tokens may fill it, and where they stand."""

    labels: tuple[str, ...]
    kinds: tuple[str, ...] = ()        # only these kinds (empty: any kind)
    not_kinds: tuple[str, ...] = ()
    side: str = "any"                  # before | after | any (relative to the trigger)
                                       # | none (only the discourse subject fills it)
    nearest: bool = False              # only the token nearest the trigger
    series: bool = False               # with the nearest, the tokens joined to it (lx.SERIES_JOINERS)
    clause: bool = True                # a side ends at the clause's edge (else at the sentence's)
    fill: str | None = None            # discourse subject when the sentence names none
    prefer: str | None = None          # a kind that, when present, leaves out the others (the leading group)
    subject: bool = False              # prefer tokens that open a clause (the clause's subject)
    not_base: bool = False             # not a zone a new one is set up on (以A为基础设立…)
    not_recipient: bool = False        # not whom something is sent or given to (向A、B印发)
    not_owner: bool = False            # not the group whose firm is named next (为A旗下B发放贷款)
    not_agency_partner: bool = False   # not a body's partner (省交通运输厅与A、B签订…协议,与C银行签订…备忘录)
    not_applicant: bool = False        # not who applied for what is named (A申报的X工程入选: X is listed, not A)
    carried: tuple[str, ...] = ()      # a clause opening with one of these words has the subject of the clause before
                                       # (…负责人,从B拿到贷款; 辛集国家农业科技园区,2015年经科技部批准建设)

    def admits(self, span: Span) -> bool:
        return (span.label in self.labels and (not self.kinds or span.kind in self.kinds)
                and span.kind not in self.not_kinds)


@dataclass(frozen=True)
class Frame:
    """A relation stated by a trigger word: its type, argument slots and a tested example."""

    name: str
    type: str
    trigger: tuple[str, ...]
    source: Slot
    target: Slot
    example: str
    expected: tuple[str, str]          # (source name, target name) the example yields
    terms: bool = False                # fill instrument and amount from the sentence (loans)
    not_after: tuple[str, ...] = ()    # words that, right before the trigger, say it is about something else
    not_followed_by: str = ""          # a pattern that, right after the trigger, says the same
    passive: bool = False              # only where 被 stands in the trigger's clause before it (A被B列为…)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return _pattern(self.trigger)


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    if words not in _PATTERNS:
        _PATTERNS[words] = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    return _PATTERNS[words]


# Lending is often told across clauses: 银团由A牵头,B参与,为X提供贷款.
BORROWER = Slot(("Enterprise", "Project"), not_kinds=("bank", "programme"), fill="borrower", clause=False,
                not_owner=True)
LENDER = Slot(("Enterprise",), kinds=("bank",), fill="bank", clause=False)
APPROVED = Slot(("Zone", "Plan", "Project"), not_kinds=(*ADMIN_KINDS, "请示", "通知", "意见", "办法", "programme"),
               not_base=True, carried=lx.PASSIVE_OPENINGS)

FRAMES: tuple[Frame, ...] = (
    Frame("syndicate_member", "FINANCED_BY", lx.SYNDICATE_ROLES, BORROWER,
          Slot(("Enterprise",), kinds=("bank",), clause=False),
          "中国发展网讯 围绕积极践行“双碳”战略和金融支持“一带一路”建设主题,10月28日由中信银行杭州分行辖属"
          "嘉兴分行联合牵头的华友集团华越印尼7.6亿元美元跨境银团贷款项目成功落地。",
          ("华友集团", "中信银行杭州分行")),
    # the borrower stands in the clause that names the loan (为X减免利息 after 开展转贷 is no loan to X)
    Frame("lending_sentence", "FINANCED_BY", lx.LENDING_TRIGGERS,
          Slot(BORROWER.labels, not_kinds=BORROWER.not_kinds, not_owner=True, carried=lx.RECEIVING_OPENINGS),
          LENDER,
          "昆明信息港讯 在滇中新区成立一周年之际,恒丰银行昆明分行向昆明空港投资开发有限责任公司授信13亿元支持滇中新区建设。",
          ("昆明空港投资开发有限责任公司", "恒丰银行昆明分行"), terms=True),
    # a firm and a bank signing a cooperation agreement: the bank finances the firm (loans, guarantees it lists)
    Frame("bank_agreement", "FINANCED_BY", lx.BANK_AGREEMENT_WORDS,
          Slot(("Enterprise",), kinds=("company",), side="before", clause=False, not_agency_partner=True, not_owner=True),
          Slot(("Enterprise",), kinds=("bank",), side="before"),
          "本报讯(记者王平)12月16日,中国二冶集团与建设银行内蒙古分行签署战略合作协议。",
          ("中国二冶集团", "中国建设银行内蒙古分行")),
    Frame("loan_sum_of_work", "FINANCED_BY", lx.LOAN_SUM_OF_WORKS,
          Slot(("Project",), not_kinds=("programme",), side="before", nearest=True, clause=False), LENDER,
          "2024年10月24日,新开发银行董事会批准了辽宁省产业转型升级基础设施建设和环境改善项目,贷款金额14.6亿元人民币"
          "(等值2亿美元),贷款期限30年,含5.5年宽限期。", ("辽宁省产业转型升级基础设施建设和环境改善项目", "新开发银行"),
          terms=True),
    Frame("bank_supported", "FINANCED_BY", lx.BANK_SUPPORT_WORDS, Slot(("Project",), not_kinds=("programme",), side="after"),
          LENDER,
          "截至目前,邮储银行杭州市分行年内新增省、市重点建设项目授信超10个,新增授信总额近130亿元,新发放贷款近10"
          "亿元,贷款结余超10亿元。先后支持浙江省内金华至建德高速铁路、杭州大会展中心配套酒店、临平年产50万台高端医疗"
          "检测仪器项目、临平年产6000万套穿戴式智能产品项目、杭州大会展中心一期、杭绍甬高速杭州至绍兴段、萧山城市文化"
          "公园项目、浙江大学杭州国际科创中心配套住房及邻里中心项目和钱潮嘉苑共有产权房项目等一大批互联互通项目。",
          ("萧山城市文化公园项目", "中国邮政储蓄银行杭州市分行")),
    Frame("supported_by_bank", "FINANCED_BY", lx.SUPPORTED_BY_WORDS, Slot(("Project",), side="after", nearest=True),
          Slot(("Enterprise",), kinds=("bank",), side="before", nearest=True),
          "衡水工行支持的邯港高速公路衡水段项目施工现场。", ("邯港高速公路衡水段项目", "中国工商银行衡水分行")),
    Frame("approval_sentence", "APPROVED_BY", lx.APPROVAL_TRIGGERS, APPROVED,
          Slot(("Agency",), side="before", fill="approver"),
          "9月15日,中国政府网发布《国务院关于同意设立云南滇中新区的批复》(国函〔2015〕141号)称,同意设立云南滇中新区。",
          ("云南滇中新区", "国务院")),
    # 政和县被福建省林业局列为…项目县: a place or zone a body designates, the body named between 被 and the word
    Frame("designated_by", "APPROVED_BY", lx.DESIGNATION_WORDS,
          Slot(("Zone",), side="before", nearest=True, clause=False),
          Slot(("Agency",), side="before", nearest=True, series=True),
          "2013年,浦东新区被国家住建部、工信部确定为国家智慧城市首批试点单位、中国-欧盟绿色智慧城市对口合作的十五个试点城市之一。",
          ("浦东新区", "住房城乡建设部"), passive=True),
    # 生态环境部日前公布…名单,九江市武宁县、赣州市寻乌县…获评…示范市县称号: the places a body's list names
    Frame("listed_by", "APPROVED_BY", lx.LISTED_AS_WORDS,
          Slot(("Zone",), not_kinds=("city", "province"), side="before", not_applicant=True),
          Slot(("Agency",), side="before", nearest=True, clause=False),
          "记者11月6日获悉,生态环境部日前公布第四批国家生态文明建设示范市县和第四批“绿水青山就是金山银山”实践创新基地名单,"
          "九江市武宁县、赣州市寻乌县、吉安市安福县、宜春市铜鼓县、抚州市宜黄县获评第四批国家生态文明建设示范市县称号",
          ("寻乌县", "生态环境部")),
    # the zone an approval names is approved by whoever approved, clauses before
    Frame("named_by_approval", "APPROVED_BY", lx.NAMING_WORDS, Slot(("Zone",), side="after"),
          Slot(("Agency",), side="before", nearest=True, clause=False, fill="approver"),
          "近日,江西省政府批复同意在南昌县、鹰潭市设立省级产业园,分别定名为南昌县汽车及零部件产业园、鹰潭移动物联网产业园,"
          "实行现行省级开发区政策。", ("南昌县汽车及零部件产业园", "江西省人民政府")),
    # 国务院分别印发通知,批准《…总体方案》: the approver opens the sentence, a clause before the verb
    Frame("approver_of_the_sentence", "APPROVED_BY", lx.APPROVAL_TRIGGERS,
          Slot(APPROVED.labels, not_kinds=APPROVED.not_kinds, side="after", not_base=True),
          Slot(("Agency",), side="before", nearest=True, clause=False),
          "新华网北京4月20日电 日前,国务院分别印发通知,批准《中国(广东)自由贸易试验区总体方案》、《中国(天津)自由贸易"
          "试验区总体方案》、《中国(福建)自由贸易试验区总体方案》和《进一步深化中国(上海)自由贸易试验区改革开放方案》。",
          ("中国(广东)自由贸易试验区总体方案", "国务院")),
    # (国家发改委发出通知,正式向全国印发《…》: the issuer may open the clause before)
    Frame("issuing_sentence", "ISSUED_BY", lx.ISSUING_VERBS, Slot(("Plan",), not_kinds=("请示",), side="after"),
          Slot(("Agency",), side="before", nearest=True, not_recipient=True, clause=False),
          "云南省工业和信息化厅发布《云南省“十四五”信息产业发展规划》",
          ("云南省“十四五”信息产业发展规划", "云南省工业和信息化厅")),
    Frame("firm_engaged_in", "IN_INDUSTRY", lx.ENGAGED_IN_WORDS,
          Slot(("Enterprise",), kinds=("company",), side="before", nearest=True, clause=False),
          Slot(("Industry",), side="after"),
          "其中,南昌长园金锂科技有限公司酸铁锂正极材料研发生产项目,占地约350亩,主要从事新能源、新材料等领域的研发、"
          "制造与服务,分两期建设,一期投资6亿元,建设1.5万吨磷酸铁锂正极材料,建成达产后预计可实现年营收超30亿元。",
          ("南昌长园金锂科技有限公司", "新能源")),
    # 竹山县人民政府与中国农业发展银行十堰分行举行《“十四五”战略合作协议》签约仪式: an agreement is its parties'
    Frame("signed_agreement", "ISSUED_BY", lx.SIGNING_WORDS, Slot(("Plan",), kinds=("协议",)),
          Slot(("Agency", "Enterprise"), side="before", clause=False),
          "12月26日,中国农业发展银行新疆分行与乌鲁木齐经济技术开发区管委会签订《战略合作框架协议》。",
          ("战略合作框架协议", "乌鲁木齐经济技术开发区管委会")),
    Frame("request_of_addressee", "ISSUED_BY", lx.REQUEST_RECEIVED, Slot(("Plan",), kinds=("请示",)),
          Slot(("Agency",), side="none", fill="addressee"),
          "湖南省人民政府:\n\n《湖南省人民政府关于设立国家级湘江新区的请示》(湘政〔2013〕37号)收悉。现批复如下:",
          ("湖南省人民政府关于设立国家级湘江新区的请示", "湖南省人民政府"), not_after=("据", "获", "熟", "知", "洞")),
    # 陕西省人民政府要切实加强对西咸新区建设的组织领导: the body that leads a zone's building coordinates it
    Frame("leads_the_zone", "COORDINATED_BY", lx.LEADING_WORDS,
          Slot(("Zone", "Plan"), not_kinds=(*ADMIN_KINDS, "region", "请示"), clause=False, fill="zone"),
          Slot(("Agency",), side="before", clause=False, prefer="leading_group"),
          "三、陕西省人民政府要切实加强对西咸新区建设的组织领导,完善工作机制,明确工作责任,积极稳妥扎实推进西咸新区建设发展。",
          ("西咸新区", "陕西省人民政府")),
    Frame("lies_in", "LOCATED_IN", lx.LOCATION_TRIGGERS,
          Slot(("Enterprise", "Project", "Zone"), not_kinds=ADMIN_KINDS, side="before", nearest=True, series=True,
               clause=False),
          Slot(("Zone",), side="after"),
          "云南滇中新区位于昆明市主城区东西两侧,是滇中产业聚集区的核心区域,初期规划范围包括安宁市、嵩明县和官渡区部分区域,"
          "面积约482平方公里。", ("云南滇中新区", "昆明市"), not_followed_by=SITED_BEFORE_OF),
    Frame("set_up_in_place", "LOCATED_IN", lx.SETTING_UP_WORDS,
          Slot(("Zone",), kinds=POLICY_ZONE_KINDS, side="after"), Slot(("Zone",), kinds=ADMIN_KINDS, side="before", nearest=True),
          "记者从省科技情报所获悉,近日,经省政府批复,同意庆阳市依托庆城驿马工业集中区设立甘肃省庆城高新技术产业开发区,"
          "同意定西市依托陇西经济开发区设立甘肃省陇西高新技术产业开发区。", ("甘肃省庆城高新技术产业开发区", "庆阳市")),
    Frame("built_in_place", "LOCATED_IN", lx.BUILT_IN_WORDS,
          Slot(("Project",), not_kinds=("programme",), side="after", nearest=True),
          Slot(("Zone",), side="before", nearest=True),
          # (the page is in traditional characters; the names come out simplified)
          "寶能物流集團有限公司計劃在空港經濟開發區建設智慧供應鏈産業園項目;中國燃氣計劃在德惠市建設燃氣生産、輸配、供應和"
          "銷售項目;江蘇省安佑生物科技有限公司計劃在長德開發區建設生物配合飼料生産項目……", ("智慧供应链产业园项目", "空港经济开发区")),
    Frame("brought_in", "LOCATED_IN", lx.BRINGING_IN_WORDS,
          Slot(("Project", "Enterprise"), not_kinds=("bank", "programme"), side="after"),
          Slot(("Zone",), side="before", nearest=True),
          "肇东市引进东风福利鸿泰重工有限责任公司投资20亿元建设东风皮卡及越野车生产项目,2014年4月建成投产,年生产5万辆整车、"
          "15万台车身。", ("东风皮卡及越野车生产项目", "肇东市")),
    Frame("holds_firms", "LOCATED_IN", lx.HOLDING_FIRMS_WORDS,
          Slot(("Enterprise",), kinds=("company",), side="after"),
          Slot(("Zone",), kinds=POLICY_ZONE_KINDS, side="before", nearest=True, clause=False, fill="zone"),
          "羽绒及服装加工产业是台前县产业集聚区主导产业之一,目前区内拥有雪鸟实业、鹏达羽绒、华泰羽毛、宏宇羽绒、芳欣制衣等企业32家,"
          "年加工优质羽绒3万余吨,羽毛工艺品1000余万件。", ("华泰羽毛", "台前县产业集聚区")),
    Frame("site_of_zone", "LOCATED_IN", lx.SITE_WORDS,
          Slot(("Zone",), kinds=POLICY_ZONE_KINDS, side="before", nearest=True, clause=False, fill="zone"),
          Slot(("Zone",), kinds=ADMIN_KINDS, side="after", nearest=True),
          "一、同意设立四川邛崃经济开发区。开发区以食品饮料、医药为主导产业,设立地点在邛崃市,核准面积为703.20公顷。",
          ("四川邛崃经济开发区", "邛崃市")),
    # (成都市现在下辖11个市辖区(武侯区…): a city that opens the clause is the whole, not the article's zone;
    # 梅河新区管辖总面积…,包括A、B: the whole may be named a clause or more before the word)
    Frame("composition", "PART_OF", lx.COMPOSITION_TRIGGERS, Slot(("Zone",), side="after"),
          Slot(("Zone",), kinds=POLICY_ZONE_KINDS, side="before", nearest=True, fill="zone", subject=True, clause=False),
          "江西赣江新区范围包括南昌市青山湖区、新建区和共青城市、永修县的部分区域,规划面积465平方公里。",
          ("共青城市", "江西赣江新区"), not_after=(*lx.NOT_COMPOSED_HEADS, *UNREAD_WHOLES),
          not_followed_by=LISTS_WORKS_OR_FIRMS),
    # (将沙市区4村1农场、江陵县3村1镇…划归荆州开发区: villages of a county are handed over, not the county)
    Frame("transferred_to", "PART_OF", lx.TRANSFER_WORDS,
          Slot(("Zone",), not_kinds=("province", "city", "county", "region"), side="before", nearest=True, series=True),
          Slot(("Zone",), not_kinds=("province", "region"), side="after", nearest=True),
          "郑州与开封的行政版图迎来重大调整,随着郑州航空港经济综合实验区扩区战略的深入推进,开封尉氏县岗李乡、大马乡的行政"
          "区划正式划入新郑市管辖,并在地图上完成全面更新。", ("大马乡", "新郑市")),
    # the subject opens its clause (or an earlier one); the whole is named right before the word
    Frame("part_of_whole", "PART_OF", lx.WHOLE_PART_WORDS,
          Slot(("Zone", "Project"), not_kinds=ADMIN_KINDS, side="before", clause=False, subject=True, nearest=True),
          Slot(("Zone", "Plan"), not_kinds=ADMIN_KINDS, side="before", nearest=True),
          "西咸新区是关中—天水经济区的核心区域,区位优势明显、经济基础良好、教育科技人才汇集、历史文化底蕴深厚、自然生态环境"
          "较好,具备加快发展的条件和实力。", ("西咸新区", "关中—天水经济区")),
    Frame("listed_in_plan", "PART_OF", lx.LISTED_IN_WORDS,
          Slot(("Project",), side="before", clause=False, nearest=True), Slot(("Plan",), side="after", nearest=True),
          "云桂铁路云南段项目是中国铁路总公司与省政府合作建设的两条高速铁路之一,列入我国《中长期铁路网规划》(2008年调整)及铁路"
          "“十二五”规划的重点建设项目。", ("云桂铁路云南段项目", "中长期铁路网规划")),
    # 天津轨道交通集团及下属子公司——天津滨海快速交通发展有限公司: the firm named after the word
    Frame("subsidiary_named_after", "PART_OF", lx.SUBSIDIARY_WORDS, Slot(("Enterprise",), side="after", nearest=True),
          Slot(("Enterprise",), side="before", nearest=True),
          "经协商,双方决定由天津农商银行作为银团牵头行及代理行,北京农商银行作为银团参与行,按照各承担50%的方式组建25亿元"
          "银团贷款,为天津轨道交通集团及下属子公司——天津滨海快速交通发展有限公司提供25亿元的资金支持,以此支持天津城市"
          "轨道交通第二期建设规划的实施,提升交通基础设施建设水平。",
          ("天津滨海快速交通发展有限公司", "天津轨道交通集团")),
    # (与Y全资子公司Z签约: the firm named right after the word is the subsidiary, the frame above's)
    Frame("subsidiary_of", "PART_OF", lx.SUBSIDIARY_OF_WORDS,
          Slot(("Enterprise",), not_kinds=("bank",), side="before", clause=False, subject=True, nearest=True),
          Slot(("Enterprise",), side="before", nearest=True),
          "据悉,宁波荣安生物药业有限公司是艾美疫苗集团全资子公司,是国家高新技术企业,也是浙江省目前唯一具备研发生产新冠肺炎"
          "全病毒颗粒灭活疫苗能力的企业。", ("宁波荣安生物药业有限公司", "艾美疫苗集团"),
          not_followed_by=rf"[^,。;]{{0,3}}{_FIRM}"),
    # 成都青白江经济开发区以装备制造、建材为主导产业: the sectors stand between 以 and the trigger
    Frame("leading_sectors", "FOCUSES_ON", lx.AS_LEADING_SECTORS,
          Slot(("Zone", "Plan"), side="before", nearest=True, clause=False), Slot(("Industry",), side="before"),
          "成都青白江经济开发区以装备制造、建材为主导产业,核准面积为428.74公顷。",
          ("成都青白江经济开发区", "装备制造")),
    Frame("sector_structure", "FOCUSES_ON", lx.SECTOR_STRUCTURES,
          Slot(("Zone", "Plan"), side="before", nearest=True, clause=False, subject=True),
          Slot(("Industry",), side="before"),
          "绵竹经济开发区面积37.6平方公里,已形成食品饮料、精细化工、装备制造三大传统产业及生物医药、锂电新材料两大新兴产业"
          "为主的“3+2”产业格局,正奋力实现“五个百亿”产业集群目标。", ("绵竹经济开发区", "精细化工")),
    # 元氏县围绕…生物医药、现代旅游等主导产业: the sectors listed before 等主导产业 are the place's
    Frame("listed_leading_sectors", "FOCUSES_ON", lx.LISTED_AS_LEADING,
          Slot(("Zone", "Plan"), side="before", nearest=True, clause=False, fill="zone"),
          Slot(("Industry",), side="before"),
          "今年以来,元氏县围绕符合县情的生物医药、先进装备“智”造、现代旅游等主导产业,持续推动招商引资,着力打造省会南部"
          "“产业高地、投资洼地”,先后引进了国电投、中国通号、保利集团等一批优质项目,截至目前,共签约项目21个,协议引资122.36亿元。",
          ("元氏县", "生物医药")),
    # (一、同意设立四川江安经济开发区,主导产业为新能源、…: the zone a clause before, the subject of its clause first)
    Frame("focus_sentence", "FOCUSES_ON", lx.FOCUS_TRIGGERS,
          Slot(("Zone", "Plan"), not_kinds=("county", "district"), side="before", nearest=True, clause=False,
               subject=True),
          Slot(("Industry",), side="after"),
          "长春新区重点发展先进制造业、现代服务业、现代农业三大主导产业。", ("长春新区", "先进制造业")),
    Frame("focus_across_clauses", "FOCUSES_ON", lx.FOCUS_VERBS,
          Slot(("Zone",), kinds=POLICY_ZONE_KINDS, side="before", nearest=True, clause=False, subject=True),
          Slot(("Industry",), side="after", clause=False),
          "武功高新区依托区位物流成本优势和制造基础,积极链接各类资源,向东承接西安产业转移,向西连接吸引杨凌、宝鸡等装备"
          "制造产业,重点发展装备制造、电子商务、循环经济,加快构建高端化、智能化、绿色化的现代特色产业体系。",
          ("武功高新区", "电子商务")),
)


# ------------------------------------------------------------------ discourse
def _article_zone(doc: ArticleDoc) -> Span | None:
    """The article's zone; failing that, the development zone or new area it names most."""
    if doc.main_zone is not None:
        return doc.main_zone
    zones = [s for s in doc.spans if s.label == "Zone" and s.kind in POLICY_ZONE_KINDS and s.kind != "region"]
    if not zones:
        return None
    top = Counter(s.name for s in zones).most_common(1)[0][0]
    return next(s for s in zones if s.name == top)


def _approver(doc: ArticleDoc) -> Span | None:
    """The agency whose reply or notice the article prints (by its title), else the government its headline
    says replied (陕西省政府最新批复!…, a reply printed without its title)."""
    return _titled_approver(doc) or next((s for s in doc.spans if s.label == "Agency" and s.kind == "government"
                                          and _REPLIED.match(doc.text, s.end)), None)


_REPLIED = re.compile(r"[^,。;!\n]{0,4}?(?:批复|复函)")


_TITLE_COUNT = re.compile(r"等([\d一二两三四五六七八九十]{1,3})[个家处]")


def lists_more_than_its_titles(doc: ArticleDoc, listed: int) -> bool:
    """Whether a page lists more zones than the documents it prints say they concern (等4个 in the title)."""
    counts = [cn2an.cn2an(m.group(1), "smart") for t in doc.titles for m in _TITLE_COUNT.finditer(t.name)]
    return bool(counts) and listed > max(counts)


def _titled_approver(doc: ArticleDoc) -> Span | None:
    """The agency an official reply's title opens with (国务院关于同意…的批复), else the agency that issues a
    notice naming or recognising zones (云南省政府办公厅日前发布《关于认定禄丰工业园区等7个园区为…的通知》)."""
    for title in doc.titles:
        if (title.kind in ("批复", "函") or doc.surface(title).endswith(("批复", "复函"))) and _issuer(doc, title):
            return _issuer(doc, title)
    for title in doc.titles:
        if LIST_APPROVAL.search(doc.surface(title)):
            # 合肥市人民政府办公厅关于认定第一批…的通知, or …发布《关于认定…的通知》
            issuer = [s for s in doc.spans if s.label == "Agency" and 0 <= title.start - s.end <= _ISSUER_GAP
                      and _pattern(lx.ISSUING_VERBS).search(doc.text, s.end, title.start)]
            if _opening_agency(doc, title) or issuer:
                return _opening_agency(doc, title) or issuer[-1]
    return None


def _opening_agency(doc: ArticleDoc, title: Span) -> Span | None:
    return next((s for s in doc.spans_within(title.start, title.end) if s.label == "Agency" and s.start <= title.start + 1),
                None)


def _issuer(doc: ArticleDoc, title: Span) -> Span | None:
    """Who issued an official document: the agency its title opens with, else, for a title that opens with 关于,
    the agency that signed it."""
    return _opening_agency(doc, title) or (_signer(doc) if doc.surface(title).lstrip("《").startswith("关于") else None)


# 达州市发展和改革委员会 / 2020年3月23日: the date line that closes an official document, under its signature
_SIGNATURE_DATE = re.compile(r"[ \t]*\n\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月"
                             r"[\d〇○零一二三四五六七八九十]{1,3}日\s*(?:\n|$)")


def _signer(doc: ArticleDoc) -> Span | None:
    """The agency alone on its line right above the date that closes the document: who signed it."""
    for span in reversed(doc.spans):
        line_start = doc.text.rfind("\n", 0, span.start) + 1
        if span.label == "Agency" and not doc.text[line_start:span.start].strip() \
                and _SIGNATURE_DATE.match(doc.text, span.end):
            return span
    return None


# 关于认定…为省级高新技术产业开发区的通知, 关于公布第四批化工园区名单的通知: a notice that approves the zones it lists
# (not 化工园区认定办法, 认定工作指南: the rules and guides of recognising, which recognise nothing)
LIST_APPROVAL = re.compile(r"认定(?!办法|管理|工作)|命名|公布[^的]{0,20}(?:园区|开发区|高新区|示范区|试验区|基地)[^的]{0,10}名单")
_ISSUER_GAP = 12  # 云南省政府办公厅日前发布《: characters between an issuer and the title it issues


def _addressees(sentences: list[Templated]) -> list[Span]:
    """陕西省人民政府: / 科技部、辽宁省人民政府: opening an official reply is whom it answers (and whose 请示
    it was)."""
    for t in sentences:
        named = _addressee_tokens(t)
        if named:
            return [t.tokens[k] for k in named]
    return []


def _borrower(doc: ArticleDoc, sentences: list[Templated]) -> Span | None:
    """The first firm or project named in a sentence about lending."""
    for t in sentences:
        if _pattern(lx.LENDING_TRIGGERS).search(t.text):
            named = [s for _, s in sorted(t.tokens.items()) if BORROWER.admits(s)]
            if named:
                return named[0]
    return None


# ---------------------------------------------------------------- interpreter
def read_frames(doc: ArticleDoc, templated: list[Templated] | None = None) -> list[Found]:
    """Every frame over every sentence (``templated``, when the caller has them), then the facts the
    article's layout states."""
    sentences = [t for t in (templated if templated is not None else doc.templated()) if t.tokens]
    subjects = _subjects(doc, sentences)
    # most sentences hold no trigger of most frames: look before calling the interpreter
    found = [f for t in sentences for frame in FRAMES if frame.pattern.search(t.text)
             for f in apply_frame(frame, t, subjects)]
    found += works_in_zone(doc, sentences)
    found += [f for listing in LISTINGS for f in read_listing(listing, sentences)]
    found += zones_in_named_place(doc, sentences)
    found += sectors_named_in_parks(doc, sentences)
    found += areas_of_zones(sentences)
    found += official_titles(doc)
    found += listed_zones_approved(doc, sentences)
    return found


def read_frame(doc: ArticleDoc, frame: Frame) -> list[Found]:
    """One frame over every sentence (what a frame reads on its own)."""
    sentences = [t for t in doc.templated() if t.tokens]
    subjects = _subjects(doc, sentences)
    return [f for t in sentences for f in apply_frame(frame, t, subjects)]


def _subjects(doc: ArticleDoc, sentences: list[Templated]) -> dict[str, list[Span]]:
    """The discourse subjects that fill a slot a sentence leaves empty."""
    single = {"zone": _article_zone(doc), "bank": doc.main_bank, "approver": _approver(doc),
              "borrower": _borrower(doc, sentences)}
    return {**{k: [v] if v is not None else [] for k, v in single.items()}, "addressee": _addressees(sentences)}


def apply_frame(frame: Frame, t: Templated, subjects: dict[str, list[Span]]) -> list[Found]:
    """The frame's relations at each of its triggers in one sentence."""
    triggers = [m for m in frame.pattern.finditer(t.text) if not t.text.endswith(frame.not_after, 0, m.start())
                and not (frame.not_followed_by and re.match(frame.not_followed_by, t.text[m.end():]))
                and not (frame.passive and "被" not in t.text[_clause_start(t.text, m.start()):m.start()])]
    found = []
    for i, trigger in enumerate(triggers):
        # a side ends at the clause's edge or at the next trigger: 济南重点发展X,青岛重点发展Y
        following = triggers[i + 1].start() if i + 1 < len(triggers) else len(t.text)
        sources = _fill(frame.source, _pick(frame.source, t, trigger, following), subjects)
        targets = _fill(frame.target, _pick(frame.target, t, trigger, following), subjects)
        # 中国农业银行贵州分行 lends, not its head office named beside it
        targets = [g for g in targets if not any(head_bank(o.name) == g.name for o in targets)]
        if frame.type == "PART_OF" and any(g.name == s.name for g in targets for s in sources):
            continue  # 化工园区包括:A、B、C: the zone the article is about is one of the listed peers, no whole
        properties = loan_terms(t.sentence.text) if frame.terms else {}
        found += [Found(s, frame.type, g, t.sentence, frame.name, properties)
                  for s in sources for g in (_numbered_issuers(t, s, targets) if frame.target.fill == "addressee"
                                             else targets) if s.name != g.name and s is not g
                  and not (frame.type == "PART_OF" and s.kind == "province" and g.kind not in _WHOLES_OF_PROVINCES)]
    return found


# A province is part only of a region or a pilot zone (包括浙江龙盛 after a zone: the firm's place, no part of it)
_WHOLES_OF_PROVINCES = ("region", "pilot_zone")


# 《关于…的请示》(绵府〔2017〕52号): a government's document number opens with its place's first character
_ISSUER_NUMBER = re.compile(r"》?\s*[((]([\u4e00-\u9fff])[府政办发]")


def _numbered_issuers(t: Templated, request: Span, addressees: list[Span]) -> list[Span]:
    """Of a reply's several addressees, those whose request it is by its document number (绵府 is
    绵阳市人民政府's); all of them when the number says nothing."""
    m = _ISSUER_NUMBER.match(t.sentence.text, request.end - t.sentence.start)
    numbered = [a for a in addressees if m and a.name.startswith(m.group(1))]
    return numbered or addressees


_CLAUSE_EDGE = re.compile(r"[,;:]")


def _clause_start(text: str, at: int) -> int:
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, at)]
    return edges[-1] if edges else 0


def _past_colon(text: str, at: int) -> int:
    """批复同意:A更名为B、C更名为D: a colon right after the trigger introduces what it governs (and so do
    分为3个园区,即A、B和C: a count and 即, and 同意增设以下出口加工区:A、B)."""
    m = _INTRODUCED.match(text, at)
    return m.end() if m else at


# (同意增设以下出口加工区:A、B: what follows 以下 or 如下 and a colon)
_INTRODUCED = re.compile(r"[\u4e00-\u9fff]{0,2}:|[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{1,3}[,,]即"
                         r"|[\u4e00-\u9fff]{0,4}(?:以下|如下)[\u4e00-\u9fff]{0,8}:")


_LIST_INTRODUCED = re.compile("以下|如下")


def _clause_end(text: str, at: int) -> int:
    m = _CLAUSE_EDGE.search(text, at)
    return m.start() if m else len(text)


def _pick(slot: Slot, t: Templated, trigger: re.Match[str], following: int) -> list[Span] | None:
    """The tokens that may fill ``slot``: on its side of the trigger, before the next trigger, within the clause;
    None when a subject of another kind holds the slot's place (no discourse subject fills it then)."""
    start = _clause_start(t.text, trigger.start()) if slot.clause else 0
    past = _past_colon(t.text, trigger.end())
    # (以下出口加工区:上海青浦…、闵行出口加工区,江苏南京…: a list so introduced runs to the sentence's end)
    end = len(t.text) if _LIST_INTRODUCED.search(t.text, trigger.end(), past) else _clause_end(t.text, past)
    stop = min(following, end if slot.clause else len(t.text))
    tokens = [(k, s) for k, s in sorted(t.tokens.items()) if slot.admits(s) and not _is_addressee(t, k)]
    if slot.side == "none":
        return []
    if slot.side == "before":
        tokens = [(k, s) for k, s in tokens if start <= k < trigger.start()]
    elif slot.side == "after":
        tokens = [(k, s) for k, s in tokens if trigger.end() <= k < stop]
    else:
        tokens = [(k, s) for k, s in tokens if start <= k < stop]
    for wanted, phrase in ((slot.not_base, _BASES), (slot.not_recipient, _RECIPIENTS), (slot.not_owner, _OWNERS),
                           (slot.not_agency_partner, _AGENCY_PARTNERS), (slot.not_applicant, _APPLICANTS)):
        if wanted:
            ranges = [range(m.start(), m.end()) for m in phrase.finditer(t.text)]
            tokens = [(k, s) for k, s in tokens if not any(k in r for r in ranges)]
    if slot.carried and not any(k < trigger.start() for k, _ in tokens) and _carrying_clause(slot.carried).match(t.text, start):
        tokens = _carried_subject(slot, t, start) + tokens
    if slot.prefer and any(s.kind == slot.prefer for _, s in tokens):
        tokens = [(k, s) for k, s in tokens if s.kind == slot.prefer]
    if slot.subject and any(_opens_clause(t.text, k) for k, _ in tokens):
        tokens = [(k, s) for k, s in tokens if _opens_clause(t.text, k)]
    elif slot.subject and _subject_of_another_kind(t, slot, [k for k, _ in tokens], trigger.start()):
        return None  # 北碚区将抢抓成渝地区双城经济圈建设机遇,围绕…: the subject is a district, the region its setting
    if slot.nearest and tokens:
        nearest = min(tokens, key=lambda ks: abs(ks[0] - trigger.start()))
        return _series_of(t, dict(tokens), nearest[0]) if slot.series else [nearest[1]]
    return [s for _, s in tokens]


_CLAUSE_ADVERBS = r"(?:并|还|又|再|也|先后|成功|顺利|于?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"


@cache
def _carrying_clause(openings: tuple[str, ...]) -> re.Pattern[str]:
    """A clause opening with one of ``openings`` after an adverb or a date (并从B拿到, 2015年经科技部批准)."""
    return re.compile(rf"{_CLAUSE_ADVERBS}(?:{_pattern(openings).pattern})")


def _carried_subject(slot: Slot, t: Templated, clause_start: int) -> list[tuple[int, Span]]:
    """The last token the slot admits before the clause: the subject a clause without one carries on
    (湖北神地生物科技有限公司负责人,从湖北银行荆门分行拿到了1000万元流动资金贷款)."""
    before = [(k, s) for k, s in sorted(t.tokens.items()) if k < clause_start and slot.admits(s)]
    return before[-1:]


def _series_of(t: Templated, admitted: dict[int, Span], k: int) -> list[Span]:
    """The token at ``k`` and those joined to it in a series (A项目和B项目选择落地C: both lie in C)."""
    ks = [k]
    while (before := _joined_before(t.text, ks[0], admitted)) is not None:
        ks.insert(0, before)
    while (after := _joined_after(t.text, ks[-1], admitted)) is not None:
        ks.append(after)
    return [admitted[i] for i in ks]


def _joined_before(text: str, k: int, admitted: dict[int, Span]) -> int | None:
    """The admitted token joined to the one at ``k`` from before (生产服务以及工业设备), if any."""
    return next((k - len(j) - 1 for j in lx.SERIES_JOINERS if k - len(j) - 1 in admitted and text.startswith(j, k - len(j))),
                None)


def _joined_after(text: str, k: int, admitted: dict[int, Span]) -> int | None:
    return next((k + len(j) + 1 for j in lx.SERIES_JOINERS if k + len(j) + 1 in admitted and text.startswith(j, k + 1)),
                None)


# 以A为基础设立…; 同意你市在A建设省级高新技术产业开发区: the zone a new one is set up on or in
_BASES = re.compile(rf"以[^,;。]*?(?:{'|'.join(lx.BASE_WORDS)})|在{LABEL_CHARS['Zone']}+(?=建设|设立|筹建)")
_RECIPIENTS = re.compile(rf"[向给][{''.join(LABEL_CHARS.values())}、和]+")
# (公司控股子公司江西昌泰高速公路有限责任公司…与国家开发银行江西省分行…签订银团贷款合同: the subsidiary borrows)
_OWNERS = re.compile(rf"{LABEL_CHARS['Enterprise']}(?={'|'.join(lx.SUBSIDIARY_WORDS)})")
_APPLICANTS = re.compile(rf"{LABEL_CHARS['Zone']}[^,。;]{{0,12}}?(?:申报|推荐|报送)的")
_AGENCY_PARTNERS = re.compile(rf"{LABEL_CHARS['Agency']}与[{LABEL_CHARS['Enterprise']}、和及]+")

# 今年,经开区将…培强X: a zone opening its clause is its subject; 抢抓可再生能源示范区建设等机遇 names an object
_SUBJECT_OPENING = re.compile(r"(?:该|本|此|今年|去年|目前|同时|此外|近年来|未来|下一步|其中)?")


def _subject_of_another_kind(t: Templated, slot: Slot, candidates: list[int], before: int) -> bool:
    """Whether a token of the slot's label but of a kind it does not take opens a clause before every candidate."""
    first = min(candidates, default=before)
    return any(s.label in slot.labels and not slot.admits(s) and _opens_clause(t.text, k)
               for k, s in t.tokens.items() if _clause_start(t.text, first) <= k < first)


def _opens_clause(text: str, k: int) -> bool:
    start = _clause_start(text, k)
    return _SUBJECT_OPENING.fullmatch(text, start, k) is not None


_ADDRESSEE_LINE = re.compile(rf"\s*(?:{LABEL_CHARS['Agency']}[、,和])*{LABEL_CHARS['Agency']}:")


def _addressee_tokens(t: Templated) -> list[int]:
    """Where the agencies a sentence opens with, before a colon, stand: whom an official reply is addressed to."""
    m = _ADDRESSEE_LINE.match(t.text)
    return [k for k in range(m.end()) if k in t.tokens] if m else []


def _is_addressee(t: Templated, k: int) -> bool:
    """陕西省人民政府: opening an official reply is whom it is addressed to, not a party."""
    return k in _addressee_tokens(t)


def _fill(slot: Slot, spans: list[Span] | None, subjects: dict[str, list[Span]]) -> list[Span]:
    if spans is None:
        return []
    if spans or slot.fill is None:
        return spans
    return [s for s in subjects.get(slot.fill, []) if slot.admits(s)]


# ------------------------------------------------------------ layout facts
# pilot zones that are ground works are built on (博鳌乐城国际医疗旅游先行区), not a policy over a province
_BUILT_ON_PILOT_ZONES = ("片区", "自由贸易试验区", "先行区", "合作区")


def works_in_zone(doc: ArticleDoc, sentences: list[Templated]) -> list[Found]:
    """Works listed in an article about a development zone, new area, free-trade area or county lie in
    it, and so do the firms it brings in (引进, 落户, 入驻), when their sentence names no other zone of
    that kind and their name no place of another province."""
    zone = _most_named(doc, lambda s: s.kind in ("development_zone", "new_area")
                       or (s.kind == "pilot_zone" and s.name.endswith(_BUILT_ON_PILOT_ZONES)), at_least=2)
    zone = zone or _article_county(doc)
    if zone is None:
        return []
    # 蕲春县中电建绿色建材基地 in an article about 武穴市: a work named after another place lies there
    elsewhere = tuple({_short_place(s.name) for s in doc.spans if s.label == "Zone" and s.kind in ("county", "district")
                       and s.name != zone.name and _short_place(s.name) not in zone.name})
    provinces = gazetteer.provinces_of(zone.name)
    found = []
    for t in sentences:
        if any(s.label == "Zone" and s.kind == zone.kind and s.name != zone.name for s in t.tokens.values()):
            continue
        settles = _pattern(lx.SETTLING_VERBS).search(t.text) is not None and not _pattern(lx.ATTENDING_VERBS).search(t.text)
        found += [Found(span, "LOCATED_IN", zone, t.sentence, "works_in_zone") for span in t.tokens.values()
                  if (span.label == "Project" or (settles and span.label == "Enterprise" and span.kind == "company"))
                  and not (elsewhere and doc.surface(span).startswith(elsewhere))
                  and not (span.label == "Project" and _of_another_province(doc.surface(span), provinces))]
    return found


def _of_another_province(name: str, provinces: frozenset[str]) -> bool:
    """吉林省松原民用机场, 大理至瑞丽铁路 in an article about 常德市: a work named by a province's full name, or a
    route that starts, and does not end, in another province than the zone's, lies there (浙江天洁集团环保设备制造
    is an investor's work: the investor comes from elsewhere, the work may not)."""
    place, named = gazetteer.place_opening(name)
    if not (named and provinces) or named & provinces:
        return False
    if place.endswith(("省", "自治区")):
        return True
    return name.startswith("至", len(place)) and not gazetteer.place_opening(name[len(place) + 1:])[1] & provinces


@dataclass(frozen=True)
class Listing:
    """A relation a layout states: a head token, then tokens listed after it (``pattern``'s groups 1 and 2)."""

    rule: str
    type: str
    pattern: re.Pattern[str]
    head: Callable[[Span], bool]      # which heads count
    item: Callable[[Span], bool]      # which listed tokens count
    head_is_source: bool = False      # head -> item (a zone's sectors) rather than item -> head (works in a zone)


_Z, _P, _I = LABEL_CHARS["Zone"], LABEL_CHARS["Project"], LABEL_CHARS["Industry"]
LISTINGS: tuple[Listing, ...] = (
    # ;格尔木工业园宏储源…光伏储能、青海嘉诺…精深加工等4个项目: a clause that opens with a zone, then its works
    # (香坊园区现有哈尔滨综合保税区、哈尔滨铁路集装箱中心站…等30余个重点项目: a zone among its works lies in it too)
    Listing("works_under_zone", "LOCATED_IN",
            re.compile(rf"(?:^|(?<=[,;:]))({_Z})(?:现有|拥有|已有|共有)?((?:[{_P}{_Z}][、和及]?)*{_P}(?:[{_P}{_Z}][、和及]?)*)等"),
            head=lambda s: True,
            item=lambda s: s.label == "Project" or (s.label == "Zone" and s.kind in ("development_zone", "new_area"))),
    # 该园区由绿特色食品产业园、粮食物流加工产业园、皮革产业园三部分组成; 其顺义片区由北京市空港物流基地和天竺综合保税区
    # 组成: a zone opens its clause, then the zones it is made of between 由 and 组成
    Listing("made_of", "PART_OF",
            re.compile(rf"(?:^|(?<=[,;:]))[该本此]?({_Z})[^,;:。{''.join(LABEL_CHARS.values())}]{{0,6}}?由"
                       rf"([^,;:。由]{{0,80}}?{_Z}[^,;:。由]{{0,80}}?)(?:组成|构成)"),
            head=lambda s: True, item=lambda s: s.label == "Zone"),
    # 该示范区定位为“一区”“五园”,…,“五园”为中小企业总部园、临空高端产业园…: a zone, then the parks its layout counts
    Listing("layout_parts", "PART_OF",
            re.compile(rf"(?:^|(?<=[,;:]))[该本此]?({_Z})[^。;]*?[一二三四五六七八九十两][区园]”?(?:为|即|包括):?"
                       rf"((?:{_Z}(?:以及|[、和及])?)+)"),
            head=lambda s: s.kind in POLICY_ZONE_KINDS, item=lambda s: s.label == "Zone" and s.kind not in ADMIN_KINDS),
    # 1、丽水经济技术开发区(浙江省); 北京市 密云古北水镇国际休闲旅游度假区: a list's line gives its zone's place
    Listing("zone_line_place", "LOCATED_IN",
            re.compile(rf"^\s*(?:\d{{1,3}}、)?({_Z})\(({_Z})\)\s*$"),
            head=lambda s: s.label == "Zone" and s.rule == "listed_zone", item=lambda s: s.kind in ADMIN_KINDS,
            head_is_source=True),
    Listing("place_line_zone", "LOCATED_IN", re.compile(rf"^\s*({_Z})[ \t]+({_Z})\s*$"),
            head=lambda s: s.kind in ADMIN_KINDS, item=lambda s: s.label == "Zone" and s.rule == "listed_zone"),
    # 阿勒泰地区3家:布尔津工业园区、阿勒泰产业园区、哈巴河工业园区: a place, how many, a colon, its zones
    Listing("zones_under_place", "LOCATED_IN",
            re.compile(rf"({_Z})[^,;:。{''.join(LABEL_CHARS.values())}]{{0,6}}:([^,;:。]*{_Z}[^,;:。]*)(?=[;。]|$)"),
            head=lambda s: s.kind in ADMIN_KINDS, item=lambda s: s.label == "Zone" and s.kind in POLICY_ZONE_KINDS),
    # 无锡的鸿山物联网小镇、太湖影视小镇、新桥时裳小镇;徐州的沙集电商小镇, 晋江市的磁灶镇、紫帽镇: a place's own zones,
    # towns or works, listed after its 的 to the clause's end
    Listing("place_owns_list", "LOCATED_IN",
            re.compile(rf"(?:^|(?<=[,;:]))({_Z})的((?:[{_Z}{_P}](?:、|和|及)?)+)(?=[,;。]|$)"),
            head=lambda s: s.kind in ADMIN_KINDS,
            item=lambda s: s.label == "Project" or s.kind in POLICY_ZONE_KINDS or s.kind == "town"),
    # 兰州高新技术产业开发区(生物医药), 金昌经济技术开发区(有色金属及新能源电池材料深加工制造): a zone with its
    # sectors in brackets, as lists of zones give them
    Listing("sectors_in_brackets", "FOCUSES_ON", re.compile(rf"({_Z})\(([^()]*{_I}[^()]*)\)"),
            head=lambda s: s.kind in POLICY_ZONE_KINDS and s.kind != "region", item=lambda s: s.label == "Industry",
            head_is_source=True),
    # 洛江区(万安街道、双阳街道、马甲镇)、晋江市(磁灶镇、紫帽镇): a division, then the towns in it in brackets
    Listing("towns_in_brackets", "LOCATED_IN", re.compile(rf"({_Z})\(([^()]*{_Z}[^()]*)\)"),
            head=lambda s: s.kind in ("city", "county", "district"), item=lambda s: s.kind == "town"),
    # 乌干达辽沈工业园: a zone or work named right after the country it lies in
    Listing("zone_after_country", "LOCATED_IN", re.compile(rf"({_Z})([{_Z}{_P}])"),
            head=lambda s: s.kind == "country", item=lambda s: s.label == "Project" or s.kind in POLICY_ZONE_KINDS),
)


def read_listing(listing: Listing, sentences: list[Templated]) -> list[Found]:
    """What one layout states in every sentence."""
    found = []
    for t in sentences:
        for m in listing.pattern.finditer(t.text):
            head = t.tokens[m.start(1)]
            if not listing.head(head):
                continue
            # (a whole is never its own part)
            items = [t.tokens[k] for k in range(m.start(2), m.end(2))
                     if k in t.tokens and listing.item(t.tokens[k]) and t.tokens[k].name != head.name]
            found += [Found(head, listing.type, i, t.sentence, listing.rule) if listing.head_is_source
                      else Found(i, listing.type, head, t.sentence, listing.rule) for i in items]
    return found


def _article_county(doc: ArticleDoc) -> Span | None:
    """The county or district an article names most (its bodies, 元氏县委, count too), when it names it at
    least three times; failing that, the city it names so."""
    bodies = [s.name for s in doc.spans if s.label == "Agency"]
    for kinds in (("county", "district"), ("city",)):
        places = Counter(s.name for s in doc.spans if s.label == "Zone" and s.kind in kinds)
        counts = Counter({name: n + sum(b.startswith(name) for b in bodies) for name, n in places.items()})
        top = counts.most_common(1)
        if top and top[0][1] >= 3:
            return next(s for s in doc.spans if s.label == "Zone" and s.name == top[0][0])
    return None


def _most_named(doc: ArticleDoc, fits: Callable[[Span], bool], at_least: int = 1) -> Span | None:
    """The zone that fits and that the article names most often (at least ``at_least`` times)."""
    counts = Counter(s.name for s in doc.spans if s.label == "Zone" and fits(s))
    top = counts.most_common(1)
    if not top or top[0][1] < at_least:
        return None
    return next(s for s in doc.spans if s.name == top[0][0])


def zones_in_named_place(doc: ArticleDoc, sentences: list[Templated]) -> list[Found]:
    """银川经开区 lies in 银川市, 华能萝北200兆瓦风电项目 in 萝北县: a zone or work named after a place the
    article names (after the province, when the name opens with one: 河南周口…示范区 in 周口市); a park
    named after a zone lies in that zone (晋城经济技术开发区家电消费品特色园区), not in the zone's city."""
    places, zones = _places_and_zones(doc)
    found, seen = [], set()
    for t in sentences:
        for span in t.tokens.values():
            if not ((span.label == "Zone" and span.kind in POLICY_ZONE_KINDS)
                    or (span.label == "Project" and span.kind != "programme")
                    or (span.label == "Enterprise" and span.kind == "company")):
                continue
            surface = doc.surface(span)
            park = _park_parts(surface) if span.label == "Zone" else None
            # 湖南湘江新区 is named 湘江新区: any of its surfaces may tell the place
            county = _opening_county(surface) if span.label == "Project" else 0
            named = ([_named_span(doc, span, 0, park.end(1), "Zone", zones, places)] if park
                     else (span.label != "Enterprise" and _named_inside(surface, span, zones))
                     or _named_after(surface, places)
                     or _named_after(span.name, places)
                     or ([_named_span(doc, span, 0, county, "Zone", zones, places)] if county else []))
            # (广西公路, 湖北航特…项目, 山西高尔环保科技有限公司: a work or firm named after its province tells no
            # place an analyst would give)
            found += [Found(span, "LOCATED_IN", place, t.sentence, "named_after_place") for place in named
                      if (span.name, place.name) not in seen
                      and not (span.label in ("Project", "Enterprise") and place.kind == "province")]
            seen.update((span.name, place.name) for place in named)
    return found


def areas_of_zones(sentences: list[Templated]) -> list[Found]:
    """位于仙游经济开发区五里岭片区: an area named right after a zone is part of it."""
    found = []
    for t in sentences:
        zone_ends = {s.end: s for s in t.tokens.values() if s.label == "Zone"}
        found += [Found(span, "PART_OF", zone_ends[span.start], t.sentence, "area_of_zone")
                  for span in t.tokens.values() if span.rule == "area_of_zone" and span.start in zone_ends]
    return found


def sectors_named_in_parks(doc: ArticleDoc, sentences: list[Templated]) -> list[Found]:
    """A park named for a sector focuses on it: the words between the zone or place it opens with and
    its 产业园 (晋城经济技术开发区|家电|消费品特色园区), else a sector of the lexicon in its name
    (集成电路设计产业园: 集成电路)."""
    found, seen = [], set()
    for t in sentences:
        for span in t.tokens.values():
            if span.label != "Zone" or span.kind not in POLICY_ZONE_KINDS or span.name in seen:
                continue
            surface = doc.surface(span)
            park = _park_parts(surface)
            suffix = _PARK_OF_SECTOR.search(surface)
            word = _INDUSTRY_WORD.search(surface, 0, suffix.start()) if suffix and not park else None
            where = _sector_of_park(park) if park else (word.start(), word.end()) if word else None
            # (武汉开发区黄冈产业园: a park named for a place, not a sector)
            if where is None or surface[where[0]:where[1]] in lx.PROGRAMME_PARKS \
                    or gazetteer.is_place_name(surface[where[0]:where[1]]):
                continue
            sector = _named_span(doc, span, *where, "Industry", {}, {})
            found.append(Found(span, "FOCUSES_ON", sector, t.sentence, "sector_in_park_name"))
            seen.add(span.name)
    return found


def listed_zones_approved(doc: ArticleDoc, sentences: list[Templated]) -> list[Found]:
    """日前,经山西省政府同意,山西省商务厅会同省工信厅印发通知,公布13家省级消费品特色园区名单。 then the zones one
    a line, or 认定专业化工园区:A、B、C: each listed zone is approved by the agencies of the last sentence before
    the list that announces it (an agency and a verb of naming or publishing), or by the page's approver."""
    lines = [(s, t) for t in sentences for s in t.tokens.values() if s.rule == "listed_zone"]
    found = _approved_list(doc, sentences, lines, min((s.start for s, _ in lines), default=0)) if lines else []
    for t in sentences:
        if _NAMED_LIST.match(t.text):
            listed = [(s, t) for s in t.tokens.values() if s.label == "Zone" and s.kind in POLICY_ZONE_KINDS]
            found += _approved_list(doc, sentences, listed, t.sentence.start) if listed else []
        elif (named := _LIST_AFTER_VERB.search(t.text)) is not None:
            listed = [(s, t) for i, s in t.tokens.items()
                      if i > named.start() and s.label == "Zone" and s.kind in POLICY_ZONE_KINDS]
            own = [s for i, s in t.tokens.items() if i < named.start() and s.label == "Agency"]
            found += _approved_list(doc, sentences, listed, t.sentence.start, own[-1:] or None)
        elif (chosen := _chosen_by_notice(doc, t)) is not None:
            listed = [(s, t) for i, s in t.tokens.items()
                      if i > chosen and s.label == "Zone" and s.kind in POLICY_ZONE_KINDS]
            own = [s for i, s in t.tokens.items() if i < chosen and s.label == "Agency"]
            found += _approved_list(doc, sentences, listed, t.sentence.start, own[-1:] or None)
    return found


# 省农业农村厅下发关于公布…名单的通知,A、B、C、D4家农业产业园成功入选: zones chosen by the list notice before them
# (a list of zones: 第五批省级现代农业产业园名单, not 多式联运示范工程创建项目名单)
_CHOSEN = re.compile("|".join(lx.CHOSEN_VERBS))
_ZONES_LISTED = re.compile(r"(?:园|区|基地|小镇)(?:试点|创建|培育)?(?:项目)?名单")  # (…运动休闲特色小镇试点项目名单)


def _chosen_by_notice(doc: ArticleDoc, t: Templated) -> int | None:
    """Where the list notice stands in a sentence that says the zones after it are chosen, if it does."""
    notice = next((i for i, s in t.tokens.items() if s.label == "Plan"
                   and (_LIST_NOTICE.search(doc.surface(s)) or s.rule == "list_name")
                   and _ZONES_LISTED.search(doc.surface(s))), None)
    return notice if notice is not None and _CHOSEN.search(t.text, notice) else None


_LABELS = "".join(LABEL_CHARS.values())
_LIST_NOTICE = re.compile(r"名单(?:\([^()]{1,8}\))?的通知》?$")  # 关于公布辽宁省化工园区名单(第二批)的通知
_VERBS_OF_LISTS = "|".join(lx.LIST_ANNOUNCING_VERBS)
# 认定专业化工园区:A、B、C: a sentence that names what is recognised, then lists it after a colon
_NAMED_LIST = re.compile(rf"(?:{_VERBS_OF_LISTS})[^,。;:{_LABELS}]{{0,12}}:")
# 第二批共认定9家化工园区,分别是A、B、C; 省政府确定A、B、C等10个化工园区: the list after 分别是, or at once
_ZONE = LABEL_CHARS["Zone"]
_LIST_AFTER_VERB = re.compile(rf"(?:{_VERBS_OF_LISTS})(?:[^,。;:{_LABELS}]{{0,12}},分别[是为]:?|(?={_ZONE}、{_ZONE}))")


_ATTACHMENT = re.compile(r"(?m)^[ \t]*附件\d*[ \t]*$")
_ATTACHMENT_REACH = 60  # characters before a list: 附件1, then the list's heading


def _approved_list(doc: ArticleDoc, sentences: list[Templated], listed: list[tuple[Span, Templated]],
                   first: int, own: list[Span] | None = None) -> list[Found]:
    """Each listed zone approved by ``own`` agencies (those of the listing sentence) or by those of the
    sentence that announces the list; and covered by the list notice that sentence names."""
    # the list follows its announcement at once, or after a sentence that introduces it (…分别是:); a notice's
    # attachment (附件1 / …名单 / 1、A) is announced by the last such sentence of the notice before it, unless
    # the notice's title names its approver
    before = sorted({s.start for s in doc.sentences if s.end <= first and s.text.strip()})
    attached = _ATTACHMENT.search(doc.text, max(0, first - _ATTACHMENT_REACH), first) is not None \
        and _titled_approver(doc) is None
    just_before = set(before if attached else before[-2:])
    announcing = [t for t in sentences if t.sentence.start in just_before
                  and _pattern(lx.LIST_ANNOUNCING_VERBS).search(t.text)
                  and any(s.label == "Agency" for s in t.tokens.values())]
    notices = [s for t in announcing[-1:] + [t for _, t in listed[:1]] for s in t.tokens.values()
               if s.label == "Plan" and _LIST_NOTICE.search(doc.surface(s))]
    # (江苏省第三批共建体育健康特色小镇名单 on a line of its own, then the towns: the list heads itself)
    notices = notices or [s for t in sentences if before and t.sentence.start == before[-1]
                          for s in t.tokens.values() if s.rule == "list_name" and t.text.strip() == LABEL_CHARS["Plan"]]
    covered = [Found(notice, "COVERS", zone, t.sentence, "listed_zone_approved") for notice in notices[-1:]
               for zone, t in listed]
    if own:
        return covered + [Found(zone, "APPROVED_BY", agency, t.sentence, "listed_zone_approved")
                          for zone, t in listed for agency in own]
    if announcing:
        sentence = announcing[-1].sentence
        approvers = _announcers(announcing[-1])
    else:
        approver = _titled_approver(doc)
        # 关于广州花都经济开发区等4个…的复函 above a directory of 11 zones: the list is not the reply's
        if approver is not None and lists_more_than_its_titles(doc, len({s.name for s, _ in listed})):
            approver = None
        approvers, sentence = ([approver], None) if approver is not None else ([], None)
    return covered + [Found(zone, "APPROVED_BY", agency, sentence or t.sentence, "listed_zone_approved")
                      for zone, t in listed for agency in approvers]


def _announcers(t: Templated) -> list[Span]:
    """The agencies of a sentence that announces a list, but for those of a clause that gives the reason or the
    basis (为贯彻国务院办公厅转发国家发展改革委…的通知, 根据…) and those it addresses (…,兰州新区管委会:)."""
    clauses = [c for c in re.finditer(r"[^,;:]+[,;:]?", t.text)
               if not _REASON_OR_BASIS.match(c.group()) and not c.group().endswith(":")]
    return list({s.name: s for k, s in t.tokens.items() if s.label == "Agency"
                 and any(c.start() <= k < c.end() for c in clauses)}.values())


_REASON_OR_BASIS = re.compile(r"为(?:贯彻|落实|深入|加快|进一步|推动|促进)|根据|按照|依据|贯彻|落实")


def _places_and_zones(doc: ArticleDoc) -> tuple[dict[str, Span], dict[str, Span]]:
    """The article's administrative places by short name, and its other zones by name and surface."""
    places: dict[str, Span] = {}
    zones: dict[str, Span] = {}
    for s in doc.spans:
        if s.label == "Zone" and s.kind in ADMIN_KINDS:
            places.setdefault(_short_place(s.name), s)
        elif s.label == "Zone" and s.kind in ("new_area", "development_zone", "pilot_zone"):
            zones.setdefault(doc.surface(s), s)
            zones.setdefault(s.name, s)
    return places, zones


_PARK_SUFFIX = r"(?:消费品)?特色园区|(?:特色)?产业园区?|产业港|(?:特色)?产业基地|" + _pattern(lx.CLUSTER_KINDS).pattern
_PARK_OF_SECTOR = re.compile(rf"(?:{_PARK_SUFFIX})$")
# 晋城经济技术开发区|家电|消费品特色园区, 临猗县|生活用纸|消费品特色园区: the zone or place, the sector, the park
# (娄底市|区块链|产业园: a sector's name may open with a character that ends a place's)
_SECTORS_LIKE_PLACE_ENDS = _pattern(tuple(w for w in lx.INDUSTRIES if w[0] in "省市县区镇")).pattern
_PARK_NAME = re.compile(
    rf"([^\s]{{2,20}}?(?:{_pattern(tuple(k for k, _ in lx.ZONE_KINDS if len(k) > 1) + ('专业镇',)).pattern}|[市县区镇]))"
    rf"((?:{_SECTORS_LIKE_PLACE_ENDS})(?:(?![省市县区镇])[\u4e00-\u9fff]){{0,6}}?|(?:(?![省市县区镇])[\u4e00-\u9fff]){{2,7}}?)"
    rf"(?:{_PARK_SUFFIX})"
)
_INDUSTRY_WORD = _pattern(lx.INDUSTRIES)


def _park_parts(surface: str) -> re.Match[str] | None:
    park = _PARK_NAME.fullmatch(surface)
    return park if park and park.group(2) not in lx.PROGRAMME_PARKS else None


def _sector_of_park(park: re.Match[str]) -> tuple[int, int]:
    """Where a park's sector stands in its name: after a district's short name that follows its city
    (枣庄市|峄城|化工|产业园)."""
    start, end = park.span(2)
    county = next((n for n in (3, 2) if park.group(2)[:n] in gazetteer.county_short_names()), 0)
    return (start + county, end) if end - start - county >= 2 else (start, end)


def _named_span(doc: ArticleDoc, span: Span, start: int, end: int, label: str, zones: dict[str, Span],
                places: dict[str, Span]) -> Span:
    """The entity a part of ``span``'s name names: a zone or place the article knows by that name, else a new
    span over those characters."""
    words = doc.surface(span)[start:end]
    known = zones.get(words) or places.get(_short_place(words))
    if known is not None and (known.name == words or _short_place(known.name) == _short_place(words)):
        return known
    kind = ("county" if words.endswith("县") else "city" if words.endswith("市") else "development_zone") \
        if label == "Zone" else "sector"
    return Span(span.start + start, span.start + end, label, kind, "name_part", name=words)


_BRACKETED = re.compile(r"\(([^()]{2,8})\)")


def _named_inside(surface: str, span: Span, zones: dict[str, Span]) -> list[Span]:
    """晋城经济技术开发区家电消费品特色园区, 武汉经开区中航锂电…项目: a park or work whose name opens with
    a zone's whole name lies in that zone (which lies in its city: the zone, not the city, is the place)."""
    inside = max((z for name, z in zones.items() if len(name) >= 4 and surface.startswith(name)
                  and len(surface) > len(name) + 1 and z.name != span.name),
                 key=lambda z: len(z.name), default=None)
    return [inside] if inside is not None else []


def _opening_county(name: str) -> int:
    """泌阳县中康光伏发电项目, 乳山市…: the length of the county's (or county-level city's or district's) full
    name a work's name opens with, for when the article names it nowhere else (0 when it opens with none, or
    when too little follows to name a work). A prefecture does not count: 深圳市…项目 may be a Shenzhen firm's
    work in another place."""
    n = next((n for n in range(3, 6) if name[n - 1:n] in "县市区"
              and any(d.level == "county" for d in gazetteer.by_name().get(name[:n], ()))), 0)
    return n if len(name) - n > 4 else 0


_TRANSFER_PARK = re.compile(r"\)产业转移")
_PAIRED_PLACES = re.compile(rf"[\u4e00-\u9fff]{{2,3}}[{re.escape(lx.PLACE_DASHES)}]")


def _named_after(name: str, places: dict[str, Span]) -> list[Span]:
    """The places a name opens with, province first (河南周口…: 河南省, 周口市), or names in brackets
    (国家超级计算中心(长沙)…: 长沙市); a park one city builds in another lies in the other
    (深圳(潮州)产业转移工业园: 潮州市, not 深圳市)."""
    named: list[Span] = []
    # (惠山-贾汪工业园: a park two places build together does not say which of them it lies in)
    rest = "" if _TRANSFER_PARK.search(name) or _PAIRED_PLACES.match(name) else name
    while rest:
        place = next((p for short, p in places.items() if len(short) >= 2 and rest.startswith(short)
                      and p.name != name), None)
        # 安徽宿州高新技术产业开发区 where the article names no 安徽省: the city after the province still counts
        province = next((p for p in lx.PROVINCES if rest.startswith(p)), None) if rest == name else None
        if place is None and province is not None:
            rest = rest[len(province):].removeprefix("省")
            continue
        if place is None:
            break
        named.append(place)
        rest = rest[len(_short_place(place.name)):]
        rest = rest[1:] if rest[:1] in "省市县区" else rest
    for inside in _BRACKETED.findall(name):
        named += [p for short, p in places.items() if inside in (short, p.name) and p not in named]
    return named


_ADMIN_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|县|区)$")


def _short_place(name: str) -> str:
    short = _ADMIN_SUFFIX.sub("", name)
    return short if len(short) >= 2 else name


def official_titles(doc: ArticleDoc) -> list[Found]:
    """国务院办公厅关于…的复函: an official document's title names its issuer and the zones it is about,
    even when the page layout breaks it over lines (so that no sentence holds it whole)."""
    found = []
    for title in doc.titles:
        if title.rule != "official_title":
            continue
        evidence = Sentence(title.start, title.end, re.sub(r"\s+", "", doc.surface(title)))
        inner = doc.spans_within(title.start, title.end)
        issuers = [s for s in [_issuer(doc, title)] if s is not None]
        # 国家发展改革委关于印发皖江城市带承接产业转移示范区规划的通知: the plan it issues is the issuer's too
        issued = [s for s in inner if s.rule == "issued_plan"]
        found += [Found(plan, "ISSUED_BY", s, evidence, "official_title") for plan in [title, *issued] for s in issuers]
        found += [Found(title, "COVERS", s, evidence, "official_title") for s in inner
                  if s.label == "Zone" and s.kind in POLICY_ZONE_KINDS]
    return found
