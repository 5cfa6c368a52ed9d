"""Gold for corpus/a-cpi-2023-xiling-may.txt (run from /work/main).

referenceDate 2023-06-21: all figures 2023; 同比 -> 2022; 环比/比上月 (April 2023) -> 2023."""
import importlib.util
spec = importlib.util.spec_from_file_location("acommon", "corpus/_src/a-common.py")
ac = importlib.util.module_from_spec(spec); spec.loader.exec_module(ac)

g = ac.G("a-cpi-2023-xiling-may", "2023-06-21")
y = 2023
CPI = ["CPI", "居民消费价格"]


def v(ctx, subj, value, unit="%", **kw):
    return g.f(ctx, "value", subj, y, value, unit, **kw)


def ch(ctx, subj, value, unit="%", base=2022, **kw):
    return g.f(ctx, "change", subj, y, value, unit, base=base, **kw)


ch("西岭CPI同比上涨[[0.4%]]", "CPI", 0.4, core=CPI, note="headline")
g.nf("[[6月10日]]", "date")
ch("（CPI）同比上涨[[0.4%]]", "居民消费价格指数（CPI）", 0.4, core=CPI)
ch("回落[[0.2个百分点]]", "涨幅", 0.2, "个百分点", base=2023, neg=True, core=["涨幅", "CPI", "居民消费价格"])
ch("环比下降[[0.3%]]", "居民消费价格指数（CPI）", 0.3, base=2023, neg=True, core=CPI)
g.nf("价格为[[100]]", "index base (上年同月=100)")
v("CPI为[[100.4]]", "CPI", 100.4, "", nu="number", nv=100.4, core=CPI, note="index level, 上年同月=100")
ch("城市上涨[[0.3%]]", "城市", 0.3, core="城市", note="CPI of urban areas")
ch("农村上涨[[0.6%]]", "农村", 0.6, core="农村")
ch("食品价格上涨[[1.1%]]", "食品价格", 1.1, core="食品")
ch("非食品价格上涨[[0.2%]]", "非食品价格", 0.2, core="非食品")
ch("消费品价格上涨[[0.3%]]", "消费品价格", 0.3, core="消费品")
ch("服务价格上涨[[0.6%]]", "服务价格", 0.6, core="服务价格")
ch("核心CPI同比上涨[[0.6%]]", "核心CPI", 0.6, core="核心CPI")
ch("猪肉价格同比下降[[4.8%]]", "猪肉价格", 4.8, neg=True, core="猪肉")
ch("收窄[[2.5个百分点]]", "降幅", 2.5, "个百分点", base=2023, neg=True, core=["降幅", "猪肉"],
   note="收窄 is a decrease word (SPEC): negative")
ch("鲜菜价格下降[[6.3%]]", "鲜菜价格", 6.3, neg=True, core="鲜菜")
ch("[[8.9%]]", "鲜果价格", 8.9, core="鲜果")
ch("鸡蛋价格上涨[[3.1%]]", "鸡蛋价格", 3.1, core="鸡蛋")
ch("约[[0.02个百分点]]", "鸡蛋价格", 0.02, "个百分点", bound="approximate", core=["鸡蛋", "CPI"],
   note="contribution to the CPI rise")
ch("粮食价格上涨[[2.0%]]", "粮食价格", 2.0, core="粮食")
ch("食用油价格下降[[1.5%]]", "食用油价格", 1.5, neg=True, core="食用油")
ch("分别下降[[11.2%]]", "汽油", 11.2, neg=True, note="分别")
ch("11.2%和[[12.0%]]", "柴油", 12.0, neg=True, note="分别")
ch("[[１１．４％]]", "交通工具用燃料价格", 11.4, "％", neg=True, core="交通工具用燃料", note="full-width digits")
ch("旅游价格上涨[[9.6%]]", "旅游价格", 9.6, core="旅游")
ch("[[1.8%]]", "教育服务价格", 1.8, core="教育服务")
g.nf("[[1—5月]]平均", "month range (time)")
ch("上涨[[1.1%]]，明显", "CPI", 1.1, core=CPI, period=(2023, 2023, "1—5月平均"), note="比上年同期")
ch("低于[[3%]]左右", "年度调控目标", 3, bound="approximate", mod="target", core=["调控目标", "CPI"],
   note="the annual CPI target")
ch("（PPI）同比下降[[4.1%]]", "工业生产者出厂价格", 4.1, neg=True, core=["出厂价格", "PPI"])
ch("环比下降[[0.5%]]", "工业生产者出厂价格", 0.5, base=2023, neg=True, core=["出厂价格", "PPI"])
ch("购进价格同比下降[[5.3%]]", "工业生产者购进价格", 5.3, neg=True, core="购进价格")
ch("扩大[[1.2个百分点]]", "降幅", 1.2, "个百分点", base=2023, neg=True, core=["降幅", "购进价格"],
   note="降幅扩大: the purchase-price growth fell a further 1.2 points -> negative")
v("[[3.65%]]", "1年期贷款市场报价利率（LPR）", 3.65, core=["LPR", "贷款市场报价利率"], note="5月份")
v("[[4.3%]]", "5年期以上LPR", 4.3, core="LPR")
g.nf("[[6月20日]]", "date")
ch("1年期LPR下调[[10个基点]]", "1年期LPR", 10, "个基点", base=2023, neg=True, core="LPR")
v("[[3.55%]]", "1年期LPR", 3.55, core="LPR")
ch("5年期以上LPR下调[[10个基点]]", "5年期以上LPR", 10, "个基点", base=2023, neg=True, core="LPR")
v("至[[4.2%]]", "5年期以上LPR", 4.2, core="LPR")
g.nf("去年[[8月]]", "date (month)")
g.nf("8月以来[[首次]]", "ordinal event (first cut)")
g.nf("[[下半年]]CPI", "period name (time)")
ch("在[[1%]]左右", "全年涨幅", 1, bound="approximate", mod="target", core=["涨幅", "CPI"], note="预计")
g.nf("在[[三季度]]前后", "period name (time)")
g.nf_all(r"5月份|[15]年期", "date (month) or tenor name")
g.save()
