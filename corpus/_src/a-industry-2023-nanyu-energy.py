"""Gold for corpus/a-industry-2023-nanyu-energy.txt (run from /work/main).

referenceDate 2023-03-02: 今年/目前/当前 -> 2023, 去年 -> 2022.  A range (A至B, A~B, A-B) is one
quantity: value/normalizedValue give the low end, the note the high end (as in corpus-dev)."""
import importlib.util
spec = importlib.util.spec_from_file_location("acommon", "corpus/_src/a-common.py")
ac = importlib.util.module_from_spec(spec); spec.loader.exec_module(ac)

g = ac.G("a-industry-2023-nanyu-energy", "2023-03-02")
Y, E = 1e8, 1e4
STO = ["储能"]

g.f("储能装机突破[[300万千瓦]]", "value", "新型储能装机", 2022, 300, "千瓦", E, bound="moreThan", core=STO,
    note="headline; the 2022 year-end level of the body")
g.nf("记者[[3月1日]]", "date")
g.nf("截至[[2022年底]]", "bare year / date")
g.f("规模突破[[300万千瓦]]", "value", "新型储能累计装机规模", 2022, 300, "千瓦", E, bound="moreThan", core=STO)
g.f("[[312.6万千瓦]]", "value", "新型储能累计装机规模", 2022, 312.6, "千瓦", E, core=STO)
g.f("同比增长近[[1.3倍]]", "change", "新型储能累计装机规模", 2022, 1.3, "倍", base=2021, bound="approximate", core=STO)
g.f("[[1 .36亿千瓦]]", "value", "可再生能源装机容量", 2022, 1.36, "千瓦", Y, core="可再生能源装机",
    note="stray space inside the number")
g.f("首次超过[[50%]]", "share", "可再生能源装机容量", 2022, 50, "%", bound="moreThan", core="可再生能源装机")
g.f("[[2,180亿千瓦时]]", "value", "可再生能源发电量", 2022, 2180, "千瓦时", Y, bound="approximate",
    core="可再生能源发电量", note="全年 = 2022")
g.f("[[97.8%]]", "value", "风电利用率", 2022, 97.8, "%", core="风电", note="分别")
g.f("[[98.6%]]", "value", "光伏利用率", 2022, 98.6, "%", core="光伏", note="分别")
g.nf("到[[2025年]]全省", "bare year")
g.f("将达到[[800万千瓦]]以上", "value", "新型储能装机规模", 2025, 800, "千瓦", E, bound="atLeast", mod="target", core=STO)
g.f("年均新增[[150万至200万千瓦]]", "value", "新型储能装机规模", None, 150, "千瓦", E, mod="target", core=STO,
    period=(2023, 2025, "到2025年 年均"), note="range high=200万千瓦; yearly addition (a flow)")
g.f("约为[[每千瓦时1,300至1,600元]]", "value", "电化学储能系统的建设成本", 2023, 1300, "元/千瓦时",
    bound="approximate", core=["建设成本", "储能"], note="当前 -> 2023; rate; range high=1600")
g.f("[[0.5~0.7元/千瓦时]]", "value", "储能电站的度电成本", 2023, 0.5, "元/千瓦时", core="度电成本",
    note="rate; range high=0.7")
g.f("[[5.25%至5.5%]]", "value", "项目内部收益率", 2023, 5.25, "%", core="内部收益率", note="range high=5.5")
g.f("[[8至10年]]", "value", "投资回收期", None, 8, "年", nu="year", nv=8, opt=True, note="duration, range high=10")
g.f("超过[[420亿元]]", "value", "电网投资", 2023, 420, "元", Y, bound="moreThan", mod="target", note="今年…计划")
g.f("增长[[12%]]左右", "change", "电网投资", 2023, 12, "%", base=2022, bound="approximate", mod="target")
g.f("新建[[500千伏]]变电站", "value", "变电站", 2023, 500, "千伏", nu="kV", nv=500, opt=True, note="voltage class")
g.f("变电站[[3座]]", "value", "500千伏变电站", 2023, 3, "座", mod="target", core="变电站", note="将新建")
g.f("[[220千伏]]线路", "value", "线路", 2023, 220, "千伏", nu="kV", nv=220, opt=True, note="voltage class")
g.f("[[1,100余公里]]", "value", "220千伏线路", 2023, 1100, "公里", bound="moreThan", mod="target", core="线路",
    note="余 inside the span")
g.nf("今年[[1-2月]]", "month range (time)")
g.f("[[18.6万辆]]", "value", "新能源汽车产量", 2023, 18.6, "辆", E, core="新能源汽车",
    period=(2023, 2023, "1-2月"))
g.f("[[35.2%]]", "change", "新能源汽车产量", 2023, 35.2, "%", base=2022, core="新能源汽车",
    period=(2023, 2023, "1-2月"))
g.f("[[４２．７％]]", "share", "新能源汽车产量", 2023, 42.7, "％", core="新能源汽车",
    period=(2023, 2023, "1-2月"), note="full-width digits")
g.f("[[3至5万元]]", "change", "降幅", 2023, 3, "元", E, neg=True, core=["降幅", "降价", "车企"],
    note="降价 by 3-5万元 (range high=5万元); 今年以来 -> 2023")
g.f("[[2.8万元]]", "change", "某品牌中型SUV", 2023, 2.8, "元", E, neg=True, core="SUV", note="直降")
g.f("[[12万元]]", "value", "入门车型售价", 2023, 12, "元", E, bound="atMost", core="售价", note="下探至…以下")
g.f("[[1万-5万元]]", "value", "现金补贴", 2023, 1, "元", E, core="补贴", note="range high=5万元")
g.nf("今年[[2月]]国内", "date (month)")
g.f("[[40万元/吨]]", "value", "电池级碳酸锂现货均价", 2023, 40, "元/吨", E, bound="lessThan", core="碳酸锂",
    note="跌破 -> lessThan; 元/吨 -> CNY/kg")
g.nf("去年[[11月]]", "date (month)")
g.f("下跌逾[[30%]]", "change", "电池级碳酸锂现货均价", 2023, 30, "%", base=2022, neg=True, bound="moreThan",
    core="碳酸锂", note="较去年11月的高点")
g.f("回落了[[17万元]]左右", "change", "每吨价格", 2023, 17, "元/吨", E, base=2022, neg=True, bound="approximate",
    core=["价格", "碳酸锂"], note="per-ton price drop (元 per 吨 -> CNY/kg)")
g.nf("[[上半年]]碳酸锂", "period name (time)")
g.f("不会超过[[20%]]", "change", "跌幅", 2023, 20, "%", neg=True, bound="atMost", mod="target",
    core=["跌幅", "碳酸锂"], note="analyst projection for 上半年 2023")
g.f("不足[[20座]]", "value", "加氢站", 2023, 20, "座", bound="lessThan", note="目前 -> 2023")
g.f("[[1,500多辆]]", "value", "在运营的氢燃料电池汽车", 2023, 1500, "辆", bound="moreThan", core="氢燃料电池汽车")
g.f("[[20~25吨]]", "value", "重卡单车载重", 2023, 20, "吨", core="载重", note="range high=25吨")
g.f("[[400公里]]以上", "value", "续航里程", 2023, 400, "公里", bound="atLeast", core="续航")
g.nf("截至[[2月底]]", "date")
g.f("超过[[8.6万台]]", "value", "公共充电桩保有量", 2023, 8.6, "台", E, bound="moreThan", core="充电桩")
g.f("[[2.4∶1]]", "value", "车桩比", 2023, 2.4, "∶1", nu="number", nv=2.4, bound="approximate")
g.f("[[2万台]]以上", "value", "公共充电桩", 2023, 2, "台", E, bound="atLeast", mod="target", core="充电桩",
    note="今年计划新建")
g.dur("充电[[30分钟]]", 30, "分钟")
g.f("[[300公里]]左右", "value", "续航", 2023, 300, "公里", bound="approximate", note="目前主流快充桩充电30分钟可续航")
g.f("[[3万元]]左右", "value", "单桩建设成本", 2023, 3, "元", E, bound="approximate", core="建设成本")
g.save()
