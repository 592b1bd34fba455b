package cn.xianfeng.goal;

/** What the goal feature's request bodies share. */
final class GoalRequests {

    /** An id of ours, as the API writes ids: a string of digits. */
    static final String ID = "^\\d{1,18}$";

    private GoalRequests() {
    }
}
