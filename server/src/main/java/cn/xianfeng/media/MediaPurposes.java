package cn.xianfeng.media;

import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Map;

/** The {@code purpose} form field: one of {@link MediaPurpose}, or a 422 naming the field. Missing is left to the upload. */
final class MediaPurposes {

    private MediaPurposes() {
    }

    static MediaPurpose parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MediaPurpose.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("VALIDATION_FAILED", "用途无效",
                    Map.of("purpose", "只能是 CHECKIN、PROGRESS、CHAT、AVATAR、ATTACHMENT 或 RECTIFICATION"));
        }
    }
}
