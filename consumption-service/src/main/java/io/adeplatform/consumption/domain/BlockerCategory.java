package io.adeplatform.consumption.domain;

public enum BlockerCategory {
    TECHNICAL, COMMERCIAL, ORGANISATIONAL, CAPACITY;

    @jakarta.persistence.Converter
    public static class Converter extends WireNameConverter<BlockerCategory> {
        public Converter() {
            super(BlockerCategory.class);
        }
    }
}
