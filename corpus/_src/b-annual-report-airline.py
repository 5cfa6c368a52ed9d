"""Gold for corpus/b-annual-report-airline.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W = 1e8, 1e4
g = bk.B("b-annual-report-airline", "2023-03-31", year=2022)
T = "target"
REV = ["营业收入", "营收"]
NP = ["净利润"]

# --- headline
g.nf("2022年", "bare year")
g.f("37.6亿", "value", "亏损", 37.6, "", Y, core="亏损", nu="CNY",
    note="headline; 元 omitted; a loss is a positive amount with subject 亏损")
g.f("三成", "change", "营收", 3, "成", core=["营收", "营业收入"], base=2021, bound="moreThan", neg=True,
    note="headline; 下滑逾三成 -> -30 percent, moreThan")
# --- results
g.nf("3月30日", "date")
g.nf("2022年", "year in a report name (2022年年度报告)")
g.f("312.45亿元", "value", "营业收入", 312.45, "元", Y, core=REV)
g.f("31.8%", "change", "营业收入", 31.8, "%", core=REV, base=2021, neg=True)
g.f("-37.6亿元", "value", "归属于上市公司股东的净利润", -37.6, "元", Y, core=NP, note="written sign -> negative")
g.f("5.28亿元", "value", "盈利", 5.28, "元", Y, core=["盈利", "净利润"], year=2021, note="上年同期 -> 2021")
g.f("41.2亿元", "value", "扣除非经常性损益后的净亏损", 41.2, "元", Y, core=["净亏损", "亏损"])
g.f("-0.29元", "value", "基本每股收益", -0.29, "元", core="每股收益", note="written sign; 元 -> CNY")
g.nf("2022年度", "bare year")
# --- traffic
g.f("2,386.5万人次", "value", "旅客运输量", 2386.5, "人次", W, core="旅客运输量")
g.f("36.4%", "change", "旅客运输量", 36.4, "%", core="旅客运输量", base=2021, neg=True,
    note="同比下\\n降: change cue broken by a layout line break")
g.f("66.2%", "value", "客座率", 66.2, "%", core="客座率")
g.f("8.7个百分点", "change", "客座率", 8.7, "个百分点", core="客座率", base=2021, neg=True)
g.f("17.6万班次", "value", "航班", 17.6, "班次", W, core="航班", note="predicate 执行")
g.f("500班次", "value", "日均航班量", 500, "班次", core=["航班量", "日均"], bound="lessThan", note="不到")
# --- costs
g.f("321.9亿元", "value", "营业成本", 321.9, "元", Y, core="营业成本")
g.f("16.5%", "change", "营业成本", 16.5, "%", core="营业成本", base=2021, neg=True)
g.f("98.7亿元", "value", "航油成本", 98.7, "元", Y, core="航油成本")
g.f("30.7%", "share", "航油成本占营业成本的比重", 30.7, "%", core=["航油成本", "比重"])
g.f("6.4个百分点", "change", "航油成本占营业成本的比重", 6.4, "个百分点", core=["航油成本", "比重"], base=2021)
g.f("-3.0%", "value", "毛利率", -3.0, "%", core="毛利率", note="written sign")
g.f("15.2个百分点", "change", "毛利率", 15.2, "个百分点", core="毛利率", base=2021, neg=True)
g.f("2.36亿元", "value", "研发投入", 2.36, "元", Y, core="研发投入")
g.f("0.76%", "share", "研发投入占营业收入比重", 0.76, "%", core=["研发投入", "比重"])
# --- balance sheet and staff
g.nf("2022年末", "date")
g.f("1,086.3亿元", "value", "总资产", 1086.3, "元", Y, core="总资产")
g.f("4.2%", "change", "总资产", 4.2, "%", core="总资产", base=2021, neg=True, note="较上年末减少")
g.f("84.6%", "value", "资产负债率", 84.6, "%", core="资产负债率")
g.f("5.1个百分点", "change", "资产负债率", 5.1, "个百分点", core="资产负债率", base=2021)
g.f("23,418人", "value", "在职员工", 23418, "人", core="员工")
g.f("2,650名", "value", "飞行员", 2650, "名", core="飞行员")
g.f("4,120人", "value", "机务维修人员", 4120, "人", core="机务维修人员")
g.f("172架", "value", "客机", 172, "架", core="客机")
g.dur("7.3年", 7.3, note="平均机龄: an age, duration unit -> optional")
g.f("6架", "value", "新飞机", 6, "架", core="新飞机", note="predicate 引进")
g.f("4架", "value", "老旧飞机", 4, "架", core="老旧飞机", note="predicate 退出")
# --- outlook
g.nf("2023年", "bare year")
g.nf("2019年", "bare year")
g.f("九成", "ratio", "旅客运输量", 9, "成", core="旅客运输量", year=2023, base=2019, bound="approximate", mod=T,
    note="预计…恢复至2019年的九成左右")
g.f("60%-80%", "change", "营业收入", 60, "%", core=REV, year=2023, base=2022, mod=T, high=80,
    note="预计 -> target")
g.nf("2023年", "bare year")
g.f("12架", "value", "引进飞机", 12, "架", core="飞机", year=2023, mod=T, note="计划")
g.f("180架", "value", "机队规模", 180, "架", core="机队规模", year=2023, bound="approximate", mod=T)
# --- second company
g.nf("一份", "idiom (交出一份…成绩单)")
g.nf("2022年", "bare year")
g.f("58.73亿元", "value", "营业总收入", 58.73, "元", Y, core=["营业总收入", "营业收入"])
g.f("27.3%", "change", "营业总收入", 27.3, "%", core=["营业总收入", "营业收入"], base=2021)
g.f("6.04亿元", "value", "归母净利润", 6.04, "元", Y, core=NP)
g.f("41.5%", "change", "归母净利润", 41.5, "%", core=NP, base=2021)
g.f("38.9%", "value", "毛利率", 38.9, "%", core="毛利率")
g.f("1.7个百分点", "change", "毛利率", 1.7, "个百分点", core="毛利率", base=2021)
g.f("7.82亿元", "value", "研发投入", 7.82, "元", Y, core="研发投入")
g.f("33.6%", "change", "研发投入", 33.6, "%", core="研发投入", base=2021)
g.f("13.3%", "share", "研发投入占营业收入比重", 13.3, "%", core=["研发投入", "比重"])
g.f("2,108人", "value", "研发人员数量", 2108, "人", core="研发人员")
g.f("31.2%", "share", "研发人员占员工总数", 31.2, "%", core=["研发人员", "员工总"],
    note="占员工总\\n数的: line break inside the whole")
g.f("10股", "value", "股", 10, "股", core="", opt=True, note="每10股: denominator of the dividend rate")
g.f("3元", "value", "现金红利", 3, "元", core="现金红利", mod=T, note="拟…每10股派发 (per 10 shares)")
g.f("10股", "value", "股", 10, "股", core="", opt=True, note="每10股: denominator of the conversion rate")
g.f("4股", "value", "转增", 4, "股", core="转增", mod=T, opt=True, note="转增4股 per 10 shares: conversion ratio")
g.save()
