package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bureau's budgets on the benchmark city ({@link CityGenerator}; generated first when the database does not hold
 * it): the statistics overview and the per co-building table p95 < 150 ms (trends and the at-risk list measured
 * beside them, each after a warm-up), the query plans of the dashboard's statements, an evaluation round's snapshot
 * of the 150 co-buildings < 5 s, and the 1,000,000-row check-in export streamed by a server whose heap is 256 MB:
 * it must finish, and its GC log must show the heap bounded. The server runs in a JVM of its own on the city's
 * database ({@code XF_BENCH_DB_SERVER} or the tests' {@code XF_TEST_DB_SERVER}; {@code -Dbench.city}, default
 * xf_city) and the tests' Redis ({@code XF_TEST_REDIS_URL}; embedded otherwise). Nothing is deleted: each run
 * creates one more round, for a (year, term) no round has. Not part of the test suite:
 * {@code ./mvnw -B -Pbench test -Dtest=StatsBenchmark}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatsBenchmark {

    private static final String DATABASE = System.getProperty("bench.city", "xf_city");
    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 10);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 50);
    private static final double DASHBOARD_P95_BUDGET_MILLIS = 150;
    private static final double ROUND_BUDGET_MILLIS = 5_000;
    private static final String SERVER_HEAP = "256m";
    private static final long HEAP_BYTES = 256L * 1024 * 1024;
    /** {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(256M) 3.456ms}. */
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** JdbcTemplate's DEBUG line for a statement, then StatementCreatorUtils's TRACE line per parameter. */
    private static final Pattern STATEMENT = Pattern.compile("Executing prepared SQL statement \\[(.*)]$");
    private static final Pattern PARAMETER = Pattern.compile(
            "column index (\\d+), parameter value \\[(.*)], value class \\[([\\w.$]+)]");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String jdbcUrl;
    private static String dbUsername;
    private static String dbPassword;
    private static Process server;
    private static int port;
    private static Path serverLog;
    private static Path gcLog;
    private static String token;
    private static YearMonth cityFrom;
    private static YearMonth cityTo;

    @BeforeAll
    static void startServerOnTheCity() throws Exception {
        String dbServer = firstSet("XF_BENCH_DB_SERVER", "XF_TEST_DB_SERVER", "jdbc:mysql://127.0.0.1:3306")
                .replaceAll("/+$", "");
        dbUsername = firstSet("XF_BENCH_DB_USERNAME", "XF_TEST_DB_USERNAME", "root");
        dbPassword = firstSet("XF_BENCH_DB_PASSWORD", "XF_TEST_DB_PASSWORD", "");
        long generating = System.nanoTime();
        assertThat(CityGenerator.generate(dbServer, DATABASE, dbUsername, dbPassword,
                LocalDate.now(CityGenerator.SHANGHAI))).as("the city database").isTrue();
        System.out.printf("BENCH city %s ready after %.1f s%n", DATABASE, (System.nanoTime() - generating) / 1e9);
        jdbcUrl = dbServer + "/" + DATABASE + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&rewriteBatchedStatements=true";
        // The city's 24 months, from the data itself (it was generated up to the day it was made).
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUsername, dbPassword);
             Statement statement = db.createStatement();
             ResultSet range = statement.executeQuery("SELECT MIN(start_at), MAX(start_at) FROM activity "
                     + "WHERE start_at < UTC_TIMESTAMP()")) {
            range.next();
            cityFrom = YearMonth.from(range.getTimestamp(1).toLocalDateTime().plusHours(8));
            cityTo = YearMonth.from(range.getTimestamp(2).toLocalDateTime().plusHours(8));
        }

        port = freePort();
        serverLog = Files.createTempFile("stats-bench-server", ".log");
        gcLog = Files.createTempFile("stats-bench-gc", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + SERVER_HEAP,
                "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                "cn.xianfeng.XianfengApplication", "--spring.profiles.active=local", "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                // The loggers endpoint, on this loopback-only benchmark server, lets the statements be logged for
                // the plans once the timing is done: logged while timed, they would be part of every figure.
                "--management.endpoints.web.exposure.include=health,loggers"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(serverLog.toFile());
        builder.environment().putAll(Map.of("XF_DB_URL", jdbcUrl, "XF_DB_USERNAME", dbUsername, "XF_DB_PASSWORD",
                dbPassword, "XF_REDIS_NAMESPACE", "stats-bench-" + UUID.randomUUID()));
        String redis = System.getenv("XF_TEST_REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            builder.environment().put("XF_REDIS_URL", redis);
        }
        server = builder.start();
        awaitUp();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/api/admin/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "username", CityGenerator.ADMIN_USERNAME, "password", CityGenerator.ADMIN_PASSWORD)))));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        token = JSON.readTree(login.body()).path("token").asString();
        System.out.printf("BENCH server up (-Xmx%s), city months %s..%s, load average %.1f on %d processors%n",
                SERVER_HEAP, cityFrom, cityTo, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    @Order(1)
    void theDashboardAnswersWithinBudget() throws Exception {
        String months = "from=" + cityTo.minusMonths(5) + "&to=" + cityTo;
        String year = "from=" + cityTo.minusMonths(11) + "&to=" + cityTo;
        assumeTrue(get("/api/admin/stats/overview").statusCode() != 404, "no statistics endpoints in this build");

        Map<String, double[]> budgeted = new LinkedHashMap<>();
        budgeted.put("overview (default period)", measure("/api/admin/stats/overview"));
        budgeted.put("overview (12 months)", measure("/api/admin/stats/overview?" + year));
        budgeted.put("table (default sort)", measure("/api/admin/stats/cobuildings"));
        budgeted.put("table by attendance, desc", measure("/api/admin/stats/cobuildings?" + months
                + "&sort=attendanceRate&order=desc&page=1&size=20"));
        budgeted.put("table ACTIVE enterprises by messages", measure("/api/admin/stats/cobuildings?" + months
                + "&status=ACTIVE&unitType=ENTERPRISE&sort=messages&order=desc"));
        budgeted.put("table of liaison 2 by last activity", measure("/api/admin/stats/cobuildings?" + year
                + "&liaisonId=2&sort=lastActivityDate&order=asc"));
        budgeted.put("table by completion, 50 a page", measure("/api/admin/stats/cobuildings?sort=completion"
                + "&order=desc&size=50"));
        double[] trends = measure("/api/admin/stats/trends?from=" + cityFrom + "&to=" + cityTo);
        double[] atRisk = measure("/api/admin/stats/at-risk");
        print("trends (" + cityFrom + ".." + cityTo + ")", trends, null);
        print("at-risk", atRisk, null);
        budgeted.forEach((name, figures) -> print(name, figures, DASHBOARD_P95_BUDGET_MILLIS));

        logStatements();
        explain("/api/admin/stats/overview");
        explain("/api/admin/stats/cobuildings?sort=attendanceRate&order=desc");
        explain("/api/admin/stats/trends?from=" + cityFrom + "&to=" + cityTo);
        explain("/api/admin/stats/at-risk");

        budgeted.forEach((name, figures) -> assertThat(figures[1]).as(name + " p95 ms")
                .isLessThan(DASHBOARD_P95_BUDGET_MILLIS));
    }

    @Test
    @Order(2)
    void aRoundSnapshotsEveryOpenCobuildingWithinBudget() throws Exception {
        Set<String> taken = new LinkedHashSet<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> rounds = get("/api/admin/evaluation/rounds?size=100&page=" + page);
            assumeTrue(rounds.statusCode() != 404, "no evaluation rounds in this build");
            assertThat(rounds.statusCode()).as(rounds.body()).isEqualTo(200);
            JsonNode items = JSON.readTree(rounds.body()).path("items");
            items.forEach(round -> taken.add(round.path("year").asInt() + " " + round.path("term").asString()));
            if (items.size() < 100) {
                break;
            }
        }
        String[] chosen = freeRound(taken);
        int open = queryInt("SELECT COUNT(*) FROM cobuilding WHERE status IN ('ACTIVE', 'AWARDED', 'RECTIFYING')");
        String body = JSON.writeValueAsString(Map.of("year", Integer.parseInt(chosen[0]), "term", chosen[1],
                "clientId", "stats-bench-" + UUID.randomUUID()));
        long started = System.nanoTime();
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/admin/evaluation/rounds"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        double millis = (System.nanoTime() - started) / 1e6;
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long roundId = JSON.readTree(created.body()).path("id").asLong();
        int snapshots = queryInt("SELECT COUNT(*) FROM evaluation_snapshot WHERE round_id = " + roundId);
        System.out.printf("BENCH round %s %s (%s): created in %.0f ms with %d snapshots of %d open co-buildings "
                + "(budget %.0f ms)%n", chosen[0], chosen[1], chosen[2], millis, snapshots, open,
                ROUND_BUDGET_MILLIS);
        assertThat(snapshots).isEqualTo(open);
        assertThat(millis).isLessThan(ROUND_BUDGET_MILLIS);
    }

    @Test
    @Order(3)
    void theMillionRowCheckinExportStreamsWithABoundedHeap() throws Exception {
        String period = "from=" + cityFrom + "&to=" + cityTo;
        long rows = queryInt("SELECT COUNT(*) FROM checkin c JOIN activity a ON a.id = c.activity_id "
                + "WHERE a.start_at >= '" + cityFrom.atDay(1) + "' - INTERVAL 8 HOUR");
        long gcStart = Files.size(gcLog);
        long started = System.nanoTime();
        HttpResponse<InputStream> reply = HTTP.send(HttpRequest.newBuilder(uri("/api/admin/checkins.xlsx?" + period))
                .timeout(Duration.ofMinutes(20)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assumeTrue(reply.statusCode() != 404, "no check-in export in this build");
        assertThat(reply.statusCode()).isEqualTo(200);
        long firstByte = 0;
        long bytes = 0;
        byte[] tail = new byte[22];
        try (InputStream in = reply.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (bytes == 0 && n > 0) {
                    firstByte = System.nanoTime() - started;
                }
                // Keep the last 22 bytes: a complete XLSX (a zip) ends with its end-of-central-directory record.
                if (n >= tail.length) {
                    System.arraycopy(buffer, n - tail.length, tail, 0, tail.length);
                } else {
                    System.arraycopy(tail, n, tail, 0, tail.length - n);
                    System.arraycopy(buffer, 0, tail, tail.length - n, n);
                }
                bytes += n;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] heap = heapSince(gcStart);
        boolean complete = tail[0] == 'P' && tail[1] == 'K' && tail[2] == 5 && tail[3] == 6;
        System.out.printf("BENCH check-in export %s: %,d rows, %.1f MB in %.1f s (first byte after %.2f s), "
                        + "%,.0f rows/s; server heap (-Xmx%s): at most %d MB after a collection (%d MB after a mixed "
                        + "one), %d MB before one, %d collections, %d full; a complete XLSX: %s%n", period, rows,
                bytes / 1024.0 / 1024.0, seconds, firstByte / 1e9, rows / seconds, SERVER_HEAP, heap[0], heap[3],
                heap[1], heap[2], heap[4], complete);
        System.out.printf("BENCH load average %.1f after the export%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(complete).as("the XLSX ends with a zip directory").isTrue();
        assertThat(server.isAlive()).as("the server survived the export").isTrue();
        assertThat(Files.readString(serverLog)).doesNotContain("OutOfMemoryError");
        assertThat(heap[0] * 1024 * 1024).as("heap after a collection").isLessThan(HEAP_BYTES);
        assertThat(heap[4]).as("full collections (the heap ran out)").isZero();
    }

    /** {p50, p95, p99, max} ms of SAMPLES sequential calls after WARM_UPS, each answered 200. */
    private static double[] measure(String path) throws Exception {
        for (int i = 0; i < WARM_UPS; i++) {
            HttpResponse<String> reply = get(path);
            assertThat(reply.statusCode()).as(path + ": " + reply.body()).isEqualTo(200);
        }
        long[] micros = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long started = System.nanoTime();
            HttpResponse<String> reply = get(path);
            micros[i] = (System.nanoTime() - started) / 1_000;
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
        }
        Arrays.sort(micros);
        return new double[] {percentile(micros, 50), percentile(micros, 95), percentile(micros, 99),
                micros[micros.length - 1] / 1000.0};
    }

    private static void print(String name, double[] figures, Double budget) {
        System.out.printf("BENCH %-40s p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms%s%n", name, figures[0],
                figures[1], figures[2], figures[3], budget == null ? "" : String.format(" (budget p95 < %.0f ms)",
                        budget));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }

    /** Statements and their parameters in the server's log from now on (JdbcTemplate DEBUG, its setter TRACE). */
    private static void logStatements() throws Exception {
        for (String[] logger : new String[][] {{"org.springframework.jdbc.core.JdbcTemplate", "DEBUG"},
                {"org.springframework.jdbc.core.StatementCreatorUtils", "TRACE"}}) {
            HttpResponse<String> set = send(HttpRequest.newBuilder(uri("/actuator/loggers/" + logger[0]))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"configuredLevel\":\"" + logger[1] + "\"}")));
            assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        }
    }

    /**
     * The plans of the statements one call made, read from the server's log and explained on the same database. A
     * full scan of more than 10,000 rows is marked SCAN.
     */
    private static void explain(String path) throws Exception {
        long from = Files.size(serverLog);
        assertThat(get(path).statusCode()).isEqualTo(200);
        Thread.sleep(200);
        List<String> statements = new ArrayList<>();
        String sql = null;
        List<String> values = new ArrayList<>();
        for (String line : Files.readString(serverLog).substring((int) from).split("\n")) {
            Matcher statement = STATEMENT.matcher(line);
            Matcher parameter = PARAMETER.matcher(line);
            if (statement.find()) {
                if (sql != null) {
                    statements.add(bind(sql, values));
                }
                sql = statement.group(1);
                values = new ArrayList<>();
            } else if (parameter.find() && sql != null) {
                values.add(literal(parameter.group(2), parameter.group(3)));
            }
        }
        if (sql != null) {
            statements.add(bind(sql, values));
        }
        System.out.printf("BENCH explain %s: %d statements%n", path, statements.size());
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUsername, dbPassword);
             Statement statement = db.createStatement()) {
            for (String explained : new LinkedHashSet<>(statements)) {
                System.out.println("BENCH   " + (explained.length() > 240 ? explained.substring(0, 240) + "…"
                        : explained));
                try (ResultSet plan = statement.executeQuery("EXPLAIN " + explained)) {
                    ResultSetMetaData meta = plan.getMetaData();
                    while (plan.next()) {
                        Map<String, String> row = new HashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnLabel(i).toLowerCase(), plan.getString(i));
                        }
                        long estimated = row.get("rows") == null ? 0 : Long.parseLong(row.get("rows"));
                        boolean scan = "ALL".equals(row.get("type")) && estimated > 10_000;
                        System.out.printf("BENCH     %s table=%s type=%s key=%s rows=%s extra=%s%n",
                                scan ? "SCAN" : "    ", row.get("table"), row.get("type"), row.get("key"),
                                row.get("rows"), row.get("extra"));
                    }
                } catch (SQLException e) {
                    System.out.println("BENCH     (not explained: " + e.getMessage() + ")");
                }
            }
        }
    }

    /** A logged parameter as an SQL literal: numbers as they are, times without the ISO T and Z, the rest quoted. */
    private static String literal(String value, String type) {
        if (Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Double",
                "java.math.BigDecimal").contains(type)) {
            return value;
        }
        if (type.equals("java.lang.Boolean")) {
            return value.equals("true") ? "1" : "0";
        }
        if (type.startsWith("java.time.") || type.startsWith("java.sql.")) {
            value = value.replace('T', ' ').replace("Z", "");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** The statement with its ?s replaced by the logged values, in order. */
    private static String bind(String sql, List<String> values) {
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            bound.append(c == '?' && next < values.size() ? values.get(next++) : String.valueOf(c));
        }
        return bound.toString();
    }

    /**
     * The latest (year, term) whose half-year holds the city's data and has no round yet, so the snapshot reads
     * real figures; when all of those are taken, earlier years (empty half-years, said so in the output).
     */
    private static String[] freeRound(Set<String> taken) {
        for (int year = cityTo.getYear() + 1; year >= 2000; year--) {
            for (String term : new String[] {"SEPTEMBER", "MARCH"}) {
                // MARCH Y covers Y-1-09 .. Y-02; SEPTEMBER Y covers Y-03 .. Y-08.
                YearMonth from = term.equals("MARCH") ? YearMonth.of(year - 1, 9) : YearMonth.of(year, 3);
                YearMonth to = from.plusMonths(5);
                if (from.isAfter(cityTo) || taken.contains(year + " " + term)) {
                    continue;
                }
                boolean withData = !to.isBefore(cityFrom);
                return new String[] {String.valueOf(year), term, from + ".." + to
                        + (withData ? ", the city's data" : ", before the city's data: an empty half-year")};
            }
        }
        throw new IllegalStateException("no free (year, term) left");
    }

    /**
     * From the GC log since {@code offset}: {most after a collection, most before one, collections, most after a mixed
     * collection, full collections} (MB). A young collection leaves the old generation's garbage in place; what a
     * mixed collection leaves is what the export keeps alive.
     */
    private static long[] heapSince(long offset) throws IOException {
        String text = Files.readString(gcLog);
        long[] heap = new long[5];
        for (String line : text.substring((int) Math.min(offset, text.length())).split("\n")) {
            Matcher matcher = GC_LINE.matcher(line);
            if (!matcher.find()) {
                continue;
            }
            long after = Long.parseLong(matcher.group(2));
            heap[0] = Math.max(heap[0], after);
            heap[1] = Math.max(heap[1], Long.parseLong(matcher.group(1)));
            heap[2]++;
            if (line.contains("Pause Young (Mixed)")) {
                heap[3] = Math.max(heap[3], after);
            }
            if (line.contains("Pause Full")) {
                heap[4]++;
            }
        }
        return heap;
    }

    private static int queryInt(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUsername, dbPassword);
             Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void awaitUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server exited: " + Files.readString(serverLog));
            }
            try {
                HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200 && reply.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Not up within 180 s: " + Files.readString(serverLog));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String firstSet(String name, String otherName, String fallback) {
        for (String candidate : new String[] {name, otherName}) {
            String value = System.getenv(candidate);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return fallback;
    }
}
