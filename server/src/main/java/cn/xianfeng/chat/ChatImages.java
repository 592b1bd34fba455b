package cn.xianfeng.chat;

import cn.xianfeng.media.MediaDirectory;
import cn.xianfeng.media.MediaHidden;
import cn.xianfeng.media.MediaInfo;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.media.MediaPurpose;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Images in chat: which uploads a message may show, their signed links when messages are read, and what a risky
 * verdict on one does. A message stores only the media id: links expire, so they are signed for each reader, in one
 * query per page ({@link ChatSenders}).
 */
@Component
class ChatImages {

    private static final Logger log = LoggerFactory.getLogger(ChatImages.class);

    private final MediaDirectory media;
    private final ConversationWriter writer;

    ChatImages(MediaDirectory media, ConversationWriter writer) {
        this.media = media;
        this.writer = writer;
    }

    /**
     * The upload a member may send: their own, an image, not hidden, uploaded for chat. Someone else's upload is
     * answered like a missing one, so ids cannot be probed. 422 on {@code mediaId} otherwise.
     */
    void requireSendableByMember(long userId, long mediaId) {
        requireSendable(media.find(mediaId).filter(m -> m.uploadedByMember(userId)));
    }

    /** Likewise for the bureau: one of the admin's own uploads. */
    void requireSendableByAdmin(long adminId, long mediaId) {
        requireSendable(media.find(mediaId).filter(m -> m.uploadedByAdmin(adminId)));
    }

    private static void requireSendable(Optional<MediaInfo> found) {
        MediaInfo upload = found.orElseThrow(() -> refused("图片不存在，请重新上传"));
        if (!upload.image()) {
            throw refused("只能发送 JPG 或 PNG 图片");
        }
        if (upload.purpose() != MediaPurpose.CHAT) {
            throw refused("请上传聊天图片（用途 CHAT）后再发送");
        }
        if (upload.hidden()) {
            throw refused("该图片未通过内容安全检查，不能发送");
        }
    }

    private static RuleViolationException refused(String why) {
        return new RuleViolationException("VALIDATION_FAILED", why, Map.of("mediaId", why));
    }

    /** Signed links of these uploads, in one query; hidden or missing ones are absent. Nothing asked, no query. */
    Map<Long, MediaLinks> linksOf(Collection<Long> mediaIds) {
        return mediaIds.isEmpty() ? Map.of() : media.linksOf(mediaIds);
    }

    /**
     * WeChat judged an upload risky: media has hidden it everywhere, and the messages that show it are blocked, so the
     * sender learns why and the conversation is told. Whatever {@code usedBy} says, the messages are found by their
     * media id: the same upload may have been sent more than once.
     */
    @ApplicationModuleListener
    void on(MediaHidden hidden) {
        int blocked = writer.blockImages(hidden.mediaId());
        if (blocked > 0) {
            log.info("Media {} judged risky: {} chat message(s) blocked", hidden.mediaId(), blocked);
        }
    }
}
