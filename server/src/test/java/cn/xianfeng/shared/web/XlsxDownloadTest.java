package cn.xianfeng.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The writer alone: cell types, the download's headers, and a failed source leaving no readable file. */
class XlsxDownloadTest {

    @Test
    void typedCellsUnderChineseHeaders() throws IOException {
        ResponseEntity<StreamingResponseBody> download = XlsxDownload.stream("签到明细 2026-03", List.of("成员", "次数", "到场", "日期", "时间", "备注"),
                rows -> {
                    rows.row("张三", 3, true, LocalDate.of(2026, 3, 5), Instant.parse("2026-03-05T06:30:00Z"), null);
                    rows.row("李四\u0007", new BigDecimal("2.5"), false, null, LocalDateTime.of(2026, 3, 6, 9, 0));
                    assertThat(rows.rowCount()).isEqualTo(2);
                });

        assertThat(download.getHeaders().getContentType()).isEqualTo(XlsxDownload.XLSX);
        assertThat(download.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "attachment; filename=\"export_2026-03.xlsx\"; filename*=UTF-8''"
                        + "%E7%AD%BE%E5%88%B0%E6%98%8E%E7%BB%86%202026-03.xlsx");

        try (XSSFWorkbook book = read(download)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("签到明细 2026-03");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("成员");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("备注");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("张三");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("是");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 5, 0, 0));
            // 06:30 UTC is 14:30 in Shanghai.
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 30));
            assertThat(first.getCell(5)).isNull();
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("李四");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(2.5);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("否");
            assertThat(second.getCell(3)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2) / 2);
        }
    }

    @Test
    void manyRowsStreamInBatches() throws IOException {
        ResponseEntity<StreamingResponseBody> download = XlsxDownload.stream("export.xlsx", List.of("n", "text"), rows -> {
            for (int i = 0; i < 5_000; i++) {
                rows.row(i, "第" + i + "行");
            }
        });
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"export.xlsx\"; filename*=UTF-8''export.xlsx");
        try (XSSFWorkbook book = read(download)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5_000);
            assertThat(sheet.getRow(5_000).getCell(0).getNumericCellValue()).isEqualTo(4_999.0);
            assertThat(sheet.getRow(5_000).getCell(1).getStringCellValue()).isEqualTo("第4999行");
        }
    }

    @Test
    void headersOnlyWhenNoRows() throws IOException {
        try (XSSFWorkbook book = read(XlsxDownload.stream("空", List.of("甲", "乙"), rows -> { }))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("乙");
        }
    }

    @Test
    void aFailingSourceLeavesNoReadableFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamingResponseBody body = XlsxDownload.stream("x", List.of("n"), rows -> {
            for (int i = 0; i < 1_000; i++) {
                rows.row(i);
            }
            throw new IOException("database gone");
        }).getBody();
        assertThatThrownBy(() -> body.writeTo(out)).hasMessage("database gone");
        assertThat(out.size()).isPositive();
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))).isNotNull();
    }

    @Test
    void tooManyCellsIsRefused() {
        StreamingResponseBody body = XlsxDownload.stream("x", List.of("n"), rows -> rows.row(1, 2)).getBody();
        assertThatThrownBy(() -> body.writeTo(new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
    }

    private static XSSFWorkbook read(ResponseEntity<StreamingResponseBody> download) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        download.getBody().writeTo(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
