"""Gold for corpus/b-employment-pension.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W = 1e8, 1e4
g = bk.B("b-employment-pension", "2023-07-12", year=2023)
H = (2023, 2023, "1—6月")
T = "target"
JOBS = "城镇新增就业"
UNEMP = ["城镇调查失业率", "失业率"]
PENSION = "基本养老金"

# --- headlines
g.nf("上半年", "period name (time)")
g.f("38.6万人", "value", "城镇新增就业", 38.6, "人", W, core=JOBS, period=H, note="headline")
g.f("百分之三点八", "change", "企业退休人员基本养老金", 3.8, "百分之", core=PENSION,
    note="headline; Chinese numerals: 百分之三点八 = 3.8 percent")
# --- employment
g.nf("7月11日", "date")
g.nf("上半年", "period name (time)")
g.nf("1—6月", "month range (time)")
g.f("38.6万人", "value", "城镇新增就业", 38.6, "人", W, core=JOBS, period=H)
g.f("64.3%", "share", "年度目标任务", 64.3, "%", core=["目标任务", JOBS], period=H, note="完成年度目标任务的")
g.f("2.1万人", "change", "城镇新增就业", 2.1, "人", W, core=JOBS, base=2022, period=H, note="同比多增")
g.f("9.2万人", "value", "失业人员再就业", 9.2, "人", W, core="再就业", period=H)
g.f("3.4万人", "value", "就业困难人员实现就业", 3.4, "人", W, core="就业困难人员", period=H,
    note="line break inside 就业")
g.nf("6月末", "date")
g.f("5.1%", "value", "城镇调查失业率", 5.1, "%", core=UNEMP)
g.nf("一季度末", "date (end of Q1)")
g.f("0.3个百分点", "change", "城镇调查失业率", 0.3, "个百分点", core=UNEMP, base=2023, neg=True,
    note="比一季度末 (2023) 下降")
g.f("5.5%", "value", "年度控制目标", 5.5, "%", core=["控制目标", "失业率"], bound="approximate", mod=T,
    note="the year's unemployment-rate ceiling")
# --- graduates
g.f("42.7万人", "value", "高校毕业生规模", 42.7, "人", W, core="高校毕业生")
g.f("1.8万人", "change", "高校毕业生规模", 1.8, "人", W, core="高校毕业生", base=2022, note="较去年增加")
g.nf("6月底", "date")
g.f("七成", "share", "已落实去向的毕业生占比", 7, "成", core=["毕业生", "落实去向"], bound="moreThan",
    note="占\\n比: line break inside the indicator")
g.f("3万4000个", "value", "政策性岗位", 34000, "个", core="政策性岗位", mod=T,
    note="mixed form 3万4000 = 34000; 计划开发")
g.f("26万个", "value", "就业岗位", 26, "个", W, core="就业岗位", bound="approximate", note="目前 -> 2023; 近")
# --- pensions
g.nf("2023年1月1日", "date")
g.f("3.8%", "change", "退休人员基本养老金", 3.8, "%", core=PENSION, note="总体上调")
g.f("512万人", "value", "退休人员", 512, "人", W, core="退休人员", bound="approximate", note="惠及")
g.f("3,086元", "value", "企业退休人员月人均基本养老金", 3086, "元", core=["人均基本养老金", PENSION])
g.f("163元", "value", "城乡居民基础养老金最低标准", 163, "元", core="基础养老金", year=2022,
    note="去年的 -> 2022; per person per month")
g.f("188元", "value", "城乡居民基础养老金最低标准", 188, "元", core="基础养老金")
g.f("25元", "change", "城乡居民基础养老金最低标准", 25, "元", core="基础养老金", base=2022)
g.nf("6月末", "date")
g.f("3,218.6万人", "value", "基本养老保险参保人数", 3218.6, "人", W, core=["养老保险参保人数", "参保人数"])
g.f("47.3万人", "change", "基本养老保险参保人数", 47.3, "人", W, core=["养老保险参保人数", "参保人数"], base=2022,
    note="比上年末增加")
g.f("612.4万人", "value", "失业保险参保人数", 612.4, "人", W, core="失业保险", note="分别: 失业保险")
g.f("708.9万人", "value", "工伤保险参保人数", 708.9, "人", W, core="工伤保险", note="分别: 工伤保险")
g.nf("上半年", "period name (time)")
HY = (2023, 2023, "上半年")
g.f("三项", "value", "社会保险基金", 3, "项", core="社会保险基金", opt=True, note="三项社会保险基金: category count")
g.f("1,286.5亿元", "value", "三项社会保险基金总收入", 1286.5, "元", Y, core="总收入", period=HY)
g.f("1,197.3亿元", "value", "总支出", 1197.3, "元", Y, core="总支出", period=HY)
g.f("2,854.2亿元", "value", "累计结余", 2854.2, "元", Y, core="累计结余")
g.dur("15.6个月", 15.6, "个月", nu="month", note="基金可支付月数: duration unit -> optional")
# --- health
g.nf("每千人口", "rate denominator (per thousand people), not a quantity")
g.f("6.82张", "value", "每千人口拥有医疗机构床位数", 6.82, "张", core="床位数", note="截至目前 -> 2023")
g.f("3.21人", "value", "每千人口执业（助理）医师", 3.21, "人", core="医师")
g.f("3.68人", "value", "每千人口注册护士", 3.68, "人", core="注册护士")
g.nf("2020年", "bare year")
g.f("0.54张", "change", "每千人口拥有医疗机构床位数", 0.54, "张", core="床位数", base=2020, note="分别: 床位")
g.f("0.43人", "change", "每千人口执业（助理）医师", 0.43, "人", core="医师", base=2020, note="分别: 医师")
g.f("0.61人", "change", "每千人口注册护士", 0.61, "人", core="注册护士", base=2020, note="分别: 护士")
g.dur("78.9岁", 78.9, "岁", note="age (人均预期寿命): optional as ages in corpus-dev")
g.dur("0.7岁", 0.7, "岁", note="age difference: optional")
# --- outlook
g.nf("下半年", "period name (time)")
g.nf("百日千万", "campaign name")
g.f("200场次", "value", "专项招聘活动", 200, "场次", core="招聘活动", bound="atLeast", mod=T,
    period=(2023, 2023, "下半年"), note="将…不少于")
g.f("60万人", "value", "城镇新增就业", 60, "人", W, core=JOBS, bound="atLeast", mod=T, note="力争全年")
g.f("5.5%", "value", "城镇调查失业率", 5.5, "%", core=UNEMP, bound="atMost", mod=T, note="控制在…以内")
g.save()
