"""Gold for corpus/a-bulletin-2020-zheyuan.txt (run from /work/main).

Year 2020 from the title (全年/年末); 比上年 and bare 增长/下降 -> base 2019."""
import importlib.util
spec = importlib.util.spec_from_file_location("acommon", "corpus/_src/a-common.py")
ac = importlib.util.module_from_spec(spec); spec.loader.exec_module(ac)

g = ac.G("a-bulletin-2020-zheyuan", "2021-04-06")
Y, E = 1e8, 1e4
y, b = 2020, 2019


def v(ctx, subj, value, unit, scale=1, **kw):
    return g.f(ctx, "value", subj, y, value, unit, scale, **kw)


def ch(ctx, subj, value, unit="%", scale=1, **kw):
    kw.setdefault("base", b)
    return g.f(ctx, "change", subj, y, value, unit, scale, **kw)


g.nf("柘源县[[2020年]]国民经济", "bare year (title)")
g.nf("　　[[一、]]农业", "section number")
g.nf("　　[[二、]]能源", "section number")
v("[[86.42万亩]]", "粮食播种面积", 86.42, "亩", E, core="播种面积")
ch("增加[[1.35万亩]]", "粮食播种面积", 1.35, "亩", E, core="播种面积")
v("[[52.18万亩]]", "稻谷播种面积", 52.18, "亩", E, core="稻谷")
v("[[9.64万亩]]", "小麦播种面积", 9.64, "亩", E, core="小麦")
v("[[18.3万亩]]", "玉米播种面积", 18.3, "亩", E, core="玉米")
v("[[38.65万吨]]", "粮食总产量", 38.65, "吨", E, core="粮食")
ch("增长[[2.4%]]", "粮食总产量", 2.4, core="粮食")
v("[[447.2公斤]]", "平均亩产", 447.2, "公斤", core="亩产",
  note="per-亩 yield; the denominator sits in the subject (亩产), unit as written")
v("[[12.7万亩]]", "油料种植面积", 12.7, "亩", E, core="油料")
v("[[2.08万吨]]", "油料产量", 2.08, "吨", E, core=["油料", "产量"])
ch("增长[[5.1%]]", "油料产量", 5.1, core=["油料", "产量"])
v("[[21.6万亩]]", "蔬菜种植面积", 21.6, "亩", E, core="蔬菜")
v("[[61.35万吨]]", "蔬菜产量", 61.35, "吨", E, core=["蔬菜", "产量"])
ch("增长[[3.8%]]", "蔬菜产量", 3.8, core=["蔬菜", "产量"])
v("[[4,620吨]]", "茶叶产量", 4620, "吨", core="茶叶")
ch("影响下降[[6.2%]]", "茶叶产量", 6.2, neg=True, core="茶叶")
v("[[5.72万吨]]", "肉类总产量", 5.72, "吨", E, core="肉类")
ch("下降[[4.3%]]", "肉类总产量", 4.3, neg=True, core="肉类")
v("[[3.86万吨]]", "猪肉产量", 3.86, "吨", E, core="猪肉")
ch("下降[[9.8%]]", "猪肉产量", 9.8, neg=True, core="猪肉")
v("[[1.21万吨]]", "禽肉产量", 1.21, "吨", E, core="禽肉")
ch("增长[[10.6%]]", "禽肉产量", 10.6, core="禽肉")
v("[[28.4万头]]", "生猪存栏", 28.4, "头", E)
ch("增长[[18.5%]]", "生猪存栏", 18.5, note="比上年末")
v("[[39.6万头]]", "生猪出栏", 39.6, "头", E)
ch("下降[[7.1%]]", "生猪出栏", 7.1, neg=True)
v("[[3.15万吨]]", "水产品产量", 3.15, "吨", E, core="水产品")
ch("增长[[1.9%]]", "水产品产量", 1.9, core="水产品")
v("[[68.9万千瓦]]", "农业机械总动力", 68.9, "千瓦", E, core="农业机械总动力")
ch("增长[[2.7%]]", "农业机械总动力", 2.7, core="农业机械总动力")
v("[[6.5万亩]]", "高标准农田", 6.5, "亩", E, note="predicate 新建")
v("新增有效灌溉面积[[1.2万亩]]", "有效灌溉面积", 1.2, "亩", E, note="新增: a flow, value")
v("[[2.36万吨]]", "化肥施用量", 2.36, "吨", E, core="化肥")
ch("下降[[3.3%]]", "化肥施用量", 3.3, neg=True, core="化肥")
v("[[1,180吨]]", "农药使用量", 1180, "吨", core="农药")
ch("下降[[5.0%]]", "农药使用量", 5.0, neg=True, core="农药")
g.dur("连续[[三年]]实现", 3)
v("[[42.68亿千瓦时]]", "全社会用电量", 42.68, "千瓦时", Y, core="用电量")
ch("增长[[4.6%]]", "全社会用电量", 4.6, core="用电量")
v("[[29.15亿千瓦时]]", "工业用电量", 29.15, "千瓦时", Y)
ch("增长[[3.9%]]", "工业用电量", 3.9)
v("[[6.82亿千瓦时]]", "城乡居民生活用电量", 6.82, "千瓦时", Y, core="生活用电量")
ch("增长[[8.7%]]", "城乡居民生活用电量", 8.7, core="生活用电量")
v("[[31.4亿度]]", "发电量", 31.4, "度", Y)
v("[[13.2亿度]]", "水电", 13.2, "度", Y, core=["水电", "发电量"])
v("[[2.75亿度]]", "光伏发电", 2.75, "度", Y, core="光伏")
v("[[112.6万千瓦]]", "电力装机容量", 112.6, "千瓦", E, core="装机容量")
v("[[46.3万千瓦]]", "新能源装机", 46.3, "千瓦", E, core="新能源")
g.f("[[41.1%]]", "share", "新能源装机", y, 41.1, "%", core="新能源")
g.f("新建[[35千伏]]及以上", "value", "变电站", y, 35, "千伏", nu="kV", nv=35, bound="atLeast", opt=True,
    note="voltage class (size class)")
v("变电站[[4座]]", "35千伏及以上变电站", 4, "座", core="变电站", note="predicate 新建")
v("[[38.5万千伏安]]", "变电容量", 38.5, "千伏安", E, note="新增")
g.f("改造[[10千伏]]线路", "value", "线路", y, 10, "千伏", nu="kV", nv=10, opt=True, note="voltage class (size class)")
v("[[326公里]]", "10千伏线路", 326, "公里", core="线路", note="predicate 新建改造")
g.nf("完成“[[一乡一站]]”", "slogan")
v("[[198.4万吨标准煤]]", "规模以上工业综合能源消费量", 198.4, "吨标准煤", E, core="能源消费量")
ch("下降[[2.8%]]", "规模以上工业综合能源消费量", 2.8, neg=True, core="能源消费量")
ch("能耗下降[[5.6%]]", "单位工业增加值能耗", 5.6, neg=True, core=["工业增加值能耗", "能耗"])
g.nf("[[万元]]地区生产总值能耗", "rate denominator inside the subject")
v("[[0.46吨标准煤]]", "万元地区生产总值能耗", 0.46, "吨标准煤", core="能耗",
  note="per 万元 of GDP; denominator in the subject, unit as written")
ch("下降[[4.1%]]", "万元地区生产总值能耗", 4.1, neg=True, core="能耗")
v("[[1.86亿立方米]]", "天然气消费量", 1.86, "立方米", Y, core="天然气")
ch("增长[[12.3%]]", "天然气消费量", 12.3, core="天然气")
v("[[8.9万户]]", "管道燃气用户", 8.9, "户", E, core="燃气用户")
g.nf("注：“[[一乡一站]]”", "slogan")
g.f("至少建成[[一座]]", "value", "35千伏变电站", None, 1, "座", bound="atLeast", core="变电站", opt=True,
    note="definition of the slogan 一乡一站 (per township), not a reported amount")
g.f("一座[[35千伏]]变电站", "value", "变电站", None, 35, "千伏", nu="kV", nv=35, opt=True, note="voltage class")
g.save()
