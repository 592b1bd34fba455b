package cn.xianfeng.media;

/**
 * Where an upload stands with WeChat's asynchronous image check (mediaCheckAsync): PENDING until the verdict arrives
 * on the push callback, then PASSED or RISKY (risky hides it). NOT_CHECKED: not submitted — a PDF (WeChat checks
 * images and audio only) or an admin's upload (the check judges a mini-program user by openid; the bureau has none).
 */
public enum MediaCheckStatus {
    PENDING,
    PASSED,
    RISKY,
    NOT_CHECKED
}
