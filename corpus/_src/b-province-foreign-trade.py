"""Gold for corpus/b-province-foreign-trade.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W, WY = 1e8, 1e4, 1e12
H = (2023, 2023, "上半年")
g = bk.B("b-province-foreign-trade", "2023-07-20", year=2023, period=H)
TOT = ["进出口总额", "进出口"]

# --- headlines
g.nf("上半年", "period name (time)")
g.f("6.2%", "change", "外贸进出口总额", 6.2, "%", core=TOT, base=2022, note="headline")
g.f("六成", "share", "民营企业进出口占比", 6, "成", core=["占比", "民营企业"], bound="moreThan",
    note="headline; 成 = 10 percent")
# --- totals
g.nf("上半年", "period name (今年上半年, time)")
g.f("4,386.7亿元", "value", "货物贸易进出口总额", 4386.7, "元", Y, core=TOT)
g.f("6.2%", "change", "货物贸易进出口总额", 6.2, "%", core=TOT, base=2022)
g.f("4.1个百分点", "change", "增速", 4.1, "个百分点", core=["增速", "进出口"],
    note="高于全国平均增速: gap between growth rates, no base year")
g.f("第8位", "rank", "进出口规模", 8, "位", core=["规模", "进出口"], note="位居全\\n国第8位: line break")
g.f("2,915.3亿元", "value", "出口", 2915.3, "元", Y, core="出口")
g.f("9.8%", "change", "出口", 9.8, "%", core="出口", base=2022)
g.f("1,471.4亿元", "value", "进口", 1471.4, "元", Y, core="进口")
g.f("0.4%", "change", "进口", 0.4, "%", core="进口", base=2022, neg=True)
g.f("1,443.9亿元", "value", "贸易顺差", 1443.9, "元", Y, core="贸易顺差")
g.f("22.6%", "change", "贸易顺差", 22.6, "%", core="贸易顺差", base=2022, note="扩大 -> positive")
g.f("632.5亿美元", "value", "进出口总额", 632.5, "美元", Y, core=TOT, note="以美元计价")
g.f("0.9%", "change", "进出口总额", 0.9, "%", core=TOT, base=2022, note="in USD terms")
g.nf("6月份", "date (month)")
g.f("812.6亿元", "value", "6月份当月进出口", 812.6, "元", Y, core="进出口", period=None)
g.f("3.5%", "change", "6月份当月进出口", 3.5, "%", core="进出口", base=2022, period=None)
g.f("7.9%", "change", "6月份当月进出口", 7.9, "%", core="进出口", base=2023, period=None, note="环比: base = year")
# --- partners
g.f("第一", "rank", "贸易伙伴", 1, "", core=["贸易伙伴", "东盟"], note="全省第一大贸易伙伴")
g.nf("上半年", "period name (time)")
g.f("1,023.8亿元", "value", "对东盟进出口", 1023.8, "元", Y, core="东盟")
g.f("15.7%", "change", "对东盟进出口", 15.7, "%", core="东盟", base=2022)
g.f("23.3%", "share", "对东盟进出口", 23.3, "%", core=["东盟", "外贸总值"], note="占全省外贸总值的")
g.f("687.2亿元", "value", "对欧盟进出口", 687.2, "元", Y, core="欧盟", note="分别: 欧盟")
g.f("596.4亿元", "value", "对美国进出口", 596.4, "元", Y, core="美国", note="分别: 美国")
g.f("2.3%", "change", "对欧盟进出口", 2.3, "%", core="欧盟", base=2022, note="分别增长2.3%和下降6.8%: 欧盟")
g.f("6.8%", "change", "对美国进出口", 6.8, "%", core="美国", base=2022, neg=True,
    note="分别增长2.3%和下降6.8%: 美国, negative")
g.nf("一带一路", "initiative name")
g.f("2,118.9亿元", "value", "对共建“一带一路”国家进出口", 2118.9, "元", Y, core=["一带一路", "进出口"])
g.f("12.4%", "change", "对共建“一带一路”国家进出口", 12.4, "%", core=["一带一路", "进出口"], base=2022)
g.f("48.3%", "share", "占比", 48.3, "%", core=["占比", "一带一路"], note="占比提升至: level")
# --- ownership
g.f("2,764.1亿元", "value", "民营企业进出口", 2764.1, "元", Y, core="民营企业")
g.f("11.2%", "change", "民营企业进出口", 11.2, "%", core="民营企业", base=2022)
g.f("63.0%", "share", "民营企业进出口", 63.0, "%", core=["民营企业", "进出口总额"],
    note="占全省进出\\n口总额的: line break inside the whole")
g.f("六成", "share", "占比", 6, "成", core=["占比", "民营企业"], bound="moreThan")
g.f("1,108.2亿元", "value", "外商投资企业进出口", 1108.2, "元", Y, core="外商投资企业")
g.f("3.7%", "change", "外商投资企业进出口", 3.7, "%", core="外商投资企业", base=2022, neg=True)
g.f("25.3%", "share", "外商投资企业进出口占比", 25.3, "%", core=["外商投资企业", "占比"])
g.f("506.8亿元", "value", "国有企业进出口", 506.8, "元", Y, core="国有企业")
g.f("1.9%", "change", "国有企业进出口", 1.9, "%", core="国有企业", base=2022, neg=True)
# --- products
g.f("1,712.6亿元", "value", "机电产品出口", 1712.6, "元", Y, core="机电产品")
g.f("10.3%", "change", "机电产品出口", 10.3, "%", core="机电产品", base=2022)
g.f("58.7%", "share", "机电产品出口", 58.7, "%", core=["机电产品", "出口总值"])
g.nf("新三样", "name of a product group")
g.f("368.5亿元", "value", "“新三样”产品出口", 368.5, "元", Y, core=["新三样", "出口"])
g.f("61.2%", "change", "“新三样”产品出口", 61.2, "%", core=["新三样", "出口"], base=2022)
g.f("1.6倍", "ratio", "“新三样”产品出口", 1.6, "倍", core=["新三样", "出口"], base=2022,
    note="是去年同期的1.6倍")
g.f("394.2亿元", "value", "劳动密集型产品出口", 394.2, "元", Y, core="劳动密集型产品")
g.f("2.1%", "change", "劳动密集型产品出口", 2.1, "%", core="劳动密集型产品", base=2022, neg=True)
# --- currencies
g.nf("上半年", "period name (time)")
g.f("1,218.6亿元", "value", "跨境贸易人民币结算量", 1218.6, "元", Y, core="人民币结算")
g.f("27.4%", "change", "跨境贸易人民币结算量", 27.4, "%", core="人民币结算", base=2022)
g.f("42.8亿欧元", "value", "欧元收付", 42.8, "欧元", Y, core="欧元收付")
g.f("316.5亿港元", "value", "港元收付", 316.5, "港元", Y, core="港元收付")
g.f("1.9万亿日元", "value", "日元收付", 1.9, "日元", WY, core="日元收付")
g.f("8.5%", "change", "欧元收付", 8.5, "%", core="欧元收付", base=2022, note="分别: 欧元")
g.f("14.2%", "change", "港元收付", 14.2, "%", core="港元收付", base=2022, note="分别: 港元")
g.f("3.3%", "change", "日元收付", 3.3, "%", core="日元收付", base=2022, neg=True, note="分别…和下降: 日元")
# --- regions
g.f("11个", "value", "地市", 11, "个", core="地市", period=None)
g.f("9个", "value", "进出口实现正增长的地市", 9, "个", core="地市")
g.f("1,846.2亿元", "value", "临州市进出口", 1846.2, "元", Y, core=["临州", "进出口"])
g.f("42.1%", "share", "临州市进出口", 42.1, "%", core=["临州", "全省比重"], note="占全省比重的")
g.f("19.6%", "change", "南港市进出口", 19.6, "%", core=["南港", "进出口"], base=2022)
g.f("首位", "rank", "增速", 1, "位", core=["增速", "南港"], note="增速居全省首位")
g.f("12.5%", "share", "西陵市进出口", 12.5, "%", core=["西陵", "全省比重"])
g.f("1.3个百分点", "change", "西陵市进出口占全省比重", 1.3, "个百分点", core=["西陵", "全省比重"], base=2022,
    note="line break before the quantity")
# --- outlook
g.nf("下半年", "period name (time)")
g.f("9000亿元", "value", "全年进出口总额", 9000, "元", Y, core=TOT, period=None, bound="approximate",
    mod="target", note="预计全年 (2023)")
g.f("5%", "change", "全年进出口总额", 5, "%", core=TOT, period=None, base=2022, bound="atLeast", mod="target")
g.save()
