"""Gold for corpus/b-research-note-eps.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W = 1e8, 1e4
g = bk.B("b-research-note-eps", "2023-04-25", year=2022)
T = "target"
REV = "营业收入"
NP = ["归母净利润", "净利润"]

# --- header
g.nf("603977", "stock code")
g.nf("2022年", "year in a report name (2022年年报)")
g.f("18.70元", "value", "目标价", 18.70, "元", core="目标价", year=None, mod=T, note="analyst's target price")
g.nf("S0570521030002", "certificate number")
# --- event
g.nf("2022年", "year in a report name (2022年年报)")
g.f("86.42亿元", "value", "营业收入", 86.42, "元", Y, core=REV)
g.f("21.6%", "change", "营业收入", 21.6, "%", core=REV, base=2021)
g.f("7.93亿元", "value", "归母净利润", 7.93, "元", Y, core=NP)
g.f("3.1%", "change", "归母净利润", 3.1, "%", core=NP, base=2021)
g.f("7.21亿元", "value", "扣非归母净利润", 7.21, "元", Y, core=["扣非", "净利润"])
g.f("2.4%", "change", "扣非归母净利润", 2.4, "%", core=["扣非", "净利润"], base=2021, neg=True)
g.nf("第四季度", "period name (Q4)")
Q4 = (2022, 2022, "第四季度")
g.f("24.17亿元", "value", "营业收入", 24.17, "元", Y, core=REV, period=Q4)
g.f("12.8%", "change", "营业收入", 12.8, "%", core=REV, base=2021, period=Q4)
g.f("9.6%", "change", "营业收入", 9.6, "%", core=REV, base=2022, period=Q4, note="环比 (vs Q3 2022)")
g.f("1.66亿元", "value", "归母净利润", 1.66, "元", Y, core=NP, period=Q4)
g.f("18.3%", "change", "归母净利润", 18.3, "%", core=NP, base=2021, period=Q4, neg=True)
g.f("11.2%", "change", "归母净利润", 11.2, "%", core=NP, base=2022, period=Q4, neg=True, note="环比")
g.f("10股", "value", "股", 10, "股", core="", opt=True, note="每10股: denominator of the dividend rate")
g.f("1.88元", "value", "现金红利", 1.88, "元", core="现金红利", mod=T, note="拟…每10股派发 (per 10 shares)")
g.f("2.1亿元", "value", "合计派发现金红利", 2.1, "元", Y, core="现金红利", bound="approximate", mod=T)
g.f("26.5%", "value", "现金分红比例", 26.5, "%", core="分红比例", mod=T,
    note="payout ratio, a rate level (no 占/比重) -> value")
# --- comments
g.f("2.9个百分点", "change", "毛利率", 2.9, "个百分点", core="毛利率", base=2021, neg=True)
g.f("24.3%", "value", "毛利率", 24.3, "%", core="毛利率", note="下降…至: level")
g.f("11.6%", "value", "期间费用率", 11.6, "%", core="期间费用率")
g.f("0.8个百分点", "change", "期间费用率", 0.8, "个百分点", core="期间费用率", base=2021, neg=True)
g.f("4.9%", "value", "研发费用率", 4.9, "%", core="研发费用率")
g.f("0.6个百分点", "change", "研发费用率", 0.6, "个百分点", core="研发费用率", base=2021)
g.f("620元/吨", "change", "电子级硅微粉吨均成本", 620, "元/吨", core=["吨均成本", "成本"], base=2021,
    bound="approximate", note="rate 元/吨 -> CNY/kg (x0.001)")
g.f("3%", "change", "产品均价", 3, "%", core="均价", base=2021, bound="approximate", note="上调…左右")
# --- segments
g.nf("2022年", "bare year")
g.f("31.28亿元", "value", "球形硅微粉收入", 31.28, "元", Y, core="球形硅微粉")
g.f("35.4%", "change", "球形硅微粉收入", 35.4, "%", core="球形硅微粉", base=2021)
g.f("36.2%", "share", "球形硅微粉占营业收入的比重", 36.2, "%", core=["球形硅微粉", "比重"])
g.f("27.65亿元", "value", "角形硅微粉收入", 27.65, "元", Y, core="角形硅微粉")
g.f("4.7%", "change", "角形硅微粉收入", 4.7, "%", core="角形硅微粉", base=2021, neg=True)
g.f("27.49亿元", "value", "其他产品收入", 27.49, "元", Y, core="其他产品")
g.f("18.9%", "share", "境外收入占比", 18.9, "%", core="境外收入")
g.f("2.3个百分点", "change", "境外收入占比", 2.3, "个百分点", core="境外收入", base=2021)
# --- capacity and price
g.f("5万吨", "value", "高纯球形硅微粉项目", 5, "吨", W, core="项目", opt=True,
    note="年产5万吨…项目: capacity in a project name (size class)")
g.nf("2022年四季度", "date (year and quarter)")
g.nf("2023年", "bare year")
g.f("75%", "value", "产能利用率", 75, "%", core="产能利用率", year=2023, bound="atLeast", mod=T)
g.f("20~25万吨", "value", "球形硅微粉销量", 20, "吨", W, core="销量", year=2023, mod=T, high="25万吨",
    note="有望达到; range")
g.nf("4月24日", "date")
g.f("17.02元", "value", "股价", 17.02, "元", core="股价", year=2023, note="4月24日 -> reference year 2023")
g.f("190亿元", "value", "总市值", 190, "元", Y, core="总市值", year=2023, bound="approximate")
g.dur("一个月", 1, "个月", nu="month", note="近一个月: duration")
g.f("12.6%", "change", "股价", 12.6, "%", core="股价", year=2023, neg=True,
    period=(None, None, "近一个月"), note="累计下跌")
# --- forecasts
g.nf("2023-2025年", "period (time), not a range quantity")
for v, yr, txt in ((103.7, 2023, "103.7"), (124.5, 2024, "124.5"), (146.8, 2025, "146.8亿元")):
    g.f(txt, "value", "营业收入", v, "元", Y, core=REV, year=yr, mod=T, note="分别; forecast; unit from the last item")
for v, yr, txt in ((9.46, 2023, "9.46"), (11.38, 2024, "11.38"), (13.70, 2025, "13.70亿元")):
    g.f(txt, "value", "归母净利润", v, "元", Y, core=NP, year=yr, mod=T, note="分别; forecast")
for v, yr, txt in ((0.85, 2023, "0.85"), (1.02, 2024, "1.02"), (1.23, 2025, "1.23元")):
    g.f(txt, "value", "EPS", v, "元", core=["EPS", "每股收益"], year=yr, mod=T,
        note="分别; forecast; EPS written in 元 -> CNY")
for v, yr in ((20, 2023), (17, 2024), (14, 2025)):
    g.f(str(v), "value", "市盈率", v, "", core="市盈率", year=yr, nu="number", mod=T,
        note="分别; P/E on forecast EPS, no unit written -> dimensionless")
g.nf("2023年", "bare year")
g.f("22倍", "value", "PE", 22, "倍", core=["PE", "估值"], year=2023, mod=T, note="valuation multiple given")
g.f("18.70元", "value", "目标价", 18.70, "元", core="目标价", year=None, mod=T)
# --- table (cells optional)
for lab, yr in (("2022A", 2022), ("2023E", 2023), ("2024E", 2024), ("2025E", 2025)):
    g.nf(lab, "year label of a table column")
rows = (("营业收入", ("86.42", "103.70", "124.50", "146.80"), Y, "元", REV),
        ("归母净利润", ("7.93", "9.46", "11.38", "13.70"), Y, "元", NP),
        ("EPS", ("0.71", "0.85", "1.02", "1.23"), 1, "元", ["EPS"]))
for label, cells, sc, unit, core in rows:
    g.at(label + "（")
    for cell, yr in zip(cells, (2022, 2023, 2024, 2025)):
        g.f(cell, "value", label, float(cell), unit, sc, core=core, year=yr, mod="actual" if yr == 2022 else T,
            opt=True, note="table cell (unit from the row label)")
g.save()
