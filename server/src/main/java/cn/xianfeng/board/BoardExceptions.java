package cn.xianfeng.board;

import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RateLimitedException;
import java.time.Duration;

/** The board's business errors, one type each. */
final class BoardExceptions {

    private BoardExceptions() {
    }

    /** No co-building has this public id (or it is not one at all). */
    static final class NotFound extends NotFoundException {
        NotFound() {
            super("BOARD_NOT_FOUND", "没有找到这个先锋号的公示牌");
        }
    }

    static final class RateLimited extends RateLimitedException {
        RateLimited(Duration retryAfter) {
            super("BOARD_RATE_LIMITED", "访问过于频繁，请稍后再试", retryAfter);
        }
    }
}
