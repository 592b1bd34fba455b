package cn.xianfeng.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An XLSX download written while it is produced: one sheet, a bold frozen header row of Chinese column names, then
 * the rows a {@link RowSource} hands over, streamed to the client a few hundred at a time, so the heap stays small
 * whatever the row count (FastExcel writes the zip straight to the response; no temporary files, inline strings
 * rather than a shared-string table that would grow with the data).
 *
 * <p>Once the first bytes are out the status (200) and headers are final: anything a client must hear about as a
 * problem detail — a bad period (422), a missing or foreign id (404), a role that may not (403) — has to be checked
 * in the controller BEFORE calling {@link #stream}. If the row source still fails, the file is left unfinished (no
 * zip directory written) and the connection is broken off, so the client gets a failed download, never a file that
 * opens with rows missing.
 *
 * <p>Column widths follow the header and the first rows ({@value XlsxSheet#SAMPLED_ROWS}); a sheet holds at most
 * 1,048,575 data rows (Excel's limit), more fails the download as above.
 */
public final class XlsxDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Pattern NOT_ASCII_NAME = Pattern.compile("[^A-Za-z0-9._-]+");
    /** Characters no file system or browser keeps in a file name (a title may carry them). */
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private XlsxDownload() {
    }

    /**
     * @param fileName what the browser saves, in Chinese if need be, e.g. {@code "签到明细_2026-03至2026-08.xlsx"}
     *                 (".xlsx" is added when missing); also names the sheet
     * @param headers  the column names, in order
     * @param rows     writes the data rows; runs later, on a download thread (see {@link RowSource})
     */
    public static ResponseEntity<StreamingResponseBody> stream(String fileName, List<String> headers, RowSource rows) {
        String clean = NOT_IN_FILE_NAMES.matcher(fileName.strip()).replaceAll("_");
        String name = clean.endsWith(".xlsx") ? clean : clean + ".xlsx";
        List<String> columns = List.copyOf(headers);
        String sheetName = name.substring(0, name.length() - ".xlsx".length());
        StreamingResponseBody body = out -> XlsxSheet.write(out, sheetName, columns, rows);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name))
                .body(body);
    }

    /**
     * RFC 6266: {@code filename*} carries the real name percent-encoded as UTF-8 (RFC 8187); {@code filename} is an
     * ASCII stand-in for the rare client that ignores it.
     */
    static String contentDisposition(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    static String asciiFallback(String name) {
        String base = name.substring(0, name.length() - ".xlsx".length());
        String ascii = NOT_ASCII_NAME.matcher(base).replaceAll("_").replaceAll("^[_.-]+|[_.-]+$", "");
        if (ascii.equals(base)) {
            return name;
        }
        return (ascii.isEmpty() ? "export" : "export_" + ascii) + ".xlsx";
    }

    /** RFC 8187 attr-char kept as is; every other byte of the UTF-8 form as %XX. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
