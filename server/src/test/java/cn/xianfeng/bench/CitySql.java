package cn.xianfeng.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Multi-row INSERTs written as SQL text, sent when a statement reaches about 2 MB and committed with it: the fastest
 * way to load millions of rows through JDBC without a LOAD DATA file. Values are literals: numbers as they are,
 * strings quoted (backslashes and quotes escaped), instants as UTC DATETIME(3) (the server stores UTC), null as NULL.
 */
final class CitySql implements AutoCloseable {

    private static final int STATEMENT_BYTES = 2_000_000;

    private final Connection connection;
    private final String head;
    private final StringBuilder sql = new StringBuilder(STATEMENT_BYTES + 64 * 1024);
    private int rows;
    private long total;

    CitySql(Connection connection, String table, String columns) {
        this.connection = connection;
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    }

    CitySql row(Object... values) {
        sql.append(rows == 0 ? head : ",").append('(');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sql.append(',');
            }
            append(values[i]);
        }
        sql.append(')');
        rows++;
        total++;
        if (sql.length() >= STATEMENT_BYTES) {
            flush();
        }
        return this;
    }

    long total() {
        return total;
    }

    void flush() {
        if (rows == 0) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql.toString());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed: " + sql.substring(0, Math.min(300, sql.length())), e);
        }
        sql.setLength(0);
        rows = 0;
    }

    @Override
    public void close() {
        flush();
    }

    private void append(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof String s) {
            quote(s);
        } else if (value instanceof Boolean b) {
            sql.append(b ? '1' : '0');
        } else if (value instanceof Instant t) {
            datetime(t);
        } else if (value instanceof LocalDate d) {
            sql.append('\'').append(d).append('\'');
        } else if (value instanceof Number n) {
            sql.append(n);
        } else {
            throw new IllegalArgumentException(value.getClass().getName());
        }
    }

    private void quote(String s) {
        sql.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\\') {
                sql.append('\\');
            }
            sql.append(c);
        }
        sql.append('\'');
    }

    /** yyyy-MM-dd HH:mm:ss.SSS in UTC, without a formatter (millions of rows). */
    private void datetime(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        sql.append('\'').append(d.getYear()).append('-');
        two(d.getMonthValue()).append('-');
        two(d.getDayOfMonth()).append(' ');
        two(d.getHour()).append(':');
        two(d.getMinute()).append(':');
        two(d.getSecond()).append('.');
        int millis = t.getNano() / 1_000_000;
        sql.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10));
        sql.append('\'');
    }

    private StringBuilder two(int n) {
        return sql.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
