"""Gold for corpus/b-monetary-lpr-cut.txt (run from /work/main)."""
import importlib.util
spec = importlib.util.spec_from_file_location("bkit", "corpus/_src/b-kit.py")
bk = importlib.util.module_from_spec(spec); spec.loader.exec_module(bk)

Y, W, WY = 1e8, 1e4, 1e12
g = bk.B("b-monetary-lpr-cut", "2024-02-21", year=2024)
LPR5 = ["LPR", "贷款市场报价利率"]
RRR = ["存款准备金率", "降准"]

# --- headline
g.dur("5年", 5, note="tenor (5年期以上), duration")
g.f("25个基点", "change", "5年期以上LPR", 25, "个基点", core=LPR5, base=2024, neg=True,
    note="headline; 下降 -> negative; 2月20日 of the dateline, reference year")
g.f("0.5个百分点", "change", "降准", 0.5, "个百分点", core=["降准", "存款准备金率"], neg=True,
    note="headline; 降准 = cut of the reserve requirement ratio -> negative")
# --- LPR
g.nf("2月20日", "date (dateline)")
g.nf("2月20日", "date")
g.nf("一期", "idiom (最新一期)")
g.dur("1年", 1, note="tenor (1年期), duration")
g.f("3.45%", "value", "1年期LPR", 3.45, "%", core=LPR5)
g.dur("5年", 5, note="tenor (5年期以上), duration")
g.f("3.95%", "value", "5年期以上LPR", 3.95, "%", core=LPR5)
g.f("25个基点", "change", "5年期以上LPR", 25, "个基点", core=LPR5, base=2024, neg=True,
    note="较上月下降 (vs January 2024)")
g.nf("2019年", "bare year")
# --- RRR
g.nf("2月5日", "date")
g.f("0.5个百分点", "change", "金融机构存款准备金率", 0.5, "个百分点", core=RRR, neg=True, note="下调 -> negative")
g.f("5%", "value", "存款准备金率", 5, "%", core="存款准备金率",
    note="institutions already at a 5% ratio (excluded from the cut)")
g.f("7.0%", "value", "金融机构加权平均存款准备金率", 7.0, "%", core="存款准备金率", bound="approximate")
g.f("1万亿元", "value", "长期流动性", 1, "元", WY, core="流动性", bound="approximate", mod="target",
    note="预计…约")
# --- economist
g.nf("第二次", "ordinal (第二次‘出手’)")
g.nf("一笔", "idiom (以一笔…为例)")
g.f("100万元", "value", "个人住房贷款", 100, "元", W, core="住房贷款", year=None, opt=True,
    note="hypothetical example amount (以…为例)")
g.dur("30年", 30, note="loan term of the example, duration")
g.dur("5年", 5, note="tenor (5年期以上), duration")
g.f("146元", "change", "月供", 146, "元", core="月供", year=None, bound="approximate", mod="target", neg=True,
    note="将减少约; hypothetical example, no year fixed")
g.f("5.3万元", "change", "利息支出", 5.3, "元", W, core="利息支出", year=None, bound="approximate",
    mod="target", neg=True, note="可减少…左右; hypothetical example")
g.f("25个基点", "change", "降息", 25, "个基点", core=["降息", "利率"], mod="target", neg=True,
    note="预计 年内 (2024) 再降息 -> target, negative")
g.nf("3月份", "date (month)")
g.f("10～15个基点", "change", "中期借贷便利（MLF）利率", 10, "个基点", core=["MLF", "利率"], mod="target",
    neg=True, high=15, note="下调空间 -> negative; 3月份 -> 2024")
# --- money supply
g.nf("1月末", "date")
g.nf("M2", "indicator code (广义货币 M2)")
g.f("297.63万亿元", "value", "广义货币（M2）余额", 297.63, "元", WY, core=["M2", "广义货币", "余额"])
g.f("8.7%", "change", "广义货币（M2）余额", 8.7, "%", core=["M2", "广义货币", "余额"], base=2023)
g.f("1个百分点", "change", "增速", 1, "个百分点", core=["增速", "M2"], base=2023, neg=True,
    note="增速比上月末 (Dec 2023) 低 -> negative")
g.nf("M1", "indicator code (狭义货币 M1)")
g.f("67.62万亿元", "value", "狭义货币（M1）余额", 67.62, "元", WY, core=["M1", "狭义货币", "余额"])
g.f("5.9%", "change", "狭义货币（M1）余额", 5.9, "%", core=["M1", "狭义货币", "余额"], base=2023)
g.nf("M0", "indicator code (流通中货币 M0)")
g.f("12.75万亿元", "value", "流通中货币（M0）余额", 12.75, "元", WY, core=["M0", "流通中货币", "余额"])
g.f("5.9%", "change", "流通中货币（M0）余额", 5.9, "%", core=["M0", "流通中货币", "余额"], base=2023)
g.nf("1月份", "date (month)")
g.f("1.37万亿元", "value", "净投放现金", 1.37, "元", WY, core=["净投放现金", "现金"])
# --- loans and deposits
g.nf("1月份", "date (month)")
g.f("4.92万亿元", "change", "人民币贷款", 4.92, "元", WY, core="人民币贷款", note="增加 (monthly flow)")
g.f("1800亿元", "change", "人民币贷款", 1800, "元", Y, core="人民币贷款", base=2023, note="同比多增")
g.f("9801亿元", "change", "住户贷款", 9801, "元", Y, core="住户贷款")
g.f("3.85万亿元", "change", "企（事）业单位贷款", 3.85, "元", WY, core="单位贷款",
    note="layout line break inside 增加")
g.f("6.69万亿元", "change", "人民币存款", 6.69, "元", WY, core="人民币存款")
g.f("1.26万亿元", "change", "人民币存款", 1.26, "元", WY, core="人民币存款", base=2023, neg=True,
    note="同比少增 -> negative")
# --- aggregate financing
g.nf("1月份", "date (month)")
g.f("6.5万亿元", "value", "社会融资规模增量", 6.5, "元", WY, core="社会融资规模")
g.f("5061亿元", "change", "社会融资规模增量", 5061, "元", Y, core="社会融资规模", base=2023,
    note="比上年同期多")
g.nf("1月末", "date")
g.f("383.15万亿元", "value", "社会融资规模存量", 383.15, "元", WY, core="社会融资规模")
g.f("9 .5%", "change", "社会融资规模存量", 9.5, "%", core="社会融资规模", base=2023,
    note="stray space inside the number")
g.f("238.02万亿元", "value", "对实体经济发放的人民币贷款余额", 238.02, "元", WY, core=["人民币贷款余额", "贷款余额"])
g.f("１０．１％", "change", "对实体经济发放的人民币贷款余额", 10.1, "％", core=["人民币贷款余额", "贷款余额"],
    base=2023, note="full-width digits")
# --- interest rates
g.nf("1月份", "date (month)")
g.f("1.73%", "value", "银行间市场同业拆借月加权平均利率", 1.73, "%", core=["同业拆借", "加权平均利率"])
g.f("0.08个百分点", "change", "银行间市场同业拆借月加权平均利率", 0.08, "个百分点",
    core=["同业拆借", "加权平均利率"], base=2023, note="比上月 (Dec 2023) 高")
g.f("1.84%", "value", "质押式回购月加权平均利率", 1.84, "%", core=["质押式回购", "加权平均利率"])
g.f("0.02个百分点", "change", "质押式回购月加权平均利率", 0.02, "个百分点", core=["质押式回购", "加权平均利率"],
    base=2023, neg=True, note="比上月低 -> negative")
g.save()
