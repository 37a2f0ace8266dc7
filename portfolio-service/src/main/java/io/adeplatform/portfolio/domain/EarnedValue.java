package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Earned-value management with exact decimals. Money results are rounded to the currency's minor unit (half-even);
 * indices (CPI, SPI) to 4 decimals. The planned curve is linear over the engagement's calendar days:
 * PV = BAC × elapsed days / total days (0 before the start, BAC from the end date on).
 * EV = % complete × BAC; CV = EV − AC; SV = EV − PV; CPI = EV / AC; SPI = EV / PV; EAC = BAC / CPI (computed as
 * BAC × AC / EV, so the rounded CPI does not distort it); ETC = EAC − AC; VAC = BAC − EAC.
 * CPI is null while AC is zero (nothing spent: EAC = BAC); SPI is null while PV is zero; EAC, ETC and VAC are null
 * when money was spent but nothing earned (CPI = 0: the estimate is unbounded).
 */
public final class EarnedValue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EarnedValue() {
    }

    public record Figures(Money bac, Money pv, Money ev, Money ac, Money cv, Money sv, BigDecimal cpi, BigDecimal spi,
                          Money eac, Money etc, Money vac, BigDecimal percentComplete, BigDecimal plannedPercent,
                          LocalDate asOf) {
    }

    public static BigDecimal plannedFraction(LocalDate start, LocalDate end, LocalDate asOf) {
        if (!asOf.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        if (!asOf.isBefore(end)) {
            return BigDecimal.ONE;
        }
        long total = ChronoUnit.DAYS.between(start, end);
        long elapsed = ChronoUnit.DAYS.between(start, asOf);
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN);
    }

    public static Figures compute(Money bac, LocalDate start, LocalDate end, LocalDate asOf,
                                  BigDecimal percentComplete, Money ac) {
        String currency = bac.currency();
        Money pv;
        if (!asOf.isAfter(start)) {
            pv = Money.zero(currency);
        } else if (!asOf.isBefore(end)) {
            pv = bac;
        } else {
            long total = ChronoUnit.DAYS.between(start, end);
            long elapsed = ChronoUnit.DAYS.between(start, asOf);
            pv = new Money(bac.amount().multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN), currency);
        }
        pv = pv.rounded();
        Money ev = new Money(bac.amount().multiply(percentComplete).divide(HUNDRED, 10, RoundingMode.HALF_EVEN), currency).rounded();
        Money acRounded = ac.rounded();
        Money cv = ev.minus(acRounded);
        Money sv = ev.minus(pv);
        BigDecimal cpi = acRounded.amount().signum() == 0 ? null
                : ev.amount().divide(acRounded.amount(), 4, RoundingMode.HALF_EVEN);
        BigDecimal spi = pv.amount().signum() == 0 ? null
                : ev.amount().divide(pv.amount(), 4, RoundingMode.HALF_EVEN);
        Money eac;
        if (acRounded.amount().signum() == 0) {
            eac = bac.rounded();
        } else if (ev.amount().signum() == 0) {
            eac = null;
        } else {
            eac = new Money(bac.amount().multiply(acRounded.amount()).divide(ev.amount(), 10, RoundingMode.HALF_EVEN), currency).rounded();
        }
        Money etc = eac == null ? null : eac.minus(acRounded);
        Money vac = eac == null ? null : bac.rounded().minus(eac);
        BigDecimal plannedPercent = plannedFraction(start, end, asOf).multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN);
        return new Figures(bac.rounded(), pv, ev, acRounded, cv, sv, cpi, spi, eac, etc, vac,
                percentComplete, plannedPercent, asOf);
    }
}
