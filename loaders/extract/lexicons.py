"""Generic vocabulary of the genre: no proper name of any one document lives here.

Everything is plain data (tuples, dicts); the recognisers compile it once.
Place names are the national gazetteer (every province, the large cities),
agencies are the central government's standing bodies, industries are the
sector vocabulary of Chinese industrial policy.
"""

from __future__ import annotations

# ------------------------------------------------------------------ places
# Province-level divisions: short form -> canonical (full) form.
PROVINCES: dict[str, str] = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "河北": "河北省", "山西": "山西省", "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省",
    "江苏": "江苏省", "浙江": "浙江省", "安徽": "安徽省", "福建": "福建省", "江西": "江西省",
    "山东": "山东省", "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省",
    "海南": "海南省", "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省",
    "甘肃": "甘肃省", "青海": "青海省", "台湾": "台湾省",
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
    "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}

# Provincial capitals, sub-provincial and other large cities (short form; canonical adds 市).
CITIES: tuple[str, ...] = (
    "石家庄", "太原", "呼和浩特", "沈阳", "大连", "长春", "哈尔滨", "南京", "苏州", "无锡", "杭州", "宁波",
    "温州", "合肥", "福州", "厦门", "泉州", "南昌", "济南", "青岛", "烟台", "郑州", "洛阳", "武汉", "襄阳",
    "宜昌", "长沙", "广州", "深圳", "珠海", "佛山", "东莞", "南宁", "柳州", "海口", "三亚", "成都", "绵阳",
    "宜宾", "贵阳", "遵义", "昆明", "拉萨", "西安", "咸阳", "宝鸡", "兰州", "西宁", "银川", "乌鲁木齐",
    "唐山", "保定", "雄安", "徐州", "常州", "南通", "绍兴", "嘉兴", "金华", "芜湖", "潍坊", "临沂", "株洲",
    "湘潭", "衡阳", "汕头", "湛江", "中山", "惠州", "桂林", "北海", "泸州", "南充", "德阳", "乐山", "自贡",
    "包头", "鄂尔多斯", "大庆", "吉林", "鞍山", "抚顺", "赣州", "九江", "景德镇", "开封", "新乡", "南阳",
    "榆林", "延安", "天水", "酒泉", "克拉玛依", "喀什", "伊犁", "六盘水", "安顺", "曲靖", "大理", "丽江",
)

# One-character province abbreviations, used with a direction (渝东北, 川南, 浙西南) as region anchors.
PROVINCE_ABBREVIATIONS = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新蒙港澳台"
DIRECTIONS: tuple[str, ...] = ("东北", "东南", "西北", "西南", "东", "西", "南", "北", "中")

# Multi-place regions and geographic anchors that start names of clusters and belts.
REGIONS: tuple[str, ...] = (
    "京津冀", "长三角", "长江三角洲", "珠三角", "珠江三角洲", "粤港澳", "成渝", "长株潭", "关中", "中原",
    "海峡西岸", "北部湾", "长江", "黄河", "东北", "西部", "中部", "东部", "呼包鄂", "兰西", "滇中", "黔中",
    "山东半岛", "辽中南", "哈长", "天山北坡", "晋中", "宁夏沿黄", "三峡", "武陵山", "秦巴山", "大别山",
)

# ---------------------------------------------------------------- agencies
# Central bodies: surface form -> canonical name (the form most documents use).
CENTRAL_AGENCIES: dict[str, str] = {
    "国务院": "国务院", "国务院办公厅": "国务院办公厅", "国务院扶贫办": "国务院扶贫办",
    "国务院扶贫开发领导小组办公室": "国务院扶贫办", "中共中央": "中共中央", "党中央": "中共中央", "中共中央办公厅": "中共中央办公厅",
    "国家发展改革委": "国家发展改革委", "国家发展和改革委员会": "国家发展改革委", "国家发改委": "国家发展改革委",
    "中央网信办": "中央网信办", "中央网络安全和信息化委员会办公室": "中央网信办", "国家网信办": "国家网信办",
    "国家互联网信息办公室": "国家网信办",
    "科技部": "科技部", "科学技术部": "科技部", "国家科技部": "科技部",
    "工业和信息化部": "工业和信息化部", "工信部": "工业和信息化部",
    "财政部": "财政部", "商务部": "商务部", "教育部": "教育部", "外交部": "外交部", "公安部": "公安部",
    "民政部": "民政部", "司法部": "司法部", "人力资源社会保障部": "人力资源社会保障部",
    "人力资源和社会保障部": "人力资源社会保障部", "人社部": "人力资源社会保障部",
    "自然资源部": "自然资源部", "生态环境部": "生态环境部", "住房城乡建设部": "住房城乡建设部",
    "住房和城乡建设部": "住房城乡建设部", "住建部": "住房城乡建设部", "交通运输部": "交通运输部",
    "水利部": "水利部", "农业农村部": "农业农村部", "文化和旅游部": "文化和旅游部", "文旅部": "文化和旅游部",
    "国家卫生健康委": "国家卫生健康委", "国家卫健委": "国家卫生健康委", "应急管理部": "应急管理部",
    "退役军人事务部": "退役军人事务部", "审计署": "审计署", "国资委": "国务院国资委", "国务院国资委": "国务院国资委",
    "海关总署": "海关总署", "税务总局": "国家税务总局", "国家税务总局": "国家税务总局",
    "市场监管总局": "市场监管总局", "国家市场监督管理总局": "市场监管总局", "国家统计局": "国家统计局",
    "国家能源局": "国家能源局", "国家知识产权局": "国家知识产权局", "国家国防科工局": "国家国防科工局",
    "国家外汇管理局": "国家外汇管理局", "国家外汇局": "国家外汇管理局", "国家数据局": "国家数据局",
    "国家林草局": "国家林草局", "国家林业和草原局": "国家林草局", "国家邮政局": "国家邮政局", "国家铁路局": "国家铁路局",
    "中国民航局": "中国民航局", "民航局": "中国民航局", "国家药监局": "国家药监局", "国家医保局": "国家医保局",
    "人民银行": "人民银行", "中国人民银行": "人民银行", "央行": "人民银行",
    "银保监会": "银保监会", "中国银保监会": "银保监会", "中国银行保险监督管理委员会": "银保监会",
    "国家金融监督管理总局": "国家金融监督管理总局", "金融监管总局": "国家金融监督管理总局",
    "证监会": "证监会", "中国证监会": "证监会", "中国证券监督管理委员会": "证监会",
    "国家标准委": "国家标准委", "国家乡村振兴局": "国家乡村振兴局", "国家体育总局": "国家体育总局",
    "国家广电总局": "国家广电总局", "国家中医药局": "国家中医药局", "国家文物局": "国家文物局",
    "国务院台办": "国务院台办", "国务院台湾事务办公室": "国务院台办",
    # ministries of earlier governments, named as such in the documents they signed
    "对外贸易经济合作部": "对外贸易经济合作部", "外经贸部": "对外贸易经济合作部", "国土资源部": "国土资源部",
    "建设部": "建设部", "环境保护部": "环境保护部", "环保部": "环境保护部", "国家环保总局": "国家环保总局",
    "环保总局": "国家环保总局", "农业部": "农业部", "文化部": "文化部", "国家计委": "国家计委", "国家经贸委": "国家经贸委",
    "铁道部": "铁道部", "卫生部": "卫生部", "国家林业局": "国家林业局", "国家旅游局": "国家旅游局",
}

# Suffixes of local and other public bodies, longest first where they overlap.
AGENCY_SUFFIXES: tuple[str, ...] = (
    "领导小组办公室", "领导小组", "人民政府", "委员会", "办公厅", "办公室", "营业管理部", "营管部", "中心支行",
    "监管局", "监管分局", "银保监局", "证监局", "管委会", "工作组", "指挥部", "政府", "海关", "厅", "局", "委", "办",
)
# How a central body's local office is named after the place (国家外汇管理局浙江省分局, 金融监管总局四川监管局).
LOCAL_OFFICE_SUFFIXES: tuple[str, ...] = (
    "监管局", "监管分局", "分局", "营业管理部", "营管部", "中心支行", "分行", "特派办", "办事处",
)

# Words that end like an agency but are not one.
NOT_AGENCY_ENDINGS: tuple[str, ...] = (
    "布局", "格局", "僵局", "大局", "全局", "结局", "开局", "当局", "举办", "创办", "承办", "主办", "督办", "党委",
    "申办", "开办", "兴办", "协办",
    "内部", "全部", "东部", "西部", "南部", "北部", "中部", "干部", "总部", "俱乐部", "外部", "局部",
)

# -------------------------------------------------------------- enterprises
COMPANY_SUFFIXES: tuple[str, ...] = (
    "(集团)股份有限公司", "(集团)有限责任公司", "(集团)有限公司", "集团股份有限公司", "集团有限责任公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团", "公司",
    "专业合作社",  # (剑阁县广兴畜禽养殖专业合作社: a farmers' cooperative borrows as a firm does)
    # (五通村股份经济合作联合社, 三柳村经济合作社, 上兴宏恺粮食种植家庭农场: a village's collective and a family farm too)
    "股份经济合作联合社", "股份经济合作社", "经济合作联合社", "经济合作社", "家庭农场",
    "产业化联合体", "产业联合体",  # (四川绿色荣州果蔬产业联合体: growers' union, a borrower too)
    # (国开基础设施基金, 首钢产业发展基金, 北控水务产业基金: a named fund lends and invests as a firm does)
    *(f"{kind}基金" for kind in ("基础设施投资", "基础设施", "产业发展", "产业投资", "产业", "PPP")),
)
# Head nouns that make a phrase a category of firms, not a firm.
GENERIC_FIRM_HEADS: tuple[str, ...] = (
    "企业", "主体", "客户", "单位", "机构", "团队", "厂商", "商户", "园区", "银行业", "公司", "集团", "银团",
    "农户", "合作社",  # (农户及养殖专业合作社: borrowers of a kind)
    # 央企三级公司, 公司控股子公司: a firm's rank or role in its group (中诚信国际信用评级有限公司 rates, it has no rank)
    *(f"{n}级" for n in "一二三四五"), "股子", "全资子", "级子",
    "上市", "年度",  # 上市公司, 2021年年度公司: a kind of firm, a year
)
# 青海省银行金融机构: words after 银行 that make the phrase the banks of a place, no bank
BANKS_AS_A_KIND: tuple[str, ...] = ("金融机构", "机构")  # (青海省银行金融机构, 聚合银行机构政策)
# Bank names as the press shortens them -> the full name.
BANK_SHORT_FORMS: dict[str, str] = {
    "工行": "中国工商银行", "农行": "中国农业银行", "中行": "中国银行", "建行": "中国建设银行", "交行": "交通银行",
    "国开行": "国家开发银行", "农发行": "中国农业发展银行", "口行": "中国进出口银行", "招行": "招商银行",
    "邮储银行": "中国邮政储蓄银行", "浦发银行": "上海浦东发展银行", "民生银行": "中国民生银行", "光大银行": "中国光大银行",
    # brands written without their 中国/国家 (农业银行江苏省分行 is 中国农业银行江苏省分行)
    "农业银行": "中国农业银行", "建设银行": "中国建设银行", "工商银行": "中国工商银行", "进出口银行": "中国进出口银行",
    "农业发展银行": "中国农业发展银行", "开发银行": "国家开发银行", "邮政储蓄银行": "中国邮政储蓄银行",
}
# Banks a place's name opens, written short (柯城农商行, 重庆农商行: the place's rural commercial bank)
PLACE_BANK_SHORT_FORMS: tuple[str, ...] = ("农商行",)
# Hong Kong and overseas arms of the national banks, named without 银行 (中银香港 leads a Hong Kong dollar syndicate)
OFFSHORE_BANKS: tuple[str, ...] = ("中银香港", "中银澳门", "中银国际", "交银香港", "交银国际", "工银亚洲", "工银国际", "建银亚洲",
                                   "建银国际", "农银国际", "信银国际", "浦银香港", "浦银国际", "招银国际")
# Development banks of several states: 亚洲开发银行 is no 开发银行 of China's (国家开发银行)
MULTILATERAL_BANKS: tuple[str, ...] = ("亚洲开发银行", "金砖国家新开发银行", "新开发银行", "亚洲基础设施投资银行", "世界银行",
                                       "欧洲投资银行", "欧洲复兴开发银行", "国际复兴开发银行")
# Bank names that end a name whatever stands before them (项目推进注入邮储银行 is 邮储银行); a place
# right before one is part of the name (北京农商银行).
BANK_BRANDS: tuple[str, ...] = (
    "中国银行", "工商银行", "农业银行", "建设银行", "交通银行", "邮储银行", "邮政储蓄银行", "招商银行", "浦发银行",
    "浦东发展银行", "中信银行", "民生银行", "光大银行", "华夏银行", "广发银行", "平安银行", "兴业银行", "恒丰银行",
    "浙商银行", "渤海银行", "进出口银行", "开发银行", "农业发展银行", "农商银行", "农村商业银行",
    "农村合作银行", "村镇银行", "星展银行", "汇丰银行", "渣打银行", *MULTILATERAL_BANKS,
)
# Sectors so broad that a loose cue (产业, 领域 after a list) says nothing about what a place develops:
# 基础设施、社会民生等领域 is where loans go, 工业和服务业 how an economy is counted
BROAD_SECTORS: tuple[str, ...] = ("服务业", "制造业", "工业", "基础设施", "房地产", "社会民生", "高端产业")
# Rural credit cooperatives lend as banks do (四川荣县农村信用联社, 市农村信用合作联社)
CREDIT_COOPERATIVES: tuple[str, ...] = ("农村信用合作联社", "农村信用联社", "信用合作联社", "信用联社", "农村信用合作社",
                                       "农村信用社", "信用合作社", "农信社")
# Brands of local banks, named after their county (龙海农商银行)
LOCAL_BANK_BRANDS: tuple[str, ...] = ("农商银行", "农村商业银行", "农村合作银行", "村镇银行")
# Words that make "X公司" a kind of firm rather than a firm (上市公司, 民营企业集团).
GENERIC_FIRM_MODIFIERS: tuple[str, ...] = (
    "上市", "国有", "民营", "外资", "合资", "中小", "小微", "龙头", "骨干", "重点", "科技型", "相关", "有关", "各类",
    "规上", "平台", "控股", "投资", "建筑", "物流", "保险", "证券", "金融", "贸易", "运营", "咨询", "服务",
    "下属", "旗下", "所属", "整个", "国内", "境内", "境外", "海内外",  # (国内金融租赁公司: firms of a kind, where)
)
# Ranks a page gives the firms it lists, between their sector and 企业 (一批生物医药龙头企业, 等国内快递领军企业)
FIRM_RANKS: tuple[str, ...] = ("明星", "龙头", "骨干", "重点", "优质", "知名", "领军", "头部")
# Organisations that are not firms (a slot such as 与X签署 also takes universities and hospitals), nor sectors
# (用于支持福清市优势产业)
NOT_FIRM_ENDINGS: tuple[str, ...] = ("大学", "学院", "研究院", "研究所", "医院", "协会", "学校", "政府", "行署", "中心", "产业", "行业")
# 加大融资支持力度, 为供应商提供融资: words of measure, role or place that take a borrower's place and name no firm
# (not every common word: 苹果 and 网易 are firms)
NOT_FIRM_WORDS: frozenset[str] = frozenset({
    "力度", "额度", "规模", "机制", "政策", "方面", "地区", "全国", "景区", "体系", "供应商", "借款人", "居民", "大户", "成员国",
    "最大", "唯一", "高质量", "当地",
})
# Central-bank offices are agencies, not lenders.
CENTRAL_BANK = ("中国人民银行", "人民银行")

# ---------------------------------------------------------------- industries
INDUSTRIES: tuple[str, ...] = (
    "集成电路", "新型显示", "智能终端", "软件及信息服务", "软件和信息服务", "软件和信息技术服务", "网络安全",
    "信息安全", "数字文创", "数字创意", "智能建造", "5G", "物联网", "工业互联网", "车联网", "大数据", "云计算",
    "人工智能", "区块链", "智能超算", "超算", "量子信息", "量子计算", "虚拟现实", "增强现实", "元宇宙",
    "智能网联汽车", "新能源汽车", "汽车摩托车", "汽车", "智能装备", "高端装备", "仪器仪表", "机器人",
    "工业机器人", "电子制造业", "电子信息", "电子制造", "半导体", "芯片", "传感器", "北斗", "卫星互联网",
    "医药产业", "生物医药", "医疗器械", "生物技术", "新材料", "新能源", "光伏", "储能", "氢能", "风电",
    "节能环保", "航空航天", "海洋经济", "现代农业", "数字农业", "跨境电商", "电子商务", "金融科技",
    "现代物流", "冷链物流", "文化旅游", "智能制造", "先进制造业", "数据中心", "消费电子",
    "智能家居", "可穿戴设备", "无人机", "轨道交通装备", "船舶", "石油化工", "钢铁", "有色金属",
    "纺织服装", "食品加工", "数字经济", "数字产业", "制造业", "建筑业", "服务业", "旅游业", "外贸",
    "水力发电", "生态环保", "在线服务", "工程机械", "新一代信息技术", "高端装备制造", "现代服务业", "数字创意",
    "绿色低碳", "装备制造", "先进材料", "生命健康", "智能网联", "低空经济", "商业航天", "新型储能",
    "航运服务", "融资租赁", "数字贸易", "服务贸易", "水利", "智能算力", "跨境物流", "汽车及零部件", "汽车零部件", "移动物联网",
    # common sector names of the genre
    "智能汽车", "民用航空", "航空装备", "航海装备", "光伏材料", "半导体材料", "新能源材料", "电子信息制造业",
    "软件和信息技术服务业", "生物科技", "商贸物流", "文化创意", "绿色能源", "汽车制造", "高端制造业",
    "医药健康", "健康养生", "风力发电", "畜牧业", "精细化工", "智慧物流", "现代旅游", "循环经济", "生态经济",
)
# Sectors of the lexicon whose words are so common outside talk of sectors (汽车站, 水利设施, 外贸出口, 芯片项目) that
# alone they name one only when called one (芯片产业) or listed with others (汽车、电子信息)
LOOSE_SECTORS: frozenset[str] = frozenset({"芯片", "船舶", "生态环保", "绿色低碳", "汽车", "外贸", "5G", "水利", "服务业",
                                           "数据中心", "机器人", "智慧物流"})
# Last words that make an unknown phrase in a list of sectors a sector too (柔性电子, 总部经济, 清洁能源装备).
INDUSTRY_HEADS: tuple[str, ...] = (
    "经济", "金融", "物流", "制造", "装备", "材料", "能源", "医药", "电子", "信息技术", "汽车", "芯片", "器件",
    "通信", "育种", "导航", "视觉", "软件", "外包", "电商", "健康", "农业", "工业", "化工", "纺织", "食品", "文旅",
    "康养", "航运", "种业", "渔业", "林业", "畜牧业", "矿业", "能源装备", "传感器", "机器人", "医疗器械", "新材料", "产业", "制造业", "服务业",
    "加工", "贸易", "租赁", "商贸", "地产", "旅游", "快递",
)
# Kinds of work that, written right after a sector, make one sector with it (风电装备制造, 光伏设备制造); not a
# second sector (新能源新材料, 风电光伏: two sectors side by side)
SECTOR_WORK_KINDS: tuple[str, ...] = ("装备制造", "装备制造业", "设备制造", "装备", "制造", "制造业", "加工", "设备")
# Qualities and settings of industries in general (高端产业, 全力保障绿色产业, 乡村产业, 劳动密集型产业): a name
# before 产业 that ends with one names no field (none was a gold sector on the real pages where they were read)
INDUSTRY_QUALITIES: tuple[str, ...] = (
    "高端", "绿色", "优质", "生态", "农村", "乡村", "沿海", "跨境", "战略", "战略新兴", "高精尖", "高技术", "高科技",
    "丰富", "部分", "规划", "创新型", "密集型",
)
# Modifiers that before 产业 name no sector of their own.
NOT_INDUSTRY: tuple[str, ...] = (
    "新兴", "相关", "核心", "主导", "支柱", "传统", "优势", "特色", "重点", "战略性新兴", "未来", "全",
    "智能", "数字", "各类", "国家级", "首府", "周边", "多家", "现有", "省级", "市级", "高新技术", "新型", "现代化", "上下游", "本地", "地方", "现代", "实体", "龙头", "关联", "配套", "这些", "其他",
    "重大", "唯一", "有力", "最佳", "最具", "一般性", "大规模", "专业", "谋划", "中国", "高质量", "民生",
    "科技", "工业", *INDUSTRY_QUALITIES,
)
# A work told by its rank among others (广东首个平价海上风电场项目, 黑龙江省最大一笔利用外资项目, 石化产业关键节点项目):
# a description of a work named elsewhere, not its name (首批 and 百大 count programmes, which are named so)
RANKS_OF_A_WORK: tuple[str, ...] = ("首个", "首座", "首条", "首笔", "首单", "首家", "唯一", "最大", "标杆", "关键节点")
NOT_SECTOR_WORDS: tuple[str, ...] = (
    "承接", "制约", "矛盾", "具有", "总结", "推广", "赋能", "增强", "构筑", "形成", "带动", "引领", "支撑", "世界级",
    "前沿", "基础", "三大", "十大", "四大", "五大", "十个", "富民", "以", "结构", "安全可靠", "高新技术", "主导",
    "调优", "优化", "调整", "标准", "绘制",
    "储备", "复工",  # 储备产业项目, 开复工产业项目: projects' stage, no sector
    *RANKS_OF_A_WORK,  # (首个新加坡实体产业项目)
)
# Words that say a list's items were chosen (A、B4家农业产业园成功入选).
CHOSEN_VERBS: tuple[str, ...] = ("入选", "入围", "上榜", "榜上有名")
# Words that join the items of a series (A、B和C, 生产服务以及工业设备).
SERIES_JOINERS: tuple[str, ...] = ("、", "和", "及", "与", "以及")
# Words that no sector's name holds, whichever rule read it: verbs of a clause (注重生物医药, 抓经济必须抓产业),
# a title's batch (第十批国家新型工业化…示范基地) and a life cycle (全生命周期产业支撑体系).
NOT_IN_A_SECTOR: tuple[str, ...] = (
    "必须", "瞄准", "挖掘", "浇灌", "拜访", "坚定不移", "注重", "全生命周期", "新型工业化",
    "多家", "台资", "外资", "港资",  # 等多家台资企业: how many firms and whose capital, not what they make
)
# Words that open a phrase before 产业 without being part of the sector (全省人工智能产业, 西部人工智能产业高地).
SECTOR_LEADS: tuple[str, ...] = (
    "年", "全省", "全市", "全区", "全国", "我省", "我市", "本省", "本市", "国内", "全球", "西部", "东部", "中部",
    "区域", "地区", "省", "市", "全疆", "县域", "北区", "南区",
    # verbs that govern the sector (宜宾抢占储能产业, 致力于提高现代农业)
    "抢占", "助推", "顺应", "致力于", "提高", "加速", "从事", "抢抓", "聚力", "深耕", "赋能", "做精", "通过", "参会",
    "紧盯", "结合", "承担", "激活", "融入",
    "首单", "两家", "个子", "板块", "一二三", "滇中",
    # (为园区生物医药产业集群, 当地马铃薯产业, 围绕核心深海产业, 重点投资新一代信息技术: where, how much, which)
    "园区", "当地", "本地", "兵团", "核心", "重大", "投资", "分区", "全县", "我县", "我区", "该县", "该市", "该区",
    # (该行高速公路行业贷款: the bank's lending to a sector)
    "该行", "我行", "本行",
)
# Modifiers trimmed off the end of an industry name before 产业 (人工智能核心产业 -> 人工智能).
INDUSTRY_TRAILING_MODIFIERS: tuple[str, ...] = ("核心", "相关", "关联", "配套", "基础", "主导", "特色", "优势")

# ------------------------------------------------------------------- plans
# Title endings and the kind they give, longest first.
PLAN_KINDS: tuple[tuple[str, str], ...] = (
    ("行动计划", "行动计划"), ("实施方案", "实施方案"), ("工作方案", "方案"), ("方案", "方案"),
    ("实施意见", "意见"), ("指导意见", "意见"), ("意见", "意见"), ("的函", "函"), ("函", "函"),
    ("规划", "规划"), ("通知", "通知"), ("计划", "计划"), ("办法", "办法"), ("条例", "条例"),
    ("决定", "决定"), ("纲要", "纲要"), ("细则", "细则"), ("规定", "规定"), ("批复", "批复"),
    ("措施", "措施"), ("请示", "请示"), ("协议", "协议"), ("备忘录", "协议"), ("政策", "政策"), ("指南", "指南"), ("指引", "指引"), ("要点", "要点"),
    ("清单", "清单"), ("目录", "目录"), ("名单", "名单"), ("公示", "公示"), ("公告", "公告"),
)

# 现代农业产业园, 高新技术产业园区: kinds of park that a programme names, not a park's name or the sector a park
# was named for
PROGRAMME_PARKS: tuple[str, ...] = ("现代农业", "国家现代农业", "高新技术", "农业科技", "特色", "人力资源服务", "国家级人力资源服务")

# ------------------------------------------------------------------- zones
# Countries where Chinese firms build the zones, parks and works the genre reports abroad (中国·印尼经贸合作区 in
# 印度尼西亚; 辽沈工业园 in 乌干达): zones of their own kind. Richer economies (德国, 日本, 新加坡…) are left out: there the
# pages name the home of an investor or a partner far more often than a place of works (of the 59 mentions they
# would add in the real pages, 56 are not in the gold); 蒙古国 only in full, 内蒙古 being a province.
COUNTRIES: tuple[str, ...] = (
    "印度尼西亚", "印尼", "俄罗斯", "埃及", "越南", "墨西哥", "泰国", "赞比亚", "乌干达", "莫桑比克", "阿联酋", "柬埔寨", "老挝",
    "缅甸", "马来西亚", "菲律宾", "巴基斯坦", "哈萨克斯坦", "乌兹别克斯坦", "埃塞俄比亚", "尼日利亚", "肯尼亚", "坦桑尼亚",
    "南非", "阿尔及利亚", "白俄罗斯", "匈牙利", "塞尔维亚", "巴西", "阿根廷", "智利", "秘鲁", "沙特阿拉伯", "土耳其", "孟加拉国",
    "斯里兰卡", "尼泊尔", "蒙古国", "吉尔吉斯斯坦", "塔吉克斯坦", "格鲁吉亚", "波兰", "捷克", "希腊", "葡萄牙", "卡塔尔",
    "科威特", "阿曼", "安哥拉", "加纳", "吉布提", "卢旺达", "马达加斯加", "苏丹", "突尼斯", "摩洛哥", "文莱", "乌克兰",
    "罗马尼亚", "保加利亚", "厄瓜多尔", "委内瑞拉", "哥伦比亚", "斐济", "巴布亚新几内亚",
)

# Zone name endings and their kind, longest first.
ZONE_KINDS: tuple[tuple[str, str], ...] = (
    ("自由贸易试验区", "pilot_zone"), ("综合改革试验区", "pilot_zone"), ("试验区", "pilot_zone"),
    ("示范区", "pilot_zone"), ("先行区", "pilot_zone"), ("先导区", "pilot_zone"), ("实验区", "pilot_zone"),
    ("合作区", "pilot_zone"),
    ("高新技术产业开发区", "development_zone"), ("高新技术产业园区", "development_zone"), ("高新技术开发区", "development_zone"),
    ("经济技术开发区", "development_zone"), ("经济开发区", "development_zone"),
    ("集中发展区", "development_zone"), ("工业集中区", "development_zone"), ("化工集中区", "development_zone"), ("台商投资区", "development_zone"),
    ("高新区", "development_zone"), ("经开区", "development_zone"), ("开发区", "development_zone"),
    ("综合保税区", "development_zone"), ("出口加工区", "development_zone"), ("保税区", "development_zone"), ("自贸区", "pilot_zone"),
    ("工业园区", "development_zone"), ("产业园区", "development_zone"), ("化工园区", "development_zone"),
    ("化工产业区", "development_zone"), ("化工园", "development_zone"), ("工业园", "development_zone"),
    ("农高区", "development_zone"), ("旅游度假区", "development_zone"),
    # (国家湿地公园 alone is a kind; 黄河故道国家湿地公园 a name)
    ("国家湿地公园", "protected_area"), ("湿地公园", "protected_area"), ("国家森林公园", "protected_area"),
    ("森林公园", "protected_area"), ("国家地质公园", "protected_area"), ("地质公园", "protected_area"),
    ("国家公园", "protected_area"), ("国家级自然保护区", "protected_area"), ("自然保护区", "protected_area"),
    ("国家级风景名胜区", "protected_area"), ("风景名胜区", "protected_area"),
    ("国家沙化土地封禁保护区", "protected_area"), ("沙化土地封禁保护区", "protected_area"),
    ("工业区", "development_zone"), ("产业园", "development_zone"), ("新片区", "pilot_zone"), ("片区", "pilot_zone"),
    ("科学城", "development_zone"), ("科技城", "development_zone"), ("航天城", "development_zone"),
    ("科创城", "development_zone"), ("新城", "development_zone"), ("集聚区", "development_zone"),
    ("聚集区", "development_zone"), ("商务区", "development_zone"), ("综保区", "development_zone"),
    ("保税港区", "development_zone"), ("软件园", "development_zone"), ("科技创新园", "development_zone"),
    # (国家大学科技园, 产业科技园 alone are kinds of park; 山东大学国家大学科技园 a name)
    ("国家大学科技园", "development_zone"), ("大学科技园", "development_zone"), ("产业科技园", "development_zone"),
    ("科技园", "development_zone"), ("金融区", "development_zone"), ("园区", "development_zone"),
    ("新区", "new_area"), ("大湾区", "region"), ("城镇群", "region"), ("城市群", "region"), ("经济圈", "region"), ("都市圈", "region"),
    ("经济带", "region"), ("经济区", "region"), ("自治区", "province"), ("特别行政区", "province"),
    ("省", "province"), ("市", "city"), ("县", "county"), ("区", "district"), ("镇", "town"), ("乡", "town"), ("街道", "town"),
)
# Kinds of base a ministry recognises (盐城射阳无损探伤设备特色产业基地, 通海县国家外贸转型升级基地): zones
RECOGNISED_BASE_KINDS: tuple[str, ...] = ("特色产业基地", "外贸转型升级基地", "产业化基地")
# Ports and the areas customs supervise (重庆铁路口岸, 福州港江阴港区, 福清松下港口岸牛头湾作业区,
# 重庆江北国际机场进境肉类指定监管场地): zones of their own kind
PORT_KINDS: tuple[str, ...] = ("口岸", "港区", "作业区", "指定监管场地")
# 兰州陆港型国家物流枢纽: the kind of zone the national list of logistics hubs names
LOGISTICS_HUB = "物流枢纽"
# Kinds of cluster a government recognises (临清市纺织特色产业集群, 太和县筛网特色产业集群(基地)): zones when named
# after their place
CLUSTER_KINDS: tuple[str, ...] = ("特色产业集群(基地)", "特色产业集群", "产业集群(基地)", "产业集群")
# 惠山-贾汪工业园, 江阴—靖江工业园区: the dashes that join the two places that build a park together
PLACE_DASHES = "-—–"
# Phrases ending in a zone suffix that name no place.
NOT_ZONES: tuple[str, ...] = (
    "城市", "全市", "我市", "本市", "该市", "各市", "上市", "超市", "股市", "单列市", "集中区", "城区", "园区", "社区", "山区", "库区",
    "景区", "片区", "辖区", "市区", "郊区", "林区", "矿区", "牧区", "灾区", "老区", "苏区", "特区", "湾区", "港区",
    "厂区", "院区", "展区", "分区", "学区", "保护区", "风景区", "服务区", "功能区", "该县", "城乡", "新区", "区县", "县区", "试验区", "示范区", "核心区", "体验区", "功能区",
    "展示区", "集聚区", "先行区", "开发区", "高新区", "经开区", "地区", "小区", "街区", "校区", "营区", "专区",
    "该区", "全区", "我区", "本区", "全县", "我县", "本县", "各区", "各县", "全省", "我省", "本省", "各省", "市县",
    "先导区", "实验区", "合作区", "建成区", "主战区", "战区", "城区", "主城区", "强镇", "小镇", "乡镇", "城镇",
    "引领区", "承载区", "控制区", "联动区", "涵养区", "聚集区", "集聚区", "加工区", "商务区", "辐射区", "拓展区",
    "行政区", "新城区", "棚户区", "强县", "强市", "贫困区", "居住区", "住宅区", "示范县", "监管区", "围网区", "枢纽区", "生态区", "经济区", "强区", "两区", "三区",
    "重镇", "名镇", "产业集聚区", "产业聚集区", "新兴产业集聚区", "中央商务区", "金融商务区", "国际航天城", "金融科技城",
    "科技城", "科创城", "产业新城", "科技园区", "农业科技园区", "国家农业科技园区",
    # (扩区调区, 企业巨头入区, 农业大市, 工业兴县, 小型灌区, 生态旅游区, 世界级湖区, 你市, 有地级市: acts, ranks and kinds,
    # no places)
    "扩区", "调区", "入区", "大市", "大县", "兴县", "兴市", "灌区", "旅游区", "农业区", "湖区", "你市", "地级市", "试点区",
    # (设区市, 贫困县, 试点县, 生态立市, 科技兴区, 煤炭产区, 边民互市, 旗县市: kinds of places and mottos, none a place
    # of the real pages where they were read)
    "设区市", "贫困县", "试点县", "试点市", "试点镇", "边境县", "交通区", "配套区", "节点区", "样板区", "办公区", "规划区",
    "立区", "立市", "立县", "兴区", "领航区", "产区", "互市", "旗县", "县市",
    "族乡", "城区街道",  # (…竹土羊畲族乡 cut short; a city's streets)
    "整县", "整市",  # (首笔整县分布式光伏项目: a whole county's works)
)
# Prefectures' short names that are everyday words too (新年安康, 真金白银, 阿里巴巴): alone they name no place.
PREFECTURES_THAT_ARE_WORDS: tuple[str, ...] = ("安康", "白银", "阿里")
# Common words that, before 新区 or 高新区, end a phrase rather than name a zone (经济创新区).
NOT_ZONE_HEADS: tuple[str, ...] = (
    "创新", "发展", "建设", "开发", "改革", "生态", "城市", "产业", "科技", "经济", "综合", "特色", "示范", "现代",
    "国家", "全国", "各类", "重点", "打造", "加快", "推进", "成为", "制造", "造业", "两区", "三区",
)
NOT_ZONE_STARTS: tuple[str, ...] = ("有关", "相关", "其他", "其余", "重点", "各个", "所有", "部分", "周边", "中心",
                                     "至", "辖")  # (X至茶店镇公路, 辖内四区: a road's end, a city's districts)
# How an article refers to its own city or province.
SELF_REFERENCES: dict[str, str] = {
    "我市": "city", "全市": "city", "本市": "city", "我省": "province", "全省": "province", "本省": "province",
    "我区": "district", "全区": "district", "本区": "district",
}

# Words that tie a division to the prefecture or province holding it: after the holder (德州市下属的庆云县), and
# after the division held (梁山县是济宁市唯一的沿黄县, 仁寿县,隶属于四川省眉山市).
HOLDER_WORDS: tuple[str, ...] = ("下属", "下辖", "所辖", "辖区内")  # (each may take 的)
HELD_BY_WORDS: tuple[str, ...] = ("隶属于", "隶属", "属于", "是")

# "一核两翼多点"-style layout roles -> the PART_OF role.
LAYOUT_ROLES: dict[str, str] = {
    "一核": "核心区", "一体": "核心区", "一主": "核心区", "一极": "核心区", "核心区": "核心区",
    "两翼": "侧翼", "双翼": "侧翼", "侧翼": "侧翼", "两大侧翼": "侧翼",
    "多点": "支撑节点", "支撑节点": "支撑节点", "重要支撑节点": "支撑节点", "节点": "支撑节点",
    "多极": "支撑节点", "多园": "支撑节点", "一带": "核心区", "一圈": "核心区",
    "联动区": "联动区", "辐射区": "辐射区", "拓展区": "拓展区", "协同区": "协同区", "发展区": "发展区",
}

# -------------------------------------------------------------- financing
# 全面掀起新一轮项目建设热潮, 紧盯成熟项目, 协调解决项目建设中的问题: what is done to works ends before a work's name
WORKS_HANDLING_VERBS: tuple[str, ...] = ("完成", "进行", "解决", "跟着", "掀起", "跑出", "紧盯", "盯紧", "摸排", "落实", "协调",
                                         "跟踪", "对接", "洽谈", "推荐", "承接", "介入", "参与")
# A programme counted after its kind (集中签约项目12个, 计划开工项目406个, 区级重点项目108个): the words
# that may open the kind, what is done with the works, and the ranks or kinds the works have.
COUNTED_WORKS_LEADS: tuple[str, ...] = ("集中", "现场", "计划", "拟", "新增", "新", "春季")
COUNTED_WORKS_ACTS: tuple[str, ...] = ("签约", "开工", "开复工", "新开工", "启动", "谋划")
COUNTED_WORKS_RANKS: tuple[str, ...] = ("重点", "重大", "区级", "省级", "市级", "亿元以上", "亿元", "首批", "储备",
                                        "招商引资", "外资", "产业化", "合同")
LOAN_HEADS: tuple[str, ...] = ("贷款", "信贷", "保函", "授信", "融资", "资金", "银团")
# Instrument names, longest first (the rest of a loan phrase is purpose, not instrument).
INSTRUMENTS: tuple[str, ...] = (
    "流动资金类贷款", "流动资金贷款", "出口卖方信贷", "出口买方信贷", "进口信贷", "融资性保函", "非融资性保函",
    "中长期贷款", "短期贷款", "项目贷款", "并购贷款", "银团贷款", "专项贷款", "转贷款", "信用贷款", "抵押贷款",
    "固定资产贷款", "基础设施贷款", "技术改造贷款", "科技贷款", "绿色贷款", "普惠贷款", "外汇贷款", "政策性贷款",
    "贸易融资", "供应链融资", "授信", "信贷", "保函", "贷款",
)

# ------------------------------------------------------------ frame triggers
# The words that open a relation frame (frames.py); each list is the one place its words live.
LENDING_TRIGGERS: tuple[str, ...] = (
    "贷款", "授信", "信贷", "融资", "保函", "放款", "投放", "承销", "债券", "资金支持", "金融支持", "资本金", "银团",
    "票据", "贴现", "信用证", "承贷", "提款", "发债", "投贷", "专项资金", "累放",
    # a lessor finances what it buys from its lessee and leases back (售后回租, 返租予承租人)
    "租回", "回租", "返租",
)
# …负责人,从B拿到了1000万元贷款; 该公司…,得到B800万元贷款: a clause that opens with receiving has the sentence's subject
RECEIVING_OPENINGS: tuple[str, ...] = ("从", "得到", "获得", "拿到", "取得", "获")
# 项目动工仪式在黄圃镇举行, 项目在永定县签约: what is done where a work's ceremony is held
CEREMONY_VERBS: tuple[str, ...] = ("举行", "隆重举行", "举办", "开工", "签约", "奠基", "动工", "开园", "揭牌")
# 政和县被福建省林业局列为…项目县: the words by which a body designates a place (after 被)
DESIGNATION_WORDS: tuple[str, ...] = ("列为", "确定为", "认定为", "评为", "命名为", "批准为", "授予")
# 生态环境部…公布…名单,A、B…获评…称号: the words by which places are said to be on a body's list
LISTED_AS_WORDS: tuple[str, ...] = ("获评", "入选", "入围", "荣获")
# 辛集国家农业科技园区,2015年经科技部批准建设: a clause opening so tells what was done to the clause before's subject
PASSIVE_OPENINGS: tuple[str, ...] = ("经", "由", "是", "系", "先后经", "已经")
# 先后支持A、B等项目 in a bank's news: works the bank financed
BANK_SUPPORT_WORDS: tuple[str, ...] = ("先后支持", "累计支持", "陆续支持", "相继支持", "已支持", "支持了")
# 衡水工行支持的邯港高速公路衡水段项目: works a bank supports, named as such
SUPPORTED_BY_WORDS: tuple[str, ...] = ("支持的", "贷款支持的", "融资支持的")
# (and the words of forming one: 由A、B等6家银行组成银团, A、B和C筹组银团)
SYNDICATE_ROLES: tuple[str, ...] = ("牵头行", "副牵头行", "联合牵头", "牵头", "主办行", "协办行", "安排行", "簿记行", "参贷行", "参与行", "代理行", "银团成员", "组成银团",
                                    "组建银团", "筹组银团", "参团银行", "参团", "联席主承销商", "主承销商")
APPROVAL_TRIGGERS: tuple[str, ...] = ("批复", "批准", "同意设立", "整合设立", "获批", "复函", "认定为", "认定", "升级为", "正式获批",
                                      "同意认定", "同意", "审批通过")
# 省体育局发布了第三批…名单: the verbs that publish a list by its name
LIST_PUBLISHING_VERBS: tuple[str, ...] = ("公布", "发布", "印发", "下发", "公示", "确定", "下达")
# 省商务厅会同省工信厅印发通知,公布13家省级消费品特色园区名单: what an agency does to the zones a page then lists
LIST_ANNOUNCING_VERBS: tuple[str, ...] = ("公布", "认定", "命名", "评定", "公示", "确定", "批准", "批复", "同意")
# 批复同意在南昌县、鹰潭市设立省级产业园,分别定名为A、B: the names an approval gives
NAMING_WORDS: tuple[str, ...] = ("定名为", "命名为", "名称为")
# 某公司…主要从事新能源、新材料等领域的研发: the firm's sectors
ENGAGED_IN_WORDS: tuple[str, ...] = ("主要从事", "从事", "专注于", "致力于")
SIGNING_WORDS: tuple[str, ...] = ("签订", "签署", "签约", "共同签署")
# 中国二冶集团与建设银行内蒙古分行签署战略合作协议: the agreement words that make a firm a bank's client
# (A、B等6家企业,分别与C银行眉山分行…签约: firms and banks signing at a financing meeting; the signing verb
# counts too, as the agreement it signs is a Plan of its own)
BANK_AGREEMENT_WORDS: tuple[str, ...] = (*SIGNING_WORDS, "合作协议", "合作框架协议", "战略协议", "银企协议")
ISSUING_VERBS: tuple[str, ...] = ("印发", "发布", "出台", "制定", "编制", "下发", "颁布", "联合印发", "发出", "公布")
# 同意庆阳市依托…设立甘肃省庆城高新技术产业开发区; 开发区…设立地点在邛崃市
SETTING_UP_WORDS: tuple[str, ...] = ("依托",)
SITE_WORDS: tuple[str, ...] = ("设立地点在", "设立地点为", "选址在", "选址于")
# 肇东市引进X公司投资20亿元建设Y项目: what a place brings in is built there
BRINGING_IN_WORDS: tuple[str, ...] = ("引进", "招引", "引入")
# 中医药健康产业园…已入驻华夏药材、润弘本草等企业20家; 目前区内拥有雪鸟实业…等企业32家: the firms a park holds
HOLDING_FIRMS_WORDS: tuple[str, ...] = ("已入驻", "入驻了", "区内拥有", "园内拥有", "入驻企业包括")
# 西咸新区是关中—天水经济区的核心区域; 济青高速铁路是…通道的重要构成部分: the subject is part of the whole
WHOLE_PART_WORDS: tuple[str, ...] = ("核心区域", "组成部分", "构成部分")
# 将轻纺经济区、北塘经济区划归天津经济技术开发区, 岗李乡、大马乡的行政区划正式划入新郑市管辖: areas handed to a
# zone or a place become its parts
TRANSFER_WORDS: tuple[str, ...] = ("划归", "划入", "并入", "整体划转至", "划转至", "划转给")
# 云桂铁路云南段项目…列入我国《中长期铁路网规划》: works a plan lists are part of it
LISTED_IN_WORDS: tuple[str, ...] = ("列入", "纳入")
# 以A、B为基础设立…: the zones a new one is set up on, not the ones approved
BASE_WORDS: tuple[str, ...] = ("为基础", "为依托", "为主体")
# 青海西宁城市交通项目,贷款金额1.2亿美元: a work's loan stated after it (the article's lender lends it)
LOAN_SUM_OF_WORKS: tuple[str, ...] = ("贷款金额", "贷款额度", "贷款规模")
# 江苏省安佑生物科技有限公司计划在长德开发区建设生物配合饲料生产项目: the work is built in the place named before
BUILT_IN_WORDS: tuple[str, ...] = ("建设", "新建", "兴建", "投资建设")
# Words between a subject and its verb (A与B今天签署…, 省发改委近日印发…): when and how, never a name's end
WORDS_BEFORE_A_VERB: tuple[str, ...] = ("联合", "正式", "近日", "日前", "先后", "共同", "已", "随即", "随后", "同步", "近期",
                                        "也", "还", "今天", "昨天", "今日", "昨日", "当天", "当日", "成功", "顺利")
LOCATION_TRIGGERS: tuple[str, ...] = ("位于", "落户", "坐落于", "坐落在", "地处", "落地", "入驻", "选址", "扎根", "建在")
# 签约项目包括A、B: what a list of works or firms includes is no part of a zone
NOT_COMPOSED_HEADS: tuple[str, ...] = ("项目", "企业", "产业", "领域", "行业", "内容", "活动")
COMPOSITION_TRIGGERS: tuple[str, ...] = ("规划范围包括", "范围包括", "包括", "包含", "涵盖", "下辖", "辖", "分为")
# 你省《关于…的请示》收悉, 《关于…的请示》(宿政〔2023〕25号)悉: the reply names the request
REQUEST_RECEIVED: tuple[str, ...] = ("收悉", "悉")
FOCUS_TRIGGERS: tuple[str, ...] = (
    "重点发展", "主导产业", "首位产业", "支柱产业", "特色产业", "优势产业", "重点产业", "着力发展", "大力发展",
)
FOCUS_VERBS: tuple[str, ...] = (
    "推动", "发展", "打造", "培育", "聚焦", "集聚", "布局", "壮大", "引进", "做强", "做大", "主攻", "围绕", "重点", "培强",
)
# Verbs that open a list of sectors besides the verbs of focus (涵盖A、B等领域).
LIST_VERBS: tuple[str, ...] = ("涵盖", "涉及", "包括", "聚力", "增加", "打造成", "建设成", "建成", "一是", "二是", "三是")
SETTLING_VERBS: tuple[str, ...] = ("引进", "落户", "入驻", "进驻", "签约", "集聚", "聚集", "落地", "投产", "开工")
# 长城汽车股份有限公司总裁王凤英…出席了签约仪式: firms whose people attend an event, not firms that settle
ATTENDING_VERBS: tuple[str, ...] = ("出席", "参加", "见证", "发言")
SUBSIDIARY_WORDS: tuple[str, ...] = ("全资子公司", "控股子公司", "下属子公司", "子公司", "下属企业", "旗下企业", "旗下", "所属", "下属")
# X是Y全资子公司: the firm a clause opens is a subsidiary of the one named before the word
SUBSIDIARY_OF_WORDS: tuple[str, ...] = ("全资子公司", "控股子公司", "的子公司")
# 形成以A为基础、B为支撑的“2+1”现代产业格局, 形成A、B“5+2”产业链: the sectors a place's industry is said to be made of
SECTOR_STRUCTURES: tuple[str, ...] = ("产业格局", "产业体系", "产业布局", "产业链")
AS_LEADING_SECTORS: tuple[str, ...] = (
    "为主导产业", "为首位产业", "为支柱产业", "为特色产业", "为重点产业", "为主攻方向", "为主导", "为重点", "等为主",
)
LEADING_WORDS: tuple[str, ...] = ("组织领导", "加强领导", "统筹指导", "指导、协调", "协调指导", "统筹协调",
                                  # 要加强对开发区扩区工作的领导; 做好对古县经济技术开发区的指导、管理和服务
                                  # (not 在…的指导下, 在党的领导下)
                                  "工作的领导", "建设的领导", "发展的领导", "的指导、", "的指导和",
                                  # 咸阳市政府要指导咸阳经济技术开发区…; 省商务厅要…加强指导和服务
                                  "要指导", "加强指导")
LISTED_AS_LEADING: tuple[str, ...] = ("等主导产业", "等支柱产业", "等特色产业", "等优势产业", "等重点产业", "等首位产业")
