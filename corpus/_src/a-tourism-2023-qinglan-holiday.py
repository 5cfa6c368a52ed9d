"""Gold for corpus/a-tourism-2023-qinglan-holiday.txt (run from /work/main).

referenceDate 2023-10-09: 今年/目前/假期 -> 2023; 同比/去年同期 -> 2022.  Many numerals sit in names
and slogans (non-facts)."""
import importlib.util
spec = importlib.util.spec_from_file_location("acommon", "corpus/_src/a-common.py")
ac = importlib.util.module_from_spec(spec); spec.loader.exec_module(ac)

g = ac.G("a-tourism-2023-qinglan-holiday", "2023-10-09")
Y, E = 1e8, 1e4
y = 2023
HOL = (2023, 2023, "“双节”假期（9月29日至10月6日）")


def v(ctx, subj, value, unit, scale=1, **kw):
    return g.f(ctx, "value", subj, y, value, unit, scale, **kw)


def ch(ctx, subj, value, unit="%", scale=1, base=2022, **kw):
    return g.f(ctx, "change", subj, y, value, unit, scale, base=base, **kw)


g.nf("“[[双节]]”假期青澜", "name (the two holidays)")
v("接待游客超[[千万人次]]", "接待游客", 1, "人次", 1e7, bound="moreThan", core="游客", note="headline")
g.nf("中秋“[[双节]]”假期（", "name (the two holidays)")
g.nf("[[9月29日至10月6日]]", "date range")
v("[[1,036.8万人次]]", "接待游客", 1036.8, "人次", E, core="游客", period=HOL)
ch("同比增长[[41.2%]]", "接待游客", 41.2, core="游客", period=HOL)
g.nf("较[[2019年]]同期", "bare year")
ch("同期增长[[12.7%]]", "接待游客", 12.7, base=2019, core="游客", period=HOL)
v("[[86.5亿元]]", "旅游收入", 86.5, "元", Y, period=HOL)
ch("同比增长[[53.8%]]", "旅游收入", 53.8, period=HOL)
v("[[34家]]", "A级旅游景区", 34, "家", core="景区")
v("[[312.4万人次]]", "A级旅游景区累计接待游客", 312.4, "人次", E, core=["景区", "接待游客"], period=HOL)
g.nf("其中[[5A级]]景区", "grade name")
g.f("[[38.6%]]", "share", "5A级景区接待量", y, 38.6, "%", core=["景区接待量", "5A级景区"], period=HOL)
v("[[415.6万人次]]", "乡村旅游接待游客", 415.6, "人次", E, core="乡村旅游", period=HOL)
g.f("[[四成]]", "share", "乡村旅游接待游客", y, 4, "成", bound="approximate", core="乡村旅游", period=HOL)
v("[[82.5%]]", "星级酒店平均入住率", 82.5, "%", core="入住率", period=HOL)
ch("[[16.3个百分点]]", "星级酒店平均入住率", 16.3, "个百分点", core="入住率", period=HOL)
v("[[9.8万人次]]", "青澜古镇单日最高接待游客", 9.8, "人次", E, core=["古镇", "接待游客"], period=HOL,
  note="single-day peak")
g.nf("“[[一带一路]]”", "slogan / initiative name")
g.nf("[[进一步]]", "idiom")
g.nf("文旅[[一体化]]", "idiom")
g.nf("“[[三桥两路]]”", "project name")
g.dur("由[[3小时]]缩短", 3, "小时")
g.dur("缩短至[[1.5小时]]", 1.5, "小时")
v("[[126对]]", "青澜高铁站日均开行列车", 126, "对", core=["开行列车", "列车"], note="目前 -> 2023")
v("[[3万4000个]]", "新增停车泊位", 3.4, "个", E, core="停车泊位", note="mixed form 3万4000 = 34000")
v("[[32.6万辆次]]", "高速公路日均车流量", 32.6, "辆次", E, core="车流量", period=HOL)
g.nf("“[[十证齐发]]”", "slogan")
g.nf("“[[一窗通办]]”", "slogan")
g.dur("[[3个工作日]]", 3, "个工作日")
g.nf("[[12345]]热线", "service hotline number")
v("[[2,186件]]", "涉旅诉求", 2186, "件", core="诉求", period=HOL)
v("[[99.6%]]", "办结率", 99.6, "%", period=HOL)
v("[[97.3%]]", "游客满意度", 97.3, "%", core="满意度", period=HOL)
g.nf("[[第十三届]]", "ordinal of a festival")
v("[[460余场]]", "各类演出、展览活动", 460, "场", bound="moreThan", core=["活动", "演出"])
v("[[2.3亿人次]]", "线上直播观看量", 2.3, "人次", Y, bound="moreThan", core="观看量")
g.nf("[[C919]]", "model name")
g.nf("[[1∶1]]模型", "model scale in a name, not a measured ratio")
g.nf("[[5G]]+VR", "technology name")
v("近[[8万名]]", "观众", 8, "名", E, bound="approximate")
v("[[52.38亿元]]", "文旅消费金额", 52.38, "元", Y, core="消费金额", period=HOL)
ch("同比增长[[36.4%]]", "文旅消费金额", 36.4, core="消费金额", period=HOL)
g.f("[[42.1%]]", "share", "夜间消费", y, 42.1, "%", period=HOL)
g.nf("“[[双十一]]”", "name (shopping festival)")
v("[[1.6亿元]]", "青澜文创产品线上销售额", 1.6, "元", Y, bound="moreThan", core="线上销售额")
g.f("[[1.8倍]]", "ratio", "青澜文创产品线上销售额", y, 1.8, "倍", base=2022, core="线上销售额", note="是去年同期的")
v("[[23家]]", "景区", 23, "家", core="景区", note="入选“第一梯队”")
g.nf("“[[第一梯队]]”", "idiom (first tier)")
g.f("[[第二]]。", "rank", "数量", y, 2, "", core=["数量", "景区"], note="位居全省第二 (the count of 23 scenic spots)")
g.nf("[[下一步]]", "idiom")
g.nf("党的[[十九大]]", "party congress")
g.nf("和[[二十大]]", "party congress")
g.nf("“[[一城两带三区]]”", "slogan (spatial plan)")
g.nf("到[[2025年]]", "bare year")
g.f("[[1.2亿人次]]", "value", "年接待游客量", 2025, 1.2, "人次", Y, bound="moreThan", mod="target", core="接待游客")
g.f("[[1,200亿元]]", "value", "旅游总收入", 2025, 1200, "元", Y, mod="target")
g.save()
