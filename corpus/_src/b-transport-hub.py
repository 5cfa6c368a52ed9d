"""Gold for corpus/b-transport-hub.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W = 1e8, 1e4
g = bk.B("b-transport-hub", "2024-01-26", year=2023)
T = "target"
INV = ["交通固定资产投资", "交通投资"]
HW = ["高速公路总里程", "高速公路通车里程", "高速公路"]

# --- headlines
g.f("1万公里", "value", "高速公路通车里程", 1, "公里", W, core=["高速公路通车里程", "高速公路"], bound="moreThan",
    note="headline; 突破; the year of the 2023 report")
g.f("1,562亿元", "value", "交通固定资产投资", 1562, "元", Y, core=INV, note="headline")
# --- investment
g.nf("1月25日", "date")
g.nf("2023年", "bare year")
g.f("1,562亿元", "value", "交通固定资产投资", 1562, "元", Y, core=INV)
g.f("8.4%", "change", "交通固定资产投资", 8.4, "%", core=INV, base=2022)
g.dur("3年", 3, note="连续3年: duration")
g.f("第一", "rank", "投资规模", 1, "", core=["投资规模", "交通固定资产投资"], year=None,
    period=(2021, 2023, "连续3年"), note="位居全国第一, true of each of 2021-2023 -> year None")
# --- highways
g.f("612公里", "value", "新增高速公路通车里程", 612, "公里", core=["高速公路通车里程", "高速公路"])
g.f("10,158公里", "value", "高速公路总里程", 10158, "公里", core=HW)
g.f("1万公里", "value", "高速公路总里程", 1, "公里", W, core=HW, bound="moreThan", note="首次突破")
g.f("第11位", "rank", "路网密度", 11, "位", core="路网密度", note="排名全\\n国第11位: line break")
g.f("3个位次", "change", "路网密度排名", 3, "个位次", core="路网密度", base=2022, note="较上年前进 -> positive")
g.f("1,830公里", "value", "普通国省道新改建", 1830, "公里", core="普通国省道")
g.f("8,600余公里", "value", "农村公路新改建", 8600, "公里", core="农村公路", bound="moreThan",
    note="余 sits inside the span")
g.nf("G60", "highway code")
g.f("一倍", "change", "通行能力", 1, "倍", core="通行能力", bound="approximate", note="提升约一倍")
# --- railways
g.f("326亿元", "value", "铁路建设完成投资", 326, "元", Y, core=["铁路建设", "投资"])
g.f("415千米", "value", "新开通铁路营业里程", 415, "千米", core=["铁路营业里程", "营业里程"])
g.f("268千米", "value", "高速铁路", 268, "千米", core="高速铁路", note="其中 (of the new lines)")
g.f("6,420千米", "value", "铁路运营里程", 6420, "千米", core="铁路运营里程")
g.f("２０００千米", "value", "高铁运营里程", 2000, "千米", core="高铁运营里程", bound="moreThan",
    note="full-width digits; 突破")
g.f("1 .38亿人次", "value", "铁路旅客发送量", 1.38, "人次", Y, core="旅客发送量", note="stray space inside the number")
g.f("102.6%", "change", "铁路旅客发送量", 102.6, "%", core="旅客发送量", base=2022)
g.nf("2019年", "bare year")
g.f("1.12倍", "ratio", "铁路旅客发送量", 1.12, "倍", core="旅客发送量", base=2019, note="是2019年的")
# --- ports
g.f("5.86亿吨", "value", "港口货物吞吐量", 5.86, "吨", Y, core="货物吞吐量")
g.f("6.1%", "change", "港口货物吞吐量", 6.1, "%", core="货物吞吐量", base=2022, note="同比增\\n长: line break")
g.f("1,032.7万标箱", "value", "集装箱吞吐量", 1032.7, "标箱", W, core="集装箱吞吐量")
g.f("11.3%", "change", "集装箱吞吐量", 11.3, "%", core="集装箱吞吐量", base=2022)
g.f("846.5万标箱", "value", "临海港集装箱吞吐量", 846.5, "标箱", W, core="集装箱吞吐量")
g.f("第58位", "rank", "临海港", 58, "位", core=["临海港", "集装箱吞吐量", "集装箱港口"],
    note="在全球集装箱港口中排名")
g.f("4位", "change", "临海港排名", 4, "位", core=["临海港", "排名"], base=2022, nu="rank",
    note="较上年上升4位 = up 4 places")
# --- airports
g.f("4,215.6万人次", "value", "机场旅客吞吐量", 4215.6, "人次", W, core="旅客吞吐量")
g.nf("2019年", "bare year")
g.f("96.5%", "ratio", "机场旅客吞吐量", 96.5, "%", core="旅客吞吐量", base=2019, note="恢复至2019年同期的")
g.f("38.7万吨", "value", "货邮吞吐量", 38.7, "吨", W, core="货邮吞吐量")
g.f("14.8%", "change", "货邮吞吐量", 14.8, "%", core="货邮吞吐量", base=2022)
g.f("2,980.3万人次", "value", "省会机场旅客吞吐量", 2980.3, "人次", W, core="旅客吞吐量")
g.f("千万", "value", "千万级机场", 1, "人次", 1e7, core="机场", opt=True, note="千万级: size class (optional)")
# --- road/water passengers and freight
g.f("1.05亿人次", "value", "营业性客运量", 1.05, "人次", Y, core="客运量")
g.f("3.2%", "change", "营业性客运量", 3.2, "%", core="客运量", base=2022, neg=True)
g.f("25.3亿吨", "value", "全社会货运量", 25.3, "吨", Y, core="货运量")
g.f("5.6%", "change", "全社会货运量", 5.6, "%", core="货运量", base=2022)
# --- plans for 2024
g.f("1,500亿元", "value", "交通投资", 1500, "元", Y, core=INV[::-1], year=2024, bound="atLeast", mod=T,
    note="今年 -> 2024; 计划…以上")
g.f("32个", "value", "高速公路项目", 32, "个", core="高速公路项目", year=2024, mod=T)
g.f("500公里", "value", "新增高速公路通车里程", 500, "公里", core=["高速公路通车里程", "高速公路"], year=2024,
    bound="approximate", mod=T, note="力争…左右")
g.f("200千米", "value", "新开通铁路", 200, "千米", core="铁路", year=2024, bound="atLeast", mod=T,
    note="确保…以上")
g.nf("2025年", "bare year")
g.nf("十四五", "plan name")
g.f("1.1万公里", "value", "高速公路总里程", 1.1, "公里", W, core=HW, year=2025, mod=T, note="将达到")
g.save()
