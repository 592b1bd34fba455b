package cn.xianfeng.activity;

import java.util.List;

/**
 * 应到/实到/迟到/异常/缺席 of an activity and a page of people. attended counts every check-in that was not overruled
 * (补签 included), late those of them flagged LATE, flagged those with a flag nobody has reviewed yet; absent is who
 * was expected and has no such check-in.
 */
public record AttendanceView(Counts counts, List<Item> items, long page, long size, long total) {

    public record Counts(int expected, int attended, int late, int flagged, int absent) {
    }

    public enum Status {
        ATTENDED,
        LATE,
        ABSENT
    }

    public record Item(String userId, String displayName, String avatarUrl, Status status, CheckinView checkin) {
    }
}
