package cn.xianfeng.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** File downloads through the real HTTP layer, and XLSX files read back with Apache POI (not the writer's library). */
public final class Downloads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Downloads() {
    }

    public static Download get(int port, String path, String token) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + path)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, HttpResponse<byte[]> response, byte[] body) {

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** Every row of the first sheet, the header row first, as the cells' displayed text ("" for empty). */
        public List<List<String>> rows() {
            DataFormatter shown = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                Sheet sheet = book.getSheetAt(0);
                int columns = sheet.getRow(0).getLastCellNum();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : shown.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }

        public JsonNode json() {
            return JsonMapper.builder().build().readTree(new String(body, StandardCharsets.UTF_8));
        }
    }
}
