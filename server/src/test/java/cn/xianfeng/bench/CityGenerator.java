package cn.xianfeng.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The benchmark city: 300 units, 150 co-buildings, 6,000 members, 20,000 activities over 24 months, 1,000,000
 * check-ins, 5,000,000 group messages and 100,000 progress reports, with goals and tasks, expected lists, briefings
 * with their audiences and reads, and push deliveries — in the real schema (migrated by Flyway from {@code sql/}),
 * with every column the server reads filled as the server would fill it. Seeded: the same day gives the same city
 * (the 24 months end today, so the dashboards' default periods and the "30 days" rules see live data).
 * <p>
 * A database that already holds a city (the audit entry {@value #MARKER_ACTION}) is left as it is, so the
 * benchmark can reuse it; one that holds anything else is refused. After filling, the statistics counters are
 * built by the stats reconciliation ({@link CityReconciliation}). Run by {@code bench/generate-city.sh [database]}.
 */
public final class CityGenerator {

    static final String MARKER_ACTION = "bench.city-generated";
    /** The bureau admin the benchmark logs in as (BUREAU_ADMIN); a benchmark database only. */
    public static final String ADMIN_USERNAME = "city-admin";
    public static final String ADMIN_PASSWORD = "city-bench-password";

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final long SEED = Long.getLong("city.seed", 20260301L);
    static final int UNITS = 300;
    static final int COBUILDINGS = 150;
    static final int USERS = 6_000;
    static final int SECOND_MEMBERSHIPS = 4_500;
    static final int MEMBER_ACTIVITIES = 19_000;
    static final int SESSIONS = 1_000;
    static final int CHECKINS = 1_000_000;
    static final int MESSAGES = 5_000_000;
    static final int PROGRESS_REPORTS = 100_000;
    static final int BLOBS = 24;
    static final long DAY = Duration.ofDays(1).toMillis();

    private final Connection db;
    private final String url;
    private final String username;
    private final String password;
    private final LocalDate today;
    private final Instant now;
    private final Instant periodStart;
    /** Rows per table, in the order they were filled (the messages are filled beside the rest). */
    private final Map<String, Long> counts = Collections.synchronizedMap(new LinkedHashMap<>());

    // The city, as the later tables need it.
    private final String[] unitType = new String[UNITS + 1];
    private final String[] unitName = new String[UNITS + 1];
    private final Cobuilding[] cobuildings = new Cobuilding[COBUILDINGS + 1];
    private final List<Membership> memberships = new ArrayList<>();
    private Activity[] activities;
    private final AtomicInteger nextConversation = new AtomicInteger(1);

    CityGenerator(Connection db, String url, String username, String password, LocalDate today) {
        this.db = db;
        this.url = url;
        this.username = username;
        this.password = password;
        this.today = today;
        this.now = today.atTime(12, 0).atZone(SHANGHAI).toInstant();
        this.periodStart = today.withDayOfMonth(1).minusMonths(23).atStartOfDay(SHANGHAI).toInstant();
    }

    static final class Cobuilding {
        int id;
        String name;
        int leadUnit;
        int[] partners;
        String status;
        Instant createdAt;
        LocalDate plaqueDate;
        Integer liaison;
        double weight;
        double attendance;
        /** Activities stop here: today for most, earlier for quiet, withdrawn and delisted ones. */
        Instant activeUntil;
        Instant exitAt;
        final List<Membership> members = new ArrayList<>();
        Membership pioneer;
        final List<Membership> unitLiaisons = new ArrayList<>();
    }

    static final class Membership {
        int id;
        int cobuilding;
        int user;
        int unit;
        String role;
        Instant joinedAt;
        Instant removedAt;

        boolean activeAt(long millis) {
            return joinedAt.toEpochMilli() <= millis && (removedAt == null || removedAt.toEpochMilli() > millis);
        }
    }

    static final class Activity {
        int id;
        int[] cobuildings;
        boolean bySession;
        long organizer;
        String type;
        String title;
        long start;
        long end;
        boolean hasPlace;
        double latitude;
        double longitude;
        String placeName;
        boolean listed;
        boolean cancelled;
        int[] expected;
        int[] others;
        int attendance;
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "xf_city";
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("a database name is letters, digits and _: " + database);
        }
        String server = env("XF_BENCH_DB_SERVER", "jdbc:mysql://127.0.0.1:3306").replaceAll("/+$", "");
        String username = env("XF_BENCH_DB_USERNAME", "root");
        String password = env("XF_BENCH_DB_PASSWORD", "");
        LocalDate today = System.getProperty("city.today") == null ? LocalDate.now(SHANGHAI)
                : LocalDate.parse(System.getProperty("city.today"));
        System.exit(generate(server, database, username, password, today) ? 0 : 2);
    }

    /** False when the database holds something that is not a city (nothing is written then). */
    public static boolean generate(String server, String database, String username, String password, LocalDate today)
            throws Exception {
        long started = System.nanoTime();
        try (Connection root = DriverManager.getConnection(server + "/", username, password);
             Statement statement = root.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server + "/" + database + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&rewriteBatchedStatements=true";
        Flyway.configure().dataSource(url, username, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, username, password)) {
            if (count(db, "SELECT COUNT(*) FROM audit_log WHERE action = '" + MARKER_ACTION + "'") > 0) {
                // A city made before the statistics existed (or by a build without them) gets its counters now.
                if (count(db, "SELECT COUNT(*) FROM stats_activity") == 0) {
                    long reconciling = System.nanoTime();
                    CityReconciliation.run(url, username, password);
                    System.out.printf("CITY statistics reconciled in %.1f s%n", (System.nanoTime() - reconciling) / 1e9);
                }
                System.out.println("CITY " + database + " already holds the city");
                return true;
            }
            if (count(db, "SELECT COUNT(*) FROM app_user") > 0 || count(db, "SELECT COUNT(*) FROM unit") > 0) {
                System.err.println("CITY " + database + " holds data that is not a generated city; refusing "
                        + "(drop it or name another database)");
                return false;
            }
            db.setAutoCommit(false);
            try (Statement session = db.createStatement()) {
                // Every key is unique by construction; the server checks it in bulk at the end of each statement.
                session.execute("SET unique_checks = 0");
                session.execute("SET foreign_key_checks = 0");
            }
            CityGenerator city = new CityGenerator(db, url, username, password, today);
            city.fill();
            long filled = System.nanoTime();
            System.out.printf("CITY filled in %.1f s%n", (filled - started) / 1e9);
            CityReconciliation.run(url, username, password);
            long reconciled = System.nanoTime();
            System.out.printf("CITY statistics reconciled in %.1f s%n", (reconciled - filled) / 1e9);
            city.mark();
            for (Map.Entry<String, Long> entry : city.counts.entrySet()) {
                System.out.printf("CITY %-22s %,12d%n", entry.getKey(), entry.getValue());
            }
            System.out.printf("CITY %s generated in %.1f s (seed %d, 24 months to %s)%n", database,
                    (System.nanoTime() - started) / 1e9, SEED, today);
            return true;
        }
    }

    private void fill() throws Exception {
        timed("admins", this::admins);
        timed("units", this::units);
        timed("co-buildings", this::cobuildings);
        timed("members", this::members);
        int[] messageCounts = messageCounts();
        timed("conversations", () -> conversations(messageCounts));
        // The messages (the largest table) go in on a connection of their own, beside everything else; when the rest
        // is done, this connection takes its share of the conversations still to write.
        ExecutorService side = Executors.newSingleThreadExecutor();
        long started = System.nanoTime();
        Future<?> messages = side.submit(() -> {
            try (Connection own = DriverManager.getConnection(url, username, password)) {
                own.setAutoCommit(false);
                try (Statement session = own.createStatement()) {
                    session.execute("SET unique_checks = 0");
                }
                messages(own, messageCounts);
            }
            return null;
        });
        try {
            timed("activities", this::activities);
            timed("check-ins", this::checkins);
            timed("goals and progress", this::goals);
            timed("briefings", this::briefings);
            timed("activity reminders", this::activityReminders);
            messages(db, messageCounts);
            messages.get();
            System.out.printf("CITY   messages in %.1f s (beside the rest)%n", (System.nanoTime() - started) / 1e9);
        } finally {
            side.shutdownNow();
        }
    }

    private void mark() throws SQLException {
        try (CitySql audit = new CitySql(db, "audit_log", "admin_id, action, target_type, target_id, summary")) {
            audit.row(1, MARKER_ACTION, "city", null, "基准测试城市数据（种子 " + SEED + "，截至 " + today + "）");
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private void timed(String label, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        System.out.printf("CITY   %s in %.1f s%n", label, (System.nanoTime() - started) / 1e9);
    }

    // ---------------------------------------------------------------- admins, units, co-buildings, members

    /** 1: the bureau admin; 2–11: bureau liaisons; 12–16: evaluators; 17: a viewer. One password for all. */
    private void admins() throws SQLException {
        String hash = new BCryptPasswordEncoder().encode(ADMIN_PASSWORD);
        try (CitySql accounts = new CitySql(db, "admin_account", "id, username, display_name, password_hash");
             CitySql roles = new CitySql(db, "admin_account_role", "admin_id, role")) {
            accounts.row(1, ADMIN_USERNAME, "局机关党委", hash);
            roles.row(1, "BUREAU_ADMIN");
            for (int i = 1; i <= 10; i++) {
                accounts.row(1 + i, "city-liaison-" + i, "局联络员" + CityTexts.person(new Random(SEED + i)), hash);
                roles.row(1 + i, "LIAISON");
            }
            for (int i = 1; i <= 5; i++) {
                accounts.row(11 + i, "city-evaluator-" + i, "评审组" + i, hash);
                roles.row(11 + i, "EVALUATOR");
            }
            accounts.row(17, "city-viewer", "只读账号", hash);
            roles.row(17, "VIEWER");
            counts.put("admin_account", accounts.total());
        }
    }

    private void units() throws SQLException {
        Random random = new Random(SEED + 1);
        try (CitySql units = new CitySql(db, "unit",
                "id, name, type, party_org_name, credit_code, address, contact_name, contact_phone, created_at")) {
            for (int id = 1; id <= UNITS; id++) {
                // 70 universities, 80 institutes, 140 enterprises, 10 others.
                String type = id <= 70 ? "UNIVERSITY" : id <= 150 ? "INSTITUTE" : id <= 290 ? "ENTERPRISE" : "OTHER";
                unitType[id] = type;
                unitName[id] = CityTexts.unit(type, id);
                units.row(id, unitName[id], type, unitName[id] + "党委", String.format("91310%013d", id * 7919L),
                        CityTexts.address(random), CityTexts.person(random), String.format("1380000%04d", id),
                        periodStart.minusMillis((400 + random.nextInt(400)) * DAY));
            }
            counts.put("unit", units.total());
        }
    }

    private void cobuildings() throws SQLException {
        Random random = new Random(SEED + 2);
        long[] created = new long[COBUILDINGS];
        for (int i = 0; i < COBUILDINGS; i++) {
            // Most existed before the 24 months; the rest joined during their first 15.
            created[i] = i < 90 ? periodStart.toEpochMilli() - (long) (random.nextDouble() * 300 * DAY)
                    : periodStart.toEpochMilli() + (long) (random.nextDouble() * 450 * DAY);
        }
        Arrays.sort(created);
        int[] leads = shuffled(random, UNITS);
        String[] statuses = new String[COBUILDINGS + 1];
        Arrays.fill(statuses, "ACTIVE");
        int[] order = shuffled(random, COBUILDINGS);
        int next = 0;
        for (String status : new String[] {"AWARDED", "RECTIFYING", "WITHDRAWN", "DELISTED"}) {
            int n = switch (status) {
                case "AWARDED" -> 32;
                case "RECTIFYING" -> 8;
                case "WITHDRAWN" -> 4;
                default -> 2;
            };
            for (int taken = 0; taken < n; next++) {
                int id = order[next];
                // Awarded and rectifying co-buildings are old enough to have been evaluated.
                if (!status.equals("AWARDED") && !status.equals("RECTIFYING") || id <= 100) {
                    statuses[id] = status;
                    taken++;
                }
            }
        }
        try (CitySql rows = new CitySql(db, "cobuilding", "id, public_id, name, lead_unit_id, application_id, status, "
                + "plaque_date, bureau_liaison_id, announcement, announcement_updated_at, created_at");
             CitySql units = new CitySql(db, "cobuilding_unit",
                     "cobuilding_id, unit_id, role, joined_at, left_at, left_reason, created_at");
             CitySql history = new CitySql(db, "cobuilding_history",
                     "cobuilding_id, from_status, to_status, actor_type, actor_id, reason, created_at")) {
            for (int id = 1; id <= COBUILDINGS; id++) {
                Cobuilding c = new Cobuilding();
                cobuildings[id] = c;
                c.id = id;
                c.createdAt = Instant.ofEpochMilli(created[id - 1]);
                c.leadUnit = leads[id - 1];
                int partnerCount = pick(random, new int[] {15, 35, 35, 15});
                c.partners = new int[partnerCount];
                for (int p = 0; p < partnerCount; p++) {
                    int unit;
                    do {
                        unit = 1 + random.nextInt(UNITS);
                    } while (unit == c.leadUnit || contains(c.partners, p, unit));
                    c.partners[p] = unit;
                }
                c.status = statuses[id];
                c.weight = 0.4 + random.nextDouble() * 1.4;
                c.attendance = random.nextInt(15) == 0 ? 0.35 + random.nextDouble() * 0.12
                        : 0.7 + random.nextDouble() * 0.25;
                c.liaison = id % 15 == 0 ? null : 2 + random.nextInt(10);
                c.activeUntil = now;
                c.name = CityTexts.cobuilding(unitName[c.leadUnit], partnerCount == 0 ? null : unitName[c.partners[0]]);
                if (c.status.equals("AWARDED") || c.status.equals("RECTIFYING")) {
                    c.plaqueDate = LocalDate.ofInstant(c.createdAt.plusMillis((300 + random.nextInt(120)) * DAY),
                            SHANGHAI);
                    if (c.plaqueDate.isAfter(today.minusDays(90))) {
                        c.plaqueDate = today.minusDays(90 + random.nextInt(60));
                    }
                } else if (c.status.equals("WITHDRAWN") || c.status.equals("DELISTED")) {
                    c.exitAt = now.minusMillis((40 + random.nextInt(200)) * DAY);
                    c.activeUntil = c.exitAt;
                } else if (random.nextInt(18) == 0) {
                    // Quiet: nothing organised for more than 30 days (the at-risk list names them).
                    c.activeUntil = now.minusMillis((35 + random.nextInt(60)) * DAY);
                }
                boolean announced = random.nextInt(3) == 0;
                rows.row(id, publicId(random), c.name, c.leadUnit, id, c.status, c.plaqueDate, c.liaison,
                        announced ? "本月主题党日活动请各单位准时参加，会后开展科研对接。" : null,
                        announced ? c.createdAt.plusMillis(30 * DAY) : null, c.createdAt);
                history.row(id, null, "ACTIVE", "ADMIN", 1, "申报审核通过", c.createdAt);
                units.row(id, c.leadUnit, "LEAD", c.createdAt, c.exitAt, c.exitAt == null ? null : exitReason(c),
                        c.createdAt);
                for (int partner : c.partners) {
                    Instant left = c.exitAt;
                    String reason = left == null ? null : exitReason(c);
                    if (left == null && random.nextInt(12) == 0) {
                        left = c.createdAt.plusMillis((long) (random.nextDouble()
                                * (now.toEpochMilli() - c.createdAt.toEpochMilli())));
                        reason = "合作项目结题，退出共建";
                    }
                    units.row(id, partner, "PARTNER", c.createdAt, left, reason, c.createdAt);
                }
                if (c.plaqueDate != null) {
                    Instant awarded = c.plaqueDate.atTime(10, 0).atZone(SHANGHAI).toInstant();
                    history.row(id, "ACTIVE", "AWARDED", "ADMIN", 1, "集中评估：授予牌匾", awarded);
                    if (c.status.equals("RECTIFYING")) {
                        history.row(id, "AWARDED", "RECTIFYING", "ADMIN", 1, "集中评估：限期整改",
                                now.minusMillis(60 * DAY));
                    }
                } else if (c.exitAt != null) {
                    history.row(id, "ACTIVE", c.status, "ADMIN", 1, exitReason(c), c.exitAt);
                }
            }
            counts.put("cobuilding", rows.total());
            counts.put("cobuilding_unit", units.total());
        }
    }

    private static String exitReason(Cobuilding c) {
        return c.status.equals("DELISTED") ? "集中评估：摘牌" : "共建单位申请退出";
    }

    /**
     * Each of the 6,000 people is in one co-building (sizes follow the co-building's weight), 4,500 of them in a
     * second one too: one pioneer per co-building (lead unit), one unit liaison per partner unit, members of its
     * units; about 4 % of the members were removed later. Applications (approved, one per co-building) go in here,
     * since the pioneer is their applicant.
     */
    private void members() throws SQLException {
        Random random = new Random(SEED + 3);
        double weights = 0;
        for (int id = 1; id <= COBUILDINGS; id++) {
            weights += cobuildings[id].weight;
        }
        int[] sizes = new int[COBUILDINGS + 1];
        int sized = 0;
        for (int id = 1; id <= COBUILDINGS; id++) {
            sizes[id] = Math.max(12, (int) (USERS * cobuildings[id].weight / weights));
            sized += sizes[id];
        }
        for (int id = 1; sized != USERS; id = id % COBUILDINGS + 1) {
            if (sized < USERS) {
                sizes[id]++;
                sized++;
            } else if (sizes[id] > 12) {
                sizes[id]--;
                sized--;
            }
        }
        int[] users = shuffled(random, USERS);
        int u = 0;
        for (int id = 1; id <= COBUILDINGS; id++) {
            for (int i = 0; i < sizes[id]; i++) {
                join(random, cobuildings[id], users[u++], i);
            }
        }
        BitSet taken = new BitSet();
        for (Membership m : memberships) {
            taken.set(m.cobuilding * (USERS + 1) + m.user);
        }
        for (int added = 0; added < SECOND_MEMBERSHIPS; ) {
            Cobuilding c = weighted(random, weights);
            int user = 1 + random.nextInt(USERS);
            if (!taken.get(c.id * (USERS + 1) + user)) {
                taken.set(c.id * (USERS + 1) + user);
                join(random, c, user, Integer.MAX_VALUE);
                added++;
            }
        }
        Instant[] firstJoin = new Instant[USERS + 1];
        for (Membership m : memberships) {
            if (firstJoin[m.user] == null || m.joinedAt.isBefore(firstJoin[m.user])) {
                firstJoin[m.user] = m.joinedAt;
            }
        }
        try (CitySql rows = new CitySql(db, "app_user",
                "id, openid, nickname, real_name, last_login_at, created_at")) {
            for (int user = 1; user <= USERS; user++) {
                String name = CityTexts.person(new Random(SEED * 31 + user));
                rows.row(user, String.format("city-openid-%06d", user), name, name,
                        now.minusMillis((long) (random.nextDouble() * 20 * DAY)), firstJoin[user]);
            }
            counts.put("app_user", rows.total());
        }
        try (CitySql rows = new CitySql(db, "membership",
                "id, cobuilding_id, user_id, unit_id, role, active, joined_at, removed_at, created_at");
             CitySql history = new CitySql(db, "membership_history",
                     "cobuilding_id, user_id, unit_id, event, role, actor_user_id, created_at")) {
            int id = 0;
            for (Membership m : memberships) {
                m.id = ++id;
                rows.row(m.id, m.cobuilding, m.user, m.unit, m.role, m.removedAt == null, m.joinedAt, m.removedAt,
                        m.joinedAt);
                Cobuilding c = cobuildings[m.cobuilding];
                if (m != c.pioneer) {
                    history.row(m.cobuilding, m.user, m.unit, "JOINED", m.role, c.pioneer.user, m.joinedAt);
                }
                if (m.removedAt != null) {
                    history.row(m.cobuilding, m.user, m.unit, "REMOVED", m.role, c.pioneer.user, m.removedAt);
                }
            }
            counts.put("membership", rows.total());
        }
        applications(random);
    }

    private void join(Random random, Cobuilding c, int user, int position) {
        Membership m = new Membership();
        m.cobuilding = c.id;
        m.user = user;
        long open = c.createdAt.toEpochMilli();
        long end = Math.min(c.activeUntil.toEpochMilli(), now.toEpochMilli() - 7 * DAY);
        if (position == 0) {
            m.role = "PIONEER";
            m.unit = c.leadUnit;
            m.joinedAt = c.createdAt;
            c.pioneer = m;
        } else if (position <= c.partners.length) {
            m.role = "UNIT_LIAISON";
            m.unit = c.partners[position - 1];
            m.joinedAt = Instant.ofEpochMilli(open + (1 + random.nextInt(10)) * DAY);
            c.unitLiaisons.add(m);
        } else {
            m.role = "MEMBER";
            m.unit = random.nextBoolean() || c.partners.length == 0 ? c.leadUnit
                    : c.partners[random.nextInt(c.partners.length)];
            long from = open + DAY;
            long joined = random.nextInt(10) < 7 ? from + (long) (random.nextDouble() * 60 * DAY)
                    : from + (long) (random.nextDouble() * Math.max(DAY, end - from));
            m.joinedAt = Instant.ofEpochMilli(Math.min(joined, now.toEpochMilli() - DAY));
            if (random.nextInt(25) == 0) {
                long left = m.joinedAt.toEpochMilli() + (long) (random.nextDouble()
                        * (now.toEpochMilli() - m.joinedAt.toEpochMilli()));
                m.removedAt = Instant.ofEpochMilli(left);
            }
        }
        c.members.add(m);
        memberships.add(m);
    }

    private void applications(Random random) throws SQLException {
        String[] categories = {"BASE", "PROBLEMS", "LEADERS", "TALENT", "ACHIEVEMENTS"};
        try (CitySql apps = new CitySql(db, "application", "id, applicant_user_id, mode, status, lead_unit_key, "
                + "pioneer_name, pioneer_title, pioneer_phone, pioneer_party_member, motivation, submitted_at, "
                + "decided_at, cobuilding_id, created_at");
             CitySql units = new CitySql(db, "application_unit",
                     "application_id, role, position, unit_id, name, type, liaison_name");
             CitySql goals = new CitySql(db, "application_goal",
                     "id, application_id, category, title, description, target_date");
             CitySql history = new CitySql(db, "application_history",
                     "application_id, from_status, to_status, actor_type, actor_id, comment, created_at")) {
            for (int id = 1; id <= COBUILDINGS; id++) {
                Cobuilding c = cobuildings[id];
                Instant submitted = c.createdAt.minusMillis((20 + random.nextInt(40)) * DAY);
                Instant decided = c.createdAt;
                apps.row(id, c.pioneer.user, c.partners.length == 0 ? "SOLO" : "JOINT", "APPROVED",
                        String.format("91310%013d", c.leadUnit * 7919L), CityTexts.person(random), "研究员",
                        String.format("1390000%04d", id), true, "以党建引领科技创新，推动产学研深度融合。", submitted,
                        decided, id, submitted.minusMillis(3 * DAY));
                units.row(id, "LEAD", 0, c.leadUnit, unitName[c.leadUnit], unitType[c.leadUnit], null);
                for (int p = 0; p < c.partners.length; p++) {
                    units.row(id, "PARTNER", p + 1, c.partners[p], unitName[c.partners[p]],
                            unitType[c.partners[p]], CityTexts.person(random));
                }
                for (int g = 0; g < categories.length; g++) {
                    goals.row((id - 1) * 5 + g + 1, id, categories[g], CityTexts.goalTitle(categories[g], 1),
                            CityTexts.goalDescription(categories[g]), LocalDate.ofInstant(decided, SHANGHAI).plusYears(2));
                }
                history.row(id, null, "SUBMITTED", "MEMBER", c.pioneer.user, null, submitted);
                history.row(id, "SUBMITTED", "APPROVED", "ADMIN", 1, "同意共建", decided);
            }
            counts.put("application", apps.total());
        }
    }

    // ---------------------------------------------------------------- chat

    /** The 5,000,000 messages shared out by the co-building's weight, size and how long it has been chatting. */
    private int[] messageCounts() {
        double[] share = new double[COBUILDINGS + 1];
        double sum = 0;
        for (int id = 1; id <= COBUILDINGS; id++) {
            Cobuilding c = cobuildings[id];
            share[id] = c.weight * c.members.size() * (chatEnd(c) - c.createdAt.toEpochMilli());
            sum += share[id];
        }
        int[] result = new int[COBUILDINGS + 1];
        int given = 0;
        for (int id = 1; id <= COBUILDINGS; id++) {
            result[id] = (int) (MESSAGES * share[id] / sum);
            given += result[id];
        }
        for (int id = 1; given < MESSAGES; id = id % COBUILDINGS + 1) {
            result[id]++;
            given++;
        }
        return result;
    }

    private long chatEnd(Cobuilding c) {
        return Math.min(now.toEpochMilli() - 3_600_000, c.activeUntil.toEpochMilli() + 10 * DAY);
    }

    private void conversations(int[] messageCounts) throws SQLException {
        Random random = new Random(SEED + 4);
        try (CitySql rows = new CitySql(db, "conversation",
                "id, type, cobuilding_id, title, max_seq, last_message_at, created_at");
             CitySql reads = new CitySql(db, "conversation_read",
                     "conversation_id, reader_type, reader_id, last_read_seq")) {
            for (int id = 1; id <= COBUILDINGS; id++) {
                Cobuilding c = cobuildings[id];
                rows.row(id, "GROUP", id, c.name, messageCounts[id], Instant.ofEpochMilli(chatEnd(c)), c.createdAt);
                for (Membership m : c.members) {
                    if (m.removedAt == null) {
                        reads.row(id, "MEMBER", m.user, Math.max(0, messageCounts[id] - random.nextInt(200)));
                    }
                }
            }
            counts.put("conversation_read", reads.total());
        }
    }

    /**
     * The messages of the co-buildings still unclaimed, one conversation at a time; two connections share the work.
     * Each conversation has its own random sequence and its own id range, so the city is the same whichever
     * connection wrote which conversation.
     */
    private void messages(Connection connection, int[] messageCounts) throws SQLException {
        long[] firstId = new long[COBUILDINGS + 2];
        firstId[1] = 1;
        for (int c = 1; c <= COBUILDINGS; c++) {
            firstId[c + 1] = firstId[c] + messageCounts[c];
        }
        try (CitySql rows = new CitySql(connection, "message",
                "id, conversation_id, seq, sender_type, sender_id, type, text, created_at, updated_at")) {
            for (int c = nextConversation.getAndIncrement(); c <= COBUILDINGS; c = nextConversation.getAndIncrement()) {
                Random random = new Random(SEED * 1_000 + c);
                Cobuilding cobuilding = cobuildings[c];
                List<Membership> members = cobuilding.members;
                long start = cobuilding.createdAt.toEpochMilli() + DAY;
                long end = chatEnd(cobuilding);
                int n = messageCounts[c];
                double step = (double) (end - start) / n;
                long id = firstId[c];
                for (int seq = 1; seq <= n; seq++) {
                    long at = start + (long) ((seq - 1 + random.nextDouble()) * step);
                    Membership sender = members.get(random.nextInt(members.size()));
                    if (!sender.activeAt(at)) {
                        sender = cobuilding.pioneer;
                    }
                    Instant time = Instant.ofEpochMilli(at);
                    rows.row(id++, c, seq, "MEMBER", sender.user, "TEXT", CityTexts.chatText(random), time, time);
                }
            }
            rows.flush();
            counts.merge("message", rows.total(), Long::sum);
        }
    }

    // ---------------------------------------------------------------- activities and check-ins

    private void activities() throws SQLException {
        Random random = new Random(SEED + 6);
        double weights = 0;
        double[] share = new double[COBUILDINGS + 1];
        for (int id = 1; id <= COBUILDINGS; id++) {
            Cobuilding c = cobuildings[id];
            share[id] = c.weight * Math.max(0, c.activeUntil.toEpochMilli() - activityStart(c));
            weights += share[id];
        }
        List<Activity> all = new ArrayList<>(MEMBER_ACTIVITIES + SESSIONS);
        int given = 0;
        for (int id = 1; id <= COBUILDINGS; id++) {
            Cobuilding c = cobuildings[id];
            int n = id == COBUILDINGS ? MEMBER_ACTIVITIES - given
                    : (int) Math.round(MEMBER_ACTIVITIES * share[id] / weights);
            given += n;
            boolean open = c.exitAt == null && c.activeUntil.equals(now);
            for (int i = 0; i < n; i++) {
                Activity a = new Activity();
                a.cobuildings = new int[] {id};
                Membership organizer = c.unitLiaisons.isEmpty() || random.nextInt(5) > 0 ? c.pioneer
                        : c.unitLiaisons.get(random.nextInt(c.unitLiaisons.size()));
                a.organizer = organizer.user;
                a.type = CityTexts.activityType(random);
                long day;
                if (open && i >= n - 2) {
                    day = now.toEpochMilli() + (1 + random.nextInt(14)) * DAY;
                } else {
                    long from = activityStart(c);
                    day = from + (long) (random.nextDouble() * (c.activeUntil.toEpochMilli() - from - DAY));
                }
                schedule(random, a, day);
                a.listed = random.nextBoolean();
                a.cancelled = random.nextInt(50) == 0;
                all.add(a);
            }
        }
        for (int i = 0; i < SESSIONS; i++) {
            Activity a = new Activity();
            a.bySession = true;
            a.organizer = 1 + random.nextInt(11);
            a.type = new String[] {"POLICY_SESSION", "TRAINING", "LECTURE"}[random.nextInt(3)];
            long day = periodStart.toEpochMilli() + (long) (random.nextDouble()
                    * (now.toEpochMilli() - periodStart.toEpochMilli() - DAY));
            schedule(random, a, day);
            a.hasPlace = true;
            List<Integer> open = new ArrayList<>();
            for (int id = 1; id <= COBUILDINGS; id++) {
                Cobuilding c = cobuildings[id];
                if (c.createdAt.toEpochMilli() < a.start && c.activeUntil.toEpochMilli() > a.start) {
                    open.add(id);
                }
            }
            int n = Math.min(open.size(), 3 + random.nextInt(6));
            a.cobuildings = new int[n];
            for (int k = 0; k < n; k++) {
                a.cobuildings[k] = open.remove(random.nextInt(open.size()));
            }
            a.cancelled = random.nextInt(100) == 0;
            all.add(a);
        }
        all.sort((x, y) -> Long.compare(x.start, y.start));
        activities = all.toArray(new Activity[0]);
        try (CitySql rows = new CitySql(db, "activity", "id, organizer_type, organizer_id, client_id, type, title, "
                + "description, start_at, end_at, place_name, latitude, longitude, radius_meters, checkin_opens_at, "
                + "checkin_closes_at, photo_required, expected_scope, cancelled_at, cancel_reason, revision, "
                + "created_at");
             CitySql links = new CitySql(db, "activity_cobuilding", "activity_id, cobuilding_id, start_at");
             CitySql expected = new CitySql(db, "activity_expected", "activity_id, user_id")) {
            for (int i = 0; i < activities.length; i++) {
                Activity a = activities[i];
                a.id = i + 1;
                Instant start = Instant.ofEpochMilli(a.start);
                Instant created = start.minusMillis((3 + random.nextInt(12)) * DAY);
                rows.row(a.id, a.bySession ? "ADMIN" : "MEMBER", a.organizer, "city-a" + a.id, a.type, a.title,
                        "围绕" + a.title + "开展交流，欢迎各共建单位党员参加。", start, Instant.ofEpochMilli(a.end),
                        a.hasPlace ? a.placeName : null, a.hasPlace ? a.latitude : null,
                        a.hasPlace ? a.longitude : null, a.hasPlace ? 300 : null, start.minusSeconds(1800),
                        Instant.ofEpochMilli(a.end), false, a.listed ? "LISTED" : "ALL",
                        a.cancelled ? start.minusMillis(DAY) : null, a.cancelled ? "因故改期" : null,
                        a.cancelled ? 1 : 0, created);
                for (int c : a.cobuildings) {
                    links.row(a.id, c, start);
                }
                people(random, a);
                if (a.listed) {
                    for (int user : a.expected) {
                        expected.row(a.id, user);
                    }
                }
            }
            counts.put("activity", rows.total());
            counts.put("activity_cobuilding", links.total());
            counts.put("activity_expected", expected.total());
        }
    }

    private long activityStart(Cobuilding c) {
        return Math.max(c.createdAt.toEpochMilli() + 7 * DAY, periodStart.toEpochMilli());
    }

    private void schedule(Random random, Activity a, long day) {
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(day), SHANGHAI);
        LocalTime[] starts = {LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(14, 30),
                LocalTime.of(19, 0)};
        a.start = date.atTime(starts[random.nextInt(starts.length)]).atZone(SHANGHAI).toInstant().toEpochMilli();
        a.end = a.start + (90 + 30L * random.nextInt(4)) * 60_000;
        a.title = CityTexts.activityTitle(a.type, random);
        a.hasPlace = random.nextInt(5) > 0;
        a.placeName = CityTexts.place(random);
        a.latitude = 31.1 + random.nextDouble() * 0.25;
        a.longitude = 121.3 + random.nextDouble() * 0.3;
    }

    /** Who an activity expects (LISTED: 40–90 % of the members at the time; ALL: all of them) and who else may come. */
    private void people(Random random, Activity a) {
        List<Integer> present = new ArrayList<>();
        BitSet seen = new BitSet(USERS + 1);
        for (int c : a.cobuildings) {
            for (Membership m : cobuildings[c].members) {
                if (m.activeAt(a.start) && !seen.get(m.user)) {
                    seen.set(m.user);
                    present.add(m.user);
                }
            }
        }
        int[] people = present.stream().mapToInt(Integer::intValue).toArray();
        shuffle(random, people);
        int expected = a.listed ? Math.max(1, (int) (people.length * (0.4 + random.nextDouble() * 0.5)))
                : people.length;
        a.expected = Arrays.copyOf(people, Math.min(expected, people.length));
        a.others = Arrays.copyOfRange(people, a.expected.length, people.length);
    }

    /**
     * Exactly 1,000,000 check-ins: each past activity gets its co-building's attendance rate of the people it
     * expects plus a few walk-ins, all scaled so they add up; mostly on time, some late, some out of range, a few
     * 补签 by the organiser, and some flagged ones reviewed.
     */
    private void checkins() throws SQLException {
        Random random = new Random(SEED + 7);
        double[] desired = new double[activities.length];
        int[] cap = new int[activities.length];
        double sum = 0;
        for (int i = 0; i < activities.length; i++) {
            Activity a = activities[i];
            if (a.cancelled || a.start >= now.toEpochMilli()) {
                continue;
            }
            double rate = cobuildings[a.cobuildings[0]].attendance * (0.85 + random.nextDouble() * 0.25);
            desired[i] = Math.min(a.expected.length, a.expected.length * rate) + a.others.length * 0.05;
            cap[i] = a.expected.length + a.others.length;
            sum += desired[i];
        }
        long total = 0;
        for (int i = 0; i < activities.length; i++) {
            activities[i].attendance = (int) Math.min(cap[i], Math.round(desired[i] * CHECKINS / sum));
            total += activities[i].attendance;
        }
        while (total != CHECKINS) {
            int i = random.nextInt(activities.length);
            if (total < CHECKINS && activities[i].attendance < cap[i]) {
                activities[i].attendance++;
                total++;
            } else if (total > CHECKINS && activities[i].attendance > 0) {
                activities[i].attendance--;
                total--;
            }
        }
        long id = 0;
        try (CitySql rows = new CitySql(db, "checkin", "id, activity_id, user_id, client_id, method, checked_in_at, "
                + "latitude, longitude, accuracy, distance_meters, flags, on_behalf_by_type, on_behalf_by_id, "
                + "on_behalf_reason, review_decision, review_note, reviewed_by_type, reviewed_by_id, reviewed_at, "
                + "created_at")) {
            for (Activity a : activities) {
                int fromExpected = Math.min(a.attendance, (int) Math.round(a.attendance * 0.95));
                fromExpected = Math.max(fromExpected, a.attendance - a.others.length);
                fromExpected = Math.min(fromExpected, a.expected.length);
                for (int k = 0; k < a.attendance; k++) {
                    int user = k < fromExpected ? a.expected[k] : a.others[k - fromExpected];
                    id++;
                    checkin(rows, random, a, id, user);
                }
            }
            counts.put("checkin", rows.total());
        }
    }

    private void checkin(CitySql rows, Random random, Activity a, long id, int user) {
        int roll = random.nextInt(100);
        String method = roll < 3 ? "ON_BEHALF" : !a.hasPlace ? (roll < 63 ? "ROTATING_CODE" : "MINIPROGRAM_CODE")
                : roll < 68 ? "LOCATION" : roll < 88 ? "ROTATING_CODE" : "MINIPROGRAM_CODE";
        long at;
        List<String> flags = new ArrayList<>(2);
        if (method.equals("ON_BEHALF")) {
            at = a.end - random.nextInt(3_600_000);
        } else if (random.nextInt(100) < 8) {
            at = a.start + 600_000 + (long) (random.nextDouble() * Math.min(a.end - a.start - 600_000, 4_800_000));
        } else {
            at = a.start - 1_500_000 + (long) (random.nextDouble() * 2_100_000);
        }
        Double latitude = null;
        Double longitude = null;
        Double accuracy = null;
        Integer distance = null;
        if (method.equals("LOCATION")) {
            boolean far = random.nextInt(50) == 0;
            distance = far ? 500 + random.nextInt(2500) : 3 + random.nextInt(180);
            latitude = a.latitude + distance / 111_000.0;
            longitude = a.longitude;
            accuracy = (double) (5 + random.nextInt(36));
            if (far) {
                flags.add("OUT_OF_RANGE");
            }
        }
        if (!method.equals("ON_BEHALF") && at > a.start + 600_000) {
            flags.add("LATE");
        }
        if (method.equals("ROTATING_CODE") && random.nextInt(200) == 0) {
            flags.add("CODE_MISMATCH");
        }
        boolean onBehalf = method.equals("ON_BEHALF");
        String organizerType = a.bySession ? "ADMIN" : "MEMBER";
        boolean reviewed = flags.stream().anyMatch(f -> !f.equals("LATE")) && random.nextInt(10) < 6;
        Instant time = Instant.ofEpochMilli(at);
        rows.row(id, a.id, user, "city-c" + id, method, time, latitude, longitude, accuracy, distance,
                String.join(",", flags), onBehalf ? organizerType : null, onBehalf ? a.organizer : null,
                onBehalf ? "现场签到时手机没电，由组织者补签" : null,
                reviewed ? (random.nextInt(5) == 0 ? "OVERRULED" : "CONFIRMED") : null,
                reviewed ? "已核实" : null, reviewed ? organizerType : null, reviewed ? a.organizer : null,
                reviewed ? Instant.ofEpochMilli(a.end + random.nextInt(86_400_000)) : null, time);
    }

    /** Reminders of a tenth of the member activities, to the people they expected. */
    private void activityReminders() throws SQLException {
        Random random = new Random(SEED + 8);
        try (CitySql rows = new CitySql(db, "push_delivery", "scene, ref_id, user_id, template_id, page, data, "
                + "status, attempts, next_attempt_at, last_errcode, sent_at, created_at")) {
            for (Activity a : activities) {
                if (a.bySession || a.cancelled || a.start >= now.toEpochMilli() || random.nextInt(10) > 0) {
                    continue;
                }
                Instant at = Instant.ofEpochMilli(a.start - 1_800_000);
                String data = "{\"thing1\":\"" + a.title + "\",\"time2\":\"" + at + "\",\"thing3\":\""
                        + (a.hasPlace ? a.placeName : "") + "\"}";
                for (int user : a.expected) {
                    delivery(rows, random, "ACTIVITY_REMINDER", "activity:" + a.id, user, "local-tpl-activity",
                            "packages/activity/detail?id=" + a.id, data, at);
                }
            }
            counts.merge("push_delivery", rows.total(), Long::sum);
        }
    }

    private static void delivery(CitySql rows, Random random, String scene, String ref, int user, String template,
                                 String page, String data, Instant at) {
        int roll = random.nextInt(100);
        String status = roll < 85 ? "SENT" : roll < 95 ? "NO_QUOTA" : "FAILED";
        rows.row(scene, ref, user, template, page, data, status, status.equals("NO_QUOTA") ? 0 : 1, at,
                status.equals("FAILED") ? 47003 : null, status.equals("SENT") ? at.plusSeconds(2) : null, at);
    }

    // ---------------------------------------------------------------- goals, tasks, progress

    /**
     * Stage-1 goals of the five ones per co-building (made from the application's drafts, as the server does),
     * 6–14 tasks each with one or two owners, exactly 100,000 progress reports on the tasks that have started
     * (percent rising to 100 on most tasks past their due date), a little over half of them with 1–3 photos.
     */
    private void goals() throws Exception {
        Random random = new Random(SEED + 9);
        String[] categories = {"BASE", "PROBLEMS", "LEADERS", "TALENT", "ACHIEVEMENTS"};
        LocalDate todayDate = today;
        record Task(int id, int goal, Cobuilding cobuilding, LocalDate start, LocalDate due, double weight) {
        }
        List<Task> tasks = new ArrayList<>();
        int goalId = 0;
        int taskId = 0;
        int[][] goalTasks = new int[COBUILDINGS * 5 + 1][];
        try (CitySql goals = new CitySql(db, "goal", "id, cobuilding_id, category, stage, title, description, "
                + "target_text, target_date, status, draft_goal_id, created_by, created_at")) {
            for (int id = 1; id <= COBUILDINGS; id++) {
                Cobuilding c = cobuildings[id];
                LocalDate created = LocalDate.ofInstant(c.createdAt, SHANGHAI);
                for (int g = 0; g < categories.length; g++) {
                    goalId++;
                    int n = 6 + random.nextInt(9);
                    goalTasks[goalId] = new int[n];
                    for (int t = 0; t < n; t++) {
                        taskId++;
                        goalTasks[goalId][t] = taskId;
                        LocalDate start = created.plusDays(random.nextInt(
                                (int) Math.max(1, todayDate.plusDays(60).toEpochDay() - created.toEpochDay())));
                        tasks.add(new Task(taskId, goalId, c, start, start.plusDays(30 + random.nextInt(210)),
                                c.weight));
                    }
                    // Goals are written below, once their tasks' progress says whether they were achieved.
                }
            }
            // Exactly PROGRESS_REPORTS reports, shared by weight among the started tasks.
            int[] reports = new int[tasks.size()];
            double sum = 0;
            for (Task t : tasks) {
                if (t.start().isBefore(todayDate) && t.cobuilding().exitAt == null) {
                    sum += t.weight();
                }
            }
            int given = 0;
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                if (t.start().isBefore(todayDate) && t.cobuilding().exitAt == null) {
                    reports[i] = (int) (PROGRESS_REPORTS * t.weight() / sum);
                    given += reports[i];
                }
            }
            for (int i = 0; given < PROGRESS_REPORTS; i = (i + 1) % tasks.size()) {
                if (reports[i] > 0) {
                    reports[i]++;
                    given++;
                }
            }
            String[] status = new String[tasks.size()];
            long reportId = 0;
            long mediaId = 0;
            try (CitySql taskRows = new CitySql(db, "goal_task", "id, goal_id, cobuilding_id, title, planned_start, "
                    + "due_date, weight, status, percent, overdue_at, created_by, created_at");
                 CitySql owners = new CitySql(db, "goal_task_owner", "task_id, user_id");
                 CitySql reportRows = new CitySql(db, "progress_report", "id, task_id, goal_id, cobuilding_id, "
                         + "reporter_id, percent, previous_percent, note, client_id, created_at");
                 CitySql photos = new CitySql(db, "progress_photo", "report_id, media_id, position, created_at");
                 CitySql media = new CitySql(db, "media", "id, uploader_type, uploader_id, purpose, blob_id, "
                         + "content_type, size_bytes, width, height, check_status, attached, created_at");
                 CitySql uses = new CitySql(db, "media_use", "media_id, used_by, used_by_id, created_at")) {
                blobs();
                for (int i = 0; i < tasks.size(); i++) {
                    Task t = tasks.get(i);
                    Cobuilding c = t.cobuilding();
                    List<Membership> active = new ArrayList<>();
                    for (Membership m : c.members) {
                        if (m.removedAt == null) {
                            active.add(m);
                        }
                    }
                    int owner = active.get(random.nextInt(active.size())).user;
                    owners.row(t.id(), owner);
                    int second = active.get(random.nextInt(active.size())).user;
                    if (second != owner && random.nextBoolean()) {
                        owners.row(t.id(), second);
                    }
                    int n = reports[i];
                    boolean pastDue = t.due().isBefore(todayDate);
                    int target = n == 0 ? 0 : pastDue ? (random.nextInt(100) < 85 ? 100 : 30 + random.nextInt(60))
                            : Math.min(95, 10 + (int) (85.0 * (todayDate.toEpochDay() - t.start().toEpochDay())
                                    / Math.max(1, t.due().toEpochDay() - t.start().toEpochDay())));
                    int[] percents = new int[n];
                    for (int k = 0; k < n; k++) {
                        percents[k] = 1 + random.nextInt(Math.max(1, target));
                    }
                    Arrays.sort(percents);
                    if (n > 0) {
                        percents[n - 1] = target;
                    }
                    long from = t.start().atTime(9, 0).atZone(SHANGHAI).toInstant().toEpochMilli();
                    long to = Math.min(t.due().plusDays(20).atTime(18, 0).atZone(SHANGHAI).toInstant()
                            .toEpochMilli(), now.toEpochMilli() - 3_600_000);
                    long[] times = new long[n];
                    for (int k = 0; k < n; k++) {
                        times[k] = from + (long) (random.nextDouble() * Math.max(3_600_000, to - from));
                    }
                    Arrays.sort(times);
                    int previous = 0;
                    for (int k = 0; k < n; k++) {
                        reportId++;
                        Instant at = Instant.ofEpochMilli(times[k]);
                        int reporter = random.nextBoolean() ? owner : c.pioneer.user;
                        reportRows.row(reportId, t.id(), t.goal(), c.id, reporter, percents[k], previous,
                                CityTexts.progressNote(random), "city-p" + reportId, at);
                        previous = percents[k];
                        if (random.nextInt(100) < 55) {
                            int count = 1 + random.nextInt(3);
                            for (int p = 0; p < count; p++) {
                                mediaId++;
                                int blob = 1 + random.nextInt(BLOBS);
                                media.row(mediaId, "MEMBER", reporter, "PROGRESS", blob, "image/jpeg",
                                        300_000 + blob * 10_000, 1920, 1440, "PASSED", true, at);
                                photos.row(reportId, mediaId, p, at);
                                uses.row(mediaId, "progress", String.valueOf(reportId), at);
                            }
                        }
                    }
                    status[i] = target == 100 ? "DONE" : n > 0 ? "IN_PROGRESS" : "NOT_STARTED";
                    Instant overdue = pastDue && !status[i].equals("DONE")
                            ? t.due().plusDays(1).atTime(0, 5).atZone(SHANGHAI).toInstant() : null;
                    taskRows.row(t.id(), t.goal(), c.id, CityTexts.taskTitle(random), t.start(), t.due(),
                            1 + random.nextInt(3), status[i], target, overdue, c.pioneer.user,
                            t.start().minusDays(3).atTime(10, 0).atZone(SHANGHAI).toInstant());
                }
                counts.put("goal_task", taskRows.total());
                counts.put("progress_report", reportRows.total());
                counts.put("progress_photo", photos.total());
                counts.put("media", media.total());
            }
            goalId = 0;
            int taskIndex = 0;
            for (int id = 1; id <= COBUILDINGS; id++) {
                Cobuilding c = cobuildings[id];
                for (int g = 0; g < categories.length; g++) {
                    goalId++;
                    boolean achieved = true;
                    for (int ignored : goalTasks[goalId]) {
                        achieved &= status[taskIndex++].equals("DONE");
                    }
                    goals.row(goalId, id, categories[g], 1, CityTexts.goalTitle(categories[g], 1),
                            CityTexts.goalDescription(categories[g]), CityTexts.goalTarget(categories[g]),
                            LocalDate.ofInstant(c.createdAt, SHANGHAI).plusYears(2), achieved ? "ACHIEVED" : "ACTIVE",
                            (id - 1) * 5 + g + 1, c.pioneer.user, c.createdAt.plusSeconds(60));
                }
            }
            counts.put("goal", goals.total());
        }
    }

    /** The stored originals the photo rows share (identical uploads share a blob, as the media store does). */
    private void blobs() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (CitySql rows = new CitySql(db, "media_blob",
                "id, sha256, content_type, size_bytes, width, height, has_thumb")) {
            for (int id = 1; id <= BLOBS; id++) {
                String hash = HexFormat.of().formatHex(sha.digest(("city-blob-" + id).getBytes(StandardCharsets.UTF_8)));
                rows.row(id, hash, "image/jpeg", 300_000 + id * 10_000, 1920, 1440, true);
            }
        }
    }

    // ---------------------------------------------------------------- briefings

    /**
     * Two briefings a month (on the 5th and the 20th), to everyone, to chosen co-buildings or to unit types; the
     * audience is the active members at publishing; each co-building reads at its own rate; half the audience had
     * granted a subscribe message.
     */
    private void briefings() throws SQLException {
        Random random = new Random(SEED + 10);
        String[] categories = {"RD_SUBSIDY", "RD_DEDUCTION", "INNOVATION_VOUCHER", "HIGH_TECH_ENTERPRISE",
                "RESULT_REGISTRATION", "TECH_CONTRACT", "TRAINING", "OTHER"};
        double[] readRate = new double[COBUILDINGS + 1];
        for (int id = 1; id <= COBUILDINGS; id++) {
            readRate[id] = 0.3 + random.nextDouble() * 0.6;
        }
        int id = 0;
        try (CitySql rows = new CitySql(db, "briefing", "id, title, category, summary, body_markdown, body_html, "
                + "body_text, target_scope, target_unit_types, status, version, published_at, created_by, created_at");
             CitySql versions = new CitySql(db, "briefing_version", "briefing_id, version, title, category, summary, "
                     + "body_markdown, body_html, published_by, published_at");
             CitySql targets = new CitySql(db, "briefing_target", "briefing_id, cobuilding_id");
             CitySql audience = new CitySql(db, "briefing_audience", "briefing_id, user_id, cobuilding_id, created_at");
             CitySql reads = new CitySql(db, "briefing_read", "briefing_id, user_id, first_read_at, created_at");
             CitySql pushes = new CitySql(db, "push_delivery", "scene, ref_id, user_id, template_id, page, data, "
                     + "status, attempts, next_attempt_at, last_errcode, sent_at, created_at")) {
            for (LocalDate month = LocalDate.ofInstant(periodStart, SHANGHAI); !month.isAfter(today);
                    month = month.plusMonths(1)) {
                for (int dayOfMonth : new int[] {5, 20}) {
                    LocalDate day = month.withDayOfMonth(dayOfMonth);
                    if (!day.isBefore(today)) {
                        continue;
                    }
                    id++;
                    Instant published = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
                    String category = categories[random.nextInt(categories.length)];
                    String title = CityTexts.briefingTitle(category, id);
                    String summary = "解读" + title + "的申报条件、支持标准与办理流程。";
                    String markdown = "## 政策要点\n\n" + summary + "\n\n## 申报方式\n\n通过线上平台提交材料。";
                    String html = "<h2>政策要点</h2><p>" + summary + "</p><h2>申报方式</h2><p>通过线上平台提交材料。</p>";
                    String text = "政策要点 " + summary + " 申报方式 通过线上平台提交材料。";
                    int roll = random.nextInt(100);
                    String scope = roll < 60 ? "ALL" : roll < 85 ? "COBUILDINGS" : "UNIT_TYPES";
                    String unitTypes = scope.equals("UNIT_TYPES") ? (random.nextBoolean() ? "ENTERPRISE"
                            : "UNIVERSITY,INSTITUTE") : "";
                    rows.row(id, title, category, summary, markdown, html, text, scope, unitTypes, "PUBLISHED", 1,
                            published, 1, published.minusMillis(DAY));
                    versions.row(id, 1, title, category, summary, markdown, html, 1, published);
                    boolean[] chosen = new boolean[COBUILDINGS + 1];
                    for (int c = 1; c <= COBUILDINGS; c++) {
                        chosen[c] = !scope.equals("COBUILDINGS") || random.nextInt(6) == 0;
                        if (chosen[c] && scope.equals("COBUILDINGS")) {
                            targets.row(id, c);
                        }
                    }
                    BitSet reached = new BitSet(USERS + 1);
                    long at = published.toEpochMilli();
                    String data = "{\"thing1\":\"" + title + "\",\"thing2\":\"" + category + "\",\"time3\":\"\"}";
                    for (int c = 1; c <= COBUILDINGS; c++) {
                        Cobuilding cobuilding = cobuildings[c];
                        if (!chosen[c] || cobuilding.createdAt.toEpochMilli() > at
                                || (cobuilding.exitAt != null && cobuilding.exitAt.toEpochMilli() < at)) {
                            continue;
                        }
                        for (Membership m : cobuilding.members) {
                            if (!m.activeAt(at) || reached.get(m.user)
                                    || (scope.equals("UNIT_TYPES") && !unitTypes.contains(unitType[m.unit]))) {
                                continue;
                            }
                            reached.set(m.user);
                            audience.row(id, m.user, c, published);
                            if (random.nextDouble() < readRate[c]) {
                                Instant read = published.plusSeconds((long) (-Math.log(1 - random.nextDouble())
                                        * 2 * 86_400));
                                if (read.isBefore(now)) {
                                    reads.row(id, m.user, read, read);
                                }
                            }
                            if (random.nextBoolean()) {
                                delivery(pushes, random, "BRIEFING_PUBLISHED", "briefing:" + id, m.user,
                                        "local-tpl-briefing", "packages/briefing/detail?id=" + id, data,
                                        published);
                            }
                        }
                    }
                }
            }
            counts.put("briefing", rows.total());
            counts.put("briefing_audience", audience.total());
            counts.put("briefing_read", reads.total());
            counts.merge("push_delivery", pushes.total(), Long::sum);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Cobuilding weighted(Random random, double weights) {
        double r = random.nextDouble() * weights;
        for (int id = 1; id <= COBUILDINGS; id++) {
            r -= cobuildings[id].weight;
            if (r <= 0) {
                return cobuildings[id];
            }
        }
        return cobuildings[COBUILDINGS];
    }

    /** 1..n in a random order. */
    private static int[] shuffled(Random random, int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i + 1;
        }
        shuffle(random, values);
        return values;
    }

    private static void shuffle(Random random, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }

    private static int pick(Random random, int[] percents) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percents.length; i++) {
            roll -= percents[i];
            if (roll < 0) {
                return i;
            }
        }
        return percents.length - 1;
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static String publicId(Random random) {
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
