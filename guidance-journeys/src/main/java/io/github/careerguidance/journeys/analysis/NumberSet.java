/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A set of numbers as a sorted list of disjoint intervals with open or closed ends, optionally restricted to whole
 * numbers. Immutable. Package-private: {@link ValueSet} is the API.
 */
final class NumberSet {
    /** One interval; a {@code null} bound is infinite. */
    static final class Interval {
        final BigDecimal lo;
        final boolean loOpen;
        final BigDecimal hi;
        final boolean hiOpen;

        Interval(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {
            this.lo = lo;
            this.loOpen = lo == null || loOpen;
            this.hi = hi;
            this.hiOpen = hi == null || hiOpen;
        }

        boolean isEmpty() {
            if (lo == null || hi == null) {
                return false;
            }
            int c = lo.compareTo(hi);
            return c > 0 || (c == 0 && (loOpen || hiOpen));
        }

        boolean contains(BigDecimal x) {
            if (lo != null) {
                int c = x.compareTo(lo);
                if (c < 0 || (c == 0 && loOpen)) {
                    return false;
                }
            }
            if (hi != null) {
                int c = x.compareTo(hi);
                return c < 0 || (c == 0 && !hiOpen);
            }
            return true;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Interval)) {
                return false;
            }
            Interval i = (Interval) o;
            return cmp(lo, i.lo) && cmp(hi, i.hi) && loOpen == i.loOpen && hiOpen == i.hiOpen;
        }

        private static boolean cmp(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(
                    lo == null ? null : lo.stripTrailingZeros(),
                    hi == null ? null : hi.stripTrailingZeros(),
                    loOpen,
                    hiOpen);
        }

        @Override
        public String toString() {
            return (loOpen ? "(" : "[") + (lo == null ? "-inf" : lo.toPlainString()) + ", "
                    + (hi == null ? "inf" : hi.toPlainString()) + (hiOpen ? ")" : "]");
        }
    }

    static final NumberSet EMPTY_REAL = new NumberSet(List.of(), false);

    final List<Interval> intervals;
    final boolean integral;

    private NumberSet(List<Interval> intervals, boolean integral) {
        this.intervals = intervals;
        this.integral = integral;
    }

    static NumberSet of(List<Interval> intervals, boolean integral) {
        return new NumberSet(normalize(intervals, integral), integral);
    }

    static NumberSet range(BigDecimal lo, BigDecimal hi, boolean integral) {
        return of(List.of(new Interval(lo, false, hi, false)), integral);
    }

    boolean isEmpty() {
        return intervals.isEmpty();
    }

    NumberSet intersect(NumberSet other) {
        List<Interval> out = new ArrayList<>();
        for (Interval a : intervals) {
            for (Interval b : other.intervals) {
                BigDecimal lo;
                boolean loOpen;
                if (a.lo == null || (b.lo != null && b.lo.compareTo(a.lo) > 0)) {
                    lo = b.lo;
                    loOpen = b.loOpen;
                } else if (b.lo == null || a.lo.compareTo(b.lo) > 0) {
                    lo = a.lo;
                    loOpen = a.loOpen;
                } else {
                    lo = a.lo;
                    loOpen = a.loOpen || b.loOpen;
                }
                BigDecimal hi;
                boolean hiOpen;
                if (a.hi == null || (b.hi != null && b.hi.compareTo(a.hi) < 0)) {
                    hi = b.hi;
                    hiOpen = b.hiOpen;
                } else if (b.hi == null || a.hi.compareTo(b.hi) < 0) {
                    hi = a.hi;
                    hiOpen = a.hiOpen;
                } else {
                    hi = a.hi;
                    hiOpen = a.hiOpen || b.hiOpen;
                }
                out.add(new Interval(lo, loOpen, hi, hiOpen));
            }
        }
        return of(out, integral || other.integral);
    }

    NumberSet complement() {
        List<Interval> out = new ArrayList<>();
        BigDecimal prev = null;
        boolean prevOpen = true;
        boolean first = true;
        for (Interval i : intervals) {
            if (first) {
                if (i.lo != null) {
                    out.add(new Interval(null, true, i.lo, !i.loOpen));
                }
            } else {
                out.add(new Interval(prev, prevOpen, i.lo, !i.loOpen));
            }
            prev = i.hi;
            prevOpen = !i.hiOpen;
            first = false;
            if (i.hi == null) {
                return of(out, integral);
            }
        }
        if (first) {
            out.add(new Interval(null, true, null, true));
        } else {
            out.add(new Interval(prev, prevOpen, null, true));
        }
        return of(out, integral);
    }

    NumberSet minus(NumberSet other) {
        return intersect(other.complement());
    }

    NumberSet union(NumberSet other) {
        List<Interval> all = new ArrayList<>(intervals);
        all.addAll(other.intervals);
        return of(all, integral && other.integral);
    }

    boolean contains(BigDecimal x) {
        if (integral && x.stripTrailingZeros().scale() > 0) {
            return false;
        }
        for (Interval i : intervals) {
            if (i.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** A value in the set, as near to the middle of the first interval as is simple; the set must not be empty. */
    BigDecimal sample(int which) {
        Interval i = intervals.get(Math.floorMod(which, intervals.size()));
        if (i.lo != null && !i.loOpen) {
            return i.lo;
        }
        if (i.hi != null && !i.hiOpen) {
            return i.hi;
        }
        if (i.lo != null && i.hi != null) {
            return i.lo.add(i.hi).divide(BigDecimal.valueOf(2));
        }
        if (i.lo != null) {
            return i.lo.add(BigDecimal.ONE);
        }
        if (i.hi != null) {
            return i.hi.subtract(BigDecimal.ONE);
        }
        return BigDecimal.ZERO;
    }

    private static List<Interval> normalize(List<Interval> in, boolean integral) {
        List<Interval> list = new ArrayList<>();
        for (Interval i : in) {
            Interval j = integral ? whole(i) : i;
            if (!j.isEmpty()) {
                list.add(j);
            }
        }
        list.sort((a, b) -> {
            if (a.lo == null || b.lo == null) {
                return a.lo == null ? (b.lo == null ? 0 : -1) : 1;
            }
            int c = a.lo.compareTo(b.lo);
            return c != 0 ? c : Boolean.compare(a.loOpen, b.loOpen);
        });
        List<Interval> out = new ArrayList<>();
        for (Interval i : list) {
            if (!out.isEmpty()) {
                Interval last = out.get(out.size() - 1);
                if (touches(last, i, integral)) {
                    out.set(out.size() - 1, new Interval(last.lo, last.loOpen, maxHi(last, i), maxHiOpen(last, i)));
                    continue;
                }
            }
            out.add(i);
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean touches(Interval a, Interval b, boolean integral) {
        if (a.hi == null || b.lo == null) {
            return true;
        }
        int c = b.lo.compareTo(a.hi);
        if (integral && b.lo.compareTo(a.hi.add(BigDecimal.ONE)) == 0) {
            return true;
        }
        return c < 0 || (c == 0 && (!a.hiOpen || !b.loOpen));
    }

    private static BigDecimal maxHi(Interval a, Interval b) {
        if (a.hi == null || b.hi == null) {
            return null;
        }
        return a.hi.compareTo(b.hi) >= 0 ? a.hi : b.hi;
    }

    private static boolean maxHiOpen(Interval a, Interval b) {
        if (a.hi == null || b.hi == null) {
            return true;
        }
        int c = a.hi.compareTo(b.hi);
        return c > 0 ? a.hiOpen : c < 0 ? b.hiOpen : a.hiOpen && b.hiOpen;
    }

    /** The whole numbers of an interval, as a closed interval. */
    private static Interval whole(Interval i) {
        BigDecimal lo = i.lo;
        if (lo != null) {
            BigDecimal c = lo.setScale(0, RoundingMode.CEILING);
            lo = i.loOpen && c.compareTo(lo) == 0 ? c.add(BigDecimal.ONE) : c;
        }
        BigDecimal hi = i.hi;
        if (hi != null) {
            BigDecimal f = hi.setScale(0, RoundingMode.FLOOR);
            hi = i.hiOpen && f.compareTo(hi) == 0 ? f.subtract(BigDecimal.ONE) : f;
        }
        return new Interval(lo, false, hi, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberSet
                && ((NumberSet) o).intervals.equals(intervals)
                && ((NumberSet) o).integral == integral;
    }

    @Override
    public int hashCode() {
        return intervals.hashCode() * 31 + (integral ? 1 : 0);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Interval i : intervals) {
            out.append(out.length() == 0 ? "" : " \u222a ").append(i);
        }
        return out.length() == 0 ? "\u2205" : out.toString();
    }
}
