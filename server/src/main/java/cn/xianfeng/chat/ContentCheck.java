package cn.xianfeng.chat;

/**
 * Where a text stands with WeChat's content check. PENDING: WeChat could not answer when it was sent, so it was
 * stored rather than lost and waits for {@link PendingTextChecks}; until then only its sender and the bureau see the
 * text. BLOCKED: the later check found it risky, or WeChat never gave a verdict (it refused the request, or
 * stayed unavailable through every attempt), and nobody sees the text any more.
 */
public enum ContentCheck {
    PASSED,
    PENDING,
    BLOCKED
}
