package cn.xianfeng.shared.web;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The one-sheet workbook behind {@link XlsxDownload}: typed cells, rows flushed to the response in small batches. */
final class XlsxSheet implements RowWriter {

    /** Rows kept before the first flush to size the columns; also the flush batch. */
    static final int SAMPLED_ROWS = 200;

    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    private static final int DATE_WIDTH = 12;
    private static final int DATE_TIME_WIDTH = 17;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** Excel keeps at most this many characters in a cell. */
    private static final int MAX_CELL_TEXT = 32_767;
    private static final String SHEET_NAME_FORBIDDEN = "[\\[\\]:*?/\\\\]";

    private final Worksheet sheet;
    private final int columns;
    private final int[] widths;
    private long rows;
    private boolean sized;

    private XlsxSheet(Worksheet sheet, List<String> headers) {
        this.sheet = sheet;
        this.columns = headers.size();
        this.widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            sheet.inlineString(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            widths[c] = displayWidth(headers.get(c));
        }
        sheet.freezePane(0, 1);
    }

    static void write(OutputStream out, String sheetName, List<String> headers, RowSource source) throws IOException {
        // The servlet stream is closed by Spring once the body returns; a failed source must not close (and so
        // complete) it first.
        Workbook workbook = new Workbook(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, "先锋号", "1.0");
        XlsxSheet sheet = new XlsxSheet(workbook.newWorksheet(safeSheetName(sheetName)), headers);
        source.writeRows(sheet);
        sheet.finish();
        workbook.finish();
    }

    @Override
    public void row(Object... cells) throws IOException {
        if (cells.length > columns) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
        }
        if (rows + 1 >= Worksheet.MAX_ROWS) {
            throw new IllegalStateException("more rows than a sheet holds");
        }
        int r = (int) ++rows;
        for (int c = 0; c < cells.length; c++) {
            cell(r, c, cells[c]);
        }
        if (rows % SAMPLED_ROWS == 0) {
            flush();
        }
    }

    @Override
    public long rowCount() {
        return rows;
    }

    private void cell(int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
            measure(c, number.toString().length());
        } else if (value instanceof Boolean flag) {
            text(r, c, flag ? "是" : "否");
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
            measure(c, DATE_WIDTH);
        } else if (value instanceof LocalDateTime time) {
            dateTime(r, c, time);
        } else if (value instanceof Instant instant) {
            dateTime(r, c, LocalDateTime.ofInstant(instant, ApiTime.DISPLAY_ZONE));
        } else if (value instanceof OffsetDateTime time) {
            dateTime(r, c, time.atZoneSameInstant(ApiTime.DISPLAY_ZONE).toLocalDateTime());
        } else if (value instanceof ZonedDateTime time) {
            dateTime(r, c, time.withZoneSameInstant(ApiTime.DISPLAY_ZONE).toLocalDateTime());
        } else {
            text(r, c, value.toString());
        }
    }

    private void dateTime(int r, int c, LocalDateTime time) {
        sheet.value(r, c, time);
        sheet.style(r, c).format(DATE_TIME_FORMAT).set();
        measure(c, DATE_TIME_WIDTH);
    }

    private void text(int r, int c, String value) {
        String clean = xmlSafe(value);
        sheet.inlineString(r, c, clean);
        if (!sized) {
            measure(c, displayWidth(clean));
        }
    }

    private void measure(int c, int width) {
        if (!sized && width > widths[c]) {
            widths[c] = width;
        }
    }

    private void flush() throws IOException {
        if (!sized) {
            // FastExcel writes the column widths with the sheet's first bytes: fixed from the header and the
            // rows sampled so far.
            for (int c = 0; c < columns; c++) {
                sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2)));
            }
            sized = true;
        }
        sheet.flush();
    }

    private void finish() throws IOException {
        flush();
        sheet.finish();
    }

    /** East Asian characters take about two columns of a Latin digit. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x1100 ? 1 : 2;
        }
        return width;
    }

    /** XML 1.0 forbids most control characters; a pasted one would make the whole file unreadable. */
    private static String xmlSafe(String value) {
        String text = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                StringBuilder clean = new StringBuilder(text.length());
                text.chars().filter(x -> x >= 0x20 || x == '\t' || x == '\n' || x == '\r')
                        .filter(x -> x != 0xFFFE && x != 0xFFFF).forEach(x -> clean.append((char) x));
                return clean.toString();
            }
        }
        return text;
    }

    private static String safeSheetName(String name) {
        String clean = name.replaceAll(SHEET_NAME_FORBIDDEN, "_").replaceAll("^'+|'+$", "");
        if (clean.isBlank()) {
            return "Sheet1";
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
