package cn.xianfeng.cobuild;

/** A rectification is open while OPEN (待提交) or SUBMITTED (已提交); the bureau's re-check closes it. */
public enum RectificationStatus {
    OPEN,
    SUBMITTED,
    PASSED,
    FAILED;

    public boolean open() {
        return this == OPEN || this == SUBMITTED;
    }
}
