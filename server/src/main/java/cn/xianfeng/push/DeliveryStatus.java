package cn.xianfeng.push;

/**
 * Where one delivery stands: PENDING (waiting for the worker, also while retrying), SENT, NO_QUOTA (the member
 * granted no send for the template, or WeChat said 43101), FAILED (permanently, or after the retry limit).
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    NO_QUOTA,
    FAILED
}
