package cn.xianfeng.push;

import java.time.OffsetDateTime;

/**
 * A delivery as the bureau sees it: who (id and display name), what (scene and reference), where it stands, how often
 * it was tried and WeChat's last error code. The message's values are not shown: the scene's page holds the truth.
 */
public record PushDeliveryView(String id, PushScene scene, String refId, String userId, String memberName,
                               String templateId, DeliveryStatus status, int attempts, Integer lastErrcode,
                               OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, OffsetDateTime createdAt) {
}
