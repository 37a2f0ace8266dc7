package io.adeplatform.gateway.account360;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/** One section of the overview: its own status, and the service's answer when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionResult(Status status, Integer httpStatus, Object data, String detail) {

    public enum Status {
        OK, NOT_FOUND, FORBIDDEN, ERROR, TIMEOUT, UNAVAILABLE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public boolean ok() {
        return status == Status.OK;
    }

    public static SectionResult answered(int httpStatus, Object data) {
        Status status = httpStatus < 300 ? Status.OK
                : httpStatus == 404 ? Status.NOT_FOUND
                : httpStatus == 401 || httpStatus == 403 ? Status.FORBIDDEN
                : Status.ERROR;
        return new SectionResult(status, httpStatus, data, null);
    }

    public static SectionResult timeout(String detail) {
        return new SectionResult(Status.TIMEOUT, null, null, detail);
    }

    public static SectionResult unavailable(String detail) {
        return new SectionResult(Status.UNAVAILABLE, null, null, detail);
    }
}
