"""Shared helper for the a-* gold generators (run the generators from /work/main).

A quantity is located by a context string that must occur exactly once in the text;
the quantity inside it is marked with [[ ]] (no marks: the whole context is the
quantity).  Normalized values are computed here and passed explicitly to goldkit.
"""
import math
import sys

sys.path.insert(0, "/work/shared/tools")
from goldkit import Doc  # noqa: E402

MU = 2000 / 3  # 亩 in m2
# unit as written -> (normalizedUnit, factor)
UNITS = {
    "元": ("CNY", 1), "块": ("CNY", 1), "块钱": ("CNY", 1), "美元": ("USD", 1), "": None,
    "平方公里": ("m2", 1e6), "平方千米": ("m2", 1e6), "平方米": ("m2", 1), "公顷": ("m2", 1e4), "亩": ("m2", MU),
    "公里": ("m", 1000), "千米": ("m", 1000), "米": ("m", 1),
    "吨": ("kg", 1000), "公斤": ("kg", 1), "千克": ("kg", 1), "斤": ("kg", 0.5),
    "立方米": ("m3", 1), "立方": ("m3", 1),
    "千瓦时": ("kWh", 1), "度": ("kWh", 1), "千瓦": ("kW", 1), "兆瓦": ("kW", 1000),
    "吨标准煤": ("kg", 1000), "吨标煤": ("kg", 1000), "千伏安": ("kVA", 1),
    "%": ("percent", 1), "％": ("percent", 1), "百分之": ("percent", 1), "成": ("percent", 10),
    "‰": ("percent", 0.1), "千分之": ("percent", 0.1),
    "个百分点": ("pp", 1), "个基点": ("bp", 1), "基点": ("bp", 1),
    "倍": ("times", 1), "个位次": ("rank", 1),
    "元/平方米": ("CNY/m2", 1), "元/吨": ("CNY/kg", 0.001), "元/千瓦时": ("CNY/kWh", 1),
    "元/斤": ("CNY/kg", 2), "元/立方米": ("CNY/m3", 1), "块/立方米": ("CNY/m3", 1), "块/斤": ("CNY/kg", 2),
}


def sig(x):
    return float(f"{x:.12g}")


class G:
    def __init__(self, name, reference_date):
        self.d = Doc(f"corpus/{name}.txt", reference_date)
        self.t = self.d.text

    def _find(self, ctx):
        if "[[" in ctx:
            a, b = ctx.index("[["), ctx.index("]]")
            q = ctx[a + 2:b]
            plain = ctx[:a] + q + ctx[b + 2:]
        else:
            a, q, plain = 0, ctx, ctx
        hits, i = [], self.t.find(plain)
        while i >= 0:
            hits.append(i)
            i = self.t.find(plain, i + 1)
        if len(hits) != 1:
            raise SystemExit(f"context {ctx!r} found {len(hits)} times")
        s = hits[0] + a
        return q, s, s + len(q)

    def f(self, ctx, kind, subj, year, value, unit, scale=1, *, core=None, base=None, period=None,
          bound="exact", mod="actual", opt=False, note=None, neg=False, nu=None, nv=None, times=None):
        """unit 番: pass N of 翻N番; stored as 2**N times."""
        q, s, e = self._find(ctx)
        if nu is None:
            if kind == "rank" and unit in ("", "位", "名", "个", "个位次"):
                nu, fac = "rank", 1
            elif unit == "番":
                nu, fac = "times", None
            else:
                nu, fac = UNITS.get(unit) or ("count", 1)
        else:
            fac = None
        if nv is None:
            if unit == "番":  # 翻N番: value and normalizedValue 2**N times (score.py checks value*scale)
                value = 2.0 ** value
                nv = value
            elif value is None:
                nv = None
            else:
                nv = sig(value * scale * (fac if fac is not None else 1))
            if neg and nv is not None:
                nv = -nv
        if isinstance(period, tuple):
            period = {"from": period[0], "to": period[1], "text": period[2]}
        fact = self.d.fact(q, kind=kind, subject=subj, year=year, value=value, unit=unit, scale=scale,
                           nu=nu, nv=nv, core=core, base_year=base, period=period, bound=bound,
                           modality=mod, optional=opt, note=note)
        fact["start"], fact["end"] = s, e
        if subj and isinstance(core or subj, str) and (core or subj) not in subj:
            raise SystemExit(f"core not in subject: {ctx}")
        return fact

    def dur(self, ctx, value, unit="年", note="duration"):
        """An optional duration / vague period."""
        nu = {"年": "year", "天": "day", "日": "day", "小时": "hour", "分钟": "min", "个月": "month",
              "个工作日": "day", "里": "m"}.get(unit, unit)
        return self.f(ctx, "value", "", None, value, unit, nu=nu, nv=value, opt=True, note=note)

    def nf(self, ctx, why):
        q, s, e = self._find(ctx)
        self.d.nonfacts.append({"text": q, "start": s, "end": e, "why": why})

    def nf_all(self, regex, why):
        """Every match of regex not overlapping a span already annotated becomes a non-fact."""
        import re
        taken = [(x["start"], x["end"]) for x in self.d.facts + self.d.nonfacts]
        for m in re.finditer(regex, self.t):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            self.d.nonfacts.append({"text": m.group(), "start": s, "end": e, "why": why})
            taken.append((s, e))

    def save(self):
        self.d.save()
        req = sum(1 for f in self.d.facts if not f["optional"])
        print(f"  chars {len(self.t)}, required {req}, optional {len(self.d.facts) - req}, nonFacts {len(self.d.nonfacts)}")


def load():
    return G
