"""Gold for corpus/b-district-livelihood.txt (run from /work/main).

No reference date: relative time words (目前, 去年以来, 今年) do not fix a year here.
"""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W = 1e8, 1e4
g = bk.B("b-district-livelihood", None, year=2022)
HT = "高新技术企业"

g.nf("二十大", "party congress")
g.nf("一批", "idiom (a number of)")
# --- education
g.nf("2022年", "bare year")
g.f("11所", "value", "中小学和幼儿园", 11, "所", core=["中小学和幼儿园", "中小学", "幼儿园"],
    note="predicate 新建、改扩建")
g.f("2300个", "value", "学位", 2300, "个", core="学位", note="新增学位")
g.f("286名", "value", "教师", 286, "名", core="教师", note="predicate 公开招聘")
g.f("18.6亿元", "value", "财政教育支出", 18.6, "元", Y, core="教育支出")
g.nf("2012年", "bare year")
g.f("3.2倍", "ratio", "财政教育支出", 3.2, "倍", core="教育支出", base=2012, note="是2012年的3.2倍")
g.f("20%", "share", "占一般公共预算支出的比重", 20, "%", core=["一般公共预算支出的比重", "教育支出"],
    bound="atLeast")
g.f("64所", "value", "义务教育阶段学校数量", 64, "所", core="学校", year=None,
    note="目前 without a reference date -> null")
g.f("９８．５％", "value", "学前教育毛入园率", 98.5, "％", core="毛入园率", year=None, note="full-width digits")
g.dur("十年", 10, note="十年前: relative time, duration")
g.f("21个百分点", "change", "学前教育毛入园率", 21, "个百分点", core="毛入园率", year=None,
    note="比十年前提高: no reference date, no year")
# --- health
g.f("4所", "value", "社区卫生服务中心", 4, "所", core="社区卫生服务中心", year=None,
    note="去年以来 without a reference date -> null; predicate 新建和改建")
g.nf("二级", "hospital grade (二级以上医院)")
g.f("1家", "value", "二级以上医院", 1, "家", core="医院", year=None, note="新增")
g.nf("每千人口", "rate denominator (per thousand people), not a quantity")
g.f("3.4人", "value", "每千人口执业医师数", 3.4, "人", core="执业医师", year=None)
g.f("八成", "ratio", "每千人口执业医师数", 8, "成", core="执业医师", year=None, bound="approximate",
    note="相当于全省平均水平的八成左右")
g.nf("2022年", "bare year")
g.f("120万人次", "value", "区人民医院年门急诊量", 120, "人次", W, core="门急诊量", bound="moreThan")
g.nf("2015年", "bare year")
g.f("2倍", "change", "区人民医院年门急诊量", 2, "倍", core="门急诊量", base=2015)
g.nf("三级甲等", "hospital grade")
# --- science
g.nf("2022年", "bare year")
g.f("40人", "value", "高层次人才", 40, "人", core="人才", note="predicate 引进")
g.f("126人", "value", "博士研究生", 126, "人", core="博士")
g.f("58家", "value", "新认定高新技术企业", 58, "家", core=HT)
g.f("312家", "value", "高新技术企业总数", 312, "家", core=HT)
g.nf("2020年", "bare year")
g.f("翻一番", "change", "高新技术企业总数", 2, "番", core=HT, base=2020, nu="times",
    note="翻一番 = 2^1 = 2 times (SPEC: 翻N番 = 2^N); value set to the multiple for the checker")
g.f("2.86%", "value", "全社会研发经费投入强度", 2.86, "%", core=["研发经费投入强度", "投入强度"])
g.f("0.4个百分点", "change", "全社会研发经费投入强度", 0.4, "个百分点", core=["研发经费投入强度", "投入强度"],
    note="比全省平均水平高: gap, no base year")
g.nf("第十三届", "ordinal of an event")
g.f("87个", "value", "签约项目", 87, "个", core="项目", year=None, note="今年 without a reference date -> null")
g.f("65亿元", "value", "签约金额", 65, "元", Y, core="签约金额", year=None, bound="moreThan", note="逾")
# --- opening up
g.nf("2022年", "bare year")
g.nf("一带一路", "initiative name")
g.f("46.3亿元", "value", "与共建“一带一路”国家和地区的进出口额", 46.3, "元", Y, core=["进出口额", "一带一路"])
g.f("37.5%", "share", "占全区外贸总额", 37.5, "%", core=["外贸总额", "一带一路"])
g.f("5个", "value", "境外研发中心", 5, "个", core="研发中心")
g.f("12个", "value", "海外仓", 12, "个", core="海外仓")
g.f("3.6万平方米", "value", "海外仓总面积", 3.6, "平方米", W, core=["海外仓总面积", "总面积"])
# --- culture (no year stated)
g.dur("15分钟", 15, "分钟", nu="min", note="15分钟文化圈: duration")
g.f("24座", "value", "城市书房", 24, "座", core="城市书房", year=None)
g.f("9处", "value", "文化广场", 9, "处", core="文化广场", year=None)
g.f("156万册", "value", "公共图书馆藏书量", 156, "册", W, core="藏书量", year=None)
g.f("1.92册", "value", "人均藏书量", 1.92, "册", core="人均藏书量", year=None)
g.f("1,200余场次", "value", "群众性文体活动", 1200, "场次", core="文体活动", year=None, bound="moreThan",
    note="余 inside the span; 全年 of an unstated year")
g.f("35万多人次", "value", "参与群众", 35, "人次", W, core="参与群众", year=None, bound="moreThan",
    note="多 inside the span, as 余 in 7万余人")
g.nf("2012年", "bare year")
g.f("三分之一", "change", "常住人口", 1 / 3, "分之", core="常住人口", year=None, base=2012, nu="percent",
    nv=float(f"{100 / 3:.12g}"), note="N分之M -> 100*M/N percent")
g.save()
