"""Officials: one test per form, on short sentences written for these tests."""
from __future__ import annotations

import pytest

from desktop_app.extraction import extract
from desktop_app.extraction.officials import find_officials


def officials(body: str, **kw) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in find_officials(body, **kw)}


def mentions(body: str, name: str) -> list[str]:
    o = next(o for o in find_officials(body) if o.name == name)
    return [body[m.start:m.end] for m in o.mentions]


@pytest.mark.parametrize("comma", [",", "，"])
def test_title_chain_before_a_name(comma):
    body = f"3月5日{comma}县委副书记、县长陈立新主持会议{comma}县委书记赵明远出席。"
    assert officials(body) == {"陈立新": ("县委副书记", "县长"), "赵明远": ("县委书记",)}


def test_national_chain():
    body = "中共中央总书记、国家主席、中央军委主席习近平在会上发表讲话。"
    assert officials(body) == {"习近平": ("中共中央总书记", "国家主席", "中央军委主席")}


def test_shared_organ_prefix_is_expanded():
    body = "区人大常委会党组书记、主任周建华，区政协党组书记、主席孙丽出席。"
    assert officials(body) == {
        "周建华": ("区人大常委会党组书记", "区人大常委会主任"),
        "孙丽": ("区政协党组书记", "区政协主席"),
    }


def test_self_contained_post_is_not_expanded():
    body = "省委书记吴海、省长郑平陪同考察。"
    assert officials(body) == {"吴海": ("省委书记",), "郑平": ("省长",)}


def test_one_title_over_a_list_of_names():
    body = "镇党委委员黄小梅、冯建、许立国参加活动。"
    assert officials(body) == {n: ("镇党委委员",) for n in ("黄小梅", "冯建", "许立国")}


def test_list_stops_at_the_next_titled_name():
    body = "甘肃省委书记林海、宁夏同心县委书记马洪才先后发言。"
    assert officials(body) == {"林海": ("甘肃省委书记",), "马洪才": ("宁夏同心县委书记",)}


@pytest.mark.parametrize("body,name,title", [
    ("全国人大常委会副委员长郝明出席。", "郝明", "全国人大常委会副委员长"),
    ("全国政协副主席万军讲话。", "万军", "全国政协副主席"),
    ("国务院副总理胡春来调研。", "胡春来", "国务院副总理"),
    ("新疆维吾尔自治区党委书记钱进主持。", "钱进", "新疆维吾尔自治区党委书记"),
    ("内蒙古自治区翁牛特旗旗长包文出席。", "包文", "内蒙古自治区翁牛特旗旗长"),
    ("河南省兰考县委书记蔡东出席。", "蔡东", "河南省兰考县委书记"),
    ("城关镇镇长邱雨说。", "邱雨", "城关镇镇长"),
    ("长安街道党工委书记彭程介绍。", "彭程", "长安街道党工委书记"),
    ("东山村党支部书记罗大勇说。", "罗大勇", "东山村党支部书记"),
    ("市纪委监委主任方正发言。", "方正", "市纪委监委主任"),
    ("市中级人民法院院长姚远作报告。", "姚远", "市中级人民法院院长"),
    ("最高人民检察院检察长董成在会上作报告。", "董成", "最高人民检察院检察长"),
    ("省交通运输厅厅长沈涛说。", "沈涛", "省交通运输厅厅长"),
    ("市财政局副局长代红梅介绍。", "代红梅", "市财政局副局长"),
    ("代市长梁宏主持。", "梁宏", "代市长"),
    ("市委常委、常务副市长邓伟出席。", "邓伟", "常务副市长"),
    ("省委第一书记韦华讲话。", "韦华", "省委第一书记"),
    ("省政府一级巡视员卢海出席。", "卢海", "省政府一级巡视员"),
    ("省人大常委会财经委主任委员柳青讲话。", "柳青", "省人大常委会财经委主任委员"),
    ("西部战区司令员吕刚出席。", "吕刚", "西部战区司令员"),
    ("西部战区政委秦山出席。", "秦山", "西部战区政委"),
    ("国家发展改革委主任何平介绍。", "何平", "国家发展改革委主任"),
])
def test_region_and_organ_prefixes(body, name, title):
    assert title in officials(body)[name]


def test_chain_with_jian():
    body = "国务委员兼国务院秘书长史进作说明。"
    assert officials(body) == {"史进": ("国务委员", "国务院秘书长")}


def test_title_after_boundary_word_starts_there():
    body = "总理在四川省委书记雷明和省长唐宁陪同下考察。"
    assert officials(body) == {"雷明": ("四川省委书记",), "唐宁": ("省长",)}


def test_name_first_forms():
    body = "会上，马立新书记作了部署，李国华省长作总结，傅刚同志汇报工作。"
    found = officials(body)
    assert found == {"马立新": ("书记",), "李国华": ("省长",)}      # 同志 is not a post
    assert mentions(body, "马立新") == ["马立新书记"]


def test_later_bare_mentions_are_linked():
    body = "市委书记王立出席会议并讲话。王立指出，要抓好落实。王立在总结中强调，必须守住底线。"
    assert mentions(body, "王立") == ["市委书记王立", "王立", "王立"]


def test_first_titled_mention_covers_the_chain_then_names_only():
    body = "市委副书记、市长张晓容主持会议。张晓容指出，要狠抓落实。"
    o = find_officials(body)[0]
    spans = [(m.start, m.end) for m in o.mentions]
    assert [body[s:e] for s, e in spans] == ["市委副书记、市长张晓容", "张晓容"]
    assert spans == sorted(spans)


def test_names_in_title_and_subtitle_count():
    found = officials("王明强调，要做好防汛工作。", title="市委书记王明主持召开防汛会议",
                      subtitle="●王明出席并讲话")
    assert found == {"王明": ("市委书记",)}


@pytest.mark.parametrize("body,name", [
    ("自治区人大常委会副主任阿不都热依木·玉苏甫出席。", "阿不都热依木·玉苏甫"),
    ("马来西亚总理安瓦尔·易卜拉欣表示欢迎。", "安瓦尔·易卜拉欣"),
    ("美国总统特朗普表示。", "特朗普"),
    ("罗马市长韦尔特罗尼致辞。", "韦尔特罗尼"),
    ("香港特别行政区行政长官林郑月娥出席。", "林郑月娥"),
    ("内蒙古自治区翁牛特旗委书记敖日格勒发言。", "敖日格勒"),
])
def test_ethnic_and_foreign_names(body, name):
    assert name in officials(body)


def test_name_with_padding_space():
    body = "（作者为中国曲艺家协会主席）\n中国曲艺家协会主席姜\u00a0昆说。"
    assert "姜昆" in officials(body)


@pytest.mark.parametrize("body", [
    "市法院院长、市检察院检察长参加会议。",
    "三县县委主要负责同志作表态发言。",
    "打赢脱贫攻坚战是念兹在兹的大事，紫禁城游客如织。",
    "本报北京3月1日电（记者姜洁）日前，有关部门公布了名单。",
    "李明、赵刚、孙强出席座谈会。",                  # named, but given no post
    "第一书记及驻村干部代表参加会议。",
    "总书记关切询问住户的生活。",
    "支持县委书记干事创业。",
    "大会执行主席在主席台执行主席席就座。",
    "研祥高科技控股集团有限公司董事局主席陈志列发言。",
])
def test_negative_examples_give_no_officials(body):
    assert officials(body) == {}


def test_mentions_slice_back_and_do_not_overlap():
    body = ("市委书记王晓出席会议并讲话，市委副书记、市长张晓容主持。市委常委宋晨、周戈出席。"
            "王晓指出，王建军书记的讲话很重要。张晓容强调，要抓落实。")
    ex = extract(body)
    spans = sorted((m.start, m.end) for o in ex.officials for m in o.mentions)
    for (_s1, e1), (s2, _e2) in zip(spans, spans[1:]):
        assert e1 <= s2
    for o in ex.officials:
        for m in o.mentions:
            assert o.name in body[m.start:m.end].replace("\u00a0", "")


# --- Name boundaries and foreign names (written for these tests) ---------------------------------

@pytest.mark.parametrize("body, name", [
    ("县长孙立平参与了讨论。", "孙立平"),            # a frequent verb after the name ends it
    ("副市长周明一句话点醒了大家。", "周明"),          # 一句: a number word ends it
    ("区长赵立新拿起文件说。", "赵立新"),              # 拿 never occurs in a given name
    ("局长钱文先会见了客人。", "钱文先"),              # 先 + 会见: the 3-character reading wins
])
def test_name_end_before_ordinary_words(body, name):
    assert name in officials(body)


def test_one_character_follower_keeps_two_character_name():
    assert "王晓" in officials("市委书记王晓称，要抓落实。")


@pytest.mark.parametrize("body, name, title", [
    ("英国外交大臣库克今天发表声明。", "库克", "英国外交大臣"),
    ("德国总理科尔进行了磋商。", "科尔", "德国总理"),
    ("日本首相桥本龙太郎在东京说。", "桥本龙太郎", "日本首相"),
    ("新西兰总理罗伯特·马尔登有幸到访。", "罗伯特·马尔登", "新西兰总理"),
])
def test_foreign_names_after_a_post(body, name, title):
    assert officials(body).get(name) == (title,)


@pytest.mark.parametrize("body", ["若斯潘总理周二晚表示，协议已签署。", "克林顿总统对此充满信心。"])
def test_transliterated_name_before_a_post(body):
    assert set(officials(body)) == {body[:3]}


@pytest.mark.parametrize("body", [
    "俄罗斯总统对此做出了决定。",            # 罗斯 is inside 俄罗斯
    "美国当选总统的任期将从明年开始。",        # 国当选 is inside 美国
    "项目位于房山区长阳镇南侧。",              # 区长 inside a place name
    "美国驻华大使馆发布了通知。",              # 大使馆 is an organ
    "外交部领事司和中国驻法使馆提醒公民。",    # 领事司 is an organ
])
def test_no_official_inside_words_and_places(body):
    assert officials(body) == {}


def test_name_first_after_place_word_is_not_taken():
    assert officials("市工商联副主席的讲话很精彩。") == {}


@pytest.mark.parametrize("body", ["招商银行行长马立华表示，信用卡业务增长。",
                                  "某足球俱乐部副主席张天明说，球队状态不错。"])
def test_company_and_club_posts_are_not_official(body):
    assert officials(body) == {}


def test_central_bank_post_is_official():
    assert officials("中国人民银行副行长马立华表示，利率不变。") == {"马立华": ("中国人民银行副行长",)}


@pytest.mark.parametrize("body, name, title", [
    ("国务院研究中心侯立春副主任认为，要深化改革。", "侯立春", "副主任"),
    ("如今，该局的路平副局长仍在上班。", "路平", "副局长"),
])
def test_name_first_deputy_posts(body, name, title):
    assert officials(body).get(name) == (title,)


@pytest.mark.parametrize("body", ["比赛中队长杜恩停赛期满，重回首发。", "另外，第二副队长阿克曼也是上场成疑。",
                                  "与此同时，SAS队长普莱斯带领小队出发。"])
def test_a_captain_without_an_organ_is_no_official(body):
    assert officials(body) == {}


def test_a_brigade_captain_is_official():
    assert officials("县城管执法大队队长李建国介绍说，整治已经开始。") == {"李建国": ("县城管执法大队队长",)}


@pytest.mark.parametrize("body", ["丁小燕：谢谢罗会长，罗会长美言有点担当不起。", "主持人：感谢朱副主席的精彩致辞！"])
def test_greetings_before_a_surname_and_post(body):
    assert officials(body) == {}


def test_a_name_after_two_posts_in_a_row():
    assert officials("美国国防部负责政策的副部长帮办詹姆斯·米勒曾暗示说，") == {"詹姆斯·米勒": ("副部长帮办",)}


def test_a_bank_supervision_bureau_is_public():
    assert officials("“金管会”银行局副局长萧长瑞表示，办法发布生效。") == {"萧长瑞": ("银行局副局长",)}


# Sentences written for these tests (not taken from any corpus).

@pytest.mark.parametrize("body", ["区文化馆长江边上的展厅今天开放。", "学院长阳光体育活动周开幕。"])
def test_a_place_begun_inside_the_post_is_no_name(body):
    assert officials(body) == {}


def test_a_name_after_a_post_ending_like_a_place_word():
    assert officials("副市长江海波指出，要抓好防汛。") == {"江海波": ("副市长",)}


@pytest.mark.parametrize("body,name", [("县政府副县长罗同辉、县人大主任王刚出席。", "罗同辉"),
                                       ("区委书记郑展鸿出席会议。", "郑展鸿")])
def test_a_soft_stop_character_starts_a_given_name(body, name):
    assert name in officials(body)


@pytest.mark.parametrize("body", ["副县长王同志，你好。", "局长刘作为一名老党员，", "主任陈同时指出"])
def test_a_soft_stop_character_in_an_ordinary_word_is_no_name(body):
    assert not any(n in officials(body) for n in ("王同志", "刘作为", "陈同时"))


def test_a_latin_name_after_a_post():
    assert officials("新西兰卫生部部长DavidMcKee昨天表示，") == {"DavidMcKee": ("新西兰卫生部部长",)}


@pytest.mark.parametrize("body", ["战队队长LUNA表示", "外交部发言人表示，部长WTO谈判"])
def test_capital_letters_are_no_latin_name(body):
    assert "LUNA" not in officials(body) and "WTO" not in officials(body)


def test_a_long_transliteration_without_a_dot():
    assert officials("乌克兰外交部副部长维克托里娅尼古拉耶娃昨天说，") == \
        {"维克托里娅尼古拉耶娃": ("乌克兰外交部副部长",)}


def test_a_surname_and_a_transliterated_given_name():
    assert "林安娜贝尔" in officials("中心执行主任林安娜贝尔、副主任王刚出席。")
    assert officials("市长王明华、副市长李刚出席。") == {"王明华": ("市长",), "李刚": ("副市长",)}


def test_a_name_written_before_its_party_titles():
    assert officials("周立群中共某某县委常委、宣传部部长") == \
        {"周立群": ("中共某某县委常委", "宣传部部长")}


@pytest.mark.parametrize("body", ["，王刚中共党员，参加工作二十年。", "他说中共中央委员会决定"])
def test_no_name_before_a_party_word_that_is_no_title(body):
    assert officials(body) == {}


@pytest.mark.parametrize("body,name", [
    ("马丁内斯总统要求议会尽快表决。", "马丁内斯"),     # jieba lists the name as a place word
    ("他说，丹尼斯首相表示将访华。", "丹尼斯"),
    ("卡隆总统对此表示欢迎。", "卡隆"),                 # two transliterated characters
])
def test_transliterated_name_before_a_head_of_state(body, name):
    assert set(officials(body)) == {name}


@pytest.mark.parametrize("body", ["乌克兰总统表示将出席峰会。", "他和巴西总统举行了会谈。",
                                  "坦桑尼亚总统说，两国友好。", "丹麦首相要求议会表决。",
                                  "马里总统对此表示欢迎。"])
def test_a_country_before_a_head_of_state_is_no_name(body):
    assert officials(body) == {}


@pytest.mark.parametrize("body,name,title", [
    ("收藏家协会会长林德浩侃谈收藏之道", "林德浩", "收藏家协会会长"),
    ("区文化局局长许文山笑称，这是好事。", "许文山", "区文化局局长"),
    ("副市长周明远畅谈发展思路。", "周明远", "副市长"),
])
def test_a_name_before_a_verb_of_saying(body, name, title):
    assert officials(body) == {name: (title,)}


def test_a_given_name_is_not_cut_before_a_verb_of_saying():
    assert officials("副市长刘畅谈到，要抓好防汛。") == {"刘畅": ("副市长",)}


@pytest.mark.parametrize("body", [
    "这位新局长表示，工作要抓实。",            # 这位: 位 is a measure word
    "要认真实施贾主席提出的方案。",            # 实施: 施 ends a verb
    "以卫生部长官为团长的代表团抵达。",        # 长官: 官 ends a word begun in the post
    "巴西前总统访华时说，",                    # 前: "former", no given name
    "该局原局长表示，整改已完成。",
    "对所有科长、分局长全面实行竞争上岗。",    # 实行 is a word, 全面实 no name
])
def test_no_name_starts_inside_a_word_or_ends_with_former(body):
    assert officials(body) == {}


def test_a_name_after_a_post_and_former():
    assert officials("法国前总理拉·布朗1990年访华。") == {"拉·布朗": ("法国前总理",)}


def test_a_name_after_a_post_that_makes_a_word_with_it():
    assert officials("办公室主任何平指出，要抓落实。") == {"何平": ("办公室主任",)}


def test_a_village_begun_inside_a_region_post_is_no_name():
    assert officials("地址：新城区长丰村5号。") == {}


@pytest.mark.parametrize("body,name,title", [
    ("国家人权委员会主席阿卜杜勒·卡里姆日前表示，", "阿卜杜勒·卡里姆", "国家人权委员会主席"),
    ("国家廉政委员会主席卡洛斯·门多萨说，", "卡洛斯·门多萨", "国家廉政委员会主席"),
])
def test_a_post_inside_an_organ_name_takes_no_name(body, name, title):
    assert officials(body) == {name: (title,)}          # not 会主席阿卜杜勒·…, not 廉政 (政委|员会)


@pytest.mark.parametrize("body,name,title", [
    ("外交部长卡利五日宣布，将召开会议。", "卡利", "外交部长"),         # a day in numerals ends the name
    ("议会否决了内政部长萨里的提案。", "萨里", "内政部长"),             # two transliterated characters + 的
    ("调查委员会主席费尔南·奥兰多日前宣布，", "费尔南·奥兰多", "调查委员会主席"),   # 多|日前, not 多日
])
def test_short_and_dotted_foreign_names_and_what_follows(body, name, title):
    assert officials(body) == {name: (title,)}


@pytest.mark.parametrize("body", ["驻华大使巴西的说法引起关注。", "前任驻法大使罗杰-k-布朗加入董事会。"])
def test_no_country_and_no_name_cut_at_a_hyphen(body):
    assert not {"巴西", "罗杰"} & set(officials(body))


@pytest.mark.parametrize("body,name,title", [
    ("副县长王建和表示，要抓好落实。", "王建和", "副县长"),     # 和 before a verb of saying is in the name
    ("区长刘大为说。", "刘大为", "区长"),
    ("局长王强对问题进行了梳理。", "王强", "局长"),            # 对问题: no verb of saying
    ("书记李明与谈判代表见面。", "李明", "书记"),
])
def test_a_preposition_before_a_verb_of_saying_ends_the_name(body, name, title):
    assert officials(body) == {name: (title,)}


@pytest.mark.parametrize("body", ["乡亲们跑过来欢送书记一行。", "一项一项落实主任交办的任务。"])
def test_a_verb_after_a_frequent_word_is_no_name(body):
    assert officials(body) == {}


def test_a_name_after_a_verb_that_makes_a_word_with_its_surname():
    assert officials("认真落实习近平总书记重要讲话精神。") == {"习近平": ("总书记",)}


@pytest.mark.parametrize("body", [
    "村民端来一碗汤请书记品尝。",              # X请书记: 请 is no last character of a name
    "以王建国为书记的班子团结有力。",          # 以…为书记: 国为 is no name
    "他是三年级一班班主任。",                  # 班班: a doubled character
    "村民孙守成告诉书记，今年收成好。",        # 成告诉: a verb, not a given name
    "副秘书长任命事项已经通过。",              # 任命事: 任命 is a word
    "国民党荣誉主席出席开幕式。",              # 荣誉 qualifies the post
])
def test_no_official_from_verbs_and_qualifiers_around_a_post(body):
    assert officials(body) == {}


def test_a_name_before_a_verb_of_reporting():
    assert officials("委员会主任王刚报告了工作。") == {"王刚": ("委员会主任",)}


@pytest.mark.parametrize("body,name", [("会上，纪为主席介绍了情况。", "纪为"), ("由庄为主席主持会议。", "庄为")])
def test_a_two_character_name_ending_in_wei_after_a_boundary(body, name):
    assert set(officials(body)) == {name}


@pytest.mark.parametrize("body, expected", [
    # a rare 百家姓 compound surname starts the name, not its second character
    ("省委常委、宣传部部长赫连东出席。", {"赫连东": ("省委常委", "省委宣传部部长")}),
    ("副省长公西华主持会议。", {"公西华": ("副省长",)}),
    # audit heads, foreign ministers' forms, international banks, prefectural commissioners
    ("审计署审计长侯建平向全国人大常委会作报告。", {"侯建平": ("审计署审计长",)}),
    ("日本外务大臣山田太郎表示，愿与中方加强沟通。", {"山田太郎": ("日本外务大臣",)}),
    ("世界银行行长马尔帕斯表示，全球经济面临挑战。", {"马尔帕斯": ("世界银行行长",)}),
    ("地区行署专员刘志刚出席。", {"刘志刚": ("地区行署专员",)}),
    # 专员 with no organ before it is anyone's job title
    ("专员刘志刚负责接待。", {}),
])
def test_posts_and_surnames_completed_from_the_lexicon(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, name, title", [
    ("地委书记艾力·阿布都克力木率队观摩。", "艾力·阿布都克力木", "地委书记"),
    ("厅长阿不力克木·沙吾提作交流发言。", "阿不力克木·沙吾提", "厅长"),
    ("副州长努尔兰·阿卜杜克里木都参加了。", "努尔兰·阿卜杜克里木", "副州长"),
])
def test_dotted_uyghur_name_is_not_cut_at_a_follower_inside_its_parts(body, name, title):
    assert officials(body) == {name: (title,)}


@pytest.mark.parametrize("body, expected", [
    ("1978年，时任河西省委书记的俞振华同志带头推行农业生产责任制。", {"俞振华": ("时任河西省委书记",)}),
    ("1990年，时任县长的王建国同志主持修路。", {"王建国": ("时任县长",)}),
    ("县长的秘书王建国同志主持修路。", {}),
])
def test_a_post_held_before_then_de_then_a_comrade(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("中国驻联合国大使王长和９日在纽约发言。", {"王长和": ("中国驻联合国大使",)}),
    ("县长李国和3日到村里调研。", {"李国和": ("县长",)}),
    ("副市长张永和12月到任。", {"张永和": ("副市长",)}),
    # Negatives: 和 before a count is a conjunction; a verb of saying before a date ends the name.
    ("县长李明和3名干部出席。", {"李明": ("县长",)}),
    ("市长王晓说3日起施行新规。", {"王晓": ("市长",)}),
])
def test_a_name_ending_in_he_before_a_date(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("游客们参观了毛主席纪念馆。", {}),
    ("少先队员来到周总理纪念堂献花。", {}),
    ("副县长纪明出席会议。", {"纪明": ("副县长",)}),   # the surname 纪 itself still starts a name
])
def test_a_memorial_after_a_leader_is_no_name(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("外交部长与西班牙外交大臣阿韦尔·马图特斯—胡安举行了会谈。", {"阿韦尔·马图特斯—胡安": ("西班牙外交大臣",)}),
    ("智利外长何塞·米格尔—因苏尔萨今天抵达北京。", {"何塞·米格尔—因苏尔萨": ("智利外长",)}),
    # Negatives: a double dash is punctuation; a dash before ordinary words joins nothing.
    ("西班牙外交大臣阿韦尔·马图特斯——这位老练的外交家——表示欢迎。", {"阿韦尔·马图特斯": ("西班牙外交大臣",)}),
    ("外长阿韦尔·马图特斯—北京之行很成功。", {"阿韦尔·马图特斯": ("外长",)}),
])
def test_a_single_dash_joins_the_parts_of_a_dotted_name(body, expected):
    assert officials(body) == expected
