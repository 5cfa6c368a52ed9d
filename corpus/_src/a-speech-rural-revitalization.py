"""Gold for corpus/a-speech-rural-revitalization.txt (run from /work/main).

A speech transcript with spoken numbers and no publication date (referenceDate null):
今年/去年/明年/现在 cannot be resolved, so every year is null."""
import importlib.util
spec = importlib.util.spec_from_file_location("acommon", "corpus/_src/a-common.py")
ac = importlib.util.module_from_spec(spec); spec.loader.exec_module(ac)

g = ac.G("a-speech-rural-revitalization", None)
E = 1e4


def v(ctx, subj, value, unit, scale=1, **kw):
    return g.f(ctx, "value", subj, None, value, unit, scale, **kw)


g.nf("[[看一看]]", "idiom")
g.nf("[[比一比]]", "idiom")
g.nf("[[讲一讲]]", "idiom")
g.f("刚才[[几个]]乡镇", "value", "乡镇", None, None, "个", nu="count", opt=True, note="vague count (几个)")
for n in ("第一", "第二", "第三", "第四"):
    g.nf(f"　　[[{n}]]，", "enumerator")
g.nf("[[一户]]老乡", "idiom (a household, not a count)")
g.nf("过去[[一亩地]]种玉米", "rate denominator (per mu)")
g.nf("[[一年到头]]", "idiom")
v("[[六百多块钱]]", "一亩地种玉米", 600, "块钱", bound="moreThan", core=["玉米", "挣"],
  note="spoken: 多 between number and unit stays in the span")
g.nf("[[一亩地]]纯收入", "rate denominator (per mu)")
v("[[三千五百]]", "一亩地纯收入", 3500, "", nu="CNY", core="纯收入", note="spoken, 元 omitted")
g.f("是原来的[[五倍]]多", "ratio", "一亩地纯收入", None, 5, "倍", bound="moreThan", core="纯收入",
    note="五倍多: 多 after the unit is a cue (3500 vs 600)")
v("[[一万二千户]]", "加入合作社的农户", 12000, "户", core="农户")
g.f("[[百分之三十八]]", "share", "加入合作社的农户", None, 38, "百分之", bound="approximate", core="农户",
    note="占农户总数的…左右")
v("[[四十二万亩]]", "蔬菜", 42, "亩", E, core="蔬菜", note="种了; 今年 unresolved (no referenceDate)")
g.f("[[一万五千亩]]", "change", "蔬菜", None, 15000, "亩", core="蔬菜", note="比去年多了")
g.nf("猪肉[[一斤]]", "rate denominator (per jin)")
v("[[十二块]]", "猪肉", 12, "块", nu="CNY/kg", nv=24, note="一斤卖到十二块: 12 CNY per 斤 = 24 CNY/kg")
g.f("吃水要到[[几里]]外", "value", "吃水", None, None, "里", nu="m", opt=True, note="vague distance")
g.dur("[[这两年]]", 2, note="period")
v("[[两千三百万]]", "投入资金", 2300, "", E, nu="CNY", core="资金", note="元 omitted")
v("[[十一座]]", "集中供水站", 11, "座", core="供水站", note="predicate 建了")
g.nf("[[一个立方]]的水", "rate denominator (per cubic metre)")
v("只交[[两块五]]", "一个立方的水", 2.5, "块", nu="CNY/m3", nv=2.5, core=["水", "交"],
  note="spoken 两块五 = 2.5 元 per 立方")
v("说，[[两块五]]太便宜", "一个立方的水", 2.5, "块", nu="CNY/m3", nv=2.5, core="水",
  note="repeated mention of the water price")
g.nf("[[一个]]供水站", "rate denominator (per station)")
g.dur("[[一天]]能供", 1, "天")
v("[[七个立方]]", "供水站", 7, "立方", core="供水站", note="daily supply of one station")
g.dur("维护[[一年]]", 1)
v("[[两万来块]]", "维护", 2, "块", E, bound="approximate", core="维护",
  note="来 (about) between number and unit stays in the span, like 余/多")
g.nf("财政兜[[一部分]]", "idiom")
g.nf("出[[一部分]]", "idiom")
g.f("[[三成]]", "share", "村里年轻人出去打工的", None, 3, "成", core="打工")
g.f("超过[[一半]]", "share", "村里年轻人出去打工的", None, 0.5, "", nu="percent", nv=50, bound="moreThan",
    core="打工", note="一半 = 50%")
v("[[四万三千多人]]", "外出务工人员", 43000, "人", bound="moreThan", core="外出务工")
g.f("少了[[两千人]]", "change", "外出务工人员", None, 2000, "人", neg=True, bound="approximate", core="外出务工",
    note="比前年少了…左右")
v("[[八百来人]]", "回来创业的", 800, "人", bound="approximate", core="创业")
v("[[五万元]]", "补贴", 5, "元", E, bound="atMost", note="最高补贴 -> atMost")
g.f("[[百分之五十]]", "ratio", "贷款贴息", None, 50, "百分之", core="贴息")
g.nf("今年[[上半年]]", "period name (time)")
v("[[一百二十几个]]", "项目", 120, "个", bound="moreThan", core="项目",
  note="一百二十几 = 120-129")
v("[[百分之九十七点五]]", "群众满意度", 97.5, "百分之", core="满意度")
v("[[一亿八千万]]", "乡村振兴资金", 1.8, "", 1e8, nu="CNY", core="资金", note="元 omitted")
g.f("增加[[百分之十五]]", "change", "乡村振兴资金", None, 15, "百分之", core="资金", note="比去年 (unresolved)")
v("[[三千万]]用于", "农村道路", 3000, "", E, nu="CNY", core="农村道路")
v("[[六千五百万]]", "产业项目", 6500, "", E, nu="CNY", core="产业项目")
g.nf("说[[一句]]", "idiom")
g.f("[[几十个]]村", "value", "村", None, None, "个", nu="count", opt=True, note="vague count (几十)")
v("突破[[两万]]", "农村居民人均可支配收入", 2, "", E, nu="CNY", bound="moreThan", mod="target",
  core="人均可支配收入", note="目标; 明年 unresolved")
g.f("[[百分之八]]", "change", "增速", None, 8, "百分之", bound="atLeast", mod="target",
    core=["增速", "人均可支配收入"])
g.dur("[[一个月]]下不了", 1, "个月")
g.f("[[几次]]村", "value", "下村", None, None, "次", nu="count", opt=True, note="vague count")
g.nf("“[[四下基层]]”", "slogan")
g.nf("“[[一线工作法]]”", "name (work method)")
g.dur("蹲点[[两天]]", 2, "天")
g.dur("[[三天]]在村里", 3, "天")
g.save()
