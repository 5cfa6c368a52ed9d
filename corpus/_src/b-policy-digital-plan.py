"""Gold for corpus/b-policy-digital-plan.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W, WY = 1e8, 1e4, 1e12
g = bk.B("b-policy-digital-plan", "2022-01-18", year=2025)
P14 = (2021, 2025, "“十四五”期间")
P14b = (2021, 2025, "“十四五”时期")
P13 = (2016, 2020, "“十三五”期间")
CORE = "数字经济核心产业"
T = "target"

# --- headline
g.nf("十四五", "plan name")
g.nf("2025年", "bare year (到2025年, time)")
g.f("5000亿元", "value", "数字经济核心产业增加值", 5000, "元", Y, core=CORE, bound="moreThan", mod=T,
    note="headline: 力争到2025年…突破")
# --- intro
g.nf("十四五", "plan name (in a document title)")
g.dur("五年", 5, note="未来五年: duration")
# --- main targets
g.nf("2025年", "bare year (到2025年, time)")
g.f("5000亿元", "value", "数字经济核心产业增加值", 5000, "元", Y, core=CORE, bound="moreThan", mod=T,
    note="力争突\\n破: bound cue broken by a layout line break")
g.f("10%", "share", "占地区生产总值比重", 10, "%", core=["地区生产总值比重", CORE], bound="atLeast", mod=T)
g.f("2.6万亿元", "value", "数字经济规模", 2.6, "元", WY, core="数字经济规模", bound="approximate", mod=T)
g.nf("十四五", "plan name")
g.f("12%", "change", "数字经济规模", 12, "%", core="数字经济规模", year=None, period=P14,
    bound="approximate", mod=T, note="年均增\\n长 over the plan period")
g.nf("5G", "technology name")
g.f("8万个", "value", "5G基站", 8, "个", W, core="基站", year=None, period=P14, mod=T, note="计划累计新建")
g.nf("5G", "technology name")
g.f("100%", "value", "行政村5G网络通达率", 100, "%", core="通达率", year=None, period=P14, mod=T)
g.nf("千兆", "class name (gigabit broadband)")
g.f("600万户", "value", "千兆宽带用户数", 600, "户", W, core="宽带用户", year=None, period=P14, mod=T)
g.f("30万架", "value", "在用数据中心标准机架数", 30, "架", W, core="机架", year=None, period=P14,
    bound="moreThan", mod=T)
# --- yearly plan and cities
g.nf("5G", "technology name")
g.f("2万个", "value", "5G基站", 2, "个", W, core="基站", year=2022, bound="atLeast", mod=T,
    note="今年 -> 2022; 将新建…以上")
g.f("1.5万家", "value", "上云企业", 1.5, "家", W, core="上云企业", year=2022, mod=T, note="新增")
g.nf("2025年", "bare year")
g.f("1800亿元", "value", "江城数字经济核心产业增加值", 1800, "元", Y, core=[CORE, "江城"], mod=T,
    note="分别: 江城")
g.f("900亿元", "value", "南津数字经济核心产业增加值", 900, "元", Y, core=[CORE, "南津"], mod=T,
    note="分别: 南津")
g.f("两市", "value", "市", 2, "", nu="count", opt=True, note="restated list count (the two cities just named)")
g.f("五成", "share", "占全省比重", 5, "成", core=["全省比重", "两市"], bound="moreThan", mod=T)
# --- industry
g.nf("2023年", "bare year")
g.f("百亿元", "value", "营业收入", 100, "元", Y, core="营业收入", year=2023, bound="moreThan", mod=T, opt=True,
    note="size class of the firms (营业收入超百亿元的企业)")
g.f("15家", "value", "营业收入超百亿元的数字经济企业", 15, "家", core="数字经济企业", year=2023,
    bound="atLeast", mod=T)
g.nf("2025年", "bare year")
g.f("25家", "value", "营业收入超百亿元的数字经济企业", 25, "家", core="数字经济企业", mod=T, note="增至")
g.f("80%", "value", "规模以上工业企业数字化改造覆盖率", 80, "%", core="覆盖率", mod=T)
g.f("65%", "value", "重点行业关键工序数控化率", 65, "%", core="数控化率", mod=T)
g.nf("十四五", "plan name")
g.f("50个", "value", "省级工业互联网平台", 50, "个", core="工业互联网平台", year=None, period=P14b, mod=T)
g.f("10万家", "value", "中小企业", 10, "家", W, core="中小企业", year=None, period=P14b, mod=T,
    note="推动…上云用数赋智")
g.nf("一网通办", "slogan / service name")
g.f("９５％", "value", "政务服务事项网上可办率", 95, "％", core="网上可办率", year=None, period=P14b,
    bound="atLeast", mod=T, note="full-width digits")
# --- funding
g.f("200亿元", "value", "省级数字经济产业投资基金", 200, "元", Y, core=["投资基金", "总规模"], year=None, mod=T,
    note="拟设立")
g.f("10亿元", "value", "省级专项资金", 10, "元", Y, core="专项资金", year=None, bound="atLeast", mod=T,
    note="每年…不少于: recurring, no year")
g.nf("2025年", "bare year")
g.f("50万个", "value", "数字经济领域新增就业岗位", 50, "个", W, core="就业岗位", bound="moreThan", mod=T)
g.nf("2025年", "bare year")
g.f("前十", "rank", "数字经济规模", 10, "", core="数字经济规模", bound="atMost", mod=T,
    note="跻身全国前十: rank within the top 10 (有望)")
# --- 2035
g.nf("2035年", "bare year")
g.f("15%", "share", "占地区生产总值比重", 15, "%", core=["地区生产总值比重", CORE], year=2035,
    bound="approximate", mod=T)
# --- review of the 13th plan
g.nf("十三五", "plan name")
g.nf("2020年", "bare year")
g.f("1.45万亿元", "value", "数字经济规模", 1.45, "元", WY, core="数字经济规模", year=2020)
g.f("38.6%", "share", "占地区生产总值的比重", 38.6, "%", core=["地区生产总值的比重", "数字经济"], year=2020)
g.nf("2015年", "bare year")
g.f("11.2个百分点", "change", "占地区生产总值的比重", 11.2, "个百分点", core=["地区生产总值的比重", "数字经济"],
    year=2020, base=2015)
g.nf("十三五", "plan name")
g.f("15.3%", "change", "数字经济规模", 15.3, "%", core="数字经济规模", year=None, period=P13)
g.f("7.4个百分点", "change", "数字经济规模年均增长", 7.4, "个百分点", core=["数字经济规模", "年均增长"],
    year=None, period=P13, note="高于同期GDP增速: gap between two growth rates")
g.nf("2020年底", "date")
g.nf("5G", "technology name")
g.f("2.1万个", "value", "5G基站", 2.1, "个", W, core="基站", year=2020)
g.f("92%", "value", "光纤宽带用户普及率", 92, "%", core="普及率", year=2020)
g.f("3160亿元", "value", "数字经济核心产业增加值", 3160, "元", Y, core=CORE, year=2021, bound="approximate",
    mod=T, note="去年 -> 2021; 预计 (preliminary estimate) -> target")
g.f("13%", "change", "数字经济核心产业增加值", 13, "%", core=CORE, year=2021, base=2020, mod=T,
    note="part of the preliminary estimate")
g.save()
