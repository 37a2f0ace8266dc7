package io.adeplatform.billing.api;

import io.adeplatform.platform.http.QueryParams;

/** A fiscal year as a path or query parameter: four digits from 1900 to 2999, else a 400 naming the parameter. */
final class FiscalYearParams {

    private FiscalYearParams() {
    }

    static int parse(String name, String text) {
        if (text == null || !text.trim().matches("(19|2\\d)\\d{2}")) {
            throw QueryParams.invalid(name, "must be a fiscal year from 1900 to 2999, e.g. 2027");
        }
        return Integer.parseInt(text.trim());
    }
}
