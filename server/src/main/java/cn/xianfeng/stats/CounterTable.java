package cn.xianfeng.stats;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A counter table as the reconciliation sees it: its key and value columns, and the set-based query that computes its
 * rows from the source tables (columns named as the table's). Column names are constants of this feature, never
 * input, so they go into the SQL as they are.
 */
record CounterTable(String name, List<Column> keys, List<Column> values, String source) {

    enum Kind { LONG, STRING, DATE, TIME }

    record Column(String name, Kind kind) {

        static Column of(String name, Kind kind) {
            return new Column(name, kind);
        }

        Object read(ResultSet rs) throws SQLException {
            return switch (kind) {
                case LONG -> rs.getLong(name);
                case STRING -> rs.getString(name);
                case DATE -> {
                    Date date = rs.getDate(name);
                    yield date == null ? null : date.toLocalDate();
                }
                case TIME -> {
                    Timestamp time = rs.getTimestamp(name);
                    yield time == null ? null : time.toInstant();
                }
            };
        }

        Object param(Object value) {
            return switch (kind) {
                case DATE -> value == null ? null : Date.valueOf((java.time.LocalDate) value);
                case TIME -> value == null ? null : Timestamp.from((java.time.Instant) value);
                default -> value;
            };
        }
    }

    List<Object> readKey(ResultSet rs) throws SQLException {
        List<Object> key = new ArrayList<>(keys.size());
        for (Column c : keys) {
            key.add(c.read(rs));
        }
        return key;
    }

    List<Object> readValues(ResultSet rs) throws SQLException {
        List<Object> row = new ArrayList<>(values.size());
        for (Column c : values) {
            row.add(c.read(rs));
        }
        return row;
    }

    String selectCurrent() {
        return "SELECT " + names(Stream.concat(keys.stream(), values.stream()), ", ") + " FROM " + name;
    }

    /** Adds a missing row unless an event added it meanwhile. */
    String insertMissing() {
        List<Column> all = Stream.concat(keys.stream(), values.stream()).toList();
        return "INSERT IGNORE INTO " + name + " (" + names(all.stream(), ", ") + ") VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Sets a drifted row, only if it still holds what was read (an event that moved it meanwhile wins). */
    String updateChanged() {
        return "UPDATE " + name + " SET " + values.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + matchAll();
    }

    /** Removes a row the sources do not have, only if it still holds what was read. */
    String deleteExtra() {
        return "DELETE FROM " + name + " WHERE " + matchAll();
    }

    /** Parameters of {@link #updateChanged}: the computed values, then the key and the values read. */
    Object[] updateParams(List<Object> key, List<Object> computed, List<Object> current) {
        List<Object> params = new ArrayList<>();
        addAll(params, values, computed);
        addAll(params, keys, key);
        addAll(params, values, current);
        return params.toArray();
    }

    /** Parameters of {@link #deleteExtra}: the key and the values read. */
    Object[] matchParams(List<Object> key, List<Object> current) {
        List<Object> params = new ArrayList<>();
        addAll(params, keys, key);
        addAll(params, values, current);
        return params.toArray();
    }

    /** Parameters of {@link #insertMissing}: the key and the computed values. */
    Object[] insertParams(List<Object> key, List<Object> computed) {
        return matchParams(key, computed);
    }

    private String matchAll() {
        return Stream.concat(keys.stream().map(c -> c.name() + " = ?"), values.stream().map(c -> c.name() + " <=> ?"))
                .collect(Collectors.joining(" AND "));
    }

    private static void addAll(List<Object> params, List<Column> columns, List<Object> values) {
        for (int i = 0; i < columns.size(); i++) {
            params.add(columns.get(i).param(values.get(i)));
        }
    }

    private static String names(Stream<Column> columns, String separator) {
        return columns.map(Column::name).collect(Collectors.joining(separator));
    }
}
