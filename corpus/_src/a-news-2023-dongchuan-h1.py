"""Gold for corpus/a-news-2023-dongchuan-h1.txt (run from /work/main).

referenceDate 2023-07-20: every figure is of 2023; 同比 -> base 2022; 环比, 比上月, 比一季度,
比1-5月, 比年初 -> base 2023 (same year)."""
import importlib.util
spec = importlib.util.spec_from_file_location("acommon", "corpus/_src/a-common.py")
ac = importlib.util.module_from_spec(spec); spec.loader.exec_module(ac)

g = ac.G("a-news-2023-dongchuan-h1", "2023-07-20")
Y, E = 1e8, 1e4
y = 2023
H1 = (2023, 2023, "上半年")
Q1 = (2023, 2023, "一季度")
GDP = ["地区生产总值", "生产总值", "经济"]


def v(ctx, subj, value, unit, scale=1, **kw):
    return g.f(ctx, "value", subj, y, value, unit, scale, **kw)


def ch(ctx, subj, value, unit="%", scale=1, base=2022, **kw):
    return g.f(ctx, "change", subj, y, value, unit, scale, base=base, **kw)


ch("同比增长[[5.9%]] 6月份", "东川经济", 5.9, period=H1, core=["经济", "地区生产总值"], note="headline")
g.nf("5.9% [[6月份]]主要", "date (month)")
g.nf("[[7月19日]]", "date")
v("[[26,438.7亿元]]", "地区生产总值", 26438.7, "元", Y, period=H1, core=GDP)
ch("同比增长[[5.9%]]，增速", "地区生产总值", 5.9, period=H1, core=GDP)
ch("加快[[1.2个百分点]]", "增速", 1.2, "个百分点", base=2023, period=H1, core=["增速", "地区生产总值"],
   note="vs 一季度 of the same year")
ch("[[0.4个百分点]]", "增速", 0.4, "个百分点", base=None, period=H1, core=["增速", "地区生产总值"],
   note="高于全国平均水平: gap, no base year")
v("[[1,582.3亿元]]", "第一产业增加值", 1582.3, "元", Y, period=H1, core="第一产业")
ch("1,582.3亿元，增长[[3.6%]]", "第一产业增加值", 3.6, period=H1, core="第一产业")
v("[[10,217.5亿元]]", "第二产业增加值", 10217.5, "元", Y, period=H1, core="第二产业")
ch("10,217.5亿元，增长[[6.4%]]", "第二产业增加值", 6.4, period=H1, core="第二产业")
v("[[14,638.9亿元]]", "第三产业增加值", 14638.9, "元", Y, period=H1, core="第三产业")
ch("14,638.9亿元，增长[[5.8%]]", "第三产业增加值", 5.8, period=H1, core="第三产业")
ch("同比增长[[6.8%]]", "规模以上工业增加值", 6.8, period=H1, core=["工业增加值"])
ch("比1-5月提高[[0.5个百分点]]", "规模以上工业增加值增速", 0.5, "个百分点", base=2023, period=H1,
   core=["工业增加值", "增速"], note="vs 1-5月 of the same year")
ch("同比增长[[8.2%]]", "规上工业增加值", 8.2, core="工业增加值", note="6月份")
ch("环比增长[[0.73%]]", "规上工业增加值", 0.73, base=2023, core="工业增加值", note="环比: base year = year")
ch("分别增长[[18.4%]]", "汽车制造业", 18.4, period=H1, note="分别")
ch("18.4%、[[21.7%]]", "电气机械和器材制造业", 21.7, period=H1, core="电气机械", note="分别")
ch("分别增长[[1.1倍]]", "新能源汽车", 1.1, "倍", period=H1, core="新能源汽车", note="产量, 分别")
ch("1.1倍和[[56.3%]]", "光伏电池", 56.3, period=H1, note="产量, 分别")
g.f("保持在[[6%]]以上", "change", "规上工业增加值增速", y, 6, "%", base=2022, period=(2023, 2023, "1～9月"),
    bound="atLeast", mod="target", core=["工业增加值", "增速"], note="预计")
ch("同比增长[[4.2%]]", "固定资产投资", 4.2, period=H1)
ch("[[11.5%]]", "制造业投资", 11.5, period=H1)
ch("[[6.9%]]", "基础设施投资", 6.9, period=H1)
ch("下降[[8.7%]]", "房地产开发投资", 8.7, period=H1, neg=True)
ch("收窄[[1.4个百分点]]", "房地产开发投资降幅", 1.4, "个百分点", base=2023, period=H1, neg=True,
   core=["房地产开发投资", "降幅"], note="降幅…收窄 -> negative (SPEC decrease words); vs 1～5月")
g.f("[[52.6%]]", "share", "民间投资", y, 52.6, "%", period=H1)
ch("[[0.8个百分点]]", "民间投资占全部投资的比重", 0.8, "个百分点", period=H1, core=["民间投资", "比重"],
   note="比上年同期")
v("[[11,235.6亿元]]", "社会消费品零售总额", 11235.6, "元", Y, period=H1, core="消费品零售总额")
ch("同比增长[[7.3%]]", "社会消费品零售总额", 7.3, period=H1, core="消费品零售总额")
v("[[1,986.4亿元]]", "社会消费品零售总额", 1986.4, "元", Y, core="消费品零售总额", note="6月份")
ch("同比增长[[4.9%]]", "社会消费品零售总额", 4.9, core="消费品零售总额", note="6月份")
ch("环比下降[[0.26%]]", "社会消费品零售总额", 0.26, base=2023, neg=True, core="消费品零售总额")
ch("增幅分别为[[21.5%]]", "金银珠宝类", 21.5, period=H1, note="零售额, 分别")
ch("21.5%和[[14.8%]]", "体育娱乐用品类", 14.8, period=H1, core="体育娱乐", note="零售额, 分别")
ch("下降[[6.3%]]", "建筑及装潢材料类", 6.3, period=H1, neg=True, core="建筑及装潢材料")
v("[[3,126.8亿元]]", "进出口总值", 3126.8, "元", Y, period=Q1, core="进出口")
ch("同比增长[[2.1%]]", "进出口总值", 2.1, period=Q1, core="进出口")
ch("回升至[[6.5%]]", "进出口增速", 6.5, period=(2023, 2023, "二季度"), core="进出口",
   note="增速回升至X: level of a growth rate, positive")
v("[[6,482.3亿元]]", "进出口", 6482.3, "元", Y, period=H1)
ch("6,482.3亿元，增长[[4.4%]]", "进出口", 4.4, period=H1)
v("[[4,115.9亿元]]", "出口", 4115.9, "元", Y, period=H1)
ch("[[9 .5%]]", "出口", 9.5, period=H1, note="stray space inside the number")
v("[[2,366.4亿元]]", "进口", 2366.4, "元", Y, period=H1)
ch("下降[[2.3%]]", "进口", 2.3, period=H1, neg=True)
v("[[8.62万亿元]]", "金融机构本外币贷款余额", 8.62, "元", 1e12, core="贷款余额", note="6月末")
ch("比年初增加[[1.2万亿元]]", "金融机构本外币贷款余额", 1.2, "元", 1e12, base=2023, core="贷款",
   note="比年初: start of the same year")
ch("同比多增[[1,386亿元]]", "贷款", 1386, "元", Y, core="贷款",
   note="the increase since the start of the year exceeds last year's by this amount")
v("[[20,317元]]", "居民人均可支配收入", 20317, "元", period=H1, core="人均可支配收入")
ch("名义增长[[6.1%]]", "居民人均可支配收入", 6.1, period=H1, core="人均可支配收入")
ch("实际增长[[5.5%]]", "居民人均可支配收入", 5.5, period=H1, core="人均可支配收入")
ch("同比上涨[[0.2%]]", "居民消费价格", 0.2, note="6月份")
ch("回落[[0.1个百分点]]", "涨幅", 0.1, "个百分点", base=2023, neg=True, core=["涨幅", "居民消费价格"],
   note="比上月 (May 2023)")
v("[[５．３％]]", "城镇调查失业率", 5.3, "％", core="失业率", note="full-width digits")
ch("下降[[0.3个百分点]]", "城镇调查失业率", 0.3, "个百分点", base=2023, neg=True, core="失业率",
   note="比一季度末 (March 2023)")
g.nf_all(r"上半年|[一二]季度|6月份|6月末|1-5月|1～[569]月|第[一二三]产业", "period/date (time) or sector name")
g.save()
