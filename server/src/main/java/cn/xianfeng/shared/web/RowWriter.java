package cn.xianfeng.shared.web;

import java.io.IOException;

/**
 * Takes one spreadsheet row at a time, its cells in the order of the headers. A cell is typed by its Java value:
 * {@code null} → empty; {@link Number} → a number; {@link Boolean} → 是/否; {@link java.time.LocalDate} → a date cell;
 * {@link java.time.Instant}, {@link java.time.OffsetDateTime}, {@link java.time.ZonedDateTime} → a date-time cell in
 * Asia/Shanghai ({@link java.time.LocalDateTime} is taken as already in that zone); anything else → its text
 * ({@code toString()}; enums as their name, so give a Chinese label instead). Fewer cells than headers leave the rest
 * empty; more is a programming error.
 */
public interface RowWriter {

    void row(Object... cells) throws IOException;

    /** How many rows have been written so far (headers not counted). */
    long rowCount();
}
