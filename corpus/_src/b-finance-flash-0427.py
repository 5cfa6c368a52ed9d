"""Gold for corpus/b-finance-flash-0427.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W = 1e8, 1e4
g = bk.B("b-finance-flash-0427", "2023-04-28", year=2023)
SH = ["上证指数", "沪指"]

g.nf("4月27日", "date (title)")
# --- market close
g.f("0.41%", "change", "沪指", 0.41, "%", core=["沪指", "上证指数"], base=2023, neg=True,
    note="headline; 跌 -> negative; 4月27日 of the item, reference year; base = previous trading day")
g.nf("两市", "name (the two exchanges)")
g.f("8900亿元", "value", "两市成交额", 8900, "元", Y, core=["成交额"], bound="moreThan", note="headline; 超")
g.nf("4月27日", "date")
g.f("三大", "value", "指数", 3, "", nu="count", opt=True, note="三大指数: N大X (optional)")
g.f("3285.9点", "value", "上证指数", 3285.9, "点", core=SH, note="index point")
g.f("0.41%", "change", "上证指数", 0.41, "%", core=SH, base=2023, neg=True)
g.f("11062.36点", "value", "深证成指", 11062.36, "点", core="深证成指")
g.f("０．７３％", "change", "深证成指跌幅", 0.73, "％", core=["深证成指", "跌幅"], base=2023, neg=True,
    note="full-width digits; 跌幅 -> negative")
g.f("2251.47点", "value", "创业板指", 2251.47, "点", core="创业板指")
g.f("1.05%", "change", "创业板指", 1.05, "%", core="创业板指", base=2023, neg=True)
g.nf("两市", "name (the two exchanges)")
g.f("8926.4亿元", "value", "沪深两市全天成交额", 8926.4, "元", Y, core="成交额")
g.f("612亿元", "change", "成交额", 612, "元", Y, core="成交额", base=2023, neg=True,
    note="较上一交易日减少; layout line break inside 交易日 before the quantity")
g.f("23.55亿元", "value", "北向资金全天净卖出", 23.55, "元", Y, core=["净卖出", "北向资金"])
# inline quotes (optional)
for name, price, chg, pct in (("星河通信", "12.68", "1.15", "9.98%"), ("东岭传媒", "5.42", "0.31", "6.07%"),
                              ("华越科技", "7.55", "-0.21", "-2.71%"), ("川能新材", "31.02", "-1.37", "-4.23%")):
    g.at(name + "(")
    g.f(price, "value", name, float(price), "", nu="CNY", opt=True, note="inline stock quote: price")
    g.f(chg, "change", name, float(chg), "", nu="CNY", opt=True, note="inline stock quote: change")
    g.f(pct, "change", name, float(pct[:-1]), "%", opt=True, note="inline stock quote: change %")
g.f("1,863只", "value", "上涨个股", 1863, "只", core="上涨个股")
g.f("3000只", "value", "下跌个股", 3000, "只", core="下跌个股", bound="moreThan", note="逾")
# --- 华越科技 Q1
g.nf("一季度", "period name (Q1)")
g.f("37.2%", "change", "净利润", 37.2, "%", core="净利润", base=2022, neg=True, note="headline")
g.nf("一季报", "report name (Q1 report)")
g.nf("2023年第一季度", "date (year and quarter)")
g.f("18.64亿元", "value", "营业收入", 18.64, "元", Y, core="营业收入")
g.f("5.3%", "change", "营业收入", 5.3, "%", core="营业收入", base=2022)
g.f("1.12亿元", "value", "归属于上市公司股东的净利润", 1.12, "元", Y, core="净利润")
g.f("37.2%", "change", "归属于上市公司股东的净利润", 37.2, "%", core="净利润", base=2022, neg=True)
g.f("0.09元/股", "value", "基本每股收益", 0.09, "元/股", core="每股收益", note="rate: CNY per share")
g.f("21.8%", "value", "毛利率", 21.8, "%", core="毛利率", note="rate level -> value")
g.f("4.6个百分点", "change", "毛利率", 4.6, "个百分点", core="毛利率", base=2022, neg=True,
    note="较上年同期下降; line break before the quantity")
# --- 东岭传媒 reduction
g.f("1530万股", "change", "股东减持", 1530, "股", W, core=["减持", "股份", "股东"], bound="atMost",
    mod="target", neg=True, note="headline; 拟减持不超过 -> target, atMost, negative (减持)")
g.f("7.6%", "share", "持股", 7.6, "%", core=["持股", "青松投资"], note="持股7.6%的股东: stake")
g.dur("15个交易日", 15, "个交易日", nu="day")
g.dur("6个月", 6, "个月", nu="month")
g.f("1,530万股", "change", "减持公司股份", 1530, "股", W, core=["减持", "股份"], bound="atMost",
    mod="target", neg=True, note="计划…减持不超过")
g.f("2%", "share", "占公司总股本的比例", 2, "%", core=["总股本", "比例"], bound="atMost", mod="target")
g.f("420万股", "change", "减持公司股份", 420, "股", W, core=["减持", "股份"], year=2022, neg=True,
    note="去年 -> 2022; 累计减持")
# --- IPO
g.f("28.80元/股", "value", "发行价格", 28.80, "元/股", core="发行价格", note="headline")
g.f("28.80元/股", "value", "发行价格", 28.80, "元/股", core="发行价格")
g.f("4,000万股", "value", "发行数量", 4000, "股", W, core="发行数量")
g.f("11.52亿元", "value", "募集资金总额", 11.52, "元", Y, core="募集资金", mod="target", note="预计")
g.f("10.6亿元", "value", "募集资金净额", 10.6, "元", Y, core="募集资金", bound="approximate", mod="target",
    note="预计…约")
# --- central bank
g.f("20亿元", "value", "逆回购操作", 20, "元", Y, core="逆回购", note="headline")
g.nf("4月27日", "date")
g.f("20亿元", "value", "逆回购操作", 20, "元", Y, core="逆回购")
g.dur("7天", 7, "天", nu="day", note="duration (7天期 tenor)")
g.f("2.00%", "value", "中标利率", 2.00, "%", core="中标利率")
g.f("80亿元", "value", "逆回购到期", 80, "元", Y, core=["逆回购", "到期"])
g.f("60亿元", "value", "净回笼", 60, "元", Y, core="净回笼", note="a net withdrawal recorded as a positive amount")
# --- gold
g.f("448.60元/克", "value", "上金所黄金现货", 448.60, "元/克", core=["黄金", "上金所"],
    note="headline; rate 元/克 -> CNY/kg (x1000)")
g.nf("4月27日", "date")
g.nf("Au9999", "contract code")
g.f("448.60元/克", "value", "Au9999合约", 448.60, "元/克", core=["合约", "黄金"],
    note="rate 元/克 -> CNY/kg (x1000)")
g.f("1.35元/克", "change", "Au9999合约", 1.35, "元/克", core=["合约", "黄金"], base=2023,
    note="较前一交易日上涨")
g.f("0.30%", "change", "涨幅", 0.30, "%", core=["涨幅", "合约", "黄金"], base=2023)
g.f("9 .8%", "change", "Au9999合约", 9.8, "%", core=["合约", "黄金", "累计上涨"],
    note="stray space inside the number; 今年以来 -> 2023")
# --- Hong Kong
g.f("0.36%", "change", "恒生指数", 0.36, "%", core="恒生指数", base=2023, neg=True, note="headline")
g.f("19840.1点", "value", "恒生指数", 19840.1, "点", core="恒生指数")
g.f("0.36%", "change", "恒生指数", 0.36, "%", core="恒生指数", base=2023, neg=True)
g.f("1.2%", "change", "恒生科技指数", 1.2, "%", core="恒生科技指数", base=2023, neg=True)
g.f("3912.6点", "value", "恒生科技指数", 3912.6, "点", core="恒生科技指数")
g.f("982.3亿港元", "value", "港股全日成交额", 982.3, "港元", Y, core="成交额")
g.f("11%", "change", "港股全日成交额", 11, "%", core="成交额", base=2023, bound="approximate")
g.save()
