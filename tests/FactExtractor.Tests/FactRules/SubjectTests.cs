namespace FactExtractor.Tests.FactRules;

/// <summary>
/// The subject of a fact (SPEC section 2): the shortest phrase of the text that names the
/// indicator, found across clauses, by 分别 and lists, after a counting verb, before a count.
/// </summary>
public sealed class SubjectTests
{
    [Theory]
    // Verbs, cues and times are stripped.
    [InlineData("全年实现地区生产总值1228亿元。", "1228亿元", "地区生产总值")]
    [InlineData("2021年惠州GDP为4977.36亿元。", "4977.36亿元", "惠州GDP")]
    [InlineData("全市一般公共预算收入完成86.3亿元。", "86.3亿元", "一般公共预算收入")]
    [InlineData("全区建成区面积由2012年的18平方公里扩大至35.2平方公里。", "18平方公里", "建成区面积")]
    [InlineData("家电企业共实现销售收入195亿元。", "195亿元", "销售收入")]
    [InlineData("恒生指数当日收报19840.1点。", "19840.1点", "恒生指数")]
    [InlineData("六月份CPI同比上涨6.4%。", "6.4%", "CPI")]
    [InlineData("猪肉价格比去年同期上涨了57.1%。", "57.1%", "猪肉价格")]
    [InlineData("全区研发经费投入强度由1.1%提高到2.68%。", "1.1%", "研发经费投入强度")]
    // A rate keeps what it is the rate of.
    [InlineData("被动元件同比增速为-9.5%。", "-9.5%", "被动元件同比增速")]
    // Common nouns that jieba tags as places still name an indicator.
    [InlineData("全市城镇人口263.91万人。", "263.91万人", "城镇人口")]
    // An age is part of a name.
    [InlineData("全市65岁及以上老年人口占比15.2%。", "15.2%", "65岁及以上老年人口")]
    [InlineData("国际上通常把60岁以上人口占总人口比重超过10%作为标准。", "10%", "60岁以上人口")]
    // A hyphen inside a name joins it; it is no number.
    [InlineData("本月TFT-LCD面板出货量下降16.8%。", "16.8%", "TFT-LCD面板出货量")]
    // 首次 is an adverb, no name: the subject stands in the clause before.
    [InlineData("2010年，深圳GDP达到10069亿元，首次实现了万亿的突破。", "万亿", "深圳GDP")]
    [InlineData("STN-LCD同比增速23.4%。", "23.4%", "STN-LCD同比增速")]
    // The headline case of the README.
    [InlineData("建成区面积由2012年的18平方公里扩大至35.2平方公里", "35.2平方公里", "建成区面积")]
    // 税后 and 税前 qualify a name; they are no times.
    [InlineData("公司全年税后利润为3.6亿元。", "3.6亿元", "税后利润")]
    // 投入 after a noun ends a compound name; before one it is a head verb.
    [InlineData("全年企业技改投入12.6亿元。", "12.6亿元", "企业技改投入")]
    [InlineData("研发投入占营业收入比重为4.1%。", "4.1%", "研发投入")]
    [InlineData("今年县里投入资金2300万元。", "2300万元", "资金")]
    // 比 before 为 or 已 ends a name as the noun "ratio"; before a base it compares.
    [InlineData("全省银行业存贷比为71.2%。", "71.2%", "银行业存贷比")]
    [InlineData("城乡居民收入比已降至2.31∶1。", "2.31∶1", "城乡居民收入比")]
    [InlineData("全县城乡居民收入比缩小至2.05∶1。", "2.05∶1", "城乡居民收入比")]
    [InlineData("全市出口额比2019年增长12%。", "12%", "出口额")]
    [InlineData("新能源汽车占比为38.5%。", "38.5%", "新能源汽车")]
    // 跌破 is no part of the name.
    [InlineData("全省猪粮比价跌破5∶1。", "5∶1", "猪粮比价")]
    // A ratio to a base (是 X 的 N倍) is said of what stands before 是.
    [InlineData("全市外贸进出口总额是去年同期的1.3倍。", "1.3倍", "外贸进出口总额")]
    [InlineData("青澜文创产品线上销售额突破1.6亿元，是去年同期的1.8倍。", "1.8倍", "销售额")]
    // A statistic names nothing alone: the subject reaches over what it is of.
    [InlineData("全省居民收入增速的算术平均值为8.3%。", "8.3%", "居民收入增速的算术平均值")]
    [InlineData("样本企业利润的中位数为1.2亿元。", "1.2亿元", "样本企业利润的中位数")]
    // Terms that open with a verb (募集, 投入) or a time word (期间, 夜间) are one noun (the user dictionary).
    [InlineData("此次募集资金总额为8.4亿元。", "8.4亿元", "募集资金总额")]
    [InlineData("全市研发投入强度提高到2.9%。", "2.9%", "研发投入强度")]
    [InlineData("报告期内期间费用率为9.7%。", "9.7%", "期间费用率")]
    [InlineData("假日期间夜间消费占比36.5%。", "36.5%", "夜间消费")]
    [InlineData("质押式回购月加权平均利率为1.84%。", "1.84%", "质押式回购月加权平均利率")]
    [InlineData("二套房首付比例不低于40%。", "40%", "二套房首付比例")]
    // Quarters written with 第, and 单季, are times: they lead the name, no part of it.
    [InlineData("第三季度单季实现净利润1.2亿元。", "1.2亿元", "净利润")]
    [InlineData("第一季度营业收入同比增长8.1%。", "8.1%", "营业收入")]
    // A comparative and its base (比上月低) are no part of the name.
    [InlineData("同业拆借利率比上月高0.08个百分点。", "0.08个百分点", "同业拆借利率")]
    [InlineData("全省工业增速比全国低0.7个百分点。", "0.7个百分点", "工业增速")]
    // A verb that enters a ranking, and a written date before it, belong to the predicate.
    [InlineData("全市GDP跻身全国前十。", "前十", "GDP")]
    [InlineData("全市GDP有望在2025年位居全国第10位。", "第10位", "GDP")]
    // A time ago before a base (由十年前的…) belongs to the base, not to the name.
    [InlineData("全县农民专业合作社由十年前的80个增加到1735个。", "80个", "农民专业合作社")]
    [InlineData("全县农民专业合作社由10年前的80个增加到1735个。", "1735个", "农民专业合作社")]
    [InlineData("全市住户存款由两个月前的80亿元增加到95亿元。", "80亿元", "住户存款")]
    // 发展到 is a verb like 增加到, not a noun counted or named (jieba tags 发展 a verbal noun).
    [InlineData("全县企业数量由2010年的50家发展到120家。", "50家", "企业数量")]
    [InlineData("全县企业数量由2010年的50家发展到120家。", "120家", "企业数量")]
    [InlineData("全县家庭农场发展到1735个。", "1735个", "家庭农场")]
    public void Phrase_before_the_number(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Theory]
    [InlineData("地区生产总值1228亿元，同比增长1.5%。", "1.5%", "地区生产总值")]
    [InlineData("全区规模以上工业增加值增长7.2%，增速高于全省平均水平1.1个百分点。", "7.2%", "规模以上工业增加值")]
    [InlineData("出口总额320亿元，增长9.8%；进口总额180亿元，下降0.4%。", "0.4%", "进口总额")]
    // What follows 相当于 is a base; 处于 is a verb.
    [InlineData("10月末全国能繁母猪存栏4210万头，相当于正常保有量的102.7%。", "102.7%", "能繁母猪存栏")]
    [InlineData("11月份全国生猪出场价格为14.91元/公斤，已连续4周处于15元/公斤以下。", "15元/公斤", "生猪出场价格")]
    // A place alone names no indicator: the one before continues.
    [InlineData("2010年，深圳GDP达到10069亿元；2016年，深圳达到20686亿元。", "20686亿元", "深圳GDP")]
    // A comparison's base is no subject: 较前一交易日 leaves the subject of the clause before.
    [InlineData("黄金合约收报448.6元/克，较前一交易日上涨1.35元/克。", "1.35元/克", "黄金合约")]
    // A clause that opens with a frame (按, 从) continues the subject before it.
    [InlineData("全市共接待游客1036.8万人次，按可比口径同比增长41.2%。", "41.2%", "游客")]
    // 收入 and 支出 name amounts, though jieba reads them as verbs.
    [InlineData("当年基金收入820亿元，支出760亿元。", "760亿元", "支出")]
    [InlineData("全区支出3.2亿元，收入4.1亿元。", "4.1亿元", "收入")]
    // One phrase before 分别 names every quantity after it.
    [InlineData("预计营业收入分别为20.5、24.2亿元，对应EPS分别为0.52、0.63元。", "0.52", "EPS")]
    [InlineData("预计营业收入分别为20.5、24.2亿元，对应EPS分别为0.52、0.63元。", "0.63元", "EPS")]
    // A rate applied to a base (按 X 的 N%) is said of what stands before 按.
    [InlineData("此外，住宅专项维修资金按购房款的千分之三交存。", "千分之三", "住宅专项维修资金")]
    [InlineData("企业按照职工工资总额的2%提取职工教育经费。", "2%", "企业")]
    // 名义 qualifies the growth; it names nothing.
    [InlineData("全省居民人均可支配收入20317元，同比名义增长6.1%。", "6.1%", "居民人均可支配收入")]
    // Real growth after the price factor is taken out is said of the subject before; the phrase
    // names nothing, whether a comma or a line break follows it.
    [InlineData("全省居民人均可支配收入20317元，同比名义增长6.1%，扣除价格因素，实际增长5.5%。", "5.5%", "居民人均可支配收入")]
    [InlineData("农村居民人均可支配收入9200元，名义增长7.0%，扣除价格因素\n实际增长6.2%。", "6.2%", "农村居民人均可支配收入")]
    [InlineData("全年社会消费品零售总额410亿元，剔除价格因素增长3.9%。", "3.9%", "社会消费品零售总额")]
    [InlineData("扣除非经常性损益后的净利润为-41.2亿元。", "-41.2亿元", "净利润")]
    public void Across_commas_in_a_sentence(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    // A measure right after a head verb, or in a clause that names nothing before it, names the
    // noun after it (or after its bound and 的); a mark it reaches (台阶, 突破) or a rate (增速) does not.
    [Theory]
    [InlineData("该电站投产后每年可替代45万吨煤炭。", "45万吨", "煤炭")]
    [InlineData("当日，央行开展了150亿元逆回购操作。", "150亿元", "逆回购")]
    [InlineData("活动期间，对购房者给予2万-8万元不等的购房补贴。", "2万-8万元", "购房补贴")]
    [InlineData("全年新开通5G基站1.2万个，签订4.5亿元订单。", "4.5亿元", "订单")]
    [InlineData("上半年居民消费价格上涨1.2%，低于3%左右的年度调控目标。", "3%", "年度调控目标")]
    [InlineData("2020年全市GDP首次实现了万亿元的突破，达到10069亿元。", "10069亿元", "GDP")]
    [InlineData("一般公共预算收入增长8%，相比上年6%和7%的增速进一步加快。", "7%", "一般公共预算收入")]
    // The mark reached is no part of the name (GDP新台阶 → GDP); 站上/迈上 are predicates.
    [InlineData("该市站上5000亿元GDP新台阶。", "5000亿元", "GDP")]
    [InlineData("全区地区生产总值迈上800亿元台阶。", "800亿元", "地区生产总值")]
    public void A_measure_names_the_noun_after_it(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    // Frames and asides that name nothing: a contribution (X影响/拉动…N个百分点) is X's; a cause
    // (受…影响) and 正常情况下 leave the subject before; a view (从X来看) names what it looks at; a
    // quoted term is the name without its quotes.
    [Theory]
    [InlineData("本月蔬菜价格影响居民消费价格总水平上涨约0.21个百分点。", "0.21个百分点", "蔬菜价格")]
    [InlineData("全年最终消费拉动经济增长3.1个百分点。", "3.1个百分点", "最终消费")]
    [InlineData("全年粮食产量41.2万吨，受夏季干旱影响下降3.4%。", "3.4%", "粮食产量")]
    [InlineData("从生猪养殖的猪粮比价来看，正常情况下5.8∶1为盈亏平衡。", "5.8∶1", "猪粮比价")]
    [InlineData("到2020年，全市职工养老保险的“抚养比”已降至2.4∶1。", "2.4∶1", "抚养比")]
    // A share word alone after 的 names the whole, not the part.
    [InlineData("去年全市油菜籽产量不到3万吨，在全市油料总产量的比重不到8%。", "8%", "油菜籽产量")]
    [InlineData("第三产业增加值在全区生产总值中的比重为55.2%。", "55.2%", "第三产业增加值")]
    public void Frames_and_asides_name_nothing(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Fact]
    public void A_statement_clause_names_the_change_after_it()
    {
        var doc = FactAssert.Extract("保险费征缴收入占比逐年减少，由2005年的84.7%下降至2017年的77.1%。");
        Assert.Equal("保险费征缴收入占比", FactAssert.Find(doc, "84.7%").Subject?.Text);
        Assert.Equal("保险费征缴收入占比", FactAssert.Find(doc, "77.1%").Subject?.Text);
        Assert.Equal(FactKind.Share, FactAssert.Find(doc, "84.7%").Kind);
    }

    [Fact]
    public void A_frame_clause_names_nothing()
    {
        // 按可比价格计算 is how the figure was computed, not what it measures.
        var fact = FactAssert.Single("全县地区生产总值215亿元。按可比价格计算，增长5.9%。", "5.9%");
        Assert.Equal("地区生产总值", fact.Subject?.Text);
    }

    [Fact]
    public void A_sentence_without_a_subject_continues_the_one_before()
    {
        var doc = FactAssert.Extract("本月制造业采购经理指数为52.2%，比上月回落0.6个百分点。但比去年同期仍回升0.2个百分点。");
        Assert.Equal("制造业采购经理指数", FactAssert.Find(doc, "0.2个百分点").Subject?.Text);
    }

    [Fact]
    public void A_new_paragraph_does_not_continue_the_previous_subject()
    {
        var doc = FactAssert.Extract("全市粮食产量45万吨。\n但比去年同期仍回升0.2个百分点。");
        Assert.Null(FactAssert.Find(doc, "0.2个百分点").Subject);
    }

    [Theory]
    // 分别 with a list before it.
    [InlineData("出口、进口分别增长3%、5%。", "3%", "出口")]
    [InlineData("出口、进口分别增长3%、5%。", "5%", "进口")]
    [InlineData("第一产业和第二产业增加值分别增长2.1%和6.3%。", "2.1%", "第一产业")]
    [InlineData("城镇和农村居民人均可支配收入分别为4.2万元和2.1万元。", "2.1万元", "农村居民人均可支配收入")]
    // A 和 inside an item: the items split at 、 match the quantities one to one.
    [InlineData("纺织业、橡胶和塑料制品业、家具制造业增加值分别增长4.1%、7.5%、2.2%。", "7.5%", "橡胶和塑料制品业")]
    [InlineData("纺织业、橡胶和塑料制品业、家具制造业增加值分别增长4.1%、7.5%、2.2%。", "2.2%", "家具制造业增加值")]
    // An item too long for a name keeps its first words, which tell the items apart.
    [InlineData("采矿业、电力热力燃气及水生产和供应业增加值分别增长1.2%和3.4%。", "3.4%", "电力热力燃气及水生产")]
    // Without 分别: quantities of one unit joined by 和 after a list of as many items.
    [InlineData("化工和建材行业用电量增幅高达12.5%和9.8%。", "12.5%", "化工")]
    [InlineData("化工和建材行业用电量增幅高达12.5%和9.8%。", "9.8%", "建材行业用电量增幅")]
    [InlineData("全年GDP增速保持在5%和6%之间。", "6%", "GDP增速")]
    public void Distribution_with_fenbie(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Fact]
    public void Fenbie_without_a_list_takes_the_subjects_of_the_quantities_before()
    {
        var doc = FactAssert.Extract("全区粮食产量12万吨，油料产量3万吨，分别增长2.5%和4.1%。");
        Assert.Equal("粮食产量", FactAssert.Find(doc, "2.5%").Subject?.Text);
        Assert.Equal("油料产量", FactAssert.Find(doc, "4.1%").Subject?.Text);
    }

    [Theory]
    // Counts after a verb: the counted thing, the verb as predicate.
    [InlineData("全年引进院士3人。", "3人", "院士", "引进")]
    [InlineData("新建学校5所。", "5所", "学校", "新建")]
    [InlineData("全省已建成加氢站不足20座。", "20座", "加氢站", "建成")]
    public void Counts_after_a_verb(string text, string quantity, string subject, string predicate)
    {
        var fact = FactAssert.Single(text, quantity);
        Assert.Equal(subject, fact.Subject?.Text);
        Assert.Equal(predicate, fact.Predicate);
    }

    [Theory]
    // A count before its noun.
    [InlineData("今年改建3所社区卫生服务中心。", "3所", "社区卫生服务中心")]
    [InlineData("依法关闭303个小型煤矿。", "303个", "小型煤矿")]
    [InlineData("全区840户、1671人建档立卡贫困人口实现稳定脱贫。", "1671人", "建档立卡贫困人口")]
    // After a relative clause, the noun it describes; else the noun before 的.
    [InlineData("美国宣布对4名协助俄罗斯的乌克兰官员实施制裁。", "4名", "乌克兰官员")]
    [InlineData("全市形成了6万多种产品的相对完整的制造业体系。", "6万多种", "产品")]
    // A relative clause with no noun of its own, opened by an adverb or not.
    [InlineData("组织验收组对全省5个已完成的家政服务中心项目进行验收。", "5个", "家政服务中心项目")]
    [InlineData("市里督查了12个完成改造的老旧小区。", "12个", "老旧小区")]
    [InlineData("今年有8个已建成的污水处理厂投入运行。", "8个", "污水处理厂")]
    // A size between the count and its noun is passed over.
    [InlineData("电厂4台66万千瓦机组取得路条。", "4台", "机组")]
    [InlineData("港区新建2个5万吨级泊位。", "2个", "泊位")]
    // A connector joins the modifiers of one noun.
    [InlineData("监管部门处罚了6名公司现任和前任高管。", "6名", "公司现任和前任高管")]
    [InlineData("今年改建3所社区卫生服务中心和5所学校。", "3所", "社区卫生服务中心")]
    // Counts listed before one noun all count it.
    [InlineData("全镇326户、905人低保对象按时领取补助。", "326户", "低保对象")]
    [InlineData("今年新建5所和3所公办幼儿园。", "5所", "公办幼儿园")]
    public void A_count_before_its_noun(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Theory]
    // A bound, a verb or a numeral after a count is no noun: the subject stands before the count.
    [InlineData("规上工业企业数量达到800家以上，高新技术企业超过900家。", "800家", "规上工业企业数量")]
    [InlineData("高新技术企业由2015年的187家增至2020年的526家。", "187家", "高新技术企业")]
    [InlineData("高新技术企业由2015年的187家增至2020年的526家。", "526家", "高新技术企业")]
    [InlineData("力争全国能繁母猪存栏量稳定在4100万头左右。", "4100万头", "能繁母猪存栏量")]
    [InlineData("2020年，东莞常住人口首次突破一千万大关。", "一千万", "东莞常住人口")]
    public void What_follows_a_count_names_it_only_if_it_is_a_noun(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Theory]
    // A quantity said of the group a count names takes the count with it.
    [InlineData("纺织、化工、医药等9个行业高于50%。", "50%", "9个行业")]
    [InlineData("以钢铁为首的6个行业达到60%以上。", "60%", "6个行业")]
    [InlineData("其余7个县区高于全市平均水平2.1个百分点。", "2.1个百分点", "7个县区")]
    [InlineData("三项社会保险基金总收入达到1200亿元。", "1200亿元", "三项社会保险基金总收入")]
    public void A_group_with_its_count(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Theory]
    // A count after the group's count counts the noun; 每 makes a rate, not a group.
    [InlineData("全省16个地市中有12个地市实现正增长。", "12个", "16个")]
    [InlineData("公司拟每10股派发现金红利3元。", "3元", "10股")]
    public void A_count_before_is_not_always_a_group(string text, string quantity, string notInSubject)
    {
        Assert.DoesNotContain(notInSubject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Theory]
    // Rates per unit and per person keep their 每 and 人均.
    [InlineData("全年小麦每亩产量增加3.2公斤。", "3.2公斤", "小麦每亩产量")]
    [InlineData("全市居民人均可支配收入38500元。", "38500元", "居民人均可支配收入")]
    [InlineData("每千人口执业医师数提高至2.9人。", "2.9人", "每千人口执业医师数")]
    public void Rates_per_unit(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }

    [Theory]
    // A ranking's scope (全国, 全省) is not its subject.
    [InlineData("全省货物贸易进出口规模位居全国第8位。", "第8位", "货物贸易进出口规模")]
    [InlineData("区域中，中部高于50%。", "50%", "中部")]
    public void Scopes_and_regions(string text, string quantity, string subject)
    {
        Assert.Equal(subject, FactAssert.Single(text, quantity).Subject?.Text);
    }
}
