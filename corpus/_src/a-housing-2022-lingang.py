"""Gold for corpus/a-housing-2022-lingang.txt (run from /work/main).

referenceDate 2022-11-16: dates without a year (10月, 11月14日) and 目前 -> 2022; 同比 -> 2021;
环比, 较年初, 较年内高点, 较此前 -> 2022."""
import importlib.util
spec = importlib.util.spec_from_file_location("acommon", "corpus/_src/a-common.py")
ac = importlib.util.module_from_spec(spec); spec.loader.exec_module(ac)

g = ac.G("a-housing-2022-lingang", "2022-11-16")
Y, E = 1e8, 1e4
y = 2022
P10 = (2022, 2022, "前10个月")


def v(ctx, subj, value, unit, scale=1, **kw):
    return g.f(ctx, "value", subj, y, value, unit, scale, **kw)


def ch(ctx, subj, value, unit="%", scale=1, base=2021, **kw):
    return g.f(ctx, "change", subj, y, value, unit, scale, base=base, **kw)


g.nf("临港[[10月]]新房", "date (month)")
v("首付比例降至[[两成]]", "首套房首付比例", 2, "成", core="首付比例", note="headline")
g.nf("住建局[[11月15日]]", "date")
g.nf("[[10月份]]全市", "date (month)")
SALES = ["网签成交", "成交"]
v("[[6,218套]]", "新建商品住宅网签成交", 6218, "套", core=SALES)
v("[[68.4万平方米]]", "成交面积", 68.4, "平方米", E)
ch("环比分别增长[[12.6%]]", "新建商品住宅网签成交", 12.6, base=2022, core=SALES, note="分别: 套数, 环比")
ch("12.6%和[[9.8%]]", "成交面积", 9.8, base=2022, note="分别, 环比")
ch("同比分别下降[[21.3%]]", "新建商品住宅网签成交", 21.3, neg=True, core=SALES, note="分别: 套数")
ch("21.3%和[[18.7%]]", "成交面积", 18.7, neg=True, note="分别")
v("[[23,650元/平方米]]", "新建商品住宅成交均价", 23650, "元/平方米", core="成交均价")
ch("环比下跌[[0.4%]]", "新建商品住宅成交均价", 0.4, base=2022, neg=True, core="成交均价")
ch("同比下跌[[2.1%]]", "新建商品住宅成交均价", 2.1, neg=True, core="成交均价")
v("[[每平方米3.86万元]]", "中心城区成交均价", 3.86, "元/平方米", E, core=["成交均价", "中心城区"])
v("[[1.72万元/平方米]]", "郊区新城", 1.72, "元/平方米", E, core=["郊区新城", "成交均价"])
g.f("[[2.2倍]]", "ratio", "中心城区均价", y, 2.2, "倍", bound="approximate", core=["均价", "中心城区"],
    note="约为郊区新城的2.2倍")
v("[[12个]]行政区", "行政区", 12, "个", opt=True, note="structural count framing a ranking (在全市12个行政区中)")
g.f("排名[[第一]]", "rank", "成交量", y, 1, "", core="成交量", note="东湖区")
v("[[1,032套]]", "当月成交", 1032, "套", core=["成交", "东湖区"])
g.f("[[16.6%]]", "share", "东湖区", y, 16.6, "%", core=["东湖区", "成交"], note="占全市总量的")
g.nf("[[10月]]全市二手住宅", "date (month)")
v("[[4,105套]]", "二手住宅成交", 4105, "套", core="二手住宅")
ch("环比增长[[5.3%]]", "二手住宅成交", 5.3, base=2022, core="二手住宅")
v("[[每平方米21,380元]]", "挂牌均价", 21380, "元/平方米")
ch("较年初下跌[[3.6%]]", "挂牌均价", 3.6, base=2022, neg=True)
g.dur("连续[[6个月]]下跌", 6, "个月")
g.nf("临港市[[11月14日]]", "date")
g.nf("“[[十二条]]”", "name (policy package)")
v("由[[三成]]下调", "首套房首付比例", 3, "成", core="首付比例", note="level before 11月14日")
v("下调至[[两成]]", "首套房首付比例", 2, "成", core="首付比例")
v("[[百分之四十]]", "二套房首付比例", 40, "百分之", bound="atLeast", core="首付比例", note="不低于")
v("[[4.1%]]", "首套住房商业性个人住房贷款利率下限", 4.1, "%", core=["贷款利率", "利率下限"])
ch("下降[[20个基点]]", "首套住房商业性个人住房贷款利率下限", 20, "个基点", base=2022, neg=True,
   core=["贷款利率", "利率下限"], note="较此前")
v("[[60万元]]", "住房公积金贷款最高额度", 60, "元", E, core="公积金贷款最高额度", note="previous level")
v("[[80万元]]", "住房公积金贷款最高额度", 80, "元", E, core="公积金贷款最高额度")
ch("增加了[[三分之一]]", "住房公积金贷款最高额度", 1 / 3, "", nu="percent", nv=ac.sig(100 / 3), base=2022,
   core="公积金贷款最高额度", note="三分之一 = 33.33%")
g.f("[[千分之五]]", "ratio", "新建商品住宅专项维修资金", y, 5, "千分之", core="维修资金", note="按购房款的千分之五")
g.dur("网签后[[6个月]]内", 6, "个月")
g.nf("[[前10个月]]", "period name (time)")
v("[[38宗]]", "住宅用地", 38, "宗", period=P10, note="predicate 出让")
v("[[416.3亿元]]", "成交金额", 416.3, "元", Y, period=P10)
ch("同比下降[[42.5%]]", "成交金额", 42.5, neg=True, period=P10)
v("仅为[[2.3%]]", "平均溢价率", 2.3, "%", period=P10, core="溢价率")
g.nf("[[10月]]螺纹钢", "date (month)")
v("[[每吨3,980元]]", "螺纹钢出厂价", 3980, "元/吨", core=["螺纹钢", "出厂价"])
ch("回落[[每吨600元]]", "螺纹钢出厂价", 600, "元/吨", base=2022, neg=True, core=["螺纹钢", "出厂价"],
   note="较年内高点; rate 元/吨 -> CNY/kg")
v("[[420元/吨]]", "商品混凝土价格", 420, "元/吨", bound="approximate", core="混凝土",
  note="下降至: level reached")
v("[[1,280万平方米]]", "商品住宅库存", 1280, "平方米", E, bound="approximate", core="库存", note="目前 -> 2022")
g.dur("约[[16.5个月]]", 16.5, "个月")
g.f("约[[三分之一]]为", "share", "新市民和青年人", y, 1 / 3, "", nu="percent", nv=ac.sig(100 / 3),
    bound="approximate", core=["新市民", "青年人"], note="of 常住人口; time from 目前 in the sentence before")
g.nf("预计[[四季度]]", "period name (time)")
ch("[[10%至15%]]", "成交量", 10, base=2022, mod="target", core="成交量",
   period=(2022, 2022, "四季度"), note="预计; 环比 -> base year = year; range high=15%")
ch("超过[[两成]]", "全年成交量", 2, "成", neg=True, bound="moreThan", mod="target", core="成交量",
   note="同比降幅仍将超过两成: forecast, decrease -> negative")
g.save()
