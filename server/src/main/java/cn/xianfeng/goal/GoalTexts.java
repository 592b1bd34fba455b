package cn.xianfeng.goal;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.shared.web.ApiException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChat.TextVerdict;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What members write here goes public — goal and task wording, progress notes, 八有 notes and stage summaries are on
 * the public board and in the group chat — so it passes WeChat's text check (msg_sec_check) before anything is
 * stored, as the group announcement does. A risky text is 422 {@code CONTENT_RISKY}; while WeChat gives no verdict the
 * write answers 503 {@code WX_UNAVAILABLE} and keeps nothing (the phone sends it again with the same clientId), since
 * an unchecked text would be published.
 */
@Component
class GoalTexts {

    /** WeChat checks at most 2,500 characters at a time. */
    static final int CHUNK = 2_500;
    /** Consecutive pieces of a longer text share this much, so a word across a cut is still seen whole. */
    static final int OVERLAP = 50;

    private final MemberDirectory members;
    private final WeChat weChat;

    GoalTexts(MemberDirectory members, WeChat weChat) {
        this.members = members;
        this.weChat = weChat;
    }

    /** The texts the member wrote (nulls and blanks skipped), checked together in as few calls as fit. */
    void requireSafe(long userId, String... texts) {
        String all = Arrays.stream(texts).filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n"));
        if (all.isEmpty()) {
            return;
        }
        String openid = members.openid(userId).orElseThrow(() -> new NotFoundException("成员不存在"));
        int start = 0;
        while (start < all.length()) {
            // At most CHUNK UTF-16 units, never half of a character outside the BMP.
            int end = Math.min(all.length(), start + CHUNK);
            if (end < all.length() && Character.isLowSurrogate(all.charAt(end))) {
                end--;
            }
            if (weChat.checkText(openid, all.substring(start, end)) == TextVerdict.RISKY) {
                throw new ContentRisky();
            }
            start = end == all.length() ? end : end - OVERLAP;
        }
    }

    /** The code is chat's and the announcement's, so the mini-program has one rule for it. */
    static final class ContentRisky extends ApiException {
        ContentRisky() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "CONTENT_RISKY", "内容未通过安全检查，请修改后再提交");
        }
    }
}
