package cn.xianfeng.cobuild;

/** A status as people read it. */
final class StatusNames {

    private StatusNames() {
    }

    static String of(CobuildingStatus status) {
        return switch (status) {
            case ACTIVE -> "共建中";
            case AWARDED -> "已授牌";
            case RECTIFYING -> "整改中";
            case DELISTED -> "已摘牌";
            case WITHDRAWN -> "已退出";
        };
    }
}
