"""Hanja an older report writes its genre's words in ("一般現況", "事業期間 : …", "國費",
"區 分 | 定 員 | 現 員", "處理狀況 : 完了"): read as their Hangul, so that every stage reads
them as it reads the Hangul ones.  The line's raw keeps the Hanja.

Only a report that writes the genre's words so is read this way (:func:`writes_hanja`): a
Hangul report's odd Hanja ("市·구(군)", "’25.上") stays as printed.  Each Hanja reads by
:data:`READINGS`, the initial sound law applied at a word's start ("年度" 연도, "2016年"
년) and 率 after a vowel or ㄴ 율 ("比率" 비율, "增減率" 증감률).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from extract.document import Document, Grid

#: the Hangul reading of each Hanja the genre writes, a Hanja and its syllable a pair
_PAIRS = """
一일 七칠 三삼 上상 下하 不부 並병 中중 主주 了료 事사 二이 交교 京경 人인 今금 他타 代대
令령 以이 件건 任임 企기 休휴 位위 低저 住주 佛불 作작 使사 例례 便편 係계 俗속 保보 信신
修수 倂병 個개 値치 偉위 健건 備비 傳전 債채 價가 優우 充충 先선 光광 兒아 入입 內내 全전
八팔 公공 共공 其기 典전 再재 冬동 凶흉 出출 分분 切절 刊간 列렬 初초 判판 別별 利리 制제
則칙 前전 副부 創창 劃획 劇극 力력 功공 加가 勉면 動동 務무 勞로 勢세 勤근 勵려 勸권 包포
化화 北북 區구 十십 半반 協협 南남 博박 原원 去거 參참 及급 友우 取취 受수 口구 古고 可가
史사 右우 各각 合합 吉길 同동 名명 向향 告고 命명 和화 品품 員원 商상 問문 單단 四사 回회
固고 國국 圍위 園원 圖도 團단 土토 在재 地지 址지 均균 城성 域역 執집 基기 報보 場장 境경
增증 士사 外외 多다 大대 天천 夫부 奉봉 契계 女녀 委위 婦부 字자 存존 季계 學학 宅택 安안
完완 宗종 官관 定정 客객 室실 害해 家가 容용 宿숙 密밀 察찰 實실 審심 寫사 對대 導도 小소
少소 就취 局국 展전 屬속 山산 島도 川천 州주 工공 巨거 差차 市시 布포 希희 常상 平평 年년
店점 府부 度도 座좌 廢폐 廣광 廳청 建건 式식 引인 強강 强강 形형 律률 後후 得득 復복 德덕
心심 必필 志지 念념 急급 性성 恩은 情정 惠혜 想상 意의 感감 應응 成성 戰전 戶호 所소 打타
技기 投투 指지 授수 接접 推추 措조 提제 援원 損손 摘적 擔담 擧거 擴확 支지 收수 改개 放방
政정 故고 效효 敎교 救구 教교 整정 數수 文문 料료 新신 斷단 方방 施시 旅려 族족 日일 早조
昇승 明명 是시 時시 景경 曲곡 更경 書서 最최 會회 月월 有유 望망 期기 木목 末말 本본 東동
林림 果과 査사 校교 核핵 格격 案안 梁량 條조 棄기 業업 極극 概개 榮영 構구 槪개 標표 橋교
機기 檢검 權권 次차 正정 武무 歲세 歷력 母모 每매 比비 民민 氣기 水수 求구 江강 決결 河하
油유 治치 況황 法법 注주 洋양 洞동 活활 流류 浴욕 海해 消소 液액 淸청 減감 測측 港항 滯체
滿만 漁어 演연 濟제 灣만 火화 災재 無무 然연 煙연 熱열 燈등 營영 物물 特특 狀상 獎장 獨독
率률 現현 理리 環환 生생 産산 用용 由유 甲갑 男남 界계 畜축 略략 畫획 異이 當당 療료 發발
的적 益익 監감 目목 直직 相상 省성 看간 眞진 督독 石석 研연 硏연 示시 社사 祉지 祝축 祭제
福복 禮례 秀수 科과 移이 稅세 程정 種종 空공 立립 童동 競경 第제 等등 答답 策책 算산 管관
節절 精정 約약 級급 素소 細세 終종 組조 結결 給급 統통 絶절 經경 綠록 網망 緊긴 編편 縣현
總총 績적 織직 罪죄 置치 署서 美미 義의 習습 老로 考고 聯련 職직 育육 能능 自자 與여 興흥
舊구 航항 般반 色색 落락 著저 藝예 藥약 處처 號호 蟲충 行행 術술 衡형 表표 製제 西서 要요
見견 規규 親친 觀관 角각 解해 計계 訓훈 記기 設설 許허 評평 話화 認인 語어 說설 課과 調조
論론 證증 議의 護호 豐풍 豫예 負부 財재 貧빈 貨화 買매 費비 資자 賞상 賣매 質질 足족 路로
身신 軍군 輸수 農농 近근 追추 送송 通통 造조 連련 週주 進진 運운 過과 道도 達달 選선 遺유
邑읍 郡군 部부 都도 鄕향 配배 醫의 里리 重중 野야 量량 金금 針침 銀은 鐵철 門문 開개 間간
關관 防방 降강 限한 院원 除제 陳진 陸륙 隊대 集집 難난 雨우 雲운 電전 靑청 面면 革혁 韓한
音음 項항 順순 領령 頭두 額액 願원 類류 風풍 食식 飮음 養양 餘여 館관 首수 馬마 驗험 體체
高고 黑흑 點점
"""
READINGS: dict[str, str] = {pair[0]: pair[1] for pair in _PAIRS.split()}

#: readings that change at a word's start (the initial sound law): 年度 연도, 力量 역량
WORD_START: dict[str, str] = {
    "년": "연", "념": "염", "녀": "여", "뇨": "요", "뉴": "유", "니": "이", "력": "역",
    "련": "연", "렬": "열", "령": "영", "례": "예", "로": "노", "록": "녹", "론": "논",
    "료": "요", "류": "유", "륙": "육", "률": "율", "리": "이", "림": "임", "립": "입",
    "려": "여", "락": "낙", "라": "나", "래": "내", "량": "양",
}
#: genre words written in Hanja whose use makes a report one that writes them so
#: (:func:`writes_hanja`): its chapters', its labels' and its tables' words
GENRE_WORDS: tuple[str, ...] = (
    "一般現況", "組織", "人力", "豫算", "主要業務", "推進計劃", "事業期間", "事業費", "國費",
    "推進日程", "處理結果", "區分", "定員", "現員", "增減", "監査",
)
#: fewest such words that make a report one written with Hanja
MIN_GENRE_WORDS = 3


def _hanja(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def writes_hanja(texts: list[str]) -> bool:
    """Whether a report writes its genre's words in Hanja (:data:`GENRE_WORDS`, at least
    :data:`MIN_GENRE_WORDS` of them)."""
    found = {w for t in texts for w in GENRE_WORDS if w in t.replace(" ", "")}
    return len(found) >= MIN_GENRE_WORDS


def as_hangul(text: str) -> str:
    """``text`` with each Hanja of :data:`READINGS` read as its Hangul.

    >>> as_hangul("Ⅰ. 一般現況"), as_hangul("○ 事業費 : 2,000백만원 (國費 1,000)")
    ('Ⅰ. 일반현황', '○ 사업비 : 2,000백만원 (국비 1,000)')
    >>> as_hangul("2016年 豫算"), as_hangul("年度別 增減率"), as_hangul("比率")
    ('2016년 예산', '연도별 증감률', '비율')
    >>> as_hangul("2. 人  力"), as_hangul("○ 人力 : 98명")
    ('2. 인  력', '○ 인력 : 98명')
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for i, ch in enumerate(text):
        reading = READINGS.get(ch) if _hanja(ch) else None
        if reading is None:
            out.append(ch)
            continue
        # (a word's start: not a letter-spaced word's next letter, "人  力" 인력)
        before = text[:i].rstrip(" ")[-1:] if text[max(0, i - 3) : i].strip() else ""
        if not before or not (_hanja(before) or before.isalnum()):
            reading = WORD_START.get(reading, reading)
        elif reading == "률" and out and _vowel_or_n(out[-1]):
            reading = "율"
        out.append(reading)
    return "".join(out)


def _vowel_or_n(syllable: str) -> bool:
    """Whether a Hangul syllable ends in a vowel or in ㄴ (率 reads 율 after it)."""
    code = ord(syllable[-1]) - 0xAC00
    return 0 <= code < 11172 and code % 28 in (0, 4)


def hanja_as_hangul(doc: Document) -> Document:
    """``doc`` read in Hangul where it writes its genre's words in Hanja (the lines' text
    and its grids' cells; raw keeps the Hanja); else as it is."""
    texts = [ln.text for ln in doc.lines]
    texts += [p for g in doc.tables for c in g.cells for p in c.paragraphs]
    if not writes_hanja(texts):
        return doc
    lines = [ln._replace(text=as_hangul(ln.text)) for ln in doc.lines]
    _grids_as_hangul(doc.tables)
    return replace(doc, lines=lines, _by_no={})


def _grids_as_hangul(grids: Sequence[Grid]) -> None:
    for grid in grids:
        for cell in grid.cells:
            cell.paragraphs = tuple(as_hangul(p) for p in cell.paragraphs)
            _grids_as_hangul(cell.tables)
