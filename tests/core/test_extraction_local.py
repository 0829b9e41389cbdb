"""Officials on county and city reports and foreign news: one made-up sentence per rule of issue 12's
error families (none is a corpus sentence; each fails on the tree before its rule)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.extraction import extract


def officials(body: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in extract(body).officials}


@pytest.mark.parametrize("body, expected", [
    # 1. leadership designations and lists
    ("区领导孙立、吴平、郑海，开发区领导陈晨出席会议。",
     {"孙立": ("区领导",), "吴平": ("区领导",), "郑海": ("区领导",), "陈晨": ("开发区领导",)}),
    ("县级领导韩松、何平参加调研。", {"韩松": ("县级领导",), "何平": ("县级领导",)}),
    ("镇领导卢波陪同检查。", {"卢波": ("镇领导",)}),
    ("会议由2名副县长吴波、郑敏分别主持。", {"吴波": ("副县长",), "郑敏": ("副县长",)}),
    ("周平等4名第一书记代表作了发言。", {"周平": ("第一书记",)}),
    ("常宁、柏松、廖凡等县领导参加会议。", {"常宁": ("县领导",), "柏松": ("县领导",), "廖凡": ("县领导",)}),
    ("邵华、梁明等开发区领导陪同。", {"邵华": ("开发区领导",), "梁明": ("开发区领导",)}),
    ("出席会议的市领导还有谭军、舒玲。", {"谭军": ("市领导",), "舒玲": ("市领导",)}),
    ("参加调研的区领导有：殷平、滕飞。", {"殷平": ("区领导",), "滕飞": ("区领导",)}),
    ("在家县级领导雷鸣、车辉参加会议。", {"雷鸣": ("县级领导",), "车辉": ("县级领导",)}),
    ("县四套班子领导卫东、祁红出席。", {"卫东": ("县四套班子领导",), "祁红": ("县四套班子领导",)}),
    ("座谈会上，吴涛、孔亮等3位驻村第一书记分享了经验。",
     {"吴涛": ("驻村第一书记",), "孔亮": ("驻村第一书记",)}),
    # chains on local reports: the department or body takes its committee's or place's prefix
    ("县委常委、组织部部长柯岚出席。", {"柯岚": ("县委常委", "县委组织部部长")}),
    ("区委副书记、政法委书记单明出席。", {"单明": ("区委副书记", "区委政法委书记")}),
    ("街道党工委副书记、办事处主任祁雪主持会议。", {"祁雪": ("街道党工委副书记", "街道办事处主任")}),
    ("东湖社区党委书记、居委会主任龚丽介绍情况。", {"龚丽": ("东湖社区党委书记", "东湖社区居委会主任")}),
    ("经开区党工委书记、管委会主任詹涛讲话。", {"詹涛": ("经开区党工委书记", "经开区管委会主任")}),
    ("局党组书记、局长苗宇主持会议。", {"苗宇": ("局党组书记", "局长")}),
    ("在后山村，他叮嘱村党支部书记邢军抓好巡查。", {"邢军": ("村党支部书记",)}),
    ("石桥村党支部书记、村委会主任柴勇，马莲种植合作社社长岳平参加。",
     {"柴勇": ("石桥村党支部书记", "石桥村村委会主任")}),
    # rarer surnames, compound surnames, names that are ordinary words, ethnic names
    ("县委书记禚明远主持会议。", {"禚明远": ("县委书记",)}),
    ("区委书记慕容海川出席会议并讲话。慕容海川书记指出，要抓好落实。", {"慕容海川": ("区委书记", "书记")}),
    ("区人大常委会主任方圆带领代表督查。", {"方圆": ("区人大常委会主任",)}),
    ("区委副书记、区长万家和主持会议。", {"万家和": ("区委副书记", "区长")}),
    ("县委书记次仁旺堆深入牧区调研。", {"次仁旺堆": ("县委书记",)}),
    ("县委常委、县委宣传部部长萨仁高娃领学了条例。", {"萨仁高娃": ("县委常委", "县委宣传部部长")}),
    ("县委书记吉克拉则深入乡村调研。", {"吉克拉则": ("县委书记",)}),
    ("县委副书记、县长努尔兰·阿不都热依主持会议。", {"努尔兰·阿不都热依": ("县委副书记", "县长")}),
    ("县领导赵新、阿卜杜·热依都、鲍小华等在主席台就座。",
     {"赵新": ("县领导",), "阿卜杜·热依都": ("县领导",), "鲍小华": ("县领导",)}),
    ("村党支部书记、村委会主任尤兰兰汇报。", {"尤兰兰": ("村党支部书记", "村委会主任")}),
    # national news: more posts, organs with 和, chains that end in a private post, rare surnames
    ("商务部部长助理柏文华参加会见。", {"柏文华": ("商务部部长助理",)}),
    ("文化和旅游部部长洪立新出席。", {"洪立新": ("文化和旅游部部长",)}),
    ("国家粮食和物资储备局局长桑明德汇报。", {"桑明德": ("国家粮食和物资储备局局长",)}),
    ("全国工商联副主席、远航集团董事长祁建国发言。", {"祁建国": ("全国工商联副主席",)}),
    ("驻村第一书记、市水利局干部陈珂介绍了情况。", {"陈珂": ("驻村第一书记",)}),
    ("国务院副秘书长綦振华主持会议。", {"綦振华": ("国务院副秘书长",)}),
    ("县长言蹊出席会议。", {"言蹊": ("县长",)}),
    ("他看望了时任乡党委书记的老党员冯德顺，询问老人的身体。", {"冯德顺": ("时任乡党委书记",)}),
    ("国家公安委员会委员长上杉光弘一行抵京。", {"上杉光弘": ("国家公安委员会委员长",)}),
    ("县人民医院党委书记陶明出席。", {"陶明": ("县人民医院党委书记",)}),
    ("常委会副委员长王立新、热合曼·买买提江、那仁孟和出席会议。",
     {"王立新": ("常委会副委员长",), "热合曼·买买提江": ("常委会副委员长",), "那仁孟和": ("常委会副委员长",)}),
    # 2. foreign names after a country and a post
    ("乌兹别克斯坦总统米尔济约耶夫会见了中方代表。", {"米尔济约耶夫": ("乌兹别克斯坦总统",)}),
    ("某州州长阿博林签署了法案。", {"阿博林": ("某州州长",)}),
    ("智利总统博里安访华。", {"博里安": ("智利总统",)}),
    ("约旦首相哈萨米会见了代表团。", {"哈萨米": ("约旦首相",)}),
    ("土库曼斯坦总统谢尔达尔·别尔德穆哈林会见代表团。", {"谢尔达尔·别尔德穆哈林": ("土库曼斯坦总统",)}),
    ("巴西总统卢拉盛赞两国合作成果。", {"卢拉": ("巴西总统",)}),
    # 4. short local names
    ("区长刘天一同志出席会议。", {"刘天一": ("区长",)}),
    ("柯明镇长、房红乡长、骆刚副县长陪同调研。", {"柯明": ("镇长",), "房红": ("乡长",), "骆刚": ("副县长",)}),
    ("市长助理甘霖参加调研。", {"甘霖": ("市长助理",)}),
    ("市委常委、市纪委书记谭林带队到我县督导检查。", {"谭林": ("市委常委", "市纪委书记")}),
    ("镇党委书记吕向东介绍了情况。", {"吕向东": ("镇党委书记",)}),
    ("县委常委、副县长（挂职）陈思远参加调研。", {"陈思远": ("县委常委", "副县长")}),
    # 5. titles that swallow a verb or stop short; 原/前/时任 stay
    ("受市委书记陈刚委托，市委副书记张明作报告。", {"陈刚": ("市委书记",), "张明": ("市委副书记",)}),
    ("全国政协文化文史和学习委员会副主任刘一明讲话。", {"刘一明": ("全国政协文化文史和学习委员会副主任",)}),
    ("高新区党工委（滨江区委）原副书记王立出席。", {"王立": ("高新区党工委（滨江区委）原副书记",)}),
    ("江城市委原书记刘伟接受审查。", {"刘伟": ("江城市委原书记",)}),
    ("时任县委书记马林主持会议。", {"马林": ("时任县委书记",)}),
    ("调研组在湖州市委书记王立陪同下考察。", {"王立": ("湖州市委书记",)}),
    ("柳溪村村支书韩梅介绍了村里的变化。", {"韩梅": ("柳溪村村支书",)}),
    ("县水利和防汛抗旱服务中心主任杜鹏表示，水库已全部达标。", {"杜鹏": ("县水利和防汛抗旱服务中心主任",)}),
    ("会上，县人力资源和社会保障局副局长邝红作了发言。", {"邝红": ("县人力资源和社会保障局副局长",)}),
    ("县发展和改革局党组书记、局长项阳汇报。", {"项阳": ("县发展和改革局党组书记", "县发展和改革局局长")}),
    ("县委书记姚伟和县公安局局长闵军参加。", {"姚伟": ("县委书记",), "闵军": ("县公安局局长",)}),
    # a post that is no Party post leaves the Party committee out of the shared prefix
    ("县应急管理局党委委员、副局长严冬参加会议。", {"严冬": ("县应急管理局党委委员", "县应急管理局副局长")}),
    ("省纪委监委发布江城市委副书记吴启明接受审查调查的消息。", {"吴启明": ("江城市委副书记",)}),
])
def test_local_report_officials(body, expected):
    found = officials(body)
    for name, titles in expected.items():
        assert found.get(name) == titles, (body, found)
    assert set(found) == set(expected), (body, found)


@pytest.mark.parametrize("body", [
    # 3. a post followed by ordinary words, counted and plural titles
    "6位副总理出席了会议。",
    "3名副县长分别主持了分组讨论。",
    "实现各级政协委员全覆盖。",
    "中外部长高峰论坛在北京举行。",
    "江城市长江沿线3公里内的化工企业将全部搬迁。",
    "邀请总书记来村里看看。",
    "他代表习主席向大家问好。",
    "群众向总书记敬献哈达。",
    "专项资金滞留于账外长达一年。",
    "全体村党支部书记参加培训。",
    "邵华等看望县领导时表示感谢。",
    "局长高度评价了这项工作。",
    "合作社理事长次仁多布介绍了分红情况。",
    # experts, advisers and artists are no officials (guidelines)
    "规划专家咨询委员会委员、设计研究院原院长吴江认为，要留足绿地。",
    "剧院一直贯彻老院长林默制定的方针。",
    "省非物质文化遗产保护专家组组长韩明说，这是生态觉醒。",
    "区第一人民医院院长陈平汇报了救治情况。",
])
def test_no_official(body):
    assert officials(body) == {}, body


def test_a_foreigner_named_later_by_one_part_of_the_name_is_the_same_person():
    body = "墨西哥总统胡安·加西亚出席。加西亚总统表示，愿深化合作。国家主席会见了加西亚总统夫人玛丽亚·洛佩斯。"
    found = extract(body).officials
    assert [(o.name, o.titles) for o in found] == [("胡安·加西亚", ("墨西哥总统", "总统"))]
    assert "dotted_part" in found[0].rules


def test_explain_names_the_rules():
    found = {o.name: o.rules for o in extract("县领导李明、赵华出席。周平等4名第一书记发言。").officials}
    assert found["李明"][0] == "leader_list" and found["赵华"] == ("leader_list",)
    assert found["周平"] == ("counted_list",)


@pytest.mark.parametrize("body, expected", [
    # Persons after a post on national and foreign news (the NER sets' families; made-up names)
    ("外交部长周明和智利外长何塞·安德烈斯·加西亚在京举行会谈。",
     {"周明": ("外交部长",), "何塞·安德烈斯·加西亚": ("智利外长",)}),
    ("某国国王阿尔贝托三世出席了仪式。", {"阿尔贝托三世": ("某国国王",)}),
    ("希望马里安诺总统此次访问取得成功。", {"马里安诺": ("总统",)}),
    ("会议请阿布都拉·吐尔逊副主任出席。", {"阿布都拉·吐尔逊": ("副主任",)}),
    ("原江城副县长许峰六次收受他人财物。", {"许峰": ("原江城副县长",)}),
    ("泰国王储素拉·威集今天出席仪式。", {"素拉·威集": ("泰国王储",)}),
    ("韩国代总理金东浩出席招待会。", {"金东浩": ("韩国代总理",)}),
    ("县委书记孙明题写了馆名。", {"孙明": ("县委书记",)}),
    ("他转达了对总理阿玛拉夫人的问候。", {"阿玛拉": ("总理",)}),
])
def test_persons_after_a_post(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body", [
    "东盟部长会议在河内举行。",
    "成员国石油部长特别会议作出减产决定。",
    # scholars are no officials (guidelines); a Party post in a university is one
    "江城大学经济研究院院长吴明认为，消费仍有潜力。",
    "省社科院农村发展研究所所长郑华表示，要重视乡村人才。",
])
def test_no_official_on_national_news(body):
    assert officials(body) == {}, body


def test_party_post_in_a_university_is_an_official():
    assert officials("江城大学党委书记吴明出席开学典礼。") == {"吴明": ("江城大学党委书记",)}


def test_a_name_read_nowhere_else_is_confirmed_by_its_later_mention():
    # 九 is a numeral, so no rule reads 郑九成 after the post; its mention on its own confirms it.
    found = extract("县长郑九成主持会议。郑九成强调，要压实安全生产责任。")
    assert [(o.name, o.titles, len(o.mentions)) for o in found.officials] == [("郑九成", ("县长",), 2)]
    assert [t.speaker for t in found.tasks] == ["郑九成"]


def test_a_given_name_that_starts_with_a_numeral():
    found = extract("县长郑九成主持会议。").officials
    assert [(o.name, o.titles) for o in found] == [("郑九成", ("县长",))]
    assert "name:numeral_given" in found[0].rules
    # a date after a surname that is also a preposition is no name
    assert officials("县委书记于九日来到乡里。") == {}


def test_an_overlapping_post_at_the_end_of_the_text():
    # 国王 runs into 王储, which ends the text: the longest word at a position never reaches past the end
    assert officials("仪式由泰国王储") == {}


_PIECES = ["县领导", "区长", "（", "）", "·", "、", "等", "4名", "第一书记", "强调：", "强调，", "坚决", "一抓", "二抓",
           "“", "”", "说", "王", "刘天一", "同志", "和", "委员会", "中心", "主任", "研究院", "院长", "原", "时任", "受",
           "委托", "总统", "斯坦", "国王", "储", "二世", "会议", "要求", "：", "；", "。", "\n", "应当", "希望", "要", "9",
           "Bob", "-", "于", "外长", "阿布都", "拉", "吐尔逊", "副主任", "省", "市", "郑九成", "一是", "第一，",
           # pieces of this round's rules
           "等县领导", "还有", "有：", "（挂职）", "董事长", "干部", "夫人", "次仁", "多吉", "巴特尔", "会议要求，",
           "答：", "回答了记者提问", "党委委员", "副局长", "办事处主任", "组织部部长", "甘露", "带领", "审议",
           "文化和旅游部", "局长", "加西亚", "·"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
def test_any_mix_of_the_new_rules_pieces_extracts_with_valid_offsets(parts):
    body = "".join(parts)
    found = extract(body, title=body[:10])
    for o in found.officials:
        assert all(0 <= m.start < m.end <= len(body) for m in o.mentions)
    for t in found.tasks:
        assert body[t.start:t.end] == t.text


def test_a_name_before_deng_and_a_designation_does_not_start_inside_a_post():
    from desktop_app.extraction.officials import find_officials
    found = {o.name: o.titles for o in find_officials("县政协主席赵刚等县四套班子领导出席。")}
    assert found == {"赵刚": ("县政协主席",)}
    found = {o.name: o.titles for o in find_officials("张华、陈晓等县领导参加。")}
    assert found == {"张华": ("县领导",), "陈晓": ("县领导",)}


def test_a_bracketed_note_after_a_post_keeps_the_chain():
    from desktop_app.extraction.officials import find_officials
    found = {o.name: o.titles for o in find_officials("县政协副主席（兼）、县工商联主席周斌出席。")}
    assert found == {"周斌": ("县政协副主席", "县工商联主席")}


@pytest.mark.parametrize("body, expected", [
    ("受县长柏国强委托，县审计局局长钟丽萍作审计整改报告。",
     {"柏国强": ("县长",), "钟丽萍": ("县审计局局长",)}),
    ("县委第三巡察组组长苏立平反馈了巡察情况。", {"苏立平": ("县委第三巡察组组长",)}),
    ("州卫生健康委主任次旺顿珠通报了全州医疗服务情况。", {"次旺顿珠": ("州卫生健康委主任",)}),
    ("副县长古丽娜·买合木提通报了检修情况。", {"古丽娜·买合木提": ("副县长",)}),
    ("村委会门口贴着驻村第一书记冉焱的三本账。", {"冉焱": ("驻村第一书记",)}),
    ("对排查出的积案，要逐件落实县级领导包案，逐案明确化解时限。", {}),
])
def test_follower_verbs_tibetan_parts_and_designations_used_as_nouns(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("会议传达学习市委书记宁振声在全市大会上的讲话精神。", {"宁振声": ("市委书记",)}),
    ("副县长单于朗，县法院负责同志列席会议。", {"单于朗": ("副县长",)}),
    ("向阳社区党委书记柴晓军告诉记者，服务队很管用。", {"柴晓军": ("向阳社区党委书记",)}),
    ("翻开石坪村驻村第一书记祁文博的民情日记，", {"祁文博": ("石坪村驻村第一书记",)}),
    ("走进城关镇党委书记蒲平的办公室。", {"蒲平": ("城关镇党委书记",)}),
])
def test_a_verb_or_a_preposition_before_a_village_or_community_is_no_part_of_the_title(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("县委副书记、县长俄木拉惹作讲话，县委常委吉克阿芝主持会议。",
     {"俄木拉惹": ("县委副书记", "县长"), "吉克阿芝": ("县委常委",)}),
    ("副主任葛丽萍、蒋立本和委员共15人出席会议。", {"葛丽萍": ("副主任",), "蒋立本": ("副主任",)}),
    ("县长童国本主持会议。", {"童国本": ("县长",)}),
    ("市长李明本次未出席。", {"李明": ("市长",)}),
])
def test_a_yi_name_before_zuo_jianghua_and_a_given_name_ending_in_ben(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("县委书记俄其木呷出席并讲话，县长吉伍拉哈主持。", {"俄其木呷": ("县委书记",), "吉伍拉哈": ("县长",)}),
    ("盟委副书记、盟长特古斯巴雅尔出席会议。", {"特古斯巴雅尔": ("盟委副书记", "盟长")}),
    ("会议通报了区水务局原副局长芦向阳严重违纪违法案。", {"芦向阳": ("区水务局原副局长",)}),
    ("县长王明在会上讲话。", {"王明": ("县长",)}),
])
def test_a_yi_name_whose_given_part_is_listed_and_a_name_before_a_discipline_case(body, expected):
    assert officials(body) == expected


def test_a_yi_name_closed_by_a_one_character_follower():
    assert officials("县农业农村局局长吉木尔日就春耕备耕作了发言。") == {"吉木尔日": ("县农业农村局局长",)}
    assert officials("州长阿苏拉在会上讲话。") == {"阿苏拉": ("州长",)}


def test_a_given_name_ending_in_nian_before_shuo():
    assert officials("原村党支部书记宁永年说，这娃肯吃苦。") == {"宁永年": ("原村党支部书记",)}


def test_a_mongolian_name_no_list_holds_in_a_mongolian_area():
    body = "全盟奶业推进会召开。盟委委员、副盟长呼日和木巴雅尔主持会议。盟农牧局局长敖敦格日勒通报了全盟情况。"
    assert officials(body) == {"呼日和木巴雅尔": ("盟委委员", "副盟长"), "敖敦格日勒": ("盟农牧局局长",)}
    # outside a 盟 or 旗 the run is not read so (the parts list and the other rules decide)
    assert "敖敦格日勒" not in officials("县长敖敦格日勒主持会议。")


def test_a_uyghur_dotted_part_after_a_listed_one():
    assert officials("县委常委、副县长阿依努尔·阿不都热依木主持会议。") == {
        "阿依努尔·阿不都热依木": ("县委常委", "副县长")}


@pytest.mark.parametrize("body, expected", [
    ("幸福里社区党委书记、居委会主任邝鹏介绍了情况。",
     {"邝鹏": ("幸福里社区党委书记", "幸福里社区居委会主任")}),
    ("最高人民法院党组副书记、常务副院长秦海川主持会议。",
     {"秦海川": ("最高人民法院党组副书记", "最高人民法院常务副院长")}),
    ("村党支部书记贾满囤蹲在地头，和村民算收入账。", {"贾满囤": ("村党支部书记",)}),
    ("全国人大常委会委员努尔兰·买合木提说，要加强数据共享。",
     {"努尔兰·买合木提": ("全国人大常委会委员",)}),
    ("塞内加尔总统马马杜·恩代耶还转达了问候。", {"马马杜·恩代耶": ("塞内加尔总统",)}),
])
def test_a_community_named_with_a_word_a_chains_shared_court_and_names_before_a_posture(body, expected):
    assert officials(body) == expected


def test_a_name_is_read_before_the_weather_it_went_out_in():
    ex = extract("7月8日，县委副书记、县长钟翀冒雨到柳河镇督导防汛工作。钟翀强调，各乡镇要加强巡查。")
    assert [(o.name, o.titles) for o in ex.officials] == [("钟翀", ("县委副书记", "县长"))]
    assert [t.speaker for t in ex.tasks] == ["钟翀"]


def test_the_convener_of_a_joint_meeting_holds_a_post():
    ex = extract("市委常委、政法委书记、市信访工作联席会议召集人司马青出席会议并讲话。")
    assert [(o.name, o.titles) for o in ex.officials] == [
        ("司马青", ("市委常委", "市委政法委书记", "市信访工作联席会议召集人"))]


def test_relaying_a_speech_is_not_part_of_the_speakers_title():
    ex = extract("县委常委会专题传达市委书记芮国梁在全市营商环境大会上的讲话精神。")
    assert [(o.name, o.titles) for o in ex.officials] == [("芮国梁", ("市委书记",))]


def test_a_post_taken_up_after_the_name_opens_the_sentence():
    body = ("2024年春天，欧阳晓岚从市数据局来到云台乡岩口村，担任驻村第一书记。刚进村时，她发现猕猴桃卖不上价。"
            "欧阳晓岚说，要把网店开起来。")
    ex = extract(body)
    assert [(o.name, o.titles) for o in ex.officials] == [("欧阳晓岚", ("驻村第一书记",))]
    assert [t.speaker for t in ex.tasks] == ["欧阳晓岚"]


def test_a_post_held_during_a_deed_or_in_a_career_is_not_taken_up_there():
    assert extract("2009年至2016年，邬宗祥在担任沅江市市长期间，收受贿赂。").officials == ()
    assert extract("企业家李德胜担任华晟集团董事长。").officials == ()
