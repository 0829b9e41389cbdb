"""Officials on national news (issue 12, round 3): surnames that are words, foreign names and posts.

Each test is one class of sentences, with sentences written for it (names and organs invented) and
a negative where the class has a trap.
"""
from __future__ import annotations

import pytest

from desktop_app.extraction.officials import find_officials


def officials(body: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in find_officials(body)}


@pytest.mark.parametrize("body, expected", [
    ("副省长禄文博主持会议。", {"禄文博": ("副省长",)}),
    ("州委书记刀丽华、州长岩温出席。", {"刀丽华": ("州委书记",), "岩温": ("州长",)}),
    ("县政协主席木春林陪同调研。", {"木春林": ("县政协主席",)}),
    ("市人民检察院副检察长芈清扬应邀到会。", {"芈清扬": ("市人民检察院副检察长",)}),
])
def test_rarer_and_minority_surnames(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("省委常委、秘书长和秋菊，副省长杨帆陪同。", {"和秋菊": ("省委常委", "省委秘书长"), "杨帆": ("副省长",)}),
    ("他看望了时任古城乡党委书记和志强，感谢他多年的付出。", {"和志强": ("时任古城乡党委书记",)}),
    ("全国政协副主席第五明远、贾文涛出席。", {"第五明远": ("全国政协副主席",), "贾文涛": ("全国政协副主席",)}),
    ("市委书记司空浩然主持会议。", {"司空浩然": ("市委书记",)}),
])
def test_surnames_that_are_also_words_right_after_a_post(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body", [
    "县委书记和县长出席会议。",
    "代表、委员和群众一起想办法。",
    "总统和夫人出席欢迎仪式。",
    "12位全国政协委员和特邀代表在会上发言。",
    "局长和同事们一起加班。",
    "大会主席第五次主持会议。",
])
def test_a_word_surname_is_the_word_elsewhere(body):
    assert officials(body) == {}


@pytest.mark.parametrize("body, name, title", [
    ("李强会见日本首相小林健一。", "小林健一", "日本首相"),
    ("日本外务大臣石川浩二昨天表示，", "石川浩二", "日本外务大臣"),
    ("日本前首相中村一郎出席。", "中村一郎", "日本前首相"),
])
def test_japanese_given_names_with_a_numeral(body, name, title):
    assert officials(body) == {name: (title,)}


def test_a_japanese_family_name_later_is_the_same_person():
    body = "王毅会见日本外务大臣田村正男。会见田村外务大臣时，王毅表示，"
    assert officials(body) == {"田村正男": ("日本外务大臣", "外务大臣")}
    body = "丁薛祥会见亚洲开发银行行长森田昌平。森田行长表示，亚行愿深化合作。"
    assert officials(body) == {"森田昌平": ("亚洲开发银行行长", "行长")}


def test_a_vietnamese_name_with_shi_is_named_later_by_its_given_name():
    body = "赵乐际会见越南国会副主席阮氏春兰。春兰副主席表示，越方愿加强交流。"
    assert officials(body) == {"阮氏春兰": ("越南国会副主席", "副主席")}


def test_a_chinese_name_is_not_split_into_parts():
    body = "市委书记王建军出席。建军书记指出，"
    assert "王建军" in officials(body) and officials(body)["王建军"] == ("市委书记",)


@pytest.mark.parametrize("body, name, titles", [
    ("韩国外交部长官朴志勋表示，愿加强合作。我们注意到朴志勋长官的表态。", "朴志勋", ("韩国外交部长官", "长官")),
    ("韩国统一部长官金泰民访华。", "金泰民", ("韩国统一部长官",)),
])
def test_a_korean_minister_is_a_changguan(body, name, titles):
    assert officials(body) == {name: titles}


@pytest.mark.parametrize("body, expected", [
    ("外交部发言人林思远主持例行记者会。", {"林思远": ("外交部发言人",)}),
    ("国防部新闻发言人吴建国大校表示，", {"吴建国": ("国防部新闻发言人",)}),
    ("海军发言人、海军上尉约翰·库珀说，", {"约翰·库珀": ("海军发言人",)}),
])
def test_spokespersons_of_public_organs(body, expected):
    assert officials(body) == expected


def test_ying_of_an_invitation_is_no_title():
    body = "应国家主席习近平邀请，某国总统将对中国进行国事访问。"
    assert officials(body)["习近平"] == ("国家主席",)
    body = "县应急管理局局长王鹏出席，邀请了专家。"
    assert officials(body) == {"王鹏": ("县应急管理局局长",)}


@pytest.mark.parametrize("body, name, title", [
    ("联合国大会主席阿卜杜勒-拉赫曼·本·优素福·哈立德出席。", "阿卜杜勒-拉赫曼·本·优素福·哈立德", "联合国大会主席"),
    ("白宫发言人卡琳-让·皮埃尔说，", "卡琳-让·皮埃尔", "白宫发言人"),
    ("美国国务卿约翰逊表示，", "约翰逊", "美国国务卿"),
    ("新加坡外长维文说，", "维文", "新加坡外长"),
    ("荷兰首相吕特将出席。", "吕特", "荷兰首相"),
])
def test_transliterated_names_with_hyphens_rarer_characters_and_two_characters(body, name, title):
    assert officials(body) == {name: (title,)}


def test_a_two_character_run_with_a_one_character_follower_needs_a_foreign_post():
    assert officials("局长维文将出席。") == {}
    assert officials("比利时首相维文将出席。") == {"维文": ("比利时首相",)}


@pytest.mark.parametrize("body", [
    "中国社会科学院学部委员赵启明发言。",   # (全国人大代表赵明 is a deputy: a post of a people's congress)
    "东海市红木行业协会副会长钱多多表示，",
])
def test_scholars_and_business_associations_are_no_officials(body):
    assert officials(body) == {}


@pytest.mark.parametrize("body, expected", [
    ("全国人大常委会副委员长达瓦次仁、塔娜、王立群出席。",
     {"达瓦次仁": ("全国人大常委会副委员长",), "塔娜": ("全国人大常委会副委员长",), "王立群": ("全国人大常委会副委员长",)}),
    ("州领导扎西、李德明列席会议。", {"扎西": ("州领导",), "李德明": ("州领导",)}),
])
def test_one_ethnic_name_part_closed_by_punctuation_in_a_list(body, expected):
    assert officials(body) == expected


def test_an_ethnic_name_before_a_count():
    body = "受表彰的人中，也有次仁卓玛等3名驻村第一书记。"
    assert officials(body) == {"次仁卓玛": ("驻村第一书记",)}


@pytest.mark.parametrize("body, name, title", [
    ("马来西亚最高元首易卜拉欣会见中国客人。", "易卜拉欣", "马来西亚最高元首"),
    ("卡塔尔埃米尔塔米姆会见。", "塔米姆", "卡塔尔埃米尔"),
    ("上合组织秘书长叶尔扎诺夫出席。", "叶尔扎诺夫", "上合组织秘书长"),
    ("嘎查党支部书记、嘎查长巴图孟和介绍了情况。", "巴图孟和", None),
])
def test_foreign_and_inner_mongolian_posts(body, name, title):
    found = officials(body)
    assert name in found
    if title:
        assert found[name] == (title,)
    else:
        assert found[name] == ("嘎查党支部书记", "嘎查长")


def test_the_tail_of_a_country_before_a_head_post_is_no_name():
    assert officials("习近平分别会见加纳总统和哥伦比亚总统。") == {}
    assert officials("会见了阿尔及利亚总统和玻利维亚总统。") == {}


@pytest.mark.parametrize("body, name, title", [
    ("俄罗斯国防部长别洛夫斯基、印度国防部长辛格出席。", "别洛夫斯基", "俄罗斯国防部长"),
    ("李强会见泰国总理佩通娜。", "佩通娜", "泰国总理"),
    ("王毅会见英国外交大臣拉默。拉默表示，", "拉默", "英国外交大臣"),
    ("李强会见文莱苏丹哈吉·穆达。", "哈吉·穆达", "文莱苏丹"),
    ("东京都知事小川百合子会见代表团。", "小川百合子", "东京都知事"),
    ("德国巴登-符腾堡州州长克劳森会见。", "克劳森", "德国巴登-符腾堡州州长"),
])
def test_more_foreign_posts_and_name_shapes(body, name, title):
    assert officials(body)[name] == (title,)


def test_sudan_the_country_still_gives_its_president():
    assert officials("苏丹总统巴希尔会见。") == {"巴希尔": ("苏丹总统",)}


def test_a_bare_院长_of_an_institute_named_nearby_is_no_official():
    body = "2013年，江东省产业技术研究院成立。“我们要做的，就是这些事。”副院长刘志东告诉记者，"
    assert officials(body) == {}
    assert officials("县人民医院扩建完成。副院长张红介绍，") == {}
    assert officials("县人民法院召开会议。副院长李明出席。") == {"李明": ("副院长",)}


def test_a_body_of_a_place_and_a_post_held_now_in_a_chain():
    body = "街道党工委委员、武装部部长甘林，街道人大工委主任李华出席会议。"
    assert officials(body)["甘林"] == ("街道党工委委员", "街道武装部部长")
    body = "项目由原地区交通局局长、现任河湾县委书记孔明星牵头谋划。"
    assert officials(body) == {"孔明星": ("原地区交通局局长", "河湾县委书记")}


def test_a_schools_party_post_and_its_head():
    body = "学校党委书记司徒敏作工作报告，党委副书记、校长冼远航主持会议。"
    assert officials(body)["冼远航"] == ("党委副书记", "校长")
    assert officials("全国工商联副主席、华岳集团董事长戚光明说，") == {"戚光明": ("全国工商联副主席",)}


def test_a_foreigner_named_later_by_one_part_of_the_name_is_mentioned_there():
    from desktop_app.extraction import extract
    body = "国家主席习近平会见某国总统卡洛斯·门多萨。习近平指出，双方要加强战略沟通。门多萨表示，两国应当扩大贸易规模。"
    found = extract(body)
    o = next(o for o in found.officials if o.name == "卡洛斯·门多萨")
    assert [body[m.start:m.end] for m in o.mentions][-1] == "门多萨"
    assert [(t.text, t.speaker) for t in found.tasks][-1] == ("两国应当扩大贸易规模", "卡洛斯·门多萨")


@pytest.mark.parametrize("body, name, titles", [
    ("韩国总统李在浩会见。", "李在浩", ("韩国总统",)),
    ("埃及总统塞西会见。", "塞西", ("埃及总统",)),
    ("朝鲜劳动党总书记、国务委员长金正日会见。", "金正日", ("朝鲜劳动党总书记", "国务委员长")),
])
def test_foreign_heads_with_stop_characters_in_names_and_countries_with_boundary_characters(body, name, titles):
    assert officials(body)[name] == titles


def test_a_stop_character_name_needs_a_foreign_post():
    assert officials("县长李在会上讲话。") == {}


def test_an_organ_before_a_name_first_post_is_no_name():
    assert "呼拉尔" not in officials("蒙古国大呼拉尔主席会见了代表团。")


def test_signed_essays_take_the_posts_of_their_author_notes():
    body = ("编者按：我们邀请几位文艺工作者谈体会。\n扎根人民\n周 明\n文艺要扎根人民。\n"
            "（作者为京剧演员，中国戏剧家协会副主席）\n守正创新\n钱立新\n创作要守正创新。\n"
            "（作者为影视演员）\n走进基层\n孙晓梅\n我们走进基层。\n（作者为某县文化馆歌舞团团长）")
    assert officials(body) == {"周 明".replace(" ", ""): ("中国戏剧家协会副主席",)}


def test_three_part_names_and_a_country_before_the_next_post():
    body = "会见了俄罗斯副总理伊戈尔·谢尔盖耶维奇·科瓦廖夫和哈萨克斯坦副总理阿斯卡尔·别克图罗夫。"
    assert officials(body) == {"伊戈尔·谢尔盖耶维奇·科瓦廖夫": ("俄罗斯副总理",),
                               "阿斯卡尔·别克图罗夫": ("哈萨克斯坦副总理",)}


def test_a_dotted_part_ending_in_characters_outside_the_list_before_a_strong_follower():
    body = "某国副总理伊万·彼得罗维奇·科瓦鹏夫表示，"
    assert officials(body) == {"伊万·彼得罗维奇·科瓦鹏夫": ("某国副总理",)}


@pytest.mark.parametrize("body, name", [
    ("县长王涛动情地说，", "王涛"),
    ("书记李明语重心长地说，", "李明"),
    ("县长王晓东动情地说：", "王晓东"),
    ("镇长张华激动地表示，", "张华"),
])
def test_a_name_ends_before_an_adverb_with_di_and_a_verb_of_saying(body, name):
    assert list(officials(body)) == [name]


def test_a_list_member_no_rule_reads_whole_between_two_names():
    body = "全国人大常委会副委员长王立新、额尔敦巴根图、周敏出席。"
    assert list(officials(body)) == ["王立新", "额尔敦巴根图", "周敏"]
    assert officials("出席会议的有县长王明、社会各界人士、李华等。") == {"王明": ("县长",)}


@pytest.mark.parametrize("body, expected", [
    ("国家防总副总指挥、应急管理部部长罗海洋主持会商。",
     {"罗海洋": ("国家防总副总指挥", "应急管理部部长")}),
    ("国家减灾委副主任、民政部副部长高一鸣出席。", {"高一鸣": ("国家减灾委副主任", "民政部副部长")}),
    ("防总副总指挥、水利部部长田丰主持会议。", {"田丰": ("水利部部长",)}),   # the headquarters unnamed
])
def test_a_headquarters_post_first_in_a_chain_keeps_the_public_posts_after_it(body, expected):
    assert officials(body) == expected


def test_a_captain_with_only_a_country_before_is_still_no_official():
    assert officials("中国女排队长朱晓婷在赛后说。") == {}


# Session 6: long undotted foreign names, 小 (junior), a name before an ordinary word, 千/名 given names,
# secretariats, paired-assistance teams (names and organs invented)
@pytest.mark.parametrize("body, expected", [
    ("蒙古国总统呼日勒苏赫会见了代表团。", {"呼日勒苏赫": ("蒙古国总统",)}),
    ("蒙古国总理奥云额尔登表示，愿同中方合作。", {"奥云额尔登": ("蒙古国总理",)}),
    ("蒙古国前总统额勒贝格道尔吉在会上发言。", {"额勒贝格道尔吉": ("蒙古国前总统",)}),
    ("蒙古国国家大呼拉尔主席阿木尔巴亚斯格楞会见了访问团。", {"阿木尔巴亚斯格楞": ("蒙古国国家大呼拉尔主席",)}),
    ("时任蒙古国总统巴特图勒嘎出席。", {"巴特图勒嘎": ("时任蒙古国总统",)}),
    ("菲律宾总统小马科斯在马尼拉会见了客人。", {"小马科斯": ("菲律宾总统",)}),
    ("俄罗斯总统普京立场坚定。", {"普京": ("俄罗斯总统",)}),
    ("俄罗斯总统普京态度明确，表示愿意合作。", {"普京": ("俄罗斯总统",)}),
])
def test_foreign_names_after_a_countrys_post(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("美国总统克林顿派代表前来祝贺。", {"克林顿": ("美国总统",)}),     # 派 ends no name
    ("俄罗斯总统普京高度评价两国关系。", {"普京": ("俄罗斯总统",)}),   # 高度 is a word
    ("美国总统高度评价了这一成果。", {}),
    ("日本首相官邸发表声明。", {}),
    ("越南国家主席梁强表示欢迎。", {"梁强": ("越南国家主席",)}),
    ("新加坡外长维文说，", {"维文": ("新加坡外长",)}),
])
def test_foreign_name_readings_stop_where_the_name_does(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("副县长唐翔千出席会议。", {"唐翔千": ("副县长",)}),
    ("县长郑九成、副县长马千里、刘名启出席。",
     {"郑九成": ("县长",), "马千里": ("副县长",), "刘名启": ("副县长",)}),
])
def test_qian_and_ming_in_given_names(body, expected):
    assert officials(body) == expected


def test_qian_and_ming_counting_are_no_names():
    assert officials("副县长带领千名干部下乡。") == {}
    assert "王千万" not in officials("县长王千万不能大意。")


def test_a_secretariat_takes_its_organisations_name_in_a_chain():
    body = "全国妇联党组书记、副主席、书记处第一书记林晓梅出席。"
    assert officials(body) == {"林晓梅": ("全国妇联党组书记", "全国妇联副主席", "全国妇联书记处第一书记")}
    body = "共青团中央书记处第一书记阿东出席。"
    assert officials(body) == {"阿东": ("共青团中央书记处第一书记",)}


def test_paired_assistance_teams_and_their_leaders():
    body = "东海市援藏工作队领队皇甫一帆介绍。对口援疆工作队队长欧阳明表示。"
    assert officials(body) == {"皇甫一帆": ("东海市援藏工作队领队",), "欧阳明": ("对口援疆工作队队长",)}
    assert officials("中国女排领队刘敏在赛后说。") == {}


@pytest.mark.parametrize("body, expected", [
    ("他转达了乌兹别克斯坦前总统阿利舍尔·卡里莫夫对习近平主席的问候。",
     {"阿利舍尔·卡里莫夫": ("乌兹别克斯坦前总统",), "习近平": ("主席",)}),
    ("韩正会见阿根廷前总统马里奥·古铁雷斯和秘鲁国会主席安娜·萨拉查。",
     {"韩正": (), "马里奥·古铁雷斯": ("阿根廷前总统",), "安娜·萨拉查": ("秘鲁国会主席",)}),
    ("班禅额尔德尼·确吉坚赞副委员长出席。", {"班禅额尔德尼·确吉坚赞": ("副委员长",)}),
])
def test_a_name_first_post_after_a_dotted_name_takes_only_the_name_before_it(body, expected):
    """The dotted name ends before 对/和: the name-first post (主席) names only the person right before it."""
    found = officials(body)
    assert {k: v for k, v in found.items() if k in expected} == {k: v for k, v in expected.items() if v}
    assert not [k for k in found if "对" in k or "和" in k or "前总统" in k]


def test_a_long_mongolian_name_shortened_later_is_the_same_person():
    found = find_officials("旗委书记、旗长额尔敦巴特尔主持会议。巴特尔书记强调，要抓好落实。"
                           "旗政协主席乌力吉图雅出席。乌力吉图雅主席指出，要跟踪办理。县委书记欧阳振华出席。")
    by_name = {o.name: o for o in found}
    assert set(by_name) == {"额尔敦巴特尔", "乌力吉图雅", "欧阳振华"}
    assert by_name["额尔敦巴特尔"].titles == ("旗委书记", "旗长", "书记")
    assert by_name["乌力吉图雅"].titles == ("旗政协主席", "主席")
    body = "旗委书记、旗长额尔敦巴特尔主持会议。巴特尔书记强调，要抓好落实。"
    spans = [body[m.start:m.end] for m in find_officials(body)[0].mentions]
    assert any(s.startswith("巴特尔书记") for s in spans)


@pytest.mark.parametrize("body, expected", [
    # a title does not take the words before 社区 (社区 is a word, not a place cut in two)
    ("这个服务站是社区党委书记、居委会主任莘丽华牵头建起来的。", {"莘丽华": ("社区党委书记", "社区居委会主任")}),
    ("这个服务站是由社区党委书记王丽华牵头建的。", {"王丽华": ("社区党委书记",)}),
    ("柳溪社区党委书记王丽华出席。", {"王丽华": ("柳溪社区党委书记",)}),
    # Thai provinces' governors; a post inside a country's name; a post word as a dotted name's part
    ("他转达了宋卡府府尹颂萨·西里蓬对市长的问候。", {"颂萨·西里蓬": ("宋卡府府尹",)}),
    ("会见阿拉伯联合酋长国国务部长苏丹·本·哈立德·阿勒沙姆西。",
     {"苏丹·本·哈立德·阿勒沙姆西": ("阿拉伯联合酋长国国务部长",)}),
    ("阿曼苏丹海赛姆·本·塔里克出席。", {"海赛姆·本·塔里克": ("阿曼苏丹",)}),
    # Yi names: a clan name and two characters
    ("州委副书记、州长阿苏拉且出席会议并讲话。", {"阿苏拉且": ("州委副书记", "州长")}),
    ("副州长、州防灭火指挥部指挥长吉克伍各主持会议。", {"吉克伍各": ("副州长", "州防灭火指挥部指挥长")}),
    ("副主席乌兰、闵秀清出席。", {"乌兰": ("副主席",), "闵秀清": ("副主席",)}),
    # the place or organ before 时任 stays in the title
    ("被开除党籍；柳林镇时任镇长房立新对事故负有责任。", {"房立新": ("柳林镇时任镇长",)}),
    ("县交通运输局时任局长郜志明受贿。", {"郜志明": ("县交通运输局时任局长",)}),
    ("他在采访时任县长王立新时说。", {"王立新": ("时任县长",)}),
])
def test_titles_and_names_of_local_and_foreign_officials(body, expected):
    assert officials(body) == expected


def test_a_name_read_short_before_a_word_is_the_name_the_article_confirms():
    body = "市委书记孙志强调研城市更新工作。在工地，孙志强察看了进展。孙志强强调，要抓好落实。"
    found = find_officials(body)
    assert [(o.name, o.titles) for o in found] == [("孙志强", ("市委书记",))]
    assert [body[m.start:m.end] for m in found[0].mentions][0] == "市委书记孙志强"
    # 强调 each time: the name stays 王晓
    assert officials("市委书记王晓强调，要抓好。王晓强调，要落实。") == {"王晓": ("市委书记",)}


def test_he_before_a_spouse_joins_no_given_name():
    assert officials("越南国家主席梁强和夫人潘氏秋贤出席。") == {"梁强": ("越南国家主席",)}
    assert officials("县委书记李长和出席会议。") == {"李长和": ("县委书记",)}


def test_a_country_written_with_brackets_stays_in_the_title():
    assert officials("刚果（布）总统萨苏出席。") == {"萨苏": ("刚果（布）总统",)}


def test_a_tibetan_name_ending_in_cuo():
    body = "县领导格桑曲珍、拉毛措列席会议。"
    assert officials(body) == {"格桑曲珍": ("县领导",), "拉毛措": ("县领导",)}
    assert "才让措" not in officials("州长才让措施得力。")


@pytest.mark.parametrize("body, expected", [
    ("朝鲜外务相崔善姬表示。", {"崔善姬": ("朝鲜外务相",)}),
    ("韩国共同民主党党首李在明表示。", {"李在明": ("韩国共同民主党党首",)}),
    ("日本内阁官房长官林正说。", {"林正": ("日本内阁官房长官",)}),     # not 官房 + 长官
    ("他们利用海内外相关机构的藏品。", {}),                             # 海内外|相关: no 外相
])
def test_japanese_and_korean_cabinet_and_party_posts(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("李强分别会见韩国国务总理朴成勋和日本前首相松村健太郎。",
     {"朴成勋": ("韩国国务总理",), "松村健太郎": ("日本前首相",)}),
    ("日本外相西村康一表示，愿意加强沟通。", {"西村康一": ("日本外相",)}),
    ("能利用海内外相关机构收藏的珍贵版本。", {}),
    ("他转达了清迈府府尹他纳·西提蓬对市长的问候。", {"他纳·西提蓬": ("清迈府府尹",)}),
    ("美国国务卿约翰·克里提出建议。", {"约翰·克里": ("美国国务卿",)}),
])
def test_japanese_and_thai_names_and_the_japanese_foreign_minister(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("会议由东盟轮值主席国马来西亚总理阿兹曼·拉赫曼主持。", {"阿兹曼·拉赫曼": ("马来西亚总理",)}),
    ("会议由东盟秘书长高金洪主持。", {"高金洪": ("东盟秘书长",)}),
    ("吉尔吉斯斯坦交通和通信部长托姆尔·阿利耶夫出席。", {"托姆尔·阿利耶夫": ("吉尔吉斯斯坦交通和通信部长",)}),
    ("县委书记张伟和县公安局局长李明出席。", {"张伟": ("县委书记",), "李明": ("县公安局局长",)}),
])
def test_regional_bodies_chairing_countries_and_joined_ministries(body, expected):
    assert officials(body) == expected


# Session 7 (classes found on set 7 national; every sentence invented)
@pytest.mark.parametrize("body, expected", [
    ("代表团成员包括国民议会多数党领袖约瑟夫·奥蒂埃诺以及财政委员会主席保罗·基普科等。",
     {"约瑟夫·奥蒂埃诺": ("国民议会多数党领袖",), "保罗·基普科": ("财政委员会主席",)}),     # 等 is no name part
    ("总统府国家安全顾问马里奥·雷耶斯称，将加强合作。", {"马里奥·雷耶斯": ("总统府国家安全顾问",)}),
    ("中国作协党组书记、常务副主席钱立新出席。", {"钱立新": ("中国作协党组书记", "中国作协常务副主席")}),
    ("代表团成员包括老挝人民革命党中央对外部部长宋赛·本玛。",
     {"宋赛·本玛": ("老挝人民革命党中央对外部部长",)}),                                   # 对外 opens an organ
    ("我们赞赏穆萨维前总统的贡献。", {"穆萨维": ("前总统",)}),                            # name + 前 + a head's post
    ("印度前总理辛格出席。", {"辛格": ("印度前总理",)}),
])
def test_parties_advisers_deputies_and_former_heads(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("湖北省委书记马志强调研汛情时要求，要守住底线。", {"马志强": ("湖北省委书记",)}),     # 强|调研, not 强调|研
    ("县委书记韦达明确要求，要抓好防汛。", {"韦达": ("县委书记",)}),
    ("自治区政协副主席那仁朝克图主持会议。", {"那仁朝克图": ("自治区政协副主席",)}),         # Mongolian -图
    ("县长巴特尔图片展开幕。", {"巴特尔": ("县长",)}),
])
def test_name_ends_before_activity_verbs_and_mongolian_tu(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("杰出的领导干部，第十届全国政协常委，原商业部副部长、国家物资局局长方启明同志，因病逝世。",
     {"方启明": ("第十届全国政协常委", "原商业部副部长", "原国家物资局局长")}),          # an obituary's career line
    ("原地区财政局局长、现任平县县委书记钟岩出席。", {"钟岩": ("原地区财政局局长", "平县县委书记")}),
    ("全国政协常委、人口资源环境委员会副主任杜立平作发言。",
     {"杜立平": ("全国政协常委", "全国政协人口资源环境委员会副主任")}),
    ("全国政协常委、社会和法制委员会主任郑光华作发言。",
     {"郑光华": ("全国政协常委", "全国政协社会和法制委员会主任")}),
    ("十二届全国政协副主席、国家电子政务专家委员会主任王立成致辞。",
     {"王立成": ("十二届全国政协副主席", "国家电子政务专家委员会主任")}),
])
def test_career_lines_and_committees_of_the_cppcc(body, expected):
    assert officials(body) == expected


# Session 7: foreign and minority names, stop characters at a name's end, national title chains.
@pytest.mark.parametrize("body, expected", [
    ("区委书记宋立行出席会议。", {"宋立行": ("区委书记",)}),
    ("副市长胡延年主持。", {"胡延年": ("副市长",)}),
    ("全国政协副主席冯岱川、司徒永年出席会议。", {"冯岱川": ("全国政协副主席",), "司徒永年": ("全国政协副主席",)}),
    ("市长李明年底前到任。", {"李明": ("市长",)}),                   # 明年 is a word
    ("局长王平行使职权。", {"王平": ("局长",)}),                     # 行使 follows the name
])
def test_a_given_name_ending_in_nian_or_xing(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("日本外相林芳正说，双方应加强沟通。", {"林芳正": ("日本外相",)}),
    ("局长刘伟接受审查。", {"刘伟": ("局长",)}),
    ("日本众议院议长森山裕会见代表团。", {"森山裕": ("日本众议院议长",)}),
    ("外交部发言人寿晓丽表示，", {"寿晓丽": ("外交部发言人",)}),
    ("地址：上海市长寿路88号。", {}),
])
def test_japanese_names_and_the_surname_shou(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("泰国总理差瓦立说，两国友谊深厚。", {"差瓦立": ("泰国总理",)}),
    ("缅甸总统丹穗表示，愿深化合作。", {"丹穗": ("缅甸总统",)}),
    ("会见柬埔寨首相占索帕时，他说，双方合作。占索帕首相表示，愿意合作。", {"占索帕": ("柬埔寨首相", "首相")}),
    ("会见俄罗斯总统普京时，他说，两国合作。", {"普京": ("俄罗斯总统",)}),
    ("俄罗斯总统普京立场坚定。", {"普京": ("俄罗斯总统",)}),
    ("美国总统克林顿派代表出席。", {"克林顿": ("美国总统",)}),
    ("泰国总理立即表示欢迎。", {}),
    ("他相信总统会来。", {}),
])
def test_southeast_asian_names_after_a_countrys_post(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("乌兹别克斯坦总统阿卜杜拉齐兹·努里季诺夫举行会谈。努里季诺夫表示，愿深化合作。",
     {"阿卜杜拉齐兹·努里季诺夫": ("乌兹别克斯坦总统",)}),
    ("印尼前议长巴斯里·哈迪让托曾多次访华。", {"巴斯里·哈迪让托": ("印尼前议长",)}),
    ("英国首相约翰·卡尔对马克龙说，", {"约翰·卡尔": ("英国首相",)}),
    ("英国首相约翰·卡尔和马克龙会谈。", {"约翰·卡尔": ("英国首相",)}),
])
def test_a_dotted_name_with_one_unlisted_character_inside_its_last_part(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("上海合作组织成员国交通部长第十次会议在天津举行。", {}),
    ("东道国秘鲁总统博卢阿特致辞。", {"博卢阿特": ("秘鲁总统",)}),
    ("中国驻美国大使谢锋表示，", {"谢锋": ("中国驻美国大使",)}),
    ("。人力资源和社会保障部副部长褚建中介绍了情况。", {"褚建中": ("人力资源和社会保障部副部长",)}),
    ("国务院副总理王明和外交部部长李某出席。", {"王明": ("国务院副总理",), "李某": ("外交部部长",)}),
])
def test_ministries_countries_and_the_words_before_them(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("全国政协委员、北京大学教授巫马林等参加。", {"巫马林": ("全国政协委员",)}),
    ("他看望了原省政协副主席、老党员王润生，听取意见。", {"王润生": ("原省政协副主席",)}),
    ("太原市委书记王某出席。", {"王某": ("太原市委书记",)}),
])
def test_a_chain_before_a_descriptor_and_a_former_post_after_a_verb(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("中国共产党的优秀党员，第九届全国政协常委，原国家民委副主任王立同志，因病逝世。",
     {"王立": ("第九届全国政协常委", "原国家民委副主任")}),
    ("出席会议的有省委书记，省长王某。", {"王某": ("省长",)}),          # the segment holds more than titles
    ("县长王某，副县长李某出席。", {"王某": ("县长",), "李某": ("副县长",)}),
])
def test_titles_of_one_person_joined_by_a_comma(body, expected):
    assert officials(body) == expected


# Session 7, from set 8 national (read by the lead; sentences invented)
@pytest.mark.parametrize("body, expected", [
    ("泰国前副总理颂奇·披耶汶此次随团来访。", {"颂奇·披耶汶": ("泰国前副总理",)}),          # 此次 ends the name
    ("韩正会见日本前首相福永健二。", {"福永健二": ("日本前首相",)}),                        # a Japanese family name
    ("日本众议院议员、日中友好协会副会长松永一郎陪同会见。",
     {"松永一郎": ("日本众议院议员", "日中友好协会副会长")}),
    ("加纳外交部长阿库·门萨、贸易和工业部长阿玛·阿皮亚等参加会谈。",
     {"阿库·门萨": ("加纳外交部长",), "阿玛·阿皮亚": ("贸易和工业部长",)}),
    ("省委书记周建国会同省长吴振宇检查工作。", {"周建国": ("省委书记",), "吴振宇": ("省长",)}),   # 会同: with
    ("会同县县长李明出席。", {"李明": ("会同县县长",)}),
    ("柬埔寨副首相兼公共工程与运输大臣宋西索即将访华。宋西索副首相表示，愿加强合作。",
     {"宋西索": ("柬埔寨副首相", "公共工程与运输大臣", "副首相")}),
])
def test_foreign_ministers_japanese_names_and_hui_tong(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("全国人大常委会副委员长、执法检查组组长达瓦次仁作报告。",
     {"达瓦次仁": ("全国人大常委会副委员长", "执法检查组组长")}),
    ("县委书记、理论学习中心组组长王某主持。", {"王某": ("县委书记", "县委理论学习中心组组长")}),
    ("市委常委、副市长、督导组组长王某出席。", {"王某": ("市委常委", "副市长", "督导组组长")}),
    ("县委副书记、县委巡察组组长王某出席。", {"王某": ("县委副书记", "县委巡察组组长")}),
])
def test_a_working_group_takes_the_organ_of_the_title_before_it(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("全国人大常委会副委员长索南平措、秘书长公冶明参加会见。",
     {"索南平措": ("全国人大常委会副委员长",), "公冶明": ("全国人大常委会秘书长",)}),
    ("省政协副主席王某、秘书长李某出席。", {"王某": ("省政协副主席",), "李某": ("省政协秘书长",)}),
    ("县委书记张伟、县长李明出席。", {"张伟": ("县委书记",), "李明": ("县长",)}),
])
def test_a_bare_post_in_a_list_shares_the_congress_or_cppcc_before_it(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("新华社北京5月7日电国务院副总理王明今天会见了客人。", {"王明": ("国务院副总理",)}),
    ("驻村第一书记、省农业农村厅干部闫晓东向总书记汇报了工作。", {"闫晓东": ("驻村第一书记",)}),
    ("人力资源和社会保障部就业促进司司长苗秀华参加发布会。", {"苗秀华": ("人力资源和社会保障部就业促进司司长",)}),
    ("县委书记张伟和外交部亚洲司司长李明出席。", {"张伟": ("县委书记",), "李明": ("外交部亚洲司司长",)}),
])
def test_datelines_descriptors_and_departments_of_ministries(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("全国政协委员、全国劳动模范白立新，以及特邀专家、某大学教授钱一鸣等8位委员和专家发言。",
     {"白立新": ("全国政协委员",)}),                       # a count of members and experts names no one's post
    ("卓越组织者，第九届全国政协常委，原湖南省副省长，原交通部党组副书记、副部长蒋立汉同志，因病逝世。",
     {"蒋立汉": ("第九届全国政协常委", "原湖南省副省长", "原交通部党组副书记", "原交通部副部长")}),
])
def test_counted_members_and_experts_and_a_long_career_line(body, expected):
    assert officials(body) == expected


# Session 7, from set 9 national (read by the lead; sentences invented)
@pytest.mark.parametrize("body, expected", [
    ("国家主席习近平致电安娜·路易莎·莫雷诺，祝贺她就任智利总统。",                           # 致电 ends 习近平;
     {"习近平": ("国家主席",), "安娜·路易莎·莫雷诺": ("智利总统",)}),                     # the post she takes up
    ("王毅同日本外务大臣岩城直人举行会谈。", {"岩城直人": ("日本外务大臣",)}),             # a family name not listed
    ("常委会委员阿依古丽·买买提尼亚孜表示，要加大投入。", {"阿依古丽·买买提尼亚孜": ("常委会委员",)}),
    ("国家粮食和物资储备局湖北分局原局长司马建业违规发放补贴。",
     {"司马建业": ("国家粮食和物资储备局湖北分局原局长",)}),
])
def test_greeting_verbs_japanese_posts_uyghur_names_and_misdeeds(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("在吴忠市，他看望了原自治区政协副主席、老党员纳润生，听取意见。", {"纳润生": ("原自治区政协副主席",)}),
    ("市长纳润生出席。", {"纳润生": ("市长",)}),
    ("把第一书记纳入考核。", {}),                                   # 纳入: a verb
])
def test_the_hui_surname_na(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("第19期《求是》杂志发表中共中央总书记、国家主席习近平的重要文章。", {"习近平": ("中共中央总书记", "国家主席")}),
    ("会议由原中共河北省委书记王某主持。", {"王某": ("原中共河北省委书记",)}),
    ("据市统计局局长王某介绍，", {"王某": ("市统计局局长",)}),
    ("以全国政协常委王某为团长的代表团抵达。", {"王某": ("全国政协常委",)}),
    ("而巴基斯坦外长阿尤·汗表示，", {"阿尤·汗": ("巴基斯坦外长",)}),
    ("给予市原市委书记王某开除党籍处分。", {"王某": ("市原市委书记",)}),
    ("他曾任于都县委书记王某的秘书。", {"王某": ("于都县委书记",)}),
    ("以色列总理内坦亚说，", {"内坦亚": ("以色列总理",)}),
    ("但外交部长王某表示，", {"王某": ("外交部长",)}),
    ("，但有为部长说，", {"但有为": ("部长",)}),
])
def test_words_before_a_title_that_are_no_part_of_it(body, expected):
    assert officials(body) == expected


# Session 7, from set 10 national (read by the lead; sentences invented)
@pytest.mark.parametrize("body, expected", [
    ("国家主席习近平向马拉维总统彼得·姆塔里卡致慰问电。", {"习近平": ("国家主席",), "彼得·姆塔里卡": ("马拉维总统",)}),
    ("习近平致电安东尼奥·梅内塞斯，祝贺他就任。习近平表示，愿同梅内塞斯总统一道努力。",
     {"安东尼奥·梅内塞斯": ("总统",)}),                                  # the dotted name written untitled
    ("丁薛祥会见了日本经济团体联合会会长佐藤正一率领的代表团。", {}),             # a business federation
    ("印度尼西亚人民协商会议主席阿里夫·苏达尔出席。", {"阿里夫·苏达尔": ("印度尼西亚人民协商会议主席",)}),
    ("全国政协委员、国务院参事钱立中发言。", {"钱立中": ("全国政协委员", "国务院参事")}),
    ("会上，省委常委、秘书长庞子明确定了工作分工。", {"庞子明": ("省委常委", "省委秘书长")}),   # 明|确定
])
def test_condolences_untitled_dotted_names_federations_and_counsellors(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("访问期间，李强总理将同黎文泰总理举行会谈。", {"李强": ("总理",), "黎文泰": ("总理",)}),      # 将同 links two people
    ("省委书记雷明和省长王刚出席。", {"雷明": ("省委书记",), "王刚": ("省长",)}),
    ("原地质矿产部副部长、党组副书记和建民同志，因病逝世。",
     {"和建民": ("原地质矿产部副部长", "原地质矿产部党组副书记")}),                            # Naxi 和 before 同志
    ("省委书记和县长同志们一起参加。", {}),
])
def test_two_leaders_linked_by_jiang_tong_and_the_naxi_surname_before_tongzhi(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("国家主席习近平致电卡洛斯·安德烈斯·莫雷拉，祝贺他就任秘鲁总统。习近平表示，愿同莫雷拉总统一道努力。",
     {"习近平": ("国家主席",), "卡洛斯·安德烈斯·莫雷拉": ("秘鲁总统", "总统")}),
    ("国家副主席韩正致电安娜·索菲亚·佩雷拉，祝贺她当选乌拉圭副总统。",
     {"韩正": ("国家副主席",), "安娜·索菲亚·佩雷拉": ("乌拉圭副总统",)}),
    ("李强致电王某，祝贺他当选为代表。", {}),                      # 代表 is no post of a country or organ
])
def test_a_message_of_congratulation_names_the_post_taken_up(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("外交部长王毅同日致电智利新任外交部长费尔南多·巴尔加斯·洛佩斯，祝贺他就任。",
     {"王毅": ("外交部长",), "费尔南多·巴尔加斯·洛佩斯": ("智利新任外交部长",)}),
    ("问：柬埔寨首相占速坤日前表示，项目将于年底完工。", {"占速坤": ("柬埔寨首相",)}),
    ("国务院新闻办新闻局副局长、新闻发言人戚文丽主持发布会。",
     {"戚文丽": ("国务院新闻办新闻局副局长", "国务院新闻办新闻发言人")}),
    ("国务院新闻办公室新闻局副局长、新闻发言人邵文主持。",
     {"邵文": ("国务院新闻办公室新闻局副局长", "国务院新闻办公室新闻发言人")}),
    ("市公安局副局长、新闻发言人王某介绍。", {"王某": ("市公安局副局长", "市公安局新闻发言人")}),
    ("随同访华的加纳外交部长阿库苏瓦·门萨出席。", {"阿库苏瓦·门萨": ("加纳外交部长",)}),
    ("会见时，松村健太外务大臣表示，", {"松村健太": ("外务大臣",)}),
])
def test_new_posts_khmer_names_spokespersons_and_japanese_name_first(body, expected):
    assert officials(body) == expected


# Session 7, from set 11 national (read by the lead; sentences invented)
@pytest.mark.parametrize("body, expected", [
    ("他还代吉尔吉斯斯坦前总统阿斯卡尔·托克托古洛夫向主席问好。",
     {"阿斯卡尔·托克托古洛夫": ("吉尔吉斯斯坦前总统",)}),                              # 代: on behalf of
    ("蒙古国国家大呼拉尔议员、预算常设委员会主席奥云格日勒参加会谈。",
     {"奥云格日勒": ("蒙古国国家大呼拉尔议员", "蒙古国国家大呼拉尔预算常设委员会主席")}),
    ("王毅同亚美尼亚外长阿尔森·米尔扎相通电话。", {"阿尔森·米尔扎相": ("亚美尼亚外长",)}),       # -相, 通电话
    ("世卫组织助理总干事、驻华代表卡琳·伦德贝里参加会见。",
     {"卡琳·伦德贝里": ("世卫组织助理总干事", "世卫组织驻华代表")}),
    ("国务院新闻办公室新闻局局长、新闻发言人龙晓丽主持发布会。",
     {"龙晓丽": ("国务院新闻办公室新闻局局长", "国务院新闻办公室新闻发言人")}),
    ("国务委员谌贻和，最高人民法院副院长韦承平出席。", {"谌贻和": ("国务委员",), "韦承平": ("最高人民法院副院长",)}),
    ("习近平致电胡安·卡洛斯·比利亚雷亚尔，祝贺他就任。愿同比利亚雷亚尔总统一道努力。",
     {"胡安·卡洛斯·比利亚雷亚尔": ("总统",)}),
])
def test_on_behalf_of_assemblies_spokespeople_and_names_ending_in_he(body, expected):
    assert officials(body) == expected


# Session 7, from set 12 national (read by the lead; sentences invented)
@pytest.mark.parametrize("body, expected", [
    ("李强分别会见日本前首相和韩国国会议长", {}),                                              # 和韩国: no name
    ("全国人大常委会副委员长丁志会、秘书长上官砚平参加活动。",
     {"丁志会": ("全国人大常委会副委员长",), "上官砚平": ("全国人大常委会秘书长",)}),        # 会 closed by 、
    ("赵乐际同蒙古国国家大呼拉尔主席达希策伦·巴特孟和举行会谈。",
     {"达希策伦·巴特孟和": ("蒙古国国家大呼拉尔主席",)}),
    ("商务部副部长兼国际贸易谈判副代表令狐绍安介绍情况。",
     {"令狐绍安": ("商务部副部长", "国际贸易谈判副代表")}),
    ("新疆生产建设兵团党委书记、司令员雷震宇参加活动。",
     {"雷震宇": ("新疆生产建设兵团党委书记", "新疆生产建设兵团司令员")}),
    ("李强致电阿努查·差猜瓦尼，祝贺她就任。阿努查总理表示，将重视对华关系。",
     {"阿努查·差猜瓦尼": ("总理",)}),                                                     # the first part
    ("习近平同塞尔维亚总统斯塔门科维奇通电话", {"斯塔门科维奇": ("塞尔维亚总统",)}),
])
def test_headlines_deputy_lists_mongolian_names_and_first_parts(body, expected):
    assert officials(body) == expected


def test_a_dotted_name_at_the_very_end_of_the_text():
    # (the last part of the text's last dotted name is shorter than some other official's name)
    body = "国家主席习近平表示，愿同康特总统一道努力。习近平致电阿卜杜拉耶·康特"
    assert officials(body) == {"习近平": ("国家主席",), "阿卜杜拉耶·康特": ("总统",)}


# Session 8 (ext): the known misses of session 7 as classes (sentences invented)
@pytest.mark.parametrize("body, expected", [
    # -相 (Armenian -yan) ends a transliterated name before a one-character follower
    ("亚美尼亚副总理瓦赫坦·米纳相对中方给予的帮助表示感谢。", {"瓦赫坦·米纳相": ("亚美尼亚副总理",)}),
    ("亚美尼亚总统萨尔基相说，两国友好源远流长。", {"萨尔基相": ("亚美尼亚总统",)}),
    ("俄罗斯总统普京相信，两国合作前景广阔。", {"普京": ("俄罗斯总统",)}),              # 相信: a verb
    # rare single surnames that are also words: 区 (Cantonese), 者 (Yi)
    ("香港特区政府政务司司长区永康出席仪式。", {"区永康": ("香港特区政府政务司司长",)}),
    ("云南省副省长者贵荣主持会议。", {"者贵荣": ("云南省副省长",)}),
    ("县委书记、区长王刚出席。", {"王刚": ("县委书记", "区长")}),                         # 区长: a post
    # a ministry's chief engineer is an official; a research centre's or a firm's is not
    ("水利部原总工程师刘宁同志因病逝世。", {"刘宁": ("水利部原总工程师",)}),
    ("前往送别的有交通运输部原副部长麦国梁、原总工程师桑晓彤等。",
     {"麦国梁": ("交通运输部原副部长",), "桑晓彤": ("原总工程师",)}),
    ("某研究开发中心总工程师曹新民表示，", {}),
    ("某设计院副总工程师徐恭义介绍，", {}),
    ("县委书记张伟、队长李明出席。", {"张伟": ("县委书记",)}),                             # a captain stays no one
    # a ministry named by its fields, with 、 and 和
    ("斐济副总理兼贸易、合作社和中小企业部长维利亚梅·纳伊卢卡会见代表团。",
     {"维利亚梅·纳伊卢卡": ("斐济副总理", "贸易、合作社和中小企业部长")}),
    ("国务委员、外交和安全部长王刚出席。", {"王刚": ("国务委员", "外交和安全部长")}),
])
def test_armenian_tails_rare_surnames_chief_engineers_and_listed_ministries(body, expected):
    assert officials(body) == expected


def test_a_career_line_gives_its_posts_to_the_person_named_before_it():
    body = ("原水利部副部长令狐远山同志因病逝世。令狐远山同志1935年出生，1953年参加工作。"
            "他历任湖南省水利厅副厅长、厅长，水利部长江水利委员会副主任、主任等职。")
    assert officials(body) == {"令狐远山": ("原水利部副部长", "湖南省水利厅副厅长", "湖南省水利厅厅长",
                                        "水利部长江水利委员会副主任", "水利部长江水利委员会主任")}
    # no official before the line: nobody to give it to
    assert officials("他历任湖南省水利厅副厅长、厅长等职。") == {}
    # another paragraph's official is not the one the line is about
    assert officials("市委书记王刚出席。\n他曾任县委书记。") == {"王刚": ("市委书记",)}


# Session 8 (ext), from held-out set 13 national (released to ext after scoring; sentences invented)
@pytest.mark.parametrize("body, expected", [
    # a Thai syllable that ends a verb is no part of the name before a head's post
    ("主席热烈欢迎颂萨瓦国王来访。", {"颂萨瓦": ("国王",)}),
    ("愿同比利亚雷斯总统一道努力。", {"比利亚雷斯": ("总统",)}),                           # 比 transliterates
    # one character the list lacks, then 等 closing the list
    ("驻华大使阿提·萨拉那等陪同访问。", {"阿提·萨拉那": ("驻华大使",)}),
    ("驻华大使阿提·萨拉那等地官员出席。", {"阿提·萨拉": ("驻华大使",)}),                   # 等地: no list's end
    # a one-character follower inside the last part needs two syllables after it
    ("时任巴新总理彼得·卡帕尼访华期间，", {"彼得·卡帕尼": ("时任巴新总理",)}),
    ("下院议长叶尔兰·别伊先诺夫举行会谈。", {"叶尔兰·别伊先诺夫": ("下院议长",)}),
    # a given name ending in 同 closed by punctuation; 同 before a word is "with"
    ("副委员长韩志同、邬晓英出席会议。", {"韩志同": ("副委员长",), "邬晓英": ("副委员长",)}),
    ("总理李强同外方代表会谈。", {"李强": ("总理",)}),
    # 一道 follows a name (时任…省长戚永年一道…)
    ("时任湖北省省长严永年一道坚守大堤。", {"严永年": ("时任湖北省省长",)}),
    # a Malaysian honorific is no part of the name
    ("马来西亚外交部长拿督斯里·阿末·扎卡里亚下周访华。", {"阿末·扎卡里亚": ("马来西亚外交部长",)}),
    # 瑙 transliterates (瑙鲁)
    ("斐济财政部长伊萨·卡瑙会见代表团。", {"伊萨·卡瑙": ("斐济财政部长",)}),
])
def test_thai_verbs_closing_deng_tong_endings_honorifics_and_papua(body, expected):
    assert officials(body) == expected
@pytest.mark.parametrize("body, expected", [
    ("王毅分别会见西非国家经济共同体委员会主席阿马杜·巴·迪亚洛和伊朗外长阿里·礼萨·萨法维。",
     {"阿马杜·巴·迪亚洛": ("西非国家经济共同体委员会主席",), "阿里·礼萨·萨法维": ("伊朗外长",)}),
    ("丁薛祥会见非洲开发银行行长奥卢·阿德巴约。", {"奥卢·阿德巴约": ("非洲开发银行行长",)}),
    ("代表团成员包括国民议会财政和预算委员会主席若昂·马沙瓦。",
     {"若昂·马沙瓦": ("国民议会财政和预算委员会主席",)}),
    ("1995年，他同时任国家经贸委副主任的卢永年一道主持起草条例。", {"卢永年": ("时任国家经贸委副主任",)}),
])
def test_second_dotted_person_development_banks_parliament_committees_and_held_posts(body, expected):
    assert officials(body) == expected



@pytest.mark.parametrize("body, expected", [
    ("问：日本经济产业大臣松田浩司近日称，日方将调整出口管制。", {"松田浩司": ("日本经济产业大臣",)}),
    ("问：日本自民党政调会长小野田昌明昨日发表讲话。", {"小野田昌明": ("日本自民党政调会长",)}),
    ("他转达了巴西前总统若泽·卡瓦略对中方的问候。", {"若泽·卡瓦略": ("巴西前总统",)}),
    ("蒙古国总统那顺巴雅尔将访华。那顺巴雅尔总统表示期待。", {"那顺巴雅尔": ("蒙古国总统", "总统")}),
])
def test_japanese_given_names_in_si_three_character_family_names_and_ethnic_names_first(body, expected):
    assert officials(body) == expected


# Session 8 (ext), from held-out set 18 national (released to ext after scoring; sentences invented)
@pytest.mark.parametrize("body, expected", [
    # 访华 follows a name: the last part stops before it, also when punctuation closes it
    ("随同时任斐济总理约翰·卡洛·莫瑞访华，", {"约翰·卡洛·莫瑞": ("时任斐济总理",)}),
    # one character the list lacks, then a one-character follower
    ("基里巴斯总统特埃拉·卡图·马托依将访华", {"特埃拉·卡图·马托依": ("基里巴斯总统",)}),
    ("美国总统约翰·史密斯将访华", {"约翰·史密斯": ("美国总统",)}),
    # a ministry named by several fields listed with 、
    ("格林纳达农业、土地、林业和渔业部长丹尼斯·马歇尔出席。",
     {"丹尼斯·马歇尔": ("格林纳达农业、土地、林业和渔业部长",)}),
    ("县委书记、县长、政协主席和工会主席王刚出席。", {"王刚": ("工会主席",)}),  # no ministry: no fields joined
    # a party's youth wing takes the party's name from the title before it
    ("人组党中央委员兼青年联盟书记约瑟夫·西凯塔介绍情况。",
     {"约瑟夫·西凯塔": ("人组党中央委员", "人组党青年联盟书记")}),
])
def test_visits_odd_syllables_listed_fields_and_party_wings(body, expected):
    assert officials(body) == expected


# Session 8 (ext), from held-out set 21 national (released to ext after scoring; sentences invented)
@pytest.mark.parametrize("body, expected", [
    # countries whose name holds 和, up to ten characters
    ("会见波斯尼亚和黑塞哥维那主席团主席米兰·科瓦奇。", {"米兰·科瓦奇": ("波斯尼亚和黑塞哥维那主席团主席",)}),
    ("会见圣文森特和格林纳丁斯总理拉尔夫·坎贝尔。", {"拉尔夫·坎贝尔": ("圣文森特和格林纳丁斯总理",)}),
    # a foreign ministry's state secretary; the ministry's name holds 与 after the country
    ("赤道几内亚外交与合作部国务秘书马里奥·埃索陪同会见。",
     {"马里奥·埃索": ("赤道几内亚外交与合作部国务秘书",)}),
    ("巴布亚新几内亚外交与国际贸易部长伊莱亚斯·卡普出席。",
     {"伊莱亚斯·卡普": ("巴布亚新几内亚外交与国际贸易部长",)}),
    # a delegation member's title starts at the country
    ("代表团成员中非国民议会第一副议长若斯林·马兰出席。", {"若斯林·马兰": ("中非国民议会第一副议长",)}),
    # 兼 joins two posts: no name ends in it
    ("王毅会见土库曼斯坦内阁副主席兼外长", {}),
])
def test_countries_with_he_state_secretaries_delegation_members_and_jian(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("王毅会见联合国工业发展组织总干事卡洛斯·门多萨。", {"卡洛斯·门多萨": ("联合国工业发展组织总干事",)}),
    ("王毅会见联合国粮食及农业组织副总干事玛丽亚·韦加。", {"玛丽亚·韦加": ("联合国粮食及农业组织副总干事",)}),
    ("会议听取了全国人大常委会副委员长、《中华人民共和国种子法》执法检查组组长欧阳珏的说明。",
     {"欧阳珏": ("全国人大常委会副委员长", "《中华人民共和国种子法》执法检查组组长")}),
    ("习近平会见卡塔尔王储兼首相哈马德·本·阿卜杜拉。", {"哈马德·本·阿卜杜拉": ("卡塔尔王储", "首相")}),
    ("蒙古国矿业部长策伦巴雅尔，国务院副秘书长邵振国参加会谈。",
     {"策伦巴雅尔": ("蒙古国矿业部长",), "邵振国": ("国务院副秘书长",)}),
])
def test_un_agencies_laws_in_book_marks_crown_princes_and_mongolian_parts(body, expected):
    assert officials(body) == expected


# Session 8 (ext): foreign posts and Japanese given names as lexicon classes (sentences invented)
@pytest.mark.parametrize("body, expected", [
    ("美国财长珍妮特·耶伦说，", {"珍妮特·耶伦": ("美国财长",)}),
    ("美国防长奥斯汀表示，", {"奥斯汀": ("美国防长",)}),                                 # 汀 transliterates
    ("伊朗最高领袖哈梅内伊表示，", {"哈梅内伊": ("伊朗最高领袖",)}),
    ("新加坡国务资政张志坚会见代表团。", {"张志坚": ("新加坡国务资政",)}),
    ("日本外务省政务次官山田贤司表示，", {"山田贤司": ("日本外务省政务次官",)}),           # 司 ends the given name
    ("日本前首相鸠山由纪夫说，", {"鸠山由纪夫": ("日本前首相",)}),
    ("日本外相山田由于日程原因未能出席。", {"山田": ("日本外相",)}),                      # 由于: a word
    ("这是一次官方会议。", {}),                                                        # 次官 alone is no post
])
def test_foreign_posts_and_japanese_given_names(body, expected):
    assert officials(body) == expected


# Session 8 (ext): the seen sets' remaining classes (sentences invented)
@pytest.mark.parametrize("body, expected", [
    # a name found title-first, written again before a name-first post, takes that post
    ("王毅会见日本外务大臣桥爪直人。桥爪直人外务大臣表示，日方重视两国关系。",
     {"桥爪直人": ("日本外务大臣", "外务大臣")}),
    ("柬埔寨首相占索帕日前表示，项目将开工。中方注意到占索帕首相的表态。",
     {"占索帕": ("柬埔寨首相", "首相")}),
    ("占索帕首相府发表声明。柬埔寨首相占索帕出席。", {"占索帕": ("柬埔寨首相",)}),          # 首相府: an organ
    # a movement's short name in brackets before its central organ stays in the title
    ("出席的有巴勒斯坦民族解放运动（法塔赫）中央委员会委员马哈茂德·阿巴斯等。",
     {"马哈茂德·阿巴斯": ("巴勒斯坦民族解放运动（法塔赫）中央委员会委员",)}),
    # 兼 before a company post: the public post is the person's
    ("全国工商联副主席兼某集团董事长尉迟国平先后发言。", {"尉迟国平": ("全国工商联副主席",)}),
    # 和 as a surname after 的, closed by 同志
    ("1975年，时任省地质局副局长的和建明同志带队勘探。", {"和建明": ("时任省地质局副局长",)}),
])
def test_known_names_bracketed_movements_jian_descriptors_and_he_after_de(body, expected):
    assert officials(body) == expected


# Session 8 (ext), from held-out set 24 national (released to ext after scoring; sentences invented)
@pytest.mark.parametrize("body, expected", [
    # 提出 and 出席 overlap after a transliterated part: the syllable goes to the name
    ("全国政协副主席王春明、艾力·托合提出席座谈会。",
     {"王春明": ("全国政协副主席",), "艾力·托合提": ("全国政协副主席",)}),
    ("副县长古丽·买合木提出要求。", {"古丽·买合木": ("副县长",)}),                    # 出要 is no word: 提出
    # a career line may open a sentence without 他
    ("原铁道部副部长诸葛远同志逝世。诸葛远同志1935年生于山东，1956年入党。历任中共潍坊地委副书记，"
     "山东省计委副主任、主任，1991年起任铁道部副部长。",
     {"诸葛远": ("原铁道部副部长", "中共潍坊地委副书记", "山东省计委副主任", "山东省计委主任", "铁道部副部长")}),
])
def test_overlapping_followers_and_career_lines_without_a_pronoun(body, expected):
    assert officials(body) == expected


# Session 8 (ext): what follows a foreign name in diplomatic news (name_followers.txt; sentences invented)
@pytest.mark.parametrize("body, expected", [
    ("泰国国王玛哈·哇集拉隆功陛下出席仪式。", {"玛哈·哇集拉隆功": ("泰国国王",)}),
    ("美国总统约翰·史密斯夫妇抵达北京。", {"约翰·史密斯": ("美国总统",)}),
    ("乌克兰总统泽连斯基敦促各方停火。", {"泽连斯基": ("乌克兰总统",)}),
    ("市长王刚欢迎客人到来。", {"王刚": ("市长",)}),
    # an interim government's chief adviser is a post; a firm's is not
    ("孟加拉国临时政府首席顾问尤努斯表示，", {"尤努斯": ("孟加拉国临时政府首席顾问",)}),
    ("某公司首席顾问王刚说，", {}),
])
def test_diplomatic_words_after_foreign_names(body, expected):
    assert officials(body) == expected


def test_ye_ends_a_japanese_given_name_before_a_time_word():
    assert officials("问：日本防卫大臣中川和也昨天称，日方将增加预算。") == {"中川和也": ("日本防卫大臣",)}
    assert officials("日本外相山田也表示，") == {"山田": ("日本外相",)}


# Session 9 (ext): known misses of session 8, each as a class (sentences invented)
@pytest.mark.parametrize("body, expected", [
    # a minority name of three characters that no name-part list knows, closed after a post
    ("旗委书记萨其尔强调，要抓好春季防火。", {"萨其尔": ("旗委书记",)}),
    ("盟委副书记、盟长萨其尔讲话。", {"萨其尔": ("盟委副书记", "盟长")}),
    ("自治区政协副主席萨其尔，自治区人大常委会副主任乌力吉出席。",
     {"萨其尔": ("自治区政协副主席",), "乌力吉": ("自治区人大常委会副主任",)}),
    # …but not three characters that make words
    ("县委书记亲自部署，县长要求抓好落实。", {}),
    ("外交部长阿拉伯国家联盟代表出席。", {}),
])
def test_a_minority_name_of_three_unlisted_characters_after_a_post(body, expected):
    assert officials(body) == expected


def test_a_vietnamese_leader_is_named_later_by_the_last_syllable_before_his_post():
    body = "越南政府总理范明隆会见中方客人。隆总理表示，越方高度重视。李强同隆总理举行会谈。"
    offs = find_officials(body)
    assert [(o.name, o.titles) for o in offs] == [("范明隆", ("越南政府总理", "总理"))]
    assert [body[m.start:m.end] for m in offs[0].mentions][1:] == ["隆总理", "隆总理"]
    # a post he does not hold, or a Chinese official's name, gives no such mention
    assert officials("越南政府总理范明隆会见中方客人。隆主席表示欢迎。") == {"范明隆": ("越南政府总理",)}
    assert officials("市委书记王建国出席。国书记强调，要抓落实。") == {"王建国": ("市委书记",)}


@pytest.mark.parametrize("body, expected", [
    # a ruler's style after his post is no part of the title
    ("马来西亚最高元首苏丹依布拉欣会见中国代表团。", {"依布拉欣": ("马来西亚最高元首",)}),
    ("文莱苏丹哈桑纳尔会见中方客人。", {"哈桑纳尔": ("文莱苏丹",)}),                  # 苏丹 is the post here
    # a designation a country gives its leader opens a chain of posts
    ("土库曼斯坦民族领袖、人民委员会主席古尔班古力·别尔德穆哈梅多夫会见王毅。",
     {"古尔班古力·别尔德穆哈梅多夫": ("土库曼斯坦民族领袖", "人民委员会主席")}),
    ("他是伟大的民族领袖毛泽东同志的战友。", {}),                                      # praise, no post
    # after a post and "、", a bureau named with 和 is the next post's organ
    ("县委常委、自然资源和规划局局长李明讲话。", {"李明": ("县委常委", "自然资源和规划局局长")}),
    ("县长张建国、李明和公安局局长王晓峰出席。",
     {"张建国": ("县长",), "李明": ("县长",), "王晓峰": ("公安局局长",)}),             # a name before 和
])
def test_royal_styles_country_designations_and_bureaus_with_he_in_a_chain(body, expected):
    assert officials(body) == expected


# Session 9 (ext), from held-out sets 28, 30 and 31 national (released to ext after scoring; sentences invented)
@pytest.mark.parametrize("body, expected", [
    # a Thai last part runs on past a one-character follower (提) to a two-character one
    ("泰国农业部长颂猜·西提空颂出席签字仪式。", {"颂猜·西提空颂": ("泰国农业部长",)}),
    # a stop character that transliterates (本) may stand inside a foreign name after a country's post
    ("柬埔寨参议院副主席占本英一行参观了展览。", {"占本英": ("柬埔寨参议院副主席",)}),
    # a foreign party's name with 与 stays whole in the title
    ("会见缅甸民族团结与发展党主席吴丹瑞貌。", {"吴丹瑞貌": ("缅甸民族团结与发展党主席",)}),
    # a department of a bureau whose name holds 和
    ("国家药监局药品注册和审评司司长何晓川答问。", {"何晓川": ("国家药监局药品注册和审评司司长",)}),
    # a ministry's or a committee's general office after another of its titles
    ("交通运输部新闻发言人、办公厅主任韩立新主持。",
     {"韩立新": ("交通运输部新闻发言人", "交通运输部办公厅主任")}),
    ("省委常委、办公厅主任吕方出席。", {"吕方": ("省委常委", "省委办公厅主任")}),
    # a party's (deputy) leader abroad, only with the country written before it
    ("日本立宪民主党副代表田中信也率团访华。", {"田中信也": ("日本立宪民主党副代表",)}),
    ("十九大党代表王刚说，", {}),
    # -玛 ends a Mongolian or Tibetan woman's name, not before 瑙 (玛瑙)
    ("自治区政协副主席格日勒其其格玛出席。", {"格日勒其其格玛": ("自治区政协副主席",)}),
    # a Uyghur name part (阿布都) holds a character that is no transliteration syllable
    ("全国妇联副主席艾尔肯·阿布都拉参加座谈。", {"艾尔肯·阿布都拉": ("全国妇联副主席",)}),
    # 与 + another titled name closes the name after 时任…的
    ("1990年，时任县长的令狐远与时任县委书记扎西多吉一道带领群众治沙。",
     {"令狐远": ("时任县长",), "扎西多吉": ("时任县委书记",)}),
])
def test_session9_released_national_sets(body, expected):
    assert officials(body) == expected


def test_a_name_first_tail_of_a_dotted_part_is_the_dotted_name():
    # (哈茂德首相 alone reads as a surname and a given name: the article writes the whole part)
    body = "沙特首相兼外交大臣费萨尔·本·纳西尔·阿勒萨哈茂德将访华。其间，李强将会见阿勒萨哈茂德首相。"
    assert officials(body) == {"费萨尔·本·纳西尔·阿勒萨哈茂德": ("沙特首相", "外交大臣", "首相")}


@pytest.mark.parametrize("body, expected", [
    ("全国人大代表、云岭省副省长邝婕表示，要加快建设算力枢纽。", {"邝婕": ("全国人大代表", "云岭省副省长")}),
    ("全国人大代表任春岚建议，进一步提高乡村教师生活补助。", {"任春岚": ("全国人大代表",)}),
    ("交通运输部政策研究室主任、新闻发言人蔚思远主持发布会。",
     {"蔚思远": ("交通运输部政策研究室主任", "交通运输部新闻发言人")}),
    ("某大学国情研究室主任滕文说。", {}),
])
def test_a_deputy_to_a_peoples_congress_and_a_ministrys_policy_research_office(body, expected):
    assert officials(body) == expected


def test_the_official_who_answers_a_reporters_question_speaks_for_what_follows():
    body = ("国务院新闻办公室举行新闻发布会，国家医保局医药服务管理司司长芮晓蕾介绍有关情况。"
            "记者问：集采药品在基层能否买得到？芮晓蕾回答，国家医保局将督促企业保障供应。"
            "各定点医疗机构要优先配备使用中选药品。")
    from desktop_app.extraction import extract
    assert [(t.text, t.speaker) for t in extract(body).tasks] == [("各定点医疗机构要优先配备使用中选药品", "芮晓蕾")]



# Session 9 (ext): shapes of 会见 reports probed with invented sentences
@pytest.mark.parametrize("body, expected", [
    # "when meeting him" closes a name before a verb of saying, Chinese or foreign…
    ("习近平会见缅甸总统吴丹瑞时指出，中缅是胞波兄弟。", {"习近平": (), "吴丹瑞": ("缅甸总统",)}),
    ("会见越南国家主席黎明英时，李强表示，", {"黎明英": ("越南国家主席",)}),
    # …but not where 时 makes a word with the character before it
    ("市长王刚同时表示，要抓好落实。", {"王刚": ("市长",)}),
    # a verb of welcome or congratulation ends the title on its left
    ("毛宁说，中方欢迎巴基斯坦总理阿里·汗访华。", {"阿里·汗": ("巴基斯坦总理",)}),
    ("王毅祝贺泰国外长差猜·翁沙就任。", {"差猜·翁沙": ("泰国外长",)}),
    # the speaker of a senate, written short
    ("韩正会见智利参议长胡安·罗德里格斯。", {"胡安·罗德里格斯": ("智利参议长",)}),
])
def test_when_meeting_welcome_and_senate_speakers(body, expected):
    assert {k: v for k, v in officials(body).items() if v} == {k: v for k, v in expected.items() if v}


@pytest.mark.parametrize("body, expected", [
    # a country is not carried across 兼 (the second post stays as written, as 省长 does after 省委副书记、)…
    ("泰国副总理兼商业部长素差·汶玛出席。", {"素差·汶玛": ("泰国副总理", "商业部长")}),
    ("土库曼斯坦内阁副主席兼外交部长拉希德·梅列多夫出席。",
     {"拉希德·梅列多夫": ("土库曼斯坦内阁副主席", "外交部长")}),
    ("韩国副总理兼企划财政部长官崔相元出席。", {"崔相元": ("韩国副总理", "企划财政部长官")}),
    # …not across "、", not a Chinese organ, and not a post written with its own organ
    ("泰国副总理、商业部长素差·汶玛出席。", {"素差·汶玛": ("泰国副总理", "商业部长")}),
    ("国务院副总理兼财政部长王刚出席。", {"王刚": ("国务院副总理", "财政部长")}),
    ("越南副总理兼国会常务委员会委员阮文山出席。", {"阮文山": ("越南副总理", "国会常务委员会委员")}),
    # 安德烈 transliterates; 拜会 and 就任 follow a name
    ("希腊总理安德烈亚斯·尼古拉季斯出席。", {"安德烈亚斯·尼古拉季斯": ("希腊总理",)}),
    ("日本前外务大臣山本和夫拜会王毅。", {"山本和夫": ("日本前外务大臣",)}),
])
def test_a_country_is_not_carried_across_jian_and_followers_of_visits(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("外交部长王毅同索帕拉·肯副首相举行会谈。", {"王毅": ("外交部长",), "索帕拉·肯": ("副首相",)}),
    ("陪同访华的有印度尼西亚外交部长努尔·哈丽雅蒂、国有企业部长哈里扬托·苏班德里奥等。",
     {"努尔·哈丽雅蒂": ("印度尼西亚外交部长",), "哈里扬托·苏班德里奥": ("国有企业部长",)}),
    ("新疆和田地区于田县阿热勒乡党委书记买买提·吐尔逊发言。",
     {"买买提·吐尔逊": ("新疆和田地区于田县阿热勒乡党委书记",)}),
])
def test_a_chinese_name_before_with_places_and_organs_that_begin_with_a_boundary_word(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a foreign country opens the title: the words of the sentence before it are no part of it
    ("答：我们注意到菲律宾外交部长罗萨里奥的有关表态。", {"罗萨里奥": ("菲律宾外交部长",)}),
    ("即使美国总统约翰逊最初的方案被实施，", {"约翰逊": ("美国总统",)}),
    # …but an embassy's 驻, 原, a joiner inside a ministry's name and a country inside a place stay
    ("中国驻美国大使王刚出席。", {"王刚": ("中国驻美国大使",)}),
    ("会见坦桑尼亚外交和东非合作部长朱马·姆万加。", {"朱马·姆万加": ("坦桑尼亚外交和东非合作部长",)}),
    ("会见加拿大不列颠哥伦比亚省省长戴维·伊比。", {"戴维·伊比": ("加拿大不列颠哥伦比亚省省长",)}),
    ("内蒙古自治区党委书记王刚出席。", {"王刚": ("内蒙古自治区党委书记",)}),
])
def test_a_foreign_country_opens_its_title(body, expected):
    assert officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a transliterating stop character (科) may end a foreign name of four or more characters
    ("白俄罗斯总统马特维延科、塞尔维亚总统武契奇出席。",
     {"马特维延科": ("白俄罗斯总统",), "武契奇": ("塞尔维亚总统",)}),
    # 常任 (standing) is no boundary inside an organ's name
    ("朝鲜最高人民会议常任委员会委员长金永南会见中国客人。", {"金永南": ("朝鲜最高人民会议常任委员会委员长",)}),
])
def test_slavic_endings_and_standing_committees(body, expected):
    assert officials(body) == expected


def test_names_listed_before_a_name_first_post_hold_it():
    body = "会议由韩东明、丁立华、洛桑江村、雪克来提·吾买尔副委员长和秘书长刘宏出席。"
    assert officials(body) == {"韩东明": ("副委员长",), "丁立华": ("副委员长",), "洛桑江村": ("副委员长",),
                               "雪克来提·吾买尔": ("副委员长",), "刘宏": ("秘书长",)}
    assert officials("会议由王志刚、李明和赵强副主任主持。") == {
        "王志刚": ("副主任",), "李明": ("副主任",), "赵强": ("副主任",)}
    # places listed before a post are no names
    assert officials("石家庄、保定和王刚书记出席。") == {"王刚": ("书记",)}
    assert officials("向北京、天津、王刚书记致意。") == {"王刚": ("书记",)}


@pytest.mark.parametrize("body, expected", [
    # rare compound surnames of northern dynasties
    ("在黑龙江省委书记斛律明远和省长杨立新陪同下考察。",
     {"斛律明远": ("黑龙江省委书记",), "杨立新": ("省长",)}),
    # a ministry's political department takes the ministry from the title before it
    ("公安部党组成员、政治部主任韦东明出席。", {"韦东明": ("公安部党组成员", "公安部政治部主任")}),
    # 所作 follows a name
    ("会议听取了全国人大常委会副委员长欧阳明远所作的报告。", {"欧阳明远": ("全国人大常委会副委员长",)}),
    # a joiner and a country after a post are no foreign name (a headline without names)
    ("李强分别会见奥地利总理和卡塔尔首相", {}),
])
def test_compound_surnames_political_departments_and_headlines(body, expected):
    assert officials(body) == expected


def test_the_speaker_is_not_whom_he_speaks_to_nor_on_whose_behalf():
    from desktop_app.extraction import extract
    body = "外交部长王毅会见印尼外长苏吉亚托·维拉卡苏马。王毅对苏吉亚托外长说，中印尼应当以雅万高铁为标杆，推进合作。"
    assert [t.speaker for t in extract(body).tasks] == ["王毅"]
    body = "国务院总理李强出席大会。李强代表党中央、国务院在讲话中指出，广大科技工作者要甘坐冷板凳，在原始创新上多出成果。"
    assert [t.speaker for t in extract(body).tasks] == ["李强"]


def test_appointments_and_removals_give_the_post_written_with_them():
    body = "会议决定免去钱立新的国家粮食和物资储备局局长职务，任命孟海东为国家粮食和物资储备局局长。"
    assert officials(body) == {"钱立新": ("国家粮食和物资储备局局长",), "孟海东": ("国家粮食和物资储备局局长",)}
    # a company's post, a pronoun or all posts at once give nothing
    assert officials("任命王志刚为某公司总经理。免去李明的一切职务。任命他为县长。") == {}


def test_a_permanent_representative_to_the_united_nations():
    assert officials("中国常驻联合国代表韩中华在安理会发言。") == {"韩中华": ("中国常驻联合国代表",)}


@pytest.mark.parametrize("body, expected", [
    ("何立峰同美国财政部长贝森特、贸易代表格里尔举行会谈。",
     {"何立峰": (), "贝森特": ("美国财政部长",), "格里尔": ("贸易代表",)}),
    ("王毅会见欧盟外交和安全政策高级代表卡拉斯。", {"卡拉斯": ("欧盟外交和安全政策高级代表",)}),
])
def test_trade_and_high_representatives(body, expected):
    assert officials(body) == {k: v for k, v in expected.items() if v}


@pytest.mark.parametrize("body, expected", [
    # from released 44n (sentences invented): a Hui name of four syllables closed by a follower…
    ("自治区党委书记马哈买提强调，要抓好落实。", {"马哈买提": ("自治区党委书记",)}),
    # …but 提出 is a word after three
    ("县长马哈买提出三点要求。", {"马哈买": ("县长",)}),
    # a Party group listed after a colleague takes his organ; a Party committee has none
    ("国家林草局原副局长韩立言、党组原副书记萧文蔚等前往送别。",
     {"韩立言": ("国家林草局原副局长",), "萧文蔚": ("国家林草局党组原副书记",)}),
    ("县委书记王刚、党组书记李明出席。", {"王刚": ("县委书记",), "李明": ("党组书记",)}),
])
def test_hui_names_and_party_groups_listed_after_a_colleague(body, expected):
    assert officials(body) == expected


def test_on_behalf_of_a_former_head_of_state_is_no_name():
    assert officials("博瓦滕还代加纳前总统约翰·阿杜向习近平主席致意。") == {"约翰·阿杜": ("加纳前总统",), "习近平": ("主席",)}


def test_a_peoples_name_inside_a_chinese_place_and_de_before_a_dotted_name():
    body = "1988年，时任伊犁哈萨克自治州州长的努尔兰·托合提同志同时任州委书记邰振川一道，推动建成大桥。"
    assert officials(body) == {"努尔兰·托合提": ("时任伊犁哈萨克自治州州长",), "邰振川": ("时任州委书记",)}


# ---- session 10 (ext): classes from the released sets and the lead's read sets (invented sentences)

@pytest.mark.parametrize("body, expected", [
    ("副主任韩立新、庞大海、武晓红出席会议。", {"韩立新": ("副主任",), "庞大海": ("副主任",), "武晓红": ("副主任",)}),
    ("市领导周丽君、许家强出席会议。", {"周丽君": ("市领导",), "许家强": ("市领导",)}),
])
def test_a_list_member_whose_name_opens_with_a_word(body, expected):
    assert officials(body) == expected


def test_an_adverb_after_a_name_of_three_is_no_fourth_character():
    assert officials("村党支部书记赵金山正和几位村民修剪果树。") == {"赵金山": ("村党支部书记",)}
    assert officials("村党支部书记赵金山也表示，") == {"赵金山": ("村党支部书记",)}


def test_a_yi_clan_name_and_two_characters_before_a_frequent_verb():
    assert officials("县委书记吉克伍呷深入乡镇督导。") == {"吉克伍呷": ("县委书记",)}
    assert officials("州长阿苏拉在会上讲话。") == {"阿苏拉": ("州长",)}


@pytest.mark.parametrize("body, expected", [
    ("会议选举钱晓峰为省总工会副主席。", {"钱晓峰": ("省总工会副主席",)}),
    ("全会增补郑立为市政协委员。", {"郑立": ("市政协委员",)}),
])
def test_an_election_reads_as_an_appointment(body, expected):
    assert officials(body) == expected


def test_countries_counted_before_a_post_are_no_name():
    assert officials("外交部长王毅分别会见中日两国外长。") == {"王毅": ("外交部长",)}


def test_a_head_of_governments_name_after_the_verb_welcome():
    assert officials("国务院总理李强会见泰国总理巴坤·信差。李强欢迎巴坤总理访华。") == {
        "李强": ("国务院总理",), "巴坤·信差": ("泰国总理", "总理")}


def test_a_malay_honorific_without_its_dot_before_a_dotted_name():
    assert officials("马来西亚副总理拿督斯里阿末·扎希德出席。") == {"阿末·扎希德": ("马来西亚副总理",)}


def test_an_organ_ending_in_guo_before_a_region_keeps_it():
    assert officials("联合国亚太经社会执行秘书玛丽亚·桑托斯表示，") == {"玛丽亚·桑托斯": ("联合国亚太经社会执行秘书",)}


def test_a_bureau_for_small_firms_a_forecast_and_a_permanent_secretary():
    assert officials("工业和信息化部中小企业局局长宋立峰表示，") == {"宋立峰": ("工业和信息化部中小企业局局长",)}
    assert officials("中国气象局副局长杜明预计，本月底将有降雨。") == {"杜明": ("中国气象局副局长",)}
    assert officials("斐济外交部常务秘书玛丽·纳洛参加会见。") == {"玛丽·纳洛": ("斐济外交部常务秘书",)}
    assert officials("县电视台台长王明出席。") == {}


def test_a_career_part_that_opens_with_when_the_post_was_taken():
    body = ("原交通部副部长欧阳承志同志逝世。\n欧阳承志同志1931年生于江苏。历任交通部第二航务工程局副局长、局长，"
            "1983年起任交通部副部长、党组成员。他主持编制了港口规划。")
    assert officials(body)["欧阳承志"] == ("原交通部副部长", "交通部第二航务工程局副局长", "交通部第二航务工程局局长",
                                       "交通部副部长", "交通部党组成员")


def test_a_burmese_name_after_a_myanmar_post_may_hold_a_stop_character():
    assert officials("缅甸前副总统吴年敏一直关心两国友好。") == {"吴年敏": ("缅甸前副总统",)}
    assert officials("越南前副总统吴年敏一直关心两国友好。") == {}            # only after a Myanmar post


def test_a_name_first_reading_inside_a_dotted_part_of_three():
    body = "李强会见瓦努阿图总理约瑟夫·纳武卡。会见纳武卡总理时，李强指出，国家不分大小。"
    assert officials(body) == {"约瑟夫·纳武卡": ("瓦努阿图总理", "总理")}          # not 武卡 as a second person


def test_a_party_committee_alone_is_not_carried_to_an_administrative_post():
    assert officials("国务院国资委党委书记、主任邹德文出席会议，党委委员、副主任于国平主持会议。") == {
        "邹德文": ("国务院国资委党委书记", "国务院国资委主任"), "于国平": ("党委委员", "副主任")}


def test_ti_ends_a_uyghur_part_before_a_one_character_follower():
    assert officials("全国人大宪法和法律委员会副主任委员祖丽·吐尔逊托合提在发言中指出，") == {
        "祖丽·吐尔逊托合提": ("全国人大宪法和法律委员会副主任委员",)}
    assert officials("副县长古丽·买合木提出要求。") == {"古丽·买合木": ("副县长",)}     # 提出 is a word


def test_a_member_named_first_before_a_verb_of_saying():
    assert officials("会上，洛桑土登委员说，要办好职业教育。") == {"洛桑土登": ("委员",)}
    assert officials("全国政协委员王志刚说，要加强。王志刚委员表示，") == {"王志刚": ("全国政协委员", "委员")}
    assert officials("全国政协教科卫体委员表示，") == {}


def test_entrusting_follows_a_name():
    assert officials("老挝前国家主席本米·占塔西嘱托他转达问候。") == {"本米·占塔西": ("老挝前国家主席",)}


def test_a_department_named_with_he_after_a_list_comma():
    assert officials("国家发展改革委副秘书长阎振华、就业收入分配和消费司司长其木格、国家能源局副局长祝永清出席。") == {
        "阎振华": ("国家发展改革委副秘书长",), "其木格": ("就业收入分配和消费司司长",), "祝永清": ("国家能源局副局长",)}


def test_hou_inside_a_given_name():
    assert officials("副市长张后军出席会议。") == {"张后军": ("副市长",)}
    assert officials("全国政协委员、市政协副主席韦后凯说，") == {"韦后凯": ("全国政协委员", "市政协副主席")}
    assert officials("书记王后来到村里。") == {}                      # 后来 is a word: 王后 is no name here


def test_a_name_then_a_legislature_then_its_post():
    assert officials("会见柬埔寨参议院主席洪坤。洪坤参议院主席表示，") == {"洪坤": ("柬埔寨参议院主席", "参议院主席")}


def test_members_named_first_in_a_group_review():
    body = ("在第三分组，黄振华委员说，异地就医备案要跑好几个窗口。慕容静怡委员认为，骗保行为侵蚀的是共同利益。"
            "敖特根巴图委员结合在内蒙古的调研说，牧区群众居住分散。")
    assert officials(body) == {"黄振华": ("委员",), "慕容静怡": ("委员",), "敖特根巴图": ("委员",)}
    assert officials("全国政协教科卫体委员结合调研说，") == {}


def test_jie_after_a_name_and_a_rare_surname():
    assert officials("白桦县副县长孙立清借调研之名公款旅游。") == {"孙立清": ("白桦县副县长",)}
    assert officials("云南省人大常委会副主任杞文华参加有关活动。") == {"杞文华": ("云南省人大常委会副主任",)}


def test_a_title_after_as_then_the_speaker():
    assert officials("作为国务院副秘书长，李明华表示，要抓好落实。") == {"李明华": ("国务院副秘书长",)}
    assert officials("作为一名党员，李明华表示，要带头。") == {}                  # no title between 作为 and the comma


def test_a_congress_review_group_stands_as_written():
    assert officials("全国人大常委会副委员长、第二分组召集人宁玉华在小组会上说，") == {
        "宁玉华": ("全国人大常委会副委员长", "第二分组召集人")}
