"""Shared helper for the b-* gold generators (run the generators from /work/main).

Facts and non-facts are annotated in text order: each call searches for its text from a
cursor that moves past the previous annotation, so repeated strings ("0.41%" in a
headline and again in the body) get the right occurrence.  A quantity that starts with
a digit is never matched in the middle of a longer number ("1.3%" does not match inside
"11.3%").  Normalized values are computed here (value x scale x unit factor, negated for
decreases with neg=True) and passed to goldkit explicitly.
"""
import sys

sys.path.insert(0, "/work/shared/tools")
from goldkit import Doc  # noqa: E402

MU = 2000 / 3  # one 亩 in m2

# unit as written -> (normalizedUnit, factor)
UNITS = {
    "元": ("CNY", 1), "美元": ("USD", 1), "欧元": ("EUR", 1), "港元": ("HKD", 1), "日元": ("JPY", 1),
    "平方公里": ("m2", 1e6), "平方千米": ("m2", 1e6), "平方米": ("m2", 1), "公顷": ("m2", 1e4), "亩": ("m2", MU),
    "公里": ("m", 1000), "千米": ("m", 1000), "米": ("m", 1),
    "吨": ("kg", 1000), "公斤": ("kg", 1), "千克": ("kg", 1), "克": ("kg", 0.001), "斤": ("kg", 0.5),
    "千瓦": ("kW", 1), "千瓦时": ("kWh", 1),
    "%": ("percent", 1), "％": ("percent", 1), "百分之": ("percent", 1), "成": ("percent", 10),
    "个百分点": ("pp", 1), "个基点": ("bp", 1), "基点": ("bp", 1),
    "倍": ("times", 1), "个位次": ("rank", 1),
    "点": ("point", 1),
    "元/股": ("CNY/股", 1), "元/吨": ("CNY/kg", 0.001), "元/公斤": ("CNY/kg", 1), "元/克": ("CNY/kg", 1000),
    "公斤/亩": ("kg/m2", 1 / MU),
}
COUNT = set("个 家 人 户 所 条 项 座 辆 台 套 名 位 次 件 起 批 只 头 张 部 种 篇 处 栋 架 股 册 场".split()) | {
    "人次", "标箱", "班次", "场次", "万人"}
DIGITS = set("0123456789.,０１２３４５６７８９．，")


def sig(x):
    return float(f"{x:.12g}")


class B:
    def __init__(self, name, reference_date, year=None, period=None):
        self.name = name
        self.d = Doc(f"corpus/{name}.txt", reference_date)
        self.t = self.d.text
        self.pos = 0
        self.year = year  # default year for f(); pass year= to override
        self.period = period  # default period for f(); pass period= to override

    # -- locating ---------------------------------------------------------------
    def at(self, ctx):
        """Move the cursor to the start of the next occurrence of ctx."""
        self.pos = self.t.index(ctx, self.pos)

    def _bad(self, text, s):
        """True when text at s would be the inside of a longer number."""
        t, e = self.t, s + len(text)
        isd = lambda c: c.isdigit()
        if text[0] in DIGITS and s > 0:
            a = t[s - 1]
            if isd(a) or (a in ".．" and s > 1 and isd(t[s - 2])):
                return True
            if a in ",，" and s > 1 and isd(t[s - 2]) and len(text) >= 3 and text[:3].isdigit() \
                    and (len(text) == 3 or not text[3].isdigit()):
                return True
        if text[-1] in DIGITS and e < len(t):
            b = t[e]
            if isd(b) or (b in ".．" and e + 1 < len(t) and isd(t[e + 1])):
                return True
        return False

    def _find(self, text):
        p = self.pos
        while True:
            s = self.t.index(text, p)
            if self._bad(text, s):
                p = s + 1
                continue
            break
        self.pos = s + len(text)
        # goldkit locates by occurrence number
        n, q = 0, 0
        while True:
            i = self.t.index(text, q)
            if i == s:
                return n
            n, q = n + 1, i + 1

    # -- annotations -------------------------------------------------------------
    def f(self, text, kind, subject, value, unit="", scale=1, *, core=None, year=..., base=None,
          period=..., bound="exact", mod="actual", opt=False, neg=False, nu=None, factor=None,
          nv=None, note=None, high=None):
        nth = self._find(text)
        if year is ...:
            year = self.year
        if period is ...:
            period = self.period
        if nu is None:
            if kind == "rank" or unit in ("个位次",):
                nu, fac = "rank", 1
            elif unit in UNITS:
                nu, fac = UNITS[unit]
            elif unit in COUNT:
                nu, fac = "count", 1
            else:
                raise ValueError(f"{self.name}: unit {unit!r} of {text!r} needs nu=")
        else:
            fac = UNITS.get(unit, (None, 1))[1] if UNITS.get(unit, (None,))[0] == nu else 1
        if factor is not None:
            fac = factor
        if nv is None and value is not None:
            nv = sig(value * scale * fac)
            if neg:
                nv = -abs(nv)
        if isinstance(period, tuple):
            period = {"from": period[0], "to": period[1], "text": period[2]}
        if high is not None:
            note = f"range high={high}" + (f"; {note}" if note else "")
        self.d.fact(text, nth=nth, kind=kind, subject=subject, core=core, year=year, value=value,
                    unit=unit, scale=scale, nu=nu, nv=nv, base_year=base, period=period, bound=bound,
                    modality=mod, optional=opt, note=note)

    def dur(self, text, value, unit="年", nu="year", note="duration", **kw):
        """An optional duration (SPEC: durations are optional)."""
        self.f(text, "value", "", value, unit, core="", year=kw.pop("year", None),
               period=kw.pop("period", None), nu=nu, opt=True,
               note=note, **kw)

    def nf(self, text, why):
        nth = self._find(text)
        self.d.nonfact(text, nth=nth, why=why)

    def save(self):
        self.d.save()
        req = sum(1 for f in self.d.facts if not f["optional"])
        print(f"  {self.name}: {len(self.t)} chars, {req} required, "
              f"{len(self.d.facts) - req} optional, {len(self.d.nonfacts)} non-facts")
