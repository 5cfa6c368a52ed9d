"""Gold for corpus/b-agri-grain-pork.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W, WY = 1e8, 1e4, 1e12
g = bk.B("b-agri-grain-pork", "2023-12-12", year=2023)
GRAIN = ["粮食产量", "粮食总产量"]
GRAIN2 = ["粮食总产量", "粮食产量"]
RATIO = "猪粮比价"
SOW = "能繁母猪"

# --- headlines
g.f("1.39万亿斤", "value", "粮食产量", 1.39, "斤", WY, core=GRAIN, note="headline; 今年 -> 2023; 斤 = 0.5 kg")
g.f("6∶1", "value", "猪粮比价", 6, "∶1", core=RATIO, nu="number", bound="lessThan",
    note="headline; 跌破 -> lessThan; X∶1 -> X, dimensionless")
# --- output
g.nf("12月11日", "date")
g.nf("2023年", "bare year")
g.f("13908.2亿斤", "value", "粮食总产量", 13908.2, "斤", Y, core=GRAIN2)
g.f("177.6亿斤", "change", "粮食总产量", 177.6, "斤", Y, core=GRAIN2, base=2022)
g.f("1.3%", "change", "粮食总产量", 1.3, "%", core=GRAIN2, base=2022)
g.dur("9年", 9, note="连续9年: duration")
g.f("1.3万亿斤", "value", "粮食产量", 1.3, "斤", WY, core=GRAIN, year=None, period=(2015, 2023, "连续9年"),
    bound="atLeast", note="true of each year 2015-2023")
g.f("12828.7亿斤", "value", "谷物产量", 12828.7, "斤", Y, core="谷物产量")
g.f("1.5%", "change", "谷物产量", 1.5, "%", core="谷物产量", base=2022)
g.nf("一号", "document name (中央一号文件)")
g.nf("三夏", "name of a farming season")
g.nf("三秋", "name of a farming season")
# --- area
g.f("17.85亿亩", "value", "粮食播种面积", 17.85, "亩", Y, core="播种面积")
g.f("954.6万亩", "change", "粮食播种面积", 954.6, "亩", W, core="播种面积", base=2022)
g.f("0.5%", "change", "粮食播种面积", 0.5, "%", core="播种面积", base=2022)
g.f("6.63亿亩", "value", "玉米播种面积", 6.63, "亩", Y, core=["玉米播种面积", "玉米"])
g.f("2,081万亩", "change", "玉米播种面积", 2081, "亩", W, core=["玉米播种面积", "玉米"], base=2022)
g.f("1.57亿亩", "value", "大豆播种面积", 1.57, "亩", Y, core=["大豆播种面积", "大豆"])
g.f("342万亩", "change", "大豆播种面积", 342, "亩", W, core=["大豆播种面积", "大豆"], base=2022, neg=True,
    note="减少 + line break before the quantity")
g.f("2.2%", "change", "大豆播种面积", 2.2, "%", core=["大豆播种面积", "大豆"], base=2022, neg=True)
g.f("20%", "value", "大豆自给率", 20, "%", core="自给率", bound="lessThan", note="不足")
g.f("1.19亿公顷", "value", "全国粮食播种面积", 1.19, "公顷", Y, core="播种面积", bound="approximate")
g.f("389.7公斤/亩", "value", "全国粮食作物单位面积产量", 389.7, "公斤/亩", core=["单位面积产量", "单产"],
    note="rate 公斤/亩 -> kg/m2 (1 亩 = 2000/3 m2)")
g.f("3.2公斤", "change", "每亩产量", 3.2, "公斤", core=["每亩产量", "亩产"], base=2022,
    note="每亩 sits in the subject; unit as written (公斤)")
g.f("0.8%", "change", "每亩产量", 0.8, "%", core=["每亩产量", "亩产", "单产"], base=2022)
g.f("1557.6亿斤", "value", "黑龙江粮食产量", 1557.6, "斤", Y, core=["粮食产量", "黑龙江"])
g.f("第一", "rank", "黑龙江粮食产量", 1, "", core=["粮食产量", "黑龙江"], note="位居全国第一")
g.f("1324.9亿斤", "value", "河南粮食产量", 1324.9, "斤", Y, core=["河南", "粮食产量"], note="分别: 河南")
g.f("1131.2亿斤", "value", "山东粮食产量", 1131.2, "斤", Y, core=["山东", "粮食产量"], note="分别: 山东")
g.f("第二", "rank", "河南粮食产量", 2, "", core=["河南", "粮食产量"], note="分别…位列第二、第三: 河南")
g.f("第三", "rank", "山东粮食产量", 3, "", core=["山东", "粮食产量"], note="分别: 山东")
# --- pig market
g.nf("11月份", "date (month)")
g.f("14.91元/公斤", "value", "生猪出场价格", 14.91, "元/公斤", core=["生猪出场价格", "生猪价格"])
g.dur("4周", 4, "周", nu="week", note="连续4周: duration")
g.f("15元/公斤", "value", "生猪出场价格", 15, "元/公斤", core=["生猪出场价格", "生猪价格"], bound="atMost",
    period=(2023, 2023, "连续4周"), note="处于…以下")
g.f("5.4%", "change", "生猪出场价格", 5.4, "%", core=["生猪出场价格", "生猪价格"], base=2023, neg=True,
    note="环比下\\n跌 (line break inside the cue); 环比: base = year")
g.f("36.2%", "change", "生猪出场价格", 36.2, "%", core=["生猪出场价格", "生猪价格"], base=2022, neg=True)
g.f("每公斤20.87元", "value", "猪肉批发均价", 20.87, "元/公斤", core=["猪肉批发", "均价"],
    note="rate written 每公斤…元")
g.f("31.5%", "change", "猪肉批发均价", 31.5, "%", core=["猪肉批发", "均价"], base=2022, neg=True, note="回落")
g.f("2,640元/吨", "value", "国内玉米平均收购价", 2640, "元/吨", core=["玉米", "收购价"],
    note="rate 元/吨 -> CNY/kg (x0.001)")
g.f("8%", "change", "国内玉米平均收购价", 8, "%", core=["玉米", "收购价"], base=2022, bound="approximate",
    neg=True)
g.f("5.48∶1", "value", "猪粮比价", 5.48, "∶1", core=RATIO, nu="number", note="降至: level")
g.f("6∶1", "value", "盈亏平衡点", 6, "∶1", core=["盈亏平衡", RATIO], nu="number", year=None,
    note="break-even level of the ratio, a general threshold: no year")
g.f("200元", "value", "头均亏损", 200, "元", core=["亏损", "头均"], bound="approximate",
    note="per-head loss, a positive amount with subject 亏损")
# --- capacity
g.nf("10月末", "date")
g.f("4,210万头", "value", "能繁母猪存栏", 4210, "头", W, core=SOW)
g.f("102.7%", "ratio", "能繁母猪存栏", 102.7, "%", core=SOW, note="相当于正常保有量的")
g.f("0.5%", "change", "能繁母猪存栏", 0.5, "%", core=SOW, base=2023, neg=True, note="环比")
g.f("4.42亿头", "value", "生猪存栏", 4.42, "头", Y, core="生猪存栏")
g.f("0.4%", "change", "生猪存栏", 0.4, "%", core="生猪存栏", base=2022, neg=True)
g.nf("前三季度", "period name (time)")
Q3 = (2023, 2023, "前三季度")
g.f("7,119万吨", "value", "猪牛羊禽肉产量", 7119, "吨", W, core=["猪牛羊禽肉", "肉产量"], period=Q3)
g.f("4.5%", "change", "猪牛羊禽肉产量", 4.5, "%", core=["猪牛羊禽肉", "肉产量"], base=2022, period=Q3)
g.f("4,303万吨", "value", "猪肉产量", 4303, "吨", W, core="猪肉产量", period=Q3)
g.f("3.5%", "change", "猪肉产量", 3.5, "%", core="猪肉产量", base=2022, period=Q3)
# --- outlook
g.f("4,100万头", "value", "能繁母猪存栏量", 4100, "头", W, core=SOW, year=2024, bound="approximate",
    mod="target", note="明年 -> 2024; 力争")
g.f("3,900万～4,300万头", "value", "能繁母猪存栏量正常波动范围", 3900, "头", W, core=[SOW, "波动范围"], year=2024,
    mod="target", high="4300万头")
g.save()
