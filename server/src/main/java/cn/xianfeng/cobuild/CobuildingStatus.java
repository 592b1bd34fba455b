package cn.xianfeng.cobuild;

/** Where a co-building stands; evaluation rounds move it between the first four. */
public enum CobuildingStatus {
    ACTIVE,
    /** 授予牌匾 */
    AWARDED,
    /** 整改 */
    RECTIFYING,
    /** 摘牌 */
    DELISTED,
    /** 退出 */
    WITHDRAWN;

    /** Closed co-buildings keep their history readable but take no more writes. */
    public boolean closed() {
        return this == DELISTED || this == WITHDRAWN;
    }
}
