"""Tasks and speakers on county and city reports: one made-up paragraph per rule of issue 12's
families 7 and 8 (none is a corpus sentence; each fails on the tree before its rule)."""
from __future__ import annotations

import pytest

from desktop_app.extraction import extract


def tasks(body: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.speaker) for t in extract(body).tasks]


def speaker_of(body: str, text: str) -> str | None:
    found = [s for t, s in tasks(body) if text in t]
    assert found, (text, tasks(body))
    return found[0]


# 7. speakers
def test_directive_in_the_sentence_of_the_named_speaker():
    body = "5月8日，全区安全生产工作会议召开。区长李强出席会议并讲话强调，要切实抓好安全生产工作，坚决遏制重特大事故发生。"
    assert speaker_of(body, "要切实抓好安全生产工作") == "李强"


def test_quote_before_its_attribution():
    body = "在柳溪村，县长王涛察看了产业基地。“我们要把群众的事当成自己的事来办。”王涛说。"
    assert speaker_of(body, "我们要把群众的事当成自己的事来办") == "王涛"


def test_relayed_spirit_belongs_to_the_meeting():
    body = ("3月2日，县委常委会召开会议。会议传达学习了省委书记刘明在全省经济工作会议上的讲话精神，强调要认真贯彻"
            "落实会议精神，扎实做好今年各项工作。")
    assert speaker_of(body, "要认真贯彻落实会议精神") is None


def test_addressees_before_a_colon_are_no_task():
    body = "区委书记陈刚调研时要求相关部门、乡镇：要加强协调配合；要加快项目建设进度。"
    assert tasks(body) == [("要加强协调配合", "陈刚"), ("要加快项目建设进度", "陈刚")]


# 8. tasks
@pytest.mark.parametrize("body", [
    "会议要求和议程安排由县委办公室另行通知。",
    "会议共四项议程。一是传达学习上级文件精神；二是听取全县工作情况汇报；三是研究部署下步工作。",
])
def test_no_task(body):
    assert tasks(body) == [], tasks(body)


def test_imperative_headings_after_a_colon():
    body = ("县委书记张华强调：深刻认识做好防汛工作的重要性。各乡镇要克服麻痹思想，时刻绷紧防汛这根弦。"
            "压实防汛工作责任。各级各部门要层层落实责任。强化值班值守。")
    found = tasks(body)
    for text in ("深刻认识做好防汛工作的重要性", "压实防汛工作责任", "强化值班值守"):
        assert any(t.startswith(text) and s == "张华" for t, s in found), (text, found)


def test_jianjue_after_a_demand_verb():
    body = "县委书记张华在会上强调，坚决守住不发生规模性返贫的底线。"
    assert speaker_of(body, "坚决守住不发生规模性返贫的底线") == "张华"


def test_bare_ordinal_verbs():
    body = "镇党委书记赵亮要求，一抓责任落实，二抓隐患排查，三抓应急处置。"
    found = extract(body).tasks
    assert [(t.ordinal, t.text, t.speaker) for t in found] == [
        ("一抓", "一抓责任落实", "赵亮"), ("二抓", "二抓隐患排查", "赵亮"), ("三抓", "三抓应急处置", "赵亮")]
    assert found[0].rules[0] == "task_ordinal_verb"


def test_yingdang_marks_a_directive():
    body = "副县长孙敏指出，各级党委应当切实履行主体责任。"
    assert speaker_of(body, "各级党委应当切实履行主体责任") == "孙敏"


def test_yingdang_that_describes_is_no_task():
    assert tasks("这是各级党委应当坚持的基本原则，也是工作应该具有的基本特征。") == []


def test_hopes_set_out_after_a_colon_are_tasks_of_their_speaker():
    body = "市委书记赵明提三点希望：希望大家坚定发展信心，希望大家真抓实干，希望大家廉洁自律。"
    assert tasks(body) == [("希望大家坚定发展信心", "赵明"), ("希望大家真抓实干", "赵明"), ("希望大家廉洁自律", "赵明")]


def test_the_speaker_who_introduces_a_list_and_the_speaker_of_the_sentence_before():
    # guards: these worked before this round and must go on working
    body = ("县委书记张华出席会议并讲话。张华提出四点要求：一是提高政治站位；二是压实工作责任；三是强化督导检查。"
            "他指出，今年是巩固成果的关键之年。要紧盯目标任务，全力推进各项工作。")
    assert [s for _t, s in tasks(body)] == ["张华"] * 4


# Round of the local report set (made-up sentences of the same shapes)
def test_jianjue_that_opens_a_sentence_is_a_task():
    body = ("县委书记张华强调，各乡镇要开展拉网式隐患排查，做到隐患不排除不放过。坚决杜绝因灾造成人员伤亡。"
            "“整改不到位的，坚决不能验收。”他说。")
    found = tasks(body)
    assert ("坚决杜绝因灾造成人员伤亡", "张华") in found
    assert ("坚决不能验收", "张华") in found


def test_jianjue_inside_a_sentence_goes_on_with_the_clause_before():
    body = "会议强调，要认真学习领会，坚决贯彻落实。"
    assert tasks(body) == [("要认真学习领会，坚决贯彻落实", None)]


def test_meeting_demand_after_a_comma():
    body = "关于老旧小区改造，会议要求，区住建局牵头做好项目统筹，合理安排施工时序。"
    assert tasks(body) == [("区住建局牵头做好项目统筹，合理安排施工时序", None)]


def test_imperative_after_qiangdiao_and_a_comma():
    body = "县长李强在讲话中强调，坚持问题导向，推动各项工作落地见效。"
    assert speaker_of(body, "坚持问题导向") == "李强"


@pytest.mark.parametrize("body", [
    # statements, topics and summaries after 强调/要求 and a comma are no tasks
    "总书记强调，推动中部地区崛起是党中央作出的重要决策。",
    "总书记强调，推动乡村全面振兴，关键靠人。",
    "总书记要求，推动中部地区崛起不断取得新成效。",
    "各级党委要把握从严治党要求，落实管党治党责任。",
    "她指出，垃圾分类是基层治理的“绣花功夫”，要说难也难，要说不难也不难。",
    "本次学习共有三项内容：一是传达学习上级会议精神；二是专题学习条例；三是开展交流研讨。",
])
def test_not_a_task(body):
    found = [t for t, _s in tasks(body)]
    assert not any(t.startswith(("推动", "落实管党", "要说", "一是", "二是", "三是")) for t in found), found


def test_imperative_items_after_a_sentence_of_qiangdiao():
    body = ("区委书记赵明强调，全面从严治党永远在路上。深刻认识反腐败斗争的复杂性；压实管党治党政治责任，"
            "各级党组织书记要切实履行第一责任人职责；锲而不舍落实中央八项规定精神，坚决纠治形式主义。")
    found = tasks(body)
    for text in ("深刻认识反腐败斗争的复杂性", "压实管党治党政治责任", "锲而不舍落实中央八项规定精神"):
        assert any(t.startswith(text) and s == "赵明" for t, s in found), (text, found)


def test_the_answers_belong_to_the_official_introduced_as_answering():
    body = ("国家统计局副局长蒋立平就相关问题回答了记者提问。\n问：下一步有何打算？\n"
            "答：各地应当加强统计监督，严肃查处数据造假。")
    assert speaker_of(body, "各地应当加强统计监督") == "蒋立平"


def test_agenda_items_after_the_premiers_demands_are_no_tasks():
    body = ("总理主持召开常务会议，要求稳住就业基本盘，切实保障民生；审议通过《物业管理条例（草案）》；"
            "听取关于防汛工作的汇报。")
    found = [t for t, _s in tasks(body)]
    assert not any(t.startswith(("审议", "听取")) for t in found), found


@pytest.mark.parametrize("attribution", ["王涛在督查中说。", "王涛这样要求。", "县长王涛也说。"])
def test_quote_attributed_a_few_words_later(attribution):
    body = "在柳溪村，县长王涛察看了产业基地。副县长李明陪同。“我们要把每一个项目都办成民心工程。”" + attribution
    assert speaker_of(body, "我们要把每一个项目都办成民心工程") == "王涛"


# Round 3 (national news and general classes)
def test_a_spokespersons_answers_without_an_introduction():
    body = ("外交部发言人林思远宣布：某国总统将访华。\n问：中方对地区局势有何评论？\n"
            "答：中方一贯主张，有关各方应当通过对话协商解决分歧。")
    assert speaker_of(body, "有关各方应当通过对话协商解决分歧") == "林思远"


def test_a_document_that_is_followed_is_no_speaker():
    body = ("教育部部长王立新指出，成绩来之不易。他说，各地要按照《规划纲要》要求加快建设教育体系。"
            "具体来说，一要抓好义务教育均衡发展；二要推进高校建设。")
    assert speaker_of(body, "一要抓好义务教育均衡发展") == "王立新"
    assert speaker_of(body, "二要推进高校建设") == "王立新"


@pytest.mark.parametrize("body", [
    "他说，要说没有压力，那是假话。",
    "县长王明强调，招商要说难也难，要说不难也不难。",
    "答：要说有什么“威胁”，恰恰是个别国家不断扩充军备。",
    "李明指出，要说两国合作的潜力，首先就在于经济的高度互补。",
])
def test_yaoshuo_opening_a_topic_is_no_task(body):
    assert tasks(body) == []


def test_yaoshuo_as_a_directive_stays():
    assert [t for t, _ in tasks("他强调，干部要说到做到。")] == ["干部要说到做到"]
    assert tasks("他强调，要说老实话，办老实事。") != []


def test_a_lead_in_that_announces_a_list_is_no_task_but_its_items_are():
    body = "县长王明强调，2027年要重点抓好以下工作：（一）加快构建水网；（二）全力保障防洪安全。"
    assert [t for t, _ in tasks(body)] == ["（一）加快构建水网", "（二）全力保障防洪安全"]
    body = "王勇说，下一步要重点推进三方面的工作：继续深化改革；着力优化布局；加快转型升级。"
    assert [t for t, _ in tasks(body)] == ["继续深化改革", "着力优化布局", "加快转型升级"]


def test_inspection_findings_are_no_tasks_but_demands_about_them_are():
    body = ("巡察发现，镇党委在落实主体责任方面存在薄弱环节：一是惠民政策落实不到位，部分对象管理不及时；"
            "二是工程项目管理不规范。")
    assert tasks(body) == []
    body = "针对巡察发现的问题，他提出三点要求：一是立行立改；二是举一反三。"
    assert [t for t, _ in tasks(body)] == ["一是立行立改", "二是举一反三"]


def test_a_look_ahead_after_a_review_makes_the_headings_directives():
    body = ("李明指出，过去一年，党风廉政建设取得新成效。做好今年的廉政工作，第一，持续深化作风建设。"
            "第二，切实过紧日子。")
    found = extract(body).tasks
    assert [(t.ordinal, t.text) for t in found] == [("第一", "持续深化作风建设"), ("第二", "切实过紧日子")]


def test_yinggai_with_a_preposition_is_a_directive():
    body = "他说，各级领导干部应该把代表的意见当作金点子，认真研究。"
    assert tasks(body) != []
    assert tasks("会议指出，这是我们应当坚持的指导思想。") == []


def test_items_opening_with_the_same_verb_after_a_colon():
    body = "区长刘洋在讲话中强调，抓好三项重点工作：抓项目建设，抓招商引资，抓民生改善。"
    assert [t for t, _ in tasks(body)] == ["抓项目建设", "抓招商引资", "抓民生改善"]


@pytest.mark.parametrize("body, expected", [
    ("他强调，全党要不忘初心、牢记使命。", ["全党要不忘初心、牢记使命"]),
    ("他指出，要不断深化对改革规律的认识。", ["要不断深化对改革规律的认识"]),
    ("他说，这种作风要不得。", []),
    ("县长王明说，要不然，群众就会有意见。", []),
    ("他说，这笔钱要不来，项目就停了。", []),
])
def test_yaobu_is_a_modal_before_buduan_and_buwang_only(body, expected):
    assert [t for t, _ in tasks(body)] == expected


def test_comparisons_and_superlatives_with_yao_are_no_tasks():
    assert tasks("县长王明指出，今年的增速要比去年高出两个百分点，这是来之不易的。") == []
    assert tasks("县长王明指出，全县最有特色的产业，要数茶叶种植和加工。") == []
    assert tasks("县长王明强调，要数字赋能，推动产业升级。") != []


def test_yiyao_after_a_short_subject_and_its_traps():
    body = "街道党工委书记李丽要求，各社区一要摸清底数；二要建立台账；三要定期走访。"
    found = extract(body).tasks
    assert [(t.ordinal, t.text) for t in found] == [("一要", "一要摸清底数"), ("二要", "二要建立台账"), ("三要", "三要定期走访")]
    assert tasks("会议指出，坚持发展是第一要务、人才是第一资源。") == []
    assert tasks("他说，统一要求，一要求实效。") is not None          # 一要求 is no 一要: no crash


def test_a_quoted_term_in_a_short_subject():
    body = "县委书记刘伟强调，各级领导干部特别是“一把手”要带头讲政治、守规矩，做到令行禁止。"
    assert speaker_of(body, "要带头讲政治") == "刘伟"
    assert tasks("他指出，对标全面建成小康社会“三农”工作必须完成的硬任务，查漏补缺。") == []


@pytest.mark.parametrize("body, expected", [
    # 要 + an aim or a condition, answered by the next clause: the answer is the task
    ("镇党委书记陈刚说，要想把果园办成景区，必须先修好村道。", ["必须先修好村道"]),
    ("县长孙平指出，乡村要留住年轻人，就必须有稳定的产业。", ["就必须有稳定的产业"]),
    ("种植大户老吴说，要光靠卖鲜果，那就只能赔钱。", []),
    # a directive followed by another directive stays one
    ("区长钱丽强调，要压实防汛责任，落实值班制度。", ["要压实防汛责任，落实值班制度"]),
])
def test_a_condition_of_yao_answered_by_the_next_clause_is_no_task(body, expected):
    assert [t for t, _ in tasks(body)] == expected


def test_a_list_whose_first_item_tells_what_was_done_is_a_review():
    body = "市水务局局长周林介绍，局里做了两件事。一是建成了全市管网监测平台；二是研发出一套漏损预警模型。"
    assert tasks(body) == []
    body = "区应急局局长吴涛说，一是排查了全部危化企业；二是组织了三次演练。"
    assert tasks(body) == []
    body = "县长马军要求，一是深入了解群众诉求；二是及时回应关切。"
    assert [t for t, _ in tasks(body)] == ["一是深入了解群众诉求", "二是及时回应关切"]


# Session 6: 要 in narration (feature reports, villagers, plans), not what must be done
@pytest.mark.parametrize("body", [
    "村民老周说，村干部打来电话，要他把家里的旧房拆掉。",                 # asking someone (要他/要她)
    "听说要修路占地，不少村民起初并不乐意。",                             # a plan heard of
    "她下决心要把家乡的茶叶卖到全国去。",                                 # a wish
    "河西乡也打定主意，要发展林下经济。",                                 # a decision in the clause before
    "过去农民只向土地要收成，如今也吃上了旅游饭。",                       # 向…要: asking for
    "“我今后要更加用心地种好每一亩地。”返乡青年刘晓说。",                 # a personal vow (我)
    "“进了城，我要学一门手艺。”移民户扎西说。",
    "村里要办的事还很多，光修渠就得半年。",                               # 要 + verb + 的 + noun
    "这是我们必须守住的底线。",
    "县里要服务的企业有三百多家。",
    "要把山货卖出去，乡亲们觉得，就得先修好路。",                         # an aim answered two clauses later
])
def test_yao_in_narration_is_no_task(body):
    assert tasks(body) == []


@pytest.mark.parametrize("body, expected", [
    ("他要求各乡镇要切实负起责任，要他们把工作落到实处。", ["各乡镇要切实负起责任", "要他们把工作落到实处"]),
    ("会议要求，要树立正确的政绩观，坚决反对形式主义。", ["要树立正确的政绩观，坚决反对形式主义"]),
    ("他强调，要有的放矢，精准施策。", ["要有的放矢，精准施策"]),
    ("他说，要以铁的纪律守护绿水青山。", ["要以铁的纪律守护绿水青山"]),
    ("他说，自我革命关键要有刀刃向内的勇气。", ["自我革命关键要有刀刃向内的勇气"]),
    ("他说，会议决心要在年内完成改造。", ["会议决心要在年内完成改造"]),
    ("县委书记王刚说，一个地方要发展，要富裕，必须有好的干部队伍。", ["必须有好的干部队伍"]),
    ("他指出，要看干部是否真抓实干，要向群众学习。", ["要看干部是否真抓实干", "要向群众学习"]),
    ("他强调，我省要加快建设现代化产业体系。", ["我省要加快建设现代化产业体系"]),
])
def test_directives_that_look_like_narration_stay(body, expected):
    assert [t for t, _ in tasks(body)] == expected


def test_a_list_whose_first_item_tells_how_a_figure_moved_is_a_review():
    body = "一季度，全区经济运行平稳：一是固定资产投资增长8.2%；二是社会消费品零售总额同比增长6.1%。"
    assert tasks(body) == []
    body = "县长李明要求，一是确保地区生产总值增长7%以上；二是力争财政收入增长5%。"
    assert [t for t, _ in tasks(body)] == ["一是确保地区生产总值增长7%以上", "二是力争财政收入增长5%"]
    body = "会议强调，一是推动工业增加值增长8%；二是抓好项目建设。"
    assert [t for t, _ in tasks(body)] == ["一是推动工业增加值增长8%", "二是抓好项目建设"]


# 应 alone (guidelines: 应/应当/应该 mark directives)
@pytest.mark.parametrize("body, task", [
    ("会议指出，各乡镇应加强值班值守，确保信息畅通。", "各乡镇应加强值班值守"),
    ("县长王立新强调，主办单位应按规定报备，应及时上报突发情况。", "主办单位应按规定报备"),
    ("会议要求，汛期是防汛工作的关键期。各村应把转移避险预案落到每家每户。", "各村应把转移避险预案落到每家每户"),
])
def test_a_bare_ying_before_a_directive_word_is_a_task(body, task):
    assert any(t.startswith(task) for t, _ in tasks(body)), tasks(body)


@pytest.mark.parametrize("body", [
    "会议应出席代表312人，实到305人，符合法定人数。",
    "村民李应川一家热情地招呼大家进屋。",
    "这家企业应势而动，抢占了市场先机。",
    "检察长应勇在报告中回顾了去年的工作。",
    "今年的防汛物资相应增加，供应充足。",
])
def test_ying_inside_a_word_or_a_name_is_no_task(body):
    assert not [t for t, _ in tasks(body) if "应" in t], tasks(body)


def test_a_meeting_demand_that_only_sets_the_scene_is_no_task():
    body = "会议要求，冬季是森林防火的关键期。各乡镇应严格落实巡山护林责任。"
    assert [t for t, _ in tasks(body)] == ["各乡镇应严格落实巡山护林责任"]


# Session 6: a meeting's 强调 in one clause, imperatives that follow a directive, result lists
@pytest.mark.parametrize("body, expected", [
    ("会议强调，确保全年目标任务圆满完成。", ["确保全年目标任务圆满完成"]),
    ("会议强调，对巡察反馈的问题逐条制定整改措施，限期整改到位。", ["对巡察反馈的问题逐条制定整改措施，限期整改到位"]),
    ("会议强调，做好民族团结工作关键在基层。", []),                      # a judgment
    ("会议强调，做好防汛工作，必须压实各级责任。", ["必须压实各级责任"]),    # a topic, then the modal
    ("会议强调，党的领导是做好一切工作的根本保证。", []),
    ("县长王明强调，确保全年目标任务圆满完成。", []),                   # a person's one clause sums up
])
def test_a_meetings_stress_in_one_clause(body, expected):
    assert [t for t, _ in tasks(body)] == expected


def test_imperatives_that_follow_a_directive_in_its_paragraph():
    body = ("会议要求，各乡镇要压实防汛责任。对排查出的隐患建立台账，逐一销号。严格落实24小时值班制度。"
            "当前正值主汛期。加强值守。")
    assert [t for t, _ in tasks(body)] == ["各乡镇要压实防汛责任", "对排查出的隐患建立台账，逐一销号",
                                           "严格落实24小时值班制度"]
    body = "镇长李华强调，各村要认真履行整改主体责任。持续的降雨已造成部分道路损毁。"
    assert [t for t, _ in tasks(body)] == ["各村要认真履行整改主体责任"]
    body = "该县坚持保护优先。一是实施源头严控，严格落实管控要求，坚决不引进化工企业。大力开展岸线整治。"
    assert "大力开展岸线整治" not in [t for t, _ in tasks(body)]


def test_a_list_whose_first_item_gives_a_result_in_figures_is_a_review():
    body = "2024年，县林业局扎实推进国土绿化：一是完成人工造林8000亩；二是完成森林抚育1.5万亩。"
    assert tasks(body) == []
    body = "县长李明要求，一是完成人工造林8000亩；二是完成森林抚育1.5万亩。"
    assert [t for t, _ in tasks(body)] == ["一是完成人工造林8000亩", "二是完成森林抚育1.5万亩"]
    body = "全县今年的重点：一是完成人工造林8000亩以上；二是建成高标准农田2万亩。"
    assert [t for t, _ in tasks(body)] == ["一是完成人工造林8000亩以上", "二是建成高标准农田2万亩"]


@pytest.mark.parametrize("body", [
    "村民说，哪家要翻修房子，他就带着村干部上门帮忙。",                       # 要X，他就Y: a condition told
    "镇长说，搬迁户的顾虑很多：有人舍不得老屋，不搬；有人担心没收入，不搬；还有人觉得太远，不搬。",
    "保护措施升级：林业部门介入，严厉打击盗伐；2015年，林场被批准为省级自然保护区；建立新的管护机制。",
    "这一年发生了两件大事：一是水库历史上首次蓄满；二是县里建成第一条高速。",
    "过去，办一个证，就要跑五六个部门。",                                      # the past: "had to"
])
def test_stories_and_facts_are_no_tasks(body):
    assert tasks(body) == []


def test_a_time_to_come_after_the_past_keeps_the_directive():
    body = "县长王明说，过去一年全县经济稳中有进，今年要加快项目建设。"
    assert [t for t, _ in tasks(body)] == ["今年要加快项目建设"]


@pytest.mark.parametrize("body, expected", [
    ("村民老刘告诉记者，今年要多种点大豆，听说县里还有补贴。", []),
    ("“明年要把民宿再扩两间。”民宿老板王芳笑着说。", []),
    ("广大干部群众表示，要以实干实绩推动高质量发展。", ["要以实干实绩推动高质量发展"]),
    ("“各村要把好事办好。”县长王明说。", ["各村要把好事办好"]),
])
def test_a_laypersons_plan_is_no_task(body, expected):
    assert [t for t, _ in tasks(body)] == expected


@pytest.mark.parametrize("body, task", [
    ("会议强调，信访问题要及时化解。", "信访问题要及时化解"),
    ("会议强调，思想政治工作要贯穿始终。", "思想政治工作要贯穿始终"),
    ("卓玛要求，村级财务问题应当在两个月内整改到位。", "村级财务问题应当在两个月内整改到位"),
    ("会议强调，要想方设法稳就业。", "要想方设法稳就业"),
])
def test_a_subject_with_a_noun_like_wenti_or_sixiang_keeps_its_directive(body, task):
    """问/想/说… are verbs only outside such nouns (问题, 思想): the clause is a directive."""
    assert [t for t, _ in tasks(body)] == [task]


@pytest.mark.parametrize("body", [
    "村民说，要想日子过得好，需要大家一起干。",
    "企业要想留住人才，关键在于环境。",
    "要说转折点，是2019年那次展会。",
    "要说成果转化难，难就难在最后一公里。",
    "巡察组指出，该乡存在一些问题：一是资金使用效益不高；二是财务管理不规范。",
])
def test_conditions_topics_and_findings_are_no_tasks(body):
    assert tasks(body) == []


@pytest.mark.parametrize("body", [
    "今年，县里重点抓了三件事：一是完成老旧小区改造；二是建成城市书房；三是开通城乡公交。",
    "去年，镇党委着力办好民生实事：一是建成村级养老服务站；二是改造农村危房。",
])
def test_a_lead_in_that_counts_what_was_done_makes_a_review(body):
    assert tasks(body) == []


def test_a_document_that_sets_out_a_count_of_measures_keeps_its_items():
    body = "答：方案提出了三个方面的保障措施：一是加强组织领导；二是完善投入机制。"
    assert [t for t, _ in tasks(body)] == ["一是加强组织领导", "二是完善投入机制"]
    body = "针对去年暴露的问题，会议提出三点要求：一是压实责任；二是强化督查。"
    assert [t for t, _ in tasks(body)] == ["一是压实责任", "二是强化督查"]


@pytest.mark.parametrize("body, expected", [
    ("他强调，严禁在林区吸烟、烧纸等野外用火行为。", ["严禁在林区吸烟、烧纸等野外用火行为"]),
    ("县长李明要求，各单位不得截留挪用扶贫资金。", ["各单位不得截留挪用扶贫资金"]),
    ("他说，抓落实来不得半点虚假。", []),
    ("村民们舍不得离开老屋，不得不一次次劝说。", []),
])
def test_prohibitions_are_directives(body, expected):
    assert [t for t, _ in tasks(body)] == expected


def test_the_first_item_after_a_colon_in_a_semicolon_list():
    body = "会议强调，要做到“三个坚持”：坚持人民至上；坚持问题导向；坚持系统观念。"
    assert [t for t, _ in tasks(body)] == ["要做到“三个坚持”", "坚持人民至上", "坚持问题导向", "坚持系统观念"]


# Session 7: habits and skills told in a feature story; 不要 as a prohibition
@pytest.mark.parametrize("body", [
    "老周是水库的管护员，每天都要沿着库区走上两圈。",                     # a habit (每天…要)
    "每到汛期，巡堤的队员都要在大堤上住上一个月。",
    "“每次下井要带齐十几样工具。”老矿工马森说。",
    "好的茶农，先要会看天，再要会看叶。",                                 # a skill (要会 + verb)
    "“你不要怕，慢慢来。”奶奶笑着说。",                                   # advice in a story (不要)
    "暗访组不打招呼、不要陪同，直奔现场。",
    "想图清闲就不要来基层。",
])
def test_habits_skills_and_advice_in_a_story_are_no_tasks(body):
    assert tasks(body) == []


@pytest.mark.parametrize("body, expected", [
    ("会议要求，各乡镇每月都要开展一次隐患排查。", ["各乡镇每月都要开展一次隐患排查"]),
    ("各社区每周要组织一次消防巡查。", ["各社区每周要组织一次消防巡查"]),
    ("他说，党员干部平时就要加强学习，做到学思践悟。", ["党员干部平时就要加强学习，做到学思践悟"]),
    ("领导干部要会抓落实，善于解决实际问题。", ["领导干部要会抓落实，善于解决实际问题"]),
    ("要会同有关部门加强联合执法。", ["要会同有关部门加强联合执法"]),
    ("区长吴迪叮嘱，不要把隐患留到汛期，要立即整改到位。", ["不要把隐患留到汛期", "要立即整改到位"]),
    ("他强调，发展民宿不要搞大拆大建，要守住村庄原貌。", ["发展民宿不要搞大拆大建", "要守住村庄原貌"]),
    ("答：各方应当保持克制。有关人士不要借机渲染紧张气氛。", ["各方应当保持克制", "有关人士不要借机渲染紧张气氛"]),
])
def test_directives_with_habits_skills_or_buyao_stay(body, expected):
    assert [t for t, _ in tasks(body)] == expected


def test_the_leader_who_chairs_a_named_meeting_speaks():
    body = ("省委书记郭明主持召开省委常委会会议时指出，汛期是事故易发多发期。"
            "全省上下必须始终绷紧安全生产这根弦，压紧压实企业主体责任。")
    assert speaker_of(body, "全省上下必须始终绷紧安全生产这根弦") == "郭明"


def test_at_someones_request_is_no_demand():
    body = "双方要深化农业合作。中方应汤方要求派出的农技组已在当地开展服务。"
    assert [t for t, _ in tasks(body)] == ["双方要深化农业合作"]
    body = "他应邀出席会议并要求各地抓紧整改。"
    assert [t for t, _ in tasks(body)] == ["要求各地抓紧整改"]


def test_a_member_who_proposes_speaks_and_a_disciplinary_notice_lists_cases():
    body = "全国人大常委会委员邢立珍建议，要完善异地就医直接结算制度。"
    assert speaker_of(body, "要完善异地就医直接结算制度") == "邢立珍"
    body = "通报如下：\n1.某省政协原副主席王某违规收受礼品礼金问题。\n2.某州原州长李某违规公款吃喝问题。"
    assert tasks(body) == []
    body = "会议要求：\n1.严肃查处违规违纪问题。\n2.严肃查处村党支部书记违规收受礼金问题。"
    assert [t for t, _ in tasks(body)] == ["1.严肃查处违规违纪问题", "2.严肃查处村党支部书记违规收受礼金问题"]
    body = "第二批活动要加强调查研究，广泛听取意见建议，用好第一批活动的经验。"    # 意见建议 is a noun
    assert speaker_of(body, "要加强调查研究") is None


def test_he_stands_for_the_subject_of_the_clause_that_named_him():
    body = ("副区长马骏、汤斌出席会议。会议研究了背街小巷整治方案。"
            "区长贺立新确定由汤斌牵头，区城管局具体负责。他强调，各街道要把保洁队伍配齐配强。")
    assert speaker_of(body, "各街道要把保洁队伍配齐配强") == "贺立新"
    body = "县长邬明一行来到城南水厂。在沉淀池旁，他仔细查看设备运行情况，要求施工单位要倒排工期。"
    assert speaker_of(body, "施工单位要倒排工期") == "邬明"


def test_a_meeting_word_that_is_heard_or_spoken_about_is_no_speaker():
    body = "街道党工委副书记苗新在听取意见后要求，社区要把议事会开成常态。物业公司要尽快完成划线。"
    assert speaker_of(body, "社区要把议事会开成常态") == "苗新"
    assert speaker_of(body, "物业公司要尽快完成划线") == "苗新"
    body = "副市长庞雪峰就抓好会议精神落实提出要求。各区县要在月底前把部署传达到每一家企业。"
    assert speaker_of(body, "各区县要在月底前把部署传达到每一家企业") == "庞雪峰"


@pytest.mark.parametrize("body, expected", [
    ("区长韦彤要求，区水务局应每周通报一次治理进度。", ["区水务局应每周通报一次治理进度"]),
    ("“落地只是开始，配套服务必须跟上，决不能让企业来回跑。”区委书记乔亮说。", ["配套服务必须跟上，决不能让企业来回跑"]),
    ("他强调，扶贫项目必须务实，脱贫成效必须扎实。", ["扶贫项目必须务实", "脱贫成效必须扎实"]),
])
def test_short_strong_directives_and_should_every_week(body, expected):
    assert [t for t, _ in tasks(body)] == expected


@pytest.mark.parametrize("body", [
    "村里的老人谁家要去县医院复查，她都记在本子上。",
    "种粮不光要多打粮，而且必须是好粮。",
])
def test_whoever_needs_and_what_something_must_be_are_no_tasks(body):
    assert tasks(body) == []


def test_should_before_a_long_object_with_de_directs_and_inside_an_object_does_not():
    body = "答：中方欢迎东盟发挥积极作用。地区国家应当坚持开放包容的合作，共同维护和平。"
    assert [t for t, _ in tasks(body)] == ["地区国家应当坚持开放包容的合作，共同维护和平"]
    body = "会议要求，二是进一步健全请示报告制度，对应该请示报告的重大事项做出具体规定。"
    assert [t for t, _ in tasks(body)] == ["二是进一步健全请示报告制度，对应该请示报告的重大事项做出具体规定"]


def test_a_person_with_no_post_voices_a_resolve_not_a_directive():
    body = ("座谈会上，全国劳动模范、某机床集团高级技师聂长松，北京大学教授钟离远先后发言。"
            "聂长松说：“我们要把手艺毫无保留地传给年轻人。”")
    assert tasks(body) == []
    body = "颁奖大会上，获得者代表孟庆和在发言中说，要把有限的精力投入到科研事业中去。"
    assert tasks(body) == []
    body = "市长葛长林出席座谈会。葛长林说，各部门要把技能人才培养摆在突出位置。"
    assert [t for t, _ in tasks(body)] == ["各部门要把技能人才培养摆在突出位置"]


def test_an_interview_named_in_a_question_does_not_answer_and_a_report_speaks_for_itself():
    body = ("外交部发言人罗安宁主持例行记者会。\n"
            "问：某国总统阿丹·库鲁日前在接受采访时评价两国合作，中方有何回应？\n"
            "答：中方赞赏库鲁总统的评价。国际社会应当关注小岛屿国家的特殊困难。")
    assert speaker_of(body, "国际社会应当关注小岛屿国家的特殊困难") == "罗安宁"
    body = ("会议听取了全国人大常委会副委员长、执法检查组组长尉迟明关于检查情况的汇报。尉迟明介绍，检查组分赴8个省开展检查。"
            "报告建议，各级政府要严格落实耕地保护责任。")
    assert speaker_of(body, "各级政府要严格落实耕地保护责任") is None


def test_an_attribution_that_closes_its_sentence_and_a_pronoun_subject_before_an_adverb():
    body = ("“项目是发展的硬支撑，园区上下要像抓自家的事一样抓项目服务。”10月22日，在重大项目集中签约仪式上，"
            "县委副书记、园区党工委书记甘文斌说。")
    assert speaker_of(body, "园区上下要像抓自家的事一样抓项目服务") == "甘文斌"
    body = "区长苗静怡带队督导大气污染防治工作。在建筑工地，她发现路面仍有泥土带出，当即叮嘱施工负责人，要严格落实冲洗要求。"
    assert speaker_of(body, "要严格落实冲洗要求") == "苗静怡"


def test_a_meeting_whose_name_holds_a_verb_still_speaks():
    body = "省委书记张强指出，就业是最大的民生。全省就业工作会议强调，各地要稳住就业基本盘。"
    assert speaker_of(body, "各地要稳住就业基本盘") is None


def test_a_quote_said_at_the_close_of_a_long_attribution_and_a_speaker_who_sets_out_points():
    body = ("“群众的事没有小事，各村干部要把每件诉求登记在册。”6月3日，县委书记闵向东在县群众工作中心"
            "接待来访群众时这样说。")
    assert speaker_of(body, "各村干部要把每件诉求登记在册") == "闵向东"
    body = ("全国林草工作会议召开。国家林草局局长裴远山出席会议。对明年的工作，裴远山讲了两个方面。"
            "第一，森林防火要抓早抓小。第二，要推进国家公园建设。")
    assert speaker_of(body, "森林防火要抓早抓小") == "裴远山"
    assert speaker_of(body, "要推进国家公园建设") == "裴远山"


def test_a_plan_told_in_a_story_and_results_counted_with_more_than_are_no_tasks():
    body = "说起下一步的打算，村党支部书记童立夫说，合作社要再添两条烘干线，让村民的稻谷不愁卖。"
    assert tasks(body) == []
    body = "会议强调，说起来容易做起来难，各村要拿出今年的打算，逐户落实。"
    assert speaker_of(body, "各村要拿出今年的打算") is None
    body = ("镇党委副书记鲁元通报了前一阶段工作情况：一是全镇清理沟渠淤泥300余吨，二是拆除违建21处。"
            "镇长邬平要求，各村要在月底前完成自查。")
    assert [t for t, _ in tasks(body)] == ["各村要在月底前完成自查"]


def test_policies_that_must_act_early_are_directives():
    body = "会议强调，货币政策要靠前发力、精准发力。发展还要靠大家共同努力。"
    assert [t for t, _ in tasks(body)] == ["货币政策要靠前发力、精准发力"]


def test_findings_of_an_inspection_a_plan_listed_after_a_colon_and_a_motto_are_no_tasks():
    body = ("组长宁致远指出，巡察中发现，局党组在落实主体责任上还有差距：一是对工程项目监管不严，"
            "二是执行财经纪律不够严格。")
    assert tasks(body) == []
    body = "说起明年的打算，村党支部书记乔丰年掰着指头数：村里需要一座冷库，还要建一个农产品展销点。"
    assert tasks(body) == []
    body = "“值班不要嫌累，要把每户的门窗都看一遍。”这是社区党委书记郁庆华常对年轻网格员说的话。"
    assert tasks(body) == []
    body = "“各网格员要把每户的门窗都看一遍。”社区党委书记郁庆华在会上说。"
    assert speaker_of(body, "各网格员要把每户的门窗都看一遍") == "郁庆华"


def test_what_some_residents_propose_a_habit_after_yao_and_a_lesson_learnt_are_no_tasks():
    body = "座谈会上，居民们你一言我一语，有的提出要拓宽小区的消防通道，有的希望多装几盏路灯。"
    assert tasks(body) == []
    body = "去年，社区成立了助老服务队。队里的志愿者要定期到空巢老人家里帮忙买菜、打扫卫生。"
    assert tasks(body) == []
    body = "他常跟年轻干部说，自己刚来时也想急着出成绩，后来才明白要先把群众的心焐热。"
    assert tasks(body) == []
    body = "街道党工委书记黎晓东强调，各社区要定期走访独居老人，建立一人一档。"
    assert speaker_of(body, "各社区要定期走访独居老人") == "黎晓东"


def test_bare_should_before_a_verb_of_sorting_out_directs():
    body = "会议指出，营商环境是一个地方的名片。各部门应梳理审批中的难点问题，在6月底前形成清单。"
    assert [t for t, _ in tasks(body)] == ["各部门应梳理审批中的难点问题，在6月底前形成清单"]


def test_the_time_a_meeting_demand_is_set_in_is_no_task():
    body = "会议要求，眼下已进入主汛期，各乡镇应当落实24小时值班制度，严防死守每一处险工险段。"
    assert [t for t, _ in tasks(body)] == ["各乡镇应当落实24小时值班制度，严防死守每一处险工险段"]


def test_a_requirement_as_a_noun_opens_no_demand():
    body = "县长钟明远要求，各部门要开展专项整治，对不符合要求的坚决依法关停。"
    assert [t for t, _ in tasks(body)] == ["各部门要开展专项整治，对不符合要求的坚决依法关停"]


def test_a_prepositional_item_whose_modal_follows_is_one_task():
    body = ("区长柯文斌指出，各街道要坚持领导干部接访制度，把矛盾化解在基层；对重复信访和信访积案，"
            "应当实行“一案一专班”，逐案明确包案领导；区信访局要强化督办问效，对敷衍塞责的严肃问责。")
    texts = [t for t, _ in tasks(body)]
    assert "对重复信访和信访积案" not in texts
    assert any(t.startswith("应当实行“一案一专班”") for t in texts)


def test_a_person_with_no_post_named_after_a_closing_quote_voices_no_directive():
    body = ("“调解纠纷不要嫌麻烦，需要的是耐心。”退休教师柴淑兰说，很多矛盾其实都是小事，"
            "关键是要让双方把心里话说出来。")
    assert tasks(body) == []


def test_the_official_named_after_a_clause_of_place_speaks_for_the_sentence():
    body = ("6月3日，县委书记邬志明到城关镇调研。在县医院迁建工地，邬志明确定了“9月底封顶”的目标，"
            "叮嘱施工方要合理安排工序，严守质量安全关。")
    assert speaker_of(body, "施工方要合理安排工序") == "邬志明"


def test_a_demand_keeps_its_verb():
    body = "省长莫雁南作出部署，要求各地抓好项目开复工，确保投资稳定增长。"
    assert [t for t, _ in tasks(body)] == ["要求各地抓好项目开复工，确保投资稳定增长"]


def test_a_person_with_no_post_named_right_after_the_quote_voices_no_directive():
    body = "社区志愿者柴淑芬热心助老。“老人最怕的是孤单。我们不要光送东西，要多陪他们说说话。”柴淑芬说。"
    assert tasks(body) == []
    body = "县委书记黎明远调研。“各村要把老人的事放在心上。”黎明远说。"
    assert speaker_of(body, "各村要把老人的事放在心上") == "黎明远"


def test_what_the_public_asks_for_and_a_rule_set_for_oneself_are_no_tasks():
    body = ("县委书记聂远航到桃源村调研。群众要求尽快修通村道的呼声很高，村里已列入计划。"
            "村党支部书记覃长林要求自己每天至少走访五户村民。聂远航要求，要把村道建设列入民生实事。")
    assert [t for t, _ in tasks(body)] == ["要把村道建设列入民生实事"]


def test_who_leads_is_one_task_with_the_work_it_leads():
    body = "会议要求，区应急管理局牵头，开展为期一个月的安全生产大检查，做到不留死角。"
    texts = [t for t, _ in tasks(body)]
    assert texts and texts[0].startswith("区应急管理局牵头，开展为期一个月的安全生产大检查")


def test_a_setting_before_the_meetings_demand_in_the_same_sentence_is_no_task():
    body = "会议要求，汛期是地质灾害多发时段，各乡镇必须落实24小时值班制度，确保群众安全。"
    texts = [t for t, _ in tasks(body)]
    assert not any(t.startswith("汛期是") for t in texts)
    assert any(t.startswith("各乡镇必须落实24小时值班制度") for t in texts)


def test_should_work_with_others_is_a_directive():
    body = "会议强调，区卫健局应会同各乡镇加强农村饮用水监测，发现问题及时处置。"
    assert [t for t, _ in tasks(body)] == ["区卫健局应会同各乡镇加强农村饮用水监测，发现问题及时处置"]


def test_a_plan_told_when_asked_about_the_future_and_the_quote_after_it_are_no_tasks():
    body = ("村党支部书记贺长庚带着乡亲种木耳，去年村集体收入突破50万元。"
            "谈起下一步，贺长庚说，村里要建一个冷库，把木耳卖到更远的地方。“日子要越过越红火，不要辜负乡亲们。”")
    assert tasks(body) == []


def test_a_quote_opened_by_a_volunteer_is_hers_to_its_end():
    body = ("志愿者邝秀兰已在社区服务八年。邝秀兰说：“只要还走得动，我就会一直干下去。"
            "年轻人也要多来参与，多帮一把，社区就更暖一点。”")
    assert tasks(body) == []


def test_a_quote_closed_by_this_is_what_the_official_urged():
    body = ("“签约只是第一步。各专班要盯住每一个签约项目，全程跟进。”11月18日，在高新区项目签约现场，"
            "区党工委书记闻人岱川这样叮嘱。")
    assert speaker_of(body, "各专班要盯住每一个签约项目") == "闻人岱川"


def test_what_a_walk_takes_and_advice_reported_are_no_tasks():
    body = ("护林员巫德明守着这片林子二十年。冬天山风刺骨，一趟巡下来要走十几公里。"
            "有人劝他不要自讨苦吃，他只是笑笑。")
    assert tasks(body) == []
    body = "站长巫德明要求，巡护员要按时巡山。有人劝他不要太较真，他笑笑说，林子丢不起。"
    assert [t for t, _ in tasks(body)] == ["巡护员要按时巡山"]
    assert [t for t, _ in tasks("会议强调，各地要用两年时间完成改造，确保群众满意。")] == [
        "各地要用两年时间完成改造，确保群众满意"]


def test_also_has_to_after_what_someone_is_tells_the_job():
    body = "教学点只有两间教室，邝守仁既是语文老师，也是数学老师，还要兼做厨师和校医。"
    assert tasks(body) == []
    assert [t for t, _ in tasks("会议强调，发展是第一要务，还要抓好安全生产。")] == ["还要抓好安全生产"]


def test_a_person_demands_of_named_staff_without_a_modal():
    body = "镇长禤志坚要求，包村干部今晚全部下沉到村，与村干部一起巡查值守，手机保持24小时畅通。"
    assert speaker_of(body, "包村干部今晚全部下沉到村") == "禤志坚"


def test_a_meeting_named_inside_the_speakers_title_does_not_speak_for_him():
    body = "县信访工作联席会议召集人、副县长司马青强调，各村要把矛盾化解在基层。"
    assert speaker_of(body, "各村要把矛盾化解在基层") == "司马青"
